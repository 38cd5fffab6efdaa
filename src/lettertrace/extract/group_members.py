"""Those a sentence names as the members of a group that acted: "A was (among) the first to call B",
"Among those who wrote to B were A and C", "Leaders who wrote to B included A, C and D" (the readers of
:class:`~lettertrace.extract.readers.PartyReader` ask here)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from .lists import party_list_from
from .mentions import Party
from .syntax import _uniq

if TYPE_CHECKING:
    from .readers import PartyReader


def first_to(reader: PartyReader, rank: Token) -> list[Party]:
    """'A was (among) the first to call B', 'A was the last leader to write to B': the subject of the
    copula the rank hangs on acts."""
    if rank.lower_ not in ("first", "last", "only") and not any(
        c.lower_ in ("first", "last", "only") for c in rank.children
    ):
        return []
    holder = rank.head if rank.dep_ == "pobj" and rank.head.lower_ in ("among", "of") else rank
    cop = holder.head if holder.dep_ in ("attr", "prep") or holder.dep_ == "pobj" else holder
    if holder.dep_ == "pobj":
        cop = holder.head.head
    if cop.lemma_ != "be":
        return []
    return _uniq([p for c in cop.children if c.dep_ == "nsubj" for p in reader._conj_parties(c)])


def among_named(reader: PartyReader, group: Token) -> list[Party]:
    """'Among those who wrote to B were A and C', 'Among the leaders who sent messages was A', 'A is among the
    leaders who wrote to B', 'A was one of the lawmakers who signed a letter to B': the people the sentence's
    verb 'be' names are the ones the clause on the group speaks of."""
    prep = group.head
    if group.dep_ == "nsubj" and prep.lemma_ in ("include", "be") and group.tag_ in ("NNS", "NNPS", "DT"):
        # "Leaders who wrote to B included A, C and D", "Those who called B were A and C"
        named = [c for c in prep.children if c.dep_ in ("attr", "dobj") and c.i > group.i]
    elif (
        group.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep.head.lower_ == "one"
        and prep.head.head.lemma_ == "be"
    ):
        # "A was one of the 40 lawmakers who signed a letter to B": the subject of 'be' is one of them
        named = [c for c in prep.head.head.children if c.dep_ == "nsubj"]
    elif group.dep_ != "pobj" or prep.lower_ != "among" or prep.head.lemma_ != "be":
        return []
    else:  # "Among those who wrote were A and C"; "A is among the leaders who wrote to B"
        named = [
            c for c in prep.head.children if c.dep_ in ("attr", "nsubj") and (c.i > group.i or c.i < prep.i)
        ]
    be = next((a for a in group.ancestors if a.lemma_ in ("be", "include")), None)
    negated = be is not None and any(c.dep_ == "neg" or c.lower_ in ("neither", "nor") for c in be.subtree)
    if negated:
        return []  # "A was not among those who wrote to B", "Neither A nor C was among them"
    listed = party_list_from(reader.doc, reader.idx, named[0].left_edge.i) if named else []  # "A; B; and C"
    return max(_uniq([p for c in named for p in reader._conj_parties(c)]), listed, key=len)
