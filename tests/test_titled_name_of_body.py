"""'Patriarch A of the X Church' with the name left untagged: A is the party, the patriarch of that church,
and 'the Patriarch' later is A; a body's own name ('the Movement for Northern Unity') stays a body
(invented names)."""

from __future__ import annotations

import pytest

from test_extract import report, run


def _pairs(*paragraphs: str) -> list[tuple[str, str, tuple[str, ...]]]:
    rep = run(report(*paragraphs))
    return [
        (c.kind, c.sender.name if c.sender else "", tuple(r.name for r in c.recipients))
        for c in rep.extraction.communications
    ]


@pytest.mark.parametrize(
    ("writer", "name", "later"),
    [
        ("Patriarch Ilarion of the Norland Orthodox Church", "Ilarion", "the Patriarch"),
        ("Grand Mufti Yusuf Hamdan of the Sudland Islamic Council", "Yusuf Hamdan", "the Grand Mufti"),
        ("Patriarch Ilarion of the Orthodox Church of Norland", "Ilarion", "the Patriarch"),
    ],
)
def test_the_titled_name_before_of_is_the_person(writer: str, name: str, later: str) -> None:
    found = _pairs(
        f"{writer} has written to Prime Minister Ana Berg asking her to keep religion classes, the press office"
        " said on Monday.",
        f"Berg telephoned {later} on Friday and assured him that no decision had been taken.",
    )
    assert ("letter", name, ("Ana Berg",)) in found
    assert ("call", "Ana Berg", (name,)) in found


def test_a_bodys_name_with_of_stays_a_body() -> None:
    found = _pairs(
        "The Movement for Northern Unity has written to Prime Minister Ana Berg asking her to hold a vote, the"
        " movement said on Monday.",
    )
    assert found and all(s != "Northern Unity" for _, s, _ in found)
    assert any(s.endswith("Movement for Northern Unity") for _, s, _ in found)
