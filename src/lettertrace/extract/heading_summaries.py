"""A digest of documents heads each letter with the writer's office ("Letter dated 10 March 2023 from the
Permanent Representative of Norland to the United Nations addressed to the Secretary-General") and sums
it up in the paragraph under the heading, whose first sentence has the holder as its subject ("Ambassador
A B transmits a report on ...", "Replying to the letter of 2 March, Mr. B states that ..."). That person
wrote the letter the heading names by office."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from .. import names
from ..nlp import sent_of
from .draft import Draft
from .index import PartyIndex
from .mentions import Party
from .signed import _office_named

# Verbs a summary tells a letter's content by ("A transmits ...", "B states that ...", "C requests ...").
SUMMARY_VERBS = frozenset(
    {
        "transmit", "write", "state", "report", "inform", "request", "ask", "convey", "say", "note",
        "express", "reply", "respond", "draw", "refer", "forward", "enclose", "reiterate", "complain",
        "protest", "urge", "describe", "outline", "submit", "present", "reject", "deny", "welcome",
        "provide", "attach", "bring", "explain", "recall", "warn", "condemn", "call", "share", "set",
    }
)  # fmt: skip


def heading_writers(idx: PartyIndex, drafts: list[Draft]) -> None:
    """Name the writer of each heading's letter known by office alone after its summary (in place)."""
    text = idx.doc.text
    for d in drafts:
        if d.kind == "call" or d.sender is None or not _by_office(d.sender):
            continue
        if d.trigger.lemma_.lower() not in ("letter", "note") or not _opens_line(text, d.trigger.idx):
            continue
        who = _summary_subject(idx, d.trigger)
        if who is not None and who is not d.sender and all(who is not r for r in d.recipients):
            for s in [d.sender.name, *d.sender.surfaces]:
                who.add_surface(s)
            d.sender = who


@cache
def _officers() -> frozenset[str]:
    return frozenset(names.title_words()) | {"observer", "envoy", "delegate", "coordinator", "rapporteur"}


def _by_office(p: Party) -> bool:
    """A writer named by an office alone: "the Chief Electoral Officer", "the Permanent Representative of
    Norland" (read as a body where the place was tagged one)."""
    words = [names.fold(w).lower() for w in p.name.split()[:3]]
    return _office_named(p) or (
        p.ptype == "org" and "of" in words and any(w in _officers() for w in words[: words.index("of")])
    )


def _opens_line(text: str, at: int) -> bool:
    """The noun opens its line, after two words at most ("Identical letters dated ...")."""
    before = text[text.rfind("\n", 0, at) + 1 : at].split()
    return len(before) <= 2 and all(w.isalpha() for w in before)


def _summary_subject(idx: PartyIndex, trigger: Token) -> Party | None:
    """The person the first sentence under the heading line of ``trigger`` has as its subject."""
    doc, text = idx.doc, idx.doc.text
    end = text.find("\n", trigger.idx)
    if end < 0:
        return None
    first = next((t for t in doc[trigger.i :] if t.idx > end and not t.is_space), None)
    if first is None or not text[end : first.idx].strip() == "":
        return None
    sent = sent_of(first)
    if sent.start != first.i:
        return None
    root = sent.root
    if root.lemma_.lower() not in SUMMARY_VERBS:
        return None
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    who = idx.party_at(subj) if subj is not None else None
    if who is None or who.ptype != "person" or _office_named(who) or _other_office(who, trigger):
        return None
    return who


_ENVOYS = frozenset({"ambassador", "representative", "observer", "envoy", "delegate", "charge", "affaires"})


def _other_office(who: Party, trigger: Token) -> bool:
    """The subject is told to hold an office the heading does not name ("A, the Kessel foreign minister,
    rejects ..." under a letter from a permanent representative): another person than its writer."""
    heading = {names.fold(w).lower() for w in trigger.sent.text.split()}
    for form in [*who.roles, *who.surfaces]:
        words = {names.fold(w).strip(".,").lower() for w in form.split()} - set(names.core_tokens(who.name))
        offices = {w for w in words if w in names.title_words()} - {"mr", "mrs", "ms", "dr", "the", "h.e."}
        if offices and not offices & (_ENVOYS | heading):
            return True
    return False
