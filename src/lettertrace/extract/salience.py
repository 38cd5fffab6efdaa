"""Salience inside one report: which mentions are subjects of what a sentence tells (not of the attribution
set after it), which names only qualify a thing, and the person a pronoun most likely means."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .. import names
from ..nlp import sent_of
from .lexicon import cues, noun_kind
from .mentions import ROLE_HEADS, Party, _head_word, _is_late


def subject_level(tok: Token) -> int:
    """2: subject of its sentence's main verb; 1: subject of another clause; 0: not a subject."""
    t = tok
    if t.dep_ in ("compound", "appos", "flat") and t.head.dep_ in ("nsubj", "nsubjpass"):
        t = t.head
    if t.dep_ not in ("nsubj", "nsubjpass"):
        return 0
    verb = t.head
    if verb.dep_ == "ccomp" and verb.head.dep_ == "ROOT" and _attributes_after(verb.head, verb):
        return 2  # "A wrote to B on Sunday, her spokesman said": A is what the sentence is about
    if verb.dep_ == "ROOT" and any(_attributes_after(verb, c) for c in verb.children if c.dep_ == "ccomp"):
        return 1  # ... and the spokesman only vouches for it
    return 2 if verb.dep_ == "ROOT" else 1


_REPORT_VERBS = {"say", "tell", "add", "report", "announce", "confirm", "state", "note", "write", "post"}


def modifies_thing(tok: Token) -> bool:
    """'the Kessel bridge tolls', 'the Askara grain corridor': a name used to qualify a common noun after
    it, no one taking part in what the sentence tells."""
    return tok.dep_ == "compound" and tok.head.pos_ == "NOUN" and tok.head.i > tok.i


def vouches(tok: Token) -> bool:
    """Whether ``tok`` names who vouches for a report set before it ("..., her spokesman said"): the one
    quoted is seldom the one a later pronoun means."""
    t = tok.head if tok.dep_ in ("compound", "appos", "flat") else tok
    return t.dep_ == "nsubj" and any(
        _attributes_after(t.head, c) for c in t.head.children if c.dep_ == "ccomp"
    )


def _attributes_after(verb: Token, clause: Token) -> bool:
    """Whether ``verb`` is an attribution set after the ``clause`` it reports ("..., the office said")."""
    return verb.lemma_.lower() in _REPORT_VERBS and clause.i < verb.i and clause.left_edge.i < verb.i


def titled(tok: Token) -> bool:
    """'Senators', 'Governor', 'Minister': a role or a title, also in the plural spaCy does not lemmatise."""
    word = names.fold(tok.text).lower()
    return (
        word in ROLE_HEADS
        or word.endswith("s")
        and word[:-1] in ROLE_HEADS
        or word in names.title_words()
        or _head_word(tok) in ROLE_HEADS
    )


class Salience:
    """Mixin of the party index: the person a pronoun most likely refers to."""

    doc: Doc
    parties: list[Party]
    mentions: list[tuple[int, int, int]]
    tok2party: dict[int, int]

    def _recency(self, p: Party, before: int) -> float:
        idx = [i for i, k, _ in self.mentions if k == p.key and i < before]
        return 1.0 if idx else 0.0

    def salient_person(self, before: int, exclude: set[int] | None = None) -> Party | None:
        """The person a pronoun at token ``before`` most likely refers to: the nearest subject."""
        sent_start = sent_of(self.doc[before]).start
        prev = [m for m in self.mentions if m[0] < before and self.parties[m[1]].ptype == "person"]
        prev = [m for m in prev if not exclude or m[1] not in exclude]
        author = self.doc.user_data.get("lettertrace_author")  # the byline's reporter is no one's 'he'
        prev = [m for m in prev if not author or self.parties[m[1]].name != author]
        prev = [m for m in prev if not _is_late(self.parties[m[1]])] or prev
        prev = [m for m in prev if not vouches(self.doc[m[0]])] or prev
        prev = [m for m in prev if not _the_one_word(self.doc[m[0]])] or prev
        other = OTHER.get(self.doc[before].lower_)  # "her" is not a man the report calls "he" or "Mr"
        if other is not None:
            prev = [m for m in prev if self._gender(self.parties[m[1]]) != other] or prev
            # "She was at home ... She liked to say that he had called": no "she" is a "he"
            prev = [m for m in prev if OTHER.get(self.doc[m[0]].lower_) != OTHER[other]] or prev
        bound = _own_clause_subject(self.doc[before])  # "B said A had a letter from him": not A
        prev = [m for m in prev if m[0] not in bound] or prev
        if not prev:
            return None
        if (who := _who_clause_antecedent(self.doc[before])) is not None:
            # "a reply from A was received by B, who had written to him": the other person named before B in
            # the sentence, its subject first (not a possessor: "A's envoy B, who had written to her" is another)
            named = self.tok2party.get(who.i)
            others = [
                m
                for m in prev
                if m[0] >= sent_start
                and m[1] != named
                and m[0] < who.left_edge.i
                and self.doc[m[0]].dep_ != "poss"
            ]
            subjects = [m for m in others if m[2]]  # "A met B and C, who had written to him": A
            if named is not None and others:
                return self.parties[(subjects or others)[-1][1]]
        pronoun = self.doc[before]
        if (echo := _echoed_object(pronoun)) is not None:  # "thanking her for her greetings": one woman
            return self.salient_person(echo.i, exclude)
        if pronoun.lower_ in ("him", "her") and pronoun.dep_ != "poss":  # "wrote to B, thanking him": B
            objects = [m for m in prev if m[0] >= sent_start and _object_before(self.doc[m[0]], pronoun)]
            if objects:
                return self.parties[objects[-1][1]]
        same_subj = [m for m in prev if m[0] >= sent_start and m[2]]
        if same_subj:
            found = self.parties[same_subj[-1][1]]
            if self.doc[before].lower_ in ("he", "she") and self._gender(found) is None:
                self.doc.user_data.setdefault("lettertrace_gender", {})[found.key] = self.doc[before].lower_
            return found
        pronoun = self.doc[before]
        if exclude and pronoun.lower_ in ("him", "her") and pronoun.dep_ != "poss":
            # "A sent a message to B, in which he assured him", "A summoned B and handed him a note": B
            told_here = [
                m
                for m in prev
                if m[0] >= sent_start
                and (
                    _in_relative(pronoun)
                    and _addressee(self.doc[m[0]])
                    or _object_before(self.doc[m[0]], pronoun)
                )
            ]
            if told_here:
                return self.parties[told_here[-1][1]]
        earlier = [m for m in prev if m[0] < sent_start]
        if earlier:
            last_sent = sent_of(self.doc[earlier[-1][0]]).start
            for level in (2, 1) if not exclude else (2, 1, 0):  # "I wrote to B. I received her reply": B
                cands = [m for m in earlier if m[0] >= last_sent and m[2] >= level]
                if cands:
                    return self.parties[cands[-1][1]]
            own = {"he": "she", "she": "he"}.get(other or "")  # the pronoun's own sex
            titled = [
                m for m in earlier if m[0] >= last_sent and own and self._gender(self.parties[m[1]]) == own
            ]
            if titled:  # "She heard from Mr B at last. He rang her": the one of the pronoun's sex named last
                return self.parties[titled[-1][1]]
        earlier_subj = [m for m in prev if m[0] < sent_start and m[2]]
        if earlier_subj:
            return self.parties[earlier_subj[-1][1]]
        return self.parties[prev[-1][1]]

    def _gender(self, p: Party) -> str | None:
        """'he' or 'she': as a title the report gives the person says ("Mr", "Queen"), or as a 'he' or 'she'
        that was the subject of the person's own sentence."""
        said = self.doc.user_data.get("lettertrace_gender", {}).get(p.key)
        if said is not None:
            return str(said)
        firsts = {w for f in [*p.surfaces, *p.roles] for w in _address_words(f)}
        male, female = bool(firsts & MALE_TITLES), bool(firsts & FEMALE_TITLES)
        return "he" if male and not female else "she" if female and not male else None


def _echoed_object(pronoun: Token) -> Token | None:
    """'thanking her for her greetings': a possessive that repeats the object pronoun of its own verb means
    the same person (the object pronoun, else None)."""
    if pronoun.dep_ != "poss" or pronoun.lower_ not in ("his", "her", "their"):
        return None
    verb = next((a for a in pronoun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    same = {"his": "him", "her": "her", "their": "them"}[pronoun.lower_]
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ == same] if verb is not None else []
    return objects[0] if objects and objects[0].i < pronoun.i else None


def _in_relative(tok: Token) -> bool:
    """The word stands in a relative clause ("a message to B, in which he assured him")."""
    return any(a.dep_ == "relcl" for a in tok.ancestors)


def _addressee(tok: Token) -> bool:
    """The name is the object of 'to' or an indirect object (or set off after one): one written or spoken
    to, not a possessor ("A's minister"), a name after 'of', 'for' or 'with', or a subject."""
    while tok.dep_ in ("compound", "flat") and tok.head.i != tok.i:
        tok = tok.head
    while tok.dep_ == "appos":
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ == "to" or tok.dep_ in ("dative", "iobj")


def _object_before(name: Token, pronoun: Token) -> bool:
    """'A summoned B on Wednesday and handed him a note', 'A wrote to B, thanking him': the pronoun is an
    object of a verb joined to the verb whose object (or 'to' object) the name is, or of its participle."""
    tok = name
    while tok.dep_ in ("compound", "flat", "appos") and tok.head.i != tok.i:
        tok = tok.head
    verb = pronoun.head
    joined = verb.dep_ == "conj" or verb.dep_ == "advcl" and verb.tag_ == "VBG"  # "wrote to B, thanking him"
    first = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "to" else tok.head
    on_noun = first.dep_ == "dobj" and verb.head.i == first.head.i  # "sent a reply to B, thanking her"
    return (
        (tok.dep_ == "dobj" or tok.dep_ == "pobj" and tok.head.lower_ == "to")
        and joined
        and (verb.head.i == first.i or on_noun)
    )


def _who_clause_antecedent(tok: Token) -> Token | None:
    """The one 'who' is, for an object pronoun in a relative clause whose subject is 'who' ("B, who had
    written to him": B's token)."""
    if tok.lower_ not in ("him", "her") or tok.dep_ not in ("dobj", "dative", "pobj"):
        return None
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    if verb.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ == "who" for c in verb.children):
        return verb.head
    return None


def _address_words(form: str) -> list[str]:
    """The first two words of a name or role, folded, less a form of address that begins an office ("Lord
    Mayor", "Lord Chancellor": the office of a woman as of a man)."""
    words = [names.fold(w).lower().strip(".") for w in form.split()[:2]]
    return words[1:] if len(words) == 2 and words[1] in names.title_words() else words


# English forms of address that say whether the one named is a man or a woman.
MALE_TITLES = frozenset("mr sir king prince lord emir amir sheikh sultan duke pope monsignor".split())
FEMALE_TITLES = frozenset("mrs ms miss madam madame queen princess lady dame sheikha duchess".split())
OTHER = {"she": "he", "her": "he", "hers": "he", "he": "she", "him": "she", "his": "she"}


def _the_one_word(tok: Token) -> bool:
    """'at the Lodge', 'along the Brenner': one capitalised word after a lower-case 'the' that spaCy tagged
    as a name is a place or a thing more often than a person, and no antecedent of 'he' or 'she'."""
    one = tok.ent_iob_ == "B" and (tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].ent_iob_ != "I")
    return one and tok.i > 0 and tok.doc[tok.i - 1].text == "the"


def not_meant_by(tok: Token) -> list[Token]:
    """The heads of the noun phrases a subject 'he' or 'she' (``tok``) cannot mean: a person named inside its
    own clause ("she wrote to Mali's foreign minister, A": one would write "A wrote to ..."); the one a
    message it received came from ("he received a message from C"); and, since no one writes to or calls
    themself, those a communication noun fronted before it addresses ("In a letter to her friend C, (sent
    later that month,) she complained", "In a call with B, he said")."""
    if tok.dep_ != "nsubj" or tok.lower_ not in ("he", "she"):
        return []
    verb = tok.head
    out = [
        t
        for t in verb.subtree
        if t.i > tok.i
        and t.pos_ == "PROPN"
        and t.ent_type_ == "PERSON"
        and t.dep_ not in ("compound", "flat")
    ]
    if verb.lemma_.lower() in cues()["receive_verbs"]:
        out += [
            o for h in (verb, *(c for c in verb.children if c.dep_ == "dobj")) for o in _objects(h, ("from",))
        ]
    for t in verb.subtree:
        if t.i >= tok.i:
            break
        kind = (
            noun_kind(t) if t.dep_ == "pobj" and t.head.lower_ in ("in", "through", "via", "during") else None
        )
        if kind:
            out += _objects(t, ("to", "with") if kind == "call" else ("to",))
    return out


def _objects(tok: Token, preps: tuple[str, ...]) -> list[Token]:
    """The objects of ``tok``'s prepositions among ``preps``."""
    return [
        o
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ in preps
        for o in c.children
        if o.dep_ == "pobj"
    ]


def _own_clause_subject(pronoun: Token) -> set[int]:
    """The tokens of the subject of an object pronoun's own clause ('him', 'her', 'them'): no one is the object
    of their own verb but as 'himself' or 'herself', so the pronoun means someone else."""
    if pronoun.lower_ not in ("him", "her", "them") or pronoun.dep_ == "poss":
        return set()
    verb = pronoun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        if verb.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "poss" for c in verb.children):
            return (
                set()
            )  # "B showed A's letter to him": the pronoun is the owner's phrase's, not the clause's
        verb = verb.head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return {t.i for s in subjects for c in (s, *s.conjuncts) for t in c.subtree}
