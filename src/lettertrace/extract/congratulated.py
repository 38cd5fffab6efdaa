"""'A has received congratulations from the leaders of neighbouring countries ... B, in a letter of
congratulations sent on Tuesday, said ...': a letter or message of congratulations (or greetings) that names
no addressee went to the one party the report says received such congratulations."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from .draft import Draft
from .index import PartyIndex
from .mentions import Party

GREETINGS = frozenset(
    {"congratulation", "congratulations", "greeting", "greetings", "felicitation", "felicitations"}
)
# A sentence that gives the greeting an occasion or a setting of its own ("Separately, C sent a congratulatory
# message to mark the team's victory")
_OWN_OCCASION = re.compile(r"\b(?:[Ss]eparately|to mark|on the occasion of|to celebrate|in honou?r of)\b")
_WISHING = frozenset({"congratulatory", "felicitation", "greeting", "congratulation"})


def _of_greetings(noun: Token) -> bool:
    """'a letter of congratulations', 'a congratulatory message', 'a greetings telegram'."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(g.lemma_.lower() in GREETINGS for g in c.children)
        or c.dep_ in ("amod", "compound")
        and c.lemma_.lower() in _WISHING
        for c in noun.children
    )


def _receivers(doc: Doc, idx: PartyIndex) -> list[Party]:
    """The parties said to have received congratulations or greetings ('A has received congratulations')."""
    out: list[Party] = []
    for verb in (t for t in doc if t.lemma_.lower() == "receive" and t.pos_ in ("VERB", "AUX")):
        if not any(c.dep_ == "dobj" and c.lemma_.lower() in GREETINGS for c in verb.children):
            continue
        for subj in (s for c in verb.children if c.dep_ == "nsubj" for s in (c, *c.conjuncts)):
            key = idx.tok2party.get(subj.i)
            if key is not None and idx.parties[key] not in out:
                out.append(idx.parties[key])
    return out


def _congratulated_by(doc: Doc, idx: PartyIndex, writer: Party, before: int) -> list[Party]:
    """The parties ``writer`` is told, before token ``before``, to have congratulated ('A has congratulated
    B on his election', 'A felicitated B')."""
    out: list[Party] = []
    for verb in doc[:before]:
        if verb.lemma_.lower() not in ("congratulate", "felicitate") or verb.pos_ != "VERB":
            continue
        subj = [idx.tok2party.get(c.i) for c in verb.children if c.dep_ == "nsubj"]
        if not subj or subj[0] is None or idx.parties[subj[0]] is not writer:
            continue
        for obj in (o for c in verb.children if c.dep_ == "dobj" for o in (c, *c.conjuncts)):
            key = idx.tok2party.get(obj.i)
            if key is not None and idx.parties[key] not in out:
                out.append(idx.parties[key])
    return out


def to_the_congratulated(doc: Doc, idx: PartyIndex, drafts: list[Draft]) -> None:
    """Give each written act of congratulations with a writer and no addressee the one receiver of
    congratulations the report names; and a message with no addressee whose writer the report told before
    to have congratulated one party, that party ("A has congratulated B on his election. In a message
    conveyed on Monday, A said ...") (the list is changed in place)."""
    for d in drafts:
        if d.kind_class == "written" and d.sender is not None and not d.recipients:
            told = _congratulated_by(doc, idx, d.sender, d.trigger.i)
            if len(told) == 1 and told[0] is not d.sender:
                d.recipients = [told[0]]
    pending = [
        d
        for d in drafts
        if d.kind_class == "written"
        and d.sender is not None
        and not d.recipients
        and _of_greetings(d.trigger)
        and not _OWN_OCCASION.search(d.trigger.sent.text)
    ]
    if not pending:
        return
    receivers = _receivers(doc, idx)
    if len(receivers) != 1:
        return
    for d in pending:
        if d.sender is not receivers[0]:
            d.recipients = [receivers[0]]
