"""Checks of command-line values that Typer cannot make alone: dates, export targets, party names.

Each check returns the problem as one sentence (None when the value is fine); ``cli.py`` prints it
and exits 2, the usage-error status.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import click
import typer

if TYPE_CHECKING:  # the register (SQLAlchemy) loads only when a command reads it, not for --help
    from .store import Store

# Options several commands share (ingest, spark, the corrections): one definition each.
DbOpt = Annotated[Path, typer.Option("--db", help="Register file (SQLite).")]
DEFAULT_DB = Path("lettertrace.db")
NoPrefilterOpt = Annotated[
    bool, typer.Option("--no-prefilter", help="Run the full pipeline on every report.")
]
MaxSecondsOpt = Annotated[
    float,
    typer.Option("--max-seconds", min=0, help="Stop a report that takes longer than this (0: no limit)."),
]

FORMAT_HELP = {
    "json": "the whole register (reports, entities, communications, quotes, flags)",
    "cmif": "TEI XML for correspSearch (CMIF v1.1)",
    "csv": "a folder of tables, needs --output FOLDER",
    "graphml": "the correspondence network (Gephi, yEd, networkx)",
}


class Kind(str, Enum):
    """The kinds of communication the register holds."""

    letter = "letter"
    message = "message"
    call = "call"


class FormatChoice(click.Choice[str]):
    """``click.Choice`` over the registered export formats, looked up each time they are needed
    (importing every exporter loads SQLAlchemy, lxml and networkx: not at start-up)."""

    def __init__(self) -> None:
        super().__init__(())

    @property  # type: ignore[override]
    def choices(self) -> tuple[str, ...]:
        return tuple(formats())

    @choices.setter
    def choices(self, value: object) -> None:  # click's __init__ sets it; the registry decides
        pass


def formats() -> list[str]:
    """The export formats, as registered."""
    from .export import load_all

    return sorted(load_all())


def format_help() -> str:
    """'json: ...; cmif: ...' for ``export --help``."""
    return "; ".join(f"{name}: {FORMAT_HELP.get(name, 'registered exporter')}" for name in formats()) + "."


def day_callback(end: bool) -> Callable[[str | None], str | None]:
    """A Typer callback that checks a date (YYYY-MM-DD, YYYY-MM or YYYY) and returns its first (last) day."""

    def check(value: str | None) -> str | None:
        if not value:
            return None
        from . import query

        try:
            return query.parse_day(value, end=end)
        except ValueError as exc:
            raise typer.BadParameter(str(exc)) from exc

    return check


def export_problem(fmt: str, output: Path | None, cmif_url: str | None) -> str | None:
    """What is wrong with ``export``'s target: a folder format without a folder, a file where a
    folder is wanted or the reverse, a CMIF URL that is none."""
    from .export import writes_folder

    folder = writes_folder(fmt)
    if cmif_url is not None and fmt != "cmif":
        return "--cmif-url only applies to --format cmif"
    if cmif_url is not None and not re.match(r"^https?://\S+$", cmif_url):
        return f"--cmif-url must be the http(s) URL the file will be published at, got {cmif_url!r}"
    if folder and output is None:
        return f"{fmt} writes several tables, one file each: give --output FOLDER (nothing goes to stdout)"
    if output is None:
        return None
    if folder and not output.is_dir() and (output.exists() or output.suffix):
        return f"{fmt} writes a folder of tables and {output} looks like a file: give a folder, e.g. --output {fmt}-export"
    if not folder and output.is_dir():
        return f"{output} is a folder: {fmt} writes one file, give its name"
    if not folder and not output.parent.is_dir():
        return f"no folder {output.parent} to write {output.name} into"
    return None


def party_problem(store: Store, party: str) -> tuple[str | None, str | None]:
    """(error, note) for ``--party``: an error when no entity answers to it, a note when several do."""
    from . import query

    hits = query.named_entities(store, party)
    if not hits:
        return (
            f"no party in the register answers to {party!r} (see `lettertrace entities --search NAME`)",
            None,
        )
    if len(hits) > 1:
        return None, f"{party!r} answers to {len(hits)} entities: " + "; ".join(e["name"] for e in hits)
    return None, None
