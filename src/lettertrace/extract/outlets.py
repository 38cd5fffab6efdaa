"""A newspaper, agency or broadcaster among the parties of a verb of speaking: one speaks to it in an
interview, never on a call."""

from __future__ import annotations

from spacy.tokens import Token

from .. import names
from ..meta import OUTLET_WORDS
from .mentions import Party
from .speech_words import MEDIA_NOUNS


def outlet(p: Party, verb: Token | None = None) -> bool:
    """A newspaper, agency or broadcaster ("Example News", "the Kessel Herald", and where ``verb`` is
    given, a name it governs written beside a media noun: "speaking to the newspaper Le Monde"): one
    speaks to it in an interview, never on a call."""
    from ..meta import agencies  # "speaking to TASS": a news agency by its credit or its name

    last = names.fold(p.name.split()[-1]).lower() if " " in p.name else ""
    known = p.ptype != "person" and (p.name.lower() in agencies() or p.name in agencies().values())
    words = set(p.name.split())
    return (
        known
        or last in OUTLET_WORDS
        and (p.ptype != "person" or last in ("news", "radio", "tv", "agency", "herald"))
        or verb is not None
        and any(
            t.text in words and n.is_lower and n.lemma_ in MEDIA_NOUNS - {"news"}
            for t in verb.subtree
            for n in t.doc[max(t.i - 1, 0) : t.i + 2]
        )
    )
