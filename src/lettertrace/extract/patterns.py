"""The registry of construction families that state a communication.

Each family is one named pattern: a cheap gate on a token (is this word a possible trigger of the
family?) and the finder method that reads the act and its arguments from the parse around it. The
walker (:class:`~lettertrace.extract.triggers.DraftFinder`) tries the patterns in the order given
here on every token; an ``exclusive`` pattern that admits a token stops the walk for that token.
A new house style means a new entry here (and its method), not a branch inside an old one.
Every family has unit tests on invented sentences in ``tests/test_patterns.py``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from spacy.symbols import NOUN, VERB
from spacy.tokens import Token

from .acts import IN_PERSON
from .lexicon import blocked, cues, noun_kind
from .noun_groups import counted_comm
from .reach_out import reached_out
from .reply_checks import acknowledged
from .speech_words import THANKS_NOUNS
from .syntax import GREETING_NOUNS, _has_similar, _phone_marked


@dataclass(frozen=True)
class Pattern:
    name: str
    doc: str  # the construction, with invented examples
    gate: Callable[[Token], bool]
    method: str  # DraftFinder method called with the token
    exclusive: bool = False


def _verb(tok: Token, lemmas: frozenset[str]) -> bool:
    if tok.pos != VERB:  # most tokens: the integer part of speech, before any string is looked up
        return False
    lem = tok.lemma_.lower()
    # the small model lemmatises some verbs named after a medium with a stray 'e' ("texted" -> "texte")
    known = lem in lemmas or lem.endswith("e") and lem[:-1] in lemmas and tok.lower_.startswith(lem[:-1])
    known = known or lem.endswith("s") and lem[:-1] in lemmas  # and leaves some unlemmatised ("telegraphs")
    return known and not blocked(tok)


@cache
def _cue_lemmas(*keys: str) -> frozenset[str]:
    """The lemmas of the ``cues.yaml`` lists named, as one set (built once)."""
    return frozenset(w for k in keys for w in cues()[k])


@cache
def _calling() -> frozenset[str]:
    """The call verbs of ``cues.yaml`` and "call" itself (built once, not per token)."""
    return _cue_lemmas("call_verbs") | {"call"}


def _greeting_object(tok: Token) -> bool:
    """'sent congratulations', also 'sent Prime Minister B of X her condolences' (the titled recipient
    parsed as the object, the greetings as its apposition)."""
    return any(
        c.dep_ == "dobj"
        and (
            c.lemma_.lower() in GREETING_NOUNS
            or any(a.dep_ == "appos" and a.lemma_.lower() in GREETING_NOUNS for a in c.children)
        )
        for c in tok.children
    )


def _comm_object(tok: Token) -> bool:
    return any(c.dep_ in ("dobj", "nsubjpass") and counted_comm(c) is not None for c in tok.children)


def _medium_compound(tok: Token) -> bool:
    return any(c.dep_ == "compound" and c.lemma_.lower() in cues()["exchange_media"] for c in tok.children)


_SPEAK = frozenset({"speak", "talk", "chat", "converse", "confer"})
_DISPATCH = frozenset({"dispatch", "send"})
_SEND = frozenset({"send", "cable", "telegraph", "dispatch", "transmit"})
_SEND_PASSIVE = _SEND | {"address"}  # "Congratulations were also addressed to B by A"
_PRESENT = frozenset({"present", "extend"})
_EXCHANGE = frozenset({"exchange", "trade"})
_EXTEND = frozenset({"extend", "convey", "express", "offer"})
# Settings of talk in person a greeting may be extended at ("at a meeting", "during talks").
TALK_EVENTS = frozenset({"meeting", "talk", "talks", "conference", "audience", "dinner", "banquet", "gala"})


def _beside_a_message(verb: Token) -> bool:
    """A verb joined to ``verb`` ('..., while C extended', '... and C conveyed') sends a letter or message."""
    if any(t.lemma_.lower() in IN_PERSON | TALK_EVENTS for t in verb.subtree):
        return False  # "..., while C extended his congratulations in person at the reception"
    mates = [verb.head, *verb.children] if verb.dep_ in ("advcl", "conj") else list(verb.children)
    return any(m.dep_ in ("advcl", "conj", "ROOT") and m.i != verb.i and _comm_object(m) for m in mates)


_THANK = frozenset({"thank"})
_EXPRESS = frozenset({"express", "convey", "extend", "offer"})  # "expressed his thanks to B for ..."

REGISTRY: tuple[Pattern, ...] = (
    Pattern(
        "reply_noun",
        "A reply or response noun naming what it answers: 'In response to a letter by A, B said',"
        " 'B's reply to A's message'.",
        lambda t: t.pos == NOUN and t.lemma_.lower() in _cue_lemmas("reply_nouns"),
        "_from_reply_noun",
        exclusive=True,
    ),
    Pattern(
        "communication_noun",
        "A noun naming a letter, message or call, with its parties around it: 'A sent a letter to B',"
        " 'a letter from A to B', 'B received a cable from A', 'A's message to B', 'a phone call between"
        " A and B', 'During a phone call on Tuesday, A and B agreed'.",
        lambda t: noun_kind(t) is not None,
        "_noun_trigger",
        exclusive=True,
    ),
    Pattern(
        "reply_back",
        "Writing back: 'B wrote back to A', 'B wrote back on Tuesday', 'B cabled back' (a reply to the"
        " letter A sent B; with no addressee named, to the one party the report says wrote to B).",
        lambda t: _verb(t, _cue_lemmas("write_verbs", "medium_verbs"))
        and any(c.dep_ in ("advmod", "prt") and c.lower_ == "back" for c in t.children),
        "_from_write_back",
        exclusive=True,
    ),
    Pattern(
        "write_verb",
        "Writing or sending by a medium named by the verb, the addressee as object: 'A wrote to B',"
        " 'A has written to B and C', 'A cabled B', 'A emailed B', 'A texted B'.",
        lambda t: _verb(t, _cue_lemmas("write_verbs", "medium_verbs")),
        "_from_write",
    ),
    Pattern(
        "call_verb",
        "Calling a party: 'A phoned B', 'A telephoned B', 'A called B on Tuesday', 'B was phoned by A',"
        " 'A phoned B, C and D' (one call each; not 'called for', 'called on', 'a man called C').",
        lambda t: _verb(t, _calling()),
        "_from_call_verb",
    ),
    Pattern(
        "verb_read_as_noun",
        "A verb of calling or of a medium in the present, as a chronology's line or a headline writes it,"
        " that the tagger read as a plural noun between two names: 'A telephones B', 'A cables B'.",
        lambda t: (t.tag_ == "NNS" or t.tag_ == "VBZ" and t.dep_ in ("compound", "amod", "nmod"))
        and t.lemma_.lower() in _cue_lemmas("call_verbs", "medium_verbs"),
        "_from_verb_read_as_noun",
    ),
    Pattern(
        "contact_verb",
        "Getting in touch with a party: 'A contacted B to congratulate him' (a call unless the sentence"
        " names a written medium).",
        lambda t: _verb(t, _cue_lemmas("contact_verbs")),
        "_from_contact",
    ),
    Pattern(
        "reach_out",
        "Getting in touch told by 'reach out': 'A reached out to B', 'A reached out to congratulate B',"
        " 'leaders including A and C reached out to B' (one act each); a message, the phrase naming no"
        " medium ('by phone' is the phone-marked pattern's call; 'for comment' a reporter's inquiry).",
        reached_out,
        "_from_reach_out",
    ),
    Pattern(
        "speak_verb",
        "Speaking with a party where the report is about a call: 'A spoke with B by phone', 'A and B"
        " spoke on Tuesday' in a call readout.",
        lambda t: _verb(t, _SPEAK),
        "_from_speak",
    ),
    Pattern(
        "phone_marked_verb",
        "Any exchange marked as made by phone: 'A and B discussed the floods by telephone', 'A agreed"
        " with B over the phone', 'A briefed B by video link', 'A was on the phone with B', 'A and B were"
        " on the phone for an hour' (the marker makes the verb a call).",
        lambda t: (
            t.pos_ == "VERB" or t.pos_ == "AUX" and t.lemma_ == "be" and t.dep_ in ("ROOT", "conj", "ccomp")
        )
        and t.lemma_.lower() not in _SPEAK
        and _phone_marked(t)
        and not blocked(t),
        "_from_phone_marked",
    ),
    Pattern(
        "reply_verb",
        "Replying to an earlier communication: 'B replied to A's letter', 'B responded in a message',"
        " 'B acknowledged (receipt of) A's letter',"
        " 'B answered on Tuesday, saying ...' (with no object, to the one party the report says wrote"
        " to B).",
        lambda t: t.pos == VERB
        and (
            t.lemma_.lower() in _cue_lemmas("reply_verbs") or acknowledged(t) is not None
        ),  # blocked: in the method
        "_from_reply_verb",
    ),
    Pattern(
        "similar_messages",
        "Parallel sends: 'A and C dispatched similar cables to B'.",
        lambda t: _verb(t, _DISPATCH) and _has_similar(t),
        "_from_similar",
    ),
    Pattern(
        "greeting_received",
        "Receiving greetings without a medium noun: 'B received condolences from A, C and D' (one act"
        " per sender; a call when the report says the greetings came by phone).",
        lambda t: _verb(t, _cue_lemmas("receive_verbs")) and _greeting_object(t),
        "_from_greeting_received",
    ),
    Pattern(
        "greeting_sent",
        "Sending greetings without a medium noun: 'A sent congratulations to B', 'A cabled his"
        " condolences to B and C' (one message per addressee).",
        lambda t: _verb(t, _SEND) and _greeting_object(t),
        "_from_greeting_sent",
    ),
    Pattern(
        "greeting_sent_passive",
        "Greetings sent in the passive with their senders as agents: 'Congratulations were also addressed to B"
        " by President A and by President C' (one message per sender and addressee).",
        lambda t: _verb(t, _SEND_PASSIVE)
        and any(
            c.dep_ == "nsubjpass" and c.lemma_.lower().removesuffix("s") in GREETING_NOUNS for c in t.children
        )
        and any(c.dep_ == "agent" for c in t.children),
        "_from_greeting_passive",
    ),
    Pattern(
        "greeting_beside_message",
        "Extending greetings beside a message told in the same sentence (a round-up): 'A sent a message to"
        " B, while C extended her congratulations to D' (C's is a message too; alone, 'C extended"
        " congratulations to D' may be said face to face).",
        lambda t: _verb(t, _EXTEND) and _greeting_object(t) and _beside_a_message(t),
        "_from_greeting_sent",
    ),
    Pattern(
        "compliments_formula",
        "The opening of a note verbale: 'The Ministry of A presents its compliments to the Embassy of B and"
        " has the honour to ...' (a note from A's body to B's).",
        lambda t: _verb(t, _PRESENT) and any(c.lemma_.lower() == "compliment" for c in t.children),
        "_from_compliments",
    ),
    Pattern(
        "exchange",
        "Exchanging communications: 'A and B exchanged letters' / 'A exchanged messages with B' /"
        " 'letters were exchanged between A and B' (two written acts, one each way; one call).",
        lambda t: _verb(t, _EXCHANGE) and (_comm_object(t) or _greeting_object(t)),
        "_from_exchange",
    ),
    Pattern(
        "medium_exchange",
        "An exchange named by its medium: 'the WhatsApp exchange between A and B', 'an email exchange with"
        " B', 'A's phone exchange with B' (one act each way; one call).",
        lambda t: t.pos == NOUN and t.lemma_.lower() == "exchange" and _medium_compound(t),
        "_from_medium_exchange",
    ),
    Pattern(
        "thanked_for",
        "Thanks for a communication name its sender: 'B thanked A for his letter', 'B thanked A for the"
        " congratulatory message', 'B expressed thanks to A for sending him a message' (A wrote to B).",
        lambda t: _verb(t, _THANK)
        or _verb(t, _EXPRESS)
        and any(c.lemma_.lower() in THANKS_NOUNS for c in t.children),
        "_from_thanks",
    ),
)
