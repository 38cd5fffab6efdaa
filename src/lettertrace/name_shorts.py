"""Short forms a report may use for a person it names in full: the initials of every word of the name
written as one word in capitals ("JFK" for John Fitzgerald Kennedy, "AMLO" for Andrés Manuel López
Obrador, "MBS" for Mohammed bin Salman), and a blend of the given name and the first syllable of the
surname ("Jokowi" for Joko Widodo), as agencies and headlines write the names of leaders."""

from __future__ import annotations

import re
import unicodedata

from spacy.tokens import Doc, Token

from . import names


def _words(full: str) -> list[str]:
    """The words of a name, accents stripped, case kept."""
    plain = unicodedata.normalize("NFKD", full).encode("ascii", "ignore").decode()
    return [w for w in plain.replace("-", " ").split() if w.isalpha()]


# Two capitals English writes for other things than a person's initials.
COMMON_PAIRS = frozenset(
    "US UK EU UN TV AI PM MP VP HQ DC OK ID PR GP IT AM PS RE CC BC AD ET PT MD PA PC FM BA MA NY LA SF GM CEO".split()
)


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
    if short.isupper() and len(short) == 2:  # an editor's "JA" and "TJ" for John Adams, Thomas Jefferson
        return len(words) == 2 and short == (words[0][0] + words[1][0]).upper() and short not in COMMON_PAIRS
    if not short[:1].isupper() or not short[1:].islower() or len(short) < 5:
        return False
    low, first, last = names.fold(short).lower(), words[0].lower(), words[-1].lower()
    # (a given name of four letters or more, and a surname opening on a consonant: "Carlos" is no blend
    # of Carl Osborne, nor "Johan" of Jo Hansen)
    return len(first) >= 4 and last[:1] not in "aeiou" and low == first + last[:2] and len(last) > 3


def short_form_either(a: str, b: str) -> bool:
    """One of two names is a short form of the other."""
    return short_form_of(a, b) or short_form_of(b, a)


def after_an_article(doc: Doc, text: str) -> bool:
    """The report writes the word after 'the' somewhere ("the KGB"): a body's name, whoever's initials
    spell it."""
    return any(t.text == text and t.i and doc[t.i - 1].lower_ == "the" for t in doc)


def body_by_initials(tok: Token) -> bool:
    """'The KGB', 'the PRI': capitals led by an article are a body's initials, never a person's."""
    return tok.text.isupper() and any(c.dep_ == "det" for c in tok.children)


# The ending of East Slavic surnames in -ский/-ський/-цкий as English outlets romanize it: "Zelenskyy",
# "Zelenskiy", "Zelensky" are one name, and a reader who searches for one expects the others.
_SLAVIC_END = re.compile(r"(?<=[a-z])([sc]k|zk)(yy|iy|yi|yj|ij|ii|y)$")
_SLAVIC_FORMS = ("y", "yy", "iy")


def slavic_spellings(name: str) -> list[str]:
    """The other common romanizations of a name whose last word ends in an East Slavic -sky (-skyy,
    -skiy, -sky): "Volodymyr Zelenskyy" also "Volodymyr Zelensky" and "Volodymyr Zelenskiy". Polish
    -ski and names of other endings have none."""
    words = name.split()
    if len(words) < 1 or not words[-1][:1].isupper():
        return []
    last = words[-1]
    m = _SLAVIC_END.search(last)
    if not m or len(last) < 6:
        return []
    stem = last[: m.start(2)]
    return [" ".join([*words[:-1], stem + f]) for f in _SLAVIC_FORMS if stem + f != last]
