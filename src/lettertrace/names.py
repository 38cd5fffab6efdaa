"""Name normalisation and matching: titles, honorifics, transliteration variants, fuzzy match.

Rules, not lists of the sample's names: honorifics and office words come from
``data/titles.yaml``; Arabic and Persian transliteration variants are folded by
character-equivalence rules (Haniyeh/Haniya/Haneya, Nakhalah/Nakhaleh, Seyyed/Sayyid)
and compared with rapidfuzz.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from importlib import resources
from typing import Any

import yaml
from anyascii import anyascii
from rapidfuzz import fuzz

from . import given_names
from .spellings import gendered_pair, one_slavic_spelling
from .state_names import _IRREGULAR_DEMONYMS, _NO_STATE_CODES, _STATE_ABBREVIATIONS, whole_names

# Two folded name tokens are variants of one transliteration when their similarity
# (rapidfuzz ratio on the skeletons) reaches this: set on the variant pairs in
# tests/test_names.py (Haniyeh/Haniya 100, Nakhalah/Nakhaleh 100) against distinct
# names (Zayed/Zarif, Salman/Sultan < 80).
TOKEN_MATCH = 85.0


@cache
def _data(name: str) -> Any:
    with resources.files("lettertrace").joinpath(f"data/{name}").open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@cache
def title_words() -> frozenset[str]:
    """Honorifics and office words that may precede a name."""
    d = _data("titles.yaml")
    return frozenset(d["honorifics"]) | frozenset(d["offices"])


@cache
def honorifics() -> frozenset[str]:
    """Honorifics only (Mr, Sheikh, His Highness): words of address, never an office."""
    return frozenset(_data("titles.yaml")["honorifics"])


@cache
def particles() -> frozenset[str]:
    """Name particles ignored when comparing (al-, bin, von ...)."""
    return frozenset(_data("titles.yaml")["particles"])


@lru_cache(maxsize=1 << 16)  # the same few hundred names are folded again and again
def fold(s: str) -> str:
    """ASCII, lower case, apostrophes removed."""
    s = anyascii(s or "").lower()
    return re.sub(r"['`]", "", s)


def tokens(s: str) -> list[str]:
    """Folded word tokens, with hyphenated particles split off (al-Nakhalah -> al, nakhalah)."""
    return list(_tokens(s))


@lru_cache(maxsize=1 << 16)
def _tokens(s: str) -> tuple[str, ...]:
    s = re.sub(r"['’`]s\b", "", s or "")  # possessive: "Leader's" -> "Leader"
    return tuple(t for t in re.split(r"[^a-z0-9.]+", fold(s).replace("-", " ")) if t and t != ".")


def core_tokens(name: str) -> list[str]:
    """The tokens of a person's name without titles, honorifics and particles."""
    return list(_core_tokens(name))


@cache
def _core_tokens(name: str) -> tuple[str, ...]:
    """The tokens of a person's name without titles, honorifics and particles."""
    toks = [t.strip(".") for t in tokens(name)]
    titles, parts = title_words(), particles()
    out = [t for t in toks if t and t not in titles and t not in parts and not t.isdigit()]
    return _theophoric(tuple(out or [t for t in toks if t]))


# "Abd", "Abdul", "Abdel" ("servant of") open a given name written as one word or two: "Abdul-Rahman",
# "Abdul Rahman", "Abdulrahman" and "Abd al-Rahman" are one name.
THEOPHORIC = frozenset({"abd", "abdul", "abdel", "abdol", "abdal", "abdu"})
_LONGEST_FIRST = sorted(THEOPHORIC, key=lambda p: (-len(p), p))


def _theophoric(toks: tuple[str, ...]) -> tuple[str, ...]:
    out: list[str] = []
    for t in toks:
        if out and out[-1] in THEOPHORIC:
            out[-1] += t
        else:
            out.append(t)
    return tuple(out)


@cache
def skeleton(tok: str) -> str:
    """Transliteration skeleton: doubled letters single, final -h after a vowel dropped, vowels unified."""
    t = re.sub(r"(.)\1+", r"\1", tok)
    t = re.sub(r"([aeiouy])h$", r"\1", t)
    t = re.sub(r"(?<=.)[aeiouy]+", "a", t)
    t = t.replace("ou", "u").replace("q", "k").replace("dh", "z")
    return t


def _last_sound(skel: str) -> str:
    """A skeleton's last letter, spellings of one sound made one ("Dominic"/"Dominik", "Aziz"/"Azis")."""
    return {"c": "k", "q": "k", "z": "s", "y": "i"}.get(skel[-1], skel[-1])


def _one_spelling(tok: str) -> str:
    """A folded name token less the letters romanizations add or drop for one sound: an initial 'y' before
    'e' ("Yerlan"/"Erlan", "Yevgeny"/"Evgeny"), the 'h' of 'th' ("Sisavath"/"Sisavat", "Thomas"/"Tomas")
    and a final 'h' after a consonant ("Phommachanh"/"Phommachan", "Singh"/"Sing")."""
    t = tok[1:] if tok.startswith("ye") and len(tok) > 4 else tok
    t = one_slavic_spelling(t.replace("th", "t"))
    return t[:-1] if len(t) > 4 and t.endswith("h") and t[-2] not in "aeiouy" else t


def token_match(a: str, b: str) -> bool:
    """Two folded name tokens are the same name in another transliteration ("Abdulhalim" is also "Halim",
    as "Tun Abdul Halim" is "Tun Halim")."""
    if a == b:
        return True
    for x, y in ((a, b), (b, a)):
        rest = next((x[len(p) :] for p in _LONGEST_FIRST if x.startswith(p) and len(x) - len(p) >= 4), None)
        if rest is not None and rest != x and token_match(rest, y):
            return True
    if min(len(a), len(b)) < 4 or gendered_pair(a, b):
        return False  # (a Slavic surname's female form is another person's: "Ivanova" beside "Ivanov")
    if min(len(a), len(b)) >= 7 and (a == b + "s" and b[-1] == "i" or b == a + "s" and a[-1] == "i"):
        return True  # a Greek name with and without its nominative 's' ("Kotsakis", "Kotsaki")
    sa, sb = skeleton(_one_spelling(a)), skeleton(_one_spelling(b))
    short, long_ = sorted((sa, sb), key=len)
    if _last_sound(sa) != _last_sound(sb) and not (long_.startswith(short) and long_.endswith("a")):
        # a variant keeps a name's last sound or adds an ending in a vowel ("Francisco"), unlike
        # "Contractor" or "House" against "Hassan"
        return False
    return fuzz.ratio(sa, sb) >= TOKEN_MATCH


def surname(name: str) -> str:
    """The last core token of a name (its usual short form)."""
    core = core_tokens(name)
    return core[-1] if core else ""


def syllabled(word: str) -> bool:
    """A name written in syllables joined by a hyphen, the second in lower case ("Do-yun", "Seung-han"): one
    given name, none of whose syllables is a name of its own (unlike the two of "Moreau-Laval")."""
    head, _, tail = word.partition("-")
    return head[:1].isupper() and head.isalpha() and tail[:1].islower() and tail.isalpha()


def same_person(a: str, b: str) -> bool:
    """True when two person names can denote the same person (one's core tokens within the other's; a
    given name and its familiar form are one: "Joe Biden" is "Joseph R. Biden")."""
    ca, cb = core_tokens(a), core_tokens(b)
    if not ca or not cb:
        return False
    for x, other in ((a, cb), (b, ca)):
        if len(x.split()) == 1 and x.isupper() and len(x) >= 3 and fold(x).lower() not in other:
            return False  # a word in capitals ("ASEAN") is that word or an acronym, never a variant spelling
    if len(ca) >= 2 and len(cb) >= 2 and ca[0] != cb[0] and given_names.familiar_form(ca[0], cb[0]):
        ca = [cb[0], *ca[1:]]
    short, long_ = (ca, cb) if len(ca) <= len(cb) else (cb, ca)
    if len(short) == 1:
        long_name = b if short is ca else a
        patronymic = bool(
            set(tokens(long_name)) & {"bin", "ibn", "bint", "ben"}
        )  # "Khalifa bin Zayed": Sheikh Khalifa
        words = [w for w in long_name.split() if core_tokens(w) and set(tokens(w)) - title_words()]
        # a given name written in syllables ends a name written family name first: "Han" of "Han Do-yun";
        # none of its syllables is the name: "Han" is not "Lee Seung-han" (but "Laval" is "Moreau-Laval")
        compound = bool(words) and syllabled(words[-1])
        first_ok = len(long_) <= 2 or len(words) <= 2 and compound or patronymic
        return (
            not compound
            and token_match(short[0], long_[-1])
            or (first_ok and token_match(short[0], long_[0]))
            or any(token_match(short[0], w) for w in _surname_heads(long_name))
        )
    if fathers_line(a, b) or fathers_line(b, a):
        return False
    for one, other in ((short, long_), (long_, short)):
        if (
            len(one) == 2
            and len(other) >= 2
            and one[0] == other[0]
            and _PATRONYMIC.search(one[1])
            and one[1] not in other
        ):
            return True  # "Vladimir Vladimirovich", the given name and the father's, as one is addressed in Russian
    return _ordered_subset(short, long_)


# The endings of an East Slavic patronymic ("Vladimirovich", "Sergeyevna", "Nikolaevich").
_PATRONYMIC = re.compile(r"[^aeiou](?:ovich|evich|ovna|evna)$")


def first_of_two_surnames(word: str, long_name: str) -> bool:
    """'Vial' of 'Ernesto Vial Correa': a given name and two surnames, the person called by the first of
    them (as Spanish and Portuguese names are); never a given name of its own ('Maria' of 'Ana Maria Soto')."""
    long_, short = core_tokens(long_name), core_tokens(word)
    return (
        len(long_) == 3
        and len(short) == 1
        and not syllabled(long_name.split()[-1])
        and token_match(short[0], long_[1])
        and not given_names.has_familiar_forms(short[0])
        and not given_names.is_familiar_form(short[0])
    )


def runs_within(short: str, long_name: str) -> bool:
    """'Omar' or 'Lopez Obrador' within 'Andres Manuel Lopez Obrador': a shorter name whose core words
    run together inside a longer one; not the father's name and line written after 'bin' in it."""
    st, lt = core_tokens(short), core_tokens(long_name)
    n = len(st)
    within = 0 < n < len(lt) and any(lt[i : i + n] == st for i in range(len(lt) - n + 1))
    return within and not fathers_line(short, long_name)


# Words that join a given name to the father's ("Khalid bin Omar", "Fatima bint Ali", "Yusuf ibn Said").
PATRONYMIC_PARTICLES = frozenset({"bin", "ibn", "bint", "ben", "ould"})


def fathers_line(short: str, long_name: str) -> bool:
    """``short`` is written in ``long_name`` after a word of descent, with a word of descent of its own:
    "Omar bin Said Al Nour" in "Khalid bin Omar bin Said Al Nour" is the father's name and line, another
    person."""
    st, lt = tokens(short), tokens(long_name)
    if len(st) >= len(lt) or not set(st) & PATRONYMIC_PARTICLES:
        return False
    return any(w in PATRONYMIC_PARTICLES and lt[i + 1 : i + 1 + len(st)] == st for i, w in enumerate(lt[:-1]))


# Particles that join an Iberian compound surname ("Moura da Costa", "Ibáñez del Río").
_SURNAME_PARTICLES = frozenset({"da", "das", "de", "del", "do", "dos"})


def _surname_heads(name: str) -> list[str]:
    """The words that open a compound surname after the given names: the word before a particle, never the
    first ("Moura" of "Paulo Sérgio Moura da Costa"), by which such a person is often called alone."""
    raw = name.split()
    return [
        core[0]
        for i in range(1, len(raw) - 1)
        if raw[i + 1].lower() in _SURNAME_PARTICLES and (core := core_tokens(raw[i]))
    ]


def _ordered_subset(short: list[str], long_: list[str]) -> bool:
    i = 0
    for tok in long_:
        if i < len(short) and token_match(short[i], tok):
            i += 1
    if i < len(short):
        return False
    return token_match(short[-1], long_[-1]) or token_match(short[0], long_[0])


def strip_leading_article(s: str) -> str:
    """'the Leader' -> 'Leader'."""
    return re.sub(r"^(the|a|an)\s+", "", s.strip(), flags=re.I)


STOP = {
    "the",
    "a",
    "an",
    "of",
    "his",
    "her",
    "its",
    "their",
    "'s",
    "’s",
    "and",
    "in",
    "for",
    "to",
    "s",
    "'",
    "’",
}


def content_words(s: str) -> set[str]:
    """Folded content words of a phrase (no articles, possessives or prepositions)."""
    return {t for t in tokens(s) if t not in STOP and len(t) > 1}


def org_key(s: str) -> str:
    """Comparison key for organisations: folded content words, the state whose body it is written as its
    code however it is named ("the Embassy of Spain", "the Spanish Embassy", "the Embassy of the Kingdom of
    Spain in Lima": one key), without where the body sits ("in ...")."""
    s = _SITED.sub("", re.sub(r"\([^)]*\)", "", s))
    codes = states_named(s)
    words = {w for w in content_words(s) if not (codes and (states_named(w) or w in _STATE_NOUNS))}
    return " ".join(sorted(words | {c.lower() for c in codes})) or fold(s)


# Where a body sits, written after its name ("... in the Republic of Chile", "... in Lima").
_SITED = re.compile(r"\s+in\s+(?:the\s+)?[A-Z][\w'’. -]*$")
# The nouns of a state's formal name ("the Russian Federation", "the Kingdom of Spain").
_STATE_NOUNS = frozenset(
    {"republic", "federation", "kingdom", "state", "states", "united", "democratic", "union"}
)


# Endings that make a people's word of a state's name: Moldova-n, Brazil-ian, Bhutan-ese, Niger-ien
# ("-i" is left out: Irani, Ghazi are surnames too).
_DEMONYM_ENDINGS = ("ian", "ien", "an", "n", "ese", "ish")


@cache
def _territories() -> frozenset[str]:
    from babel import Locale  # the CLDR's English names of states and territories

    return frozenset(fold(n).lower() for n in Locale.parse("en").territories.values())


@cache
def _two_word_demonyms() -> dict[str, str]:
    """'sri lankan', 'south african', 'north korean', 'costa rican', 'sierra leonean': the people's word of a
    state whose name is two words or more, formed as English forms them, with the state's code."""
    out = {}
    for n, c in _state_codes().items():
        if " " in n:
            out.update({n + e: c for e in ("n", "an", "ese") if not n.endswith(("n", "an")) or e != "n"})
    return out


def is_demonym(word: str) -> bool:
    """'Moldovan', 'Mongolian', 'Bhutanese', 'Italian', 'Uzbek': the people's word of a state the CLDR names
    (spaCy may tag one it does not know as a person's name)."""
    w = fold(word).lower()
    if " " in w.strip():
        return w.strip() in _two_word_demonyms()
    if w in _IRREGULAR_DEMONYMS and w not in _territories() and w not in ("turkey", "holland"):
        return True  # "Thai", "Lao", "Swazi": a people's word English does not form from the name
    if not w.isalpha() or len(w) < 5:
        return False
    if w + "istan" in _territories() or w + "stan" in _territories():
        return True  # "Uzbek", "Kazakh", "Turkmen"
    stems = {w[: -len(e)] for e in _DEMONYM_ENDINGS if w.endswith(e)}
    return any(s in _territories() or s + "a" in _territories() or s + "y" in _territories() for s in stems)


# Words that make an office another, lesser one: a deputy emir is no emir, a vice president no president.
SECOND_TO = frozenset({"deputy", "vice", "assistant", "under", "acting", "former", "ex", "late", "shadow"})

_STEM_ENDS = ("a", "y", "e", "o", "")  # "Kenya-n", "Ital-y", "Ukrain-e", "Mexic-o", "Sudan-ese"


@cache
def _state_codes() -> dict[str, str]:
    """A state's CLDR English name, folded ("united states") -> its two-letter code."""
    from babel import Locale

    named = Locale.parse("en").territories
    return {
        fold(n).lower(): code
        for code, n in named.items()
        if len(code) == 2 and code.isalpha() and code not in _NO_STATE_CODES
    }


def _place(s: str) -> str:
    return fold(s.replace("\u2019", "'").removesuffix("'s")).replace(".", "")  # "St. George's": "st george"


@cache
def _capitals() -> dict[str, str]:
    """A capital's name, folded and lower case -> the state's two-letter code (``data/capitals.yaml``)."""
    return {_place(c): code for code, caps in _data("capitals.yaml").items() for c in caps or []}


def state_of_capital(text: str) -> str | None:
    """The CLDR English name of the state whose capital ``text`` is ("Moscow" -> "Russia"), else None."""
    from babel import Locale

    code = _capitals().get(_place(text))  # (written "St George's", "St. George's" or "St George")
    known = Locale.parse("en").territories if code is not None else {}
    return str(known[code]) if code in known else None


@cache
def _whole_names() -> list[tuple[str, str]]:
    return whole_names(_state_codes(), fold)


@cache
def _whole_name_set() -> frozenset[str]:
    return frozenset(n for n, _ in _whole_names())


def whole_state_name(text: str) -> bool:
    """``text`` is a state's name of several words as English writes it ("Trinidad and Tobago", "Saint
    Vincent and the Grenadines"), which a list must not split at its 'and'."""
    return fold(text).strip() in _whole_name_set()


@cache
def state_codes() -> frozenset[str]:
    """The two-letter codes of the states the CLDR names (as :func:`org_key` writes a state)."""
    return frozenset(_state_codes().values())


def states_named(text: str) -> frozenset[str]:
    """The CLDR codes of the states a description names: by name ("the President of the United States"),
    by its people's word ("the Slovenian president") or by an abbreviation English writes for it ("the
    US president")."""
    codes = _state_codes()
    out = {_STATE_ABBREVIATIONS[w] for w in re.findall(r"\b[A-Z]{2,4}\b", text) if w in _STATE_ABBREVIATIONS}
    low = fold(re.sub(r"['\u2019]s\b", "", text)).lower()  # "India's ministry": India's, not "indias"
    for n, c in _whole_names():  # a name of several words whole: "Northern Ireland" is no Ireland
        if n in low and re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", low):
            out.add(c)
            low = re.sub(rf"(?<![\w-]){re.escape(n)}(?![\w-])", " ", low)
    for n, c in _two_word_demonyms().items():
        if n in low and re.search(rf"\b{re.escape(n)}\b", low):
            out.add(c)
            low = re.sub(rf"\b{re.escape(n)}\b", " ", low)  # "South Sudanese" is no Sudanese
    for w in re.findall(r"[a-z]+", low):
        if w in codes:
            out.add(codes[w])
        elif w in _IRREGULAR_DEMONYMS:
            out.add(_IRREGULAR_DEMONYMS[w])
        elif len(w) >= 4:  # the longest stem first: "Nigerian" is Nigeria's, not Niger's; "Iraqi" is Iraq's
            stems = [w[: -len(e)] + x for e in (*_DEMONYM_ENDINGS, "i") if w.endswith(e) for x in _STEM_ENDS]
            stems += [w + "istan", w + "stan"]  # "Uzbek", "Kazakh"
            hit = next((codes[s] for s in sorted(stems, key=len, reverse=True) if s in codes), None)
            if hit is not None:
                out.add(hit)
    return frozenset(out)


def is_state_name(text: str) -> bool:
    """A state's or territory's whole name as the CLDR gives it ("Nepal", "Costa Rica")."""
    folded = fold(text).lower()
    return folded in _territories() or whole_state_name(
        text
    )  # "Trinidad and Tobago", "Saint Vincent and the Grenadines"


def is_state_word(word: str) -> bool:
    """A state's name the CLDR gives ("Malawi") or its people's word ("Malawian")."""
    return is_state_name(word) or is_demonym(word)


def initialled(name: str) -> bool:
    """A full name whose given names are (partly) initials: "M. J. Doe"."""
    core = core_tokens(name)
    return len(core) >= 2 and any(len(t) == 1 for t in core[:-1])


def initials_match(initialled: str, full: str) -> bool:
    """The same surname, and each given name of one in order the initial or a variant of the other's:
    "M. J. Doe" and "Maria Doe" or "Maria Jane Doe", not "Anna Doe". Used only where one full name fits."""
    ci, cf = core_tokens(initialled), core_tokens(full)
    if len(ci) < 2 or len(cf) < 2 or not token_match(ci[-1], cf[-1]):
        return False
    for ti, tf in zip(ci[:-1], cf[:-1], strict=False):
        if not (ti[0] == tf[0] if min(len(ti), len(tf)) == 1 else token_match(ti, tf)):
            return False
    return True


def initials_either(a: str, b: str) -> bool:
    """One name is written with initials and the other in full, and they fit ("M. K. Doe", "Mark Karl Doe")."""
    return initialled(a) != initialled(b) and (initials_fit(a, [b]) or initials_fit(b, [a]))


def initials_fit(initialled_name: str, forms: list[str]) -> bool:
    """A name written with initials that fits one of ``forms`` written in full."""
    return initialled(initialled_name) and any(initials_match(initialled_name, f) for f in forms)


# Words of kinship before a name ("Adams's son John Quincy Adams"): the one named is another person.
KIN = frozenset(
    {"son", "daughter", "father", "mother", "brother", "sister", "wife", "husband", "widow", "widower",
     "nephew", "niece", "grandson", "granddaughter", "cousin", "uncle", "aunt"}
)  # fmt: skip


def kin_of(role: str | None, name: str) -> bool:
    """A role that names its holder as kin of ``name`` ('son of John Adams')."""
    return role is not None and any(role == f"{k} of {name}" for k in KIN)
