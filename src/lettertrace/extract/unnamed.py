"""Parties a report makes act without naming them by a name of their own: a state read as describing an
office ("the Norway ambassador delivered a note": Norway sends) and a group the report counts ("More
than 40 MPs signed a letter"). Mixin of :class:`~lettertrace.extract.index.PartyIndex`."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from ..models import PartyType
from .mentions import Party, clean_np
from .salience import subject_level


class UnnamedParties:
    """Mixin of PartyIndex: parties made when a step finds them acting."""

    doc: Doc
    mentions: list[tuple[int, int, int]]
    _find_org: Callable[[str], Party | None]
    _new: Callable[[str, PartyType, int], Party]

    def place_party(self, tok: Token) -> Party:
        """The state a place name stands for where the report makes it act ("the Norway ambassador
        delivered a note": Norway sends), though it was read as describing an office."""
        text = clean_np(tok.text)
        p = self._find_org(text) or self._new(text, "state", tok.i)
        p.add_surface(text)
        self._mention(tok.i, p.key, 0)
        return p

    def group_party(self, tok: Token) -> Party:
        """A group the report counts but does not name, acting together ("More than 40 MPs signed",
        "Forty laureates urged B in an open letter", "signed by 1,000 doctors"): one party named by the
        words that count it."""
        right = tok.i
        for c in tok.rights:  # "members of parliament", not "MPs including A and B"
            if c.dep_ == "prep" and c.lower_ == "of":
                clauses = [t.left_edge.i for t in c.subtree if t.dep_ in ("acl", "relcl") and t.i > c.i]
                right = (
                    min(clauses) - 1 if clauses else c.right_edge.i
                )  # "... suppliers demanding X": no clause
        text = clean_np(self.doc[tok.left_edge.i : right + 1].text)
        for article in ("all ", "the "):  # "all 31 councils", "the leaders of the member states"
            text = text[len(article) :] if text.lower().startswith(article) and len(text) > 4 else text
        p = self._find_org(text) or self._new(text, "org", tok.i)
        p.add_surface(text)
        p.group = True
        self._mention(tok.i, p.key, subject_level(tok))
        return p

    def _mention(self, i: int, key: int, level: int) -> None:
        """Record the mention once: a step may ask for the same party at the same word again."""
        if (i, key, level) not in self.mentions:
            self.mentions.append((i, key, level))
            self.mentions.sort()
