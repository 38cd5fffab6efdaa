"""'A and B discussed trade on the new route over the phone': the marker of a call the parser hangs on a noun of
the verb's clause (its object, a prepositional object) marks the verb's act as a call; a phone that is what was
talked about, or a marker inside a clause of its own, does not. Every sentence here is invented."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "sentence",
    [
        "President Ilse Marten and President Tomas Egger discussed freight tariffs on the coastal railway over the "
        "phone on Wednesday.",
        "Prime Minister Ilse Marten discussed the grain corridor with President Tomas Egger over the telephone.",
        "Ilse Marten and Tomas Egger discussed water sharing in the valley by phone on Monday.",
    ],
)
def test_a_phone_marker_on_a_noun_of_the_clause_makes_a_call(sentence: str) -> None:
    acts = found_acts(sentence)
    assert len(acts) == 1 and acts[0][0] == "call", acts
    assert {acts[0][1], *acts[0][2]} == {"Ilse Marten", "Tomas Egger"}


@pytest.mark.parametrize(
    "sentence",
    [
        "President Ilse Marten and President Tomas Egger discussed a ban on phones in schools on Wednesday.",
        "President Ilse Marten and President Tomas Egger discussed threats made over the phone to judges.",
        "President Ilse Marten and President Tomas Egger discussed limits on video platforms at their meeting.",
    ],
)
def test_a_phone_that_is_the_topic_makes_no_call(sentence: str) -> None:
    assert found_acts(sentence) == []
