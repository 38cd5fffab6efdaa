"""'His counterpart': the person of the same office in another state this report names, or the other
person of the clause; a counterpart of a state the report names no one of is that state's holder of the
same office, known by the office alone."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from .. import names
from ..models import PartyType
from .mentions import ROLE_HEADS, Party, _is_late
from .office_kinds import ABBREVIATED
from .office_ties import clause_of
from .offices import OfficeResolution
from .salience import subject_level


class CounterpartResolution(OfficeResolution):
    """Mixin of the party index: 'his Ostravian counterpart', 'her counterparts', 'his counterpart'."""

    doc: Doc
    parties: list[Party]
    tok2party: dict[int, int]
    mentions: list[tuple[int, int, int]]
    _new: Callable[[str, PartyType, int], Party]
    _person_in_subtree: Callable[[Token], Party | None]

    def counterpart(self, tok: Token) -> Party | None:
        """'his Turkish counterpart' -> the person of that nationality in this report."""
        inner = self._person_in_subtree(tok)
        if inner is not None:
            return inner
        nxt = self.doc[tok.i + 1] if tok.i + 1 < len(self.doc) else None
        if nxt is not None and nxt.i in self.tok2party and tok.whitespace_:
            named = self.parties[self.tok2party[nxt.i]]
            if named.ptype == "person":
                return named  # "her Ostravian counterpart Tomas Varga", the name parsed apart
        adjs = [c for c in tok.children if c.dep_ in ("amod", "compound") and c.text[:1].isupper()]
        for a in adjs:
            fits = self._of_place(a)
            if fits:
                p = self._counterpart_office(tok, fits)
                left = min([tok.i] + [c.left_edge.i for c in tok.lefts])
                p.add_surface(self.doc[left : tok.i + 1].text)  # "his Turkish counterpart"
                return p
        if adjs:
            return self._unnamed_counterpart(tok, adjs)
        return self._other_party(tok)

    def _unnamed_counterpart(self, tok: Token, adjs: list[Token]) -> Party | None:
        """'Prime Minister A wrote to his Ostravian counterpart', the report naming no Ostravian: the holder
        of A's office in that state, a party known by that office alone ("Ostravian prime minister")."""
        if len(adjs) != 1 or not names.states_named(adjs[0].text):
            return None  # "his Ostravian and Sudland counterparts", "his Hamas counterpart": no state office
        offices = [o for k in sorted(self._clause_owners(tok)) if (o := office_title(self.parties[k]))]
        if len(set(offices)) != 1:
            return None  # "A wrote to his Ostravian counterpart", A holding no office the report gives
        np = f"{adjs[0].text} {offices[0]}"
        p = next((q for q in self.live() if q.ptype == "person" and q.name == np), None)
        if p is None:
            p = self._new(np, "person", tok.i)
            p.roles.append(np)
            p.add_surface(np)
        self.mentions.append((tok.i, p.key, subject_level(tok)))
        self.mentions.sort()
        return p

    def counterparts(self, tok: Token) -> list[Party]:
        """'with his Ostmark and Sudland counterparts': the counterpart of each place, in order, each a
        person the report names; none unless every place has one of its own."""
        if tok.lower_ != "counterparts":
            return []
        mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod") and c.text[:1].isupper()]
        places = sorted({m.i: m for c in mods for m in (c, *c.conjuncts)}.values(), key=lambda m: m.i)
        out: list[Party] = []
        for place in places if len(places) >= 2 else []:
            first = min([place, *(c for c in place.children if c.dep_ == "compound")], key=lambda t: t.i)
            fits = self._of_place(first)  # "Dar al-Nour": its first word
            p = self._counterpart_office(tok, fits) if fits else None
            if p is None or p in out:
                return []
            out.append(p)
        return out

    def _of_place(self, word: Token) -> list[Party]:
        """The persons a word of a place or nationality ("Turkish", "Ostmark") is part of the name or role of."""
        stem = names.fold(word.text)[:4]
        states = names.states_named(word.text)  # "Finnish" and "the President of Finland": one state
        return [
            p
            for p in self.live()
            if p.ptype == "person"
            and (
                any(names.fold(w).startswith(stem) for r in [*p.surfaces, *p.roles] for w in r.split())
                or states
                and any(
                    states & names.states_named(r)
                    for r in [*p.roles, *(x for x in p.surfaces if " of " in x)]
                )
            )
        ]

    def _counterpart_office(self, tok: Token, fits: list[Party]) -> Party:
        """Of the people of one nationality, the counterpart holds the office of the one whose counterpart
        he is ("Ruiz receives letter from Sylvanian counterpart": Sylvania's president, not its foreign
        minister who carried the letter); the first of them when no office tells them apart."""
        own = self._clause_owners(tok)
        full = {w for k in own for w in _office_words(self.parties[k])} or self._subject_office(tok)
        offices = full - _GENERIC  # a prime minister's counterpart is no foreign minister by 'minister' alone

        def likeness(
            p: Party,
        ) -> float:  # (but "the X minister" is a foreign minister's likeliest counterpart:
            words = _office_words(p)  # the same office word, and no other office of his own)
            return len(offices & words) or 0.5 * bool(
                words & full & _GENERIC and not words - _GENERIC - offices
            )

        best = max((likeness(p) for p in fits), default=0)
        return next(p for p in fits if likeness(p) == best)  # the first of the likest

    def _subject_office(self, tok: Token) -> set[str]:
        """The office words of the clause's subject where it names no one yet ("Norland FM holds talks with
        Sudland counterpart": the foreign minister's)."""
        subj = [c for c in clause_of(tok).children if c.dep_ in ("nsubj", "nsubjpass")]
        return {w for c in subj for t in c.subtree for w in _expanded(names.fold(t.text))}

    def _clause_owners(self, tok: Token) -> set[int]:
        """The keys of the parties in the subject of the clause ``tok`` stands in, a name or a role the index
        has resolved there ("The Sudland premier thanked his counterpart": the premier the report named)."""
        words = {t.i for c in clause_of(tok).children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
        return {self.tok2party[i] for i in words if i in self.tok2party} | {
            m[1] for m in self.mentions if m[0] in words
        }

    def _other_party(self, tok: Token) -> Party | None:
        """'X phoned his counterpart': the person other than X this report last spoke of (X being the
        clause's subject or the possessive's referent)."""
        own = self._clause_owners(tok)
        prev = [m for m in self.mentions if m[0] < tok.i and m[1] not in own]
        people = [
            m for m in prev if self.parties[m[1]].ptype == "person" and not _is_late(self.parties[m[1]])
        ]
        return self.parties[people[-1][1]] if people else None


# Office words many offices share: no likeness between two offices by themselves.
_GENERIC = frozenset({"minister", "secretary", "deputy", "state", "general", "chief", "head"})


def _office_words(p: Party) -> set[str]:
    """The title words among a party's roles and surfaces ("President Ana Ruiz": {"president"})."""
    return {w for r in [*p.roles, *p.surfaces] for x in names.fold(r).split() for w in _expanded(x)} - {"the"}


def _expanded(word: str) -> set[str]:
    """The office words one word stands for: itself if a title word, the words of an abbreviation."""
    if word in ABBREVIATED:
        return set(ABBREVIATED[word])
    return {word} if word in names.title_words() else set()


def office_title(p: Party) -> str | None:
    """The office a person holds as the report words it, without place or honorifics: the longest run of
    office words in his forms that ends in an office's head ("Prime Minister A of X": 'prime minister';
    "the Nepalese foreign minister": 'foreign minister')."""
    offices = names.title_words() - names.honorifics() - {"the", "former", "late", "acting"}
    best: list[str] = []
    for form in [*p.surfaces, *p.roles]:
        run: list[str] = []
        for w in [*names.fold(form).lower().split(), ""]:
            if w in offices:
                run.append(w)
                continue
            while run and run[-1] not in ROLE_HEADS:
                run.pop()
            if len(run) > len(best):
                best = run
            run = []
    return " ".join(best) or None
