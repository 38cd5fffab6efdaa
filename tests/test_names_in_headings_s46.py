"""Session 46: names a recogniser runs together or takes for people. A line of hard-wrapped prose led by a
knight's title ("Sir Edward Pryce, MP for X, wrote to the Home") is no salutation, so it joins the next
line; a collection of papers ("the Gladstone Papers") is no person; "Queen Victoria to Gladstone" in a
heading is two people. Texts are invented."""

from __future__ import annotations

from lettertrace.clean_lines import is_salutation
from test_extract import run


def _acts(text: str) -> set[tuple[str, str, tuple[str, ...]]]:
    return {
        (c.kind, c.sender.name if c.sender else "", tuple(r.name for r in c.recipients))
        for c in run(text).extraction.communications
    }


def test_sentence_led_by_a_title_is_no_salutation() -> None:
    assert is_salutation("Sir,")
    assert is_salutation("Dear Sir Edward,")
    assert is_salutation("Sir Edward,")
    assert not is_salutation("Sir Edward Pryce, MP for Aldbourne and Chesil, wrote to the Home")
    text = (
        "Minister rejects MP's plea\n\nBy a staff reporter\n9 February 2024\n\n"
        "A Home Office minister has written to a Conservative MP rejecting\n"
        "his request to close an asylum hotel in his constituency, saying\n"
        "that other sites would cost the taxpayer considerably more than\n"
        "the hotel does at present.\n\n"
        "Sir Carl Moss, MP for Eastfield and Lowmoor, wrote to the Home\n"
        "Secretary, Ana Berg, on 12 January asking for the hotel to be\n"
        "returned to commercial use before the summer season began in\n"
        "the town, which depends on its visitors for most of the year.\n"
    )
    assert ("letter", "Carl Moss", ("Ana Berg",)) in _acts(text)


def test_collection_of_papers_is_no_person() -> None:
    text = (
        "Harlow Papers - Catalogue entry HAR/44/117\n\n"
        "Letter from Thomas Harlow to John Bright, 12 October 1870, with related items.\n\n"
        "Related items:\n(a) Bright's reply, dated Rochdale, 15 October 1870, in which he thanks Harlow for "
        "his kindness. 1 p.\n"
    )
    found = _acts(text)
    assert not any("Papers" in a[1] or any("Papers" in r for r in a[2]) for a in found), found
    assert ("letter", "Thomas Harlow", ("John Bright",)) in found


def test_two_names_run_together_across_to() -> None:
    from spacy.tokens import Span

    from lettertrace import nlp
    from lettertrace.extract.comma_names import split_at_comma
    from lettertrace.models import Options

    doc = nlp.parse(
        "(b) Telegram from Queen Victoria to Gladwin, Balmoral, 13 October 1870.", Options().spacy_model
    )
    start = next(t.i for t in doc if t.text == "Queen")
    run_together = Span(doc, start, start + 4, label="PERSON")  # "Queen Victoria to Gladwin", as tagged
    assert [p.text for p in split_at_comma(run_together)] == ["Queen Victoria", "Gladwin"]
    one = Span(doc, start, start + 2, label="PERSON")
    assert [p.text for p in split_at_comma(one)] == ["Queen Victoria"]
