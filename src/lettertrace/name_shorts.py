"""Short forms a report may use for a person it names in full: the initials of every word of the name
written as one word in capitals ("JFK" for John Fitzgerald Kennedy, "AMLO" for Andrés Manuel López
Obrador, "MBS" for Mohammed bin Salman), and a blend of the given name and the first syllable of the
surname ("Jokowi" for Joko Widodo), as agencies and headlines write the names of leaders."""

from __future__ import annotations

import unicodedata

from . import names


def _words(full: str) -> list[str]:
    """The words of a name, accents stripped, case kept."""
    plain = unicodedata.normalize("NFKD", full).encode("ascii", "ignore").decode()
    return [w for w in plain.replace("-", " ").split() if w.isalpha()]


def short_form_of(short: str, full: str) -> bool:
    """Whether the one word ``short`` is a short form of the name ``full`` (two words or more)."""
    short = short.strip()
    if " " in short or not short.isalpha():
        return False
    words = _words(full)
    if len(words) < 2:
        return False
    if short.isupper() and len(short) >= 3:
        every = "".join(w[0] for w in words).upper()
        capitals = "".join(w[0] for w in words if w[0].isupper()).upper()
        return short in (every, capitals)
    if not short[:1].isupper() or not short[1:].islower() or len(short) < 5:
        return False
    low, first, last = names.fold(short).lower(), words[0].lower(), words[-1].lower()
    return any(low == first + last[:k] for k in (2, 3)) and len(last) > 3


def short_form_either(a: str, b: str) -> bool:
    """One of two names is a short form of the other."""
    return short_form_of(a, b) or short_form_of(b, a)
