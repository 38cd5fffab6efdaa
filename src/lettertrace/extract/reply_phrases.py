"""Shapes of the phrases around a reply noun: "released together with B's reply" (a text of its own), "took B
to his reply" (the one shown it owns it), "In her reply, she said" (a pronoun subject)."""

from __future__ import annotations

from spacy.tokens import Token

from ..names import content_words
from .lexicon import cues, noun_kind
from .mentions import Party
from .reply_checks import SPOKEN_MANNERS, _first_word


def _together_with(noun: Token) -> bool:
    """'the letter was released together with B's reply': the reply is a text of its own, not the letter."""
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "with"
        and any(c.lower_ == "together" for c in noun.head.children)
    )


def _shown_to(noun: Token, verb: Token) -> list[Token]:
    """'Counsel took B to his reply', 'referred B to her answer': the object of the verb a 'to' hangs on is
    the one the possessive pronoun of its noun means, not the verb's subject."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "to" or noun.head.head.i != verb.i:
        return []
    return [c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("PROPN", "NOUN")]


def _pronoun_subject(verb: Token) -> bool:
    """The verb's subject is a pronoun ("In her reply, she said"), not a name ("In his reply, B said")."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PRON" for c in verb.children)


def _may_hold(p: Party, office: Party) -> bool:
    """A person the report gives no other office, or one whose office shares a word with ``office``."""
    if p.ptype != "person":
        return False
    return not p.roles or bool(content_words(" ".join(p.roles)) & content_words(office.name))


def _described_otherwise(noun: Token) -> bool:
    """'In his reply to B, a journalist, ...': the one replied to is described as someone else."""
    objs = [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "to" for g in p.children]
    return any(
        a.dep_ == "appos" and any(d.lower_ in ("a", "an") for d in a.children)
        for g in objs
        for a in g.children
    )


# Participles and modifiers that show a reply was written: "a reply dated Wednesday and addressed to B", "a
# three-page reply", "a handwritten answer".
_WRITTEN_ACLS = frozenset({"date", "address", "sign", "send", "write", "deliver"})
_WRITTEN_MODS = frozenset({"page", "written", "handwritten", "typed", "signed"})


def written_reply(noun: Token) -> list[Token]:
    """The participles that show the reply ``noun`` was a text ("a three-page reply dated Wednesday and
    addressed to B": 'dated', 'addressed'), the first the modifier itself when only a modifier shows it;
    empty when nothing does ("In a reply to B, A said": perhaps spoken)."""
    acls = [c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in _WRITTEN_ACLS]
    acls += [x for a in acls for x in a.conjuncts if x.lemma_.lower() in _WRITTEN_ACLS]
    mods = [c for c in noun.children if c.dep_ in ("compound", "amod") and c.lower_ in _WRITTEN_MODS]
    return acls or mods


def _none_of(obj: Token) -> bool:
    """'neither letter', 'no letter', 'none of them' (an object, or the object of 'to')."""
    objs = [obj] if obj.dep_ == "dobj" else [g for g in obj.children if g.dep_ == "pobj"]
    return any(
        o.lower_ in ("none", "neither", "nothing")
        or any(c.dep_ == "det" and c.lower_ in ("neither", "no") for c in o.children)
        for o in objs
    )


def purposed(verb: Token, reply: Token) -> bool:
    """'In a handwritten reply, B thanked A', '..., B assured A that ...': a verb that says what the reply
    did to its addressee, its object (not where the reply names its own: "a written reply to reporters'
    questions")."""
    if any(c.dep_ == "prep" and c.lower_ == "to" for c in reply.children):
        return False
    return verb.lemma_.lower() in cues()["purpose_verbs"] and not any(c.dep_ == "neg" for c in verb.children)


def in_person(verb: Token) -> bool:
    return any(
        c.dep_ == "prep" and c.lower_ in ("in", "during") and _first_word(c) in SPOKEN_MANNERS
        for c in verb.children
    )


def in_event(tok: Token) -> bool:
    """'in a speech', 'at the press conference', 'in a statement': told at an event, not in writing."""
    events = {e.split()[-1] for e in cues()["non_comm_events"]}
    return any(
        c.dep_ == "prep" and any(g.dep_ == "pobj" and g.lemma_.lower() in events for g in c.children)
        for c in tok.children
    )


# Verbs of telling whose subject a participle of answering at the end of their object clause belongs to.
_TELLING = frozenset({"tell", "inform", "assure", "say", "write", "advise", "notify", "promise"})
# Hearers that make a telling a statement in public, not an answer sent ("told reporters that ...").
_PUBLIC = frozenset({"reporter", "journalist", "press", "media", "audience", "crowd", "supporter", "viewer"})


def teller_responds(verb: Token, has_subject: bool) -> bool:
    """A participle of answering ending a clause that is the object of a verb of telling: its subject is the
    teller's ("A has told B that the ministry will review it, responding to a letter from B": A answers), where
    the clause names no subject for it, or where a comma sets it off from the clause."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.head.dep_ != "ccomp":
        return False
    set_off = verb.i > 0 and verb.doc[verb.i - 1].text == ","
    teller = verb.head.head
    public = any(c.dep_ in ("dobj", "dative") and c.lemma_.lower() in _PUBLIC for c in teller.children)
    return not has_subject or set_off and teller.lemma_.lower() in _TELLING and not public


def _first_kind(nouns: list[Token]) -> Token | None:
    """The first of ``nouns`` that names a communication."""
    return next((n for n in nouns if noun_kind(n)), None)
