"""The ``lettertrace`` command: a thin Typer layer over the core.

Each command opens the register, calls one core function and turns our own errors into a
one-line message and an exit code: 0 when all went well, 1 when some input failed, 2 on
usage errors.

Start-up is kept short: importing this module loads Typer, Rich and the standard library, and
nothing else. Each command imports what it needs when it runs (the register's SQLAlchemy for the
read commands; spaCy, the readers and linking for ``ingest``; the exporters for ``export``; the web
stack for ``serve``), so ``lettertrace --help`` and ``lettertrace letters`` never pay for spaCy,
torch or FastAPI. ``tests/test_startup.py`` checks it; ``benchmarks/startup.py`` prints the times.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import click
import typer
from rich.console import Console
from typer.core import TyperCommand, TyperGroup

from . import cliargs
from .models import DEFAULT_MAX_SECONDS, LettertraceError, Options

if TYPE_CHECKING:
    from .ingest import IngestSummary, Progress
    from .store import Store


class _HelpWhenBare(TyperGroup):
    """Bare ``lettertrace`` prints the help and exits 0 (click 8.2+ would add an empty error box and exit 2)."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if not args:
            if text := ctx.get_help():  # Typer's Rich help prints itself and returns ""
                click.echo(text, color=ctx.color)
            ctx.exit(0)
        return super().parse_args(ctx, args)


class _ExportCommand(TyperCommand):
    """``export``: the help of ``--format`` names the registered exporters, which are imported only
    when this help is shown (they load SQLAlchemy, lxml and networkx)."""

    def format_help(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        for param in self.params:
            if param.name == "fmt" and isinstance(param, click.Option):
                param.help = cliargs.format_help()
        super().format_help(ctx, formatter)


app = typer.Typer(
    help="lettertrace: a source-cited register of letters, messages and calls between political actors.",
    cls=_HelpWhenBare,
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


DbOpt = cliargs.DbOpt
DEFAULT_DB = cliargs.DEFAULT_DB


def list_inputs(paths: Iterable[Path]) -> tuple[list[Path], list[tuple[str, str]]]:
    """:func:`lettertrace.ingest.list_inputs`, imported on first use (the readers load lxml, pypdf...)."""
    from . import ingest as core

    return core.list_inputs(paths)


def ingest_files(
    store: Store, files: Iterable[Path], options: Options, on_file: Progress | None = None, jobs: int = 1
) -> IngestSummary:
    """:func:`lettertrace.ingest.ingest_files`, imported on first use (spaCy, the readers, linking)."""
    from . import ingest as core

    return core.ingest_files(store, files, options, on_file=on_file, jobs=jobs)


def open_store(db: Path | str) -> Store:
    """:func:`lettertrace.store.open_store`, imported on first use (SQLAlchemy: not for ``--help``)."""
    from . import store

    return store.open_store(db)


def _open(db: Path, must_exist: bool = True):  # type: ignore[no-untyped-def]
    if must_exist and not db.exists():
        err.print(f"error: no register at {db} (run `lettertrace ingest PATH --db {db}` first)")
        raise typer.Exit(2)
    try:
        return open_store(db)
    except LettertraceError as exc:
        err.print(f"error: {exc}", soft_wrap=True)
        raise typer.Exit(2) from exc


@app.command()
def ingest(
    paths: Annotated[
        list[Path], typer.Argument(help="Report files and folders (.txt .html .pdf .jsonl .warc).")
    ],
    db: DbOpt = DEFAULT_DB,
    max_mb: Annotated[float, typer.Option("--max-mb", help="Skip files larger than this many MB.")] = 20.0,
    no_prefilter: cliargs.NoPrefilterOpt = False,
    max_seconds: cliargs.MaxSecondsOpt = DEFAULT_MAX_SECONDS,
    jobs: Annotated[
        int,
        typer.Option(
            "--jobs", "-j", min=1, help="Worker processes that process reports (one writer stores)."
        ),
    ] = 1,
) -> None:
    """Read reports, extract their correspondence and store it in the register.

    Re-ingesting the same bytes changes nothing; a changed file replaces that report's facts.

    Example: lettertrace ingest ../shared/corpus/dev --db register.db
    """
    options = Options(
        max_bytes=int(max_mb * 1024 * 1024), prefilter=not no_prefilter, max_seconds=max_seconds or None
    )
    files, skipped = list_inputs(paths)
    # nothing to read and no register yet: make none (a mistyped PATH must not leave an empty register)
    store = _open(db, must_exist=False) if files or db.exists() else open_store(":memory:")
    missing = [s for s in skipped if s[1].startswith("no such")]
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

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
            jobs=jobs,
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


@contextmanager
def _reading(db: Path) -> Iterator[Store]:
    """The register, opened for reading; a damaged one ends the command with a one-line error."""
    from sqlalchemy.exc import DBAPIError

    store = _open(db)
    try:
        yield store
    except DBAPIError as exc:
        reason = " ".join(str(exc.orig).split())[:200]
        err.print(f"error: the register {db} is damaged or unreadable ({reason})", soft_wrap=True)
        raise typer.Exit(2) from exc


def _usage_error(problem: str | None) -> None:
    """Print ``problem`` as a one-line usage error and exit 2 (nothing when None)."""
    if problem:
        err.print(f"error: {problem}", soft_wrap=True)
        raise typer.Exit(2)


@app.command(cls=_ExportCommand)
def export(
    db: DbOpt = DEFAULT_DB,
    fmt: Annotated[
        str,
        typer.Option("--format", "-f", help="The export format.", click_type=cliargs.FormatChoice()),
    ] = "json",
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", help="File to write (a folder for csv); stdout if omitted (not for csv)."
        ),
    ] = None,
    cmif_url: Annotated[
        str | None,
        typer.Option(
            "--cmif-url",
            help="cmif: the URL where the file will be published (its idno; letters get URL#id). "
            "correspSearch harvests the file from there; without it the idno is a URN.",
        ),
    ] = None,
    raw_cells: Annotated[
        bool,
        typer.Option(
            "--raw-cells",
            help="csv: write cells starting with = + - @ as they are (by default an apostrophe before "
            "them stops a spreadsheet from running them as formulas).",
        ),
    ] = False,
) -> None:
    """Export the register.

    Example: lettertrace export --db register.db --format cmif --output register.xml --cmif-url https://example.org/register.xml
    """
    from .export import ExportOptions, run_export

    _usage_error(cliargs.export_problem(fmt, output, cmif_url))
    with _reading(db) as store:
        text = run_export(fmt, store, output, ExportOptions(cmif_url=cmif_url, raw_cells=raw_cells))
    if text is not None:
        sys.stdout.write(text + ("" if text.endswith("\n") else "\n"))
    elif output is not None:
        err.print(f"wrote {output}", soft_wrap=True)
    if fmt == "cmif" and cmif_url is None:
        err.print(
            "note: no --cmif-url: the file's idno is a URN; harvesters need the URL it will be published at"
        )


@app.command()
def documents(db: DbOpt = DEFAULT_DB) -> None:
    """List the reports in the register: title, outlet, publication date.

    Example: lettertrace documents --db register.db
    """
    from . import views

    with _reading(db) as store:
        out.print(views.documents_table(store))


@app.command()
def letters(
    db: DbOpt = DEFAULT_DB,
    party: Annotated[
        str | None,
        typer.Option(
            help="Only those with this party (name, alias or id). A name no entity answers to is an error."
        ),
    ] = None,
    kind: Annotated[cliargs.Kind | None, typer.Option(case_sensitive=False, help="Only this kind.")] = None,
    since: Annotated[
        str | None,
        typer.Option(
            callback=cliargs.day_callback(end=False),
            help="Only those that may be on or after this date (YYYY-MM-DD, YYYY-MM or YYYY).",
        ),
    ] = None,
    until: Annotated[
        str | None,
        typer.Option(
            callback=cliargs.day_callback(end=True),
            help="Only those that may be on or before this date (YYYY-MM-DD, YYYY-MM or YYYY).",
        ),
    ] = None,
    limit: Annotated[int | None, typer.Option(min=1, help="At most this many (a page).")] = None,
    after: Annotated[
        str | None, typer.Option(help="Only those after this id in the list (the next page after its last).")
    ] = None,
) -> None:
    """List communications: date (with precision and how it was worked out), kind, sender -> recipients, reports.

    Exit status 2 when --party names no entity (a typo should not look like "no letters"); a party
    that exists but has no letter in the range gives an empty list and 0. Undated letters are kept by
    --since and --until (they may fall in the range).

    Example: lettertrace letters --db register.db --party Khamenei --kind letter --since 2021
    """
    from . import views

    _usage_error(f"--since {since} is after --until {until}" if since and until and since > until else None)
    with _reading(db) as store:
        if party:
            problem, note = cliargs.party_problem(store, party)
            _usage_error(problem)
            if note:
                err.print(f"note: {note}", soft_wrap=True)
        _usage_error(
            f"--after {after!r}: no communication has this id"
            if after and not store.has_comm(after)
            else None
        )
        out.print(
            views.letters_table(
                store,
                party=party,
                kind=kind.value if kind else None,
                since=since,
                until=until,
                after=after,
                limit=limit,
            )
        )


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
    from . import views

    with _reading(db) as store:
        out.print(views.quotes_table(store, speaker=speaker, letter=letter, search=search))


@app.command()
def entities(
    db: DbOpt = DEFAULT_DB,
    search: Annotated[str | None, typer.Option(help="Only entities with a matching name or alias.")] = None,
) -> None:
    """List people, organisations and states with their aliases.

    Example: lettertrace entities --db register.db --search Khamenei
    """
    from . import views

    with _reading(db) as store:
        out.print(views.entities_table(store, search=search))


@app.command()
def show(
    item: Annotated[
        str | None,
        typer.Argument(help="A report id (r…), a communication id (c-…), an entity id (e-…) or a name."),
    ] = None,
    db: DbOpt = DEFAULT_DB,
) -> None:
    """Show one report, communication (with evidence, reply chain, flags, full text) or entity.

    A name several entities answer to lists them (exit status 2): show one by its id. When the
    output is no terminal (piped, or NO_COLOR), the words of each report that state the
    communication are marked »like this«.

    Example: lettertrace show c-1234abcd --db register.db
    """
    if not item or not item.strip():
        err.print(
            "error: show needs what to show: a report id (r…), a communication id (c-…), an entity id or a name",
            soft_wrap=True,
        )
        err.print(
            "usage: lettertrace show ITEM [--db FILE]   (ids are listed by `lettertrace letters`, `documents`, `entities`)",
            soft_wrap=True,
        )
        raise typer.Exit(2)
    from . import query, views

    with _reading(db) as store:
        try:
            views.show(store, item.strip(), out)
        except query.AmbiguousName as exc:
            err.print(f"error: {exc}; show one by its id:", soft_wrap=True)
            for e in exc.candidates:
                err.print(f"  {e['id']}  {e['name']} ({e['type']})", soft_wrap=True)
            raise typer.Exit(2) from exc
        except LookupError as exc:
            err.print(f"error: {exc}", soft_wrap=True)
            raise typer.Exit(2) from exc


@app.command()
def serve(
    db: DbOpt = DEFAULT_DB,
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    edit: Annotated[
        bool, typer.Option("--edit", help="Let analysts correct the register (forms, confirmed, undoable).")
    ] = False,
) -> None:
    """Browse the register in a web UI (every page also as JSON; API at /openapi.json): read-only unless
    --edit, which adds forms to correct letters and entities ($LETTERTRACE_USER, else your login name,
    signs them).

    Example: lettertrace serve --db register.db --port 8000 --edit
    """
    import uvicorn

    from .web import create_app

    _open(db)
    mode = "editing" if edit else "read-only"
    out.print(f"serving {db} ({mode}) at http://{host}:{port}/ (Ctrl+C to stop)", markup=False)
    uvicorn.run(create_app(db, edit=edit, host=host), host=host, port=port, log_level="warning")


# ``correct ...`` and ``corrections ...`` (issue 12): their own module, which needs the helpers above
from .cli_corrections import correct_app, corrections_app  # noqa: E402

app.add_typer(correct_app, name="correct")
app.add_typer(corrections_app, name="corrections")

# ``spark`` and ``load-facts`` (issue 13): their own module, which needs the helpers above
from .cli_spark import load_facts, spark  # noqa: E402

app.command("spark")(spark)
app.command("load-facts")(load_facts)


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
