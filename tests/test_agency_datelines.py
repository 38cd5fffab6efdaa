"""Agency datelines in the Spanish and Italian house styles: "CITY, 16 Feb (AGENCY).-" (a stop before
the dash), a place in capitals with accented letters ("SANTA INÉS, 16 Feb -"), and a press wire's
"CITY, Sept. 10, 2025 /PRNewswire/ --". The dateline is no party: the writer is the one the sentence
names, and the story's sentence starts after it."""

from __future__ import annotations

import pytest

from lettertrace.datelines import dateline_tokens
from lettertrace.models import Options
from lettertrace.nlp import parse
from test_extract import found_acts


@pytest.mark.parametrize(
    "opening",
    [
        "SANTA INÉS, 16 Feb (XNA).- ",
        "PORTO BELÉM, 3 Mar (XNA).- ",
        "TELMAR, 16 Feb (XNA).- ",
        "SÃO ROQUE, 16 Feb - ",
    ],
)
def test_the_dateline_is_no_party(opening: str) -> None:
    got = found_acts(
        opening
        + "President Ilsa Varnek answered on Wednesday the letter in which King Otto Brandt offered help."
    )
    assert ("letter", "Ilsa Varnek", ("Otto Brandt",)) in got
    assert all(opening.split(",")[0] not in (s, *r) for _, s, r in got)


def test_the_story_starts_after_a_stop_dash_dateline() -> None:
    got = found_acts(
        "TELMAR, 29 Oct (XNA).- The re-elected President of Sola, Graciela Montoya Ferrer, received "
        "congratulatory messages from a dozen leaders on Monday.",
        "Her defeated rival, Federico Salvatierra Mon, phoned the president to acknowledge his defeat.",
    )
    assert ("call", "Federico Salvatierra Mon", ("Graciela Montoya Ferrer",)) in got
    assert all("Oct" not in (s, *r) for _, s, r in got)


@pytest.mark.parametrize("credit", ["/PRNewswire/", "/XYZwire/", "/NEWSWIRE/"])
def test_a_press_wire_credit_is_part_of_the_dateline(credit: str) -> None:
    text = (
        f"OTTAWA, Sept. 10, 2025 {credit} -- The Coastal Towns Coalition, a network of river communities, "
        "today delivered an open letter to President Marian Caldwell."
    )
    doc = parse(text, Options().spacy_model)
    place = dateline_tokens(doc)
    assert {t.text for t in doc if t.i in place} >= {"OTTAWA", credit}
    story = next(t for t in doc if t.text == "The")
    assert story.is_sent_start
