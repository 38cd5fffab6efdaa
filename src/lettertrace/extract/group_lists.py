"""Lists that a counted group opens ("world leaders, including A and B", "three officials: A, B and C"):
where the people listed start, and when they, not the group, are the addressees."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .. import names
from .calls_each import group_dash
from .index import PartyIndex
from .mentions import Party


def past_group(doc: Doc, idx: PartyIndex, start: int, end: int) -> int:
    """Where the list starts when it opens with a group that names no party and then lists its members
    ("world leaders, including A, B and C", "several heads of state, among them A and B", "leaders such
    as A"): after the word that introduces the members; else ``start``."""
    i = start
    plural = False
    while i < end and (i not in idx.tok2party or _modifies_group(doc, idx, i, end)):
        t = doc[i]
        if i in idx.tok2party:
            i += 1
            continue
        if t.pos_ in ("DET", "ADJ", "NUM") or t.lower_ == "of" or t.text == ",":
            pass
        elif (
            t.ent_type_ in ("DATE", "TIME")
            or t.pos_ == "ADP"
            and i + 1 < end
            and doc[i + 1].ent_type_ == "DATE"
        ):
            pass  # "to leaders of the region on Monday, among them A and B": the time between group and list
        elif t.pos_ == "NOUN" and not t.text[:1].isupper() or t.pos_ == "NOUN" and t.i == start:
            plural = plural or t.tag_ == "NNS"
        else:
            break
        i += 1
    if not plural or i >= end - 1:
        return start
    word, nxt = doc[i].lower_, doc[i + 1].lower_
    if word in ("including", "like", "namely", "notably"):
        return i + 1
    if (word, nxt) in (("such", "as"), ("among", "them"), ("among", "whom")):
        first = i + 2 + (doc[i + 2].text == "," if i + 2 < end else 0)
        listed = next((idx.parties[idx.tok2party[j]] for j in range(first, end) if j in idx.tok2party), None)
        return start if listed is not None and listed.ptype == "state" else first  # (not "among them X")
    colon = next((j for j in range(i, min(end, i + 12)) if doc[j].text == ":"), None)
    first = colon + 1 if colon is not None else end
    while first < end - 1 and first - i < 16 and _before_name(doc[first]):
        first += 1  # ": Rep. A (D-Calif.), Treasury Secretary B ...": the first name after its title
    if colon is not None and first < end and doc[first].ent_type_ == "PERSON":  # a list of people, no places
        finite = any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in doc[i:end] if t.i != colon)
        return start if finite else colon + 1  # "to the members sworn in: A, B and C" (not ": A and B had")
    return start


def _modifies_group(doc: Doc, idx: PartyIndex, i: int, end: int) -> bool:
    """Token ``i`` names a body or a place that only qualifies the group's noun ("the heads of state of the
    Union countries", "the bloc's member states"), not a member of the list."""
    t = doc[i]
    head = t.head
    if idx.parties[idx.tok2party[i]].ptype == "person":
        return False
    if t.dep_ == "pobj" and head.lower_ == "of" and head.head.tag_ == "NNS" and head.head.i < t.i:
        return True  # "the leaders of the X group, including A": the body whose leaders the group are
    return (
        t.dep_ in ("compound", "amod", "nmod", "poss", "case")
        and head.pos_ == "NOUN"
        and t.i < head.i < end
        and not head.text[:1].isupper()
    )


def _before_name(t: Token) -> bool:
    """A word of the title before a listed person's name: a title word, or a capitalised word not
    part of a name ("Treasury" in "Treasury Secretary A")."""
    if t.lower_.strip(".") in names.title_words():
        return True
    return t.text[:1].isupper() and t.ent_type_ != "PERSON" and t.pos_ in ("PROPN", "NOUN")


def spelled_out(
    doc: Doc, idx: PartyIndex, verb: Token, recips: list[Party], listed: list[Party]
) -> list[Party]:
    """'wrote to (the) three officials: A, B and C': the people a colon after a counted group spells out
    are the addressees, not the group (nothing when no colon stands between the verb and them)."""
    named = [p for p in listed if not p.group]
    named = named if len(named) >= 2 else _after_dash(doc, idx, verb) or named
    first = min((i for i, k in idx.tok2party.items() if i > verb.i and idx.parties[k] in named), default=None)
    if len(named) < 2 or recips and not any(r.group for r in recips) or first is None:
        return []
    if any(not r.group and r not in named for r in recips):
        return []
    return named if any(t.text in (":", "\u2014", "\u2013") for t in doc[verb.i : first]) else []


def _after_dash(doc: Doc, idx: PartyIndex, verb: Token) -> list[Party]:
    """The persons listed right after the dash that opens a group's list (calls_each.dashed_group)."""
    from .lists import party_list_from  # (lists reads group_lists)

    dash = group_dash(verb)
    if dash is None:
        return []
    found = [p for p in party_list_from(doc, idx, dash.i + 1) if p.ptype == "person" and not p.group]
    return found if len(found) >= 2 else []


def named_to(noun: Token) -> bool:
    """'separate messages of congratulations to B (and C)': the 'to' under the noun names its addressees
    themselves (not "to the families of B", not "to B and C respectively", each one's own)."""
    if any(t.lower_ == "respectively" for t in noun.sent):
        return False
    to = [t for t in noun.subtree if t.lower_ == "to" and t.dep_ == "prep"]
    return bool(to) and all(o.pos_ == "PROPN" for t in to for o in t.children if o.dep_ == "pobj")
