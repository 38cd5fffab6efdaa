"""Bare replies: 'B answered on Tuesday, saying ...', 'B replied in writing the same day' (a dated reply
verb with nothing but the party answered, a manner and what was said) answer the one letter told before."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from .. import names
from ..nlp import sent_of, text_of
from .dated import _dated, line_dated
from .draft import Draft
from .lexicon import blocked, cues, noun_kind
from .links import NON_COMM_EVENT, outside_quotes
from .mentions import Party
from .reply_checks import AUDIENCES, _lemma_of_object, _time_span, behalf, carrier, written_manner
from .returned_calls import ReturnedCalls
from .syntax import by_phone

ASKED = {"ask", "question", "query"}
ASKING = frozenset(
    {
        "ask",
        "urge",
        "request",
        "press",
        "invite",
        "implore",
        "beg",
        "petition",
        "call",
        "plead",
        "appeal",
        "demand",
    }
)
QUOTE_MARKS = ('"', "“", "”", "«", "„")


def _to_a_question(verb: Token) -> bool:
    """The answer is to someone who asked or reached the replier ("Asked about the letter, B answered",
    "reached by this newspaper, B answered"), or told to the press ("B answered by telephone, telling
    Reuters ...", "In an interview, B answered by telephone")."""
    asked = any(
        t.lemma_.lower() in ("ask", "reach", "contact", "question") for t in verb.subtree if t.i < verb.i
    )
    return asked or any(
        t.lemma_.lower() in ("interview", "tell", "reporter", "journalist") for t in verb.sent
    )


# Participles by which an answer tells its addressee what it says ("answered, telling A that ...").
_TELLING_VERBS = frozenset({"tell", "inform", "assure", "warn", "urge", "remind", "thank"})


class BareReplies(ReturnedCalls):
    """Replies told by a bare reply verb."""

    def _bare_reply(self, verb: Token, replier: Party) -> None:
        """'B answered on Tuesday, saying ...', 'B responded days later that ...', 'B answered A on
        Tuesday': a dated reply verb with nothing but the party answered, a manner and what was said is
        a written reply to the one letter the report told B was sent (by A, when named), when that
        letter is the last act B took part in. Not when the sentence or the one before tells of talk in
        person ('Asked at a press conference, B answered ...', 'B responded in a statement') or the verb
        frames a quote ('"No," she answered': a turn of talk)."""
        fronted = (
            verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.i < verb.head.i
        )  # "Replying on 3 May, B"
        timeline = (
            verb.tag_ == "VBZ" and line_dated(verb) and not blocked(verb)
        )  # not "FEB 5 - B never replies"
        if verb.tag_ not in ("VBD", "VBN") and not fronted and not timeline:
            return  # (a timeline tells its entries in the present: "FEB 3 - B replies, rejecting ...")
        writer = None
        span = {c.i for c in verb.children if _time_span(c)}  # "a fortnight later" read as an object
        for c in verb.children:
            if c.dep_ == "dobj" and c.lower_ in ("him", "her", "them") or c.i in span:
                continue  # "B answered him": the one who wrote to B
            if c.dep_ == "dobj" and writer is None and c.pos_ in ("PROPN", "NOUN"):
                writer = self._party(c)  # "B answered A": A, or nothing ("answered questions")
                if writer is None or writer is replier:
                    return
            elif c.dep_ in ("dobj", "dative", "iobj", "prt", "agent", "oprd", "acomp", "attr", "xcomp"):
                return  # "responded by closing the border"
            if c.dep_ in ("prep", "agent") and not _dated(c) and not written_manner(c):
                if behalf(c) or c.lower_ == "according" or by_phone(c) or _in_turn(c):
                    continue  # "replied on the Minister's behalf" (see _repliers); "according to X": a source
                if not (c.lower_ == "with" and _lemma_of_object(c) in cues()["manner_nouns"]):
                    return  # "responded with sanctions", "in a statement" ("in writing", "with caution": a reply)
        if not any(
            c.dep_ in ("prep", "npadvmod")
            and any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree)
            or c.dep_ == "prep"
            and _dated(c)  # "replied on the 9th"
            or c.lower_ == "later"
            and any(g.dep_ == "npadvmod" for g in c.children)  # "days later"
            or c.i in span
            for c in verb.children
        ) and not line_dated(verb):
            return  # undated: "B responded angrily", "B answered that ..." (not "FEB 3 - B replies")
        sent = sent_of(verb)
        text = text_of(verb.doc)
        if _frames_quote(text, sent, verb) or _told_aloud(verb):
            return
        target = (
            self._answered_letter(replier, verb, writer)
            or self._unaddressed_before(replier, verb, writer)
            or self._office_answering(replier, verb, writer)
            or self._told_writers_last(replier, verb)
        )
        if target is None or target.sender is None:
            return
        before = sent_of(verb.doc[sent.start - 1]) if sent.start > 0 else sent
        phoned = any(by_phone(c) for c in verb.children)  # (then no talk in person the text tells of)
        if phoned and (verb.dep_ in ("relcl", "acl") or _to_a_question(verb)):
            return  # "Asked about it, B answered by telephone that ...", "B, who answered by telephone, said"
        for s in {sent.start: sent, before.start: before}.values():
            frame = outside_quotes(text, s.start_char, s.end_char)
            events = [] if phoned else [m.start() + s.start_char for m in NON_COMM_EVENT.finditer(frame)]
            # "wrote to B asking for a meeting", "B replied that he was open to a meeting": what a letter
            # says, not an event
            acts = (
                target.verb if target.verb is not None else target.trigger,
                target.trigger,
                *carrier(target),
            )
            events = [
                e
                for e in events
                if not _asked_for(verb.doc, e, acts if s.start != sent.start else (verb,))
                and not _source_of(verb, e)
            ]
            if events or any(_asked(t, self.drafts, verb) for t in s):
                return
        involved = [d for d in self.drafts if d.trigger.i < verb.i and replier in [d.sender, *d.recipients]]
        in_writing = any(c.dep_ == "prep" and c.lower_ == "in" and written_manner(c) for c in verb.children)
        if (
            involved
            and involved[-1].kind == "call"
            and involved[-1].trigger.i > target.trigger.i
            and not in_writing
        ):
            return  # answering inside a call is a turn of that call (not "B replied in writing on Monday")
        kind = "message" if target.kind == "message" else "letter"  # an e-mail is answered by e-mail
        if phoned:
            kind = "call"  # "B answered by telephone on Friday": a call back to the writer
        self._add(Draft(kind, verb, replier, [target.sender], verb=verb)).reply_to = target

    def _office_answering(self, replier: Party, verb: Token, writer: Party | None) -> Draft | None:
        """'A wrote to B on Thursday ... The Prime Minister replied on Friday': an office no name holds in
        the report answers the one letter told to one named person, when that person may hold it."""
        from .merge import _compatible
        from .merge_writers import role_only

        if not role_only(replier):
            return None
        told = [
            d
            for d in self.drafts
            if d.kind != "call"
            and d.sender is not None
            and d.trigger.i < verb.i
            and len(d.recipients) == 1
            and d.recipients[0].ptype == "person"
            and not role_only(d.recipients[0])
            and (writer is None or d.sender is writer)
        ]
        if len({d.recipients[0].key for d in told}) != 1 or not _compatible(replier, told[-1].recipients[0]):
            return None
        # not "Foreign Minister B", "Deputy Prime Minister B", "Mayor B" for "the Prime Minister" or "the
        # Governor": an addressee with a title (as a role or before the name) holds that one only
        return told[-1] if _may_hold(told[-1].recipients[0], replier) else None

    def _told_writers_last(self, replier: Party, verb: Token) -> Draft | None:
        """'A sent a sharper message. B answered within the hour, telling A that ...': the one the answer
        tells something (by a participle of telling) sent the last act told before with no addressee, to
        the one who answers it."""
        told = [
            p
            for c in verb.children
            if c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() in _TELLING_VERBS
            for o in c.children
            if o.dep_ == "dobj" and (p := self._party(o)) is not None and p is not replier
        ]
        last = [d for d in self.drafts if d.trigger.i < verb.i and d.kind != "call" and d.sender in told[:1]]
        if not last or last[-1].recipients:
            return None
        last[-1].recipients = [replier]  # (what A sent went to the one who answered it)
        return last[-1]

    def _unaddressed_before(self, replier: Party, verb: Token, writer: Party | None) -> Draft | None:
        """'In a joint letter, A, B and C asked the Speaker to ... The Speaker replied on Tuesday': the
        one letter told before whose addressee is not read yet (the letter's other sentences name it), when
        the report told that the replier was asked or written to."""
        told = [
            d
            for d in self.drafts
            if d.kind != "call"
            and d.sender is not None
            and d.sender is not replier
            and not d.recipients
            and d.trigger.i < verb.i
            and (writer is None or d.sender is writer)
        ]
        if len({d.sender.key for d in told if d.sender is not None}) != 1:
            return None
        return told[-1] if self._asked_before(replier, verb) or self._answers(told[-1], replier) else None

    def _answers(self, d: Draft, replier: Party) -> bool:
        """'A wrote to the Commission. Its chair B's reply was blunt. A answered again': ``d`` is a reply
        (a reply noun) told after a letter the replier wrote; answering it answers the one who replied."""
        return d.trigger.lemma_.lower() in cues()["reply_nouns"] and any(
            o.sender is replier and o.trigger.i < d.trigger.i for o in self.drafts
        )

    def _asked_before(self, replier: Party, verb: Token) -> bool:
        """The report told before the reply that ``replier`` was asked or written to ("A and B asked Speaker
        C to convene a session"): not a public answer to an open letter ("A urged the government ...")."""
        doc = verb.doc
        for t in doc[: verb.sent.start]:
            if self.idx.tok2party.get(t.i) != replier.key:
                continue
            x = t
            while x.head.i != x.i and (
                x.dep_ in ("appos", "compound", "flat") or x.dep_ == "pobj" and x.head.lower_ == "of"
            ):
                x = x.head.head if x.dep_ == "pobj" else x.head  # "the Speaker of the Assembly, C"
            if _asked_as(x):
                return True
        return False


def _asked(tok: Token, drafts: list[Draft], reply: Token | None = None) -> bool:
    """Whether ``tok`` puts what follows in an exchange of questions ('Asked about the letter, B replied',
    'in answer to a question'); not the request a letter itself makes ('A wrote to B, asking for talks',
    'a letter asking B to ...')."""
    if tok.lemma_.lower() not in ASKED:
        return False
    acts = {i for d in drafts for i in (d.trigger.i, d.verb.i if d.verb is not None else -1)}
    if reply is not None and tok.tag_ == "VBG" and any(a.i == reply.i for a in tok.ancestors):
        return False  # "B answered, saying ... but asking that ...": what B's reply asks
    if any(tok in carrier(d) or d.trigger.dep_ == "nsubj" and d.trigger.head.i == tok.i for d in drafts):
        return False  # "In a joint letter, A asked B to convene a session", "A's letter asked B for aid"
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "with" and tok.head.head.i in acts:
        return False  # "A wrote to B with 16 questions": what the letter asks
    if _said_in_letter(tok) or _quoted(tok):
        return False  # "In it, A writes that ... and asks B to ...": what the letter asks; a quoted word
    return not (tok.tag_ == "VBG" and tok.head.i in acts)


def _quoted(tok: Token) -> bool:
    """The word is inside a quotation of its sentence ('he would "not suffer the honour ... to be questioned"')."""
    sent = sent_of(tok)
    before = tok.doc.text[sent.start_char : tok.idx]
    return sum(before.count(q) for q in ('"', "\u201c", "\u201d")) % 2 == 1


def _said_in_letter(tok: Token) -> bool:
    """The verb (or the verb it is a conjunct of) is set in a letter: "In it, A asks ...", "In the letter,
    A writes ... and asks ..."."""
    while tok.dep_ in ("conj", "ccomp") and tok.head.i != tok.i:
        tok = tok.head  # "In it, A writes that ... and asks": the parser may hang 'asks' on the clause
    return any(
        c.dep_ == "prep"
        and c.lower_ == "in"
        and g.dep_ == "pobj"
        and (g.lower_ == "it" or noun_kind(g) is not None)
        for c in tok.children
        for g in c.children
    )


def _frames_quote(text: str, sent: Span, verb: Token) -> bool:
    """'"No," she answered', 'B replied: "Never."': the verb frames a quote (a turn of talk), unlike 'B
    replied on the 9th, dismissing the fears as "fancies"' (a quote inside what the reply said)."""
    opens = text[sent.start_char : sent.start_char + 2].lstrip()[:1] in QUOTE_MARKS
    after = text[verb.idx + len(verb.text) : verb.idx + len(verb.text) + 3].lstrip(" ,:")[:1]
    rest = text[verb.idx : sent.end_char]  # 'B replied on Tuesday, "Never."', 'B replied: "Never."'
    return opens or after in QUOTE_MARKS or _OPENED_AFTER_COMMA.search(rest) is not None


# A quote opened after a comma or colon ('replied on Tuesday, "Never."'), not one closed after a comma
# ('replied that the ministry "has no money," but offered help': the quote is inside what the reply said).
_OPENED_AFTER_COMMA = re.compile(r"[,:] ?(?:[\"“«„](?=[^\s,.;]))")


def _asked_for(doc: Doc, char: int, acts: tuple[Token, ...]) -> bool:
    """Whether the event word at ``char`` is what a letter (its verb or noun in ``acts``) asked or told of
    ("wrote to B on Monday asking for a meeting"), under a clause of the letter or of a verb of asking ("He
    requested B to convene a meeting"), not an act of its own ("wrote to B and met him at a summit")."""
    tok = doc.char_span(char, char + 1, alignment_mode="expand")
    if tok is None:
        return False
    t = tok.root
    for _ in range(8):
        if any(t.head.i == a.i for a in acts):
            return t.dep_ in ("advcl", "xcomp", "acl", "relcl", "ccomp")
        if t.head.i == t.i:
            return False
        if t.head.lemma_.lower() in ASKING and (
            t.dep_ in ("xcomp", "ccomp") or t.dep_ == "prep" and t.lower_ == "for"
        ):
            return (
                True  # "He requested the Speaker to convene a meeting", "urged that a session be held": asked
            )
        t = t.head
    return False


def _asked_as(x: Token) -> bool:
    """The phrase ``x`` (a name with its office) is the one asked or written to."""
    head, above = x.head, x.head.head
    if x.dep_ in ("dobj", "dative") and head.lemma_.lower() in ASKING:
        return True  # "asked Speaker C to convene"
    if x.dep_ == "pobj" and head.lower_ in ("on", "with") and above.lemma_.lower() in ASKING:
        return True  # "called on Speaker C to", "pleaded with C to"
    if x.dep_ == "nsubj" and head.dep_ == "ccomp" and head.head.lemma_.lower() in ASKING:
        return True  # "requested that Speaker C recall Parliament"
    return (
        x.dep_ == "pobj"
        and head.lower_ == "to"
        and (above.lemma_.lower() in cues()["write_verbs"] or noun_kind(above) is not None)
    )  # "wrote to C", "The letter to Speaker C demands"


def _in_turn(prep: Token) -> bool:
    """'in turn', 'in return': the reply told as the other's turn, no place or medium."""
    return prep.lower_ == "in" and [g.lower_ for g in prep.children] in (["turn"], ["return"])


def _source_of(verb: Token, char: int) -> bool:
    """The event word at ``char`` is in the clause that gives the report's source for the reply ("B replied
    on Thursday, spokeswoman C told reporters"): a verb of saying after the reply, whose clause holds it."""
    tok = verb.doc.char_span(char, char + 1, alignment_mode="expand")
    if tok is None or tok.root.i < verb.i:
        return False
    t = tok.root
    while t.pos_ not in ("VERB", "AUX") and t.head.i != t.i:
        t = t.head
    return t.lemma_.lower() in _SOURCE_VERBS and t.i > verb.i and t.is_ancestor(verb)


_SOURCE_VERBS = frozenset({"say", "tell", "add", "confirm", "announce", "report"})


def _told_aloud(verb: Token) -> bool:
    """'B replied on 9 May, telling journalists that ...', '..., speaking on television': a participle of
    telling or speaking to an audience makes the reply a spoken one."""
    for c in verb.children:
        if c.tag_ != "VBG" or c.lemma_.lower() not in ("tell", "say", "speak", "address"):
            continue
        if any(t.lemma_.lower() in AUDIENCES for t in c.subtree if t.dep_ in ("dobj", "pobj")):
            return True
    return False


def _may_hold(person: Party, office: Party) -> bool:
    """The person's titles, told as roles or written before the name, are none, or hold every word of the
    office and no word of a lesser one ("deputy", "former", "-designate")."""
    own = set(names.fold(person.name).lower().split())
    told = [*person.roles, *(f for f in person.surfaces if f.endswith(person.name.split()[-1]))]
    held = {w for f in told for w in re.split(r"[\s-]+", names.fold(f).lower())} - own - {"the", ""}
    held -= {h.lower().rstrip(".") for h in names.honorifics()}
    held -= {w for w in held if not w.isalpha()}
    words = {w for w in re.split(r"[\s-]+", names.fold(office.name).lower())} - {"the", ""}
    lesser = held & (names.SECOND_TO | {"designate", "elect"})
    return not held or words <= held and not lesser
