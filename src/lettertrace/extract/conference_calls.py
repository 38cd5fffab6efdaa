"""'A held a telephone conference with B', 'a video conference between A and B': a conference is a call only
when the word right before it names the phone or the video, and no word before that makes it a press event
("a video press conference", "a telephone news conference", "a video-game conference"). A 'conference call'
is one only with its parties told: on the call or on the verb that holds it ("held a conference call on
Monday with B"), or, for a call by phone or video, as the joined subjects of that verb ("A and B held a video conference
call"); an earnings or press conference call names none."""

from __future__ import annotations

from spacy.tokens import Token

from ..names import _data

_PRESS = frozenset({"press", "news", "media"})


def phone_conference(tok: Token) -> bool:
    """A 'conference' held by phone or video between parties, not a press event."""
    mods = {c.lower_ for c in tok.lefts if c.dep_ in ("compound", "amod", "nmod")}
    media = _data("cues.yaml")["call_modifiers"]  # the words that make talk a call ("phone", "video")
    return tok.doc[tok.i - 1].lower_ in media and not mods & _PRESS  # "an urgent telephone conference"


# Verbs that hold a call as their object ("held a conference call with B", "A and B had a conference call").
_HOLDING = frozenset({"hold", "have", "conduct", "join", "host"})


def conference_call_parties(call: Token) -> bool:
    """Whether a 'conference call' names its sides: 'with'/'between' on it or on its holding verb, or
    subjects of that verb joined by 'and'."""
    before = {t.lower_ for t in call.doc[max(0, call.i - 3) : call.i]}
    if before & (_PRESS | {"earnings", "investor", "investors", "analyst", "analysts"}):
        return False  # "a press conference call", "an earnings conference call"
    if any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in call.children):
        return True
    verb = call.head
    if call.dep_ != "dobj" or verb.lemma_.lower() not in _HOLDING:
        return False
    media = _data("cues.yaml")["call_modifiers"]  # joined subjects only of a call by phone or video
    by_media = call.i >= 2 and call.doc[call.i - 2].lower_ in media
    return any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in verb.children) or (
        by_media
        and any(c.dep_ == "nsubj" and any(g.dep_ == "conj" for g in c.children) for c in verb.children)
    )


# Verbs that tell what one said or asked on a call ("asked B on a call to ...", "told B on a call that ...").
_SAID_ON = frozenset(
    {"ask", "tell", "urge", "assure", "warn", "inform", "say", "agree", "stress", "emphasise", "emphasize"}
)


def said_on_a_call(call: Token) -> bool:
    """'A asked B on a call to ...', 'On a call, A told B ...': one call ('a'/'the', singular) with no parties of
    its own, on a verb of telling or asking (not "commented on the calls", "briefed B on a call with C",
    "was on call", "listened in on the call")."""
    verb = call.head.head if call.dep_ == "pobj" and call.head.lower_ == "on" else None
    return (
        verb is not None
        and call.lower_ == "call"
        and any(c.dep_ == "det" and c.lower_ in ("a", "the") for c in call.children)
        and not any(
            c.dep_ == "prep" or c.dep_ in ("relcl", "acl") and not _infinitive(c) for c in call.children
        )
        and verb.lemma_.lower() in _SAID_ON
    )


def _infinitive(verb: Token) -> bool:
    """'to work': what the one asked on the call is to do, hung on the call by the parser."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
