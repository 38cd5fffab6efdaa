"""``lettertrace correct ...``: analysts' corrections (issue 12), one subcommand per kind.

Added to the main app by :mod:`lettertrace.cli`; like it, importing this module loads Typer only: each
command imports the register and :mod:`lettertrace.corrections` when it runs. What a person types (ids,
names, dates) becomes a correction in :func:`lettertrace.corrections.draft`, as the web UI's forms do.
``lettertrace corrections ...`` (list, undo, export, import) is :mod:`lettertrace.cli_history`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from . import cli
from .cliargs import DEFAULT_DB, DbOpt

correct_app = typer.Typer(
    help="Correct the register: each correction survives re-ingest, relink and rebuild (see `corrections`).",
    no_args_is_help=True,
)

WhyOpt = Annotated[str, typer.Option("--why", help="Why (required): the evidence for the correction.")]
ByOpt = Annotated[
    str | None, typer.Option("--by", help="Who corrects (default: $LETTERTRACE_USER, else your login name).")
]
CommArg = Annotated[
    str, typer.Argument(help="The communication id (c-…), as `lettertrace letters` lists it.")
]
ReportArg = Annotated[
    str, typer.Argument(help="The report id (r…), as `lettertrace documents` or `show LETTER` lists it.")
]
QuoteArg = Annotated[str, typer.Argument(help="The quote id, as `lettertrace quotes` lists it.")]


def fail(problem: str, status: int = 2) -> None:
    cli.err.print(f"error: {cli.one_line(problem)}", soft_wrap=True)
    raise typer.Exit(status)


def _make(db: Path, kind: str, why: str, by: str | None, /, **fields: Any) -> None:
    """Draft the correction from what was typed, record it and apply it; one line says what it did."""
    from . import corrections

    if not why or not why.strip():  # Typer leaves an option without default None when it is not given
        fail("a correction needs a reason: --why TEXT")
    with cli._reading(db) as store:
        try:
            d = corrections.draft(store, kind, **fields)
            cid = corrections.add(store, d.kind, d.target, d.value, why, by)
        except corrections.CorrectionError as exc:
            fail(str(exc))
            return
    cli.out.print(f"correction {cid} (applied): {d.what}", markup=False, soft_wrap=True)


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
    _make(db, "sender", why, by, comm=comm, entity=entity)


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
    _make(db, "recipients", why, by, comm=comm, entities=entity)


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
        str | None, typer.Option(help="day, month, year, range or unknown (default: what the bounds span).")
    ] = None,
    by: ByOpt = None,
    db: DbOpt = DEFAULT_DB,
) -> None:
    """Set a communication's date interval and its precision.

    Example: lettertrace correct date c-1234abcd 2022-03 --why "the letter is dated March in the original"
    """
    from .corrections import CorrectionError, date_value

    try:
        date_value(earliest, latest, precision)  # a bad date is a usage error before the register is opened
    except CorrectionError as exc:
        fail(str(exc))
    _make(db, "date", why, by, comm=comm, earliest=earliest, latest=latest, precision=precision)


@correct_app.command("kind")
def correct_kind(
    comm: CommArg,
    kind: Annotated[str, typer.Argument(help="letter, message or call.")],
    why: WhyOpt,
    by: ByOpt = None,
    db: DbOpt = DEFAULT_DB,
) -> None:
    """Set a communication's kind.

    Example: lettertrace correct kind c-1234abcd call --why "the report says they spoke by phone"
    """
    _make(db, "kind", why, by, comm=comm, kind=kind)


@correct_app.command("reply")
def correct_reply(
    comm: CommArg,
    answers: Annotated[str, typer.Argument(help="The communication it answers (c-…), or 'none'.")],
    why: WhyOpt,
    by: ByOpt = None,
    db: DbOpt = DEFAULT_DB,
) -> None:
    """Set what a communication answers (its reply target), or that it answers none.

    Example: lettertrace correct reply c-1234abcd c-5678efab --why "it answers the March letter"
    """
    _make(db, "reply", why, by, comm=comm, answers=answers)


@correct_app.command("confirm")
def correct_confirm(comm: CommArg, why: WhyOpt, by: ByOpt = None, db: DbOpt = DEFAULT_DB) -> None:
    """Confirm that a communication took place (an implied one loses its low certainty in CMIF).

    Example: lettertrace correct confirm c-1234abcd --why "the ministry published the letter"
    """
    _make(db, "confirm", why, by, comm=comm)


@correct_app.command("reject")
def correct_reject(comm: CommArg, why: WhyOpt, by: ByOpt = None, db: DbOpt = DEFAULT_DB) -> None:
    """Reject a communication: it leaves every list and export (the reports and the correction keep it; undo
    brings it back).

    Example: lettertrace correct reject c-1234abcd --why "the report tells of a planned letter, never sent"
    """
    _make(db, "reject", why, by, comm=comm)


@correct_app.command("merge-letters")
def correct_merge_letters(
    comm: Annotated[str, typer.Argument(help="The communication that stays (c-…).")],
    other: Annotated[
        str, typer.Argument(help="The communication that joins it: its reports' accounts move.")
    ],
    why: WhyOpt,
    by: ByOpt = None,
    db: DbOpt = DEFAULT_DB,
) -> None:
    """Merge two communications that are one real-world act.

    Example: lettertrace correct merge-letters c-1234abcd c-5678efab --why "the same letter in two outlets"
    """
    _make(db, "merge_comms", why, by, comm=comm, other=other)


@correct_app.command("split-letter")
def correct_split(
    comm: CommArg, report: ReportArg, why: WhyOpt, by: ByOpt = None, db: DbOpt = DEFAULT_DB
) -> None:
    """Split one report's account off a communication: it becomes a communication of its own.

    Example: lettertrace correct split-letter c-1234abcd r0123456789ab --why "this report tells of a second letter"
    """
    _make(db, "split_comm", why, by, comm=comm, report=report)


@correct_app.command("attach")
def correct_attach(
    comm: CommArg,
    report: ReportArg,
    start: Annotated[int, typer.Argument(help="Where the report's words about it start (character offset).")],
    end: Annotated[int, typer.Argument(help="Where they end.")],
    why: WhyOpt,
    by: ByOpt = None,
    db: DbOpt = DEFAULT_DB,
) -> None:
    """Attach a report's mention to a communication: the account extracted at START-END leaves the one it was
    part of; where none was extracted, the span is your account of it.

    Example: lettertrace correct attach c-1234abcd r0123456789ab 120 188 --why "this sentence is about it"
    """
    _make(db, "attach", why, by, comm=comm, report=report, start=start, end=end)


@correct_app.command("detach")
def correct_detach(
    comm: CommArg, report: ReportArg, why: WhyOpt, by: ByOpt = None, db: DbOpt = DEFAULT_DB
) -> None:
    """Detach a report's mention from a communication: the report does not tell of it (a communication left
    with no report leaves the register).

    Example: lettertrace correct detach c-1234abcd r0123456789ab --why "the report speaks of another letter"
    """
    _make(db, "detach", why, by, comm=comm, report=report)


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
    _make(db, "merge_entities", why, by, entity=keep, other=drop)


@correct_app.command("split-alias")
def correct_split_alias(
    entity: Annotated[str, typer.Argument(help="The entity (id or name).")],
    alias: Annotated[str, typer.Argument(help="One of its aliases that is someone else.")],
    why: WhyOpt,
    by: ByOpt = None,
    db: DbOpt = DEFAULT_DB,
) -> None:
    """Split an alias off an entity: the letters and quotes whose report names the party so go to a new
    entity of that name (an alias no report names a party by is dropped).

    Example: lettertrace correct split-alias "Kim Jong Un" "Kim Il Sung" --why "the father, not the son"
    """
    _make(db, "split_alias", why, by, entity=entity, alias=alias)


@correct_app.command("quote-speaker")
def correct_quote_speaker(
    quote: QuoteArg,
    entity: Annotated[str, typer.Argument(help="Who speaks: an entity id or name; 'unknown' for no one.")],
    why: WhyOpt,
    by: ByOpt = None,
    db: DbOpt = DEFAULT_DB,
) -> None:
    """Set who speaks in a quote or paraphrase.

    Example: lettertrace correct quote-speaker r0123456789ab-q120 "Tomas Kettle" --why "he is quoted, not her"
    """
    _make(db, "quote_speaker", why, by, quote=quote, entity=entity)


@correct_app.command("quote-letter")
def correct_quote_letter(
    quote: QuoteArg,
    comm: Annotated[str, typer.Argument(help="The communication it is from (c-…), or 'none'.")],
    why: WhyOpt,
    by: ByOpt = None,
    db: DbOpt = DEFAULT_DB,
) -> None:
    """Set which communication a quote or paraphrase is from, or that it is from none.

    Example: lettertrace correct quote-letter r0123456789ab-q120 c-1234abcd --why "quoted from this letter"
    """
    _make(db, "quote_letter", why, by, quote=quote, comm=comm)


# ``corrections`` (list, undo, export, import): their own module, which needs the helpers above
from .cli_history import corrections_app  # noqa: E402

__all__ = ["correct_app", "corrections_app"]
