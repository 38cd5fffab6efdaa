"""Round-ups of messages or letters: "Congratulatory messages poured in for B ... In his message, A described
the election as ...", "Letters continue to arrive addressed to B ... A said in his letter". Once a report
tells of many messages (or letters) to one person (a plural noun with its addressee and no sender), each
message (letter) it then tells of with a sender and no addressee is one of them: to that person; and each
person the next sentence lists as one of the writers ("Among them were A and C.", "They included A and C.")
sent one."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from .arguments import MOTION_VERBS, _greeting
from .draft import Draft
from .index import PartyIndex
from .lists import party_list_from
from .mentions import ROLE_HEADS, Party
from .spurious import to_the_public
from .syntax import sentence_span

_ARRIVING = frozenset({*MOTION_VERBS, "continue", "keep", "begin", "start"})  # "continue to arrive"


def roundup_addressees(drafts: list[Draft]) -> None:
    """Give the round-up's addressee to the messages told after it with a sender and no addressee."""
    roundup: Draft | None = None
    addressees: list[Party] = []
    for d in sorted(drafts, key=lambda d: d.trigger.i):
        if _is_roundup(d):
            if d.sender is not None and unnamed_many(d.sender):
                d.sender = None  # "messages from fellow Heads of State": from no one the register can hold
            # "sent messages to B and C" is split into one draft per addressee: the messages told after
            # it went to both
            same = roundup is not None and roundup.trigger.i == d.trigger.i
            addressees = [*addressees, *d.recipients] if same else list(d.recipients)
            roundup = d
        elif (
            roundup is not None
            and d.kind == roundup.kind
            and d.sender is not None
            and not d.recipients
            and d.sender not in addressees
            and not d.anaphoric
            and not to_the_public(d.trigger)
        ):
            d.recipients = list(addressees)


def series_addressees(drafts: list[Draft]) -> None:
    """'A, B and C sent messages to D ... E, in his message, said': a message with a writer and no addressee,
    told after a round-up told act by act, went to the round-up's addressee (see ``_series_addressee``)."""
    for d in drafts:
        if d.kind == "message" and d.sender is not None and not d.recipients:
            d.recipients = _series_addressee(drafts, d)


def _series_addressee(drafts: list[Draft], d: Draft) -> list[Party]:
    """The one addressee common to the last three written acts told before the message ``d`` (two at
    least), each sent by another, none by its writer: a round-up told act by act; [] otherwise."""
    told = [
        e for e in drafts if e.kind_class == "written" and e.trigger.i < d.trigger.i and e.sender is not None
    ]
    last = sorted(told, key=lambda e: e.trigger.i)[-3:]
    common = set.intersection(*({r.key for r in e.recipients} for e in last)) if last else set()
    senders = {e.sender.key for e in last if e.sender is not None}
    writer = d.sender.key if d.sender is not None else None
    if len(last) < 2 or len(common) != 1 or len(senders) < len(last) or writer in senders | common:
        return []
    verb = d.verb or (d.trigger.head if d.trigger.head.pos_ == "VERB" else None)
    if (
        d.anaphoric
        or to_the_public(d.trigger)
        or verb is not None
        and any(c.dep_ in ("dobj", "dative") for c in verb.children if c.pos_ in ("NOUN", "PROPN", "PRON"))
    ):
        return []  # "The coach, in his message, thanked the fans": to whom the clause says
    return [r for r in last[-1].recipients if r.key in common]


# A sentence that lists some of the writers of a round-up told just before.
_SENDERS = r"the\s+(?:senders|writers|signatories|well-wishers)"  # "The senders included A and C"
_AMONG = re.compile(
    rf"\s*(?:among\s+(?:them|those|these|{_SENDERS})|(?:they|these|those)\s+included|{_SENDERS}\s+(?:included|were))\b",
    re.I,
)


def roundup_senders(doc: Doc, idx: PartyIndex, drafts: list[Draft]) -> list[Draft]:
    """'Heads of state have sent messages to B. Among them were A and C.': one message from
    each person the next sentence names, to the round-up's addressee."""
    out: list[Draft] = []
    for d in drafts:
        sent = d.trigger.sent
        if _is_roundup(d) and (same := _among_in_sentence(doc, idx, d)):
            out += [
                _one_of(d, p, sent.start_char, sent.end_char)
                for p in same
                if not _sent_one(p, d, drafts, out)
            ]
            continue  # "Leaders sent messages to B, among them A, C and D"
        if not _is_roundup(d) or sent.end >= len(doc):
            continue
        listed = doc[sent.end].sent
        if not _AMONG.match(listed.text) or listed.root.lemma_.lower() not in ("be", "include"):
            continue  # (not "Among them, trade was raised, said A")
        if any(t.dep_ == "neg" for t in listed):
            continue  # "Among those who did not write is A"
        for t in listed:
            p = idx.parties[idx.tok2party[t.i]] if t.i in idx.tok2party else None
            if (
                p is None
                or p.ptype != "person"
                or p.group
                or p in d.recipients
                or not _listed(t, listed.root)
            ):
                continue
            if not _sent_one(p, d, drafts, out):
                out.append(_one_of(d, p, listed.start_char, listed.end_char, t))
    return out


def _sent_one(p: Party, d: Draft, drafts: list[Draft], out: list[Draft]) -> bool:
    """``p`` is told already to have sent one of the round-up's addressees an act."""
    return any(x.sender is p and any(r in d.recipients for r in x.recipients) for x in [*drafts, *out])


def _one_of(d: Draft, p: Party, start: int, end: int, at: Token | None = None) -> Draft:
    """The act of the round-up ``d`` that ``p`` sent, told in the sentence from ``start`` to ``end``."""
    new = Draft(d.kind, at if at is not None else d.trigger, p, list(d.recipients))
    new.sentences.extend(x for x in [sentence_span(d.trigger), (start, end)] if x not in new.sentences)
    new.anchors.extend(
        [*d.anchors, *(t.i for t in (d.trigger, d.verb) if t is not None)]
    )  # dated as the round-up
    return new


_AMONG_HERE = re.compile(r",\s*(?:among\s+(?:them|whom|those)|including)\s", re.I)


def _among_in_sentence(doc: Doc, idx: PartyIndex, d: Draft) -> list[Party]:
    """The people listed after the round-up in its own sentence ("..., among them A, C and D", "...,
    including A and C"): each sent one."""
    sent = d.trigger.sent
    m = _AMONG_HERE.search(sent.text, d.trigger.idx + len(d.trigger) - sent.start_char)
    if m is None:
        return []
    start = next((t.i for t in sent if t.idx >= sent.start_char + m.end()), None)
    listed = party_list_from(doc, idx, start) if start is not None else []
    return [p for p in listed if p.ptype == "person" and not p.group and p not in d.recipients]


def _listed(tok: Token, root: Token) -> bool:
    """A name the listing verb itself governs, through nouns and conjunctions only ("were A and B",
    "included President A of X"), not one of another clause's."""
    while tok.i != root.i:
        if tok.head.i == tok.i or tok.head.i != root.i and tok.head.pos_ in ("VERB", "AUX"):
            return False
        tok = tok.head
    return True


def _is_roundup(d: Draft) -> bool:
    """Many messages to one person, from no one named: "Messages of congratulations pour in for B"; letters
    only as greetings or arriving ("Congratulatory letters continue to arrive addressed to B"; "carried
    letters to B" is no round-up)."""
    if d.kind == "letter" and not (_greeting(d.trigger) or d.trigger.head.lemma_.lower() in _ARRIVING):
        return False
    return d.kind in ("message", "letter") and _many_to_one(d, ("person",))


def _many_to_one(d: Draft, ptypes: tuple[str, ...]) -> bool:
    """Acts in the plural ("messages", "calls") to one party of ``ptypes``, from no one named or from a group
    ("Heads of state of a number of countries have sent ...")."""
    return (
        (d.sender is None or d.sender.group or unnamed_many(d.sender))
        and len(d.recipients) == 1
        and d.recipients[0].ptype in ptypes
        and d.trigger.tag_ in ("NNS", "NNPS")
    )


def unnamed_many(p: Party) -> bool:
    """'fellow Heads of State', 'world leaders', 'his counterparts': offices in the plural that name no one
    (their messages are told one by one, by name, if at all)."""
    words = p.name.split()
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
    return head.lower().endswith("s") and head.lower()[:-1] in ROLE_HEADS and not p.roles


def in_roundup(verb: Token, drafts: list[Draft], writer: Party) -> list[Party]:
    """'Letters continue to arrive addressed to B ... A wrote: "..."': a bare 'wrote' that opens a quote,
    told after a round-up of letters, is one of them (to B); [] elsewhere."""
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if nxt is None or nxt.text not in (":", ",") or not any(d.trigger.i < verb.i for d in drafts):
        return []
    frame = next((d for d in reversed(drafts) if d.trigger.i < verb.i and _is_roundup(d)), None)
    if frame is None or frame.kind != "letter" or writer in frame.recipients:
        return []
    return list(frame.recipients)


def calls_in_roundup(drafts: list[Draft]) -> None:
    """'B has received a stream of congratulatory calls ... A was among the first to call. In a brief
    telephone conversation, A congratulated his successor': a call from a named caller with no one named at
    its other end, told after a round-up of calls to one person, is one of those calls (to B)."""
    for d in drafts:
        if d.kind != "call" or d.sender is None or d.recipients:
            continue
        frame = next(
            (
                f
                for f in reversed(drafts)
                if f.trigger.i < d.trigger.i
                and f.kind == "call"
                and _many_to_one(f, ("person", "org"))  # (a name the tagger took for a body's, too)
            ),
            None,
        )
        if frame is not None and d.sender not in frame.recipients:
            d.recipients = list(frame.recipients)
