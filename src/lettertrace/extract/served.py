"""An office that serves another ("the adviser to the President, A", "the Secretary to the Cabinet, A",
"the spokesperson for the Secretary-General, A"): the name closes the office's phrase, whatever the parser
hung its 'to' or 'for' on, and the one served is neither the holder nor an addressee."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .comma_names import set_off_holder
from .mentions import ROLE_HEADS, Party, _head_word, _np_core, _np_text, clean_np


def office_over(tok: Token) -> Token:
    """'the Minister for Infrastructure, A B' with A B hung on 'Infrastructure': the office whose 'of' or 'for'
    phrase the name closes; else the token itself."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("of", "for", "to"):
        return tok
    up = tok.head.head  # (and "the spokesperson for the X, A", "the adviser to the X, A": A's office)
    if _head_word(up) in ROLE_HEADS and tok.i > up.i:
        return up
    if serving_prep(tok.head):
        return tok.doc[tok.head.i - 1]  # "wrote to the adviser to the X, A", the second 'to' hung on the verb
    return tok


def serving_prep(prep: Token) -> bool:
    """'wrote to the Secretary to the Cabinet, A' with the second 'to' hung on the verb: it completes the
    office the first 'to' names (the one served), and names no addressee."""
    if prep.lower_ != "to" or prep.i == 0:
        return False
    before = prep.doc[prep.i - 1]  # (not "from the Chair to the Home Secretary": from one to another)
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in prep.head.children) or _listed_on(prep):
        return False  # "was sent to the adviser to the President, A, by B"; "..., A, and the envoy to X, C"
    return (
        before.pos_ in ("NOUN", "PROPN")
        and before.dep_ == "pobj"
        and before.head.lower_ == "to"
        and _head_word(before) in ROLE_HEADS
        and prep.head is not before
    )


def _listed_on(prep: Token) -> bool:
    """More addressees follow the phrase of ``prep`` and the name set off after it (", and ...")."""
    doc = prep.doc
    commas = [t.i for t in doc[prep.right_edge.i + 1 : prep.right_edge.i + 8] if t.text == ","]
    after = commas[1] + 1 if len(commas) >= 2 else prep.right_edge.i + 1
    return after < len(doc) and doc[after].lower_ == "and"


def office_text(head: Token, ent: Span) -> str:
    """The text of the office ``head`` whose holder ``ent`` is set off after it."""
    if head is not ent.root.head and head.right_edge.i < ent.root.head.i:  # its 'to' hung on the verb
        return clean_np(head.doc[head.left_edge.i : ent.start].text)
    return _np_text(head, stop_at=ent.start) if head.i < ent.start else _np_core(head)


def served_holders(prep: Token, tok2party: dict[int, int], parties: list[Party]) -> list[Party]:
    """'wrote to the Chief Secretary to the Treasury, A B,' with A B hung on the verb: the person set off by
    commas right after the one served is the holder of the office (the addressee)."""
    keys = [set_off_holder(prep.doc, tok2party, parties, o) for o in prep.children if o.dep_ == "pobj"]
    return [parties[k] for k in keys if k is not None]
