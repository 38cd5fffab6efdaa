"""'The two', 'their conversation', 'between them' name the two sides of a call: the two people the same
sentence named before them come first ("A raised it with B after the two talked by phone"), then the
pair of the act told just before. "Their conversation" is a call when its sentence or the next names the
phone, never over dinner. Every sentence here is invented."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "second",
    [
        "Chancellor Piet Okoro also went over the dispute with President Tomas Varga after the two talked "
        "by telephone last week.",
        "Chancellor Piet Okoro raised the dam with President Tomas Varga after the two leaders spoke by phone "
        "on Tuesday.",
        "Chancellor Piet Okoro and President Tomas Varga vowed on Monday to reopen the border in their "
        "conversation, an aide to Okoro told reporters. The phone link lasted an hour.",
    ],
)
def test_the_pair_of_the_sentence(second: str) -> None:
    acts = found_acts(
        "Premier Ana Berg wrote to King Olaf Brandt on Monday.", second, headline="Leaders in contact"
    )
    calls = [a for a in acts if a[0] == "call"]
    assert calls and {calls[0][1], *calls[0][2]} == {"Piet Okoro", "Tomas Varga"}, acts


def test_a_conversation_over_dinner_is_no_call() -> None:
    acts = found_acts(
        "Chancellor Piet Okoro and President Tomas Varga had their first conversation over dinner on Monday.",
        "Okoro later phoned reporters to say the talks had gone well.",
        headline="Leaders meet",
    )
    assert not [a for a in acts if a[0] == "call" and a[1] in ("Piet Okoro", "Tomas Varga")], acts


@pytest.mark.parametrize(
    "second",
    [
        "An earlier conversation between them was held by telephone on 4 February.",
        "A telephone call between them took place on 4 February.",
        "A first phone call between them was held on 4 February.",
    ],
)
def test_between_them(second: str) -> None:
    acts = found_acts(
        "Premier Ana Berg wrote to King Olaf Brandt on Monday.", second, headline="Leaders in contact"
    )
    assert any(a[0] == "call" and {a[1], *a[2]} == {"Ana Berg", "Olaf Brandt"} for a in acts), acts
