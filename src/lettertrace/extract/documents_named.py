"""Documents the recogniser takes for bodies or people: "the Kessel Proclamation", "the Arland
Declaration", "the Vestria Doctrine". A name whose last word is a kind of public document names that
document, not a party who writes or is written to; so does one that opens with the word of a letter or
message ("Message to the Kessel Assembly", a head of state's annual address, titled)."""

from __future__ import annotations

from spacy.tokens import Span

from .lexicon import noun_kind

# Kinds of public documents a capitalised name may end with (a body's name ends otherwise: "the Resolution
# Foundation", "the Act Party", "the Convention People's Party").
DOCUMENT_HEADS = frozenset(
    {
        "proclamation",
        "declaration",
        "manifesto",
        "treaty",
        "accord",
        "accords",
        "doctrine",
        "protocol",
        "communique",
        "communiqué",
        "edict",
        "decree",
        "ordinance",
        "statute",
        "amendment",
        "act",
        "constitution",
        "charter",
        "covenant",
        "convention",
    }
)


def document_name(span: Span) -> bool:
    """``span`` ends in a capitalised word of a kind of document, after at least one other word ("the Vestria
    Doctrine", "Kessel Proclamation"; not "Treaty" alone)."""
    words = [t for t in span if not t.is_punct and t.lower_ != "the"]
    last = words[-1] if words else None
    if len(words) >= 3 and words[0].text[:1].isupper() and noun_kind(words[0]) in ("letter", "message"):
        return True  # "Message to Kessel Assembly", "Letter from Kessel Jail": a text's title
    return len(words) >= 2 and last is not None and last.text[:1].isupper() and last.lower_ in DOCUMENT_HEADS
