"""``lettertrace correct ...`` and ``lettertrace corrections ...``: analysts' corrections (issue 12).

Added to the main app by :mod:`lettertrace.cli`; like it, importing this module loads Typer only: each
command imports the register and :mod:`lettertrace.corrections` when it runs.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from . import cli

if TYPE_CHECKING:
    from .store import Store

correct_app = typer.Typer(
    help="Correct the register: each correction survives re-ingest, relink and rebuild (see `corrections`).",
    no_args_is_help=True,
)
corrections_app = typer.Typer(invoke_without_command=True)

DbOpt = Annotated[Path, typer.Option("--db", help="Register file (SQLite).")]  # as cli.DbOpt
DEFAULT_DB = Path("lettertrace.db")
WhyOpt = Annotated[str, typer.Option("--why", help="Why (required): the evidence for the correction.")]
ByOpt = Annotated[
    str | None, typer.Option("--by", help="Who corrects (default: $LETTERTRACE_USER, else your login name).")
]
CommArg = Annotated[
    str, typer.Argument(help="The communication id (c-…), as `lettertrace letters` lists it.")
]


def _fail(problem: str, status: int = 2) -> None:
    cli.err.print(f"error: {cli.one_line(problem)}", soft_wrap=True)
    raise typer.Exit(status)


def _entity_key(store: Store, name: str) -> dict[str, Any]:
    from . import query

    try:
        hit = query.find_entity(store, name)
    except query.AmbiguousName as exc:
        cli.err.print(f"error: {exc}; name one by its id:", soft_wrap=True)
        for e in exc.candidates:
            cli.err.print(f"  {e['id']}  {e['name']} ({e['type']})", soft_wrap=True)
        raise typer.Exit(2) from exc
    if hit is None:
        _fail(f"no entity answers to {name!r} (`lettertrace entities` lists them)")
        raise AssertionError  # unreachable: _fail exits
    return {"name": hit["name"], "id": hit["id"]}


def _comm_target(store: Store, comm: str) -> dict[str, Any]:
    from . import corrections

    with store.connect() as conn:
        try:
            return {"comm": corrections.comm_key(conn, comm.strip())}
        except corrections.CorrectionError as exc:
            _fail(str(exc))
            raise AssertionError from exc


def _record(db: Path, kind: str, target: Any, value: Any, why: str, by: str | None, what: str) -> None:
    from . import corrections

    if not why or not why.strip():  # Typer leaves an option without default None when it is not given
        _fail("a correction needs a reason: --why TEXT")
    with cli._reading(db) as store:
        try:
            cid = corrections.add(store, kind, target, value, why, by)
        except corrections.CorrectionError as exc:
            _fail(str(exc))
        row = next(c for c in corrections.listing(store) if c["id"] == cid)
    state = row["status"] if row["status"] == "applied" else f"{row['status']}: {row['note']}"
    cli.out.print(f"correction {cid} ({state}): {what}", markup=False, soft_wrap=True)


@correct_app.command("sender")
def correct_sender(
    comm: CommArg,
    entity: Annotated[str, typer.Argument(help="The sender: an entity id or name; 'unknown' for none.")],
    why: WhyOpt,
    by: ByOpt = None,
    db: DbOpt = DEFAULT_DB,
) -> None:
    """Set a communication's sender.

    Example: lettertrace correct sender c-1234abcd "Ida Ostrova" --why "the report's second paragraph names her"
    """
    with cli._reading(db) as store:
        target = _comm_target(store, comm)
        value = {"entity": None if entity.strip().lower() == "unknown" else _entity_key(store, entity)}
    who = value["entity"]["name"] if value["entity"] else "unknown"
    _record(db, "sender", target, value, why, by, f"sender of {comm} -> {who}")


@correct_app.command("recipients")
def correct_recipients(
    comm: CommArg,
    entity: Annotated[list[str], typer.Argument(help="Each recipient: an entity id or name.")],
    why: WhyOpt,
    by: ByOpt = None,
    db: DbOpt = DEFAULT_DB,
) -> None:
    """Set (replace) a communication's recipients.

    Example: lettertrace correct recipients c-1234abcd "Tomas Kettle" "Alma Verhoeven" --why "addressed to both"
    """
    with cli._reading(db) as store:
        target = _comm_target(store, comm)
        ents = [_entity_key(store, e) for e in entity]
    names = ", ".join(e["name"] for e in ents)
    _record(db, "recipients", target, {"entities": ents}, why, by, f"recipients of {comm} -> {names}")


def date_value(earliest: str, latest: str | None, precision: str | None) -> dict[str, Any] | str:
    """The interval from YYYY[-MM[-DD]] bounds (the first day of ``earliest``, the last of ``latest``)
    and its precision (given, else the unit both bounds share); a problem as one sentence."""
    from . import query

    if precision is not None and precision not in ("day", "month", "year", "unknown"):
        return f"--precision must be day, month, year or unknown, not {precision!r}"
    try:
        lo = query.parse_day(earliest)
        hi = query.parse_day(latest or earliest, end=True)
    except ValueError as exc:
        return str(exc)
    if lo > hi:
        return f"the interval ends ({hi}) before it starts ({lo})"
    if precision is None:
        a, b = dt.date.fromisoformat(lo), dt.date.fromisoformat(hi)
        if a == b:
            precision = "day"
        elif (a.year, a.month) == (b.year, b.month) and a.day == 1 and (b + dt.timedelta(days=1)).day == 1:
            precision = "month"
        elif a.year == b.year and (a.month, a.day, b.month, b.day) == (1, 1, 12, 31):
            precision = "year"
        else:
            precision = "unknown"
    return {"earliest": lo, "latest": hi, "precision": precision}


@correct_app.command("date")
def correct_date(
    comm: CommArg,
    earliest: Annotated[
        str, typer.Argument(help="The date, or the interval's start: YYYY, YYYY-MM or YYYY-MM-DD.")
    ],
    why: WhyOpt,
    latest: Annotated[
        str | None,
        typer.Argument(help="The interval's end (default: the end of EARLIEST's day, month or year)."),
    ] = None,
    precision: Annotated[
        str | None, typer.Option(help="day, month, year or unknown (default: what the bounds span).")
    ] = None,
    by: ByOpt = None,
    db: DbOpt = DEFAULT_DB,
) -> None:
    """Set a communication's date interval and its precision.

    Example: lettertrace correct date c-1234abcd 2022-03 --why "the letter is dated March in the original"
    """
    value = date_value(earliest, latest, precision)
    if isinstance(value, str):
        _fail(value)
        return
    with cli._reading(db) as store:
        target = _comm_target(store, comm)
    span = f"{value['earliest']}..{value['latest']} ({value['precision']})"
    _record(db, "date", target, value, why, by, f"date of {comm} -> {span}")


@correct_app.command("reject")
def correct_reject(comm: CommArg, why: WhyOpt, by: ByOpt = None, db: DbOpt = DEFAULT_DB) -> None:
    """Reject a communication: it leaves every list and export (the reports and the correction keep it; undo
    brings it back).

    Example: lettertrace correct reject c-1234abcd --why "the report tells of a planned letter, never sent"
    """
    with cli._reading(db) as store:
        target = _comm_target(store, comm)
    _record(db, "reject", target, None, why, by, f"{comm} rejected")


@correct_app.command("merge-entities")
def correct_merge(
    keep: Annotated[str, typer.Argument(help="The entity that stays (id or name).")],
    drop: Annotated[
        str, typer.Argument(help="The entity that joins it (id or name): its name becomes an alias.")
    ],
    why: WhyOpt,
    by: ByOpt = None,
    db: DbOpt = DEFAULT_DB,
) -> None:
    """Merge two entities that are one person, organisation or state.

    Example: lettertrace correct merge-entities "Ida Ostrova" e-chancellor-ostrova --why "the same chancellor"
    """
    with cli._reading(db) as store:
        k, d = _entity_key(store, keep), _entity_key(store, drop)
    if k["id"] == d["id"]:
        _fail(f"{keep!r} and {drop!r} are one entity already ({k['id']})")
    _record(
        db, "merge_entities", {"keep": k, "drop": d}, None, why, by, f"{d['name']} merged into {k['name']}"
    )


def _describe(c: dict[str, Any]) -> tuple[str, str]:
    """What a correction is about, and the value it sets, for the listing."""
    t: Any = c["target"]
    v: Any = (c["payload"] or {}).get("value")
    if c["kind"] == "merge_entities":
        return f"{t['drop']['name']} -> {t['keep']['name']}", "merged"
    key = t["comm"]
    about = (
        c["applied_to"]
        or f"{key.get('id')} ({Path(str(key.get('source') or '?')).name} {key['start']}-{key['end']})"
    )
    if c["kind"] == "sender":
        return about, v["entity"]["name"] if v.get("entity") else "unknown"
    if c["kind"] == "recipients":
        return about, ", ".join(e["name"] for e in v["entities"])
    if c["kind"] == "date":
        return about, f"{v['earliest']}..{v['latest']} ({v['precision']})"
    return about, "rejected"


@corrections_app.callback()
def corrections_list(
    ctx: typer.Context,
    orphaned: Annotated[bool, typer.Option("--orphaned", help="Only those whose evidence is gone.")] = False,
    db: DbOpt = DEFAULT_DB,
) -> None:
    """List the corrections: what each sets, who made it, when and why, and whether it applies now.

    Example: lettertrace corrections --orphaned --db register.db
    """
    if ctx.invoked_subcommand is not None:
        return
    from rich.table import Table

    from . import corrections

    with cli._reading(db) as store:
        rows = corrections.listing(store, orphaned=orphaned)
    if not rows:
        cli.out.print("no orphaned corrections" if orphaned else "no corrections", markup=False)
        return
    table = Table("id", "status", "kind", "about", "value", "by", "when", "why")
    for c in rows:
        about, value = _describe(c)
        status = c["status"] + (f": {c['note']}" if c["note"] else "")
        table.add_row(str(c["id"]), status, c["kind"], about, value, c["who"], c["at"][:19], c["why"])
    cli.out.print(table)


def _relink(store: Store) -> None:
    from . import link

    link.relink(store)
    store.mark_linked()


@corrections_app.command("undo")
def corrections_undo(
    correction: Annotated[
        int, typer.Argument(help="The correction's id (as `lettertrace corrections` lists it).")
    ],
    by: ByOpt = None,
    db: DbOpt = DEFAULT_DB,
) -> None:
    """Undo a correction (it stays in the list, marked undone); the register is rebuilt from its reports.

    Example: lettertrace corrections undo 3 --db register.db
    """
    from . import corrections

    with cli._reading(db) as store:
        try:
            corrections.undo(store, correction, by)
        except corrections.CorrectionError as exc:
            _fail(str(exc))
        _relink(store)
    cli.out.print(f"correction {correction} undone", markup=False)


@corrections_app.command("export")
def corrections_export(
    file: Annotated[Path, typer.Argument(help="The JSON file to write.")],
    db: DbOpt = DEFAULT_DB,
) -> None:
    """Write every correction (undone ones too) to a JSON file another register can import.

    Example: lettertrace corrections export fixes.json --db register.db
    """
    from . import corrections

    with cli._reading(db) as store:
        data = corrections.export_data(store)
    try:
        file.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    except OSError as exc:
        _fail(f"cannot write {file}: {exc.strerror or exc}", 1)
    cli.err.print(f"wrote {len(data['corrections'])} corrections to {file}", markup=False, soft_wrap=True)


@corrections_app.command("import")
def corrections_import(
    file: Annotated[Path, typer.Argument(help="A JSON file written by `lettertrace corrections export`.")],
    db: DbOpt = DEFAULT_DB,
) -> None:
    """Add the corrections of a file (those already here are skipped: importing twice changes nothing).
    A correction that sets what one here sets to another value is a conflict: listed, not imported (exit 1).

    Example: lettertrace corrections import fixes.json --db register.db
    """
    from . import corrections

    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        _fail(f"cannot read {file}: {exc}", 2)
    with cli._reading(db) as store:
        try:
            res = corrections.import_data(store, data)
        except corrections.CorrectionError as exc:
            _fail(str(exc))
        if res["undone"]:
            _relink(store)
    cli.out.print(
        f"{len(res['added'])} added, {len(res['undone'])} undone, {len(res['skipped'])} already here, "
        f"{len(res['conflicts'])} conflicts",
        markup=False,
    )
    for c in res["conflicts"]:
        item = c["item"]
        cli.err.print(
            f"conflict: {item['kind']} by {item['who']} ({item['why']}) differs from correction(s) "
            + ", ".join(str(i) for i in c["with"]),
            markup=False,
            soft_wrap=True,
        )
    if res["conflicts"]:
        raise typer.Exit(1)
