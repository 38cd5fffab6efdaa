"""'The envoy handed over to B a written message from his principal': the principal of a courier, told as
'his principal', 'his president', 'his leader', is the one the report names as the one the courier is
the envoy, emissary or representative of ("a special envoy of President A", "A's envoy C")."""

from __future__ import annotations

from typing import Protocol

from spacy.tokens import Doc, Span, Token

from .. import names
from .comma_names import role_end
from .mentions import Party, _head_word
from .syntax import COURIER_HEADS

# Words a courier's text uses for the one who sent him ("a message from his principal / his president").
PRINCIPAL_WORDS = frozenset(
    {"principal", "president", "leader", "king", "emir", "amir", "sultan", "government"}
)


class _Index(Protocol):
    doc: Doc
    parties: list[Party]
    tok2party: dict[int, int]

    def party_at(self, tok: Token) -> Party | None: ...


def courier_principal(idx: _Index, tok: Token) -> Party | None:
    """The person 'his principal' (``tok``, the object of 'from': "a message from his principal") stands for,
    when the report names exactly one person as the principal of its envoys, ambassadors or emissaries;
    else None (two principals named: which one sent is not told)."""
    if _head_word(tok) not in PRINCIPAL_WORDS or not any(
        c.dep_ == "poss" and c.lower_ in ("his", "her") for c in tok.children
    ):
        return None
    if tok.dep_ != "pobj" or tok.head.lower_ != "from":
        return None  # "a message from his principal", not "his president said"
    principals = {p.key: p for w in idx.doc if _head_word(w) in COURIER_HEADS for p in _principal_of(idx, w)}
    if len(principals) != 1:
        return None
    return next(iter(principals.values()))


def _principal_of(idx: _Index, w: Token) -> list[Party]:
    """'envoy of A', "A's envoy": the person a courier word names as its principal."""
    near = [c for c in w.children if c.dep_ == "poss"]
    near += [
        g for c in w.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"
    ]
    out = []
    for t in near:
        p = idx.party_at(t)
        if p is None or p.ptype != "person" or p.name in p.roles:
            p = _set_off_after(idx, t) or p  # "envoy of the chairman of X, General A B"
        if p is not None and p.ptype == "person":
            out.append(p)
    return out


def _set_off_after(idx: _Index, role: Token) -> Party | None:
    """The person whose name a comma sets off right after the phrase of ``role``, past titles before it
    ("the chairman of the Council of X, Lieutenant General A B")."""
    doc = idx.doc
    i = role_end(role)
    i += doc[i].text != ","  # the comma may close the role's own phrase as the parser hung it
    if i >= len(doc) or doc[i].text != ",":
        return None
    i += 1
    while i < len(doc) and i not in idx.tok2party and names.fold(doc[i].text).lower() in names.title_words():
        i += 1
    key = idx.tok2party.get(i)
    return idx.parties[key] if key is not None and idx.parties[key].ptype == "person" else None


def envoys_post(trigger: Token, to: Token, idx: _Index) -> bool:
    """'In the letter, delivered by the ambassador to the Holy See, ...': the 'to' of an envoy who carried a
    letter told before (a definite one) names his post, unless a person follows it ("... to President B")."""
    if _head_word(to.head) not in COURIER_HEADS or not any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in trigger.children
    ):
        return False
    return not any((p := idx.party_at(g)) is not None and p.ptype == "person" for g in to.children)


def holders_respectively(idx: _Index, tok: Token) -> list[Party]:
    """'her counterparts in Japan and South Korea, A and B': a plural office 'in/of/from' places, then, after a
    comma, as many persons as places: the holders, in order (the parser may hang the names on the places as
    more conjuncts, or tag a name a body)."""
    doc = tok.doc
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "of", "from")), None)
    first = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
    if first is None and tok.tag_ == "NNS":  # "her Norwegian and Danish counterparts, A and B"
        first = next((c for c in tok.children if c.dep_ == "amod" and c.ent_type_ in ("NORP", "GPE")), None)
    if first is None:
        return []
    if prep is not None and tok.tag_ == "NNS" and len(dashed := _dashed_holders(idx, prep)) >= 2:
        return dashed
    places: list[Token] = []
    for g in sorted([first, *first.conjuncts], key=lambda t: t.i):
        own = idx.tok2party.get(g.i)  # (never party_at here: it resolves, and remembers, what it reads)
        if g.ent_type_ == "PERSON" or own is not None and idx.parties[own].ptype == "person":
            break
        places.append(g)
    end = max((p.i for p in places), default=len(doc)) + 1
    end = tok.i + 1 if prep is None else end  # the names after the noun the place words qualify
    if len(places) < 2 or end >= len(doc) or doc[end].text not in (",", "-", "\u2013", "\u2014"):
        return []  # (the names after a comma, or set off by dashes: "of X, Y and Z - A, B and C -")
    if doc[places[-1].left_edge.i - 1].lower_ not in ("and", "&"):
        return []  # "the leaders of France, Germany, A and B": the places' list has no end of its own
    people: list[Party] = []
    stop = min(len(doc), end + 24)
    for t in doc[end + 1 : stop]:
        stop = t.i
        own = idx.tok2party.get(t.i)
        p = idx.party_at(t) if t.ent_type_ == "PERSON" else idx.parties[own] if own is not None else None
        if p is not None and p.ptype in ("person", "org") and p not in people:
            people.append(p)
        elif t.pos_ != "PROPN" and t.lower_ not in ("and", ","):
            break
    named = len(people) == len(places) and any(p.ptype == "person" for p in people)
    after = next((u for u in doc[stop:] if u.text != ","), None) if people else None
    if after is not None and after.tag_ in ("VBD", "VBZ", "VBP", "MD") or _subjects(doc, end, stop):
        return []  # "..., A and B urged", "..., A and B said on Monday": the names are a clause's subjects
    return people if named else []


def _subjects(doc: Doc, start: int, end: int) -> bool:
    return any(t.dep_ in ("nsubj", "nsubjpass") for t in doc[start:end])


# Offices held for a principal, whose 'to' names that principal ("Secretary to the President", "Adviser to
# the Prime Minister", "Chief of Staff to the King").
_FOR_PRINCIPAL = frozenset(
    {"secretary", "adviser", "advisor", "aide", "assistant", "counsellor", "counselor", "spokesman",
     "spokeswoman", "spokesperson", "deputy", "staff", "physician", "chaplain", "tutor"}
)  # fmt: skip


def titled_to(doc: Doc, to: Token) -> bool:
    """A 'to' right after a capitalised title of one who serves another ("Secretary to the President A"):
    part of the title, which names the one served, not the one a letter goes to."""
    before = doc[to.i - 1] if to.i else None
    return before is not None and before.text[:1].isupper() and before.lower_ in _FOR_PRINCIPAL


_DASHES = ("-", "\u2013", "\u2014")


def _dashed_holders(idx: _Index, prep: Token) -> list[Party]:
    """'the chief executives of X, Y and Z - A, B and C - asking ...': places, then between dashes as many
    persons, read left to right (the parser's tree of such a line is seldom whole)."""
    doc = prep.doc
    end = min(len(doc), prep.i + 40)
    dash = next((t.i for t in doc[prep.i + 1 : end] if t.text in _DASHES and t.whitespace_), None)
    if dash is None:
        return []
    close = next((t.i for t in doc[dash + 1 : end] if t.text in (*_DASHES, ".", ";", ":")), end)
    places, people = _items(doc[prep.i + 1 : dash]), _items(doc[dash + 1 : close])
    held = [
        idx.parties[k]
        for item in people
        if (k := next((idx.tok2party[t.i] for t in item if t.i in idx.tok2party), None)) is not None
    ]
    if len(places) < 2 or len(held) != len(places) or len(people) != len(places):
        return []
    return held if all(p.ptype == "person" for p in held) else []


def _items(span: Span) -> list[list[Token]]:
    """The items of a list written "X, Y and Z" (a name's own '&' stays inside it)."""
    out: list[list[Token]] = [[]]
    for t in span:
        if t.text == "," or t.lower_ == "and":
            if out[-1]:
                out.append([])
            continue
        out[-1].append(t)
    return [x for x in out if x]
