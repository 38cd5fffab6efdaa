"""A letter named to date another act: "The same day the letter was sent, A also sent a message to B", "On
the day the note was delivered, ...", "the week the cable arrived". Its clause modifies a noun of time and
refers back to a letter told before; the parties the main clause names (B) are the other act's, never this
letter's. Only parties named inside that clause stay (none, mostly: the letter then merges with the one it
refers to)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from .mentions import Party

if TYPE_CHECKING:
    from .index import PartyIndex

TIME_NOUNS = frozenset(
    "day week month year time moment hour morning afternoon evening night date weekend".split()
)


def time_clause(tok: Token) -> Token | None:
    """The verb of the clause the communication noun ``tok`` is the subject or object of, when that clause
    modifies a noun of time ("the day the letter was sent"), else None."""
    verb = tok.head if tok.dep_ in ("nsubj", "nsubjpass", "dobj") else None
    if verb is None or verb.dep_ != "relcl" or verb.head.lemma_.lower() not in TIME_NOUNS:
        return None
    return verb


def in_time_clause(
    tok: Token, idx: PartyIndex, sender: Party | None, recips: list[Party]
) -> tuple[Party | None, list[Party]]:
    """``sender`` and ``recips`` of the noun ``tok``, less those named outside the clause of time it stands
    in (all of them when it stands in none)."""
    verb = time_clause(tok)
    if verb is None:
        return sender, recips
    inside = {idx.tok2party[t.i] for t in verb.subtree if t.i in idx.tok2party}
    return (sender if sender is not None and sender.key in inside else None), [
        r for r in recips if r.key in inside
    ]
