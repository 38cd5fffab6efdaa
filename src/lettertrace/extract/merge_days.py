"""What keeps two tellings of acts apart: the days and dates an act is told with when they differ ("A and B
talked on 2 July ... A conversation between them took place on 4 April"; "a letter dated 7 March"), an open
letter beside a private one, and an act told as another ('also', 'separately'); and the days a summary
sentence lends the acts it sums up."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict

from spacy.tokens import Token

from ..datelines import dateline_tokens
from ..nlp import sent_number, sent_of
from .date_places import _attached
from .datex import _MONTHS as MONTH_NUMBERS
from .draft import Draft
from .lexicon import noun_kind
from .syntax import _definite, pobjs
from .written_again import told_again


def _told_days(d: Draft) -> set[tuple[str | None, str | None, str | None]]:
    """The dates told on the act's own words, as (year, month, day) with what is not told left None
    ("held talks on 2 July", "took place on April 4", "a letter that A sent him in June 1971", "in March"). A
    date with neither a month nor a year ("on Monday", "last week") is left out."""
    if d.implied:
        return set()  # the first letter "a second letter" implies: the sentence's date is the second's
    anchors = {d.trigger.i} | ({d.verb.i} if d.verb is not None else set())
    days = set()
    dateline = dateline_tokens(d.trigger.doc)  # "Brussels, 6 March 2024 - A has written": the report's day
    for e in sent_of(d.trigger).ents:
        if e.label_ != "DATE" or not _attached(e.root, anchors) or _of_another(e.root, anchors):
            continue
        if e.root.i in dateline:
            continue
        month, day, year = _MONTH.search(e.text), _DAY.search(e.text), _YEAR.search(e.text)
        if not (month and day) and not _own_time(e.root, anchors):
            continue  # "about the 2023 floods", "ahead of the 2024 vote": another thing's year
        if month or year:  # ("in March" is no "12 September": a month alone on the act's word)
            days.add(
                (
                    year.group(1) if year else None,
                    month.group(1).lower() if month else None,
                    day.group(1) if day and month else None,
                )
            )
    return days


def _own_time(root: Token, anchors: set[int]) -> bool:
    """The date is the act's own time: the object of 'in', 'on', 'of' or 'during' on the act's word, a bare
    adverbial date on it, or what 'dated' says of it ("wrote in June 1971", "a letter of 1958",
    "a letter dated 1958")."""
    head = root.head
    if root.dep_ == "pobj" and head.lower_ in ("in", "on", "of", "during"):
        return _on_act(head.head, anchors)
    if root.dep_ in ("npadvmod", "tmod"):
        return _on_act(head, anchors)
    return head.lemma_.lower() == "date" and (_on_act(head.head, anchors) or head.i in anchors)


def _on_act(t: Token, anchors: set[int]) -> bool:
    """``t`` is the act's word, or a clause on its noun ("a letter that A sent to B in June 1971")."""
    return t.i in anchors or t.dep_ in ("relcl", "acl") and t.head.i in anchors


def told_apart(a: Draft, b: Draft) -> bool:
    """Both acts are told with dates of their own and no date of one fits a date of the other: two acts
    ("A and B talked on 2 July ... A conversation between them took place on 4 April"; "a letter of
    12 November 1958 ... a letter that A sent him in June 1971")."""
    ta, tb = _told_days(a), _told_days(b)
    return (
        bool(ta and tb)
        and not any(_fit(x, y) for x in ta for y in tb)
        or _earlier_on_its_day(a, b)
        or _on_another_weekday(a, b)
        or _weekday_not_the_dates(a, b)
        or _weekday_not_the_dates(b, a)
        or {_medium(a), _medium(b)} == {"paper", "electronic"}
    )


PAPER_NOUNS = frozenset({"letter", "missive", "epistle"})
ELECTRONIC_WORDS = frozenset(
    {"text", "sms", "email", "e-mail", "voice", "video", "audio", "electronic", "online"}
)


def _medium(d: Draft) -> str:
    """'paper' for a letter, 'electronic' for an email, a text or a message of a named service ("a
    WhatsApp message", "a voice message"), else '': a letter and a text message are two acts."""
    t = d.trigger
    if t.pos_ not in ("NOUN", "PROPN"):
        return ""
    if t.lemma_.lower() in PAPER_NOUNS:
        return "paper"
    mods = [c for c in t.children if c.dep_ in ("compound", "amod") and c.i < t.i]
    named = " ".join(n for p in (d.sender, *d.recipients) if p is not None for n in (p.name, *p.surfaces))
    if t.lemma_.lower() in ELECTRONIC_WORDS or any(
        c.lower_ in ELECTRONIC_WORDS
        or c.pos_ == "PROPN"
        and c.ent_type_ not in ("PERSON", "GPE", "NORP")
        and c.text not in named
        for c in mods
    ):  # (a service's name, never a party's: "a Kremlin message" is the Kremlin's)
        return "electronic"
    return ""


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _on_another_weekday(a: Draft, b: Draft) -> bool:
    """'A wrote to B on Friday ... On Sunday, A sent B a message': a later act told as new (no 'the', no
    possessive: not the letter told again) on a weekday of its own that is not the first act's."""
    if b.trigger.i < a.trigger.i or _definite(b.trigger) or any(c.dep_ == "poss" for c in b.trigger.children):
        return False
    wa = {w for t in _dates_on(a) for w in _WEEKDAYS if w in t}
    wb = {w for t in _dates_on(b) for w in _WEEKDAYS if w in t}
    return bool(wa and wb) and not wa & wb


def _weekday_not_the_dates(a: Draft, b: Draft) -> bool:
    """'A sent her letter to B on Wednesday ... A wrote to B on Sept. 8, 2020': one act told on a weekday, the
    other on a whole date that fell on another weekday: two acts."""
    told = {w for t in _dates_on(a) for w in _WEEKDAYS if w in t}
    whole = [(y, m, d) for y, m, d in _told_days(b) if y and m and d]
    if not told or not whole:
        return False
    days = set()
    for y, m, d in whole:
        try:
            days.add(_WEEKDAYS[dt.date(int(y), MONTH_NUMBERS[m[:3]], int(d)).weekday()])
        except ValueError:
            return False  # no such day ("30 February"): nothing is known
    return not told & days


def _earlier_on_its_day(a: Draft, b: Draft) -> bool:
    """'A wrote to B on Wednesday ... He had earlier written to B on September 2': an act told in a
    sentence of its own with 'earlier' in the past perfect and a day of its own, after an act told with
    another day, is an earlier act. Not the same letter told in a clause ("a letter she had earlier
    written"), in reported speech ("said he had earlier written"), or with no day of either."""
    v = b.verb
    if v is None or v.dep_ not in ("ROOT", "conj") or v.i < a.trigger.i:
        return False
    if not any(c.lower_ == "earlier" for c in v.children) or not any(c.lower_ == "had" for c in v.children):
        return False
    days_a, days_b = _dates_on(a), _dates_on(b)
    return bool(days_a and days_b) and not days_a & days_b


def _dates_on(d: Draft) -> set[str]:
    """The date words told on the act's own words ("on Wednesday", "on September 2"), as written."""
    anchors = {d.trigger.i} | ({d.verb.i} if d.verb is not None else set())
    return {
        e.text.lower() for e in sent_of(d.trigger).ents if e.label_ == "DATE" and _attached(e.root, anchors)
    }


def _fit(x: tuple[str | None, ...], y: tuple[str | None, ...]) -> bool:
    """No field told in both differs (a year, a month, a day)."""
    return all(p is None or q is None or p == q for p, q in zip(x, y, strict=True))


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
_YEAR = re.compile(
    r"(?<![\d-])(1[5-9]\d\d|20\d\d)(?!\d|s\b|['\u2019]s\b|\s*[-\u2013/]\s*\d)"
)  # not "1980s", "2019-20"


def _dated_as(d: Draft) -> str:
    """The date a letter's noun is told with by 'dated' ("a letter dated 7 March 2023"), as written; ''."""
    return _dated_word(d.trigger)


def dated_forms(d: Draft) -> set[str]:
    """The dates told with 'dated' of the letter and of each telling merged into it ("Quebec's letter ...
    The letter, dated Tuesday, ..."), as written."""
    own = _dated_word(d.trigger)
    return d.dated_told | {own} if own else d.dated_told


def _dated_word(t: Token) -> str:
    dated = [c for c in t.children if c.dep_ == "acl"] + (
        [t.head] if t.dep_ in ("nsubj", "nsubjpass") else []
    )
    dated += [
        c for o in pobjs(t, "to") for c in o.children if c.dep_ == "acl"
    ]  # "a letter to B dated 14 June" on B
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


def _openness(d: Draft) -> str:
    """'open' for an open letter, 'private' for a private, personal or confidential one ("had written to B
    privately", "privately wrote to B"), else ''."""
    words = {c.lower_ for c in d.trigger.children if c.dep_ == "amod"}
    if not d.anaphoric and not _definite(d.trigger):  # not "A privately sent the letter to B": the one told
        words |= {
            c.lower_ for t in (d.trigger, d.verb) if t is not None for c in t.children if c.dep_ == "advmod"
        }
    if words & {"open", "publicly", "openly"}:
        return "open"
    return "private" if words & {"private", "personal", "confidential", "privately", "confidentially"} else ""


def _also(d: Draft) -> bool:
    """The act is told with 'also' or 'separately' ("A also wrote to C"), or as done again ("the Premier
    wrote again on Monday"): another act than one told before."""
    if told_again(d.verb, d.trigger):
        return True
    held = d.trigger.head if d.trigger.dep_ in ("dobj", "nsubjpass") else None  # "also include a letter"
    return any(
        c.lower_ in ("also", "separately")
        for t in (d.trigger, d.verb, held)
        if t is not None
        for c in t.children
    )


def lend_summary(drafts: list[Draft]) -> None:
    """'Yesterday, B received phone calls from several leaders. B received condolences from A, C and D.':
    the summary names no caller, so it is no act of its own, but its sentence (and date words) tell
    when the listed acts took place."""
    by_sentence: defaultdict[int, list[Draft]] = defaultdict(list)  # acts with a sender, by sentence
    for d in drafts:
        if d.sender is not None:
            by_sentence[sent_number(d.trigger)].append(d)
    for s in drafts:
        if s.sender is not None or len(s.recipients) != 1:
            continue
        n = sent_number(s.trigger)
        for d in (d for k in (n, n + 1, n + 2) for d in by_sentence.get(k, ())):
            if (
                d is not s
                and d.kind_class == s.kind_class
                and d.recipients == s.recipients
                and 0 <= d.trigger.i - s.trigger.i
            ):  # in the summary's sentence or the two after it
                for span in s.sentences:
                    if span not in d.sentences:
                        d.sentences.append(span)
                d.anchors += [s.trigger.i] + ([s.verb.i] if s.verb is not None else [])
