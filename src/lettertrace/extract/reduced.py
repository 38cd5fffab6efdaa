"""Reduced relative clauses on a communication noun, written with no 'that' or 'which' ("the letter A sent
her"), which spaCy's small parser often hangs on the sentence's verb instead of on the noun."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import cues, noun_kind


def zero_relative(noun: Token) -> Token | None:
    """'B replied to the letter her counterpart A sent her last week': a relative clause with no 'that' that
    the parser hung on the sentence's verb, not on the letter. The sending verb whose subject starts right
    after the noun, whose object is missing (the letter is it) and which opens no clause of its own."""
    after = noun.right_edge.i + 1
    head = noun.head.head if noun.dep_ == "pobj" else noun.head
    for v in head.children:
        subj = [c for c in v.children if c.dep_ == "nsubj"]
        if (
            v.i > after
            and v.dep_ in ("advcl", "ccomp", "conj")
            and v.tag_ in ("VBD", "VBN")
            and v.lemma_.lower() in cues()["send_verbs"]
            and subj
            and subj[0].left_edge.i == after
            and not any(c.dep_ in ("mark", "advmod") and c.i < subj[0].i for c in v.children)
            and not any(c.dep_ == "dobj" and noun_kind(c) is not None for c in v.children)
        ):
            return v
    return None


def zero_relative_noun(verb: Token) -> Token | None:
    """The noun whose :func:`zero_relative` clause ``verb`` is, if it is one."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or verb.dep_ not in ("advcl", "ccomp", "conj") or subj.left_edge.i == 0:
        return None
    before = verb.doc[subj.left_edge.i - 1]
    noun = next((a for a in [before, *before.ancestors] if a.right_edge.i == before.i and noun_kind(a)), None)
    zero = zero_relative(noun) if noun is not None else None
    return noun if zero is not None and zero.i == verb.i else None


def signed_aside(noun: Token) -> list[Token]:
    """'A's office sent telegrams in French, signed by B as head of the government, to X': a participle of
    signing set off after the object, which the parser hangs on the verb, or on the phrase between ("in
    French"), though it tells of the object."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB":
        return []
    return [
        c
        for c in verb.subtree
        if c.dep_ in ("advcl", "acl")
        and c.lemma_.lower() == "sign"
        and c.tag_ == "VBN"
        and c.i > noun.right_edge.i
        and (c.head.i == verb.i or c.head.dep_ == "pobj" and c.head.head.head.i == verb.i)
        and any(a.dep_ == "agent" for a in c.children)
    ]


def addressed_aside(noun: Token) -> Token | None:
    """'delivered a note to the embassy, addressed to the foreign ministry': the 'to' of a participle of
    addressing set off after the object, hung on the verb or on the one the note was handed to; whom it
    names the text is for (the one it was delivered to only carried it); so does one on the note itself
    ("handed him a note of protest addressed to C")."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB":
        return _addressed_next(noun)  # "In the letter, dated 14 May and addressed to C, A said"
    for c in verb.subtree:
        if c.dep_ not in ("advcl", "acl") or c.lemma_.lower() != "address" or c.tag_ not in ("VBN", "VBD"):
            continue
        hung = c.head.i == verb.i or c.head.dep_ == "pobj" and c.head.head.head.i == verb.i
        on_noun = c.dep_ == "acl" and noun.i <= c.head.i <= noun.right_edge.i  # "a note ... addressed to C"
        if c.i > noun.right_edge.i and hung and c.doc[c.i - 1].text == "," or on_noun:
            return next((p for p in c.children if p.dep_ == "prep" and p.lower_ == "to"), None)
    return _addressed_next(noun)


def _addressed_next(noun: Token) -> Token | None:
    """'The family received a letter from A addressed to C', 'B received a letter from A, addressed to his
    mother C': the participle right after the object's phrase, whatever the parser hung it on (the
    clause's verb, a conjunct, the verb of saying), addresses the object; the one who received it holds it
    for C."""
    doc = noun.doc
    after = noun.right_edge.i + 1
    after += after < len(doc) and doc[after].text == ","
    c = doc[after] if after < len(doc) else None
    if c is not None and c.lemma_.lower() in ("date", "sign", "write") and c.tag_ in ("VBN", "VBD"):
        c = next((x for x in c.conjuncts if x.lemma_.lower() == "address"), c)  # "dated X and addressed to C"
    if c is None or c.lemma_.lower() != "address" or c.tag_ not in ("VBN", "VBD"):
        return None
    if any(g.dep_ in ("nsubj", "nsubjpass", "dobj") for g in c.children):
        return None  # "..., addressed the crowd", "..., she addressed to C": a verb of its own
    return next((p for p in c.children if p.dep_ == "prep" and p.lower_ == "to"), None)
