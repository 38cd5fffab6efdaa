"""A communication as found at one trigger, while a report is read (mutable until merged)."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from ..models import (
    Flag,
    FullText,
)
from .lexicon import Kind
from .mentions import Party


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
    verb: Token | None = None

    @property
    def kind_class(self) -> str:
        return "call" if self.kind == "call" else "written"
