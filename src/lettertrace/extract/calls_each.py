"""Calls a sentence tells twice or of several callers: "A telephoned B in separate calls" (the verb and
a noun of the same calls), "A and C each phoned B" (one call of each caller), "A and C spoke by phone"
(one call between them)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..nlp import sent_of
from .lexicon import cues
from .members import group_of_members
from .mentions import ROLE_HEADS, _head_word
from .syntax import present_perfect
from .trigger_checks import talked_at_a_place

if TYPE_CHECKING:
    from .mentions import Party


_SAME_ACT_PREPS = frozenset({"in", "during", "over", "through", "by"})


def told_by_its_verb(tok: Token) -> bool:
    """A call noun in a phrase of the verb that tells the call itself: "A telephoned B in separate
    calls", "A spoke with B in a call on Monday". The noun names no call of its own (its parties are the
    verb's; read alone, the subjects "A and C" would call each other)."""
    if tok.dep_ != "pobj" or tok.head.dep_ != "prep" or tok.head.lower_ not in _SAME_ACT_PREPS:
        return False
    verb = tok.head.head
    if verb.dep_ == "pobj" and verb.head.lower_ == "with":
        verb = verb.head.head  # "spoke with B in separate calls": the phrase hung on the partner
    if verb.pos_ != "VERB":
        return False
    lemma = verb.lemma_.lower()
    if lemma == "call" or lemma in cues()["call_verbs"]:
        return any(c.dep_ == "dobj" for c in verb.children)
    if lemma in ("speak", "talk", "converse", "confer"):
        return any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children)
    return False


def one_each(verb: Token, subjects: list[Party]) -> list[Party]:
    """The callers of a call verb: each of its subjects when the report says each called on their own
    ("A and B telephoned C in separate calls", "A and B each phoned C", "A and B separately called C"),
    else the first (joint callers, or the two sides of "A and B spoke by phone")."""
    said = any(
        t.lower_ in ("separately", "individually")
        or t.lower_ == "separate"
        and t.dep_ == "amod"
        and t.head.lemma_.lower() == "call"
        or t.lower_ == "each"
        and t.i < verb.i
        and t.dep_ in ("advmod", "appos", "det", "nsubj")
        for t in verb.subtree
    )
    said = said or group_of_members(verb) or listed_members(verb)  # "leaders including A and B telephoned C"
    return subjects if said and len(subjects) > 1 else subjects[:1]


def readout_words(verb: Token) -> bool:
    """The words of a readout's call, "A spoke to B today", "A talked on Friday with B": a verb of
    speaking to a name, on a given day (or as news of now), at no place. The finder takes it for a call only
    when nothing in the report puts the two in one place (no meeting, visit, summit, talks held, venue)."""
    if verb.lemma_ not in ("speak", "talk") or not any(
        c.dep_ == "prep" and c.lower_ in ("to", "with") and any(g.pos_ == "PROPN" for g in c.subtree)
        for c in verb.children
    ):
        return False
    if verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lemma_ == "be" and c.tag_ != "VBD" for c in verb.children
    ):
        return False  # "today I'm talking to B": a host's words, not a readout of a call
    dated = any(
        t.ent_type_ in ("DATE", "TIME") or t.lower_ in ("today", "yesterday", "tonight")
        for t in sent_of(verb)
    ) or present_perfect(verb)
    venue = talked_at_a_place(verb)  # "talked with B in Kellby" (not "the fighting in X")
    return (
        dated
        and not venue
        and not any(
            c.dep_ == "prep"
            and c.lower_ in ("at", "in", "during", "after", "before")
            and not any(g.lower_ in ("length", "request", "initiative") for g in c.children)
            # "spoke at length with B", "at the request of C": no place
            for c in verb.children
        )
    )


def purpose_addressees(verb: Token) -> list[Token]:
    """ "A telephoned to tell B that ...", "A wrote on Monday to thank B": a verb of calling or writing that
    names no one, with a purpose clause whose verb is said to someone (``purpose_verbs``); its objects. Or
    the object the parser read as a second subject (:func:`object_read_as_subject`)."""
    return object_read_as_subject(verb) or [
        o
        for x in verb.children
        if x.dep_ in ("xcomp", "advcl")
        and x.lemma_.lower() in cues()["purpose_verbs"]
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in x.children)
        for o in x.children
        if o.dep_ in ("dobj", "dative")
    ]


def hyphened_pair(noun: Token) -> tuple[Token, Token] | None:
    """'the Berg-Ruiz phone conversation', 'Tuesday's Berg-Ruiz call': the two names joined by a hyphen
    before a call noun, its two sides."""
    doc = noun.doc
    for b in noun.lefts:
        a = doc[b.i - 2] if b.i >= 2 else None
        if (
            a is not None
            and doc[b.i - 1].text in ("-", "–")
            and a.pos_ == b.pos_ == "PROPN"
            and a.head.i in (b.i, noun.i)
            and not doc[b.i - 1].whitespace_
            and not a.whitespace_
        ):
            return a, b
    return None


def object_read_as_subject(verb: Token) -> list[Token]:
    """'At ten that night A rang B, the finance minister, because ...': the parser made B a second subject
    after the verb; a name after the verb, with the verb's own subject before it, is its object."""
    before = any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children)
    return [
        c for c in verb.children if before and c.dep_ == "nsubj" and c.i > verb.i and c.ent_type_ == "PERSON"
    ]


EACH_DEPS = ("advmod", "dep", "appos", "nsubj", "det")  # "A and C each wrote", "each of them wrote"


def each_writer(verb: Token) -> bool:
    """'A and C each wrote to B', 'each of them wrote', 'A and C have each written': one act of each subject
    ('each' on the verb, or set after the last of its subjects, where the parser hangs it)."""
    return any(
        t.lower_ == "each" and t.i < verb.i and t.dep_ in EACH_DEPS
        for c in verb.children
        if c.dep_ in ("nsubj", "nsubjpass", "advmod", "dep")
        for t in (c.subtree if c.dep_.startswith("nsubj") else [c])
    )


def each_apart(verb: Token) -> bool:
    """The verb is told as done to each addressee on their own: "wrote separately to B and to C" (not a
    sentence adverb set off by commas, "Separately, A wrote to B and C": another story)."""
    doc = verb.doc
    return (
        any(
            c.dep_ == "advmod"
            and c.lower_ in ("separately", "individually")
            and c.i > 0
            and doc[c.i - 1].text != ","
            and doc[c.i + 1].text != ","
            and not c.is_sent_start
            for c in verb.children
        )
        or each_asked(verb)
        or group_dash(verb) is not None
    )


def group_dash(verb: Token) -> Token | None:
    """'wrote to his counterparts in four states - A (X), B (Y) and C (Z) - inviting them': the dash after a
    plural group of offices the verb writes to, which spells the group out: one letter to each."""
    for to in (c for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"):
        for g in (
            g for g in to.children if g.dep_ == "pobj" and g.tag_ == "NNS" and _head_word(g) in ROLE_HEADS
        ):
            return next((t for t in g.doc[g.i + 1 : g.sent.end] if t.text in ("\u2014", "\u2013")), None)
    return None


def each_asked(verb: Token) -> bool:
    """'wrote to A, B and C, asking each to testify', 'giving each 24 hours': a participle on the verb that
    turns to each addressee on their own (not 'asking each of his ministers': others)."""
    doc = verb.doc
    return any(
        c.dep_ in ("advcl", "xcomp", "conj")
        and c.tag_ == "VBG"
        and c.i + 2 < len(doc)
        and doc[c.i + 1].lower_ == "each"  # (parsed as its object, or as "each 24 hours")
        and (
            doc[c.i + 2].lower_ != "of"
            or c.i + 3 < len(doc)
            and doc[c.i + 3].lower_ in ("them", "these", "those")
        )
        for c in verb.children
    )


def we_in_quote(verb: Token) -> bool:
    """'"We have spoken on the telephone," the PM said, speaking beside President B': a first person plural
    subject inside a quotation open since its paragraph began, where "we" are the speaker and the one beside."""
    if not any(c.dep_ == "nsubj" and c.lower_ == "we" for c in verb.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("with", "to") for c in verb.children):
        return False  # "We spoke by phone with our allies": others, unnamed
    text = verb.doc.text
    start = text.rfind("\n", 0, verb.idx) + 1
    before = text[start : verb.idx]
    return before.count("\u201c") > before.count("\u201d") or before.count('"') % 2 == 1


def quote_speakers(verb: Token) -> list[Token]:
    """The subjects of a verb of saying that frames the quotation ``verb`` stands in: in its paragraph
    ('"...," A said'), or in the sentence before the paragraph when it ends with a colon ('A said: / "..."')."""
    doc = verb.doc
    start = doc.text.rfind("\n", 0, verb.idx) + 1
    end = doc.text.find("\n", verb.idx)
    end = len(doc.text) if end < 0 else end
    words = [t for t in doc if start <= t.idx < end]
    before = [t for t in doc[: words[0].i] if not t.is_space] if words else []
    if before and before[-1].text == ":":
        words = [*sent_of(before[-1]), *words]
    return [
        c
        for t in words
        if t.lemma_.lower() in ("say", "tell", "add", "declare") and t.i != verb.i
        for c in t.children
        if c.dep_ == "nsubj"
    ]


def listed_members(verb: Token) -> bool:
    """The verb is said of a group whose members the sentence lists: "Among those who wrote to B were A and C",
    "Leaders who called B included A, C and D", "Those who wrote to B were A and C": each acted on their own."""
    group = verb.head
    if verb.dep_ != "relcl":
        return False
    if group.dep_ == "pobj" and group.head.lower_ == "among":
        return True
    return (
        group.dep_ == "nsubj"
        and group.head.lemma_ in ("include", "be")
        and group.tag_ in ("NNS", "NNPS", "DT")
    )
