"""Whom an object pronoun cannot mean: the subject of its own clause ('She wrote to him again': not she;
'A called to tell her': not A; 'leaders including A and C reached out to congratulate him': none of them),
and the possessor of a letter its receiver read ('B read his letter': his is not B)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from .lexicon import cues, noun_kind
from .members import listed_members
from .salience import not_meant_by

if TYPE_CHECKING:
    from .coref import InReportResolution


def own_subject(res: InReportResolution, tok: Token) -> set[int] | None:
    """For an object pronoun ('She wrote to him again', 'sent him a letter'), the subject of its clause,
    whom it cannot mean (English would say 'herself'): that party's key, to leave out."""
    received = (  # "I received her reply", "B read his letter": the possessor is not the receiver
        tok.dep_ == "poss"
        and tok.lower_ in ("his", "her")
        and tok.head.dep_ == "dobj"
        and (
            tok.head.head.lemma_.lower() in (*cues()["receive_verbs"], "read", "answer")
            or tok.head.head.lemma_.lower() in ("take", "return")
            and noun_kind(tok.head) == "call"
        )  # "B had taken her call"
    )
    if not_meant := not_meant_by(tok):  # "In a letter to her friend C, she wrote": not C
        return {p.key for t in not_meant if (p := res.party_at(t)) is not None} or None
    if received:
        tok = tok.head
    elif tok.lower_ not in ("him", "her") or tok.dep_ not in ("dobj", "dative", "iobj", "pobj"):
        return None
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i != tok.i), None)
    if subj is None and verb.dep_ in ("conj", "xcomp", "advcl"):  # "A phoned B and thanked her", "A called to
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj" and c.i != tok.i), None)  # tell her"
    if subj is None or subj.lower_ == "we":
        return None
    p = res.party_at(subj)  # "I received her reply": I (a transcript's speaker, a quote's) is not her
    members = [  # "leaders including A and C reached out to congratulate him": none of them; nor "A, B and C
        q.key  # all sent messages to her"
        for m in [*listed_members(subj), *_listed_subjects(subj)]
        if (q := res.party_at(m)) is not None and q.ptype == "person"
    ]
    return {p.key, *members} if p is not None else set(members) or None


def _listed_subjects(subj: Token) -> list[Token]:
    """The words of the subject that name its members ("A, B and C", with titles and appositions as the
    parser hangs them), not a possessor's or a preposition's ("A's aide", "the wife of A": him may be A)."""
    out = []
    for t in subj.subtree:
        up, ok = t, True
        while up.i != subj.i and ok:
            ok = up.dep_ not in ("poss", "pobj", "prep", "case")
            up = up.head
        if ok and t.i != subj.i:
            out.append(t)
    return out
