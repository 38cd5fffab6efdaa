"""Offices set off after a person's name that the parser reads as more people: in "Prince A, Crown Prince
and Prime Minister, received a call", "Crown Prince" and "Prime Minister" hang on the name as its
conjuncts. A bare singular office with no article and no name of its own names no one else in a list of
people ("A, the Speaker and B" would need the article), so set off by commas right after a name it is the
name's apposition: the offices are that person's, and no parties of their own. Also the name set off
after a fronted phrase's office that the parser reads as the subject ("In a letter signed by the Chair of
X, C, A wrote"), the subject its conjunct."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from .. import names
from .comma_names import in_state_name, role_before
from .mentions import ROLE_HEADS, Party, _head_word


def apposed_offices(tok: Token) -> list[Token]:
    """The heads of the offices set off after the person's name ``tok`` that the parser made its
    conjuncts; none unless every conjunct is such an office and a comma (or the sentence's end) closes them."""
    doc = tok.doc
    if tok.ent_type_ != "PERSON" or tok.i + 1 >= len(doc) or doc[tok.i + 1].text != ",":
        return []
    conj = [c for c in tok.conjuncts if c.i > tok.i]
    if not conj or any(not _bare_office(c) for c in conj):
        return []
    if any(t.dep_ == "cc" and t.lower_ != "and" for c in [tok, *conj] for t in c.children):
        return []  # "A, Crown Prince or ..."
    end = max(c.right_edge.i for c in conj) + 1
    if end < len(doc) and doc[end].text not in (",", ".", ";", ")"):
        return []  # not closed: "A, Crown Prince and Prime Minister met" may list three
    return sorted(conj, key=lambda c: c.i)


def further_title(c: Token) -> bool:
    """'A and B, general secretary of X and president of Y, exchanged messages': the office after 'and' that
    ends an earlier name's apposition is that name's second title, which the parser hangs on the subject as
    one more conjunct; no one else (another person would need an article or a name)."""
    doc = c.doc
    before = c.left_edge.i - 1
    if before < 2 or doc[before].lower_ != "and" or _head_word(c) not in ROLE_HEADS or c.ent_type_:
        return False
    if any(x.dep_ in ("det", "poss", "nummod") or x.ent_type_ == "PERSON" for x in c.subtree if x.i < c.i):
        return False
    end = c.right_edge.i + 1
    if end < len(doc) and doc[end].text not in (",", ".", ";"):
        return False
    last = before - 1
    while last > 0 and doc[last].text in (")", "]"):
        last -= 1  # "... of X (XP) and president of Y"
    return any(
        a.dep_ == "appos" and _head_word(a) in ROLE_HEADS and a.right_edge.i == last and a.i < c.i
        for p in [c.head, *c.head.conjuncts]
        if p.i < c.i
        for a in p.children
    )


def _bare_office(c: Token) -> bool:
    """A capitalised office with no article, no possessive and no name: 'Crown Prince', 'Prime Minister'."""
    if not c.text[:1].isupper() or c.ent_type_ == "PERSON" or _head_word(c) not in ROLE_HEADS:
        return False
    if any(x.dep_ in ("det", "poss", "nummod", "appos") for x in c.children):
        return False
    mods = [x for x in c.children if x.dep_ in ("compound", "amod") and x.i < c.i]
    return all(x.text[:1].isupper() and x.ent_type_ != "PERSON" for x in mods)


def apposed_office_text(tok: Token) -> str:
    """'Crown Prince and Prime Minister': the offices' words, from the first's to the last's; else the office
    set off by a comma right before the name ("the President of the Republic, Mr. A B,")."""
    offices = apposed_offices(tok)
    if not offices:
        before = office_before_comma(tok)
        if before is None:
            return ""
        start = before.left_edge.i
        while start < before.i and not tok.doc[start].is_alpha:
            start += 1  # "08/04/2015The President of the Republic": a date run into the phrase
        return tok.doc[start : _last_word(before) + 1].text
    return tok.doc[offices[0].left_edge.i : offices[-1].right_edge.i + 1].text


def office_before_comma(tok: Token) -> Token | None:
    """The office whose phrase ends at the comma right before the name ``tok`` ends (a word of address
    between them): "His Excellency the President of the Republic, Mr. A B," when the parser hung the name
    elsewhere. Not after a list ("to the presidents, A, B"): the office is singular and is no name itself."""
    doc = tok.doc
    i = tok.i
    while i > 0 and doc[i - 1].ent_type_ == "PERSON" and doc[i - 1].ent_iob_ != "O":
        i -= 1
    i -= 1
    addressed = i
    while i > 0 and names.fold(doc[i].text).lower().strip(".") in names.honorifics():
        i -= 1
    if i < 2 or doc[i].text != ",":
        return None
    office = phrase_head(doc[i - 1])  # "Republic" -> "of" -> "President"
    if _head_word(office) not in ROLE_HEADS or office.tag_ != "NNP" or _last_word(office) != i - 1:
        return None
    # a word of address before the name (not the end of a phrase set before the subject: "In a letter
    # addressed to the President of the Council, A wrote"; nor "His future Minister of X, A": his own words)
    return office if addressed > i else None


def phrase_head(tok: Token) -> Token:
    """The head of the noun phrase whose last word is ``tok`` ("the President of the Republic": President;
    "King A of Sweden": A)."""
    while tok.dep_ in ("pobj", "prep", "compound", "flat") and tok.head.i < tok.i:
        tok = tok.head
    return tok


def _last_word(tok: Token) -> int:
    return max(t.i for t in tok.subtree if not t.is_punct)


def joint_office_holder(tok: Token, people: list[Party]) -> Party | None:
    """'The Crown Prince and Prime Minister sent a cable': two offices under one article are one person's
    when the report has set both off after one name as the same phrase ("Prince A, Crown Prince and Prime
    Minister,"); otherwise they may be two people ("the King and Queen")."""
    conj = [c for c in tok.conjuncts if c.i > tok.i]
    if not conj or any(not _bare_office(c) for c in conj) or not tok.text[:1].isupper():
        return None
    start = next((x.i + 1 for x in tok.children if x.dep_ == "det" and x.i < tok.i), tok.left_edge.i)
    phrase = names.fold(tok.doc[start : max(c.right_edge.i for c in conj) + 1].text).lower()
    held = [
        p for p in people if p.ptype == "person" and any(names.fold(r).lower() == phrase for r in p.roles)
    ]
    return held[0] if len(held) == 1 else None


def closing_apposition(subj: Token) -> Token | None:
    """'In a cable signed by her Chief of Staff, C, Queen A sent ...': the parser may take the
    name set off after an office of the fronted phrase for the subject and the subject for its conjunct. With
    no 'and' between the two, the conjunct is the subject."""
    doc = subj.doc
    nxt = [
        c
        for c in subj.children
        if c.dep_ in ("conj", "appos") and c.i > subj.i and c not in apposed_offices(subj)
    ]
    if not nxt or any(c.dep_ == "cc" for n in (subj, *nxt) for c in n.children) or not _closes_phrase(subj):
        return None  # (nor "In a joint letter, A, B and C asked": a list of subjects)
    return nxt[0] if doc[nxt[0].left_edge.i - 1].text == "," else None


def _closes_phrase(name: Token) -> bool:
    """The name is set off by a comma right after an office that ends a prepositional phrase."""
    doc = name.doc
    start = name.left_edge.i
    if start < 2 or doc[start - 1].text != "," or name.pos_ != "PROPN":
        return False
    role = role_before(doc[start - 2])  # "the Chief of Staff, C,"; "his deputy, C,"
    return (
        role is not None
        and role.dep_ == "pobj"
        or doc[start - 2].pos_ == "NOUN"
        and doc[start - 2].dep_ == "pobj"
    )


def listed_office(tok: Token, ap: Token, first: Party | None, read: Callable[[], Party | None]) -> bool:
    """An office set off after another office that opens a list: "to the Secretary-General, the President of
    the Council and the President of the Assembly" (the parser hangs the second office on the first as its
    apposition, the third on the second). Two offices nobody holds in the report, of different words, the
    second with a body or place of its own and conjuncts after it, are two addressees, not one described twice
    ("the Secretary-General, the head of the organisation," or "..., the former Foreign Minister of X," is a
    description: a lower-case or qualified office, or one of a state, names the same person)."""
    if first is None:
        return False
    if not ap.conjuncts and not any(c.i > ap.i for c in tok.conjuncts):
        return False
    if ap.i < 1 or ap.doc[ap.left_edge.i - 1].text != ",":
        return False
    proper = any(t.pos_ == "PROPN" and t.ent_type_ == "ORG" for t in ap.subtree if t.i > ap.i)
    if not proper or not ap.text[:1].isupper() or any(c.dep_ == "amod" for c in ap.children):
        return False  # not "the head of the UN", "the former Minister of X": a description of the first
    second = read()  # (read only now: reading it makes the description a party of its own)
    if second is None or first is second:
        return False
    if not all(p.ptype == "person" and p.roles and p.roles[0] == p.name for p in (first, second)):
        return False
    return not names.content_words(first.name) & names.content_words(second.name)


def held_office(c: Token) -> bool:
    """'A, secretary of X and Norland president, and B, secretary of Y and Sudland president,': an office in
    lower case after a name in a list of appositions is that person's, no other party."""
    return (
        c.pos_ == "NOUN"
        and c.text.islower()
        and _head_word(c) in ROLE_HEADS
        and c.i > 0
        and any(t.ent_type_ == "PERSON" for t in c.doc[max(0, c.i - 30) : c.i])
    )


def bare_title_before_name(tok: Token) -> Token | None:
    """'Regional Forum chair and Arland Prime Minister A spoke': an office with no article joined to a
    titled name is that person's other office, not a second person. Returns the name's token."""
    if _head_word(tok) not in ROLE_HEADS or tok.ent_type_ == "PERSON" or tok.tag_ not in ("NN", "NNP"):
        return None
    if any(c.dep_ in ("det", "poss") for c in tok.children):
        return None  # "the chair and Prime Minister A": perhaps two people
    conjs = [c for c in tok.children if c.dep_ == "conj" and c.ent_type_ == "PERSON"]
    doc = tok.doc
    if not conjs and tok.dep_ == "nsubj" and tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "and":
        conjs = [  # both parsed as the verb's subjects, a place's name perhaps between ("and X Islands PM A")
            c
            for c in tok.head.children
            if c.dep_ == "nsubj"
            and c.i > tok.i
            and c.ent_type_ == "PERSON"
            and all(t.text[:1].isupper() for t in doc[tok.i + 2 : c.left_edge.i])
        ]
    if len(conjs) != 1:
        return None
    named = conjs[0]
    titled = any(g.dep_ == "compound" and _head_word(g) in ROLE_HEADS for g in named.children)
    return named if titled else None


def state_before_name(tok: Token) -> Token | None:
    """'Saint Vincent and the Grenadines Prime Minister A wrote', 'Antigua and Barbuda's Prime Minister A': the
    parser took the first half of the state's name for the subject and A for its conjunct; A is the subject."""
    cc = next((c for c in tok.children if c.dep_ == "cc" and c.lower_ == "and"), None)
    if cc is None or not in_state_name(tok.doc, cc.i):
        return None
    named = [c for c in tok.children if c.dep_ == "conj" and c.ent_type_ == "PERSON"]
    return named[0] if len(named) == 1 else None


def named_subjects(subjects: list[Token]) -> list[Token]:
    """A verb's subjects with each office or state's name the parser split from a person's name replaced by
    that name (:func:`bare_title_before_name`, :func:`state_before_name`)."""
    return list(dict.fromkeys(bare_title_before_name(s) or state_before_name(s) or s for s in subjects))
