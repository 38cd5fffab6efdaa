"""Offices named without a name ("the Iranian foreign minister", "Crown Prince of Qandar", "the head of
the council") resolved to the person of the report who holds them: a mixin of the party index."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Token

from .. import names
from ..models import PartyType
from ..names import content_words
from ..nlp import sent_of
from .elect import the_elected
from .home_leader import dateline_own, home_leader
from .lexicon import cues, noun_kind
from .mentions import (
    MIN_ROLE_OVERLAP,
    ORG_HEADS,
    ROLE_HEADS,
    Party,
    _add_role,
    _head_word,
    _is_late,
    _np_text,
    _role_class,
)
from .office_fit import (
    AFFILIATIONS,
    HEAD_OF,
    _proper_words,
    body_led,
    fits_office,
    nationality_fits,
    same_stem,
    serves_office,
    states_of,
)
from .office_kinds import (
    _other_minister,
    chief_minister,
    complement_fits,
    foreign_minister,
    hyphened_title,
    prime_minister,
    title_head,
    titled,
)
from .office_ties import clause_of, tied_to
from .partners import counterparts_told, partners_of, told_beside
from .salience import Salience

# not "re-elected"
_ELECT = re.compile(
    r"\w-(?:elect|designate)\b|\b(?<!re-)(?:elect|(?<!newly )elected|future|incoming)\b", re.I
)


# Verbs whose 'of' phrase tells what the one addressed is told ("assured B of her support").
_OF_VERBS = frozenset(
    {"assure", "remind", "inform", "warn", "notify", "convince", "persuade", "accuse", "apprise"}
)
# The offices of a head of state ("the head of state" is one of them; reply_offices asks too).
STATE_HEADS = frozenset({"president", "king", "queen", "emir", "amir", "sultan", "monarch", "emperor"})
_GOVERNMENT_HEADS = frozenset({"pm", "prime", "chancellor", "taoiseach"})
_LEADS = frozenset({"leader", "chief", "head"})  # a body's head named by the body: "the PIJ leader"


# Determiners of no one in particular: "every Norland president", "any minister".
QUANTIFIERS = frozenset({"every", "each", "any", "no", "all", "some", "another"})


class OfficeResolution(Salience):
    """Mixin of the party index: the holder a role description denotes."""

    doc: Doc
    parties: list[Party]
    tok2party: dict[int, int]
    mentions: list[tuple[int, int, int]]
    _new: Callable[[str, PartyType, int], Party]  # the index's: a new party of this report

    def party_at(self, tok: Token) -> Party | None: ...  # the index's (coref.InReportResolution)

    def live(self) -> list[Party]:
        """Every party once (a folded party's key points at the party it was folded into)."""
        return [p for k, p in enumerate(self.parties) if p.key == k]

    def nationalities(self) -> frozenset[str]:
        """The report's words of nationality ("French": tagged NORP, less parties and faiths), folded, once."""
        cache = self.doc.user_data.setdefault("lettertrace_nationalities", {})
        if "words" not in cache:
            words = {names.fold(t.text).lower() for t in self.doc if t.ent_type_ == "NORP"}
            cache["words"] = frozenset(words - AFFILIATIONS)
        return cache["words"]  # type: ignore[no-any-return]

    def resolve_role(self, tok: Token, np: str | None = None) -> Party | None:
        """A role description ("the Iranian foreign minister") -> the person it denotes here (``np``: the
        description when it is not the phrase ``tok`` heads)."""
        if any(c.dep_ == "det" and c.lower_ in QUANTIFIERS for c in tok.children):
            return None  # "every Norland president", "any minister": no one in particular
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if np is None and of is not None and tok.dep_ == "dobj" and tok.head.lemma_.lower() in _OF_VERBS:
            # "assured the Emperor of her friendship": the 'of' is the verb's
            np = _np_text(tok, stop_at=of.i)
        np = np or _np_text(tok)
        words = {_role_class(w) for w in content_words(np)}
        exact = _head_word(tok)
        head = _role_class(exact)
        title = hyphened_title(tok, exact)  # "Secretary-General": both words, not "General" alone
        if head in ("counterpart",):
            return None
        known = (
            self._known_role(np)
            or self._same_office(np, exact)
            or self._set_off_after_name(tok)
            or self._head_of(np, tok)
        )
        if known is not None and known.key in told_beside(self.tok2party, tok):
            known = None  # "the Head of State thanked A": not A, whatever A was called before
        if known is not None:
            known.add_surface(np)
            return known
        again = self._said_before(np)
        if again is not None:
            again.add_surface(np)
            if len(np.split()) >= 3:
                _add_role(again, np)
            return again
        best, best_score = None, 0.0
        # the place words of the description ("Kordavia" in "the Kordavia premier")
        proper = _proper_words(np)
        elect = _ELECT.search(np) is not None  # "the prime minister-elect": not who holds the office now
        others = partners_of(self.doc, self.tok2party, tok)  # "talks between the President and B": not B
        others |= self._acting(tok)
        foils = counterparts_told(tok)
        # a bare "the President" is the report's own "President A" (tied to no state) before one tied to a state
        own_titled = (
            not proper
            and " of " not in np
            and any(p.ptype == "person" and not states_of(p) and titled(p, title) for p in self.live())
        )
        premiers = any(  # someone here is called a premier ("Chinese Premier B", "Ontario Premier C")
            q.ptype == "person" and any("premier" in names.tokens(x) for x in [*q.roles, *q.surfaces])
            for q in self.live()
        )
        live, nationalities = self.live(), self.nationalities()
        for p in live:
            if p.ptype != "person" or p.key in others or not fits_office(np, p, nationalities, live):
                continue
            if any(self._of_foil(f, p) for f in foils):
                continue  # "the President thanked her Norland counterpart": not Norland's president
            if (m := HEAD_OF.search(np)) and not (_head_offices(m) | {"counterpart"}) & _classes(p):
                continue  # "the head of state" is never the head of an office
            if elect != any(_ELECT.search(f) for f in [*p.roles, *p.surfaces]):
                continue
            if p.name in p.roles and _role_class(_office_head(p.name)) != head:
                continue  # "the President" is not "the President's private secretary"
            rw = {_role_class(w) for w in p.role_words(forms=False)}
            if head == "envoy" and rw & {"ambassador", "emissary", "representative"}:
                rw.add(head)  # "the envoy" for the ambassador named before
            if head in STATE_HEADS and any(  # "Head of State A" ... "the Kazakh President": he holds it
                HEAD_OF.search(r) and "state" in r.lower() for r in [*p.roles, *p.surfaces]
            ):
                rw.add(head)
            led = {_role_class(w) for w in body_led(np, p)} if exact in _LEADS else set()
            rw |= led | ({head} if led else set())  # "the PIJ leader", "the head of the UN": who heads it
            if (
                exact == "leader"
                and not led
                and rw & ROLE_HEADS
                and not {"leader", "counterpart"} & p.role_words()
            ):
                continue  # "the Norland leader": a head of state or government, or one called a leader (not
                # one the report gives another office, a foreign minister)
            counterpart = "counterpart" in rw and (
                nationality_fits(np, p, self.nationalities())
                or bool(proper)
                and all(same_stem(w, rw) for w in proper)
            )  # "his Kordavia counterpart, B" ... "the Kordavia prime minister"
            if counterpart:
                pass  # "his Mavundan counterpart, B" holds the office of the one he is the counterpart of
            elif head not in rw and not (head in ("leader", "official") and words & rw):
                # "the Norland leader" for Norland's president: every word of the description fits
                rw = {_role_class(w) for w in p.role_words()} | led
                if prime_minister(p) and (proper or not premiers):  # "the Libyan premier", "the Norland PM"
                    rw.add("pm")  # (a bare "the premier" only where no one here is called a premier)
                # "the Norland FM": Norland's foreign minister; "CM writes to PM": a chief minister
                if head == "fm" and foreign_minister(p) or head == "cm" and chief_minister(p):
                    rw.add(head)
                if head not in rw or not all(same_stem(w, rw) for w in words):
                    continue
            if not counterpart and not complement_fits(np, p, rw | {_role_class(w) for w in p.role_words()}):
                continue  # "the President of the African Union Commission" is no state's president
            # the description's states the person is of: "Iran's president" for "Iranian President A"
            mine = {w for w in proper if names.states_named(w) & states_of(p)}
            overlap = 1.0 if counterpart else len(words & (rw | mine)) / max(1, len(words))
            if overlap < MIN_ROLE_OVERLAP or "prime" in words and not counterpart and _other_minister(p):
                continue  # (the prime minister is not "Minister A")
            if p.name in p.roles and not counterpart and not words - {_role_class(w) for w in proper} <= rw:
                continue  # an office no name holds is no other office: "the finance minister" is not "prime minister"
            score = overlap + 0.01 * self._recency(p, tok.i) - (0.6 if _is_late(p) else 0.0)
            if p.first > tok.i:
                score -= 0.9  # a description points back: one named later is a last resort ...
            elif sent_of(tok).start != 0:
                score += 1.6  # ... below any named before (a headline names the office before its holder)
            score += 0.001 * sum(1 for i, k, subj in self.mentions if k == p.key and subj and i < tok.i)
            heads = [title_head(r, len(title)) for r in [*p.roles, *p.offices]]
            score += 0.5 if title in heads or any(exact in names.tokens(o) for o in p.offices) else 0.0
            score += 0.5 if titled(p, title) else 0.0
            score -= 0.6 if own_titled and states_of(p) else 0.0
            headline = (
                sent_of(tok).start == 0
            )  # a headline names the office before the story names its holder
            if (p.first < tok.i or headline) and (
                nationality_fits(np, p, self.nationalities()) or bool(proper) and proper <= mine
            ):
                score += 1.0  # "the Nigerian leader": the one named before as of Nigeria
            elif p.first < tok.i and proper and all(same_stem(w, p.role_words()) for w in proper):
                score += 1.0  # "the Kordavia prime minister": named before as "his Kordavia counterpart"
            if score > best_score:
                best, best_score = p, score
        if best is None:  # "the Kenyan leader": the one leader the report ties to no state
            persons = [p for p in self.live() if p.ptype == "person" and not serves_office(np, p)]
            best = home_leader(np, tok, persons, self.nationalities(), others) or (
                the_elected(np, tok, self.tok2party, self.party_at) if elect else None
            )
        if best is not None and not (exact in _LEADS and body_led(np, best)):  # "the PIJ leader": no office
            best.add_surface(np)  # of his own that would make him any "Leader" after
            if len(np.split()) >= 3:  # "the Leader" alone must not become a role that decides later cases
                _add_role(best, np)
        return best

    def offices_of_places(self, tok: Token, to_each: bool = False) -> list[Party]:
        """'messages from the Prime Ministers of X, Y and Z': one office per state, each its holder where the
        report names one ("X's Prime Minister A wrote ..."), else the office itself; and with ``to_each``
        (the act is plural: "sent messages to the presidents of X, Y and Z") the offices addressed."""
        # a plural office ("Prime Ministers", often tagged as a singular name) that acts from each state;
        # "wrote to the presidents of X and Y" addresses them as one group (readers.py)
        one = tok.text[:-1] if tok.lower_.endswith("s") and tok.lower_[:-1] in ROLE_HEADS else None
        if one is None or not (
            tok.dep_ == "pobj"
            and tok.head.lower_ in ("from", "to" if to_each else "from")
            or _each_sends(tok)
        ):
            return []
        places = _places_listed(tok)
        people = [self.parties[k] for t in places if (k := self.tok2party.get(t.i)) is not None]
        if any(p.ptype == "person" for p in people):
            # "to the ministers of X and Y, A and B": the names listed after the places hold the offices
            return [p for i, p in enumerate(people) if p.ptype == "person" and p not in people[:i]]
        if len(places) < 2:
            return []
        title = " ".join([*(c.text for c in tok.lefts if c.dep_ in ("compound", "amod")), one])  # "prime"
        out = []
        people = [p for p in self.live() if p.ptype == "person"]
        states = [  # (or a town the report names a holder of: "the mayors of X and Y" ... "X Mayor A")
            p
            for p in places
            if p.ent_type_ == "GPE" or names.is_state_word(p.text) or any(tied_to(q, p.text) for q in people)
        ]
        for place in sorted(places, key=lambda t: t.i):
            if place not in states and not (states and place.pos_ == "PROPN" and place.text[:1].isupper()):
                return []  # "the ministers of health and finance", "the leaders of two parties": no states
                # (a name listed with a state is one too: "of Dravia and Sola" with Sola untagged)
            where = self.doc[place.left_edge.i : place.i + 1].text
            where = where[4:] if where.lower().startswith("the ") else where
            np = f"{title} of {where}"
            tied = any(tied_to(p, where) for p in self.live() if p.ptype == "person")
            held = self.resolve_role(tok, np) if tied else None  # never a president of no state given
            if held is None or held.key == self.tok2party.get(tok.i) or not tied_to(held, where):
                held = next((p for p in self.live() if p.ptype == "person" and p.name == np), None)
                held = held or self._new(np, "person", tok.i)
                if np not in held.roles:
                    held.roles.append(np)
                    held.add_surface(np)
            out.append(held)
        return out

    def first_holder(self, tok: Token) -> Party | None:
        """'The foreign ministers of X, Y and Z wrote jointly to B': the holder of the office of the first
        place, who leads the list, when the report names one person of that office it ties to that place
        ("X's Foreign Minister A"); else None (the group writes)."""
        places = _places_listed(tok)
        if len(places) < 2 or not tok.lower_.endswith("s"):
            return None
        where = self.doc[places[0].left_edge.i : places[0].i + 1].text
        where = where[4:] if where.lower().startswith("the ") else where
        one = tok.lower_[:-1]
        held = [
            p
            for p in self.live()
            if p.ptype == "person" and tied_to(p, where) and any(one in f.lower().split() for f in p.surfaces)
        ]
        return held[0] if len(held) == 1 else None

    def title_of_name_after(self, role: Token) -> Party | None:
        """'A and Prime Minister and Foreign Minister B sent ...': an office, not itself a party here, whose
        words run on with no comma into a person's name is that person's title, however far the office
        the parser read it as stands from the name (the offices joined by 'and' all are)."""
        upper = role.text[:1].isupper() or role.i + 1 < len(self.doc) and self.doc[role.i + 1].ent_iob_ == "B"
        if (
            role.i in self.tok2party or _head_word(role) not in ROLE_HEADS or not upper
        ):  # or "Party chief To Lam"
            return None
        if any(t.pos_ in ("DET", "PRON") for t in self.doc[role.left_edge.i : role.i]) or all(
            t.text[:1].isupper() for t in role.sent if t.is_alpha
        ):  # "the Norland president and B": an office of its own; "X Chief Calls Y Premier B": a headline
            return None
        for t in self.doc[role.i + 1 : role.sent.end]:
            key = self.tok2party.get(t.i)
            if key is not None:
                return self.parties[key] if self.parties[key].ptype == "person" else None
            if not (t.text[:1].isupper() or t.lower_ in ("of", "the", "and", "for", "-")):
                return None
        return None

    def governments_of(self, tok: Token) -> list[Party]:
        """'to the governments of X, Y and Z': a government is its state, so the states named after 'of',
        where each is a party of this report."""
        if tok.lower_ != "governments":
            return []
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        first = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if first is None:
            return []
        keys = [self.tok2party.get(t.i) for t in [first, *first.conjuncts]]
        return [self.parties[k] for k in keys if k is not None] if None not in keys else []

    def _head_of(self, np: str, tok: Token) -> Party | None:
        """'the Norland head of state' is its president, king or emir; 'the head of government' its prime
        minister or chancellor: the one person named before with such a title who fits the description."""
        m = HEAD_OF.search(np)
        if m is None:
            return None
        offices = _head_offices(m)
        foils = counterparts_told(tok)
        fits = {
            p.key: p
            for p in self.live()
            if p.ptype == "person"
            and (p.first < tok.i or sent_of(tok).start == 0)  # a headline names the office before its holder
            and not _is_late(p)
            and (offices | {"counterpart"}) & _classes(p)  # "his X counterpart, B": holds the same office
            and fits_office(np, p, self.nationalities())
            and not any(self._of_foil(f, p) for f in foils)
            and p.key not in self._acting(tok)
        }
        if len(fits) > 1:  # "the Botswanan head of state" among presidents of Botswana and Namibia
            said = _proper_words(np)
            fits = (
                {k: p for k, p in fits.items() if said and all(same_stem(w, p.role_words()) for w in said)}
                or {k: p for k, p in fits.items() if not said and HEAD_OF.search(" ".join(p.roles))}
                or ({k: p for k, p in fits.items() if not states_of(p)} if not said else {})
                or ({} if said else dateline_own(fits, tok.doc))
            )  # a bare "the Head of State": the report's own, tied to no state or to the dateline's
        return next(iter(fits.values())) if len(fits) == 1 else None

    def _acting(self, tok: Token) -> frozenset[int]:
        """'King A, in a message to the King, said': the subject of the clause a description stands in as
        another argument is not what it denotes."""
        t = tok
        while t.dep_ in ("appos", "conj", "compound", "flat") and t.head.i != t.i:
            t = t.head  # "A and His Excellency the Premier B wrote": part of the subject itself
        if t.dep_ in ("nsubj", "nsubjpass"):
            return frozenset()
        subjects = [c for c in clause_of(tok).children if c.dep_ in ("nsubj", "nsubjpass")]
        named = [w for s in subjects for w in s.subtree if _own_word(w, s)]  # not "B" of "B's office"
        return frozenset(k for w in named if (k := self.tok2party.get(w.i)) is not None)

    def _of_foil(self, foil: str, p: Party) -> bool:
        """``p`` is of the nation of a counterpart the clause names ("her Sylvanian counterpart")."""
        proper = _proper_words(foil)
        return (
            nationality_fits(foil, p, self.nationalities())
            or bool(proper)
            and all(same_stem(w, p.role_words()) for w in proper)
        )

    def _set_off_after_name(self, tok: Token) -> Party | None:
        """'Omar Al-Rashid, Crown Prince of Qandar': an office with no article set off by a comma right after a
        name is that person's (not 'A, the Speaker and B'), and so is one joined to it ('A, Crown Prince and X')."""
        while (
            tok.dep_ == "conj"
            and tok.head.i < tok.i
            and tok.head.i not in self.tok2party
            and _head_word(tok.head) in ROLE_HEADS
            and tok.left_edge.pos_ not in ("DET", "PRON")
        ):
            tok = tok.head
        left = tok.left_edge
        if left.i < 2 or self.doc[left.i - 1].text != "," or left.pos_ in ("DET", "PRON"):
            return None
        named = self.tok2party.get(left.i - 2)
        p = self.parties[named] if named is not None else None
        if p is None or p.ptype != "person" or (p.roles and p.roles[0] == p.name):
            return None
        return p

    def _same_office(self, np: str, head: str) -> Party | None:
        """'the head of the council' = 'the president of the UN Security Council' named earlier (no name given)."""
        m = re.search(r"\bof\s+(?:the\s+)?(.+)$", np)
        if head not in ORG_HEADS or m is None:
            return None
        body = content_words(m.group(1))
        hits = []
        for p in reversed(self.live()):
            if p.ptype != "person" or p.name == np:
                continue
            offices = p.roles if p.roles and p.roles[0] != p.name else p.roles[:1]
            for office in offices:  # a role-only party's name is its office; a named one has roles
                pm = re.match(r"^(?:the\s+)?(\w+)\s+of\s+(?:the\s+)?(.+)$", office, re.I)
                if (
                    pm
                    and names.fold(pm.group(1)) in ORG_HEADS
                    and body
                    and body <= content_words(pm.group(2))
                ):
                    hits.append(p)
                    break
        return hits[0] if len({h.key for h in hits}) == 1 else None

    def _said_before(self, np: str) -> Party | None:
        """A description of a place's office written again ("the Nigerian President's letter" in the headline,
        "the Nigerian President's message" in the story) is the one person it was read as before."""
        if not _proper_words(np) and not HEAD_OF.search(np):
            return None  # (and "the head of state" read before)
        key = _bare(np)
        said = [p for p in self.live() if p.ptype == "person" and key in {_bare(s) for s in p.surfaces}]
        return said[0] if len(said) == 1 else None

    def _known_role(self, np: str) -> Party | None:
        """A role the alias file gives to a well-known actor named in this report ("Leader of the Islamic Revolution")."""
        from ..actors import known_actors

        key = names.fold(names.strip_leading_article(np))
        for a in known_actors():
            forms = [names.fold(al) for al in a.aliases if al[:1].isupper() and len(al.split()) >= 3]
            if any(key == f or key.startswith(f + " ") for f in forms):
                for p in self.live():
                    if p.ptype == "person" and names.same_person(p.name, a.name):
                        return p
        return None


def _bare(description: str) -> str:
    """A description folded, without its leading article or possessive ending."""
    return names.fold(re.sub(r"['’]s?$", "", names.strip_leading_article(description).strip())).lower()


def _office_head(role: str) -> str:
    """The head word of a role written as a name: 'secretary' in "the President's private secretary",
    'mayor' in "mayor of Valparaiso"."""
    words = names.tokens(re.split(r"\s+(?:of|for|to|in|at)\s+|,", role)[0])
    return words[-1] if words else ""


def _head_offices(m: re.Match[str]) -> frozenset[str]:
    """The offices of a head of state or of government ("head of (state|government)" matched)."""
    return STATE_HEADS if m.group(1).lower() == "state" else _GOVERNMENT_HEADS


def _classes(p: Party) -> set[str]:
    return {_role_class(w) for w in p.role_words()}


def _own_word(w: Token, head: Token) -> bool:
    """``w`` is part of the phrase ``head`` names, not of a possessor or a complement inside it."""
    while w.i != head.i:
        if w.dep_ not in ("compound", "flat", "appos", "conj", "amod", "det"):
            return False
        w = w.head
    return True


def _each_sends(subject: Token) -> bool:
    """'The Prime Ministers of X and Y sent messages to B': the subject of a verb of sending whose object is
    a plural act (one each; "sent a joint letter" is one letter of a group)."""
    verb = subject.head
    return (
        subject.dep_ == "nsubj"
        and verb.lemma_.lower() in cues()["send_verbs"]
        and any(c.dep_ == "dobj" and c.tag_ == "NNS" and noun_kind(c) is not None for c in verb.children)
    )


def _places_listed(office: Token) -> list[Token]:
    """The places after a plural office's 'of' ("the presidents of X, Y and Z": X, Y, Z), in order; spaCy
    hangs the later places on the first or on the office."""
    of = next((c for c in office.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    first = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if first is None:
        return []
    return sorted(
        [first, *first.conjuncts, *(c for c in office.conjuncts if c.i > first.i)], key=lambda t: t.i
    )
