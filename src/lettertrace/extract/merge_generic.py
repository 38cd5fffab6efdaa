"""Acts told in words that stand apart from any other telling: a bare plural that is correspondence at large
('the weeks of telegrams and letters that defused it'), and an act between two sides no name holds told a
paragraph before the named act ('... follows a phone call between the two presidents in February')."""

from __future__ import annotations

from spacy.tokens import Token

from .draft import Draft


def generic_plural(d: Draft) -> bool:
    """'the weeks of telegrams and letters that defused it', 'have traded letters, notes and warnings': a
    bare plural naming no party and no determiner is the correspondence at large, no one act to tell again."""
    t = d.trigger
    bare = t.tag_ == "NNS" and not any(c.dep_ in ("det", "poss", "nummod", "amod") for c in t.children)
    return (
        bare and d.sender is None and not d.recipients and (t.dep_ in ("pobj", "conj") or bool(t.conjuncts))
    )


def unnamed_before(a: Draft, b: Draft) -> bool:
    """'... follows a phone call between the two presidents in February.' and, a paragraph later, 'A and B
    spoke by phone on Saturday': an indefinite act whose pair of sides no name holds is not the later one."""
    first, later = (a, b) if a.trigger.i < b.trigger.i else (b, a)
    if first.sender is not None or first.recipients or not indefinite(first.trigger) or later.anaphoric:
        return False
    if not any(c.dep_ == "prep" and c.lower_ == "between" for c in first.trigger.children):
        return False  # ("A letter dated 3 March reached the palace. / The letter, written by A": one letter)
    return "\n" in first.trigger.doc.text[first.trigger.idx : later.trigger.idx]


def indefinite(noun: Token) -> bool:
    """The noun is told with 'a' or 'an' ("a phone call between the two presidents")."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
