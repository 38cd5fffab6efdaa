"""Verbs the parser read as participles: 'The President of X, A, sent on Tuesday a message to B' (the verb
taken for a participle of the subject set off by commas), 'A has this afternoon spoken to B' (the time
taken for the object of 'has')."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import noun_kind


def participle_after_time(v: Token) -> bool:
    """'A has this afternoon spoken by telephone to B': the parser reads the time as the object of 'has'
    and the participle as its modifier; the participle is the verb of the clause of 'has'."""
    head = v.head
    return (
        v.dep_ == "acl"
        and v.tag_ == "VBN"
        and head.ent_type_ in ("DATE", "TIME")
        and head.dep_ in ("dobj", "npadvmod")
        and head.head.lemma_ == "have"
        and head.head.i < head.i < v.i
    )


def verb_read_as_participle(v: Token) -> bool:
    """'The President of X, A, sent on Tuesday a message to B': with no finite verb in the sentence, the
    parser reads the verb as a participle of the subject set off by commas (the subject's apposition
    before the comma); the subject's verb all the same, when it has an object."""
    return (
        v.dep_ == "acl"
        and v.tag_ in ("VBD", "VBN")
        and (
            v.head.dep_ == "ROOT" or v.head.dep_ == "pobj" and v.head.head.dep_ == "ROOT"
        )  # "On 3 May A, ..."
        and v.head.pos_ in ("PROPN", "NOUN")
        and v.i > 0
        and v.doc[v.i - 1].text == ","
        and any(c.dep_ == "appos" and c.i < v.i for c in v.head.children)
        and (
            any(c.dep_ == "dobj" or c.dep_ == "npadvmod" and noun_kind(c) for c in v.children)
            or any(c.dep_ == "appos" and c.i > v.i and noun_kind(c) for c in v.head.children)
        )  # "A, the editor of X, published on the front page an open letter to B": the object shifted
    )
