"""Acts the report goes on to say never existed: "A report said that A had written to B ... 'There was no
letter and no message,' the spokesman said", "Verdict: False. There is no such letter, and no such call."
A letter, message or call told before an existential denial of its kind ("there was no letter", "no such
call"), in the same paragraph or the next, is the act denied, a claim the report refutes, not a
communication of the register. A reply denied ("there has been no reply") denies only the reply, and a
denial that names a party or a day ("no letter from C", "no call on Tuesday") another act."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..nlp import text_of
from .draft import Draft
from .lexicon import cues, noun_kind

REACH = 1  # paragraphs on from the act's to the denial's


def not_denied(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """``drafts`` less those a later existential denial of their kind, in the same paragraph or the next,
    refutes."""
    denials = [(tok, kind) for tok in doc if (kind := _denied_kind(tok)) is not None]
    if not denials:
        return drafts
    text = text_of(doc)

    def para(t: Token) -> int:
        return text.count("\n\n", 0, t.idx)

    return [
        d
        for d in drafts
        if d.from_title
        or not any(
            kind == d.kind_class
            and tok.sent.start >= d.trigger.sent.end  # a later sentence ("B spoke to A, hours after the
            and 0 <= para(tok) - para(d.trigger) <= REACH  # Kremlin said there'd been no call": B's call)
            for tok, kind in denials
        )
    ]


def _denied_kind(tok: Token) -> str | None:
    """'no letter' after "there was", 'no such call': the kind class of the act a sentence says never was."""
    kind = noun_kind(tok) or ("call" if tok.lemma_.lower() == "call" else None)  # "no such call"
    if kind is None or tok.lemma_.lower() in cues()["reply_nouns"]:
        return None
    if not any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
        return None
    such = any(c.lower_ == "such" and c.dep_ in ("amod", "predet", "det") for c in tok.children)
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head  # "there was no letter and no message"
    be = first.head
    there = (
        first.dep_ in ("attr", "nsubj")
        and be.lemma_ == "be"
        and any(c.dep_ == "expl" and c.lower_ == "there" for c in be.children)
    )
    if not (such or there):
        return None
    if any(c.dep_ in ("acl", "relcl") for c in tok.children):
        return None  # "no call to congratulate him": a call of another purpose
    told = [*tok.subtree, *(c for c in first.head.children if c.dep_ in ("prep", "npadvmod"))]
    if any(t.ent_type_ in ("DATE", "TIME", "PERSON", "ORG", "GPE") for t in told):
        return None  # "there was no letter from C", "there was no call on Tuesday": another act, not this
    return "call" if kind == "call" else "written"
