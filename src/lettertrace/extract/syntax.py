"""Small tests over spaCy tokens shared by the trigger and argument steps (datelines, definiteness,
collectives, sentence spans)."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ..models import (
    ReportMeta,
)
from ..nlp import sent_of, text_of
from .agents import COURIER_HEADS, STAFF_HEADS, _acts_for_another, _head_word_of, _is_courier  # noqa: F401
from .call_media import call_medium
from .collective import _collective  # noqa: F401  (a test of the trigger and argument steps)
from .draft import Draft
from .lexicon import cues, noun_kind
from .mentions import ROLE_HEADS, Party, _head_word

# A counted set of people ("three leaders", "several governors", "12 ministers"): many callers, none named.
COUNTED = re.compile(
    r"(?:the\s+)?(?:three|four|five|six|seven|eight|nine|ten|several|many|numerous|dozens|\d+)\s+(?:\w+\s+)?\w+s\b",
    re.I,
)

# A month or a weekday, whole or shortened ("March", "Mar.", "Tues"); not a name that starts like one
# ("Marrow", "Sunak", "Janssen")
DATE_WORDS = re.compile(
    r"^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?"
    r"|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\.?$",
    re.I,
)


def named_before_day(day: Token, tok2party: dict[int, int]) -> Token | None:
    """'phoned B Monday', 'wrote to B Tuesday' (no 'on', as agency copy writes it): spaCy reads the name as a
    modifier of the weekday; the name, as the party it is."""
    if not re.fullmatch(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day", day.lower_):
        return None
    return next((c for c in day.children if c.dep_ == "compound" and c.i in tok2party), None)


def is_passive(verb: Token) -> bool:
    return any(c.dep_ == "auxpass" for c in verb.children)


def stranded_to(verb: Token) -> list[Token]:
    """'B was written to by A': the subjects of a passive verb whose 'to' has no object of its own."""
    if not is_passive(verb) or not any(
        c.dep_ == "prep" and c.lower_ == "to" and not list(c.children) for c in verb.children
    ):
        return []
    return [c for c in verb.children if c.dep_ == "nsubjpass"]


def _date_word(tok: Token) -> bool:
    return bool(DATE_WORDS.match(tok.text)) or tok.text.isdigit()


def sentence_span(tok: Token) -> tuple[int, int]:
    """Character span of a token's sentence, without the whitespace after it."""
    sent = sent_of(tok)
    text = text_of(tok.doc)[sent.start_char : sent.end_char]
    return sent.start_char, sent.start_char + len(text.rstrip())


def _sent_distance(a: Token, b: Token) -> int:
    """How many sentences ``b`` comes after ``a`` (negative when before)."""
    index = a.doc.user_data.get("lettertrace_sent_index")
    if index is None:
        sent_of(a)
        index = a.doc.user_data["lettertrace_sent_index"]
    return int(index[b.i] - index[a.i])


def _poss_is_pronoun(tok: Token) -> bool:
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children)


def _first(items: list[Party]) -> Party | None:
    return items[0] if items else None


def _uniq(items: list[Party]) -> list[Party]:
    out: list[Party] = []
    for p in items:
        if p not in out:
            out.append(p)
    return out


def _call_context(doc: Doc, meta: ReportMeta) -> bool:
    """Readout style: the headline speaks of a call, or the report of the phone, so "spoke to X" is a phone call."""
    title = meta.title or ""
    if title and any(w in title.lower().split() for w in ("phone", "telephone", "phoned")):
        return True
    span = meta.title_span or (0, 0)
    if any(span[0] <= t.idx < span[1] and _call_sense(t) for t in doc if t.lower_ in ("call", "calls")):
        return True  # not "launches campaign with call to 'finish the job'": an appeal
    return re.search(r"\b(?:phone|telephone|phoned|telephoned)\b", text_of(doc), re.I) is not None


def _call_sense(t: Token) -> bool:
    """'call' in a headline as a telephone call: a noun the lexicon reads as one, or a verb that is no
    appeal ('calls for', 'calls on')."""
    if t.pos_ == "VERB":
        return not any(c.dep_ == "prep" and c.lower_ in ("for", "on", "upon") for c in t.children)
    return noun_kind(t) == "call"


def _phone_marked(verb: Token) -> bool:
    """The verb's act is marked as done by phone: "talked by phone", "spoke telephonically", and a marker the
    parser hung on a noun of the verb's own clause ("discussed X with B over the phone", "discussed trade
    on the new road over the phone": on the object or a prepositional object, never inside a clause of its own)."""
    for c in verb.children:
        if c.lower_ in ("telephonically", "phone"):
            return True
    for c in verb.subtree:
        if c.dep_ not in ("prep", "agent") or c.lower_ not in ("by", "on", "over", "via"):
            continue  # "talked by phone": agent
        media = [
            g
            for g in c.children
            if g.lemma_.lower() in ("phone", "telephone", "video", "videoconference") or call_medium(g)
        ]  # "by video link"
        if not media:
            continue
        if c.head.i != verb.i and c.lower_ == "on" and not any(d.lower_ == "the" for d in media[0].children):
            continue  # "discussed a ban on phones": the phone is what they talked about
        h = c.head
        while h.i != verb.i and h.pos_ in ("NOUN", "PROPN", "ADP", "PRON", "NUM") and h.head.i != h.i:
            h = h.head
        if h.i == verb.i:
            return True
    return False


# Verbs and objects of a greeting act that a letter or message carries ("extended condolences to").
GREETING_VERBS = {"extend", "express", "offer", "convey", "send", "pay", "tender"}
GREETING_NOUNS = {"condolence", "congratulation", "greeting", "sympathy", "felicitation", "wish", "tribute"}
# Words of a sentence that put greetings conveyed there in a meeting, said face to face.
FACE_TO_FACE = {
    "meeting",
    "talks",
    "audience",
    "visit",
    "summit",
    "reception",
    "ceremony",
    "person",
    "welcome",
}


def greeted_in_person(tok: Token) -> bool:
    """'During the meeting, A conveyed the greetings of his president to B': greetings conveyed, extended
    or expressed (not sent) in a sentence that tells of a meeting were said face to face; in a paragraph
    that tells of a phone call ('A spoke on the phone with B. ... A extended his greetings to B'), in it; an
    envoy's greetings ('The ambassador conveyed the greetings of his government to B') are said in person."""
    verb = tok.head if tok.dep_ in ("dobj", "nsubjpass") and tok.lemma_.lower() in GREETING_NOUNS else None
    if verb is None or verb.lemma_.lower() not in GREETING_VERBS - {"send"}:  # "conveyed a message": carried
        return False
    doc, sent = tok.doc, tok.sent
    para = doc.text.rfind("\n\n", 0, sent.start_char)  # the paragraph up to this sentence
    before = doc.char_span(max(para, 0), sent.start_char, alignment_mode="expand")
    on_phone = before is not None and any(t.lower_ in ("phone", "telephone", "telephonic") for t in before)
    envoy = any(c.dep_ == "nsubj" and _head_word(c) in COURIER_HEADS for c in verb.children)
    return on_phone or envoy or any(t.lemma_.lower() in FACE_TO_FACE for t in sent)


def _named_in(d: Draft, words: set[str]) -> int:
    """How many of a draft's parties have a name word among ``words``."""
    parties = [p for p in [d.sender, *d.recipients] if p is not None]
    return sum(1 for p in parties if any(w in words for w in p.name.split()))


def _definite(tok: Token) -> bool:
    return any(
        c.dep_ in ("det", "poss")
        and c.lower_ in ("the", "this", "these", "those", "their", "its", "his", "her")
        for c in tok.children
    )


def _is_anaphoric(tok: Token) -> bool:
    dets = [c.lower_ for c in tok.children if c.dep_ in ("det", "poss")]
    return any(
        d in ("the", "this", "that", "these", "those", "his", "her", "its", "their", "said") for d in dets
    )


def _is_distinct(tok: Token) -> bool:
    copies = (
        () if tok.tag_ in ("NNS", "NNPS") else ("similar", "separate", "identical")
    )  # "identical letters"
    again = () if _is_anaphoric(tok) else ("further", "subsequent", "fresh")  # not "In his fresh letter, ..."
    return any(c.lower_ in (*OTHER_ONE, *again, *copies) for c in tok.children) or _compared(
        tok
    )  # "a similar letter to C": another act like the one before


# Words that tell another act than the one told ("another letter", "a further letter").
OTHER_ONE = ("another", "second", "third", "new", "earlier", "previous")


def _compared(tok: Token) -> bool:
    """'a longer letter', 'a more detailed message': an indefinite noun compared with another one."""
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
        return False
    return any(
        c.dep_ == "amod"
        and (c.tag_ == "JJR" or any(g.lower_ in ("more", "less") and g.dep_ == "advmod" for g in c.children))
        for c in tok.children
    )


def _is_ordinal_later(tok: Token) -> bool:
    return any(c.lower_ in ("second", "third", "fourth") for c in tok.children)


def _in_reply(tok: Token) -> bool:
    """'sent a cable in reply', 'responded in a letter', 'acknowledged receipt in a brief email': the noun
    is a reply (to what its sender was sent last)."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "in":
        on = tok.head.head  # the verb, or its object where the parse hung "in" ("receipt in an email")
        if _acknowledging(on) or on.dep_ == "dobj" and _acknowledging(on.head):
            return True
    for c in tok.head.children:
        if (
            c.dep_ == "prep"
            and c.lower_ == "in"
            and any(g.lemma_ in ("reply", "response") for g in c.children)
        ):
            return True
    return tok.head.lemma_ in ("reply", "respond")


def _acknowledging(verb: Token) -> bool:
    """'acknowledged receipt', 'acknowledged the letter': the acknowledgement answers what was received."""
    return verb.lemma_.lower() == "acknowledge" and any(
        c.dep_ == "dobj" and (c.lemma_.lower() == "receipt" or noun_kind(c) is not None)
        for c in verb.children
    )


def _reply_compound(tok: Token) -> bool:
    """'a reply message', 'the response letter': the noun names a reply."""
    return any(
        c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in cues()["reply_nouns"]
        for c in tok.children
    )


def _is_reply_target(tok: Token) -> bool:
    """The letter answered in "replied to X's letter", "in response to a letter by X"."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "to":
        return head.head.lemma_.lower() in cues()["reply_verbs"] + cues()["reply_nouns"]
    return tok.dep_ == "dobj" and head.lemma_.lower() == "answer"  # "B answered A's letter"


def _own_kind_noun(verb: Token) -> Token | None:
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "with", "by", "through"):
            for g in c.children:
                if g.dep_ == "pobj" and noun_kind(g):
                    return g
    return None


def _verb_of(tok: Token) -> Token | None:
    t = tok.head
    for _ in range(4):
        if t.pos_ == "AUX" and t.dep_ in ("aux", "auxpass") and t.head.pos_ == "VERB":
            return t.head  # "A letter from A was on Monday delivered to B", the noun hung on 'was'
        if t.pos_ in ("VERB", "AUX"):
            return t
        if t.head.i == t.i:
            break
        t = t.head
    return None


def _has_similar(verb: Token) -> bool:
    return any(
        c.dep_ in ("dobj", "nsubjpass")
        and any(g.lower_ in ("similar", "identical", "separate") for g in c.children)
        for c in verb.children
    )


def _is_role_noun(tok: Token) -> bool:
    return _head_word(tok) in ROLE_HEADS and tok.lower_ not in ("counterpart",)


def _is_name_like(tok: Token) -> bool:
    return (
        tok.pos_ in ("PROPN", "PRON")
        or tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
        or _is_role_noun(tok)
        or tok.lower_ in ("counterpart", "counterparts")
        or tok.lower_ in ("latter", "former")
        and any(c.lower_ == "the" for c in tok.children)
        or any(a.dep_ == "appos" and a.pos_ == "PROPN" for a in tok.children)  # "the medical officer, B"
    )


def _appos_root(tok: Token) -> Token:
    """The phrase an apposition chain hangs on ("the minister, B, a cable": cable -> B -> minister)."""
    while tok.dep_ == "appos" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _passive(verb: Token) -> bool:
    """'B was handed ...', 'B has been sent ...': a passive verb with its own subject."""
    return is_passive(verb) and any(c.dep_ == "nsubjpass" for c in verb.children)


# What an addressee does with a letter: "B rejected A's letter" tells that A wrote to B.
HANDLING_VERBS = set(
    "reject rebuff dismiss ignore spurn tear shred accept welcome acknowledge praise hail commend".split()
)


def _handler(tok: Token) -> Token | None:
    """The verb whose object is the letter: 'B rejected A's letter', also under a long name ('B tore up
    President A of X's letter', which spaCy reads as the object of 'of' under A)."""
    if tok.dep_ == "dobj":
        verb = tok.head
    elif (receipt := _under_receipt(tok)) is not None:
        return receipt.head if receipt.head.pos_ == "VERB" else None  # "B acknowledged receipt of A's letter"
    elif tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.dep_ == "dobj":
        verb = tok.head.head.head
    elif tok.dep_ == "nsubj" and tok.head.tag_ == "VBG" and tok.head.dep_ == "ccomp":
        verb = tok.head.head  # "B welcomed A's letter setting out ...", read as a clause of 'setting'
    else:
        return None
    return verb if verb.pos_ == "VERB" and verb.lemma_.lower() in HANDLING_VERBS else None


# Nouns that count communications: "a series of messages" is sent as "messages" would be.
SERIES_NOUNS = {"series", "string", "flurry", "stream", "batch", "number", "couple", "barrage", "volley"}


def _noun_object(verb: Token, tok: Token) -> bool:
    """Whether ``verb`` has, before ``tok``, a direct object of the same word ("sent a letter ... and
    another letter"), or of another word of correspondence when ``tok`` has a 'to' of its own ("sent a
    cable to B and a letter to C")."""
    own_to = any(g.dep_ == "prep" and g.lower_ == "to" for g in tok.children)
    return any(
        c.dep_ == "dobj"
        and c.i < tok.i
        and (c.lemma_ == tok.lemma_ or own_to and noun_kind(c) is not None and noun_kind(tok) is not None)
        for c in verb.children
    )


def _bare_role(p: Party) -> bool:
    return p.ptype == "person" and bool(p.roles) and p.roles[0] == p.name


def _under_receipt(tok: Token) -> Token | None:
    """The noun 'receipt' whose 'of' phrase holds the letter ('receipt of A's letter', also under a long
    name: 'receipt of President A of X's letter')."""
    node = tok
    for _ in range(2):
        if node.dep_ != "pobj" or node.head.lower_ != "of":
            return None
        node = node.head.head
        if node.lemma_.lower() == "receipt":
            return node
    return None


# Verbs whose object is the one a communication addresses ("In a letter, A urged B to ...",
# "a letter urging the minister to resign").
ADDRESS_VERBS = {
    "ask", "urge", "request", "invite", "implore", "press", "beg", "tell", "inform", "assure", "remind",
    "warn", "thank", "congratulate", "notify", "advise", "exhort", "encourage", "brief",
}  # fmt: skip


# Participles that say where a text went ("Addressed to B, the letter ...").
ADDRESSING_PARTICIPLES = {"address", "send", "write", "deliver", "direct"}


def present_perfect(verb: Token) -> bool:
    """'has sent', 'have spoken': told as news of now."""
    return any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") and c.lemma_ == "have" for c in verb.children)


def finite(v: Token) -> bool:
    """A verb with a tense of its own ("objected", "has promised", "was informed", "will reply"), not a
    participle or an infinitive ("asking them to", "to act")."""
    return v.tag_ in ("VBD", "VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and c.lower_ != "to" and c.tag_ in ("VBD", "VBZ", "VBP", "MD")
        for c in v.children
    )


def subjectless_verb(t: Token) -> bool:
    """A finite verb the parser gave no subject ("..., A, C and D said that ...")."""
    return (
        t.pos_ == "VERB"
        and t.tag_ in ("VBD", "VBZ", "VBP")
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in t.children)
    )


def to_preps(verb: Token) -> list[Token]:
    """The verb's 'to', also where the parse hung it on a written manner ('responded in writing on Tuesday
    to A's letter'; not 'in person', 'in parliament')."""
    out = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"]
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "in":
            written = [
                p for p in c.children if p.dep_ == "pobj" and (p.lemma_.lower() == "writing" or noun_kind(p))
            ]
            out += [g for p in written for g in p.children if g.dep_ == "prep" and g.lower_ == "to"]
    return out


def _possessed_comm(name: Token) -> Token | None:
    """'replied to President A of X's letter': spaCy reads the letter as the object of 'of' under A (X's
    letter); the communication noun the long name possesses is what is answered."""
    for of in (c for c in name.children if c.dep_ == "prep" and c.lower_ == "of"):
        for noun in (g for g in of.children if g.dep_ == "pobj"):
            if noun_kind(noun) is not None and any(c.dep_ == "poss" for c in noun.children):
                return noun
    return None


def _det_led(tok: Token) -> bool:
    """'the Prime Minister': a title written with a capital after 'the' is an office, not part of a name."""
    return tok.left_edge.lower_ == "the" and all(
        t.text[:1].isupper() for t in tok.doc[tok.left_edge.i + 1 : tok.i + 1]
    )


def from_on_addressee(noun: Token) -> list[Token]:
    """'answers a letter of 2 May to B from A': the 'from A' the parser hung on B or on the verb."""
    tos = [g for h in (noun, noun.head) for p in to_preps(h) for g in p.children if g.dep_ == "pobj"]
    tos += [noun.head] if noun.dep_ == "dobj" else []
    return [c for g in tos for c in g.children if c.dep_ == "prep" and c.lower_ == "from"]


def pobjs(verb: Token, prep: str) -> list[Token]:
    """The objects of the word's ``prep`` phrases ("of the X Association", "to Lagos")."""
    return [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == prep
        for g in c.children
        if g.dep_ == "pobj"
    ]


def by_phone(prep: Token) -> bool:
    """'by telephone', 'by phone', 'over the phone': the manner of what is said in a call."""
    return prep.lower_ in ("by", "over", "via") and any(
        g.dep_ == "pobj" and g.lemma_.lower() in ("phone", "telephone") for g in prep.children
    )
