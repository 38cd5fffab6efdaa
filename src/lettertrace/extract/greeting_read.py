"""'A congratulated B on his election. The congratulatory message reads: "..."', 'A thanked B for his help.
The letter said ...': a written act named only as what speaks ('the message reads', 'the telegram said'),
with no writer or addressee of its own, right after a sentence that tells one party congratulating,
thanking or condoling with another, is that greeting in writing, from the one to the other. Not where
another act is told between, nor where the greeting's sentence says it was spoken (a call, a meeting)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..nlp import sent_of
from .congratulated import SPOKEN, _greeted, _subjects
from .draft import Draft
from .index import PartyIndex
from .mentions import Party
from .told_in import _expressed_greeting

# Verbs of greeting one party by another, in speech or in writing.
_GREETING = frozenset({"congratulate", "felicitate", "thank", "condole", "greet"})
# Verbs a written act speaks by ("the message reads", "the letter said").
_READING = frozenset({"read", "say", "state", "note", "add", "stress", "express", "emphasise", "emphasize"})


def _speaks(noun: Token) -> bool:
    """'The (congratulatory) message reads', 'the telegram said': a definite written act as the subject of a
    verb of saying, owned by no one."""
    return (
        noun.dep_ == "nsubj"
        and noun.head.lemma_.lower() in _READING
        and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in noun.children)
        and not any(c.dep_ in ("poss", "prep", "relcl", "acl") for c in noun.children)
        and not any(t.ent_type_ in ("PERSON", "ORG") for t in noun.doc[noun.i + 1 : noun.head.i])
    )  # (not "the letter C sent on Monday said": C's)


def _greeting_before(doc: Doc, idx: PartyIndex, noun: Token) -> tuple[Token, list[Party]] | None:
    """The one verb of greeting in the sentence right before ``noun``'s, with a party for its subject and
    its object, none of them spoken."""
    start = sent_of(noun).start
    if start == 0:
        return None
    prev = sent_of(doc[start - 1])
    if any(t.lemma_.lower() in SPOKEN or t.is_quote for t in prev):
        return None  # said aloud, or in words quoted as said
    verbs = [
        t for t in prev if (t.lemma_.lower() in _GREETING or _expressed_greeting(t)) and t.pos_ == "VERB"
    ]
    if len(verbs) != 1 or not _greeted(verbs[0]):
        return None
    verb = verbs[0]
    senders = [p for s in _subjects(verb) if (p := _party(idx, s)) is not None]
    objects = [o for c in verb.children if c.dep_ == "dobj" for o in (c, *c.conjuncts)]
    objects += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children]
    if _expressed_greeting(verb):  # "expressed his condolences to B": the one it is put to
        things = [c for c in verb.children if c.dep_ == "dobj"]
        objects = [g for h in (verb, *things) for c in h.children if c.lower_ == "to" for g in c.children]
    greeted = [p for o in objects if (p := _party(idx, o)) is not None]  # ("condoled with B")
    if len(senders) != 1 or not greeted or senders[0] in greeted:
        return None
    return verb, [senders[0], *greeted]


def _party(idx: PartyIndex, tok: Token) -> Party | None:
    """The party a word names: by name, or by an office with its holder beside it ("Norland's new prime
    minister, B")."""
    found = idx.parties[idx.tok2party[tok.i]] if tok.i in idx.tok2party else idx.party_at(tok)
    if found is None and tok.ent_type_ == "PERSON":  # a name no act has read yet ("Ana Lind thanked B")
        ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end and e.label_ == "PERSON"), None)
        found = idx.name_person(ent) if ent is not None else None
    if found is None and tok.pos_ == "PROPN" and not tok.ent_type_:
        given = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN" and not c.ent_type_]
        found = idx.named_person(tok) if len(given) == 1 else None  # "Ana Lind" left untagged
    return found


def greetings_read(doc: Doc, idx: PartyIndex, drafts: list[Draft]) -> None:
    """Give each written act told only as what speaks the writer and addressees of the greeting told right
    before it (the list is changed in place)."""
    for d in drafts:
        if d.kind_class != "written" or d.sender is not None or d.recipients or not _speaks(d.trigger):
            continue
        found = _greeting_before(doc, idx, d.trigger)
        if found is None:
            continue
        verb, parties = found
        if any(o is not d and verb.i <= o.trigger.i < d.trigger.i for o in drafts):
            continue  # another act told between: the greeting may be that one's
        d.sender, d.recipients = parties[0], parties[1:]
