"""'A telephone conversation was held on the same day between A and B': the parse hangs 'between A and B'
on the day; the call's two sides are still A and B. Invented names; report dated Thursday 14 March 2024."""

from __future__ import annotations

import pytest

from test_extract import report, run


def _calls(text: str) -> set[tuple[str, str]]:
    comms = run(report(text)).extraction.communications
    return {
        (c.sender.name if c.sender else "", r.name) for c in comms if c.kind == "call" for r in c.recipients
    }


@pytest.mark.parametrize(
    "text",
    [
        "A telephone conversation was also held on the same day between President Ana Holm and the"
        " Secretary-General of the Unity Party, Omar Haddad, in which the two men discussed the border.",
        "A phone call was held on the same day between President Ana Holm and the chairman of the Unity Party,"
        " Omar Haddad, in which the two men discussed the border.",
        "A telephone conversation also took place on the same day between President Ana Holm and the leader of"
        " the Unity Party, Omar Haddad, the presidency said.",
    ],
)
def test_the_sides_of_a_call_held_on_a_day(text: str) -> None:
    assert _calls(text) == {("Ana Holm", "Omar Haddad")}


def test_a_meeting_held_on_a_day_between_two_leaders_is_no_call() -> None:
    assert not _calls("A meeting was held on the same day between President Ana Holm and Omar Haddad.")
