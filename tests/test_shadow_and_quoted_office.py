"""'Labour's shadow defence secretary, A': a shadow office is not the office ('the Defence Secretary' is
someone else); 'warned Chancellor of "hollowed-out" army': the quoted 'of' phrase is what a headline says
of the army, no part of the office."""

from __future__ import annotations

from lettertrace import names
from lettertrace.extract.surfaces import office_words
from test_extract import found_acts


def test_shadow_is_a_lesser_office() -> None:
    assert "shadow" in names.SECOND_TO


def test_a_quoted_of_phrase_is_cut_from_the_office() -> None:
    assert office_words("Chancellor of 'hollowed-out' army") == "Chancellor"
    assert office_words("Chancellor of the Exchequer") == "Chancellor of the Exchequer"


def test_the_shadow_secretary_does_not_write_the_secretarys_letter() -> None:
    acts = found_acts(
        "The Defence Secretary privately warned the Chancellor in a letter that the army was being "
        "hollowed out, according to a leaked copy seen by this newspaper.",
        "The opposition's shadow defence secretary, Gwen Ashby, said the letter was a devastating verdict.",
    )
    assert all(sender != "Gwen Ashby" for _, sender, _ in acts)
