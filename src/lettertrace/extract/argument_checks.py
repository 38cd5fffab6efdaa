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
    return any(
        c.dep_ in ("poss", "det") and c.lower_ in ("his", "her", "their", "its", "the") for c in noun.children
    )
