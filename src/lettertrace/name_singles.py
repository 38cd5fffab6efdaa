"""A one-word name of one report against the longer names of others: an English given name alone is no
namesake's ("Alexander" is not "Alexander Davison"), unless a kin role ties it to a family the report names
("his wife, Margaret" beside "Elias Pardoe" is "Margaret Pardoe"); among several namesakes, the office the
report gives ("King Abdullah") tells which one is meant."""

from __future__ import annotations

import re

from . import given_names, names
from .models import PartyMention


def offices_named(party: PartyMention) -> set[str]:
    """The office words a report puts before or beside the party's name ("king" of "His Majesty King A")."""
    offices = names.title_words() - names.honorifics()
    forms = [party.name, *party.aliases, party.role or ""]
    return {w for f in forms for w in (t.strip(".") for t in f.lower().split()) if w in offices}


def given_name_only(single: PartyMention, full: PartyMention) -> bool:
    """'Alexander', 'King Charles' or 'Pope Francis' in one report and 'Alexander Davison', 'Charles Grey'
    or 'Francis Drake' in another: an English given name (one the nicknames table knows) that meets only
    the first word of a two-word name is a monarch, a pope or a first-named person of its own report, not
    the namesake of another; a family name written first ("Wang" of "Wang Yi") is none of the table's."""
    one, two = names.core_tokens(single.name), names.core_tokens(full.name)
    return (
        len(one) == 1
        and len(two) >= 2
        and names.token_match(one[0], two[0])
        and not names.token_match(one[0], two[-1])
        and not (len(two) == 2 and _REGNAL.fullmatch(two[1]))
        and given_names.has_familiar_forms(one[0])
    )  # ("King Charles" is "Charles III": a regnal number is no family name)


_REGNAL = re.compile(r"[ivx]+")


def family_name_fits(single: PartyMention, full: PartyMention, report: list[PartyMention]) -> bool:
    """'his wife, Margaret' in a report that names her husband Elias Pardoe, and 'Margaret Pardoe' in
    another: a kinswoman called by her given name is of the family whose name her report gives a person."""
    role = {w.strip(".,'’") for w in (single.role or "").lower().replace("'s", " ").split()}
    if not role & names.KIN:
        return False  # ("his wife", "his late wife", "Pardoe's wife", "the widow")
    family = names.core_tokens(full.name)[-1]
    return any(
        m.ptype == "person"
        and len(core := names.core_tokens(m.name)) >= 2
        and names.token_match(core[-1], family)
        for m in report
    )
