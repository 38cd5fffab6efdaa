"""The two sides of a call the report names only together ("their call", "the two leaders", "a call
between the two leaders"): the pair of the call told just before, else the last two people named."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .. import names
from ..meta_byline import BYLINE_NAME
from ..nlp import sent_number, sent_of
from .control import counted_two
from .draft import Draft
from .groups import _offices_of_states
from .lists import party_list_from
from .mentions import ROLE_HEADS, Party, _head_word, _is_late, _role_class
from .office_fit import same_stem
from .readers import PartyReader
from .salience import modifies_thing
from .speech_words import SPEECH_VERBS
from .syntax import COUNTED, STAFF_HEADS, _acts_for_another, _collective, _uniq
from .untagged import _name_run

# Verbs whose subject writes or sends what it tells of.
_WRITTEN = frozenset({"send", "write", "dispatch", "address", "pen", "cable", "telegraph"})


class PairReader(PartyReader):
    """Lookups of a pair of parties named before a trigger."""

    drafts: list[Draft]
    title_end: int  # where the headline ends (a character offset)

    def _subjects(self, verb: Token) -> list[Party]:
        """A verb of writing or sending whose subject counts two leaders named before ("Both leaders sent
        messages to C", "the messages the two presidents sent him"): each of the pair, less whom it went to."""
        subs = [c for c in verb.children if c.dep_ == "nsubj"]
        if verb.lemma_.lower() in _WRITTEN and len(subs) == 1 and counted_two(subs[0]):
            to = {p.key for p in self._prep_parties(verb, ("to",))} | {
                p.key for c in verb.children if c.dep_ in ("dative", "iobj") and (p := self._party(c))
            }
            pair = [p for p in self._pair_before(subs[0], collective=True) if p.key not in to]
            if len(pair) == 2 and self._two_named_before(subs[0]):
                return pair
        found = super()._subjects(verb)
        if len(found) == 1 and found[0].ptype == "org" and len(subs) == 1:
            officer = self._officer_in(subs[0], verb)
            return [officer] if officer is not None else found
        if len(found) == 1 and found[0].ptype == "person" and len(subs) == 1:
            return self._listed_before(subs[0], found)
        return found

    def _listed_before(self, subj: Token, found: list[Party]) -> list[Party]:
        """'a letter that A and Conservative critic B sent him': the parse took 'A and Conservative' for
        two words describing B, and B alone for the subject; the people listed from the subject's first word
        on, with B among them, are its subjects (the first the sender of a joint letter)."""
        start = subj.left_edge.i
        if (
            start >= subj.i
            or self.doc[start].pos_ != "PROPN"
            or all(t.lower_ != "and" for t in self.doc[start : subj.i])
        ):
            return found
        listed = party_list_from(self.doc, self.idx, start)
        first = self.doc[start]
        if (
            self.doc[start + 1].lower_ in ("and", ",")
            and first.pos_ == "PROPN"
            and _head_word(first) not in ROLE_HEADS
        ):
            head = self._party(first)  # a surname alone ("Lind and ..."): the list's first
            if head is not None and head is not found[0]:
                listed = [head, *[p for p in listed if p is not head and p is not found[0]], found[0]]
        if (
            len(listed) > 1
            and listed[0] != found[0]
            and found[0] in listed
            and all(p.ptype == "person" for p in listed)
        ):
            return listed
        return found

    def _two_named_before(self, tok: Token) -> bool:
        """The sentence before ``tok``'s names no more than two people ("A, C and D met. Both leaders wrote":
        which two is unsure)."""
        sent = sent_of(tok)
        if sent.start == 0:
            return True
        before = sent_of(self.doc[sent.start - 1])
        people = {
            k
            for t in before
            if (k := self.idx.tok2party.get(t.i)) is not None and self.idx.parties[k].ptype == "person"
        }
        return len(people) <= 2

    def _officer_in(self, subj: Token, verb: Token) -> Party | None:
        """'The X College of Nursing's general secretary, A B, wrote': the parse took the body for the subject
        and its officer, with her name in apposition, for a part of its name; the officer writes."""
        for t in subj.subtree:
            if (
                t.i >= verb.i
                or _head_word(t) not in ROLE_HEADS
                or not any(c.dep_ == "poss" for c in t.children)
            ):
                continue
            for c in t.children:
                k = self.idx.tok2party.get(c.i) if c.dep_ == "appos" else None
                p = self.idx.parties[k] if k is not None else None
                if p is not None and p.ptype == "person":
                    return p
        return None

    def _pair_between(self, holder: Token) -> list[Party]:
        """'between the two leaders', 'between them': the pair the report named last, when the 'between'
        phrase of ``holder`` names no one but a collective."""
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ == "between":
                if any(c.dep_ == "pobj" and (_collective(c) or c.lower_ == "them") for c in prep.children):
                    office = next((o for c in prep.children if c.dep_ == "pobj" and (o := _office_of(c))), "")
                    if office:  # "a call between the two presidents": two holders of that office, or no one
                        told = {
                            k for i, k, _ in self.idx.mentions if self.title_end <= self.doc[i].idx < prep.idx
                        }
                        pair = self._pair_before_office(prep, False, office)
                        if not all(p.key in told for p in pair):  # not named in the body before it: the pair
                            pair = self._pair_before(prep, collective=True)  # named last, the headline's too
                        held = all(office in {_role_class(w) for w in p.role_words()} for p in pair)
                        return pair if held and len(pair) == 2 else []
                    return self._pair_before(prep, collective=True)
        return []

    def _pair_before(self, tok: Token, collective: bool = False, any_kind: bool = False) -> list[Party]:
        """'their call', 'the two leaders': the two sides of the call the report told of just before, else of
        the letter told just before, else the last two people it named before the trigger (within the three
        sentences before, the headline included). ``any_kind``: the two ends of the letter told just before
        come first too ("A wrote to B. The letter follows the conversation that both leaders held")."""
        if not (
            collective
            or any(c.lower_ == "their" for c in tok.children)
            or any(
                _collective(s) and not _acts_for_another(s)
                for s in [*sent_of(tok).root.children, *(tok.children if tok.pos_ == "VERB" else [])]
                + [*(tok.head.children if tok.dep_ == "dobj" else [])]  # "X says the two leaders held a call"
                if s.dep_ in ("nsubj", "nsubjpass")
            )
        ):
            return []
        office = _pair_office(tok)  # "the two presidents": two holders of that office, however far back
        if office:  # (and when no two holders of it are told, the pair as any other)
            pair = self._pair_before_office(tok, any_kind, office)
            if pair:
                return pair
        elif _leaders(tok):  # "the two leaders spoke": two people told with an office, not a columnist
            pair = self._pair_before_office(tok, any_kind, TITLED)
            if pair:
                return pair
        return self._pair_before_office(tok, any_kind, "")

    def _pair_before_office(self, tok: Token, any_kind: bool, office: str) -> list[Party]:
        """The pair of :meth:`_pair_before`, holders of ``office`` alone when one is given."""
        here = self._people_before(sent_of(tok).start, tok.i, office=office)
        if len(here) == 2:  # "A raised it with B after the two talked by phone": the pair of the sentence
            return here
        start = 0 if office else max(0, sent_of(tok).start - 200)
        told = [
            d
            for d in reversed(self.drafts)
            if start <= d.trigger.i < tok.i
            and d.sender is not None
            and len(d.recipients) == 1
            and not COUNTED.match(d.sender.name)  # not "Three leaders have spoken to him"
            and all(_holds(p, office) for p in (d.sender, d.recipients[0]))
        ]
        # the pair of a call this report told of just before, else of the letters it told of ("A's letter
        # ...; B's reply ... On 13 September the two men spoke by telephone")
        pair = next(iter([*(d for d in told if d.kind == "call" or any_kind), *told]), None)
        if pair is not None and pair.sender is not None:
            return [pair.sender, pair.recipients[0]]
        seen = self._people_before(start, tok.i, 2, office)
        return seen if len(seen) == 2 else []

    def _caller_of(self, tok: Token, other: Party) -> Party | None:
        """Who held the call ``tok`` told with ``other`` alone ("the call with B focused on trade"): the
        other side of a call with B told in the three sentences before, else the subject of the sentence
        ("A says chat with B warm"), unless that subject only tells of it after the fact ("..., C said")."""
        n = sent_number(tok)
        for d in reversed(self.drafts):
            sides = [d.sender, *d.recipients]
            if (
                d.kind == "call"
                and other in sides
                and len(sides) == 2
                and 0 <= n - sent_number(d.trigger) <= 3
            ):
                return next(p for p in sides if p is not other)
        root = sent_of(tok).root
        if root.i > tok.i and root.lemma_.lower() in SPEECH_VERBS:
            return None
        subj = self._subjects(root)
        return subj[0] if subj and subj[0] is not other and subj[0].ptype == "person" else None

    def _people_before(self, start: int, end: int, most: int = 3, office: str = "") -> list[Party]:
        """The last ``most`` people named between tokens ``start`` and ``end``, in reading order (holders of
        ``office`` alone, when one is given)."""
        seen: list[Party] = []
        for i, k, _lvl in reversed(self.idx.mentions):
            if modifies_thing(self.doc[i]):
                continue  # "the Askara grain corridor": a name that qualifies a thing is no one in the talk
            if _in_byline(self.doc[i]):
                continue  # "By ANDREW KNOWLES, Political Editor": the reporter is no one in the talk
            if start <= i < end:
                p = self.idx.parties[k]
                if (
                    p.ptype == "person"
                    and p not in seen
                    and not p.role_words(forms=False) & STAFF_HEADS
                    and _holds(p, office)
                ):
                    seen.append(p)  # not "spokesman C" who told of the talks of A and B
            if len(seen) == most:
                break
        return list(reversed(seen))

    def _held_subjects(self, verb: Token) -> list[Party]:
        """The holders :meth:`_state_holders` finds for the subject of ``verb`` ("The leaders of X and Y held
        a call", "The presidents of X and Y spoke by phone"); none when its subject is no such office."""
        return [h for c in verb.children if c.dep_ == "nsubj" for h in self._state_holders(c)]

    def _state_holders(self, group: Token) -> list[Party]:
        """'The leaders of Norland and Vestria held a video call': the holders of that office in the two
        places, each the one person of the report whose roles and names say the office and the place
        ("Norland's President Ana Berg", "her Vestrian counterpart, Premier Tomas Varga"), wherever the
        report names them. None unless each place has exactly one such holder."""
        if not _offices_of_states(group):
            return []
        of = next(c for c in group.children if c.dep_ == "prep" and c.lower_ == "of")
        places = [s for g in of.children if g.dep_ == "pobj" for s in (g, *g.conjuncts)]
        if len(places) != 2:
            return []
        office = {
            _role_class(names.fold(t.lemma_ or t.text).lower())
            for t in (group, *(c for c in group.children if c.dep_ in ("amod", "compound")))
        }
        holders: list[Party | None] = []
        for place in places:
            word = names.fold(place.text).lower()
            fits = [
                p
                for p in self.idx.live()
                if p.ptype == "person"
                and not _is_late(p)
                and same_stem(word, p.role_words(forms=False) | self._apposed_words(p))
                and p not in holders
            ]
            held = [p for p in fits if office <= {_role_class(w) for w in p.role_words()}]
            # "his Solan counterpart Maria Cerva": the counterpart of the other place's holder holds the office
            peers = [p for p in fits if "counterpart" in p.role_words() and p not in held]
            holders.append(held[0] if len(held) == 1 else peers[0] if not held and len(peers) == 1 else None)
        if (
            None in holders
            or sum(1 for p in holders if p is not None and "counterpart" in p.role_words()) > 1
        ):
            return []
        return [p for p in holders if p is not None]

    def _apposed_words(self, p: Party) -> set[str]:
        """Folded words of the phrase a person's name is set after with a comma ("her Vestrian
        counterpart, Premier Tomas Varga": 'vestrian', 'counterpart'), read left to right since the
        parser often hangs the name elsewhere."""
        doc = self.doc
        words: set[str] = set()
        starts = [
            i
            for i, k in self.idx.tok2party.items()
            if self.idx.parties[k] is p and i - 1 not in self.idx.tok2party
        ]
        for i in starts:
            j = i - 1
            while j >= 0 and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper():
                j -= 1  # the title before the name ("Premier")
            if j < 1 or doc[j].text != ",":
                continue
            k = j - 1
            found = set()
            while k >= 0 and j - k <= 4 and doc[k].pos_ in ("ADJ", "NOUN", "PROPN", "PRON", "DET"):
                found.add(names.fold(doc[k].text).lower())
                k -= 1
            if (
                k < 0 or doc[k].pos_ != "ADP"
            ):  # not "after the floods in Norland, Premier B": a place of events
                words |= found
        return words

    def _between_read(self, prep: Token) -> list[Party]:
        """'a call between President A and Chancellor B', 'between X's A and Y's B': the two sides read left
        to right, cut at the one 'and' (the parser often hangs the first side on the second): on each side
        the person named, else a name the recogniser left untagged; nothing unless both sides name one."""
        end = _second_side_end(self.doc, prep.right_edge.i + 1)
        words = self.doc[prep.i + 1 : end]
        cuts = [t.i for t in words if t.lower_ == "and"]
        if prep.lower_ != "between" or len(cuts) != 1 or any(t.text == ";" for t in words):
            return []  # three or more sides: the parse's reading
        sides = [self.doc[prep.i + 1 : cuts[0]], self.doc[cuts[0] + 1 : end]]
        out: list[Party] = []
        for side in sides:
            if not _set_off(side, self.idx.tok2party):
                return []  # "between A, B and C": three sides
            people = _uniq(
                [
                    self.idx.parties[self.idx.tok2party[t.i]]
                    for t in side
                    if t.i in self.idx.tok2party
                    and self.idx.parties[self.idx.tok2party[t.i]].ptype == "person"
                ]
            )
            last = next((t for t in reversed(side) if t.pos_ == "PROPN"), None)
            if not people and last is not None and _name_run(last) is not None:
                people = [self.idx.named_party(last)]
            if len(people) != 1 or people[-1] in out:
                return []  # (not "between A, B and C": three sides; "the chief, Mr A, and B": one each)
            out.append(people[-1])
        return out


# Words for the sides of a talk that name no office ("the two leaders", "both men", "the two sides").
_NO_OFFICE = frozenset(
    {"head", "man", "woman", "side", "official", "party", "people", "figure", "counterpart"}
)


def _office_of(group: Token) -> str:
    """The office a plural collective names ("the two presidents": 'president'), '' for none ("leaders")."""
    word = _role_class(names.fold(group.lemma_).lower())
    return word if group.tag_ == "NNS" and word in ROLE_HEADS and word not in _NO_OFFICE else ""


def _pair_office(tok: Token) -> str:
    """The office a pair told together holds, by the head noun of the collective subject ("the two
    presidents", "both foreign ministers": 'president', 'minister'); '' for words that name none ("the two
    leaders", "both men", "the two") or when no such subject is there."""
    for s in _subjects_around(tok):
        if s.dep_ in ("nsubj", "nsubjpass") and s.tag_ == "NNS" and _collective(s):  # ("are said to have")
            word = _role_class(names.fold(s.lemma_).lower())
            if word in ROLE_HEADS and word not in _NO_OFFICE:
                return word
    return ""


TITLED = "*"  # the office of :func:`_holds` that any role or title holds


def _leaders(tok: Token) -> bool:
    """The collective subject of the pair is "leaders" ("the two leaders", "both leaders")."""
    return any(
        s.dep_ in ("nsubj", "nsubjpass") and s.lemma_.lower() == "leader" and _collective(s)
        for s in _subjects_around(tok)
    )


def _subjects_around(tok: Token) -> list[Token]:
    """The words that may be the pair's collective subject: the sentence root's dependents, and the verb's own."""
    return [*sent_of(tok).root.children, *(tok.children if tok.pos_ == "VERB" else [])]


def _holds(p: Party, office: str) -> bool:
    """Whether ``p`` holds ``office`` as the report tells it (its roles, titles, or "his counterpart", who
    holds the office of the one he is counterpart to); any person when no office is given, anyone told with
    a role or title for ``TITLED``."""
    if not office:
        return True
    words = p.role_words()
    if office == TITLED:
        return any(_role_class(w) in ROLE_HEADS and _role_class(w) not in _NO_OFFICE for w in words)
    return office in {_role_class(w) for w in words} or "counterpart" in words


def _in_byline(tok: Token) -> bool:
    """The token stands on a byline line ("By ANDREW KNOWLES, Political Editor": meta_byline's form)."""
    text = tok.doc.text
    start = text.rfind("\n", 0, tok.idx) + 1
    end = text.find("\n", tok.idx)
    return BYLINE_NAME.match(text[start : end if end != -1 else len(text)]) is not None


def _second_side_end(doc: Doc, end: int) -> int:
    """'a conversation between the Chief Officer, Mr A, and Councillor B' with 'and Councillor B' hung on the
    verb: the end of the name after the 'and' that follows the parse's phrase; else ``end``."""
    i = end + (end < len(doc) and doc[end].text == ",")
    if i >= len(doc) or doc[i].lower_ != "and" or doc[i].head.i < end and doc[i].head.pos_ != "VERB":
        return end
    j = i + 1
    while j < len(doc) and j - i <= 5 and (doc[j].pos_ == "PROPN" or doc[j].ent_type_ == "PERSON"):
        j += 1
    return j if j > i + 1 else end


def _set_off(side: Span, tok2party: dict[int, int]) -> bool:
    """One side of a talk 'between' two: no comma, or an office set off from its holder's name ("the
    Chief Fire Officer, Mr A,"): a role word, and no party but the one named after it, before the first comma."""
    commas = [t.i for t in side if t.text == ","]
    if not commas:
        return True
    before = side.doc[side.start : commas[0]]
    named = {tok2party[t.i] for t in side.doc[commas[0] : side.end] if t.i in tok2party}
    return any(_head_word(t) in ROLE_HEADS for t in before) and all(
        tok2party[t.i] in named for t in before if t.i in tok2party
    )  # (the office may be mapped to its holder already)
