"""A letter a visitor hands over to the one who received him: "President A received Foreign Minister C of X.
The guest handed over a letter from President B." B's letter went to A: the host of the one who carried it,
named as the subject of "received" (or "met", "hosted") one or two sentences before, with the carrier as its
object; the carrier is named again, or called "the guest", "the visitor" or "he"/"she"."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .draft import Draft
from .index import PartyIndex
from .lexicon import cues
from .mentions import Party

_HOSTING = frozenset({"receive", "meet", "host", "welcome"})
_VISITOR_NOUNS = frozenset({"guest", "visitor"})
_REACH = 2  # sentences before the carrier's


def to_the_host(doc: Doc, idx: PartyIndex, drafts: list[Draft]) -> None:
    """Give each carried letter with a writer and no addressee the host of its carrier (in place)."""
    for d in drafts:
        verb = d.verb
        if d.kind_class != "written" or d.sender is None or d.recipients or verb is None:
            continue
        if verb.lemma_.lower() not in cues()["carry_verbs"]:
            continue
        carrier = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if carrier is None and verb.dep_ == "acl" and verb.head.dep_ == "ROOT":
            carrier = verb.head  # "The guest handed over a letter", parsed as a noun the participle qualifies
        host = _host_of(doc, idx, carrier) if carrier is not None else None
        if host is not None and host is not d.sender:
            d.recipients = [host]


def _host_of(doc: Doc, idx: PartyIndex, carrier: Token) -> Party | None:
    sent = carrier.sent
    start = sent.start
    for _ in range(_REACH):
        if start == 0:
            break
        start = doc[start - 1].sent.start
    found = None
    for v in doc[start : carrier.i]:
        if v.pos_ != "VERB" or v.lemma_.lower() not in _HOSTING:
            continue
        obj = next((c for c in v.children if c.dep_ == "dobj"), None)
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if obj is None or subj is None:
            continue
        guest, host = idx.party_at(obj), idx.party_at(subj)
        if (
            guest is None
            or host is None
            or guest.ptype != "person"
            or host.ptype != "person"
            or guest is host
        ):
            continue
        named = idx.party_at(carrier)
        if named is guest or named is None and carrier.lemma_.lower() in _VISITOR_NOUNS:
            found = host
        elif carrier.lower_ in ("he", "she") and v.sent.start != sent.start:
            found = host  # "He handed over a letter from B": the guest told of last
    return found
