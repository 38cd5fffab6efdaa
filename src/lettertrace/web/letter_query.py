"""The letters table's query: facets (several values each, any case), a date range, search with alias
expansion, sort and keyset paging. The same filters as the CLI's ``letters`` (``query.party_ids``,
``query.parse_day``, ``query.in_range``); the letters, timeline and download pages all read it."""

from __future__ import annotations

import base64
import binascii
import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import urlencode

from sqlalchemy import Connection

from .. import query, register_tally, sql_budget
from .. import register_sql as sql
from .letter_search import Search, search, search_filter
from .pages import BadRequest
from .register_view import UNDATED, RegisterView, report_ids

FACETS = ("party", "kind", "year", "outlet")
DEFAULT_LIMIT = 100  # letters per page: the dev and train registers fit on one
MAX_LIMIT = 1000
SORTS = {
    "date": "date, oldest first",
    "-date": "date, newest first",
    "reports": "most reports first",
    "id": "id",
}

Key = tuple[Any, ...]


@dataclass(frozen=True)
class LetterQuery:
    """What the user asked for, normalised: stripped values, each facet's values once (any case)."""

    q: str = ""
    facets: dict[str, tuple[str, ...]] = field(default_factory=dict)
    since: str = ""
    until: str = ""
    sort: str = "date"
    after: str = ""
    limit: int = DEFAULT_LIMIT
    count_all: bool = False  # count every facet, however long it takes (``FACET_TIME_LIMIT_MS``)

    def params(self, paging: bool = True) -> list[tuple[str, str]]:
        """The query as URL parameters (defaults left out; without ``after``/``limit`` unless ``paging``)."""
        out = [("q", self.q)] if self.q else []
        out += [(name, v) for name in FACETS for v in self.facets.get(name, ())]
        out += [(k, v) for k, v in (("since", self.since), ("until", self.until)) if v]
        out += [("sort", self.sort)] if self.sort != "date" else []
        out += [("count", "all")] if self.count_all else []
        if paging:
            out += [("limit", str(self.limit))] if self.limit != DEFAULT_LIMIT else []
            out += [("after", self.after)] if self.after else []
        return out

    def url(self, path: str = "/", paging: bool = False) -> str:
        """``path`` with this query (first page unless ``paging``)."""
        p = self.params(paging)
        return f"{path}?{urlencode(p)}" if p else path

    def toggled(self, name: str, value: str) -> LetterQuery:
        """This query with ``value`` added to facet ``name``, or removed when it is there (first page)."""
        have = self.facets.get(name, ())
        vals = tuple(v for v in have if v.casefold() != value.casefold())
        if len(vals) == len(have):
            vals = (*have, value)
        return replace(self, facets={**self.facets, name: vals}, after="")

    def without(self, name: str, value: str = "") -> LetterQuery:
        """This query without the filter ``name`` (one value of a facet), on its first page."""
        if name in FACETS:
            return self.toggled(name, value)
        if name == "sort":
            return replace(self, after="", sort="date")
        return replace(self, after="", **{name: ""})  # type: ignore[arg-type]  # q, since or until

    @property
    def filtered(self) -> bool:
        """Whether anything narrows the letters."""
        return bool(self.q or self.since or self.until or any(self.facets.values()))


def parse(
    q: str | None = None,
    party: Iterable[str] | None = None,
    kind: Iterable[str] | None = None,
    year: Iterable[str] | None = None,
    outlet: Iterable[str] | None = None,
    since: str | None = None,
    until: str | None = None,
    sort: str | None = None,
    after: str | None = None,
    limit: str | None = None,
    count: str | None = None,
) -> LetterQuery:
    """The query from the page's parameters; raises ``BadRequest`` for a bad date, sort, limit, cursor or
    count (``all``, or nothing)."""
    given = {"party": party, "kind": kind, "year": year, "outlet": outlet}
    facets = {k: _distinct(v) for k, v in given.items() if _distinct(v)}
    lq = LetterQuery(
        q=" ".join((q or "").split()),
        facets=facets,
        since=_day(since, "since"),
        until=_day(until, "until"),
        sort=(sort or "date").strip() or "date",
        after=(after or "").strip(),
        limit=_limit(limit),
        count_all=(count or "").strip() == "all",
    )
    if (count or "").strip() not in ("", "all"):
        raise BadRequest(f"count: {count!r} is not 'all' (every facet counted, however long it takes)")
    if lq.sort not in SORTS:
        raise BadRequest(f"unknown sort {lq.sort!r}: use one of {', '.join(SORTS)}")
    if lq.after:
        decode_cursor(lq.after, lq.sort)
    return lq


def _distinct(values: Iterable[str] | str | None) -> tuple[str, ...]:
    """Stripped, non-empty values, each once whatever its case (the first spelling kept)."""
    if isinstance(values, str):
        values = [values]
    seen: dict[str, str] = {}
    for v in values or ():
        v = " ".join(v.split())
        if v and v.casefold() not in seen:
            seen[v.casefold()] = v
    return tuple(seen.values())


def _day(value: str | None, name: str) -> str:
    """A date parameter as typed (YYYY, YYYY-MM or YYYY-MM-DD), checked; '' when absent."""
    value = (value or "").strip()
    if value:
        try:
            query.parse_day(value)
        except ValueError as exc:
            raise BadRequest(f"{name}: {exc}") from exc
    return value


def _limit(value: str | None) -> int:
    """The page size: a whole number from 1 to ``MAX_LIMIT``."""
    if value is None or not value.strip():
        return DEFAULT_LIMIT
    if not value.strip().isdigit() or not 1 <= int(value) <= MAX_LIMIT:
        raise BadRequest(f"limit: {value!r} is not a whole number from 1 to {MAX_LIMIT}")
    return int(value)


# ------------------------------------------------------------------ matching


def facet_cond(reg: RegisterView, conn: Connection, name: str, wanted: tuple[str, ...]) -> sql.Filter:
    """The letters with one of the ``wanted`` values of facet ``name`` (any case; a party by id, name or
    alias, as ``lettertrace letters --party``)."""
    if name == "party":
        return sql.Filter([sql.with_parties(set().union(*(reg.party_ids(v) for v in wanted)))])
    if name == "year":
        return sql.Filter([], sql.in_years(conn, wanted), sql.year_bucket(wanted))
    folded = {v.casefold() for v in wanted}
    known = reg.snap.facet_counts(name)  # every value the register has, as stored
    stored = [v for v in known if v.casefold() in folded]
    return sql.Filter([sql.of_kinds(stored) if name == "kind" else sql.from_outlets(stored)])


def together(filters: list[sql.Filter]) -> sql.Filter:
    """A letter every one of ``filters`` keeps."""
    conds = [c for f in filters for c in f.conds]
    probed = None
    if any(f.probed is not None for f in filters):
        probed = [c for f in filters for c in (f.conds if f.probed is None else f.probed)]
    dated = [f for f in filters if f.dates is not None]
    bucket = None
    if dated and all(f.bucket is not None for f in dated):
        tests = [f.bucket for f in dated if f.bucket is not None]
        bucket = lambda lo, hi: all(t(lo, hi) for t in tests)  # noqa: E731
    return sql.Filter(conds, sql.dates_of(*(f.dates for f in dated)), bucket, probed)


def date_cond(conn: Connection, lq: LetterQuery) -> sql.Filter:
    """The letters that may fall in the date range (undated letters are kept, as by the CLI)."""
    since = query.parse_day(lq.since) if lq.since else None
    until = query.parse_day(lq.until, end=True) if lq.until else None
    return sql.Filter([], sql.in_dates(conn, since, until), sql.range_bucket(since, until))


@dataclass
class Matched:
    """What a query keeps: its filter (every one of them), how many letters it keeps, and for each facet
    the counts of its values over the letters every other filter keeps (so that its other values still
    show how many letters they would add); ``timed_out``: the facets not counted in time (no counts)."""

    filter: sql.Filter
    count: int
    facet_counts: dict[str, Counter[str]]
    search: Search | None
    ranked: dict[str, list[str]] = field(default_factory=dict)  # facet -> values listed (views.letters)
    timed_out: list[str] = field(default_factory=list)


MAX_MATCHED = 256  # queries whose counts a snapshot keeps (the next page of one costs only its page)
MAX_SEARCHED = 16  # searches among them (each holds the ids of the letters it finds: there may be many)
# The time the facets a query counts in SQL have, together, before those not counted yet are given up and
# the page says so (``count=all`` counts them however long it takes; a small register's are always
# counted: ``sql_budget.MIN_STEPS``). Set by benchmarks/register_scale.py at 1,000,000 letters: the parties
# of a year (25,727 letters) took 150 ms, a page at most 50 ms.
FACET_TIME_LIMIT_MS = 20
COUNTED_FIRST = ("kind", "year", "outlet", "party")  # the cheapest first: each has what the others left


def match(reg: RegisterView, lq: LetterQuery) -> Matched:
    """Count what the query keeps, and each facet's values with its own filter left out (a facet whose
    other filters keep every letter is counted once per state of the register). Kept per state of the
    register for each query, whatever its sort and page (of searches, the ``MAX_SEARCHED`` last)."""
    key = (lq.q, tuple(sorted(lq.facets.items())), lq.since, lq.until, lq.count_all)
    held, most = (reg.snap.searched, MAX_SEARCHED) if lq.q else (reg.snap.matched, MAX_MATCHED)
    found = held.get(key)
    if found is None:
        found = _match(reg, lq)
        if len(held) >= most:
            held.clear()
        held[key] = found
    return found


def _match(reg: RegisterView, lq: LetterQuery) -> Matched:
    s = search(reg, lq.q) if lq.q else None
    with reg.store.connect() as conn:
        base = [date_cond(conn, lq), *([search_filter(reg, s)] if s else [])]
        tests = {name: facet_cond(reg, conn, name, vals) for name, vals in lq.facets.items() if vals}
        counts, late = _facet_counts(reg, conn, base, tests, None if lq.count_all else FACET_TIME_LIMIT_MS)
        kept = together(base + list(tests.values()))
        if kept.everything:
            total = reg.total
        elif kept.tallied and kept.bucket is not None:
            total = register_tally.buckets(conn, "", kept.bucket)[""]
        elif s is not None and not tests and kept.dates is None:
            total = len(s.ids)  # the search alone
        else:
            total = sql.count(conn, kept)
    return Matched(kept, total, counts, s, timed_out=late)


def _facet_counts(
    reg: RegisterView,
    conn: Connection,
    base: list[sql.Filter],
    tests: dict[str, sql.Filter],
    ms: float | None,
) -> tuple[dict[str, Counter[str]], list[str]]:
    """Each facet's counts over what the other filters keep, and the facets not counted within ``ms``
    milliseconds together (of those counted in SQL, which have ``sql_budget.MIN_STEPS`` whatever the time:
    the whole register's and a date filter's are read from the tallies); every one when ``ms`` is None."""
    counts: dict[str, Counter[str]] = {}
    late: list[str] = []
    budget = sql_budget.Budget((ms or 0) / 1000)
    for name in COUNTED_FIRST:
        others = together(base + [t for n, t in tests.items() if n != name])
        if others.everything:
            counts[name] = reg.snap.facet_counts(name)
        elif others.tallied and name in ("kind", "year") and others.bucket is not None:
            counts[name] = register_tally.buckets(conn, name, others.bucket)  # a date filter alone
        elif ms is None:
            counts[name] = sql.facet_counts(conn, name, others)
        else:
            try:
                with budget.limit(conn):
                    counts[name] = sql.facet_counts(conn, name, others)
            except sql_budget.TimedOut:
                counts[name] = Counter()
                late.append(name)
    return {name: counts[name] for name in FACETS}, [n for n in FACETS if n in late]


def matched_ids(reg: RegisterView, m: Matched, sort: str) -> list[str]:
    """Ids of every letter the query keeps, in the order ``sort`` asks for."""
    with reg.store.connect() as conn:
        return sql.ordered_ids(conn, m.filter, sort)


def matched_letters(reg: RegisterView, m: Matched, sort: str) -> list[dict[str, Any]]:
    """Every letter the query keeps, in the order ``sort`` asks for."""
    return list(reg.letters(matched_ids(reg, m, sort)).values())


# ------------------------------------------------------------------ sort and keyset paging


def sort_key(sort: str, c: dict[str, Any]) -> Key:
    """The key letters are ordered by under ``sort`` (the id last, so that keys are unique)."""
    start = c["date"]["earliest"] or c["date"]["latest"] or "9999"
    if sort == "reports":
        return (-len(report_ids(c)), start, c["id"])
    if sort == "id":
        return (c["id"],)
    return (start, c["id"])


def ordered(letters: list[dict[str, Any]], sort: str) -> list[dict[str, Any]]:
    """``letters`` in the order ``sort`` asks for."""
    return sorted(letters, key=lambda c: sort_key(sort, c), reverse=sort.startswith("-"))


def encode_cursor(sort: str, key: Key) -> str:
    """An opaque cursor: the sort and the key of the last letter shown."""
    raw = json.dumps([sort, *key], separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str, sort: str) -> Key:
    """The key in a cursor made for ``sort``; ``BadRequest`` when it is no such cursor."""
    try:
        data = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except (ValueError, binascii.Error) as exc:
        raise BadRequest("after: not a cursor this page gave") from exc
    want = [int, str, str] if sort == "reports" else [str] if sort == "id" else [str, str]
    if not isinstance(data, list) or data[:1] != [sort] or [type(x) for x in data[1:]] != want:
        raise BadRequest(f"after: not a cursor of the sort {sort!r}")
    return tuple(data[1:])


def page_of(reg: RegisterView, m: Matched, lq: LetterQuery) -> tuple[list[dict[str, Any]], str | None]:
    """The letters after the cursor (keyset: by sort key, not by position), at most ``limit``, and the
    cursor of the next page (None on the last)."""
    after = decode_cursor(lq.after, lq.sort) if lq.after else None
    with reg.store.connect() as conn:
        ids = sql.ordered_ids(conn, m.filter, lq.sort, after, lq.limit + 1)
    rows = list(reg.letters(ids).values())
    shown = rows[: lq.limit]
    more = len(rows) > lq.limit
    return shown, encode_cursor(lq.sort, sort_key(lq.sort, shown[-1])) if more and shown else None


def year_of(c: dict[str, Any]) -> str:
    """The year a letter's interval begins in (``UNDATED`` when it has no date)."""
    start = c["date"]["earliest"] or c["date"]["latest"]
    return start[:4] if start else UNDATED
