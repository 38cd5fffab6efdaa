"""A date written as a communication noun's own modifier: "a 1962 letter", "his 1917 telegram", "the
March letter". The letter is of that year or month, whatever else its sentence dates."""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Span as Words
from spacy.tokens import Token

from ..models import Span
from . import datex, intervals

_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
)  # fmt: skip


def year_on_noun(noun: Token) -> datex.DateMention | None:
    """'a 1962 letter', 'his 1917 telegram': a year written as the communication noun's own modifier."""
    for c in noun.children if noun.tag_ in ("NN", "NNP") else []:  # "sent B 2000 letters": a count
        if (
            c.dep_ in ("nummod", "compound", "amod")
            and c.i < noun.i
            and re.fullmatch(r"1[5-9]\d\d|20\d\d", c.text)
        ):
            span = Span(c.idx, c.idx + len(c.text))
            when = intervals.interval(*intervals.year_bounds(int(c.text)), "year on the noun", span)
            return datex.DateMention(span, c.text, when, relative=False)
    return None


def month_on_noun(noun: Token, report_date: dt.date | None) -> datex.DateMention | None:
    """'the March letter', 'her May message': a month name, capitalised, written between the determiner
    and the noun, is the latest such month not after the report's date (none when the report is undated,
    or when the noun has a year or a day of its own: those the date finder reads)."""
    if report_date is None or noun.tag_ not in ("NN", "NNP"):
        return None
    for c in noun.children:
        if (
            c.dep_ in ("compound", "nmod", "amod")
            and c.i < noun.i
            and c.text in _MONTHS
            and not list(c.children)
            and not (c.i and c.doc[c.i - 1].pos_ == "PROPN")  # "the Theresa May letter": a name
        ):
            found = datex.find_dates(f"in {c.text}", report_date)
            if found and found[0].interval.known:
                span = Span(c.idx, c.idx + len(c.text))
                when = intervals.interval(
                    found[0].interval.earliest, found[0].interval.latest, "month on the noun", span
                )
                return datex.DateMention(span, c.text, when, relative=True)
    return None


def event_day(tok: Words) -> bool:
    """A date in brackets right after an occasion ("Independence Day (August 15)") when the sentence dates
    the act otherwise ("... sent on August 14"): the occasion's day, not the act's."""
    doc = tok.doc
    before = doc[tok.start - 2] if tok.start >= 2 else None
    window = doc[max(0, tok.start - 7) : max(0, tok.start - 1)]
    return (
        tok.start >= 1
        and doc[tok.start - 1].text == "("
        and tok.end < len(doc)
        and doc[tok.end].text == ")"
        and before is not None
        and any(t.lemma_.lower() in OCCASIONS for t in window)  # "the Independence Day of India (August 15)"
        and not any(t.pos_ in ("VERB", "AUX") for t in window)
        and any(t.ent_type_ == "DATE" and not tok.start - 1 <= t.i <= tok.end for t in tok.sent)
    )


# Words naming an occasion whose own day a report may give in brackets ("Independence Day (August 15)").
OCCASIONS = frozenset({"day", "anniversary", "holiday", "festival", "feast", "jubilee", "birthday"})
