"""Small tests the reply finder asks of a reply noun: whether 'in response to A's letter' frames a statement
to the press rather than a reply sent (``statements.py``), and whether 'B's reply' is told as a text."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Token

from .. import names
from .dated import _dated
from .draft import Draft
from .lexicon import blocked, cues, noun_kind
from .mentions import Party
from .statements import _statement_in_response as _statement_in_response
from .syntax import _acknowledging, _is_anaphoric

# Verbs whose object is a text that exists: carried, shown, published, found, bought.
_AT_HAND_VERBS = {
    "carry", "bring", "deliver", "hand", "convey", "publish", "release", "read", "show", "display", "exhibit",
    "acquire", "auction", "sell", "buy", "find", "discover", "leak", "obtain", "see",
    "contain", "include",  # "the documents also contain B's reply", "the lot included B's reply"
}  # fmt: skip


def _reply_at_hand(noun: Token) -> bool:
    """'B's reply' told as a text that exists: listed with letters ("a letter from A to B and B's reply of
    2 June"), brought back ("returned with B's reply"), or carried, shown, published ("the museum bought B's
    reply") - not awaited or hoped for."""
    if noun.dep_ == "conj" and (
        noun_kind(noun.head) is not None
        or any(
            noun_kind(c) is not None
            for c in noun.head.children
            if c.i < noun.i and c.dep_ in ("attr", "dobj")
        )
    ):
        return True  # (the parser may hang the reply on the verb whose object is the letter)
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "with" and any(c.lower_ == "together" for c in head.children):
        return head.head.lemma_.lower() in _AT_HAND_VERBS and not blocked(
            head.head
        )  # "released together with"
    if noun.dep_ == "pobj" and head.lower_ == "with":  # not "will return with B's reply"
        back = head.head
        return back.lemma_.lower() in (
            "return",
            "come",
            "arrive",
            "fly",
            "travel",
            "go",
            "leave",
        ) and not blocked(back)
    return noun.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in _AT_HAND_VERBS and not blocked(head)


def participle_of_noun(verb: Token) -> Token | None:
    """The communication a past participle describes: 'a telegram from A, received yesterday in answer to
    ...' (the participle hung on the telegram), 'B received a telegram from A, sent in answer to ...' (hung
    on the verb whose object the telegram is). None when it describes none."""
    if verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD") and noun_kind(verb.head) is not None:
        return verb.head  # (the tagger may take the participle for a past tense)
    if verb.tag_ != "VBN":
        return None
    if verb.dep_ == "advcl" and verb.i > verb.head.i:  # or "promised in a telegram from A, received ..."
        held = [c for c in verb.head.children if c.dep_ == "dobj"]
        held += [g for c in verb.head.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        nouns = [n for n in held if noun_kind(n) is not None and n.right_edge.i < verb.i]
        return max(nouns, key=lambda n: n.i) if nouns else None
    return None


TIME_UNITS = frozenset("day week fortnight month year hour minute".split())


def _time_span(tok: Token) -> bool:
    """'a fortnight later', 'two days later' parsed as the verb's object followed by 'later'; 'the
    following day', 'the next morning', 'that same evening' (a day counted from the one told before)."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if tok.lemma_.lower() in TIME_UNITS and nxt is not None and nxt.lower_ in ("later", "afterwards"):
        return True
    counted = any(
        c.dep_ in ("amod", "det") and c.lower_ in ("following", "next", "same") for c in tok.children
    )
    return counted and tok.lemma_.lower() in ("day", "morning", "afternoon", "evening", "night", "week")


def object_of(prep: Token | None) -> Token | None:
    """The object of a preposition ('the letter' of "in the letter"), None when it has none."""
    return next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None


def _lemma_of_object(prep: Token) -> str:
    """The lemma of a preposition's object, lower-cased ('' when it has none): 'caution' of "with caution"."""
    obj = object_of(prep)
    return obj.lemma_.lower() if obj is not None else ""


def _first_word(prep: Token) -> str:
    """The object of a preposition, lower-cased ('' when it has none)."""
    return next((g.lower_ for g in prep.children if g.dep_ in ("pobj", "pcomp")), "")


def written_manner(prep: Token) -> bool:
    """'in writing', 'in his own hand', 'from the palace': how or where a written answer was made, no
    other setting ('in a statement', 'with sanctions')."""
    if prep.lower_ == "in":
        return _first_word(prep) in ("writing", "hand")
    obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
    return prep.lower_ == "from" and obj is not None and obj.pos_ == "PROPN" and obj.ent_type_ != "PERSON"


def carries_reply(verb: Token) -> bool:
    """'sent a cable in reply', 'a telegram from A, received in answer to': the verb's own letter is the reply;
    but not one the verb acknowledges ("B acknowledged A's letter in a brief reply": that letter is answered)."""
    if _acknowledging(verb):
        return False
    return (
        any(c.dep_ in ("dobj", "nsubjpass") and noun_kind(c) for c in verb.children)
        or participle_of_noun(verb) is not None
    )


def for_someone(verb: Token) -> bool:
    """'replied on the Minister's behalf', 'answered on behalf of the King'."""
    return any(behalf(c) for c in verb.children)


def behalf(prep: Token) -> bool:
    """'on the Minister's behalf', 'on behalf of the King'."""
    return prep.dep_ == "prep" and prep.lower_ == "on" and any(g.lower_ == "behalf" for g in prep.children)


def answerable(obj: Token) -> bool:
    """What 'answer' takes as an answered communication: a communication noun, or 'the one which A sent'."""
    verbs = {*cues()["send_verbs"], *cues()["write_verbs"]}
    sent = any(c.dep_ == "relcl" or c.dep_ == "acl" and c.lemma_.lower() in verbs for c in obj.children)
    return (
        noun_kind(obj) is not None
        or obj.lower_ == "one"
        and sent  # "the one which A sent", "one sent on 4 March by A"
        or obj.lemma_.lower() in ("reply", "response", "answer")
        and sent
        and any(c.dep_ == "det" and c.lower_ == "the" for c in obj.children)
    )  # "a response to the reply that A sent to B": an answer answered


def answered_one(obj: Token) -> bool:
    """What a reply is 'to': a communication noun, or "one" that stands for the letter its sentence names
    ("The letter was her reply to one from A", "Her letter responds to one dated 10 March"; not "replied to
    one of the questions", "replied to one from a reporter")."""
    if answerable(obj) or one_before_name(obj) is not None:
        return True
    sent = obj.sent
    return (
        obj.lower_ == "one"
        and (
            any(c.dep_ == "acl" or c.dep_ == "prep" and c.lower_ in ("from", "by") for c in obj.children)
            or bool(from_after_one(obj))
        )
        and any(noun_kind(t) not in (None, "call") for t in sent if t.i < obj.i)
    )


def from_after_one(obj: Token) -> list[Token]:
    """'B's reply to one from A': a bare "one" whose 'from' the parser hung on the reply instead."""
    if obj.lower_ != "one" or list(obj.children) or obj.dep_ != "pobj" or obj.head.lower_ != "to":
        return []
    reply = obj.head.head
    return [c for c in reply.children if c.dep_ == "prep" and c.lower_ in ("from", "by") and c.i == obj.i + 1]


def replying_letter(verb: Token, taken: Callable[[Token], bool]) -> Token | None:
    """The letter a participle of replying hangs on: "a letter from A, responding to ...", "the letter ...,
    responding to ..., was published" (its subject), "A sent a letter to B, replying to ..." (the object
    sent), "A held a call with B, responding to ..." (the call held); None when the participle tells of the subject's own doing ("B received A's letter, replying")."""
    holder = verb.head
    if noun_kind(holder) or holder.pos_ == "VERB" and taken(holder):  # "A wrote to B, responding to ..."
        return holder if taken(holder) else None
    deps = (
        ("nsubj", "nsubjpass", "dobj")
        if holder.lemma_.lower() in cues()["send_verbs"]
        else ("nsubj", "nsubjpass")
    )
    found = [  # ... or a call held: "A held a phone call with B, responding to a letter B had sent"
        c
        for c in holder.children
        if (c.dep_ in deps or c.dep_ == "dobj" and noun_kind(c) == "call")
        and c.i < verb.i
        and noun_kind(c)
        and taken(c)
    ]
    return found[-1] if found else None


def the_reply(noun: Token) -> bool:
    """'The (five-page) reply responds to A's letter': a definite reply noun of no one told, standing for
    the last letter told."""
    return noun.lemma_.lower() in cues()["reply_nouns"] and any(
        c.dep_ == "det" and c.lower_ == "the" for c in noun.children
    )


# Verbs that tell what a reply said or where it went: with one of these, "the reply" is a text.
TEXT_VERBS = frozenset("say state read note express reject decline promise insist argue assure confirm explain "
                       "offer propose suggest thank refuse accept warn ask reach arrive come write sign".split())  # fmt: skip
# How many sentences after a letter an unowned "the reply" may tell its answer.
ANSWER_SPAN = 5
# Participles that date or sign a text ("The response, dated May 28, ...").
TEXT_PARTICIPLES = frozenset({"date", "sign", "send", "receive", "write", "deliver"})


def unowned_reply_of(noun: Token, drafts: list[Draft]) -> Draft | None:
    """The letter an unowned 'the reply' answers: "A wrote to B in April asking for a visit. The response,
    dated May 28, said ...". The reply is the subject of a verb that tells what it said or where it went (or
    a participle dates or signs it); the letter, with one addressee, is the last act told, at most
    ANSWER_SPAN sentences before. None when the reply names whose or to what it is ("the government's
    response", "the response to the crisis"), or when nothing marks it as a text ("The response was
    muted")."""
    if noun.dep_ not in ("nsubj", "nsubjpass") or not any(
        c.dep_ == "det" and c.lower_ == "the" for c in noun.children
    ):
        return None
    if any(c.dep_ in ("poss", "compound", "prep") for c in noun.children):
        return None
    texty = any(c.dep_ == "acl" and c.lemma_.lower() in TEXT_PARTICIPLES for c in noun.children) or any(
        c.dep_ == "relcl" and c.lemma_.lower() in TEXT_VERBS | TEXT_PARTICIPLES for c in noun.children
    )
    if not (texty or noun.head.lemma_.lower() in TEXT_VERBS) or blocked(noun):
        return None  # "The reply, the minister said, would come soon": none yet
    before = [d for d in drafts if d.trigger.i < noun.i and (d.sender is not None or d.recipients)]
    answers = {*cues()["reply_nouns"], *cues()["reply_verbs"]}
    if any(d.reply_to is not None or d.trigger.lemma_.lower() in answers or _told_back(d) for d in before):
        return None  # "B has sent a reply to A ... The reply, dated June 19, ...": the reply told before
        # (so is "B has written back to A")
    last = max(before, key=lambda d: d.trigger.i, default=None)  # the last told, not the last drafted
    if last is None or last.kind == "call" or last.sender is None or len(_answerers(last)) != 1:
        return None
    sents = [s for s in noun.doc.sents if sum(t.is_alpha for t in s) >= 3]  # not a stray quote mark
    here = next((k for k, s in enumerate(sents) if s.start <= noun.i < s.end), 0)
    there = next((k for k, s in enumerate(sents) if s.start <= last.trigger.i < s.end), -ANSWER_SPAN - 1)
    if here - there > ANSWER_SPAN or _answerers(last)[0] is last.sender:
        return None
    return last


def _told_back(d: Draft) -> bool:
    """An act told as an answer by 'back' on its verb ("B wrote back to A", "B has written back")."""
    return any(c.lower_ == "back" for t in (d.trigger, d.verb) if t is not None for c in t.children)


def _answerers(d: Draft) -> list[Party]:
    """Who may answer a letter: its one addressee, or its one person beside a place ("wrote to Moscow, to B")."""
    persons = [r for r in d.recipients if r.ptype == "person"]
    return d.recipients if len(d.recipients) == 1 else persons


# Passive verbs that tell of a reply that exists ("B's reply is dated 14 February", "was delivered by an
# envoy", "is held in the archive"); others ("is being drafted", "was criticised", "is required by Friday")
# tell of one not sent, or date another event.
EXISTING = frozenset(
    {"date", "hold", "keep", "preserve", "deliver", "send", "hand", "transmit", "forward", "receive", "sign",
     "write", "address", "publish", "release", "read", "reproduce", "quote", "find", "discover", "post"}
)  # fmt: skip


def passive_fact(noun: Token, verb: Token | None) -> bool:
    """ "B's reply is dated 14 February", "was delivered on Friday": a passive of a reply that exists; not one
    being drafted or never sent, nor one to someone else ("B's reply to the opposition was published")."""
    if verb is None or verb.lemma_.lower() not in EXISTING or blocked(noun):
        return False
    if any(c.lower_ == "being" for c in verb.children):
        return False  # "is being delivered": not yet
    return not any(c.dep_ == "prep" and c.lower_ == "to" for c in noun.children)


def got_by(noun: Token, is_replier: Callable[[Token], bool], is_addressee: Callable[[Token], bool]) -> bool:
    """The answered ``noun`` is told as received by the replier, from no one named: 'the message he had
    received last Saturday', 'the letter delivered to him by an envoy' (the envoy only carried it). Not a
    message of a kind or number of its own ('the threatening message', 'the many messages', 'the text
    message'), one whose clause names anyone else but its courier ('by an envoy of the Emir'), or one whose
    writer the next sentence names ('That message, from A, ...')."""
    if not all(_bare_child(c) for c in noun.children) or _writer_named_next(noun, is_addressee):
        return False
    for clause in (c for c in noun.children if c.dep_ in ("relcl", "acl")):
        verb = clause.lemma_.lower()
        if any(c.dep_ == "prep" and c.lower_ == "from" for c in clause.children):
            return False
        carriers = [c for c in clause.children if c.lower_ in ("by", "via", "through")]  # who carried it
        if any(t.lower_ == "of" for c in carriers for t in c.subtree):
            return False  # "by an envoy of the Emir": the Emir's
        carried = {t.i for c in carriers for t in c.subtree}
        named = [t for t in clause.subtree if t.pos_ == "PROPN" and t.ent_type_ not in _NO_PARTY_ENTS]
        if any(t.i not in carried and not is_replier(t) for t in named):
            return False
        if verb in cues()["receive_verbs"] and clause.dep_ == "relcl":
            subj = [c for c in clause.children if c.dep_ == "nsubj"]
            return bool(subj) and (subj[0].pos_ == "PRON" or is_replier(subj[0]))
        if verb in cues()["carry_verbs"] and clause.dep_ == "acl":
            to = [
                g
                for c in clause.children
                if c.dep_ in ("prep", "dative") and c.lower_ == "to"
                for g in c.children
            ]
            return any(g.pos_ == "PRON" or is_replier(g) for g in to)
    return False


def _bare_child(c: Token) -> bool:
    """'the', a clause, or 'written' ("the written message", the readouts' word) on an answered noun."""
    return (
        c.dep_ in ("relcl", "acl")
        or c.dep_ == "det"
        and c.lower_ == "the"
        or c.dep_ == "amod"
        and c.lower_ == "written"
    )


_NO_PARTY_ENTS = ("DATE", "TIME", "GPE", "LOC", "FAC")  # "received in Doha last week": no other party


def _writer_named_next(noun: Token, is_addressee: Callable[[Token], bool]) -> bool:
    """The sentence after names another writer of the communication: 'That message, from A, accused ...'
    (not 'The message from B', B the addressee, nor 'The letter from ...': another act)."""
    doc, end = noun.doc, noun.sent.end
    if end >= len(doc):
        return False
    head = list(doc[end : min(len(doc), end + 6)])
    if not any(t.lemma_.lower() == noun.lemma_.lower() for t in head[:3]):
        return False
    writers = [g for t in head if t.lower_ == "from" for g in t.children if g.dep_ == "pobj"]
    return bool(writers) and not any(is_addressee(g) for g in writers)


def one_before_name(obj: Token) -> Token | None:
    """'The letter responds to one Ms A sent to all premiers': the parser read 'one' as the number of the
    name A, with A's clause of sending hung on it; the 'one' (the letter A sent) is returned."""
    one = next((c for c in obj.children if c.lower_ == "one" and c.dep_ == "nummod" and c.i < obj.i), None)
    verbs = {*cues()["send_verbs"], *cues()["write_verbs"]}
    if one is None or obj.pos_ != "PROPN" or obj.dep_ != "pobj":
        return None
    after = obj.doc[obj.i + 1] if obj.i + 1 < len(obj.doc) else None  # "one Ms A sent him": 'sent' next
    sending = after is not None and after.lemma_.lower() in verbs and after.dep_ in ("acl", "relcl", "advcl")
    return one if sending else None


def carrier(d: Draft) -> tuple[Token, ...]:
    """The verb a letter is the medium of ("In a letter, A asked B to ...": 'asked'), if any."""
    t = d.trigger
    if t.dep_ == "pobj" and t.head.lower_ == "in" and t.head.head.pos_ == "VERB":
        return (t.head.head,)
    return ()


# Audiences and settings of words said aloud, as lemmas ("telling journalists", "thanked A at a rally",
# "speaking on television", "in answer to a question in parliament"): no written reply is given there.
AUDIENCES = frozenset(
    {"journalist", "reporter", "parliament", "rally", "television", "radio", "press", "crowd", "lawmaker"}
    | {"audience", "conference", "question", "speech"}
)

# Manners of answering that are no written reply ("in person", "in parliament", "in a speech").
SPOKEN_MANNERS = frozenset(
    {"person", "parliament", "speech", "interview", "statement", "address", "remarks", "debate"}
)


def of_a_day(noun: Token) -> bool:
    """'his reply of 17 May 2019': a reply told by the day it bears exists (not 'a reply of two pages')."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and _dated(c) for c in noun.children)


def dated_reply(noun: Token) -> bool:
    """'B's reply, dated 21 March 1876, is shorter': a reply told with the date it bears exists (the
    parser may hang the reply on 'dated' as its subject). Not a draft, one never sent, one told as going
    to someone ('went to Lord C', 'is to an earlier despatch'), or one given as a speech."""
    sent = noun.sent
    if any(c.lower_ == "draft" for c in noun.children) or any(
        t.dep_ == "neg" or t.lower_ == "never" for t in sent
    ):
        return False
    if any(t.lower_ == "to" and t.i > noun.i for t in sent) or any(
        t.lemma_.lower() in SPOKEN_MANNERS for t in sent
    ):
        return False
    return any(c.dep_ == "acl" and c.lemma_.lower() == "date" for c in noun.children) or (
        noun.dep_ == "nsubj" and noun.head.lemma_.lower() == "date" and noun.head.tag_ == "VBN"
    )


def acknowledged(verb: Token) -> Token | None:
    """'B acknowledged the message on Tuesday', 'B acknowledged receipt of A's letter': the written
    communication a told verb of acknowledging takes as its object, itself or through 'receipt of' (a
    participle or an infinitive tells of the act it hangs on: "sent thanks, acknowledging receipt of her
    note", "I have the honour to acknowledge the receipt of your letter"). None for
    any other object ('acknowledged the letter's concerns', 'acknowledged the result'), for a call, when
    the acknowledging is said aloud ('publicly', 'to reporters', 'at a press conference', 'in a
    statement') or is done in a communication of its own ('in a brief email': that noun is the reply)."""
    if verb.lemma_.lower() != "acknowledge" or verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBN", "VBZ"):
        return None  # not "sent thanks, acknowledging receipt" (the sending's own), "I have the honour to acknowledge"
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None and any(c.dep_ == "agent" for c in verb.children):  # "the letter was acknowledged by B"
        obj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if obj is not None and obj.lemma_.lower() == "receipt":
        obj = object_of(next((p for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"), None))
    if obj is None or not answerable(obj) or noun_kind(obj) in (None, "call"):
        return None
    others = [t for t in verb.sent if t.i not in (verb.i, obj.i)]
    if any(t.lemma_.lower() in _UNWRITTEN for t in others):
        return None  # "acknowledged the message in a press release", "... when he addressed the nation"
    if any(t.pos_ == "VERB" and t.lemma_.lower() in cues()["reply_verbs"] for t in others):
        return None  # "acknowledged the message, but did not reply": the reply is told apart
    for c in verb.children:
        if c.dep_ == "prep" and (o := object_of(c)) is not None and noun_kind(o) is not None:
            return None
    return obj


# Settings of an acknowledgement made in public or aloud, as lemmas: no written answer to the sender.
_UNWRITTEN = AUDIENCES | SPOKEN_MANNERS | {"publicly", "openly", "release", "tweet", "twitter", "television"}
_UNWRITTEN |= {"broadcast", "nation", "post", "video", "podcast", "briefing"}


def it_is_the_letter(subj: Token) -> bool:
    """'The reply is dated 20 May. It answers a letter of 2 May': 'it' opening the sentence after one whose
    subject is a communication stands for that communication (not 'The ministry got the letter. It replied')."""
    if subj.lower_ != "it" or subj.sent.start == 0:
        return False
    before = subj.doc[subj.sent.start - 1].sent
    return any(
        t.dep_ in ("nsubj", "nsubjpass")
        and (noun_kind(t) is not None or t.lemma_.lower() in cues()["reply_nouns"])
        for t in before
    )


def answered_for(noun: Token, replier: Party, drafts: list[Draft]) -> Draft | None:
    """'A wrote to Prime Minister B ... The ministry responded to the letter': a body that answers 'the
    letter' told before answers it though it went to another (its head, its government): the last one of
    that kind told before, by someone else. A person answers only what was sent to them."""
    if replier.ptype not in ("org", "state") or not _is_anaphoric(noun) or _possessed(noun):
        return None
    kind = noun_kind(noun) or "letter"
    told = [
        d
        for d in drafts
        if d.trigger.i < noun.i and d.kind == kind and d.sender not in (None, replier) and not d.answered
    ]
    return told[-1] if told and any(_of_the_addressee(replier, r) for r in told[-1].recipients) else None


def _of_the_addressee(body: Party, addressee: Party) -> bool:
    """The body answers for the addressee: of the addressee's state ("Japan's Foreign Ministry" for the
    Japanese prime minister) or named in the addressee's office ("the Ministry of Labour" for its minister);
    not any body that took up the letter ("Amnesty International responded to the letter")."""
    from .office_fit import states_of

    if names.states_named(body.name) & states_of(addressee):
        return True
    told = " ".join([*addressee.roles, *addressee.surfaces, addressee.org or ""]).lower()
    proper = {w.lower() for w in re.findall(r"[A-Z][\w-]+", body.name)} - _BODY_WORDS
    return any(re.search(rf"\b{re.escape(w)}\b", told) for w in proper)


_BODY_WORDS = frozenset(
    {"ministry", "office", "department", "foreign", "the", "government", "agency", "bureau"}
)


def _possessed(noun: Token) -> bool:
    return any(c.dep_ == "poss" for c in noun.children)  # "its letter", "A's letter": another's to sort out
