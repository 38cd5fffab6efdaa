"""The register's filtered queries in SQL (SQLAlchemy Core), shared by the CLI's ``letters`` and the web UI.

Each filter is a condition on ``communications`` that an index answers (the indexes and the
``comm_parties`` table of ``store.QUERY_SCHEMA``): a party through ``comm_parties``, a kind and the date
order through ``ix_comm_kind_date`` and ``ix_comm_date``, a date range or a year through the date
indexes (the widest interval in the register bounds how far before a range a letter may begin), an
outlet through ``ix_reports_outlet``, the letters a search finds by their ids (``among``: found through
indexes by ``web.letter_search``). Letters are ordered by an indexed key and paged by keyset (the key
of the last one shown), so that a later page costs what the first does. The semantics are those of the
Python filters they replace (``query.in_range``, ``web.register_view.years``), spelt out beside each.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Integer,
    Select,
    and_,
    case,
    cast,
    column,
    false,
    func,
    literal_column,
    or_,
    select,
    text,
    tuple_,
)

from .store import comm_mentions, comm_parties, communications, reports

C = communications.c
P = comm_parties.c
M = comm_mentions.c
# Spelt as the expression of ``ix_comm_date`` (store.DATE_KEY_SQL): the literal, not a bound parameter.
DATE_KEY = func.coalesce(C.earliest, C.latest, literal_column("'9999'"))
UNDATED = "undated"
MAX_YEARS = 50  # a letter dated only to a wider span than this is not listed under each year

Cond = ColumnElement[bool]
Key = tuple[Any, ...]


def max_width(conn: Connection) -> int:
    """Days between the ends of the widest dated interval in the register (``ix_comm_width``: one lookup)."""
    width = conn.execute(select(func.max(func.julianday(C.latest) - func.julianday(C.earliest)))).scalar()
    return max(0, math.ceil(width or 0))


def _days_before(day: str, days: int) -> str:
    """The ISO day ``days`` before ``day`` (the first day of year 1 when that is earlier)."""
    try:
        return (dt.date.fromisoformat(day) - dt.timedelta(days=days)).isoformat()
    except (OverflowError, ValueError):
        return "0001-01-01"


# Every date filter splits the letters in two, each read in date order through its own index: those
# dated at both ends (``ix_comm_date``, a range of it) and the others (``ix_comm_open_date``, a partial
# index of those alone: spelt here as its WHERE is).
CLOSED = and_(C.earliest.is_not(None), C.latest.is_not(None))
OPEN = or_(C.earliest.is_(None), C.latest.is_(None))


@dataclass(frozen=True)
class Dates:
    """A date filter as two disjoint conditions: on the letters dated at both ends, and on the others."""

    closed: Cond
    open: Cond

    def __and__(self, other: Dates) -> Dates:
        return Dates(and_(self.closed, other.closed), and_(self.open, other.open))

    def branches(self) -> list[list[Cond]]:
        """The two conditions, each with the one that splits the letters (so each meets its index)."""
        return [[CLOSED, self.closed], [OPEN, self.open]]


def in_dates(conn: Connection, since: str | None, until: str | None) -> Dates | None:
    """Letters whose date interval may fall between the ISO days ``since`` and ``until`` (``query.in_range``:
    an open end of the interval, or no date at all, may). None when neither is given."""
    if not since and not until:
        return None
    exact = []
    closed: list[Cond] = []
    if since:
        exact.append(or_(C.latest.is_(None), C.latest >= since))
        closed.append(DATE_KEY >= _days_before(since, max_width(conn)))  # DATE_KEY is ``earliest`` here
    if until:
        exact.append(or_(C.earliest.is_(None), C.earliest <= until))
        closed.append(DATE_KEY <= until)
    return Dates(and_(*closed, *exact), and_(*exact))


def in_years(conn: Connection, wanted: Iterable[str]) -> Dates:
    """Letters whose interval touches one of the ``wanted`` years (``register_view.years``: each year from
    the first to the last when both are known and at most ``MAX_YEARS`` apart, else the year of the one
    known end; ``undated`` for none). Any case; a value that is no year matches nothing."""
    closed: list[Cond] = []
    open_: list[Cond] = []
    width: int | None = None
    for value in sorted({v.casefold() for v in wanted}):
        if value == UNDATED:
            open_.append(and_(DATE_KEY == "9999", C.earliest.is_(None), C.latest.is_(None)))
        elif re.fullmatch(r"[0-9]{4}", value):
            width = max_width(conn) if width is None else width
            nxt = f"{int(value) + 1:04d}"
            lo_year, hi_year = func.substr(C.earliest, 1, 4), func.substr(C.latest, 1, 4)
            span = cast(hi_year, Integer) - cast(lo_year, Integer)
            spread = case(
                (span <= MAX_YEARS, and_(lo_year <= value, hi_year >= value)), else_=lo_year == value
            )
            closed.append(and_(DATE_KEY >= _days_before(f"{value}-01-01", width), DATE_KEY < nxt, spread))
            # the one known end is DATE_KEY here: a range of ``ix_comm_open_date`` (never the undated)
            open_.append(
                and_(DATE_KEY >= value, DATE_KEY < nxt, or_(C.earliest.is_not(None), C.latest.is_not(None)))
            )
    return Dates(or_(*closed) if closed else false(), or_(*open_) if open_ else false())


def with_parties(ids: Iterable[str]) -> Cond:
    """Letters one of the entities ``ids`` sent or received."""
    ids = sorted(set(ids))
    if not ids:
        return false()
    return C.id.in_(select(P.communication_id).where(P.entity_id.in_(ids)))


def of_kinds(kinds: Iterable[str]) -> Cond:
    """Letters of one of ``kinds`` (as stored)."""
    return C.kind.in_(sorted(set(kinds)))


def from_outlets(outlets: Iterable[str]) -> Cond:
    """Letters carried by a report of one of ``outlets`` (as stored)."""
    carried = select(M.communication_id).join(reports, reports.c.id == M.report_id)
    return C.id.in_(carried.where(reports.c.outlet.in_(sorted(set(outlets)))))


def in_reports(rids: Iterable[str] | Select[Any]) -> Cond:
    """Letters one of the reports ``rids`` carries (ids, or a query of them)."""
    ids = rids if isinstance(rids, Select) else sorted(set(rids))
    return C.id.in_(select(M.communication_id).where(M.report_id.in_(ids)))


def among(ids: str, probe: bool = False) -> Cond:
    """Letters whose id is one of ``ids`` (a JSON array of any number of them, from ``json_ids``: read by
    ``json_each``), each looked up by its id; with ``probe``, not: each letter another index reads (the
    date index, in order) is looked up among them instead, so that a page of a great many stops after
    its rows."""
    chosen: Select[Any] = select(column("value")).select_from(func.json_each(ids))
    return (C.id.concat("") if probe else C.id).in_(chosen)


def json_ids(ids: Iterable[str]) -> str:
    """``ids`` as the JSON array ``among`` reads (each once, in no order: tens of thousands are not sorted)."""
    return json.dumps(list(set(ids)))


def distinct_values(conn: Connection, column: Any) -> list[str]:
    """The distinct non-empty values of an indexed column, one index lookup each (not a scan)."""
    out: list[str] = []
    while True:
        q = select(func.min(column)).where(column > out[-1] if out else column.is_not(None))
        value = conn.execute(q).scalar()
        if value is None:
            return [v for v in out if v]
        out.append(value)


def where(conds: Iterable[Cond | None]) -> list[Cond]:
    """The given conditions (None left out)."""
    return [c for c in conds if c is not None]


Bucket = Callable[[str, str], bool]  # the years of a letter's ends ('' for none) -> whether it is kept


def year_bucket(wanted: Iterable[str]) -> Bucket:
    """``in_years`` on the years of a letter's ends alone (``register_tally``'s buckets)."""
    folded = {v.casefold() for v in wanted}
    return lambda lo, hi: not folded.isdisjoint(years(lo or None, hi or None))


def range_bucket(since: str | None, until: str | None) -> Bucket | None:
    """``in_dates`` on the years of a letter's ends alone, when the range runs from the first day of a year
    to the last of one (else None: the years do not tell)."""
    if (since and not since.endswith("-01-01")) or (until and not until.endswith("-12-31")):
        return None
    first, last = (since or "")[:4], (until or "")[:4]
    return lambda lo, hi: (not first or not hi or hi >= first) and (not last or not lo or lo <= last)


@dataclass(frozen=True)
class Filter:
    """Conditions every letter kept meets, and the date filter (if any) that splits them in two; ``bucket``:
    that date filter on the years of a letter's ends alone, when they tell (its counts are then read from
    ``register_tally``)."""

    conds: list[Cond]
    dates: Dates | None = None
    bucket: Bucket | None = None
    # ``conds`` as a page read in order has them, where they differ (``among``'s probe)
    probed: list[Cond] | None = None

    @property
    def tallied(self) -> bool:
        """Whether what it keeps is a sum of ``register_tally``'s date buckets (a date filter alone)."""
        return not self.conds and (self.dates is None or self.bucket is not None)

    def branches(self, paged: bool = False) -> list[list[Cond]]:
        """Disjoint lists of conditions whose letters together are those kept: a query is run once for
        each (and its counts summed) so that each branch is read through its own index. ``paged``: as a
        page read in order has them (``probed``)."""
        conds = self.probed if paged and self.probed is not None else self.conds
        if self.dates is None:
            return [conds]
        return [conds + b for b in self.dates.branches()]

    @property
    def everything(self) -> bool:
        """Whether nothing is filtered."""
        return not self.conds and self.dates is None


def dates_of(*filters: Dates | None) -> Dates | None:
    """The date filters given, together (None when none is)."""
    given = [d for d in filters if d is not None]
    out = given[0] if given else None
    for d in given[1:]:
        out = out & d if out is not None else d
    return out


# ------------------------------------------------------------------ order and keyset paging

SORT_KEYS = ("date", "-date", "reports", "id")


def report_count() -> Any:
    """How many reports carry a letter (a correlated count: the sort ``reports`` has no index)."""
    return select(func.count(func.distinct(M.report_id))).where(M.communication_id == C.id).scalar_subquery()


def sort_columns(sort: str) -> list[Any]:
    """The key of a letter under ``sort`` (the web UI's sorts: date, -date, reports, id), the id last so
    that keys are unique."""
    if sort == "id":
        return [C.id]
    if sort == "reports":
        return [-report_count(), DATE_KEY, C.id]
    return [DATE_KEY, C.id]


def ordered_ids(
    conn: Connection, f: Filter, sort: str = "date", after: Key | None = None, limit: int | None = None
) -> list[str]:
    """Ids of the letters ``f`` keeps, in the order ``sort`` asks for, after the key ``after`` (keyset
    paging: the key of the last letter of the page before), at most ``limit``."""
    cols = sort_columns(sort)
    back = sort.startswith("-")
    rows: list[Any] = []
    for conds in f.branches(paged=limit is not None):  # each in order through its index; merged below
        q: Select[Any] = select(*cols).where(*conds)
        if after is not None:
            q = q.where(tuple_(*cols) < tuple_(*after) if back else tuple_(*cols) > tuple_(*after))
        q = q.order_by(*(c.desc() for c in cols) if back else cols)
        rows += conn.execute(q if limit is None else q.limit(limit)).tuples().all()
    if len(f.branches()) > 1:
        rows.sort(key=tuple, reverse=back)
    return [r[-1] for r in (rows if limit is None else rows[:limit])]


def count(conn: Connection, f: Filter) -> int:
    """How many letters ``f`` keeps."""
    q = select(func.count()).select_from(communications)
    return sum(int(conn.execute(q.where(*conds)).scalar_one()) for conds in f.branches())


# ------------------------------------------------------------------ facet counts


def facet_counts(conn: Connection, name: str, f: Filter) -> Counter[str]:
    """Value -> how many of the letters ``f`` keeps have it, for facet ``name`` (party: an entity id, once
    per letter whatever its roles; kind; year, as ``in_years`` reads it; outlet: of a report carrying
    it). Counted over each branch of ``f`` (they are disjoint) and summed."""
    out: Counter[str] = Counter()
    for conds in f.branches():
        out.update(_facet_counts(conn, name, conds))
    return out


def _facet_counts(conn: Connection, name: str, conds: list[Cond]) -> Counter[str]:
    out: Counter[str] = Counter()
    chosen = select(C.id).where(*conds) if conds else None
    if name == "kind":
        kind = C.kind.concat("")  # grouped by a value no index holds: the filter's own index is read
        q = select(kind, func.count()).where(*conds).group_by(kind)
        out.update({k: n for k, n in conn.execute(q).tuples()})
    elif name == "year":
        lo, hi = func.substr(C.earliest, 1, 4), func.substr(C.latest, 1, 4)
        for a, b, n in conn.execute(select(lo, hi, func.count()).where(*conds).group_by(lo, hi)).tuples():
            for y in years(a, b):
                out[y] += n
    elif name == "party":
        q = select(P.entity_id, func.count(func.distinct(P.communication_id)))
        if chosen is not None:
            q = q.where(P.communication_id.in_(chosen))
        # tens of thousands of rows at scale: read as the driver gives them (plain tuples)
        out.update(dict(conn.execute(q.group_by(P.entity_id)).cursor.fetchall()))
    else:  # each letter's outlets, kept by triggers (``register_tally``): no mention or report read
        from .register_tally import outlets_of

        if chosen is None:
            out.update({o: n for o, n in conn.execute(text(_OUTLETS_OF_EVERY)).tuples()})
        else:
            out.update({o: n for o, n in conn.execute(outlets_of(chosen)).tuples()})
    return out


_OUTLETS_OF_EVERY = "SELECT outlet, count(*) FROM comm_outlets GROUP BY outlet"


def years(lo: str | None, hi: str | None) -> list[str]:
    """The years an interval with these ends touches (``[UNDATED]`` when it has none)."""
    if lo and hi and int(hi[:4]) - int(lo[:4]) <= MAX_YEARS:
        return [str(y) for y in range(int(lo[:4]), int(hi[:4]) + 1)]
    known = lo or hi
    return [known[:4]] if known else [UNDATED]
