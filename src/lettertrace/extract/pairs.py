"""The two sides of a call the report names only together ("their call", "the two leaders", "a call
between the two leaders"): the pair of the call told just before, else the last two people named."""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp import sent_of
from .draft import Draft
from .mentions import Party
from .readers import PartyReader
from .syntax import _acts_for_another, _collective


class PairReader(PartyReader):
    """Lookups of a pair of parties named before a trigger."""

    drafts: list[Draft]

    def _pair_between(self, holder: Token) -> list[Party]:
        """'between the two leaders': the pair the report named last, when the 'between' phrase of
        ``holder`` names no one but a collective."""
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ == "between":
                if any(c.dep_ == "pobj" and _collective(c) for c in prep.children):
                    return self._pair_before(prep, collective=True)
        return []

    def _pair_before(self, tok: Token, collective: bool = False) -> list[Party]:
        """'their call', 'the two leaders': the two sides of the call the report told of just before, else
        the last two people it named before the trigger (within the three sentences before, the headline
        included)."""
        if not (
            collective
            or any(c.lower_ == "their" for c in tok.children)
            or any(
                _collective(s) and not _acts_for_another(s)
                for s in [*sent_of(tok).root.children, *(tok.children if tok.pos_ == "VERB" else [])]
                if s.dep_ in ("nsubj", "nsubjpass")
            )
        ):
            return []
        start = max(0, sent_of(tok).start - 200)
        for d in reversed(self.drafts):  # the pair of a call this report told of just before
            if (
                d.kind == "call"
                and start <= d.trigger.i < tok.i
                and d.sender is not None
                and len(d.recipients) == 1
            ):
                return [d.sender, d.recipients[0]]
        seen: list[Party] = []
        for i, k, _lvl in reversed(self.idx.mentions):
            if start <= i < tok.i:
                p = self.idx.parties[k]
                if p.ptype == "person" and p not in seen:
                    seen.append(p)
            if len(seen) == 2:
                break
        return list(reversed(seen)) if len(seen) == 2 else []
