"""A communication told as the setting of another verb: "In a letter, A asked B to ...", "conveyed her
thanks to B in a message", "discussed the crisis with B in a phone call", "the two leaders spoke by
phone". The verb's subject writes or calls; its objects and its 'to'/'with' phrases are addressed."""

from __future__ import annotations

from spacy.tokens import Token

from .apposed_offices import phrase_head
from .conference_calls import said_on_a_call
from .couriers import CourierReader
from .lexicon import blocked, cues, noun_kind
from .mentions import Party
from .spurious import PUBLICS
from .syntax import ADDRESS_VERBS, FACE_TO_FACE, _is_name_like, _passive, _uniq, _verb_of, finite
from .that_clause import before_that

# What a letter is read in: "according to a copy (the text) of the letter".
COPY_NOUNS = frozenset("copy text transcript excerpt extract version translation".split())
# Those a message speaks to without addressing them ("expressed his closeness to the people of X").
ANSWERING_VERBS = {"accept", "decline", "reject", "refuse", "rebuff", "spurn"}


# Verbs of bringing a matter before someone: "A raised the issue with B in a letter" writes to B.
RAISED_WITH = frozenset({"raise", "discuss", "broach", "take", "pursue", "share"})


def _told_of(noun: Token) -> Token | None:
    """The verb of "informed B of X", "told B about X", when ``noun`` is X and B its verb's object."""
    up = noun.head
    if noun.dep_ != "pobj" or up.lower_ not in ("of", "about", "on"):
        return None
    if up.head.dep_ == "dobj":
        verb = up.head.head
    elif any(c.dep_ == "nsubjpass" for c in up.head.children):
        verb = up.head  # "B was informed of X (by A) in a letter"
    else:
        return None
    if any(c.dep_ == "neg" for c in verb.children):
        return None  # "B was not informed of it by A in a letter": no letter told
    return verb if verb.pos_ == "VERB" and verb.lemma_.lower() in TOLD_OF else None


def _aside_verb(head: Token) -> Token | None:
    """'A, in a message to B and C on Monday, said:': the finite verb right after the comma that closes a
    phrase set off by commas after its subject (where the parser hung the phrase on a name inside it)."""
    doc = head.doc
    if head.i < 2 or doc[head.i - 1].text != ",":
        return None
    end = next((t.i for t in doc[head.i : head.sent.end] if t.text == ","), None)
    if end is None or end + 1 >= head.sent.end:
        return None
    verb = doc[end + 1]
    return verb if verb.pos_ == "VERB" and verb.tag_ in ("VBD", "VBZ", "VBP") else None


# Verbs that tell someone of something: "informed B of the decision in a letter" writes to B.
TOLD_OF = frozenset({"inform", "notify", "tell", "apprise", "advise", "warn", "remind", "assure", "brief"})


class ToldInReader(CourierReader):
    """The parties of a communication named by a noun in a verb's prepositional phrase."""

    def _told_in(self, tok: Token, kind: str, head: Token) -> tuple[Party | None, list[Party]] | None:
        """The sender and addressees of ``tok``, the object of the preposition ``head`` on a verb; None
        when ``head`` hangs on no verb or is no preposition of setting."""
        if head.lower_ == "of" and head.head.lemma_.lower() in COPY_NOUNS and head.head.dep_ == "pobj":
            # "According to a copy of the letter, A told B ...": read as "according to the letter"
            head = head.head.head
        verb = _cleft(before_that(head.head, head), head)  # "announced, in a message to B, that C would"
        told_thing = None
        aside = _aside_verb(head) if verb.pos_ not in ("VERB", "AUX") else None
        verb = aside or verb  # "A, in a message to B and C, said:" with the phrase hung on C
        according = head.lower_ == "to" and verb.lower_ == "according" and verb.dep_ == "prep"
        if according:  # "A asked B to act, according to a letter seen by the paper": the letter of the asking
            main = _main_address_verb(verb.head)
            if main is None or _passive(main):
                return None
            verb = main
        if _participle_of_noun(verb, tok):
            verb = verb.head  # "In a letter to B dated 8 February (sent that month), A asked": the letter's
        if head.lower_ in ("in", "through", "via") and verb.dep_ == "pobj" and verb.head.head.pos_ == "VERB":
            verb = verb.head.head  # "invited B to the summit in a letter": read on the verb
        elif (
            (head.lower_ in ("in", "through", "via") or kind == "call" and head.lower_ in ("during", "over"))
            and not any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children)  # not "in a letter to X"
            and (told := _told_of(verb)) is not None
        ):
            told_thing, verb = verb, told  # "informed B of his decision in a letter", parsed on the decision
        elif (
            head.lower_ in ("in", "during", "over")
            and not any(
                c.dep_ == "prep" and c.lower_ == "with" for c in tok.children
            )  # "a call with reporters"
            and (up := _verb_above_object(verb)) is not None
        ):
            verb = up  # "A and B discussed the preparations for the summit in a phone call"
        elif (
            head.lower_ in ("in", "through", "via")
            and verb.pos_ in ("NOUN", "PROPN")
            and _answering(_offer(verb).head)
        ):
            # "declined A's invitation in a letter", "rejected A's offer of talks in a letter": the letter
            # parsed on the invitation (or on what it offers); to whom it goes is read below
            verb = _offer(verb).head
        if (
            verb.dep_ in ("advcl", "ccomp")
            and head.i < verb.i
            and _relative_subject(verb)
            and verb.head.pos_ == "VERB"
        ):
            verb = verb.head  # "In his letter to B, a copy of which is with the paper, A said": an aside
        if _relative(verb) and head.i > verb.i and self.doc[head.i - 1].text == ",":
            # "discussed the shipwreck, in which 61 people died, during a call": the phrase after the
            # relative clause's closing comma is the main clause's, whatever the parser hung it on
            verb = (_verb_of(verb.head) if verb.dep_ == "relcl" else verb.head) or verb
        if _closed_that_clause(verb, head):
            verb = verb.head  # "A demands that Ottawa act, in a letter sent to B": the demand is A's letter's
        if (
            verb.dep_ == "pcomp"
            and verb.head.dep_ == "prep"
            and verb.head.head.lemma_.lower() in ADDRESS_VERBS
        ):
            verb = verb.head.head  # "warned B against playing with fire in a call": the warning
        if (
            not according
            and head.lower_ not in ("in", "through", "via", "during", "with", "by")
            and not (head.lower_ == "on" and said_on_a_call(tok))  # "asked B on a call to ..."
            or verb.pos_
            not in (
                "VERB",
                "AUX",
            )
        ):
            return None
        subj = self._subjects(verb)
        if aside is not None and all(c.i > head.i for c in verb.children if c.dep_ == "nsubj"):
            # the one set off before the aside writes, not the name inside it the parser made the subject
            subj = [p for p in [self._party(phrase_head(self.doc[head.i - 2]))] if p is not None] or subj
        if (real := _after_split_auxiliary(verb, head)) is not None:
            verb = real  # "A had, in a letter dated X, invited B": A's 'had' and the verb after the phrase
        if _passive(verb) and verb.lemma_.lower() not in ("quote", "cite"):
            # "C was mentioned in an open letter to B": the subject is what the letter names
            subj = self._prep_parties(verb, ("by",))
            if (
                not subj
                and verb.lemma_.lower() in TOLD_OF
                and not any(c.dep_ == "neg" for c in verb.children)
            ):  # "B was informed of X by A in a letter": 'by' on X
                things = (
                    [told_thing]
                    if told_thing is not None
                    else [
                        g
                        for c in verb.children
                        if c.dep_ == "prep" and c.lower_ in ("of", "about", "on")
                        for g in c.children
                        if g.dep_ == "pobj"
                    ]
                )
                subj = [p for t in things for p in self._prep_parties(t, ("by",))]
        if kind == "call":
            subj = _uniq(subj + self._subject_persons(verb))
            held = self._held_subjects(verb)
            subj = held or subj  # "The presidents of X and Y spoke by phone"
        recips = self._prep_parties(verb, ("to",)) if verb.lemma_ in cues()["send_verbs"] else []
        if head.lower_ == "with" and any(c.dep_ == "dobj" and _is_name_like(c) for c in verb.children):
            recips = []  # "sent his adviser to X with a letter": 'to X' is where the adviser went
        if verb.lemma_ in cues()["send_verbs"] and not recips:  # "conveyed her thanks to B in a message"
            recips = [
                p
                for c in verb.children
                if c.dep_ in ("dobj", "npadvmod")
                for p in self._prep_parties(c, ("to",))
            ]
        if (
            not recips
            and verb.lemma_.lower() in cues()["put_to_verbs"]
            and not _passive(verb)
            and not _addressed(tok)
        ):
            recips = self._put_to(verb)  # "In a letter, A proposed a truce to B", "A offered B a loan"
        if verb.lemma_.lower() in ("call", "appeal"):  # "In an open letter, A called on B to"
            recips += self._prep_parties(verb, ("on", "upon", "to"))
            if any(c.dep_ == "prep" and c.lower_ in ("on", "upon") for c in verb.children):
                recips += [p for c in verb.children if c.dep_ == "dobj" for p in self._conj_parties(c)]
        if verb.lemma_.lower() in ADDRESS_VERBS and _passive(verb):  # "B was informed in a letter"
            recips += [p for p in self._subjects(verb) if p not in subj]
        elif verb.lemma_.lower() in ADDRESS_VERBS or _wished_someone(verb):  # "In a letter, A asked B to ..."
            recips += [
                p for c in verb.children if c.dep_ in ("dobj", "dative") for p in self._conj_parties(c)
            ]
        named = any(c.dep_ == "prep" and c.lower_ in ("to", "as") for x in (tok, verb) for c in x.children)
        if not recips and verb.lemma_.lower() == "address" and not _passive(verb) and not named:
            recips += [  # "in a letter, A addressed B" (not "addressed B as a traitor" in a letter to C)
                p
                for c in verb.children
                if c.dep_ == "dobj"
                for p in self._conj_parties(c)
                if p.ptype == "person"
            ]
        main = verb.head
        while main.dep_ == "xcomp" and main.head.i != main.i:
            main = main.head  # "asked B to free them, arguing in a letter": the asking
        if (
            not recips
            and verb.dep_ == "advcl"
            and verb.tag_ == "VBG"
            and main.lemma_.lower() in ADDRESS_VERBS
        ):
            # "A urged B to act, warning in an open letter that ...": the letter is to the one urged
            recips += [
                p for c in main.children if c.dep_ in ("dobj", "dative") for p in self._conj_parties(c)
            ]
        if (
            not recips
            and kind != "call"
            and verb.lemma_.lower() in cues()["reply_verbs"]
            and not _addressed(tok)
        ):
            # "In a letter, B replied to A", "B responded to A's accusations in a letter", "B answered A"
            tos = [c for p in verb.children if p.dep_ == "prep" and p.lower_ == "to" for c in p.children]
            objs = [c for c in verb.children if c.dep_ == "dobj"] if verb.lemma_.lower() == "answer" else []
            for c in [g for g in tos + objs if g.dep_ in ("pobj", "dobj")]:
                recips += self._conj_parties(c) or self._proposers(c)
            recips = [p for p in recips if p not in subj]
        if not recips and kind != "call" and _answering(verb) and not _addressed(tok):
            # "B declined A's invitation in a letter", "turned down the offer of A in a message": an answer
            # to what someone proposed goes to the one who proposed it
            recips += [
                p for c in verb.children if c.dep_ == "dobj" for p in self._proposers(c) if p not in subj
            ]
        if not recips and kind != "call" and verb.lemma_.lower() in RAISED_WITH and not _addressed(tok):
            objs = [verb, *(c for c in verb.children if c.dep_ == "dobj")]  # 'with B' on the matter raised
            recips += [p for o in objs for p in self._prep_parties(o, ("with",)) if p not in subj]
        if verb.lemma_.lower() in ("receive", "get") and not _passive(
            verb
        ):  # (not "accepted B's invitation")
            objs = [
                verb,
                *(c for c in verb.children if c.dep_ in ("dobj", "ccomp")),
            ]  # ("wishes" read a verb)
            givers = [p for o in objs for p in self._prep_parties(o, ("from",)) if p not in subj]
            if givers and subj:  # "In a phone call, B got birthday wishes from A": A's call to B
                return givers[0], subj[:1]
        if kind == "call" and (not subj or any(c.lower_ == "their" for c in tok.children)):
            # "In their call, the two leaders discussed ...", "A and B settled it in their talk, A's aide said"
            subj = self._pair_before(tok) or subj
        if kind == "call":
            recips += subj[1:]
            recips += self._prep_parties(verb, ("with",))
            # "discussed the crisis with B in a phone call": 'with' may hang on the topic
            topics = [c for c in verb.children if _topic(c, tok)]
            # ... or deeper in it: "discussed the reopening of the crossing with B in a call"
            holders = [t for h in topics for t in h.subtree if t.pos_ in ("NOUN", "PROPN")]
            recips += [p for h in holders for p in self._prep_parties(h, ("with",)) if p.ptype == "person"]
        return (subj[0] if subj else None), recips

    def _put_to(self, verb: Token) -> list[Party]:
        """The ones a verb of putting something to someone addresses: its 'to' phrase, on the verb or on
        what is put ("proposed a truce to B", "explained to B why"), or its indirect object ("offered B a
        loan", also when spaCy hangs B on the loan); never a state ("promised aid to X" names the one
        helped, not the one told)."""
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        tos = [p for h in [verb, *objs] for p in h.children if p.dep_ == "prep" and p.lower_ == "to"]
        if any(g.lemma_.lower() in PUBLICS for p in tos for g in p.children if g.dep_ == "pobj"):
            return []  # "expressed his closeness to the people of X": no one addressed
        found = self._prep_parties(verb, ("to",)) + [p for c in objs for p in self._prep_parties(c, ("to",))]
        found += self._dative(verb)
        for obj in objs:  # "offered B a loan" read as one object ("B" a modifier before "a loan")
            dets = [c.i for c in obj.children if c.dep_ == "det"]
            found += [
                p
                for c in obj.children
                if c.dep_ == "nmod" and dets and c.i < dets[0] and (p := self._party(c)) is not None
            ]
        return [p for p in _uniq(found) if p.ptype != "state"]

    def _proposers(self, obj: Token) -> list[Party]:
        """The person whose proposal ``obj`` is: "A's offer", "the invitation of A", "an invitation from A"."""
        owner = self._poss(obj)
        if owner is None:
            owner = next(
                (
                    p
                    for c in obj.children
                    if c.dep_ == "prep" and c.lower_ in ("of", "from")
                    for p in self._pobj_parties(c)
                ),
                None,
            )
        return [owner] if owner is not None and owner.ptype == "person" else []


def _main_address_verb(verb: Token) -> Token | None:
    """The verb of addressing an 'according to a letter' at a sentence's end tells of: the one it hangs on,
    or the sentence's main verb above the clauses it ends ("A asked B to include a clause that would apply
    should imports exceed a threshold, according to a letter"); None when that is no verb of addressing."""
    for _ in range(6):
        if (verb.lemma_.lower() in ADDRESS_VERBS or _expressed_greeting(verb)) and verb.pos_ == "VERB":
            return verb if finite(verb) else None  # not "has written to B asking him to ...": the writing's
        if verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


# What a greeting expresses to someone ("expressed his condolences to B", "conveyed congratulations to B").
GREETING_THINGS = frozenset({"condolence", "congratulation", "greeting", "sympathy", "felicitation", "wish"})


def _wished_someone(verb: Token) -> bool:
    """'wished B a happy birthday': a wish with the one wished and the thing wished (not "to wish X Day")."""
    return (
        verb.lemma_.lower() == "wish" and len([c for c in verb.children if c.dep_ in ("dobj", "dative")]) >= 2
    )


def _expressed_greeting(verb: Token) -> bool:
    """'expressed (his) condolences to B', 'extended congratulations to B': a greeting put to someone."""
    return verb.lemma_.lower() in cues()["put_to_verbs"] and any(
        c.dep_ == "dobj" and c.lemma_.lower() in GREETING_THINGS for c in verb.children
    )


def _verb_above_object(noun: Token) -> Token | None:
    """The verb whose object ``noun`` is, directly or through 'of' or 'for' phrases ("discussed the
    preparations for the meeting"), when the parser hung an act's 'in a call' on that object; None for a
    letter, message or call noun (its own phrase) or an offer answered ("declined A's invitation in a
    letter": read as such below)."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun_kind(noun) is not None or _answering(_offer(noun).head):
        return None
    t = noun
    for _ in range(3):
        if t.dep_ == "dobj" and t.head.pos_ == "VERB":
            return None if blocked(t.head) else t.head  # not "would explain the decision in a letter"
        if (
            t.dep_ != "pobj"
            or t.head.lower_ not in ("of", "for", "on", "about")
            or t.head.head.pos_ != "NOUN"
        ):
            return None
        t = t.head.head
    return None


def _cleft(verb: Token, head: Token) -> Token:
    """'It was in a letter to B that A set out her terms': the phrase a cleft sentence fronts belongs to
    the verb of its 'that' clause."""
    if verb.lemma_ != "be" or not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in verb.children):
        return verb
    if any(c.dep_ in ("acomp", "attr", "neg") for c in verb.children):
        return verb  # "It is clear in the letter that A ...", "It was not in a letter that ...": no cleft
    clause = next(
        (
            c
            for c in verb.subtree
            if c.i > head.i
            and c.pos_ == "VERB"
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        ),
        None,
    )  # the parser may hang the clause on the letter or on a participle of it ("dated ..., that A ...")
    return clause if clause is not None else verb


# Verbs whose 'that' clause is what the one demanding puts in the letter ("demands that Ottawa act").
_DEMANDING = frozenset("demand insist ask urge request propose suggest recommend plead press require".split())


def _closed_that_clause(verb: Token, head: Token) -> bool:
    """'A is demanding that Ottawa hand over control, in a letter sent Tuesday to B': a phrase of setting set
    off by a comma after a 'that' clause belongs to the verb the clause hangs on (what A demands is put in
    the letter), whatever the parser hung it on. Only after a verb of demanding or urging ("learned that C
    had resigned, in a letter to B" is C's letter), and not when the clause tells a letter of its own."""
    return (
        verb.dep_ == "ccomp"
        and head.lower_ in ("in", "through", "via")
        and head.i > verb.i
        and head.doc[head.i - 1].text == ","
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)
        and verb.head.lemma_.lower() in _DEMANDING  # not "learned that C had resigned, in a letter to B"
        and verb.lemma_.lower() not in (*cues()["write_verbs"], *cues()["call_verbs"], *cues()["reply_verbs"])
        and not any(c.dep_ == "dobj" and noun_kind(c) for c in verb.children)  # "that C sent B a letter"
    )


def _relative(verb: Token) -> bool:
    """A relative clause, by its label or by its wh-word ("in which ... died", parsed as an adverbial)."""
    if verb.dep_ == "relcl":
        return True
    if verb.dep_ not in ("advcl", "conj") or verb.i < verb.head.i:
        return False
    whs = [c for c in verb.children if c.i < verb.i and c.dep_ in ("nsubj", "nsubjpass", "dobj", "advmod")]
    whs += [g for c in verb.children if c.i < verb.i and c.dep_ == "prep" for g in c.children]
    return any(w.lower_ in ("which", "whom", "who", "where", "whose") for w in whs)


def _answering(verb: Token) -> bool:
    """A verb of answering what was proposed: accept, decline, reject, refuse, turn down."""
    lem = verb.lemma_.lower()
    return (
        lem in ANSWERING_VERBS
        or lem == "turn"
        and any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children)
    )


def _offer(noun: Token) -> Token:
    """The object a verb governs that ``noun`` stands in or belongs to ("the offer", "the offer of talks")."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ == "dobj":
        return noun.head.head
    return noun


def _addressed(noun: Token) -> bool:
    """The communication names where it goes ("a letter to B", "a message for B")."""
    return any(c.dep_ == "prep" and c.lower_ in ("to", "for") for c in noun.children)


def _topic(obj: Token, call: Token) -> bool:
    """The object of the verb a call is told in, as its topic: "discussed the crisis (with B)", not
    "her meeting (with C)", and not when the call names its own party ("a call with B")."""
    return (
        obj.dep_ == "dobj"
        and obj.lemma_.lower() not in FACE_TO_FACE
        and not any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in call.children)
    )


def _participle_of_noun(verb: Token, tok: Token) -> bool:
    """'In a letter to B dated 8 February, A asked ...', 'In a note to B, sent later that month, she
    complained': a past participle with no subject after the noun of a fronted phrase is a reduced
    relative on the noun (the parser hangs the phrase on it); the clause's verb comes after it."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "auxpass", "aux")]
    return (
        verb.dep_ in ("ccomp", "advcl")
        and verb.i > tok.i
        and (verb.lemma_.lower() == "date" or verb.tag_ in ("VBN", "VBD"))  # a participle tagged as a past
        and (verb.lemma_.lower() == "date" or all(_stranded_addressee(c, tok) for c in subjects))
        and verb.head.i > verb.i
        and verb.head.pos_ in ("VERB", "AUX")
    )


def _stranded_addressee(subj: Token, tok: Token) -> bool:
    """'In a letter to President B delivered on Monday': the addressee parsed as the subject of the
    participle, the noun's 'to' left without its object."""
    return subj.dep_ == "nsubj" and any(
        c.dep_ == "prep" and c.lower_ == "to" and c.i + 1 == subj.left_edge.i and not list(c.children)
        for c in tok.children
    )


def _after_split_auxiliary(verb: Token, head: Token) -> Token | None:
    """'The committee had, in (vide) a letter dated X, invited B to appear': the parser takes the auxiliary
    set off by the phrase for the main verb (with no object) and hangs the participle after it elsewhere.
    That participle, when it comes right after the phrase's closing comma."""
    if verb.lemma_.lower() not in ("have", "be") or any(
        c.dep_ in ("dobj", "attr", "acomp", "xcomp") and c.i > verb.i for c in verb.children
    ):  # (an object after it: "had a letter"; 'that' before it is the clause's mark the parser misread)
        return None
    doc, end = verb.doc, head.right_edge.i + 1
    end += doc[end].text == "," if end < len(doc) else 0
    return doc[end] if end < len(doc) and doc[end].tag_ in ("VBN", "VBD") and head.i > verb.i else None


def _relative_subject(verb: Token) -> bool:
    """'a copy of which is with the paper' parsed as a clause of its own: its subject holds a relative word."""
    return any(
        t.tag_ in ("WDT", "WP", "WP$")
        for c in verb.children
        if c.dep_ in ("nsubj", "nsubjpass")
        for t in c.subtree
    )
