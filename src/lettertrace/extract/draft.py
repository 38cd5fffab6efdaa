"""A communication as found at one trigger, while a report is read (mutable until merged)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, SupportsIndex

from spacy.tokens import Span, Token

from ..models import (
    Flag,
    FullText,
)
from .lexicon import Kind
from .mentions import Party

if TYPE_CHECKING:
    from .datex import DateMention


@dataclass
class Draft:
    """A communication as found at one trigger (report-local, mutable while merging)."""

    kind: Kind
    trigger: Token
    sender: Party | None
    recipients: list[Party]
    sentences: list[tuple[int, int]] = field(default_factory=list)
    anaphoric: bool = False  # "the letter", "this message": refers back
    reply_to: Draft | None = None
    implied: bool = False
    distinct: bool = False  # "another letter", "the second letter"
    co_senders: list[Party] = field(default_factory=list)
    from_title: bool = False
    full_text: FullText | None = None
    flags: list[Flag] = field(default_factory=list)
    anchors: list[int] = field(default_factory=list)
    answered: bool = False  # created as the letter another one answers ("in response to a letter by X")
    stamped: DateMention | None = (
        None  # the date of the post it is told in ("A @handle · May 21"), which dates it
    )
    verb: Token | None = None
    dated_told: set[str] = field(default_factory=set)  # the 'dated' dates of the drafts merged into it
    answers: bool = False  # told as an answer to no act the report tells ("A wrote back to B")

    @property
    def kind_class(self) -> str:
        return "call" if self.kind == "call" else "written"


class Drafts(list[Draft]):
    """The drafts of one report in reading order, with the tokens their triggers stand on counted:
    "is a draft already standing on this token?" is then a look-up, not a scan of every draft (that
    scan, once per cue word, made 13,000 "letter"s take 12 s). Drafts come in with ``append``,
    ``insert`` or ``extend`` and leave with ``remove``; any other change to the list is caught by
    its length and the count is taken again."""

    def __init__(self, items: Iterable[Draft] = ()) -> None:
        super().__init__(items)
        self._count()

    def _count(self) -> None:
        self._on: Counter[int] = Counter(d.trigger.i for d in self)
        self._counted = len(self)

    def on(self, i: int) -> bool:
        """Whether a draft's trigger is the token at index ``i``."""
        if self._counted != len(self):
            self._count()
        return self._on[i] > 0

    def append(self, d: Draft) -> None:
        super().append(d)
        self._on[d.trigger.i] += 1
        self._counted += 1

    def insert(self, at: SupportsIndex, d: Draft) -> None:
        super().insert(at, d)
        self._on[d.trigger.i] += 1
        self._counted += 1

    def extend(self, items: Iterable[Draft]) -> None:
        for d in items:
            self.append(d)

    def remove(self, d: Draft) -> None:
        super().remove(d)
        self._on[d.trigger.i] -= 1
        self._counted -= 1


def unaddressed_media(sents: list[Span], drafts: list[Draft]) -> Iterator[tuple[Draft, Party, int]]:
    """The written drafts told as the medium of what their writer said ("In a letter, A said ...", "A said
    through a message ...") that name a writer and no addressee, each with the index of its sentence."""
    for d in drafts:
        if d.kind == "call" or d.sender is None or d.recipients or d.trigger.dep_ != "pobj":
            continue
        if d.trigger.head.lower_ in ("in", "through"):
            yield d, d.sender, next(k for k, s in enumerate(sents) if s.start <= d.trigger.i < s.end)
