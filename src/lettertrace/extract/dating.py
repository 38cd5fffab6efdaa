"""Dates and output: each merged draft becomes a CommMention with its date interval and reply link."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import replace

from spacy.tokens import Doc

from ..models import (
    CommMention,
    DateInterval,
    Flag,
    PartyMention,
    ReportMeta,
    Span,
)
from ..nlp import text_of
from . import datex, intervals, narrative
from .answered import link_answered
from .date_places import (
    SURFACING,
    _after_preposition,
    _attached,
    _dated_owner,
    _day_of_month,
    _fronted,
    _heads_trigger,
    _in_relative,
    _phrase_owner,
    _preposed,
    _right_after_act,
    _when_of,
    opening_before_clause,
    opening_swallowed,
)
from .draft import Draft
from .mentions import Party
from .noun_dates import event_day, month_on_noun, year_on_noun
from .participles import participle_after_time
from .planned import planned
from .syntax import present_perfect

# ---------------------------------------------------------------- dates and output


def build_mentions(doc: Doc, drafts: list[Draft], meta: ReportMeta) -> list[CommMention]:
    """Turn merged drafts into CommMention facts, resolving dates and reply links."""
    link_answered(doc, drafts)
    report_date = meta.published
    triggers = {d.trigger.i for d in drafts} | {i for d in drafts if d.answered for i in d.anchors}
    words = [_clause_dates(doc, d, report_date, triggers) for d in drafts]
    clause = [[m.interval for m in attached] for attached, _ in words]
    past = [_told_in_the_past(doc, d, report_date) for d in drafts]
    dates = [
        draft_date(d, attached, report_date, drafts, context, year)
        for d, (attached, context), year in zip(drafts, words, past, strict=True)
    ]
    dates = order_replies(drafts, dates, report_date)
    for i, d in enumerate(drafts):  # "A wrote on 3 March 1848 ... B replied on the 9th"
        if d.reply_to is not None and not dates[i].known and d.reply_to in drafts:
            dates[i] = _day_of_month(d, dates[drafts.index(d.reply_to)]) or dates[i]
    dates = _then(drafts, dates, [bool(attached) for attached, _ in words])
    again = [_again(doc, attached) for attached, _ in words]
    dates = [found[0] if found else date for date, found in zip(dates, again, strict=True)]
    out = []
    position: dict[int, int] = {}  # where each draft is first (not drafts.index: a scan of them each)
    for i, d in enumerate(drafts):
        position.setdefault(id(d), i)
    for d, date, found in zip(drafts, dates, clause, strict=True):
        reply = position.get(id(d.reply_to)) if d.reply_to is not None else None
        flags = _date_flags(found) + d.flags
        out.append(
            CommMention(
                kind=d.kind,  # type: ignore[arg-type]
                sender=_pm(d.sender),
                # one party named twice ("to the Chair and President B") is one addressee
                recipients=tuple(_pm(r) for r in {r.key: r for r in d.recipients if r is not None}.values()),  # type: ignore[misc]
                date=date,
                mentions=tuple(Span(s, e) for s, e in sorted(set(d.sentences))),
                in_reply_to=reply if reply != position[id(d)] else None,
                implied=d.implied,
                full_text=d.full_text,
                flags=tuple(flags),
                trigger=d.trigger.text,
                answers=d.answers and reply is None,
            )
        )
    for i, later in enumerate(again):  # "spoke on 2 March and again on 9 March": the second act, last
        out += [replace(out[i], date=when, in_reply_to=None) for when in later[1:]]
    return out


def _then(drafts: list[Draft], dates: list[DateInterval], dated: list[bool]) -> list[DateInterval]:
    """'A held a call with B on Thursday. A then spoke by phone with C': an act told with 'then' and no
    date words of its own took place on the day of the act told just before it. So did one told with
    'also' right after it, as a round-up tells the acts of one occasion ('A on Tuesday sent a cable to B.
    A also sent messages to C and D'), where nothing else is told between them. 'Likewise', 'similarly'
    and 'a similar cable' tell the same ('C sent a similar message to B')."""
    out, dated = list(dates), list(dated)
    for i in sorted(range(len(drafts)), key=lambda k: drafts[k].trigger.i):
        d = drafts[i]
        verb = d.verb if d.verb is not None else d.trigger
        words = {c.lower_ for c in verb.children if c.dep_ == "advmod"}
        words |= {c.lower_ for c in d.trigger.children if c.dep_ == "amod"}  # "a similar cable"
        marks = {"also" if w in _ALIKE else w for w in words & (_ALIKE | {"then", "also"})}
        if dated[i] or not intervals.is_guess(dates[i]) or not marks:
            continue
        earlier = [j for j, o in enumerate(drafts) if o.trigger.i < d.trigger.i and o is not d]
        before = [j for j in earlier if dated[j] and out[j].precision == "day"]
        if "then" not in marks:  # 'also': the act told just before, and dated
            last = max(earlier, key=lambda k: drafts[k].trigger.i, default=None)
            before = [last] if last is not None and last in before else []
            if before and d.reply_to is drafts[before[0]]:
                before = []  # "In her reply, B also reproached A": what it says, not a same-day round-up
        if before:
            j = max(before, key=lambda k: drafts[k].trigger.i)
            word = "then" if "then" in marks else "also"
            out[i] = replace(out[j], basis=f"the day of the act told just before ('{word}')")
            dated[i] = True
    return out


_ALIKE = frozenset({"likewise", "similarly", "similar", "identical", "like"})
AGAIN_RE = re.compile(r"^\s*,?\s*and\s+(?:again|later|then)\s+(?:on|in)?\s*$")


def _again(doc: Doc, attached: list[datex.DateMention]) -> list[DateInterval]:
    """The dates of one act done twice: 'A and B spoke by phone on 2 March and again on 9 March' gives the
    two days, 'A wrote to B in January and again in February' the two months (empty when the act's dates
    are no such pair)."""
    days = sorted(
        (m for m in attached if m.interval.precision in ("day", "month")), key=lambda m: m.span.start
    )
    if (
        len(days) != 2
        or days[0].interval == days[1].interval
        or len({m.interval.precision for m in days}) > 1
    ):
        return []
    between = text_of(doc)[days[0].span.end : days[1].span.start]
    return [m.interval for m in days] if AGAIN_RE.match(between) else []


def _pm(p: Party | None) -> PartyMention | None:
    return None if p is None else p.mention()


def draft_date(
    d: Draft,
    found: list[datex.DateMention],
    report_date: dt.date | None,
    drafts: list[Draft],
    context: list[datex.DateMention] | None = None,
    past: int | None = None,
) -> DateInterval:
    """The date of one communication: its signature, the date words around its triggers, or the recent past.

    ``found`` are the date words attached to the communication, ``context`` every known date word
    of its sentences, ``past`` the year of the past the text before it tells of (narrative.py). The
    recent-past window is only a guess for news: it is not used when the report is undated, the act
    only implied, or its sentences or the account they belong to tell of a time over a year back.
    """
    ft = d.full_text
    if ft is not None and ft.signed_date is not None:
        return DateInterval(ft.signed_date, ft.signed_date, "day", ft.signature, "signature date")
    if found:
        if report_date is not None and planned(d):
            found = [_ahead(m, report_date) for m in found]
        return combine(found)
    if d.implied or report_date is None:
        return DateInterval()
    if any(o.reply_to is d for o in drafts) and d.verb is None:
        return DateInterval()
    old = any(_historical(m.interval, report_date) for m in context or [] if not m.relative)
    if old and not _news_tense(d):
        return DateInterval(basis="no date: its sentences tell of the past")
    if past is not None and not _news_tense(d):
        return DateInterval(basis=f"no date: told in an account of {past}")
    if _surfacing(d):
        return DateInterval(
            basis="no date: the report tells of the letter coming to light, not of its sending"
        )
    if _just_now(d) and not context:  # not "A said on Tuesday: 'I have just spoken to B'"
        return DateInterval(report_date, report_date, "day", None, "just now: 'has just' written or spoken")
    return datex.recent_past(report_date)


def _just_now(d: Draft) -> bool:
    """'A has just spoken to B by phone', 'B has just written to A': the present perfect with 'just' tells
    of the moments before the report."""
    v = d.verb if d.verb is not None else d.trigger
    return any(c.lower_ == "just" and c.dep_ == "advmod" for c in v.children) and any(
        c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP") for c in v.children
    )


_WEEKDAY = re.compile(r"(?i)\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b")


def _ahead(m: datex.DateMention, report_date: dt.date) -> datex.DateMention:
    """A weekday or a yearless day of an act still to come: the first such day from the report's date on
    ("will call on Friday" is the coming Friday, not the last one)."""
    x = m.interval
    if not m.relative or x.latest is None or x.latest >= report_date:
        return m
    weekday = _WEEKDAY.search(m.text)
    if weekday is not None and x.basis.startswith("weekday"):
        if m.text.lower().startswith(("last", "past", "this past")):
            return m
        ahead = datex.resolve(f"next {weekday.group(0)}", report_date)
    elif m.yearless:
        ahead = datex.in_year(m, report_date.year)
        if ahead.latest is not None and ahead.latest < report_date:
            ahead = datex.in_year(m, report_date.year + 1)
    else:
        return m
    basis = f"{m.text}: still to come at the report's date"
    return replace(m, interval=intervals.interval(ahead.earliest, ahead.latest, basis, m.span))


def _told_in_the_past(doc: Doc, d: Draft, report_date: dt.date | None) -> int | None:
    first = min((s for s, _ in d.sentences), default=d.trigger.idx)
    return narrative.told_in_the_past(doc, first, report_date)


def combine(found: list[datex.DateMention]) -> DateInterval:
    """One interval from the date words of one communication.

    Words that carry their own year come first; a yearless day or month ("on 5 March") is placed
    in the year they give, and words resolved against the report date count only when they
    agree with them. Each further word narrows the interval when compatible.
    """
    fixed = [m for m in found if not m.relative]
    years = {m.interval.earliest.year for m in fixed if m.interval.earliest is not None}
    years &= {m.interval.latest.year for m in fixed if m.interval.latest is not None}
    year = next(iter(years)) if len(years) == 1 else None
    # "A day earlier, on Monday": the weekday says the day; "earlier" counts from an act told before
    weekday = any(_WEEKDAY.search(m.text) for m in found)
    relative = sorted(
        (m for m in found if m.relative), key=lambda m: weekday and _FROM_ANOTHER.search(m.text) is not None
    )
    rest = [datex.in_year(m, year) if year is not None else m.interval for m in relative]
    ordered = [m.interval for m in fixed] + rest
    out = ordered[0]
    for x in ordered[1:]:
        both = datex.intersect(out, x)
        if both is not None and both.known:
            out = both
    return out


_FROM_ANOTHER = re.compile(r"(?i)\b(?:earlier|before|later|after)\b")


def _news_tense(d: Draft) -> bool:
    """'has sent', 'have spoken', 'sends': told as news of now, whatever old dates the sentence names."""
    verb = d.verb if d.verb is not None else d.trigger.head
    return verb.tag_ in ("VBZ", "VBP") or present_perfect(verb)


def _historical(x: DateInterval, report_date: dt.date) -> bool:
    return x.latest is not None and intervals.is_historical(x.latest, report_date)


def order_replies(
    drafts: list[Draft], dates: list[DateInterval], report_date: dt.date | None
) -> list[DateInterval]:
    """A letter comes before its reply: bound each by the other, and keep old exchanges old."""
    dates = list(dates)
    for i, d in enumerate(drafts):
        if d.reply_to is None or d.reply_to not in drafts:
            continue
        j = drafts.index(d.reply_to)
        if i == j:
            continue
        if report_date is not None:
            for a, b in ((i, j), (j, i)):
                if _historical(dates[a], report_date) and intervals.is_guess(dates[b]):
                    dates[b] = DateInterval(basis="no date: part of an old exchange")
        dates[i] = _recounted(_year_of_original(dates[i], dates[j]), dates[j])
        dates[j] = _bounded_by_reply(dates[j], dates[i], d.reply_to)
        dates[i] = _after_original(dates[i], dates[j])
    return dates


def _year_of_original(own: DateInterval, original: DateInterval) -> DateInterval:
    """'A wrote to B in June 1895 ... B's reply, dated 3 July, ...': a reply dated by a day and month with
    no year, answering a letter of a year long before the report's, is of that year (or the next, when
    the day comes before the letter's)."""
    low = original.earliest
    if low is None or own.earliest is None or not own.basis.startswith("day-month"):
        return own
    if own.precision != "day" or own.earliest.year - low.year < 2:
        return own
    year = low.year if (own.earliest.month, own.earliest.day) >= (low.month, low.day) else low.year + 1
    try:
        day = own.earliest.replace(year=year)
    except ValueError:  # 29 February
        return own
    return intervals.interval(day, day, "day-month in the year of the letter answered", own.span)


def _clause_dates(
    doc: Doc, d: Draft, report_date: dt.date | None, triggers: set[int] | None = None
) -> tuple[list[datex.DateMention], list[datex.DateMention]]:
    """The date words attached to the communication, and every known date word of its sentences.

    ``triggers``: the trigger tokens of the report's communications; a date on another one's trigger
    dates that one ("In response to B's letter of 2 March, A wrote ...": 2 March is B's letter's).
    """
    if d.stamped is not None:  # a post's own date: "A @handle · May 21 / Just spoke with B"
        return [d.stamped], [d.stamped]
    attached, context, own = [], [], []  # own: the letter's own date ("The letter, dated 19 August, ...")
    anchors = set(d.anchors) | {d.trigger.i}
    if d.verb is not None and d.verb.lemma_.lower() not in SURFACING:  # "was found on Monday": not sent then
        anchors.add(d.verb.i)
    if d.trigger.dep_ == "advcl" and d.trigger.tag_ == "VBG" and d.trigger.i == getattr(d.verb, "i", -1):
        anchors.add(
            d.trigger.head.i
        )  # "Writing to B in August 1914, A warned ...": the warning is the letter
    if _to_write(d):
        anchors.add(d.trigger.head.i)  # "On 31 March 1776, A sat down to write to B": the day she wrote
    if participle_after_time(v := d.verb if d.verb is not None else d.trigger) and v.head.head.tag_ != "VBD":
        anchors.add(v.head.head.i)  # "A has this afternoon spoken to B": the time read as the object of 'has'

    others = (triggers or set()) - anchors
    told = narrative.timeline(doc, report_date)  # every date of the report but its datelines, in order
    starts = [m.span.start for m in told]
    for s, e in d.sentences:
        for m in told[bisect.bisect_left(starts, s) : bisect.bisect_left(starts, e)]:
            if not m.interval.known and not m.yearless:
                continue
            if m.interval.known:
                context.append(m)
            tok = doc.char_span(m.span.start, m.span.end, alignment_mode="expand")
            if tok is not None and event_day(tok):
                continue  # "On the occasion of India's Independence Day (August 15), A sent on August 14 ..."
            dated = _dated_owner(tok) if tok is not None else None
            owner = (_phrase_owner(tok) or dated) if tok is not None else None
            if owner is not None:  # "Responding to a letter from A last week, B wrote back on Monday"
                if owner in anchors:
                    attached.append(m)
                    own += [m] if owner == dated else []
                continue
            if (
                tok is None
                or _attached(tok.root, anchors, others)
                or _after_preposition(tok, anchors)
                or _fronted(tok, d)
                or opening_swallowed(tok, anchors)
                or opening_before_clause(tok, anchors)
                or _preposed(tok, anchors)
                or _heads_trigger(tok, d)
                or _when_of(tok, anchors)
                or _in_relative(tok, d)
                or _right_after_act(tok, d)
            ):
                attached.append(m)
    if own:  # received on Monday, dated 19 August: a letter is of the date it bears
        attached = own
    year = year_on_noun(d.trigger) or month_on_noun(d.trigger, report_date)
    if year is not None:  # "released a 1962 letter on Monday": the letter is of 1962, whatever else is dated
        attached = [m for m in attached if _within(m.interval, year.interval)] or [year]
    return _ranges(text_of(doc), attached, told), context


def _to_write(d: Draft) -> bool:
    """The trigger is a verb in the infinitive under another verb ("sat down to write", "rang to say")."""
    t = d.trigger
    return (
        t.dep_ in ("xcomp", "advcl")
        and t.i == getattr(d.verb, "i", -1)
        and t.head.pos_ == "VERB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
    )


def _within(x: DateInterval, outer: DateInterval) -> bool:
    """Whether a known interval lies inside another."""
    a, b, lo, hi = x.earliest, x.latest, outer.earliest, outer.latest
    return a is not None and b is not None and lo is not None and hi is not None and lo <= a and b <= hi


RANGE_RE = re.compile(r"(?i)\b(?:between|from)\s+$")
RANGE_END_RE = re.compile(r"(?i)^\s+(?:and|to|until|till|through)\s+$")


def _ranges(
    text: str, attached: list[datex.DateMention], told: list[datex.DateMention]
) -> list[datex.DateMention]:
    """The act's dates with a range written as two ends made one: 'phoned her between 2 March and 9 March',
    'from 2 March to 9 March' (some day in between, not the first end; the parser hangs the second end on
    the first, or on 'and')."""
    out = list(attached)
    for m in attached:
        if not RANGE_RE.search(text[max(0, m.span.start - 12) : m.span.start]):
            continue
        end = next((n for n in told if n.span.start >= m.span.end), None)
        lo, hi = m.interval.earliest, end.interval.latest if end is not None else None
        if end is None or lo is None or hi is None or hi < lo:
            continue
        if not RANGE_END_RE.match(text[m.span.end : end.span.start]):
            continue
        whole = intervals.interval(lo, hi, "explicit range", Span(m.span.start, end.span.end))
        out = [x for x in out if x is not m and x is not end]
        out.insert(0, replace(m, span=Span(m.span.start, end.span.end), interval=whole, relative=False))
    return out


def _surfacing(d: Draft) -> bool:
    """'the letter, sold at auction', 'a letter was discovered in the archives', 'a letter found in a
    drawer': the report tells of the letter surfacing, so nothing dates its sending to the recent past."""
    t = d.trigger
    verbs = [c for c in t.subtree if c.dep_ in ("acl", "relcl")]  # on the letter or a party of it
    if t.dep_ in ("nsubjpass", "nsubj", "dobj"):
        verbs.append(t.head)
    return any(v.pos_ == "VERB" and v.lemma_.lower() in SURFACING for v in verbs)


def _recounted(own: DateInterval, original: DateInterval) -> DateInterval:
    """'A cabled B on 12 July, citing the treaty signed on 29 June. B replied the same evening': a reply
    dated by counting from the day named last, which puts it before the letter it answers, counts from
    that letter's day instead."""
    m = re.match(r"counted from (\d{4}-\d\d-\d\d) \((.+)\)$", own.basis)
    low = original.earliest
    if m is None or low is None or original.precision != "day" or own.earliest is None or own.latest is None:
        return own
    if own.latest >= low:
        return own
    shift = low - dt.date.fromisoformat(m[1])
    basis = f"counted from {low.isoformat()} ({m[2]}), the day of the letter answered"
    return intervals.interval(own.earliest + shift, own.latest + shift, basis, own.span)


def _bounded_by_reply(own: DateInterval, reply: DateInterval, target: Draft) -> DateInterval:
    """A letter is not later than its reply; a date its own words give is kept even when the reply's
    contradicts it (only the recent-past guess gives way)."""
    if reply.latest is None:
        return own
    conflict = own.earliest is not None and own.earliest > reply.latest
    if conflict and own.known and not intervals.is_guess(own):
        return own
    if own.latest is None or own.latest > reply.latest:
        earliest = own.earliest if own.earliest and own.earliest <= reply.latest else None
        return intervals.interval(earliest, reply.latest, "before the reply", own.span)
    return own


def _after_original(own: DateInterval, original: DateInterval) -> DateInterval:
    """A reply is not earlier than the letter it answers (a conflict leaves it as it is)."""
    low = original.earliest
    if not own.known or low is None or own.earliest is None or own.latest is None:
        return own
    if own.earliest < low <= own.latest:
        return intervals.interval(low, own.latest, f"{own.basis}; after the letter it answers", own.span)
    return own


def _date_flags(dates: list[DateInterval]) -> list[Flag]:
    days = {x.earliest for x in dates if x.precision == "day"}
    if len(days) > 1:
        ev = tuple(x.span for x in dates if x.span is not None)
        return [
            Flag("date_conflict", f"the report gives {len(days)} different days for this communication", ev)
        ]
    return []
