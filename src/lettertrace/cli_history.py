"""``lettertrace corrections ...``: the list of corrections (with the orphaned ones), undo, and sharing them
between registers (export / import). ``lettertrace correct ...`` is :mod:`lettertrace.cli_corrections`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from . import cli
from .cli_corrections import ByOpt, fail
from .cliargs import DEFAULT_DB, DbOpt

if TYPE_CHECKING:
    from .store import Store

corrections_app = typer.Typer(invoke_without_command=True)


@corrections_app.callback()
def corrections_list(
    ctx: typer.Context,
    orphaned: Annotated[bool, typer.Option("--orphaned", help="Only those whose evidence is gone.")] = False,
    db: DbOpt = DEFAULT_DB,
) -> None:
    """List the corrections: what each sets, who made it, when and why, the value it replaced, and whether
    it applies now (applied, orphaned with the reason, undone).

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
    table = Table("id", "status", "kind", "about", "value", "was", "by", "when", "why")
    for c in rows:
        status = c["status"] + (f": {c['note']}" if c["note"] else "")
        was = corrections.was_text(c["kind"], c["was"] if c["was"] is not None else c["payload"].get("was"))
        table.add_row(
            str(c["id"]),
            status,
            c["kind"],
            corrections.about(c),
            corrections.value_text(c),
            was,
            c["who"],
            c["at"][:19],
            c["why"],
        )
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
            fail(str(exc))
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
        fail(f"cannot write {file}: {exc.strerror or exc}", 1)
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
        fail(f"cannot read {file}: {exc}", 2)
    with cli._reading(db) as store:
        try:
            res = corrections.import_data(store, data)
        except corrections.CorrectionError as exc:
            fail(str(exc))
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
