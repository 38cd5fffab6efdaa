"""What a clause on a letter's writer tells of the letter's addressee.

'a letter sent in January by A, who asked B for a timeline': a letter named with its writer and no
addressee, the writer described in a relative clause as asking, urging or pressing someone. The one asked
is the letter's addressee: the clause tells what the letter did. The writer's phrase must lie inside the
letter's own phrase ("a letter by A, who ...", "A's letter, which ...") or be the writing verb's subject
("A, who urged B to act, wrote on Monday"), and the clause must be told as done (not "who will ask",
"who did not ask").

'In a reply addressed to A, who organised the March letter, B said ...': a letter with no addressee,
written by the one a reply told in the same sentence is addressed to, is the letter that reply answers,
and went to the reply's writer."""

from __future__ import annotations

from typing import Protocol

from spacy.tokens import Token

from .draft import Draft
from .lexicon import cues
from .lists import ASKS
from .mentions import Party
from .urged import REQUESTS

_RELATIVES = frozenset({"who", "which", "that"})
_ELSEWHEN = frozenset({"later", "once", "earlier", "previously", "publicly", "also", "again", "since"})


class _Index(Protocol):
    def party_at(self, tok: Token) -> Party | None: ...


def add_asked_by_writer(idx: _Index, drafts: list[Draft]) -> None:
    """Give each written draft with a writer and no addressee the one party its writer's relative clause
    asks, urges or presses."""
    for d in drafts:
        if d.kind == "call" or d.sender is None or d.recipients:
            continue
        found: list[Party] = []
        for w in _writer_tokens(d, idx):
            for v in (c for c in w.children if c.dep_ == "relcl" and _asks(c)):
                lemma = v.lemma_.lower()
                preps = ASKS[lemma] if lemma in ASKS else REQUESTS[lemma]
                objs = [g for c in v.children if c.dep_ == "prep" and c.lower_ in preps for g in c.children]
                objs += [c for c in v.children if c.dep_ == "dobj" and not preps]
                for o in objs:
                    p = idx.party_at(o)
                    if p is not None and p.key != d.sender.key and p not in found:
                        found.append(p)
        if len(found) == 1:
            d.recipients.append(found[0])


def _writer_tokens(d: Draft, idx: _Index) -> list[Token]:
    """The tokens naming ``d``'s writer inside the letter's phrase or as its verb's subject, with the
    conjuncts written beside them ("by A and six colleagues, who asked ...")."""
    assert d.sender is not None
    scope = list(d.trigger.subtree)
    if d.verb is not None:
        scope += [t for c in d.verb.children if c.dep_ == "nsubj" for t in (c, *c.conjuncts)]
    out: list[Token] = []
    for t in scope:
        p = idx.party_at(t)
        if p is not None and p.key == d.sender.key and t not in out:
            out += [t, *(c for c in t.conjuncts if c not in out)]
    return out


def _asks(v: Token) -> bool:
    """A relative clause 'who asked/urged/pressed ...' told as done, its subject the relative pronoun."""
    if v.lemma_.lower() not in ASKS and v.lemma_.lower() not in REQUESTS:
        return False
    if v.tag_ not in ("VBD", "VBZ", "VBN", "VBP"):
        return False
    if any(
        c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in ("will", "would", "may", "might")
        for c in v.children
    ):
        return False
    if any(t.ent_type_ in ("DATE", "TIME") or t.lower_ in _ELSEWHEN or t.lower_ == "it" for t in v.subtree):
        return False  # "who last year asked B to resign", "who asked B to forward it": another occasion, a go-between
    if any(c.dep_ == "prep" and c.lower_ == "on" for c in v.children) or any(
        t.dep_ == "prep" and t.lower_ in ("at", "in", "during") for t in v.subtree
    ):
        return False  # "who pressed B for answers in parliament": asked elsewhere
    return any(c.dep_ == "nsubj" and c.lower_ in _RELATIVES for c in v.children)


def answered_by_the_reply(drafts: list[Draft]) -> None:
    """Give a written draft with a writer and no addressee the writer of a reply in its sentence that
    is addressed to that writer alone, and link the reply to it when the reply answers nothing else."""
    for d in drafts:
        if d.kind == "call" or d.sender is None or d.recipients or d.anaphoric:
            continue
        if d.trigger.lemma_.lower() in cues()["reply_nouns"]:
            continue
        replies = [
            r
            for r in drafts
            if r is not d
            and r.kind != "call"
            and r.trigger.sent.start == d.trigger.sent.start
            and r.trigger.i < d.trigger.i
            and r.trigger.lemma_.lower() in cues()["reply_nouns"]
            and r.sender is not None
            and r.sender.key != d.sender.key
            and [p.key for p in r.recipients] == [d.sender.key]
        ]
        if len(replies) == 1:
            r = replies[0]
            assert r.sender is not None
            d.recipients.append(r.sender)
            if r.reply_to is None:
                r.reply_to = d
