"""The ``lettertrace`` command: a thin Typer layer over the core.

Each command opens the register, calls one core function and turns our own errors into a
one-line message and an exit code: 0 when all went well, 1 when some input failed, 2 on
usage errors.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from . import views
from .ingest import ingest_files, list_inputs
from .models import LettertraceError, Options
from .store import open_store

app = typer.Typer(
    help="lettertrace: a source-cited register of letters, messages and calls between political actors.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,  # locals hold report text and paths: only with --debug
)
out = Console()
# Messages name files and quote user input: "[draft] notes.txt" must print as it is, not as Rich markup.
err = Console(stderr=True, markup=False)

_DEBUG = {"on": False}


@app.callback()
def _global_options(
    debug: Annotated[
        bool, typer.Option("--debug", help="Show the traceback of an unexpected error, and pypdf's notes.")
    ] = False,
) -> None:
    """lettertrace: a source-cited register of letters, messages and calls between political actors."""
    _DEBUG["on"] = debug
    app.pretty_exceptions_show_locals = debug
    _debug_log(debug)


def _debug_log(on: bool) -> None:
    """Show lettertrace's DEBUG log lines (pypdf's notes on each PDF) on stderr, or stop showing them."""
    logger = logging.getLogger("lettertrace")
    for old in [h for h in logger.handlers if h.get_name() == "lettertrace-debug"]:
        logger.removeHandler(old)
    logger.setLevel(logging.DEBUG if on else logging.NOTSET)
    if on:
        handler = logging.StreamHandler(sys.stderr)
        handler.set_name("lettertrace-debug")
        handler.setFormatter(logging.Formatter("debug: %(message)s"))
        logger.addHandler(handler)


def one_line(text: str) -> str:
    """``text`` with line breaks and other control characters escaped, so one message stays one line."""
    try:  # a file name's undecodable bytes, kept by Python as surrogates, shown as \xNN
        text = str(text).encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeError:
        pass
    return "".join(ch if ch.isprintable() or ch == " " else repr(ch)[1:-1] for ch in str(text))


DbOpt = Annotated[Path, typer.Option("--db", help="Register file (SQLite).")]
DEFAULT_DB = Path("lettertrace.db")


def _open(db: Path, must_exist: bool = True):  # type: ignore[no-untyped-def]
    if must_exist and not db.exists():
        err.print(f"error: no register at {db} (run `lettertrace ingest PATH --db {db}` first)")
        raise typer.Exit(2)
    try:
        return open_store(db)
    except LettertraceError as exc:
        err.print(f"error: {exc}")
        raise typer.Exit(2) from exc


@app.command()
def ingest(
    paths: Annotated[
        list[Path], typer.Argument(help="Report files and folders (.txt .html .pdf .jsonl .warc).")
    ],
    db: DbOpt = DEFAULT_DB,
    max_mb: Annotated[float, typer.Option("--max-mb", help="Skip files larger than this many MB.")] = 20.0,
    no_prefilter: Annotated[
        bool, typer.Option("--no-prefilter", help="Run the full pipeline on every report.")
    ] = False,
) -> None:
    """Read reports, extract their correspondence and store it in the register.

    Re-ingesting the same bytes changes nothing; a changed file replaces that report's facts.

    Example: lettertrace ingest ../shared/corpus/dev --db register.db
    """
    options = Options(max_bytes=int(max_mb * 1024 * 1024), prefilter=not no_prefilter)
    store = _open(db, must_exist=False)
    files, skipped = list_inputs(paths)
    missing = [s for s in skipped if s[1].startswith("no such")]
    with Progress(
        TextColumn("[bold]ingesting"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.description}", markup=False),
        console=err,
        transient=True,
        disable=len(files) < 2,
    ) as bar:
        task = bar.add_task("", total=len(files))
        summary = ingest_files(
            store,
            files,
            options,
            on_file=lambda p: bar.update(task, advance=1, description=one_line(Path(p).name)),
        )
    for src, reason in summary.failed + missing:
        err.print(f"error: {one_line(src)}: {one_line(reason)}", highlight=False, soft_wrap=True)
    for src, reason in skipped:
        if not reason.startswith("no such"):
            err.print(
                f"skipped: {one_line(src)}: {one_line(reason)}", highlight=False, soft_wrap=True, style="dim"
            )
    out.print(
        f"ingested {len(summary.ingested)}, unchanged {len(summary.unchanged)}, failed {len(summary.failed) + len(missing)}"
        + (f", removed {len(summary.removed)} (records no longer in their files)" if summary.removed else "")
        + f" -> {db}",
        markup=False,
    )
    if summary.failed or missing:
        raise typer.Exit(1)


@app.command()
def export(
    db: DbOpt = DEFAULT_DB,
    fmt: Annotated[str, typer.Option("--format", "-f", help="json, or any registered exporter.")] = "json",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="File (or folder for csv); stdout if omitted.")
    ] = None,
) -> None:
    """Export the register.

    Example: lettertrace export --db register.db --format json --output register.json
    """
    from .export import load_all

    exporters = load_all()
    if fmt not in exporters:
        err.print(f"error: unknown format {fmt!r} (choose from {', '.join(sorted(exporters))})")
        raise typer.Exit(2)
    store = _open(db)
    text = exporters[fmt](store, output)
    if text is not None:
        sys.stdout.write(text + ("" if text.endswith("\n") else "\n"))
    elif output is not None:
        err.print(f"wrote {output}")


@app.command()
def documents(db: DbOpt = DEFAULT_DB) -> None:
    """List the reports in the register: title, outlet, publication date.

    Example: lettertrace documents --db register.db
    """
    out.print(views.documents_table(_open(db)))


@app.command()
def letters(
    db: DbOpt = DEFAULT_DB,
    party: Annotated[str | None, typer.Option(help="Only those with this party (any alias).")] = None,
    kind: Annotated[str | None, typer.Option(help="letter, message or call.")] = None,
    since: Annotated[
        str | None, typer.Option(help="Only those that may be on or after this ISO date.")
    ] = None,
    until: Annotated[
        str | None, typer.Option(help="Only those that may be on or before this ISO date.")
    ] = None,
) -> None:
    """List communications: date (with precision), kind, sender -> recipients, reports.

    Example: lettertrace letters --db register.db --party Khamenei --kind letter
    """
    out.print(views.letters_table(_open(db), party=party, kind=kind, since=since, until=until))


@app.command()
def quotes(
    db: DbOpt = DEFAULT_DB,
    speaker: Annotated[str | None, typer.Option(help="Only quotes of this speaker (any alias).")] = None,
    letter: Annotated[str | None, typer.Option(help="Only quotes from this communication id.")] = None,
    search: Annotated[str | None, typer.Option(help="Full-text search in the quotes.")] = None,
) -> None:
    """List verbatim quotes with their speakers and letters.

    Example: lettertrace quotes --db register.db --speaker Haniyeh --search resistance
    """
    out.print(views.quotes_table(_open(db), speaker=speaker, letter=letter, search=search))


@app.command()
def entities(
    db: DbOpt = DEFAULT_DB,
    search: Annotated[str | None, typer.Option(help="Only entities with a matching name or alias.")] = None,
) -> None:
    """List people, organisations and states with their aliases.

    Example: lettertrace entities --db register.db --search Khamenei
    """
    out.print(views.entities_table(_open(db), search=search))


@app.command()
def show(
    item: Annotated[str, typer.Argument(help="A report, communication or entity id, or a party name.")],
    db: DbOpt = DEFAULT_DB,
) -> None:
    """Show one report, communication (with evidence, reply chain, flags, full text) or entity.

    Example: lettertrace show c-1234abcd --db register.db
    """
    store = _open(db)
    try:
        views.show(store, item, out)
    except LookupError as exc:
        err.print(f"error: {exc}")
        raise typer.Exit(2) from exc


@app.command()
def serve(
    db: DbOpt = DEFAULT_DB,
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
) -> None:
    """Browse the register in a read-only web UI (every page also as JSON; API at /openapi.json).

    Example: lettertrace serve --db register.db --port 8000
    """
    import uvicorn

    from .web import create_app

    _open(db)
    out.print(f"serving {db} at http://{host}:{port}/ (Ctrl+C to stop)", markup=False)
    uvicorn.run(create_app(db), host=host, port=port, log_level="warning")


def main() -> None:
    """Console-script entry point."""
    try:
        app()
    except LettertraceError as exc:
        err.print(f"error: {one_line(str(exc))}", soft_wrap=True)
        sys.exit(1)
    except Exception as exc:  # a bug: one line for the user, the traceback only with --debug
        if _DEBUG["on"]:
            raise
        err.print(
            f"error: unexpected {type(exc).__name__}: {one_line(str(exc))[:300]} "
            "(run `lettertrace --debug ...` to see where)",
            soft_wrap=True,
        )
        sys.exit(1)
