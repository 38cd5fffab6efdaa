"""Small tests the argument filler asks of a noun or a clause: whether a message is a greeting (always
addressed to someone), whether a relative clause tells what was said in the act ("during which")."""

from __future__ import annotations

from spacy.tokens import Token

from .syntax import GREETING_NOUNS

# Verbs that tell who wrote a text, as its passive's agent ("The letter was drafted by A"): the author.
AUTHORING = frozenset(
    {
        "author",
        "co-author",
        "draft",
        "compose",
        "pen",
        "initiate",
        "organise",
        "organize",
        "coordinate",
        "spearhead",
        "lead",  # "a joint letter led by A": its lead signer
    }
)


def _greeting(noun: Token) -> bool:
    """'a congratulatory message', 'a message of condolence': a greeting is always addressed to someone."""
    words = [c.lemma_.lower() for c in noun.children if c.dep_ in ("amod", "compound")]
    words += [
        g.lemma_.lower() for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
    ]
    return any(w in GREETING_NOUNS or w.startswith(("congratulat", "condol", "felicit")) for w in words)


def _during_which(clause: Token) -> bool:
    """A relative clause opened by a preposition and 'which' ("during which", "in which"): it tells what
    was said in the act, whose parties it does not name."""
    return any(c.dep_ == "prep" and any(g.lower_ == "which" for g in c.children) for c in clause.children)


def _thanked_noun(noun: Token) -> bool:
    """'thanked B for his letter', 'expressed gratitude to B for the letter of congratulations': a noun of
    what is thanked for, with a possessive pronoun or 'the' (not 'for a letter A had sent')."""
    if any(c.dep_ == "poss" and c.lower_ in ("his", "her", "their", "its") for c in noun.children):
        return True
    own = any(  # "for the letter the students had sent her", "for the message from the union": another's
        c.dep_ in ("relcl", "acl")
        and any(g.dep_ in ("nsubj", "agent") for g in c.children)
        or c.dep_ == "prep"
        and c.lower_ in ("from", "by")
        for c in noun.children
    )
    return not own and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


def authored(verb: Token) -> bool:
    """'The letter was drafted by A': ``verb`` names the author, unless its sentence names a person who signed
    ("drafted by C and signed by President A": A sends; not "also signed by three former ministers")."""
    signer = any(
        t.lemma_.lower() == "sign"
        and any(
            g.dep_ == "pobj" and (g.ent_type_ == "PERSON" or g.pos_ == "PROPN")
            for a in t.children
            if a.dep_ == "agent"
            for g in a.children
        )
        for t in verb.sent
    )
    return verb.lemma_.lower() in AUTHORING and not signer
