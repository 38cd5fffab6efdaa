"""People who act for another: a courier, envoy or representative who carries what another writes, and
aides and officials who speak for a principal."""

from __future__ import annotations

from spacy.tokens import Token

from .mentions import Party

# Heads of phrases naming people who carry a letter for someone else: not its sender.
COURIER_HEADS = {
    "ambassador",
    "envoy",
    "messenger",
    "courier",
    "emissary",
    "representative",
    "delegation",
    "delegate",
}


# Common nouns for people who act for a principal: "aides to A", "officials of B".
STAFF_HEADS = frozenset(
    {"aide", "official", "adviser", "advisor", "staff", "staffer", "spokesman", "spokeswoman", "spokesperson"}
)


def _acts_for_another(tok: Token) -> bool:
    """'aides', 'Officials', 'the envoy': a common noun for people who act for a principal (spaCy
    tags a capitalised plural at a sentence's start as a proper noun); not 'the two officials'."""
    w = tok.lower_
    if w.startswith("official") and any(c.lower_ in ("two", "both") for c in tok.children):
        return False  # "the two officials", "both officials": the pair the report named, by their office
    if w == "representative" and any(c.lower_ == "high" for c in tok.children):
        return False  # a High Representative heads a body's foreign policy and speaks in his own right
    heads = STAFF_HEADS | COURIER_HEADS
    return tok.ent_type_ == "" and (
        w in heads or w.endswith("s") and w[:-1] in heads or tok.lemma_.lower() in heads
    )


def _head_word_of(tok: Token) -> str:
    return (tok.lemma_ or tok.text).lower()


def _is_courier(p: Party) -> bool:
    """An envoy, ambassador or representative: one who carries what another writes (a "High
    Representative" heads a body's foreign policy and writes in his own right)."""
    forms = [r.lower() for r in [*p.roles, *p.surfaces]]
    high = any("high representative" in f for f in forms)
    return any(w in COURIER_HEADS and not (high and w == "representative") for f in forms for w in f.split())
