"""Two guards on wrong merges of two leaders.

- A name's written form never reaches back over a conjunction: where spaCy hangs the first "President"
  of "President A and Latvian President B" on B, B's form is "Latvian President B", never a phrase
  holding A's name too (such a form made A and B one entity in the register).
- An undated telling of a call or letter between two parties links to a dated one across reports only
  on what was said (a shared quote, a full text), never on the sentences that tell of it alone: two
  readouts of different calls between the same leaders read alike."""

from __future__ import annotations

import datetime as dt

import spacy
from spacy.tokens import Doc, Span

from lettertrace import link
from lettertrace.extract.surfaces import written_forms
from lettertrace.link import RMention
from lettertrace.models import CommMention, DateInterval, PartyMention


def _bad_parse() -> Doc:
    words = ["President", "Tomas", "Varga", "and", "Latvian", "President", "Janis", "Ozols", "spoke", "."]
    heads = [7, 2, 0, 2, 5, 2, 7, 8, 8, 8]
    deps = ["compound", "compound", "appos", "cc", "amod", "conj", "compound", "nsubj", "ROOT", "punct"]
    doc = Doc(
        spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=["PROPN"] * 8 + ["VERB", "PUNCT"]
    )
    doc.ents = [Span(doc, 1, 3, "PERSON"), Span(doc, 6, 8, "PERSON")]
    return doc


def test_a_name_form_stops_at_the_conjunction_before_it() -> None:
    forms = written_forms(_bad_parse().ents[1])
    assert "Latvian President Janis Ozols" in forms
    assert not any("Varga" in f for f in forms)


HOLM = PartyMention("Maria Holm", role="President")
OZOLS = PartyMention("Janis Ozols", role="Prime Minister")
TOLD = "President {} and Prime Minister {} spoke on the phone about the floods and the border on {}."


def _call(report: str, day: dt.date | None, content: str, quotes: tuple[str, ...] = ()) -> RMention:
    date = DateInterval(day, day, "day") if day else DateInterval()
    comm = CommMention("call", HOLM, (OZOLS,), date, ())  # type: ignore[arg-type]
    return RMention(
        report, f"/in/{report}.txt", 0, comm, "e-holm", ("e-ozols",), list(quotes), content,
        digest="d-" + report, party_words=link._party_words(comm),
    )  # fmt: skip


def test_an_undated_telling_does_not_join_a_dated_call_on_its_narrative_alone() -> None:
    dated = _call("r1", dt.date(2024, 3, 5), TOLD.format("Maria Holm", "Janis Ozols", "Tuesday"))
    undated = _call("r2", None, TOLD.format("Holm", "Ozols", "the day after the storm"))
    assert link.link_score(dated, undated) == 0.0


def test_an_undated_telling_still_joins_on_a_quote_both_carry() -> None:
    said = "the river does not stop at the border and neither will our help"
    dated = _call("r1", dt.date(2024, 3, 5), said, quotes=(said,))
    undated = _call("r2", None, said, quotes=(said,))
    assert link.link_score(dated, undated) > 0


def test_two_dated_tellings_of_one_day_still_join() -> None:
    day = dt.date(2024, 3, 5)
    a = _call("r1", day, TOLD.format("Maria Holm", "Janis Ozols", "Tuesday"))
    b = _call("r2", day, TOLD.format("Holm", "Ozols", "5 March"))
    assert link.link_score(a, b) > 0
