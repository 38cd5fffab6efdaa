"""Calls that answer a letter told only in their own sentence: "B phoned A in response to his letter" (the
letter is made here, from the one called to the caller, and the call answers it); "Her office described the
call as a response to A's letter" (the call told before is the reply, not another act)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from .draft import Draft
from .lexicon import cues, noun_kind
from .mentions import Party
from .syntax import _first

if TYPE_CHECKING:
    from .replies import ReplyTriggers


def reply_of_a_call(reader: ReplyTriggers, noun: Token, verb: Token | None, target: Token | None) -> bool:
    """The reply ``noun`` is a call's, or a letter's content, handled here: "described the call as a response
    to A's letter", "B phoned A in response to his letter", "In response, B phoned A" (answered.
    _calls_answering links it); "A's letter contains responses to the comments" (no reply of its own)."""
    holder = (
        noun.head if noun.dep_ == "dobj" else None
    )  # "A's letter contains B's responses to the comments":
    if holder is not None and any(c.dep_ == "nsubj" and noun_kind(c) for c in holder.children):
        return True  # what the letter holds, no act of its own
    if noun.dep_ == "pobj" and noun.head.lower_ == "as" and target is not None:
        if _described_as_reply(reader, noun.head.head, target):
            return True
    if verb is None or verb.lemma_.lower() not in {*cues()["call_verbs"], "call"}:
        return False
    if target is not None:
        _answered_by_call(reader, verb, target)
    return True


def _described_as_reply(reader: ReplyTriggers, verb: Token, target: Token) -> bool:
    """'described the call as a response to A's letter': the act the verb's object names answers the letter
    ``target`` names. True when that act is found (and no reply of its own is to be made)."""
    act = _described_act(reader, verb)
    if act is None or act.sender is None:
        return False
    answered = reader._reply_target(target, act.sender, None)
    act.reply_to = answered if answered is not act else act.reply_to
    return True


def _described_act(reader: ReplyTriggers, verb: Token) -> Draft | None:
    """The act the object of ``verb`` names: its own draft, or the last one of its kind told before ("the
    call", told again)."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    kind = noun_kind(obj) or ("call" if obj.lemma_.lower() in ("call", "conversation") else None)
    if kind is None:
        return None
    own = next((d for d in reader.drafts if d.trigger.i == obj.i and not d.anaphoric), None)
    told = [d for d in reader.drafts if d.trigger.i < obj.i and (d.kind == "call") == (kind == "call")]
    return own or (told[-1] if told and any(c.lower_ == "the" for c in obj.children) else None)


def _answered_by_call(reader: ReplyTriggers, verb: Token, target: Token) -> None:
    """'B phoned A in response to his letter', 'In reply to A's letter, B called him': the letter the call
    answers, told only in its phrase, is made (from the one called to the caller), and the call answers it."""
    call = next((d for d in reader.drafts if d.kind == "call" and d.trigger.i == verb.i), None)
    caller = call.sender if call is not None else _first(reader._subjects(verb))
    called = call.recipients[0] if call is not None and call.recipients else None
    if caller is None or not _the_called_ones(reader, target, caller):
        return
    before = list(reader.drafts)
    answered = reader._reply_target(target, caller, called)
    if answered is not None and called is not None and answered.sender is not called:
        if answered not in before:  # "phoned B in response to a letter from C": C wrote to both, perhaps
            reader.drafts.remove(answered)
        return
    if call is not None and answered is not None and answered is not call and call.reply_to is None:
        call.reply_to = answered


def _the_called_ones(reader: ReplyTriggers, target: Token, caller: Party) -> bool:
    """The letter may be the called one's to the caller: no open letter, none addressed to another ("his
    letter to the Parliament"), not a group's ("their letter"), and, with "his" or "her", not one the caller
    is told to have written before (then it is the caller's own)."""
    kids = list(target.children)
    if any(c.lower_ == "open" for c in kids) or any(c.dep_ == "prep" and c.lower_ == "to" for c in kids):
        return False
    poss = next((c for c in kids if c.dep_ == "poss"), None)
    if poss is not None and poss.lower_ in ("their", "its", "our", "my", "your"):
        return False
    own = [
        d
        for d in reader.drafts
        if d.sender is caller and d.trigger.i < target.i and d.kind_class == "written"
    ]
    return not (poss is not None and poss.lower_ in ("his", "her") and own)
