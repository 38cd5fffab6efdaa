"""A phrase set off before a clause's 'that': 'A announced, in a message to B, that C would leave'. The
parser may hang 'in a message' on the verb of the 'that' clause; it tells of the verb the clause is the
object of (A's announcing), and so does the message's sender."""

from __future__ import annotations

from spacy.tokens import Token

# Verbs of telling someone a that-clause, whose medium may close the sentence ("A warned B that ..., in a letter").
_TELLING = frozenset(
    {"warn", "tell", "inform", "assure", "remind", "notify", "advise", "caution", "reassure"}
)


def before_that(verb: Token, tok: Token) -> Token:
    """The verb a word before the 'that' of ``verb``'s clause belongs to: the clause's head, or ``verb``."""
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "that"), None)
    prep = tok if tok.dep_ == "prep" else tok.head if tok.dep_ == "pobj" else None
    set_off = (  # "A warned B that she will not accept X, in a letter dated 18 June": the warning's medium
        prep is not None
        and prep.lower_ in ("in", "through", "via")
        and prep.head.i == verb.i
        and prep.i > 0
        and verb.doc[prep.i - 1].text == ","
        and verb.dep_ == "ccomp"
        and verb.i < prep.i
        and prep.right_edge.i >= verb.right_edge.i - 1  # the phrase closes the clause
        and not _split_auxiliary(verb)
        and _told_as_done(verb.head)
        and not _carried_by(
            tok if tok.dep_ == "pobj" else next((g for g in prep.children if g.dep_ == "pobj"), tok)
        )
        and verb.head.lemma_.lower()
        in _TELLING  # not "Reporters learned that A had resigned, in a letter to B"
        and any(c.dep_ in ("dobj", "dative") for c in verb.head.children)
    )
    if (
        mark is not None
        and (tok.i < mark.i or set_off)
        and verb.dep_ in ("ccomp", "advcl")
        and verb.head.pos_ in ("VERB", "AUX")
    ):
        return verb.head
    return verb


def _split_auxiliary(verb: Token) -> bool:
    """'the committee had, in a letter dated X, invited B': an auxiliary the parser took for the clause's verb,
    its participle after the phrase."""
    return verb.lemma_.lower() in ("have", "be", "do") and not any(
        c.dep_ in ("dobj", "attr", "acomp", "xcomp") for c in verb.children
    )


_MODALS = frozenset({"will", "would", "shall", "should", "may", "might", "can", "could", "must"})
_CARRYING = frozenset(
    {"deliver", "hand", "convey", "transmit", "forward", "present", "relay", "pass", "bring"}
)


def _told_as_done(verb: Token) -> bool:
    """The telling verb is told as done: not negated, not under a modal, not the complement of another verb
    ("denied telling B", "plans to tell B", "will tell B", "did not tell B")."""
    return verb.dep_ in ("ROOT", "conj", "ccomp") and not any(
        c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children
    )


def _carried_by(noun: Token) -> bool:
    """'a letter handed over by her envoy C': the one named after 'by' only carried it."""
    return any(c.dep_ == "acl" and c.lemma_.lower() in _CARRYING for c in noun.children)
