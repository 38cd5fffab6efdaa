"""A person's full name tagged as a body, the surname alone tagged as a person: 'Richard Elton was
replying to a letter Marcus Hall sent him ... Mr Hall responded' (spaCy reads "Marcus Hall" ORG, "Hall"
PERSON). The body is that person, so "Mr Hall" and "Marcus Hall" are one party (folded by the index's
single names). And a name tagged a body at every mention that the report goes on to call 'he' or 'she'
is a person's (:func:`bodies_called_he_or_she`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from .. import names
from ..english_words import is_english_word
from ..given_names import has_familiar_forms, is_familiar_form
from ..name_letters import regnal_number
from ..nlp import sent_of
from .mentions import ROLE_HEADS, Party, _add_role, _role_class, strip_titles

if TYPE_CHECKING:
    from .index import PartyIndex

# Last words that make a name a body's, not a person's ("Marcus Hall" is a person; "Grosvenor House" not).
BODY_ENDS = frozenset(
    "ministry department office council committee party bank union agency company group association house"
    " assembly court commission authority institute university foundation trust society fund network forum"
    " club league government embassy times news post press tribune herald radio television".split()
)


def persons_tagged_as_bodies(parties: list[Party]) -> list[Party]:
    """The bodies whose name is a given name and a surname that a one-word person of the report bears, or
    that runs within one person's longer name ("Lopez Obrador" tagged a body, "Andres Manuel Lopez Obrador"
    a person), become persons (the list is changed in place); they are returned."""
    live = [p for k, p in enumerate(parties) if p.key == k]
    out = []
    for q in live:
        if q.ptype == "org" and regnal_name(q.name):
            q.ptype = "person"  # "Frederik VI", "Ludwig III" tagged a place or a body: a monarch
            out.append(q)
            continue
        titled = q.ptype == "org" and not q.roles and _titled_name(q)  # "Tasmanian Premier A B": "A B"
        words = q.name.split()
        if q.ptype != "org" or not 2 <= len(words) <= 3 or q.roles and not titled:
            continue
        if not all(w[:1].isupper() and w.replace("-", "").isalpha() and not w.isupper() for w in words):
            continue
        if words[-1].lower() in BODY_ENDS or names.fold(words[0]).lower() in names.title_words():
            continue
        if names.states_named(q.name):
            continue  # "Bhutan Kinley Tshering": a state's word glued to the name, not a given name
        surname = names.fold(words[-1]).lower()
        bearers = [p for p in live if p.ptype == "person" and surname in names.fold(p.name).lower().split()]
        within = [
            p
            for p in live
            if p.ptype == "person"
            and (names.runs_within(q.name, p.name) or names.core_tokens(q.name) == names.core_tokens(p.name))
        ]  # (or the very name a person of the report bears: "A-B C" tagged a body in a headline)
        if len(bearers) == 1 and len(bearers[0].name.split()) == 1 or len(within) == 1:
            q.ptype = "person"
            out.append(q)
    monarchs = {p.name.split()[0] for p in live if p.ptype == "person" and regnal_name(p.name)}
    for q in live:  # "Frederik's reply" after "Frederik VI", the given name tagged a body: the monarch
        if q.ptype == "org" and not q.roles and q.name in monarchs:
            q.ptype = "person"
            out.append(q)
    return out


def regnal_name(name: str) -> bool:
    """A given name or two and a regnal number ("Frederik VI", "Ludwig III"; not "World War II"), no state's
    name."""
    words = name.split()
    return (
        2 <= len(words) <= 3
        and regnal_number(words[-1])
        and all(w[:1].isupper() and w.isalpha() and not w.isupper() and _given(w) for w in words[:-1])
        and not names.states_named(" ".join(words[:-1]))
    )


def _given(word: str) -> bool:
    """A word a given name may be: one the table of familiar forms knows, or no English word."""
    return has_familiar_forms(word) or is_familiar_form(word) or not is_english_word(word)


_PERSONAL = frozenset({"he", "she", "him", "his", "her", "hers", "himself", "herself"})


def bodies_called_he_or_she(
    parties: list[Party], mentions: list[tuple[int, int, int]], doc: Doc
) -> list[Party]:
    """'Dragan Holub is eighty-one ... he still writes by hand', every mention of the name tagged a body: a
    body's name of two or three capitalised words that are no English words, no title and no state, whose
    mention is followed, before any person is named, by 'he' or 'she' (or 'his', 'her') in its own sentence
    or the next, is a person's name (a body is an 'it'; "the Party ... its leader" keeps the body). The
    list is changed in place; the bodies made persons are returned."""
    out = []
    people = sorted(i for i, k, _ in mentions if parties[k].ptype == "person")
    for q in [p for k, p in enumerate(parties) if p.key == k and p.ptype == "org"]:
        words = q.name.split()
        if q.roles or not 2 <= len(words) <= 3 or names.states_named(q.name):
            continue
        if not all(
            w[:1].isupper()
            and w.replace("-", "").isalpha()
            and not w.isupper()
            and not is_english_word(w)
            and names.fold(w).lower() not in names.title_words()
            and w.lower() not in BODY_ENDS
            for w in words
        ):
            continue
        for i in sorted(i for i, k, _ in mentions if k == q.key):
            tok = doc[i]
            while tok.dep_ in ("compound", "flat") and i < tok.head.i < i + len(words):
                tok = tok.head  # the name's last word
            if tok.dep_ == "compound":
                continue  # "the Holub Foundation": the name qualifies a thing
            sent = sent_of(tok)
            end = sent.end if sent.end >= len(doc) else sent_of(doc[sent.end]).end
            nxt = next(
                (t for t in doc[i + 1 : end] if t.lower_ in _PERSONAL or t.lower_ in ("it", "its")), None
            )
            if nxt is None or nxt.lower_ in ("it", "its") or any(i < j < nxt.i for j in people):
                continue
            q.ptype = "person"
            out.append(q)
            break
    return out


# The words that head an office ("premier", "minister", "president"), less the forms of address.
OFFICE_HEADS = ROLE_HEADS - {"majesty", "highness", "excellency", "holiness", "father", "member"}


def _titled_name(q: Party) -> bool:
    """A body's name that opens with an office ("Tasmanian Premier A B", "Norland Foreign Minister A B"):
    the name after it is the body's name, the office its role, so that the name is read as a person's
    below when the report also names that person by surname."""
    words = q.name.split()
    titles = names.title_words() - names.honorifics()
    # the place first ("Tasmanian", "Ontario"): up to two words before the office
    i = next((k for k in range(min(3, len(words))) if names.fold(words[k]).lower() in titles), len(words))
    j = i
    while j < len(words) and names.fold(words[j]).lower() in titles:
        j += 1
    rest = words[j:]
    if j == i or not 2 <= len(rest) <= 3 or _role_class(names.fold(words[j - 1]).lower()) not in OFFICE_HEADS:
        return False  # "Foreign Ministry A", "Media Defence Coalition": no office heads the words
    if not all(w.isalpha() and w.istitle() for w in rest) or rest[-1].lower() in BODY_ENDS:
        return False
    q.roles.append(" ".join(words[:j]))
    q.name = " ".join(words[j:])
    q.add_surface(q.name)
    return True


def titled_of_body(idx: PartyIndex, tok: Token, left: int, right: int) -> Party | None:
    """'Patriarch Serafim of the Romanian Orthodox Church', 'Archbishop Ana Lind of the Church of Sweden',
    an untagged name ``tok`` after a person's title, with 'of' and a body or place the entity recogniser
    tagged after it (``left``..``right`` the whole phrase): the person is the party, the title of that body
    their office. None for a phrase that is a body's name ("the Movement for Northern Unity")."""
    doc = tok.doc
    name = doc[left : tok.i + 1].text
    of = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    if (
        strip_titles(name) == name
        or of is None
        or not any(t.ent_type_ in ("ORG", "GPE", "FAC") for t in of.subtree)
    ):
        return None
    person = idx.named_person(tok)
    title = name[: len(name) - len(strip_titles(name))].strip()
    _add_role(person, f"{title} {doc[of.i : right + 1].text}")
    return person
