"""Mentions of actors inside one report: the Party record, noun-phrase helpers and the word classes
(role heads, institution heads) that say a phrase can name a party."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Span, Token

from .. import names
from ..datelines import dateline_tokens
from ..models import PartyMention, PartyType
from ..models import (
    Span as TSpan,
)
from ..names import STOP, content_words, org_key  # noqa: F401
from .honoured import TOPICAL, honorifics_only
from .state_spans import state_name_on

PERSON_LABELS = {"PERSON"}
ORG_LABELS = {"ORG", "NORP", "FAC"}
STATE_LABELS = {"GPE"}
PRONOUNS = {"he", "she", "him", "her", "his", "hers", "himself", "herself"}
PLURAL_PRONOUNS = {"they", "them", "their", "we", "our", "us"}
# Head nouns of role descriptions that can stand for a person ("the Leader", "the Iranian official").
ROLE_HEADS = {
    # the offices of faiths, written to and writing like any other ("the archbishop", "the Grand Mufti")
    "archbishop",
    "bishop",
    "cardinal",
    "patriarch",
    "mufti",
    "rabbi",
    "leader",
    "president",
    "minister",
    "premier",
    "chief",
    "head",
    "chairman",
    "chairwoman",
    "chair",
    "chairperson",
    "secretary",
    "official",
    "king",
    "queen",
    "prince",
    "princess",
    "emir",
    "amir",
    "pope",
    "pontiff",
    "ambassador",
    "envoy",
    "diplomat",
    "commander",
    "general",
    "counterpart",
    "governor",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "mayor",
    "chancellor",
    "sultan",
    "monarch",
    "father",
    "pm",
    "fm",  # the foreign minister, as headlines and wire copy abbreviate it ("Norland FM holds talks")
    "cm",  # a chief minister, as the Indian and Pakistani press abbreviate it ("CM writes to Centre")
    "director",
    "speaker",
    "adviser",
    "advisor",
    "founder",
    "ruler",
    "majesty",
    "highness",
    "excellency",
    "holiness",
    # legislators, judges and officers: the heads of roles a report writes before a name
    "member",
    "senator",
    "judge",
    "lawyer",
    "lawmaker",
    "legislator",
    "councillor",
    "councilor",
    "commissioner",
    "justice",
    "attorney",
    "prosecutor",
    "mp",
    "mep",
    "congressman",
    "congresswoman",
    "ombudsman",
    "ceo",
    "consul",
    "representative",  # High, Permanent, Special Representative
    "daffaires",  # a chargé d'affaires, folded
    "daffaire",
}
# ranks and forms a report calls a leader by ("the old marshal", "the Sovereign")
ROLE_HEADS |= {"marshal", "colonel", "admiral", "sovereign", "emperor", "empress", "tsar", "czar", "vicar"}
ROLE_HEADS |= {"viceroy", "regent", "kaiser", "nuncio", "shah", "burgomaster", "taoiseach"}  # offices of old
ROLE_HEADS |= {"executive", "rector", "provost", "treasurer", "comptroller", "auditor", "sheriff"}
# the state's officer over a region or district: a prefect (France, Italy, Romania, Greece, Japan), a voivode
# (Poland), a wali (the Maghreb, Oman), a kaymakam (Turkey, Lebanon)
ROLE_HEADS |= {"prefect", "voivode", "wali", "kaymakam"}
# officers of police, courts and the UN's procedures who write and are written to ("the Chief Constable", "the
# Registrar", "the Special Rapporteur", "the coroner", "the Superintendent")
ROLE_HEADS |= {
    "constable",
    "registrar",
    "rapporteur",
    "coroner",
    "superintendent",
    "custodian",
}  # "the Custodian
# of the Two Holy Mosques, King A": a style of office before a name too
# a party to proceedings as a judgment, a ruling or a report of a case calls them ("the applicant, Mr K.,")
ROLE_HEADS |= {"applicant", "claimant", "complainant", "petitioner", "plaintiff", "appellant", "defendant"}
# Head nouns of phrases that name an organisation acting as a party ("Egypt's permanent mission").
INSTITUTION_HEADS = {
    "mission",
    "board",
    "committee",
    "government",
    "ministry",
    "office",
    "embassy",
    "delegation",
    "council",
    "group",
    "party",
    "association",
    "movement",
    "department",
    "administration",
    "parliament",
    "cabinet",
    "secretariat",
    "commission",
    "presidency",
    "bureau",
    "union",
    "coalition",
    "alliance",
    "organisation",
    "organization",
    "federation",
    "congress",
    "senate",
    "assembly",
    "court",
    "agency",
    "consulate",
}


# A generation written after a name ("Ana Berg Jr."): part of the name, never a name.
GENERATION_SUFFIXES = frozenset({"jr", "jnr", "sr", "snr"})


@dataclass
class Party:
    """A party as this report knows it (mutable while the index is built)."""

    key: int
    name: str
    ptype: PartyType
    first: int
    surfaces: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    org: str | None = None
    offices: list[str] = field(default_factory=list)  # from the alias file, for role resolution
    group: bool = False  # counted but not named ("40 MPs"): a named party of the same act wins over it

    def add_surface(self, s: str) -> None:
        s = clean_np(s)
        if s.endswith(("'s", "\u2019s")) and len(s) > 2:
            s = clean_np(s[:-2])  # "Narendra Modi's": the name, not its possessive
        if not s or all(w.strip(".,").lower() in GENERATION_SUFFIXES for w in s.split()):
            return  # "Jr." alone names no one
        if s not in self.surfaces:
            self.surfaces.append(s)

    def role_words(self, forms: bool = True) -> set[str]:
        """Content words of the person's roles and surfaces, with (``forms``) the words the press uses
        for the offices they hold ("leader" for a head of state or government, "pontiff" for a pope)."""
        words: set[str] = set()
        for r in [*self.roles, *self.surfaces, self.org or "", *self.offices]:
            words |= content_words(r)
        if not forms:
            return words
        classes = {_role_class(w) for w in words}
        if classes & LEADER_OFFICES:
            words.add("leader")
        if "foreign" in words and classes & {"minister", "secretary"}:
            words |= {  # "the Kuwaiti top diplomat", "China's top diplomat", "the head of Norlandic
                "diplomat",  # diplomacy", "the chief of X diplomacy": its foreign minister
                "top",
                "diplomacy",
                "head",
                "chief",
            }
        for office, names_of_holder in OFFICE_FORMS.items():
            if office in classes:
                words |= names_of_holder
        return words

    def mention(self, span: TSpan | None = None) -> PartyMention:
        role = self.roles[0] if self.roles else None
        return PartyMention(name=self.name, ptype=self.ptype, role=role, org=self.org, span=span)

    def full(self) -> PartyMention:
        role = self.roles[0] if self.roles else None
        forms = tuple(s for s in self.surfaces if self.ptype != "person" or names_someone(s))
        return PartyMention(self.name, self.ptype, role, self.org, None, forms)


_NAME_JUNK = re.compile(r"[\[\]{}<>|#]|@\w*\s")


def names_someone(form: str) -> bool:
    """Whether a person's surface form can stand as an alias: no markup in it, and it does not stop on
    a word that only ever precedes a name ("Iranian President Dr", "His Highness the Amir Sheikh",
    "Norland's former": the name was cut off). Bare roles and forms of address ("the Pope", "His
    Majesty") stay: the register keeps each alias with the report that uses it."""
    if _NAME_JUNK.search(form + " ") and not re.fullmatch(r"(?:\w+ )*@\w+", form):
        return False
    if not (words := [names.fold(w).strip(".,") for w in form.split()]):
        return False
    last = words[-1]
    address = {"highness", "majesty", "holiness", "excellency", "eminence", "grace", "lordship", "ladyship"}
    dangling = {"of", "and", "the", "a", "an", "his", "her", "former", "late", "new", "then", "s"}
    return not (last in dangling or last in names.honorifics() and last not in address | ROLE_HEADS)


# What clean_np trims off a phrase's start and end. Stripped, not matched by a regular expression: "[...]+$"
# tries every start in a run of these characters, quadratic in its length (a 280 KB run took 160 s).
_NP_LEAD = " ,;:([\"“”'‘’-"
_NP_TRAIL = " ,;:)]\"“”'‘’-"


def clean_np(s: str) -> str:
    """Trim punctuation and whitespace around a noun phrase's text."""
    s = re.sub(r"\s+", " ", s).strip()
    s = re.sub(r"(?<=[a-z])(?:\(\d{1,3}\)?|\[\d{1,3}\]?)$", "", s)  # a footnote's mark: "of State(1)"
    s = s.lstrip(_NP_LEAD).rstrip(_NP_TRAIL)
    if s.count("(") != s.count(")"):
        s = s.replace("(", "").replace(")", "").strip()
    return s


@cache
def _countries() -> frozenset[str]:
    """Folded names of states from the alias and epithet files (never taken for surnames)."""
    from ..actors import epithets, known_actors

    out = {names.fold(k) for k in epithets()}
    out |= {names.fold(a.name) for a in known_actors() if a.etype == "state"}
    return frozenset(out | {"jordan", "chad", "georgia", "israel", "china", "india", "iran", "turkey"})


def _juxtaposed(ent: Span, persons: list[Span]) -> bool:
    """'Turnbull Trump' (a caption or tag line): two other people's surnames side by side, not a name."""
    toks = [t.text for t in ent]
    if len(toks) < 2:
        return False
    surnames = {o[-1].text for o in persons if len(o) >= 2 and o.start != ent.start}
    return all(t in surnames for t in toks)


def _parenthetical_after(ent: Span) -> str | None:
    """'... Korean Residents in Japan (Chongryon)': the short name in brackets just after an organisation."""
    doc = ent.doc
    for i in range(ent.end, min(len(doc), ent.end + 5)):
        if doc[i].text == "(":
            j = i + 1
            k = j
            while k < len(doc) and k - j < 4 and doc[k].text != ")":
                k += 1
            if k < len(doc) and doc[k].text == ")" and k > j:
                inner = doc[j:k].text
                return inner if inner[:1].isupper() and not re.search(r"\d", inner) else None
            return None
        if doc[i].is_punct or doc[i].pos_ == "VERB":
            return None
    return None


def name_text(s: str) -> str:
    """The name part of an entity's text: up to the first character no name holds, no possessive."""
    s = re.split(r"[^\w\s.'’`-]|\s-\s|\s\d|\s[A-Za-z-]*\d", s.strip())[0]  # no digits: "Berg ING-011"
    s = re.sub(r"(?:['’]s|['’])$", "", s.strip())
    s = _without_medium_words(s)
    return s.strip(" -.,") if re.search(r"[A-Za-z]", s) else ""


_MEDIUM_WORD = re.compile(r"letters?|messages?|memos?|cables?|telegrams?|calls?|notes?", re.I)


def _without_medium_words(s: str) -> str:
    """``s`` without the words naming a medium it ends with ("Ana Berg letters"), read word by word
    from the end (a regular expression for the whole run was quadratic in its length)."""
    end = len(s)
    while True:
        start = end
        while start > 0 and not s[start - 1].isspace():
            start -= 1
        if start == 0 or start == end or not _MEDIUM_WORD.fullmatch(s, start, end):
            return s[:end]
        end = start
        while end > 0 and s[end - 1].isspace():
            end -= 1


def title_variants(surface: str) -> list[str]:
    """'His Highness the Amir Sheikh Nawaf ...' and each shorter form dropping leading title words."""
    words = surface.split()
    tw = names.title_words()
    out = [surface]
    while len(words) > 2 and names.fold(words[0]).strip(".,") in tw and words[1][:1].isupper():
        lesser, words = words[0].lower().strip(".,") in names.SECOND_TO, words[1:]
        out += [] if lesser else [" ".join(words)]  # not "Emir A" of "Deputy Emir A"
    return out


def strip_titles(name: str) -> str:
    """Drop leading titles and honorifics: 'Ayatollah Seyyed Ali Khamenei' -> 'Ali Khamenei'."""
    toks = name.split()
    while len(toks) > 1 and _title_word(toks[0], toks[1]) and toks[1].lower() != "of":
        toks.pop(0)  # "King of Spain" stays whole: an office of a place, never a name "of Spain"
    return " ".join(toks).strip(" ,")


def _title_word(word: str, nxt: str = "") -> bool:
    """A title, a plural title before names ("Governors A, B and C"), or 'Right' in 'the Right Honourable'."""
    word, titles = names.fold(word).strip(".,"), names.title_words()
    plural = len(word) > 4 and word.endswith("s") and word[:-1] in titles
    return word in titles or plural or word == "right" and names.fold(nxt).strip(".,") in names.honorifics()


def strip_titles_article(s: str) -> str:
    """Drop a leading article."""
    return names.strip_leading_article(s)


def _acronym_of(short: str, long_: str) -> bool:
    s = re.sub(r"[^A-Z]", "", short)
    if len(s) < 2 or s != short.strip():
        return False
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z]+", long_) if w[0].isupper())
    return s == initials


def _is_late(p: Party) -> bool:
    """'the late Amir ...': a deceased person sends and receives no letters."""
    return any(
        re.search(r"\b(?:late|deceased|slain|assassinated)\b", r, re.I) for r in [*p.roles, *p.surfaces]
    )


def _np_core(tok: Token) -> str:
    """The head noun with its own modifiers only ("Hamas chief"), no prepositional phrases."""
    left = tok.i
    for c in tok.lefts:
        if c.dep_ in ("compound", "amod", "det", "nmod", "poss", "case"):
            left = min(left, c.left_edge.i)
    return clean_np(tok.doc[left : tok.i + 1].text)


def _without_person_possessor(role: str) -> str:
    """'President Ana Berg's chief of staff' -> 'chief of staff': the office of the possessor is not the
    holder's (a state or body as possessor stays: "Norland's foreign minister")."""
    m = re.match(r"^(.+?)['’]s\s+(.+)$", role)
    if m is None:
        return role
    if re.search(r"\bof\b", m.group(1)):  # "the Prime Minister of Libya's Government of X": the body's
        return m.group(2) if _names_an_office(m.group(2)) else role  # but "... of Libya's adviser": his
    owner = m.group(1).split()
    caps = [w for w in owner if w[:1].isupper()]
    titled = names.fold(owner[0]).strip(".") in names.title_words()
    return m.group(2) if len(caps) >= 3 or titled and len(caps) >= 2 else role


def _names_an_office(phrase: str) -> bool:
    """The phrase names a person's office ("adviser", "chief of staff"), not a body ("Government of X")."""
    return any(w.lower() in ROLE_HEADS for w in phrase.split(" of ")[0].split())


def _add_role(party: Party, role: str) -> None:
    role = _without_person_possessor(clean_np(role))
    if (
        not role
        or role.split()[-1].lower() in ("of", "the", "and", "to", "for")
        or all(names.fold(w).strip(".,") in names.title_words() for w in role.split())
        and len(role.split()) == 1
        or honorifics_only(role)
    ):
        return
    if re.search(r"\d", role) and len(re.findall(r"[A-Za-z]{3,}", role)) < 3:
        return
    if role and len(role) < 160 and role not in party.roles and not names.same_person(role, party.name):
        party.roles.append(role)
        party.add_surface(role) if len(role.split()) <= 8 else None


# Share of a role description's content words a person's known roles must hold for the
# description to denote that person ("the Iranian foreign minister" -> 3 of 3; "the secretary
# general of the Palestinian Islamic Jihad" vs a "Lieutenant General" -> 1 of 5: rejected).
MIN_ROLE_OVERLAP = 0.5

# Heads of an organisation, interchangeable in "the X of <organisation>" when no name is given.
ORG_HEADS = {"head", "president", "chair", "chairman", "chairwoman", "chairperson", "chief", "leader"}

_ABBREVIATED_TITLES = {"gov.": "governor", "sen.": "senator", "sens.": "senator", "rep.": "representative"}
_ABBREVIATED_TITLES |= {"reps.": "representative", "amb.": "ambassador", "sec.": "secretary"}  # with the stop
ROLE_CLASSES = {
    **dict.fromkeys(("chief", "chairman", "chairwoman", "chair", "leader", "head"), "head"),
    **{"premier": "pm", "pm": "pm", "pontiff": "pope"},
    **_ABBREVIATED_TITLES,  # "Gov. A B" is the governor, "Sen. C" the senator, "Amb. D" the ambassador
}


# Offices whose holder the press also calls "the <nationality> leader" (the head of a state or of its
# government), and the words that name an office's holder without its title ("the pontiff", "the
# Holy Father", "His Holiness" for a pope).
LEADER_OFFICES = {"president", "pm", "prime", "king", "queen", "amir", "emir", "sultan", "chancellor"}
LEADER_OFFICES |= {"monarch", "pope"}
OFFICE_FORMS = {
    "pope": {"pontiff", "holy", "father", "holiness", "supreme"},
    **{office: {"monarch", "sovereign"} for office in ("king", "queen", "emir", "amir", "sultan", "emperor")},
}  # the words the press uses for the holder of an office without naming it ("the Carvanian monarch")


def _role_class(w: str) -> str:
    return ROLE_CLASSES.get(w, w)


def _head_word(tok: Token) -> str:
    """The folded head word of a phrase; of a hyphenated role its role part ("president-elect",
    "vice-president", "ex-king" -> the role)."""
    w = names.fold(tok.lemma_ or tok.text)
    if w == "peer" and tok.tag_ == "NN" and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children):
        return "counterpart"  # "his Brazilian peer": a counterpart (not "the Conservative peer", a lord)
    if w not in ROLE_HEADS and tok.i >= 2 and tok.doc[tok.i - 1].text == "-":
        before = names.fold(tok.doc[tok.i - 2].lemma_ or tok.doc[tok.i - 2].text)
        if before in ROLE_HEADS:
            return before  # spaCy splits "president-elect" into three tokens
    if "-" in w and w not in ROLE_HEADS:
        for part in reversed(w.split("-")):
            if part in ROLE_HEADS:
                return part
    return w


def _np_text(tok: Token, stop_at: int | None = None) -> str:
    """Text of the noun phrase headed by ``tok``: its subtree without relative clauses or trailing appositions."""
    doc = tok.doc
    left = tok.left_edge.i
    while left < tok.i and doc[left].ent_type_ in ("DATE", "TIME") and doc[left].pos_ != "DET":
        left += 1  # "By a letter of 12 May 2009 the applicant asked": the date is the letter's, parsed here
    if left > tok.left_edge.i and doc[left].pos_ not in (
        "DET",
        "PROPN",
        "PRON",
    ):  # "4 June 2020 Acme's lawyer"
        left = tok.left_edge.i  # ("Monday's letter", "the 2019 summit": a date the phrase is named by)
    dated = dateline_tokens(doc)
    while left < tok.i and left in dated:
        left += 1  # "CITY. AGENCY - President A B": the dateline the parser hung on the name is no part of it
    right = tok.i
    received_by = tok.dep_ == "pobj" and tok.head.dep_ == "agent"  # "received by B from A": A is no part of B
    for child in tok.rights:
        if received_by and child.dep_ == "prep" and child.lower_ == "from":
            break
        if child.dep_ == "prep" and any(g.ent_type_ in ("DATE", "TIME") for g in child.children):
            break  # "to the ambassador on Tuesday": the date hung on the noun is no part of it
        if child.dep_ == "prep" and (child.lower_ in TOPICAL or child.lower_ == "on" and tok.text.islower()):
            break  # "with his counterpart on the situation in X": what was talked of (not "Rapporteur on X")
        if child.dep_ in ("prep", "compound", "amod", "pobj", "nmod", "poss", "case") or (
            child.dep_ == "punct" and child.text in ")"
        ):
            right = max(right, child.right_edge.i)
        else:
            break
    right = state_name_on(doc, right)
    if stop_at is not None and stop_at > left:
        right = min(right, stop_at - 1)
    span = doc[left : right + 1]
    text = span.text
    text = re.sub(r"^(?:the|a|an)\s+", lambda m: m.group(0), text)
    return clean_np(text)
