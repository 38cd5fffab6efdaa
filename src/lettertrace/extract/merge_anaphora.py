"""Anaphora a merge resolves: a letter told again by a signer, a copy, its addressees in person, a
greeting said in a call, or the medium of one act named later."""

from __future__ import annotations

from spacy.tokens import Token

from ..names import content_words
from ..nlp import sent_number, sent_of
from .draft import Draft
from .lexicon import cues, noun_kind
from .mentions import Party
from .syntax import ADDRESSING_PARTICIPLES, GREETING_NOUNS, _definite, _poss_is_pronoun


def _signed_for_body(out: list[Draft], d: Draft) -> Draft | None:
    """'The letter, signed by C' just after a body's letter to the same addressee: C signed the body's; or
    just after a letter whose writers the report did not name ("the leaders of two factions sent a joint
    letter to B. The letter, signed by C and D, asked ..."): C wrote it, to B."""
    signed = [  # "The letter, dated 3 May and signed by C": the participle may be a conjunct
        x
        for c in d.trigger.children
        if c.dep_ == "acl"
        for x in [c, *c.conjuncts]
        if x.lemma_.lower() == "sign"
    ]
    if d.kind_class != "written" or not signed or not _definite(d.trigger) or d.sender is None:
        return None
    if d.sender.ptype != "person":
        return None
    behalf = any(t.lower_ == "behalf" for t in signed[0].subtree)  # "signed on the President's behalf by C"
    n = sent_number(d.trigger)
    bodies = [  # the letter just told, of a body (or of the principal C signed for)
        o
        for o in out
        if o.kind_class == "written"
        and (
            o.sender is None
            and bool(o.recipients)
            or o.sender is not None
            and (o.sender.ptype in ("org", "state") or behalf and o.sender is not d.sender)
        )
        and 0 <= n - sent_number(o.trigger) <= 3
        and (not d.recipients or o.sender is None or any(r is x for r in d.recipients for x in o.recipients))
    ]
    return bodies[-1] if bodies else None


def _to_persons_of_body(out: list[Draft], d: Draft) -> Draft | None:
    """'A's letter reached the Norland government ... The letter, addressed to the prime minister, B':
    a definite letter with no sender (or the same one), to people, just after a letter to bodies is that letter, now told
    with the people it went to. Its people are addressed by a participle of addressing, or are of the
    body written to ('a letter to the Union Commission ... The letter asks the Commission chairperson,
    Dr B, to act')."""
    if not d.recipients or not _definite(d.trigger) or d.distinct and not d.anaphoric:
        return None  # (not one of several letters told apart: "The letters went to B, C and D")
    if not all(r.ptype == "person" for r in d.recipients):
        return None
    addressed = any(  # "The letter, dated Monday and addressed to B": the participle may be a conjunct
        c.dep_ == "acl" and any(x.lemma_.lower() in ADDRESSING_PARTICIPLES for x in [c, *c.conjuncts])
        for c in d.trigger.children
    ) or (d.trigger.dep_ == "nsubjpass" and d.trigger.head.lemma_.lower() in ADDRESSING_PARTICIPLES)
    # "The letter was addressed to B"
    n = sent_number(d.trigger)
    bodies = [
        o
        for o in out
        if o.kind_class == d.kind_class
        and o.sender is not None
        and (d.sender is None or d.sender is o.sender)  # "In the letter, addressed to B, A says ..."
        and o.recipients
        and all(r.ptype in ("org", "state") for r in o.recipients)
        and 0 <= n - sent_number(o.trigger) <= 1
        and (addressed or all(_of_body(r, o.recipients) for r in d.recipients))
    ]
    return bodies[-1] if bodies else None


def _of_body(person: Party, bodies: list[Party]) -> bool:
    """The report names ``person`` as of one of ``bodies`` ('the Commission chairperson' and 'the Union
    Commission'): every word of the person's organisation is in the body's name."""
    words = content_words(person.org or "")
    return bool(words) and any(words <= content_words(y) for b in bodies for y in [b.name, *b.surfaces])


def _said_in_call(out: list[Draft], d: Draft) -> Draft | None:
    """The call a bare greeting was said in: condolences, congratulations or wishes named with no medium
    of their own ('B thanked him for the condolences') between the two parties of a call told a few
    sentences before, with no other act of theirs told since."""
    if d.kind != "message" or d.trigger.lemma_.lower() not in GREETING_NOUNS or d.sender is None:
        return None
    if any(c.dep_ == "compound" or noun_kind(c) is not None for c in d.trigger.children):
        return None  # "a condolence message", "condolences in a cable"
    t = d.trigger
    if t.dep_ == "pobj" and t.head.lower_ == "of" and noun_kind(t.head.head) is not None:
        return None  # "a message of thanks", "a letter of condolence": a medium of its own
    pair = {d.sender.key, *(r.key for r in d.recipients)}
    n = sent_number(d.trigger)
    doc = d.trigger.doc
    for o in reversed(out):  # the last act of the two, when it is a call told a few sentences before
        if {p.key for p in [o.sender, *o.recipients] if p is not None} == pair:
            told = [sent_number(o.trigger), *(sent_number(doc[i]) for i in o.anchors)]  # (merged tellings)
            return o if o.kind == "call" and any(0 <= n - k <= SAID_IN_CALL_SPAN for k in told) else None
    return None


# How many sentences after a call its readout may still tell what was said in it (a readout is short).
SAID_IN_CALL_SPAN = 4


def _copy_of(d: Draft) -> bool:
    """'A copy of the letter was sent to C', 'the letter was copied to C': the act told before, once more."""
    t = d.trigger
    if not _definite(t):
        return False
    of_copy = t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() == "copy"
    return (
        of_copy or d.verb is not None and d.verb.lemma_.lower() == "copy" or t.head.lemma_.lower() == "copy"
    )


# Words that tell a communication as one made before the others told ("her original letter").
EARLIER_WORDS = frozenset({"original", "first", "earlier", "previous", "initial", "prior"})


def _named_medium(out: list[Draft], d: Draft) -> Draft | None:
    """'A called B to congratulate him. ... A said in his congratulatory message that ...': the report
    names the medium of the one act A made to B; the act is that message, not a second one."""
    if d.kind_class != "written" or d.sender is None or d.recipients or not _poss_is_pronoun(d.trigger):
        return None
    if not (d.trigger.dep_ == "pobj" and d.trigger.head.lower_ == "in"):
        return None  # only "said in his message": the words of the act itself
    if any(c.lower_ in EARLIER_WORDS for c in d.trigger.children):
        return None  # "A phoned B. In her original letter, B had warned ...": an act before the call
    mine = [o for o in out if o.sender is d.sender and not o.implied]
    if not mine or any(o.kind_class == "written" for o in mine) or len(mine) > 1:
        return None
    mine[0].kind = d.kind
    return mine[0]


def _by_means(verb: Token) -> bool:
    """'delivered by hand', 'sent by courier': 'by' and a bare singular noun tell the means, no carrier."""
    return any(
        p.dep_ == "pobj"
        and p.tag_ == "NN"
        and not any(c.dep_ in ("det", "poss", "compound") for c in p.children)
        for a in verb.children
        if a.dep_ == "agent"
        for p in a.children
    )


def _handed_over(out: list[Draft], d: Draft) -> Draft | None:
    """'A sent a letter to B. The letter was delivered by C to the foreign minister, D, on Friday': a
    definite letter told as carried (a passive verb of carrying) right after a letter with both sides
    known is that letter; whom it was handed to received it for the addressee and is no party of it. So is
    one told as sent to a place ("The note went by courier to the capital on Friday"), its destination;
    one another received ("The foreign minister received the letter on his behalf on Friday"); and one
    another handed to its addressee ("Foreign Minister C handed over the letter to B"): C carried it."""
    verb = d.trigger.head
    carry = cues()["carry_verbs"]
    carrier = next(
        (c for c in d.trigger.children if c.dep_ == "acl" and c.lemma_.lower() in carry and not _by_means(c)),
        None,
    )
    named = any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in d.trigger.children)
    if carrier is not None and (_definite(d.trigger) or named):  # "A's letter, delivered by C, had asked"
        verb = carrier
    to_place = verb.lemma_.lower() in cues()["send_verbs"] and all(r.ptype == "state" for r in d.recipients)
    taken = d.trigger.dep_ == "dobj" and verb.lemma_.lower() == "receive" and d.sender is None
    carried = (  # not "handed over the letter from C to B", "the letter of C", "C's letter": C's own
        d.trigger.dep_ == "dobj"
        and verb.lemma_.lower() in carry
        and bool(d.recipients)
        and not any(
            c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in ("from", "of") for c in d.trigger.children
        )
    )
    if (
        d.kind_class != "written"
        or d.trigger.dep_ != "nsubjpass"
        and not taken
        and not carried
        and carrier is None
        or not (verb.lemma_.lower() in carry or to_place and d.recipients or taken)
        or not (_definite(d.trigger) or carrier is not None and named)
        or _poss_is_pronoun(d.trigger)
    ):
        return None
    n = sent_number(d.trigger)
    told = [
        o
        for o in out
        if o.kind_class == "written"
        and o.sender is not None
        and o.recipients
        and (d.sender is None or d.sender is o.sender or carried)
        and 0 <= n - _last_told(o) <= _reach(named and d.sender is o.sender)
        and not (to_place and any(r.ptype == "state" for r in o.recipients))
        and not (
            carried
            and (d.sender is o.sender or not {r.key for r in d.recipients} & {r.key for r in o.recipients})
        )
    ]
    if told and carried:
        d.sender = None  # the one who handed it over carried it
    return told[-1] if told else None


def _reach(named_writer: bool) -> int:
    """How many sentences back a carried letter told again may be the one told before: two, and six when
    the writer is named with it ("A's letter, delivered by the ambassador, had asked ...": A's)."""
    return 6 if named_writer else 2


def _last_told(d: Draft) -> int:
    """The number of the last sentence that tells of ``d`` (its trigger, or a telling merged into it)."""
    doc = d.trigger.doc
    return max(sent_number(doc[i]) for i in [d.trigger.i, *d.anchors])


def officer_told_next(a: Draft, b: Draft) -> bool:
    """'A wrote to the Treasury ... In the letter, addressed to Finance Minister C, A said': the letter
    told again with 'the' in the next sentence, with no 'to' of its own on the noun, names the person it
    was addressed to at the body the first telling named; one letter."""
    bodies = bool(a.recipients) and all(r.ptype in ("org", "state") for r in a.recipients)
    if (
        not bodies
        or not b.recipients
        or any(r.ptype != "person" for r in b.recipients)
        or not _definite(b.trigger)
    ):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("to", "for") for c in b.trigger.children):
        return False
    if not any(t.lower_.startswith("address") and t.i > b.trigger.i for t in sent_of(b.trigger)):
        return False  # "The letter urges the chairman of another body, C, to act": C is asked, not addressed
    doc, n = b.trigger.doc, sent_number(b.trigger)
    told = {a.trigger.i, *a.anchors}  # the first telling, or a later one merged into it (a headline's)
    return any(n - sent_number(doc[i]) in (0, 1) for i in told if i < len(doc))
