"""Counts of the register kept by triggers (schema v7), so that the web UI's totals and facet counts of
the whole register, and those of a date filter alone, are read, not counted (issue 10, the register at
scale).

- ``comm_tally``: letters per kind and date bucket, the years of the two ends (``lo``, ``hi``: the first
  four characters of ``earliest`` and ``latest``, '' when missing). Whether a letter is kept by a year
  (``register_sql.in_years``) depends on these alone, and so does a date range from the first day of a
  year to the last of one (``register_sql.in_dates``): their counts are sums over the buckets.
- ``party_tally``: letters per party (an entity that sent or received it, once whatever its roles).
- ``comm_outlets``: each letter's outlets (of a report that tells it: how many mentions), and
  ``outlet_tally``: letters per outlet.

Triggers in plain SQL keep them whatever writes the tables; :func:`empty` empties them with the register
as the link stage does (whole, not row by row).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, text

from .store_query_schema import empty_communications

Bucket = Callable[[str, str], bool]  # (lo, hi) -> whether a filter keeps the letters of that bucket


def _lo(row: str) -> str:
    return f"coalesce(substr({row}.earliest, 1, 4), '')"


def _hi(row: str) -> str:
    return f"coalesce(substr({row}.latest, 1, 4), '')"


def _comm(row: str, sign: str) -> str:
    return (
        f"INSERT INTO comm_tally (kind, lo, hi, n) VALUES ({row}.kind, {_lo(row)}, {_hi(row)}, {sign}1) "
        f"ON CONFLICT (kind, lo, hi) DO UPDATE SET n = n {sign} 1;"
    )


def _party(row: str, sign: str) -> str:
    return (
        f"INSERT INTO party_tally (entity_id, n) VALUES ({row}.entity_id, {sign}1) "
        f"ON CONFLICT (entity_id) DO UPDATE SET n = n {sign} 1;"
    )


def _mention(row: str, sign: str) -> str:
    """A mention ``row`` counted in (+) or out of (-) its letter's outlets (that of its report)."""
    if sign == "+":
        return (
            "INSERT INTO comm_outlets (communication_id, outlet, n) "
            f"SELECT {row}.communication_id, r.outlet, 1 FROM reports AS r WHERE r.id = {row}.report_id "
            "AND r.outlet IS NOT NULL AND r.outlet != '' ON CONFLICT (communication_id, outlet) DO UPDATE SET n = n + 1;"
        )
    return (
        f"UPDATE comm_outlets SET n = n - 1 WHERE communication_id = {row}.communication_id "
        f"AND outlet = (SELECT r.outlet FROM reports AS r WHERE r.id = {row}.report_id); "
        f"DELETE FROM comm_outlets WHERE communication_id = {row}.communication_id AND n <= 0;"
    )


def _report(row: str, sign: str) -> str:
    """Every mention of report ``row`` counted in (+) or out of (-) its letter's outlets."""
    mentioned = f"SELECT m.communication_id FROM comm_mentions AS m WHERE m.report_id = {row}.id"
    if sign == "+":
        return (
            f"INSERT INTO comm_outlets (communication_id, outlet, n) SELECT m.communication_id, {row}.outlet, 1 "
            f"FROM comm_mentions AS m WHERE m.report_id = {row}.id AND {row}.outlet IS NOT NULL "
            f"AND {row}.outlet != '' ON CONFLICT (communication_id, outlet) DO UPDATE SET n = n + 1;"
        )
    return (
        f"UPDATE comm_outlets SET n = n - (SELECT count(*) FROM comm_mentions AS m WHERE m.report_id = {row}.id "
        f"AND m.communication_id = comm_outlets.communication_id) WHERE outlet = {row}.outlet "
        f"AND communication_id IN ({mentioned}); "
        f"DELETE FROM comm_outlets WHERE outlet = {row}.outlet AND n <= 0 AND communication_id IN ({mentioned});"
    )


_OTHER_ROLE = (
    "(SELECT 1 FROM comm_parties AS p WHERE p.entity_id = {r}.entity_id "
    "AND p.communication_id = {r}.communication_id{more})"
)
_TRIGGERS = {
    "tally_comm_insert": f"AFTER INSERT ON communications BEGIN {_comm('NEW', '+')} END",
    "tally_comm_delete": f"AFTER DELETE ON communications BEGIN {_comm('OLD', '-')} END",
    "tally_comm_update": (
        f"AFTER UPDATE OF kind, earliest, latest ON communications BEGIN {_comm('OLD', '-')} {_comm('NEW', '+')} END"
    ),
    "tally_party_insert": "AFTER INSERT ON comm_parties WHEN NOT EXISTS "
    + _OTHER_ROLE.format(r="NEW", more=" AND p.role != NEW.role")
    + f" BEGIN {_party('NEW', '+')} END",
    "tally_party_delete": "AFTER DELETE ON comm_parties WHEN NOT EXISTS "
    + _OTHER_ROLE.format(r="OLD", more="")
    + f" BEGIN {_party('OLD', '-')} END",
    "tally_mention_insert": f"AFTER INSERT ON comm_mentions BEGIN {_mention('NEW', '+')} END",
    "tally_mention_delete": f"AFTER DELETE ON comm_mentions BEGIN {_mention('OLD', '-')} END",
    "tally_mention_update": (
        "AFTER UPDATE OF communication_id, report_id ON comm_mentions BEGIN "
        f"{_mention('OLD', '-')} {_mention('NEW', '+')} END"
    ),
    "tally_report_insert": f"AFTER INSERT ON reports BEGIN {_report('NEW', '+')} END",
    "tally_report_delete": f"AFTER DELETE ON reports BEGIN {_report('OLD', '-')} END",
    "tally_report_update": f"AFTER UPDATE OF id, outlet ON reports BEGIN {_report('OLD', '-')} {_report('NEW', '+')} END",
    "tally_outlet_insert": (
        "AFTER INSERT ON comm_outlets BEGIN INSERT INTO outlet_tally (outlet, n) VALUES (NEW.outlet, 1) "
        "ON CONFLICT (outlet) DO UPDATE SET n = n + 1; END"
    ),
    "tally_outlet_delete": (
        "AFTER DELETE ON comm_outlets BEGIN UPDATE outlet_tally SET n = n - 1 WHERE outlet = OLD.outlet; END"
    ),
}
_DELETES = ("tally_comm_delete", "tally_party_delete", "tally_mention_delete", "tally_outlet_delete")

TALLY_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS comm_tally (kind VARCHAR NOT NULL, lo VARCHAR NOT NULL, hi VARCHAR NOT NULL, "
    "n INTEGER NOT NULL, PRIMARY KEY (kind, lo, hi)) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS party_tally (entity_id VARCHAR NOT NULL PRIMARY KEY, n INTEGER NOT NULL) "
    "WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS comm_outlets (communication_id VARCHAR NOT NULL, outlet VARCHAR NOT NULL, "
    "n INTEGER NOT NULL, PRIMARY KEY (communication_id, outlet)) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS outlet_tally (outlet VARCHAR NOT NULL PRIMARY KEY, n INTEGER NOT NULL) "
    "WITHOUT ROWID",
    # counted once from what the register holds (a register made before), then kept by the triggers
    f"INSERT OR IGNORE INTO comm_tally (kind, lo, hi, n) SELECT c.kind, {_lo('c')}, {_hi('c')}, count(*) "
    f"FROM communications AS c GROUP BY 1, 2, 3",
    "INSERT OR IGNORE INTO party_tally (entity_id, n) SELECT entity_id, count(DISTINCT communication_id) "
    "FROM comm_parties GROUP BY entity_id",
    "INSERT OR IGNORE INTO comm_outlets (communication_id, outlet, n) SELECT m.communication_id, r.outlet, "
    "count(*) FROM comm_mentions AS m JOIN reports AS r ON r.id = m.report_id "
    "WHERE r.outlet IS NOT NULL AND r.outlet != '' GROUP BY 1, 2",
    "INSERT OR IGNORE INTO outlet_tally (outlet, n) SELECT outlet, count(*) FROM comm_outlets GROUP BY outlet",
    *(f"CREATE TRIGGER IF NOT EXISTS {name} {body}" for name, body in _TRIGGERS.items()),
)


def empty(conn: Connection) -> None:
    """Delete every communication (``store_query_schema.empty_communications``) and mention, and their
    counts, in the caller's transaction, whole: as the link stage empties the register."""
    for name in _DELETES:
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    empty_communications(conn)
    for t in ("comm_mentions", "comm_tally", "party_tally", "comm_outlets", "outlet_tally"):
        conn.exec_driver_sql(f"DELETE FROM {t}")
    for name in _DELETES:
        conn.exec_driver_sql(f"CREATE TRIGGER IF NOT EXISTS {name} {_TRIGGERS[name]}")


def whole(conn: Connection, name: str) -> Counter[str]:
    """Value -> letters of the whole register, for facet ``name`` (as ``register_sql.facet_counts`` counts
    them with no filter), read from the tallies."""
    if name in ("kind", "year"):
        return buckets(conn, name, lambda _lo, _hi: True)
    q = "SELECT entity_id, n FROM party_tally" if name == "party" else "SELECT outlet, n FROM outlet_tally"
    return Counter({v: int(n) for v, n in conn.execute(text(f"{q} WHERE n > 0")).tuples()})


def buckets(conn: Connection, name: str, keep: Bucket) -> Counter[str]:
    """Value -> letters of the date buckets ``keep`` keeps, for facet ``name`` ('kind', 'year', or ''
    for their number under the value '')."""
    from .register_sql import years

    out: Counter[str] = Counter()
    rows = conn.execute(text("SELECT kind, lo, hi, n FROM comm_tally WHERE n > 0")).tuples()
    for kind, lo, hi, n in rows:
        if keep(lo, hi):
            for v in years(lo or None, hi or None) if name == "year" else [kind if name == "kind" else ""]:
                out[v] += int(n)
    return out


def total(conn: Connection) -> int:
    """How many letters the register holds."""
    return int(conn.execute(text("SELECT coalesce(sum(n), 0) FROM comm_tally")).scalar_one())


def outlets_of(chosen: Any) -> Any:
    """SQL (Core): outlet -> letters among those of the query ``chosen`` (of communication ids), from each
    letter's outlets (``comm_outlets``), not its mentions' reports."""
    from sqlalchemy import column, func, select, table

    co = table("comm_outlets", column("communication_id"), column("outlet"))
    q = select(co.c.outlet, func.count()).where(co.c.communication_id.in_(chosen))
    return q.group_by(co.c.outlet)
