"""Who is who inside one report: people, organisations and states, their roles and every name used.

Built from spaCy's entities and parse: names are clustered by the rules of
:mod:`lettertrace.names`; appositions and titles give roles ("Ismail Haniyeh, the chief of
the political bureau of Hamas"); role descriptions ("the Iranian foreign minister",
"the Leader") and pronouns are resolved to the party the report is about.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Doc, Span, Token

from . import names
from .models import PartyMention, PartyType
from .models import Span as TSpan
from .nlp import sent_of

PERSON_LABELS = {"PERSON"}
ORG_LABELS = {"ORG", "NORP", "FAC"}
STATE_LABELS = {"GPE"}
PRONOUNS = {"he", "she", "him", "her", "his", "hers", "himself", "herself"}
PLURAL_PRONOUNS = {"they", "them", "their", "we", "our", "us"}
# Head nouns of role descriptions that can stand for a person ("the Leader", "the Iranian official").
ROLE_HEADS = {
    "leader",
    "president",
    "minister",
    "premier",
    "chief",
    "head",
    "chairman",
    "chairwoman",
    "secretary",
    "official",
    "king",
    "queen",
    "prince",
    "emir",
    "amir",
    "pope",
    "ambassador",
    "envoy",
    "diplomat",
    "commander",
    "general",
    "counterpart",
    "governor",
    "spokesman",
    "spokeswoman",
    "mayor",
    "chancellor",
    "sultan",
    "monarch",
    "father",
    "pm",
    "director",
    "speaker",
    "adviser",
    "advisor",
    "founder",
    "ruler",
    "majesty",
    "highness",
    "excellency",
}
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

    def add_surface(self, s: str) -> None:
        s = clean_np(s)
        if s and s not in self.surfaces:
            self.surfaces.append(s)

    def role_words(self) -> set[str]:
        words: set[str] = set()
        for r in [*self.roles, *self.surfaces, self.org or "", *self.offices]:
            words |= content_words(r)
        return words

    def mention(self, span: TSpan | None = None) -> PartyMention:
        role = self.roles[0] if self.roles else None
        return PartyMention(name=self.name, ptype=self.ptype, role=role, org=self.org, span=span)

    def full(self) -> PartyMention:
        role = self.roles[0] if self.roles else None
        return PartyMention(self.name, self.ptype, role, self.org, None, tuple(self.surfaces))


def clean_np(s: str) -> str:
    """Trim punctuation and whitespace around a noun phrase's text."""
    s = re.sub(r"\s+", " ", s).strip()
    s = re.sub(r"^[\s,;:(\[\"“”'‘’-]+|[\s,;:)\]\"“”'‘’-]+$", "", s)
    if s.count("(") != s.count(")"):
        s = s.replace("(", "").replace(")", "").strip()
    return s


def content_words(s: str) -> set[str]:
    """Folded content words of a phrase (no articles, possessives or prepositions)."""
    return {t for t in names.tokens(s) if t not in STOP and len(t) > 1}


@cache
def _countries() -> frozenset[str]:
    """Folded names of states from the alias and epithet files (never taken for surnames)."""
    from .resolve import epithets, known_actors

    out = {names.fold(k) for k in epithets()}
    out |= {names.fold(a.name) for a in known_actors() if a.etype == "state"}
    return frozenset(out | {"jordan", "chad", "georgia", "israel", "china", "india", "iran", "turkey"})


class PartyIndex:
    """Parties of one report, with lookups from tokens to parties."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.parties: list[Party] = []
        self.tok2party: dict[int, int] = {}
        self.mentions: list[tuple[int, int, int]] = []  # (token index, party key, subject level)
        self._build()

    # ------------------------------------------------------------ build

    def _build(self) -> None:
        self.ents = list(self.doc.ents)  # spaCy rebuilds doc.ents on every access
        persons = [e for e in self.ents if e.label_ in PERSON_LABELS]
        for ent in persons:
            if not _juxtaposed(ent, persons):
                self._add_person(ent)
        for ent in self.ents:
            if ent.label_ in ORG_LABELS | STATE_LABELS and not self._covered(ent):
                self._add_org(ent)
        self._attach_roles()
        self._attach_offices()
        self.mentions.sort()
        self._coref_pass()

    def _attach_offices(self) -> None:
        """Offices the alias file knows for the people named here ("Prime Minister of Australia")."""
        from .resolve import known_offices

        for p in self.parties:
            if p.ptype == "person":
                p.offices = known_offices(p.name)

    def _coref_pass(self) -> None:
        """Resolve subject pronouns and role descriptions in reading order, so salience follows the text."""
        self.resolved: dict[int, int] = {}
        for tok in self.doc:
            if tok.dep_ not in ("nsubj", "nsubjpass") or tok.i in self.tok2party:
                continue
            if tok.lower_ in ("he", "she") or (
                tok.pos_ in ("NOUN", "PROPN") and _head_word(tok) in ROLE_HEADS
            ):
                p = self.party_at(tok)
                if p is not None:
                    self.resolved[tok.i] = p.key
                    self.note_mention(tok, p, True)
        self._role_aliases()

    def _role_aliases(self) -> None:
        """Role descriptions used as names anywhere ("Iran's Leader"): aliases of their only possible holder."""
        for tok in self.doc:
            if (
                tok.i in self.tok2party
                or tok.i in self.resolved
                or tok.dep_ == "compound"
                or tok.tag_ == "NNS"
            ):
                continue
            if tok.pos_ in ("NOUN", "PROPN") and _head_word(tok) in ROLE_HEADS:
                left = min(
                    [tok.i]
                    + [c.left_edge.i for c in tok.lefts if c.dep_ in ("poss", "amod", "compound", "det")]
                )
                np = clean_np(self.doc[left : tok.i + 1].text)
                holder = self._role_match(np, tok) if len(np.split()) >= 2 else None
                if holder is not None:
                    holder.add_surface(np)

    def _role_match(self, np: str, tok: Token) -> Party | None:
        words = {_role_class(w) for w in content_words(np)}
        head = _role_class(_head_word(tok))
        hits = []
        for p in self.parties:
            rw = {_role_class(w) for w in p.role_words()}
            if p.ptype == "person" and not _is_late(p) and head in rw and words <= rw | {head}:
                hits.append(p)
        return hits[0] if len(hits) == 1 else None

    def _covered(self, ent: Span) -> bool:
        return all(t.i in self.tok2party for t in ent)

    def _add_person(self, ent: Span) -> None:
        end = ent.end
        while end < len(self.doc) and end - ent.end < 2 and _name_continues(self.doc[end]):
            end += 1  # "Ursula von der" + "Leyen": spaCy cut the name short
        ent = self.doc[ent.start : end]
        text = name_text(ent.text)
        if not text or all(names.fold(w).strip(".") in names.title_words() for w in text.split()):
            return
        surface = self._title_prefix(ent) + text
        party = self._find_person(text) or self._new(strip_titles(text), "person", ent.start)
        for variant in title_variants(surface):
            party.add_surface(variant)
        before = self.doc[max(sent_of(ent[0]).start, ent.start - 7) : ent.start]
        if any(t.lower_ in ("late", "slain", "deceased") for t in before):
            party.roles.insert(0, "the late " + strip_titles(text))
        party.add_surface(surface)
        party.add_surface(text)
        if len(names.core_tokens(text)) > len(names.core_tokens(party.name)):
            party.name = strip_titles(text)
        self._register(ent, party)

    def _find_person(self, text: str) -> Party | None:
        best = None
        for p in self.parties:
            if p.ptype == "person" and names.same_person(p.name, text):
                if best is None or len(p.name) > len(best.name):
                    best = p
        return best

    def _add_org(self, ent: Span) -> None:
        text = clean_np(ent.text)
        if not text or (len(text.split()) == 1 and text[:1].islower()):
            return
        person = self._find_person(text) if len(names.core_tokens(text)) == 1 and text[:1].isupper() else None
        if person is not None and (ent.label_ != "GPE" or names.fold(text) not in _countries()):
            person.add_surface(text)
            self._register(ent, person)
            return
        ptype: PartyType = "state" if ent.label_ in STATE_LABELS else "org"
        party = self._find_org(text) or self._new(text, ptype, ent.start)
        party.add_surface(text)
        short = _parenthetical_after(ent)
        if short:
            party.add_surface(short)
            party.add_surface(f"{text} ({short})")
        self._register(ent, party)

    def _find_org(self, text: str) -> Party | None:
        key = org_key(text)
        for p in self.parties:
            if p.ptype in ("org", "state") and any(org_key(s) == key for s in [p.name, *p.surfaces]):
                return p
            if p.ptype == "org" and _acronym_of(text, p.name):
                return p
        return None

    def _new(self, name: str, ptype: PartyType, first: int) -> Party:
        p = Party(key=len(self.parties), name=name, ptype=ptype, first=first)
        self.parties.append(p)
        return p

    def _register(self, ent: Span, party: Party) -> None:
        for t in ent:
            self.tok2party[t.i] = party.key
        self.mentions.append((ent.start, party.key, _subject_level(ent.root)))

    def _title_prefix(self, ent: Span) -> str:
        """Title and role words written just before a name ("Iranian Foreign Minister ")."""
        i = ent.start
        toks: list[Token] = []
        while i > 0:
            t = self.doc[i - 1]
            low = t.lower_.strip(".")
            if "\n" in t.whitespace_ or "\n" in t.text or low in ("dear", "striving", "respected"):
                break  # a salutation or the line above is not a title
            if low in names.title_words() and low not in ("the", "he", "his", "her"):
                toks.insert(0, t)
                i -= 1
            elif (
                low in ("his", "her", "the")
                and toks
                and toks[0].lower_
                in ("highness", "majesty", "excellency", "holiness", "amir", "emir", "king", "queen", "late")
            ):
                toks.insert(0, t)  # "His Highness the Amir"
                i -= 1
            elif t.ent_type_ in ("NORP", "GPE") and (toks or t.dep_ in ("amod", "compound")):
                toks.insert(0, t)
                i -= 1
            else:
                break
        while (
            toks
            and toks[0].lower_ in ("the", "his", "her")
            and not (len(toks) > 1 and toks[1].lower_ in ("highness", "majesty", "excellency", "holiness"))
        ):
            toks.pop(0)
        lead = self._role_before(i)
        return lead + "".join(t.text_with_ws for t in toks)

    def _role_before(self, i: int) -> str:
        """'Leader of the Islamic Revolution ' written right before a name (no comma between)."""
        j = i - 1
        while j >= 0 and i - j <= 8:
            t = self.doc[j]
            if (
                t.pos_ in ("PUNCT", "CCONJ", "VERB")
                or (t.pos_ == "ADP" and t.lower_ != "of")
                or "\n" in t.whitespace_
            ):
                return ""
            if t.ent_type_ == "PERSON":
                return ""
            if _head_word(t) in ROLE_HEADS and t.text[:1].isupper() and j < i - 1:
                while (
                    j > 0
                    and names.fold(self.doc[j - 1].text) in names.title_words()
                    and self.doc[j - 1].text[:1].isupper()
                ):
                    j -= 1  # "Prime Minister of Pakistan", not "Minister of Pakistan"
                return self.doc[j:i].text_with_ws
            j -= 1
        return ""

    def _attach_roles(self) -> None:
        for ent in self.ents:
            key = self.tok2party.get(ent.root.i)
            if key is None or self.parties[key].ptype != "person":
                continue
            party = self.parties[key]
            prefix = self._title_prefix(ent).strip()
            if prefix and names.core_tokens(prefix) != names.core_tokens(ent.text):
                _add_role(party, prefix)
            for child in ent.root.children:
                if (
                    child.dep_ == "appos"
                    and child.i not in self.tok2party
                    and not _subject_in_disguise(child)
                ):
                    _add_role(party, _np_text(child))
            head = ent.root.head
            if ent.root.dep_ == "appos" and head.i not in self.tok2party and _head_word(head) in ROLE_HEADS:
                _add_role(party, _np_core(head))
        for p in self.parties:
            if p.ptype == "person" and p.org is None:
                p.org = self._org_of_roles(p)

    def _org_of_roles(self, p: Party) -> str | None:
        best: str | None = None
        for r in p.roles:
            for q in self.parties:
                if q.ptype != "org" or not re.search(r"[A-Z].*[a-z]|[A-Z]{2,}", q.name) or len(q.name) < 3:
                    continue
                if q.name.endswith(("an", "ian", "ese", "ish")) and " " not in q.name:
                    continue
                if any(s and s in r for s in [q.name, *q.surfaces]) and (
                    best is None or len(q.name) > len(best)
                ):
                    best = q.name
        return best

    # ------------------------------------------------------------ lookups

    def party_at(self, tok: Token) -> Party | None:
        """The party named by the noun phrase headed by ``tok`` (name, role, institution, pronoun)."""
        if tok.i in getattr(self, "resolved", {}):
            return self.parties[self.resolved[tok.i]]
        own = self.parties[self.tok2party[tok.i]] if tok.i in self.tok2party else None
        if own is not None and own.ptype == "person":
            return own
        role_head = tok.pos_ in ("NOUN", "PROPN") and _head_word(tok) in ROLE_HEADS
        if role_head:
            inner = self._person_in_subtree(tok)
            if inner is not None:
                return inner
        if own is not None:
            return (self.resolve_role(tok) or own) if role_head else own
        if _head_word(tok) == "counterpart":
            return self.counterpart(tok)
        for child in tok.children:
            if child.dep_ in ("appos", "compound", "flat") and child.i in self.tok2party:
                p = self.parties[self.tok2party[child.i]]
                if p.ptype == "person":
                    _add_role(p, _np_text(tok, stop_at=child.left_edge.i))
                    return p
        if tok.lower_ in PRONOUNS:
            return self.salient_person(tok.i)
        if tok.pos_ == "PROPN" and tok.text[:1].isupper() and not role_head:
            known = self._find_person(tok.text)  # a surname spaCy did not tag ("PM Modi had written")
            if known is not None and len(names.core_tokens(known.name)) >= 2:
                self.tok2party[tok.i] = known.key
                known.add_surface(tok.text)
                return known
        if role_head:
            return self.resolve_role(tok)
        if _head_word(tok) in INSTITUTION_HEADS and tok.tag_ != "NNS":
            return self.institution(tok)
        return None

    def institution(self, tok: Token) -> Party | None:
        """'Egypt's permanent mission to the UN', 'the board of the Spinelli Group': an organisation as party."""
        inside = [self.parties[self.tok2party[t.i]] for t in tok.subtree if t.i in self.tok2party]
        if not any(p.ptype in ("org", "state") for p in inside):
            return None
        np = strip_titles_article(re.sub(r"['’]s?$", "", _np_text(tok)).strip())
        key = org_key(np)
        for p in self.parties:
            if p.ptype == "org" and org_key(p.name) == key:
                return p
        p = self._new(np, "org", tok.i)
        p.add_surface(np)
        return p

    def _person_in_subtree(self, tok: Token) -> Party | None:
        for t in tok.subtree:
            if t.dep_ == "prep" and t.lower_ in ("to", "from", "by", "with") and t.head.i == tok.i:
                break
            key = self.tok2party.get(t.i)
            if key is not None and self.parties[key].ptype == "person":
                p = self.parties[key]
                _add_role(p, _np_text(tok, stop_at=t.left_edge.i))
                return p
        return None

    def counterpart(self, tok: Token) -> Party | None:
        """'his Turkish counterpart' -> the person of that nationality in this report."""
        inner = self._person_in_subtree(tok)
        if inner is not None:
            return inner
        adjs = [c for c in tok.children if c.dep_ in ("amod", "compound") and c.text[:1].isupper()]
        for a in adjs:
            stem = names.fold(a.text)[:4]
            for p in self.parties:
                if p.ptype == "person" and any(
                    names.fold(w).startswith(stem) for r in [*p.surfaces, *p.roles] for w in r.split()
                ):
                    left = min([tok.i] + [c.left_edge.i for c in tok.lefts])
                    p.add_surface(self.doc[left : tok.i + 1].text)  # "his Turkish counterpart"
                    return p
        return None

    def resolve_role(self, tok: Token) -> Party | None:
        """A role description ("the Iranian foreign minister") -> the person it denotes here."""
        np = _np_text(tok)
        words = {_role_class(w) for w in content_words(np)}
        exact = _head_word(tok)
        head = _role_class(exact)
        if head in ("counterpart",):
            return None
        known = self._known_role(np) or self._same_office(np, exact)
        if known is not None:
            known.add_surface(np)
            return known
        best, best_score = None, 0.0
        for p in self.parties:
            if p.ptype != "person":
                continue
            rw = {_role_class(w) for w in p.role_words()}
            if head not in rw and not (head in ("leader", "official") and words & rw):
                continue
            overlap = len(words & rw) / max(1, len(words))
            if overlap < MIN_ROLE_OVERLAP:
                continue
            score = overlap + 0.01 * self._recency(p, tok.i) - (0.6 if _is_late(p) else 0.0)
            score += 0.001 * sum(1 for i, k, subj in self.mentions if k == p.key and subj and i < tok.i)
            heads = [names.tokens(names.strip_leading_article(r))[:1] for r in [*p.roles, *p.offices]]
            score += 0.5 if [exact] in heads or any(exact in names.tokens(o) for o in p.offices) else 0.0
            if score > best_score:
                best, best_score = p, score
        if best is not None:
            best.add_surface(np)
            if len(np.split()) >= 3:  # "the Leader" alone must not become a role that decides later cases
                _add_role(best, np)
        return best

    def _same_office(self, np: str, head: str) -> Party | None:
        """'the head of the council' = 'the president of the UN Security Council' named earlier (no name given)."""
        m = re.search(r"\bof\s+(?:the\s+)?(.+)$", np)
        if head not in ORG_HEADS or m is None:
            return None
        body = content_words(m.group(1))
        for p in reversed(self.parties):
            if p.ptype == "person" and p.roles and p.roles[0] == p.name and p.name != np:
                pm = re.match(r"^(?:the\s+)?(\w+)\s+of\s+(?:the\s+)?(.+)$", p.name, re.I)
                if (
                    pm
                    and names.fold(pm.group(1)) in ORG_HEADS
                    and body
                    and body <= content_words(pm.group(2))
                ):
                    return p
        return None

    def _known_role(self, np: str) -> Party | None:
        """A role the alias file gives to a well-known actor named in this report ("Leader of the Islamic Revolution")."""
        from .resolve import known_actors

        key = names.fold(names.strip_leading_article(np))
        for a in known_actors():
            forms = [names.fold(al) for al in a.aliases if al[:1].isupper() and len(al.split()) >= 3]
            if any(key == f or key.startswith(f + " ") for f in forms):
                for p in self.parties:
                    if p.ptype == "person" and names.same_person(p.name, a.name):
                        return p
        return None

    def _recency(self, p: Party, before: int) -> float:
        idx = [i for i, k, _ in self.mentions if k == p.key and i < before]
        return 1.0 if idx else 0.0

    def salient_person(self, before: int, exclude: set[int] | None = None) -> Party | None:
        """The person a pronoun at token ``before`` most likely refers to: the nearest subject."""
        sent_start = sent_of(self.doc[before]).start
        prev = [m for m in self.mentions if m[0] < before and self.parties[m[1]].ptype == "person"]
        prev = [m for m in prev if not exclude or m[1] not in exclude]
        prev = [m for m in prev if not _is_late(self.parties[m[1]])] or prev
        if not prev:
            return None
        same_subj = [m for m in prev if m[0] >= sent_start and m[2]]
        if same_subj:
            return self.parties[same_subj[-1][1]]
        earlier = [m for m in prev if m[0] < sent_start]
        if earlier:
            last_sent = sent_of(self.doc[earlier[-1][0]]).start
            for level in (2, 1):
                cands = [m for m in earlier if m[0] >= last_sent and m[2] >= level]
                if cands:
                    return self.parties[cands[-1][1]]
        earlier_subj = [m for m in prev if m[0] < sent_start and m[2]]
        if earlier_subj:
            return self.parties[earlier_subj[-1][1]]
        return self.parties[prev[-1][1]]

    def note_mention(self, tok: Token, party: Party, is_subject: bool) -> None:
        """Record a resolved mention (role or pronoun) for later pronoun resolution."""
        self.mentions.append((tok.i, party.key, _subject_level(tok) if is_subject else 0))
        self.mentions.sort()

    def named_person(self, tok: Token) -> Party:
        """A person whose name spaCy did not tag ("Lula declared"): the proper-noun phrase at ``tok``."""
        left = min([tok.i] + [c.i for c in tok.lefts if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN"])
        text = name_text(tok.doc[left : tok.i + 1].text)
        p = self._find_person(text) or self._new(strip_titles(text), "person", tok.i)
        p.add_surface(text)
        self.tok2party[tok.i] = p.key
        return p

    def named_party(self, tok: Token) -> Party:
        """A proper-noun phrase spaCy did not tag, acting as a party: an organisation when it reads like one."""
        left = min([tok.i] + [c.left_edge.i for c in tok.lefts if c.dep_ in ("compound", "flat", "amod")])
        right = tok.i
        for c in tok.rights:
            if (
                c.dep_ == "prep"
                and c.lower_ in ("for", "of")
                and all(
                    t.text[:1].isupper() or t.lower_ in ("the", "of", "and", "for")
                    for t in c.subtree
                    if t.i != c.i
                )
            ):
                right = c.right_edge.i  # "the Movement for Northern Unity"
        text = name_text(self.doc[left : right + 1].text)
        short = _parenthetical_after(self.doc[left : right + 1])
        orgish = short is not None or len(text.split()) >= 3
        if not orgish:
            return self.named_person(tok)
        p = self._find_org(text) or self._new(text, "org", tok.i)
        p.add_surface(text)
        if short:
            p.add_surface(short)
            p.add_surface(f"{text} ({short})")
        for i in range(left, right + 1):
            self.tok2party[i] = p.key
        return p

    def new_role_party(self, tok: Token) -> Party:
        """A party known only by a role description, with no name in the report."""
        np = strip_titles_article(re.sub(r"['’]s?$", "", _np_text(tok)).strip())
        for p in self.parties:
            if p.ptype == "person" and p.name == np:
                return p
        p = self._new(np, "person", tok.i)
        p.add_surface(np)
        if not _holds_name(tok):
            p.roles.append(np)  # role only: no name in the phrase
        self.mentions.append((tok.i, p.key, _subject_level(tok)))
        self.mentions.sort()
        return p


def _subject_level(tok: Token) -> int:
    """2: subject of its sentence's main verb; 1: subject of another clause; 0: not a subject."""
    t = tok
    if t.dep_ in ("compound", "appos", "flat") and t.head.dep_ in ("nsubj", "nsubjpass"):
        t = t.head
    if t.dep_ not in ("nsubj", "nsubjpass"):
        return 0
    return 2 if t.head.dep_ == "ROOT" else 1


def _name_continues(t: Token) -> bool:
    return (
        t.pos_ == "PROPN" and t.text[:1].isupper() and t.ent_type_ in ("", "PERSON") and not t.is_sent_start
    )


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


def _holds_name(tok: Token) -> bool:
    """'President of South Korea Moon Jae-in': the phrase ends in a proper name spaCy missed."""
    tw = names.title_words()
    toks = [t for t in tok.subtree if t.i > tok.i]
    return any(
        t.pos_ == "PROPN"
        and t.ent_type_ not in ("ORG", "GPE", "NORP", "FAC", "LOC", "DATE")
        and names.fold(t.text).strip(".") not in tw
        for t in toks
    )


def name_text(s: str) -> str:
    """The name part of an entity's text: up to the first character no name holds, no possessive."""
    s = re.split(r"[^\w\s.'’`-]|\s-\s|\s\d", s.strip())[0]
    s = re.sub(r"(?:['’]s|['’])$", "", s.strip())
    s = re.sub(r"(?:\s+(?:letters?|messages?|memos?|cables?|telegrams?|calls?|notes?))+$", "", s, flags=re.I)
    return s.strip(" -.,") if re.search(r"[A-Za-z]", s) else ""


def title_variants(surface: str) -> list[str]:
    """'His Highness the Amir Sheikh Nawaf ...' and each shorter form dropping leading title words."""
    words = surface.split()
    tw = names.title_words()
    out = [surface]
    while len(words) > 2 and names.fold(words[0]).strip(".,") in tw and words[1][:1].isupper():
        words = words[1:]
        out.append(" ".join(words))
    return out


def strip_titles(name: str) -> str:
    """Drop leading titles and honorifics: 'Ayatollah Seyyed Ali Khamenei' -> 'Ali Khamenei'."""
    toks = name.split()
    tw = names.title_words()
    while len(toks) > 1 and names.fold(toks[0]).strip(".,") in tw:
        toks.pop(0)
    return " ".join(toks).strip(" ,")


def strip_titles_article(s: str) -> str:
    """Drop a leading article."""
    return names.strip_leading_article(s)


def org_key(s: str) -> str:
    """Comparison key for organisations: folded content words."""
    return " ".join(sorted(content_words(re.sub(r"\([^)]*\)", "", s)))) or names.fold(s)


def _acronym_of(short: str, long_: str) -> bool:
    s = re.sub(r"[^A-Z]", "", short)
    if len(s) < 2 or s != short.strip():
        return False
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z]+", long_) if w[0].isupper())
    return s == initials


def _subject_in_disguise(appos: Token) -> bool:
    """'In a letter to X, the secretary general of Y hails ...': a mis-parsed appositive that is the subject."""
    nxt = appos.right_edge.i + 1
    doc = appos.doc
    return nxt < len(doc) and doc[nxt].pos_ in ("VERB", "AUX")


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


def _add_role(party: Party, role: str) -> None:
    role = clean_np(role)
    if (
        not role
        or role.split()[-1].lower() in ("of", "the", "and", "to", "for")
        or all(names.fold(w).strip(".,") in names.title_words() for w in role.split())
        and len(role.split()) == 1
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

ROLE_CLASSES = {
    "chief": "head",
    "chairman": "head",
    "chairwoman": "head",
    "chair": "head",
    "leader": "head",
    "head": "head",
    "premier": "pm",
    "pm": "pm",
}


def _role_class(w: str) -> str:
    return ROLE_CLASSES.get(w, w)


def _head_word(tok: Token) -> str:
    return names.fold(tok.lemma_ or tok.text)


def _np_text(tok: Token, stop_at: int | None = None) -> str:
    """Text of the noun phrase headed by ``tok``: its subtree without relative clauses or trailing appositions."""
    doc = tok.doc
    left = tok.left_edge.i
    right = tok.i
    for child in tok.rights:
        if child.dep_ in ("prep", "compound", "amod", "pobj", "nmod", "poss", "case") or (
            child.dep_ == "punct" and child.text in ")"
        ):
            right = max(right, child.right_edge.i)
        else:
            break
    if stop_at is not None and stop_at > left:
        right = min(right, stop_at - 1)
    span = doc[left : right + 1]
    text = span.text
    text = re.sub(r"^(?:the|a|an)\s+", lambda m: m.group(0), text)
    return clean_np(text)
