"""The cue lexicon (``data/cues.yaml``) and its words' senses: which noun names an act, which is blocked."""

from __future__ import annotations

import re
from functools import cache

from spacy.symbols import NOUN, PROPN
from spacy.tokens import Doc, Token

from ..names import _data
from ..nlp import sent_of, text_of
from . import notes as note_senses
from .clause_moods import _headline_future, _inverted_condition, _yes_no_question, judged_possible
from .conference_calls import conference_call_parties, phone_conference, said_on_a_call
from .dated import _dated
from .described_as import described_object_of
from .idioms import annual_address, letter_of_a_rule, through_the_media
from .notes import _governed_by, _is_comm_note, bare_text, greeting_card, letter_by_another_name, love_letter
from .spurious import WEIGHING, _in_prospect, _indefinite_noun, _ruled_out, denied_claim, spurious
from .that_clause import before_that

Kind = str


@cache
def cues() -> dict:  # type: ignore[type-arg]
    """The cue lexicon."""
    return dict(_data("cues.yaml"))


NON_COMM_NOUN_HEADS = {
    "system",
    "management",
    "box",
    "board",
    "app",
    "service",
    "carrier",
    "center",
    "centre",
}
SIGNAL_PREPS = {"for", "on"}
CAUSATIVES = frozenset({"have", "get", "let", "make"})


_NOUN_POS = frozenset({NOUN, PROPN})


@cache
def _nouns() -> dict[str, str]:
    """The communication nouns of extraction: the cue nouns and the nouns of e-mail."""
    return {**cues()["nouns"], **cues()["mail_nouns"]}


def noun_kind(tok: Token) -> Kind | None:
    """The kind of communication a noun token names, or None."""
    if tok.pos not in _NOUN_POS:  # most tokens: the integer part of speech, before any string is read
        return None
    lem = tok.lemma_.lower()
    text = tok.lower_
    nouns = _nouns()
    if "-" in text and lem not in nouns and lem.rstrip("s") not in nouns:  # "e-mail" is a noun of its own
        lem = text.split("-")[-1]
    if lem.endswith("s") and lem[:-1] in nouns and tok.tag_ in ("NNS", "NNPS"):
        lem = lem[:-1]
    kind = nouns.get(lem)
    if kind is None and lem == "exchange" and _phone_exchange(tok):
        return "call"  # "had a telephone exchange with B" (not "the telephone exchange was hit")
    if kind is None and lem in cues()["card_nouns"] and greeting_card(tok, cues()["card_occasions"]):
        return "message"  # "sent New Year's greeting cards to A and B"
    if kind is None and letter_by_another_name(tok, lem):
        return "letter"  # "your favour of the 12th ultimo"; "correspondence from the chairman"
    if kind is None:
        return None
    if tok.dep_ == "compound" and tok.head.lemma_.lower() not in nouns:
        return None  # "letter management system", "phone feature"
    if any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(g.lemma_.lower() in cues()["instrument_of"] for g in c.children)
        for c in tok.children
    ):
        return None  # "letters of credence", "a letter of credit": an instrument, not correspondence
    if _security(tok) or love_letter(tok) or bare_text(tok):
        return None  # "placed Treasury letters and bonds", "letters maturing in April": debt, not mail
    if lem in ("phone", "telephone"):
        return None  # handled through "call"/"conversation" or "by phone"
    if lem in _TALK_NOUNS and not (phone_conference(tok) if lem == "conference" else _has_call_modifier(tok)):
        return None
    if lem == "call" and not _is_comm_call(tok):
        return None
    if lem == "note" and not _is_comm_note(tok):
        return None
    if lem == "greeting" and not _governed_by(tok, cues()["send_verbs"]):
        return None
    if lem in ("congratulation", "condolence") and not note_senses.posted_wishes(tok):
        return None
    return str(kind)


def _has_call_modifier(tok: Token) -> bool:
    mods = set(cues()["call_modifiers"])
    if (
        tok.lemma_.lower() in ("conversation", "chat")
        and _phone_document(tok.doc)
        and any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in tok.children)
        or tok.lemma_.lower() == "conversation"
        and _their_call(tok)
    ):
        return True  # the report speaks of the phone elsewhere: "a conversation with X" is the call
    for child in tok.children:
        if child.lower_ in mods or child.lemma_.lower() in mods:
            return True
        if (
            child.dep_ == "prep"
            and child.lower_ in ("by", "over", "via", "on")
            and any(g.dep_ == "pobj" and _remote_medium(g, mods) for g in child.children)
        ):
            return True  # "held talks by phone with B", "by (over a) video link"
    window = tok.doc[max(tok.i - 3, sent_of(tok).start) : tok.i]
    return any(t.lower_ in mods for t in window)


def _remote_medium(g: Token, mods: set[str]) -> bool:
    """A means of talking at a distance: 'phone', 'videoconference', 'teleconference', 'video link'."""
    if g.lemma_.lower() in mods or g.lemma_.lower() in ("videoconference", "teleconference", "videolink"):
        return True
    return g.lemma_.lower() in ("link", "conference") and any(c.lower_ in mods for c in g.lefts)


def _phone_exchange(tok: Token) -> bool:
    """'a telephone exchange with B' is a call; a switchboard has no 'with' or 'between'."""
    mods = set(cues()["call_modifiers"])
    return any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in mods for c in tok.children) and any(
        c.dep_ == "prep" and c.lower_ in ("with", "between") for c in tok.children
    )


MEETING_WORDS = {
    "meet", "visit", "summit", "sideline", "sidelines", "talk", "host", "reception", "ceremony", "interview",
    "conference", "forum", "gathering", "dinner", "lunch",
}  # fmt: skip


def _their_call(tok: Token) -> bool:
    """'A and B vowed ... in their conversation. The phone link lasted an hour': a call when its
    sentence or the next names the phone, and its own no meeting."""
    if not any(c.lower_ == "their" for c in tok.children):
        return False
    sent = sent_of(tok)
    after = tok.doc[sent.end : sent_of(tok.doc[sent.end]).end] if sent.end < len(tok.doc) else sent
    near = tok.doc[sent.start : after.end].text
    return PHONE_DOC_RE.search(near) is not None and not any(t.lemma_.lower() in MEETING_WORDS for t in sent)


def _phone_document(doc: Doc) -> bool:
    return PHONE_DOC_RE.search(text_of(doc)) is not None


PHONE_DOC_RE = re.compile(r"\b(?:phone|telephone|telephoned|phoned)\b", re.I)


NO_PHONE_CALL = frozenset("wake wake-up close roll curtain judgment judgement last courtesy".split())


def _is_comm_call(tok: Token) -> bool:
    """A noun "call" that is a phone call, not "a call for calm" or "a wake-up call"."""
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    if prev is not None and prev.lower_ in ("phone", "telephone", "video", "telephonic"):
        return True  # "his telephone call on the eve of the vote": no call on anyone to act
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in SIGNAL_PREPS and not _dated(child):
            return False  # "a call for calm", "a call on the world to act" ("a call on Tuesday" is one)
        if child.lower_ in NO_PHONE_CALL:  # "a wake-up call", "a courtesy call at the ministry" (a visit)
            return False
    if prev is not None and prev.lower_ in ("wake-up", "up", "close", "earnings", "investor"):
        return False
    if prev is not None and prev.lower_ == "conference" and not conference_call_parties(tok):
        return False  # a conference call is a call only with its parties named ("with B, C and D")
    gave = tok.head.lemma_ == "give" and any(  # "A gave B a call", "gave him a call"
        c.dep_ in ("dative", "dobj") and c.i < tok.i and (c.pos_ == "PROPN" or c.lower_ in ("him", "her"))
        for c in tok.head.children
    )
    return (
        gave
        or any(c.dep_ == "prep" and c.lower_ in ("with", "between", "from", "to") for c in tok.children)
        or tok.head.lemma_ in (*CALL_HANDLING, "during", "in")
        or said_on_a_call(tok)  # "asked B on a call"
        or any(c.dep_ in ("relcl", "acl") and c.lemma_.lower() in CALL_HANDLING for c in tok.children)
    )  # "the call that A placed to B"


CALL_HANDLING = frozenset({"receive", "make", "hold", "have", "place", "take", "return", "put", "initiate"})
_TALK_NOUNS = ("conversation", "chat", "talk", "dialogue", "dialog", "conference", "discussion")  # by phone


DAY_OF_MONTH = re.compile(r"^\d{1,2}(?:st|nd|rd|th)$")  # "the 9th", "the 2nd": a day of the month told alone


# Verbs of trying, asking and refusing: done in a letter, they say the letter was written.
ATTEMPTS = frozenset(
    {"ask", "urge", "invite", "refuse", "decline", "fail", "try", "attempt", "agree", "offer", "pledge", "vow", "propose",
     "threaten", "seek", "press", "push", "pressure", "lobby", "implore", "beg"}
)  # fmt: skip


def blocked(tok: Token) -> bool:
    """A trigger future, hypothetical, negated, planned ("will call", "plans to send") or spurious."""
    if spurious(tok):
        return True
    verb = tok if tok.pos_ in ("VERB", "AUX") else described_object_of(tok) or _governing_verb(tok)
    if verb is not None and any(t.text == ":" for t in tok.doc[tok.i : verb.i]):
        verb = None  # "An open letter to B: our children cannot wait": a heading, then its own clause
    # "will set out the terms in a letter": the letter is the medium of the act the verb tells
    written_in = (
        tok.dep_ == "pobj"
        and tok.head.lower_ in ("in", "through")
        and tok.head.head.i == getattr(verb, "i", -1)
    )
    means = (
        tok.dep_ == "pobj" and tok.head.lower_ in ("by", "via", "over") or written_in
    )  # "to speak by phone"
    # what is tried, asked or refused in a letter is done in it ("tried to calm the row in a letter to B")
    blockers = set(cues()["modal_blockers"]) - (ATTEMPTS if written_in else set())
    if tok.pos_ in ("NOUN", "PROPN") and _not_held(tok, verb):
        return True
    if (
        verb is not None
        and verb.i != tok.i
        and verb.lemma_.lower() in {*cues()["reply_verbs"], "acknowledge", "read", "publish", "release"}
        and tok.dep_ in ("nsubjpass", "dobj", "pobj")
    ):
        return False  # "A's letter has not been answered", "B never read the letter": the letter exists
    if verb is not None and verb.dep_ == "ROOT" and _headline_future(verb):
        return True  # a headline's "A to propose talks in letter to B": what A will do
    weighing = verb is not None and (
        verb.lemma_.lower() in WEIGHING or verb.lower_ == "seeking"
    )  # "still seeking a call"
    if weighing and tok.dep_ == "dobj" and _indefinite_noun(tok):
        return True  # "would consider a joint call with B", "suggested a letter to B": weighed, not done
    if verb is not None and tok.dep_ == "dobj" and _ruled_out(verb):
        return True  # "ruled out a call with B", a headline's "PM rules out call to B"
    if (
        verb is not None
        and verb.i != tok.i
        and tok.dep_ in ("dobj", "pobj")
        and not means
        and verb.lemma_.lower() not in _makers()
    ):
        return False  # "urged him to ignore the letter", "will publish the letter": the letter exists already
    if (
        verb is not None
        and tok.dep_ in ("nsubj", "nsubjpass")
        and verb.lemma_.lower() in ("plan", "schedule", "expect")
    ):
        return True  # "a call is planned for Friday", "a letter is expected next week"
    if verb is not None and tok.dep_ == "nsubj" and verb.lemma_ == "be" and _in_prospect(verb):
        return True  # "a call with B was on the agenda", "a letter is on the cards": planned, not held
    steps = 0
    while verb is not None and steps < 3:
        if steps == 0 and _headline_future(verb):
            return True  # a headline's "A to call B", "PM to phone B over dam": what A will do
        for child in verb.children:
            if child.dep_ == "aux" and child.lower_ in (
                "will",
                "'ll",
                "\u2019ll",  # "I'll be writing to the President": what is to come
                "would",
                "shall",
                "could",
                "might",
                "may",
                "should",
                "must",  # "X and Y must speak with one voice": an obligation, no act
            ):
                return True
            if child.dep_ == "neg" and steps == 0:
                return True
            if child.dep_ == "mark" and child.lower_ in ("if", "unless", "whether"):
                return True  # 'if A called B, the crisis might end'; 'asked whether A had written to B'
            # "when I write to B again": a present in a clause of time tells of what is to come
            if steps == 0 and child.dep_ in ("mark", "advmod") and child.lower_ in TIME_MARKS:
                if verb.tag_ in ("VBP", "VBZ"):
                    return True
            if steps == 0 and _inverted_condition(verb, child):
                return True  # "Had A picked up the phone to B, ...": a condition, never the fact
            if steps == 0 and _yes_no_question(verb, child):
                return True  # "Did A receive a letter from B?": asked, not told
            if child.dep_ == "aux" and child.lower_ == "to" and verb.head.lemma_ in blockers:
                return True
            if (
                child.dep_ == "aux"
                and child.lower_ == "to"
                and any(c.lower_ == "yet" for c in verb.head.children)
                and (verb.i == tok.i or verb.lemma_.lower() not in cues()["reply_verbs"])
            ):
                return True  # "B has yet to reply", "is yet to call" (the letter B is to answer exists)
        # "trying to get A to write" ('to write' parsed with its own subject), "considering having A send"
        to_aux = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        bare = verb.tag_ in ("VB", "VBP") and verb.head.lemma_ in CAUSATIVES
        infinitive = verb.dep_ == "xcomp" or verb.dep_ == "ccomp" and (to_aux or bare)
        if infinitive and (verb.head.lemma_ in blockers or verb.head.lower_ in blockers):
            return True  # "plans to send", "is going to phone"
        if verb.dep_ == "xcomp" and verb.tag_ == "VBG" and _undone_head(verb.head, verb):
            return True  # "had not ruled out calling B", "is considering writing to B", "is done writing"
        if verb.dep_ == "xcomp" and verb.head.lemma_ == "be" and any(c.lower_ == "to" for c in verb.children):
            return True  # "A is to call B on Friday"
        if verb.dep_ in ("ccomp", "xcomp", "pcomp") and verb.head.lemma_ in cues()["denial_verbs"]:
            return True  # 'A denied that she had written to B', 'A denied sending a letter to B'
        told = verb.i == tok.i or tok.head.i == verb.i and tok.dep_ == "dobj"  # not "claims that her letter
        if told and denied_claim(verb):  # had threatened X", "dismissed reports that she was ill in a letter"
            return True  # "A's office denied a report that she had written to B"
        # a conjunct with its own subject or auxiliary escapes the first one's modal ("X won't go, A has written")
        own = verb.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in verb.children)
        verb = (
            verb.head if (infinitive or verb.dep_ == "conj") and verb.head.i != verb.i and not own else None
        )
        steps += 1
    return False


def _undone_head(head: Token, gerund: Token) -> bool:
    """A verb whose gerund tells an act weighed, shunned or given up ("considering writing", "stopped
    calling"), or "done" after 'be' with letters in the plural or none ("is done writing letters to B": he
    writes no more; not "was done writing her letter by noon": one finished)."""
    if head.lemma_ in cues()["undone_gerund_heads"]:
        return True
    things = [c for c in gerund.children if c.dep_ == "dobj"]
    return (
        head.lower_ == "done"
        and any(c.lemma_ == "be" and c.dep_ in ("aux", "auxpass") for c in head.children)
        and all(c.tag_ == "NNS" for c in things)
    )


TIME_MARKS = {"when", "whenever", "once", "until", "till", "before", "after"}  # a time to come, or a habit
# Verbs saying that an act named as their subject did not (yet) take place.
UNDONE_VERBS = {"plan", "schedule", "expect", "postpone", "cancel", "delay", "shelve", "scrap", "defer"}


def _not_held(noun: Token, verb: Token | None) -> bool:
    """A communication noun that the sentence says never took place: 'no call had taken place', 'any
    letter', 'a possible call'; 'the call ..., which had been planned for Tuesday, was postponed', 'A's
    open letter to B is expected to be published next week' (the noun in the subject of a verb of planning
    or calling off, however deep the parse hangs it; 'the call, which was planned for weeks, took place')."""
    unreal = any(c.dep_ == "det" and c.lower_ in ("no", "any") or c.lower_ in UNREAL for c in noun.children)
    if unreal or _never_sent(noun) or judged_possible(noun):
        return True
    if verb is None or verb.i == noun.i:
        return False
    arg = noun
    while arg.head.i != verb.i and arg.head.i != arg.i:  # spaCy makes a new Token on each access
        arg = arg.head
    return arg.dep_ in ("nsubj", "nsubjpass") and (verb.lemma_.lower() in UNDONE_VERBS or _ruled_out(verb))


SENDING = frozenset("send deliver post mail dispatch forward".split())
UNREAL = frozenset("possible potential proposed prospective hypothetical".split())  # no act yet


def _never_sent(noun: Token) -> bool:
    """'Aides drafted a letter from A to B, but it was never sent', 'the letter was not delivered': the
    sentence says the letter (it, or the noun itself) was never sent."""
    for t in sent_of(noun):
        if t.lemma_.lower() not in SENDING or not any(
            c.dep_ == "neg" or c.lower_ == "never" for c in t.children
        ):
            continue
        subjects = [c for c in t.children if c.dep_ == "nsubjpass"]
        if not subjects and t.dep_ == "conj":  # "was prepared in January but was not delivered"
            subjects = [c for c in t.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if any(c.i == noun.i or c.lower_ in ("it", "this") for c in subjects):
            return True
    return False


def figurative(tok: Token) -> bool:
    """A message in the sense of a signal, not a text sent: "sent a clear message to B by moving troops",
    "her message to B at the press conference", "In an interview, A sent a message to B", "A had a message
    for B", and a yearly address (idioms.annual_address)."""
    if tok.lemma_.lower() != "message":
        return letter_of_a_rule(tok)  # "the letter of the law": a rule's wording
    signal = any(c.dep_ == "amod" and c.lemma_.lower() in cues()["signal_modifiers"] for c in tok.children)
    signal = signal or through_the_media(tok)  # "a clear message to B", "sent B a message through the press"
    if signal or annual_address(tok) or _by_force(tok):  # "her annual message to Congress": a speech;
        return True  # "sends a message to B with a missile strike": a signal
    if any(
        c.dep_ == "prep" and c.lower_ == "from" or c.lower_ in ("written", "handwritten") and c.i < tok.i
        for c in tok.children
    ):
        return False  # "conveyed a message from A to B during her visit", "a written message": a text carried
    if tok.dep_ == "nsubj" and tok.head.lemma_ == "be" and tok.head.i > tok.i and _stated(tok):
        return True  # "My message to B is simple: ...", "Our message to B is that ...": what one says
    if (
        tok.dep_ == "dobj"
        and tok.head.lemma_.lower() == "have"
        and any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children)
        and not any(t.lower_ == "from" for t in tok.head.subtree)  # "had a message for B from A": carried
    ):
        return True  # "A had a message for B: ..." says what A told B in public, no text sent
    events = _event_heads()
    verb = tok.head if tok.dep_ == "dobj" else None
    if verb is not None and verb.lemma_.lower() == "receive":
        return False  # "received the message during his meeting with the envoy": handed over there
    if verb is not None and any(  # "In a radio interview, A sent a message to B"
        p.dep_ == "prep"
        and p.lower_ in ("in", "at", "during")
        and p.i < verb.i
        and g.lemma_.lower() in events
        for p in verb.children
        for g in p.children
        if g.dep_ == "pobj"
    ):
        return True
    doc = tok.doc
    for t in doc[tok.i + 1 : min(len(doc), tok.i + 14)]:  # read linearly: the parse often hangs it elsewhere
        if t.pos_ in ("VERB", "AUX", "PUNCT") and t.text not in ("'s", "’s") or t.lower_ == "from":
            return False  # "conveyed a message from A to B during the meeting": 'from' hung on the verb
        if t.lower_ in ("at", "in", "during"):
            after = doc[t.i + 1 : t.i + 5]
            return any(
                a.pos_ == "NOUN" and a.dep_ != "compound" and a.lemma_.lower() in events for a in after
            )
    return False


def _by_force(tok: Token) -> bool:
    """The message is sent with, by or through an act of force, or carried by one ("sends a message to B with
    new missile strikes", "our missiles carry a message to the enemy")."""
    force = set(cues()["force_nouns"])
    verb = tok.head if tok.dep_ in ("dobj", "attr") else None
    holders = [tok, *([verb] if verb is not None else [])]
    with_force = any(  # "by launching drones": the act's verb or its object
        p.dep_ == "prep"
        and p.lower_ in ("with", "by", "through")
        and {x.lemma_.lower() for x in (g, *g.children)} & force
        for h in holders
        for p in h.children
        for g in p.children
        if g.dep_ in ("pobj", "pcomp")
    )
    carried = verb is not None and any(c.dep_ == "nsubj" and c.lemma_.lower() in force for c in verb.children)
    return with_force or carried


def _security(tok: Token) -> bool:
    """A debt instrument: a letter or note listed with bonds or shares, or one that matures or yields."""
    return any(c.lemma_.lower() in cues()["securities"] for c in tok.conjuncts) or any(
        c.dep_ in ("acl", "relcl") and c.lemma_.lower() in cues()["security_verbs"] for c in tok.children
    )


def _stated(tok: Token) -> bool:
    """'my/our message to B is ...', 'the message to B is clear', 'its message to B was that ...': the
    copula says what the message is (a statement), it tells no text sent."""
    if any(t.is_punct and t.text not in (",", "-") for t in tok.doc[tok.i : tok.head.i]):
        return False  # "A's message to B: 'Your support is clear'": a headline, then the message's words
    own = any(c.dep_ == "poss" and c.lower_ in ("my", "our") for c in tok.children)
    that = any(
        c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        for c in tok.head.children
    )  # "its message to B was that ..."
    return (
        own
        or that
        or any(
            c.dep_ == "acomp" and c.lemma_.lower() in {*cues()["signal_modifiers"], "simple", "plain"}
            for c in tok.head.children
        )
    )


@cache
def _event_heads() -> frozenset[str]:
    """Head words of the speech events of ``non_comm_events`` ("conference" of "press conference")."""
    return frozenset(e.split()[-1] for e in cues()["non_comm_events"])


@cache
def _makers() -> frozenset[str]:
    """Verbs whose object a communication comes into being by ("send a letter", "make a call")."""
    c = cues()
    return frozenset(
        [*c["send_verbs"], *c["write_verbs"], *c["call_verbs"], *c["reply_verbs"], *c["receive_verbs"]]
        + ["make", "have", "hold", "place", "exchange", "receive", "get", "return", "carry", "speak", "talk"]
        + ["take", "draft", "compose", "prepare"]  # "would not take any call from B", "would draft a letter"
    )


def _governing_verb(tok: Token) -> Token | None:
    t = tok
    for _ in range(6):
        if t.pos_ in ("VERB", "AUX"):
            return before_that(t, tok)  # "A announced, in a message to B, that C would ...": A's
        if t.head.i == t.i:
            return None
        t = t.head
    return None
