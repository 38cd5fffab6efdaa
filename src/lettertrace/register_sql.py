"""The register's filtered queries in SQL (SQLAlchemy Core), shared by the CLI's ``letters`` and the web UI.

Each filter is a condition on ``communications`` that an index answers (the indexes and the
``comm_parties`` table of ``store.QUERY_SCHEMA``): a party through ``comm_parties``, a kind and the date
order through ``ix_comm_kind_date`` and ``ix_comm_date``, a date range or a year through the date
indexes (the widest interval in the register bounds how far before a range a letter may begin), an
outlet through ``ix_reports_outlet``. Letters are ordered by an indexed key and paged by keyset (the key
of the last one shown), so that a later page costs what the first does. The semantics are those of the
Python filters they replace (``query.in_range``, ``web.register_view.years``), spelt out beside each.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from collections.abc import Iterable
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Integer,
    Select,
    and_,
    case,
    cast,
    false,
    func,
    literal_column,
    or_,
    select,
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


def in_dates(conn: Connection, since: str | None, until: str | None) -> Cond | None:
    """Letters whose date interval may fall between the ISO days ``since`` and ``until`` (``query.in_range``:
    an open end of the interval, or no date at all, may). None when neither is given."""
    if not since and not until:
        return None
    exact = []
    both: list[Cond] = [C.earliest.is_not(None), C.latest.is_not(None)]
    if since:
        exact.append(or_(C.latest.is_(None), C.latest >= since))
        both.append(DATE_KEY >= _days_before(since, max_width(conn)))  # DATE_KEY is ``earliest`` here
    if until:
        exact.append(or_(C.earliest.is_(None), C.earliest <= until))
        both.append(DATE_KEY <= until)
    return and_(or_(and_(*both), C.earliest.is_(None), C.latest.is_(None)), *exact)


def in_years(conn: Connection, wanted: Iterable[str]) -> Cond:
    """Letters whose interval touches one of the ``wanted`` years (``register_view.years``: each year from
    the first to the last when both are known and at most ``MAX_YEARS`` apart, else the year of the one
    known end; ``undated`` for none). Any case; a value that is no year matches nothing."""
    terms: list[Cond] = []
    width: int | None = None
    for value in {v.casefold() for v in wanted}:
        if value == UNDATED:
            terms.append(and_(C.earliest.is_(None), C.latest.is_(None)))
        elif re.fullmatch(r"[0-9]{4}", value):
            width = max_width(conn) if width is None else width
            nxt = f"{int(value) + 1:04d}"
            lo_year, hi_year = func.substr(C.earliest, 1, 4), func.substr(C.latest, 1, 4)
            span = cast(hi_year, Integer) - cast(lo_year, Integer)
            spread = case(
                (span <= MAX_YEARS, and_(lo_year <= value, hi_year >= value)), else_=lo_year == value
            )
            terms += [
                and_(
                    C.earliest.is_not(None),
                    C.latest.is_not(None),
                    DATE_KEY >= _days_before(f"{value}-01-01", width),
                    DATE_KEY < nxt,
                    spread,
                ),
                and_(C.earliest.is_(None), C.latest >= value, C.latest < nxt),
                and_(C.latest.is_(None), C.earliest >= value, C.earliest < nxt),
            ]
    return or_(*terms) if terms else false()


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


def in_reports(rids: Iterable[str]) -> Cond:
    """Letters one of the reports ``rids`` carries."""
    return C.id.in_(select(M.communication_id).where(M.report_id.in_(sorted(set(rids)))))


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


# ------------------------------------------------------------------ order and keyset paging

SORT_KEYS = ("date", "-date", "reports", "id")


def report_count() -> Any:
    """How many reports carry a letter (a correlated count: the sort ``reports`` has no index)."""
    return select(func.count(func.distinct(M.report_id))).where(M.communication_id == C.id).scalar_subquery()


def ordered_ids(
    conn: Connection,
    conds: list[Cond],
    sort: str = "date",
    after: Key | None = None,
    limit: int | None = None,
) -> list[str]:
    """Ids of the letters matching every condition, in the order ``sort`` asks for (the web UI's sorts:
    date, -date, reports, id; the id last so that keys are unique), after the key ``after`` (keyset
    paging: the key of the last letter of the page before), at most ``limit``."""
    q: Select[Any] = select(C.id).where(*conds)
    if sort == "id":
        cols: list[Any] = [C.id]
    elif sort == "reports":
        cols = [-report_count(), DATE_KEY, C.id]
    else:
        cols = [DATE_KEY, C.id]
    back = sort.startswith("-")
    if after is not None:
        q = q.where(tuple_(*cols) < tuple_(*after) if back else tuple_(*cols) > tuple_(*after))
    q = q.order_by(*(c.desc() for c in cols) if back else cols)
    if limit is not None:
        q = q.limit(limit)
    return list(conn.execute(q).scalars())


def count(conn: Connection, conds: list[Cond]) -> int:
    """How many letters match every condition."""
    return int(conn.execute(select(func.count()).select_from(communications).where(*conds)).scalar_one())


# ------------------------------------------------------------------ facet counts


def facet_counts(conn: Connection, name: str, conds: list[Cond]) -> Counter[str]:
    """Value -> how many of the letters matching ``conds`` have it, for facet ``name`` (party: an entity
    id, once per letter whatever its roles; kind; year, as ``in_years`` reads it; outlet: of a report
    carrying it)."""
    out: Counter[str] = Counter()
    chosen = select(C.id).where(*conds) if conds else None
    if name == "kind":
        q = select(C.kind, func.count()).where(*conds).group_by(C.kind)
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
        out.update({e: n for e, n in conn.execute(q.group_by(P.entity_id)).tuples()})
    else:
        outlet = reports.c.outlet
        q = select(outlet, func.count(func.distinct(M.communication_id))).join(
            reports, reports.c.id == M.report_id
        )
        q = q.where(outlet.is_not(None), outlet != "")
        if chosen is not None:
            q = q.where(M.communication_id.in_(chosen))
        out.update({o: n for o, n in conn.execute(q.group_by(outlet)).tuples()})
    return out


def years(lo: str | None, hi: str | None) -> list[str]:
    """The years an interval with these ends touches (``[UNDATED]`` when it has none)."""
    if lo and hi and int(hi[:4]) - int(lo[:4]) <= MAX_YEARS:
        return [str(y) for y in range(int(lo[:4]), int(hi[:4]) + 1)]
    known = lo or hi
    return [known[:4]] if known else [UNDATED]
