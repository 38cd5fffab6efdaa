"""Which office a person's roles name, where the press also writes it short: a prime minister ("the
Norland PM", "the Libyan premier") and a foreign minister ("Norland FM holds talks with ..."); and a plural
office read out of one per place ("the presidents of X, Y and Z")."""

from __future__ import annotations

import re

from spacy.tokens import Token

from .. import names
from ..english_words import is_english_word
from ..names import content_words
from .mentions import INSTITUTION_HEADS, Party, _names_an_office
from .office_fit import same_stem, states_of
from .person_bodies import BODY_ENDS

# Offices as headlines abbreviate them, and the office words they stand for.
ABBREVIATED = {"pm": ("prime", "minister"), "fm": ("foreign", "minister"), "cm": ("chief", "minister")}


def prime_minister(p: Party) -> bool:
    """One of the person's offices is a prime minister's ("Prime Minister of Libya's Government of X"), not
    an office of his ("the Prime Minister of Libya's adviser")."""
    for r in p.roles:
        owned = re.search(r"['\u2019]s\s+(.+)$", r)
        if re.search(r"(?i)\bprime\s+minister\b", r) and not (owned and _names_an_office(owned.group(1))):
            return True
    return False


def chief_minister(p: Party) -> bool:
    """One of the person's offices is a chief minister's ("Chief Minister of Punjab", "Tamil Nadu Chief
    Minister"), the office headlines of the Indian and Pakistani press write "CM"."""
    return any(
        re.search(r"(?i)\bchief\s+minister\b", r) and not re.search(r"(?i)\b(?:former|ex|late|deputy)\b", r)
        for r in p.roles + p.surfaces
    )  # (not "Former chief minister A", "Deputy Chief Minister B")


def foreign_minister(p: Party) -> bool:
    """One of the person's offices is a foreign minister's ("Foreign Minister", "Minister of Foreign
    Affairs", "Minister for Foreign Affairs and Trade", "Foreign Affairs Minister")."""
    return any(
        re.search(r"(?i)\bforeign\s+(?:affairs\s+)?minister\b|\bminister\s+(?:of|for)\s+foreign\b", r)
        for r in p.roles
    )


def complement_fits(np: str, p: Party, rw: set[str]) -> bool:
    """The body or the state a description's office is "of" is not one the person's roles deny: "the
    President of the African Union Commission" is not South Africa's president (a body's word the person's
    roles lack), "the President of Mozambique" is no president tied to another state. A portfolio ("the
    Minister of Sport") or a place the person is tied to, or to none, fits."""
    m = re.search(r"(?i)\bof\s+(.+)$", np)
    if m is None or not {w for r in p.roles for w in content_words(r)} - names.title_words():
        return True  # a bare title ("Speaker A", "Chairman B") fits the body it is the office of
    theirs = states_of(p)
    head = np[: m.start()].split()[-1].lower() if np[: m.start()].split() else ""
    for w in content_words(m.group(1)):
        if same_stem(w, rw):
            continue
        if w in BODY_WORDS or theirs and names.states_named(w) and not names.states_named(w) & theirs:
            return False
        if head in ("head", "chief") and w not in ("state", "government") and _common(w, np):
            return False  # "the head of Russian diplomacy", "the chief of the army": a field's, no leader's
    return True


def _common(word: str, np: str) -> bool:
    """An English word the description writes in lower case ("diplomacy", not "Commons")."""
    return is_english_word(word) and re.search(rf"\b{re.escape(word)}\b", np) is not None


# Words that name a body an office may be "of" ("the President of the X Commission").
BODY_WORDS = (
    INSTITUTION_HEADS | set(BODY_ENDS) | {"union", "commission", "federation", "organisation", "organization"}
) - {"group"}  # "the World Bank Group": a tail a body's name may take


def group_of_offices(group: Party, offices: list[Party]) -> bool:
    """``group`` is the plural office ``offices`` were read out of, one per place ("the presidents of X, Y
    and Z" of "President of X", "President of Y", "President of Z", or of the holders with those roles)."""
    places = [r.split(" of ", 1)[1] for p in offices for r in p.roles if " of " in r]
    return (
        len(places) >= 2
        and group not in offices
        and (titles_only(group.name) or all(place in group.name for place in places))
    )  # "Ministers" of "the Prime Ministers of X and Y", a name to spaCy


def titles_only(name: str) -> bool:
    """A 'name' of office words alone ("Ministers" of "the Prime Ministers of X, Y and Z")."""
    words = names.fold(name).lower().split()
    return all(w in names.title_words() or w.endswith("s") and w[:-1] in names.title_words() for w in words)


def titled(p: Party, title: list[str]) -> bool:
    """'President Ana Berg': ``title`` (its words) is the person's own title, written before the name."""
    return any(
        names.tokens(x)[: len(title)] == title and x.endswith(p.name) and "'" not in x and "’" not in x
        for x in p.surfaces
    )


def hyphened_title(tok: Token, exact: str) -> list[str]:
    """The words of the office word ``tok`` ends: "Secretary-General" -> ['secretary', 'general']."""
    doc, i = tok.doc, tok.i
    while i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and doc[i - 2].is_alpha:
        i -= 2
    return names.tokens(doc[i : tok.i + 1].text) if i < tok.i else [exact]


def unpossessed(role: str) -> str:
    """The office a role names, without its article or a state's possessive before it ("Nigeria's Minister
    of Foreign Affairs" -> "Minister of Foreign Affairs")."""
    bare = names.strip_leading_article(role)  # (a possessive inside it, "chair of Parliament's X", stays)
    return names.strip_leading_article(re.sub(r"^[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,3}['’]s\s+", "", bare))


def title_head(role: str, n: int) -> list[str]:
    """The first ``n`` words of the office a role names, after its state's word ("Mexican President",
    "Norland's President", "the President": 'president')."""
    words = names.tokens(unpossessed(role))
    while len(words) > 1 and names.states_named(words[0]):
        words = words[1:]
    return words[:n]


def _other_minister(p: Party) -> bool:
    """'Minister A', 'the housing minister, A': a minister the report never calls prime minister."""
    told = " ".join([*p.roles, *p.surfaces, *p.offices]).lower()
    return "minister" in told and "prime" not in told and not prime_minister(p)
