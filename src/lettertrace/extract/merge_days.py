"""The days and dates an act is told with, which keep two tellings of acts apart when they differ ("A and B
talked on 2 July ... A conversation between them took place on 4 April"; "a letter dated 7 March")."""

from __future__ import annotations

import re

from spacy.tokens import Token

from ..nlp import sent_of
from .date_places import _attached
from .draft import Draft
from .lexicon import noun_kind


def _told_days(d: Draft) -> set[tuple[str, str]]:
    """The days (month, day) told on the act's own words ("held talks on 2 July", "took place on April 4")."""
    anchors = {d.trigger.i} | ({d.verb.i} if d.verb is not None else set())
    days = set()
    for e in sent_of(d.trigger).ents:
        month, day = _MONTH.search(e.text), _DAY.search(e.text)
        if (
            e.label_ == "DATE"
            and month
            and day
            and _attached(e.root, anchors)
            and not _of_another(e.root, anchors)
        ):
            days.add((month.group(1).lower(), day.group(1)))
    return days


def _of_another(tok: Token, anchors: set[int]) -> bool:
    """A date on another communication noun on the way up ("answering your letter of 9 April")."""
    for t in list(tok.ancestors)[:4]:
        if t.i in anchors:
            return False
        if noun_kind(t) is not None:
            return True
    return False


_MONTH = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", re.I)
_DAY = re.compile(r"(?<!\d)([1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?!\d)")


def _dated_as(d: Draft) -> str:
    """The date a letter's noun is told with by 'dated' ("a letter dated 7 March 2023"), as written; ''."""
    t = d.trigger
    dated = [c for c in t.children if c.dep_ == "acl"] + (
        [t.head] if t.dep_ in ("nsubj", "nsubjpass") else []
    )
    for c in dated:  # "Letter dated 12 March from A ..." as a heading is parsed as a clause
        if c.lemma_.lower() == "date":
            words = [w.text for w in c.subtree if w.ent_type_ == "DATE"]
            if words:
                return " ".join(words)
    return ""


# Adverbs that tell an act as one before those the report tells as news ("The two leaders last spoke in
# September 2022", "A had previously written to B").
BEFORE_NOW = frozenset({"last", "previously"})


def told_as_before(d: Draft) -> bool:
    """The act's verb is told with 'last' or 'previously': an earlier act than the news."""
    return d.verb is not None and any(c.dep_ == "advmod" and c.lower_ in BEFORE_NOW for c in d.verb.children)
