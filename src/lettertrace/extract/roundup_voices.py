"""'Leaders of many countries have sent messages of congratulations to B. ... A emphasised that B had done
much for the friendship of the two parties. C affirmed that he is ready to work with B ...': after a
round-up of messages (or greetings) to one person from no one named, each of the sentences right after it
that has a person holding an office as the subject of a verb of warm words (affirmed, emphasised,
appreciated, wished: not merely "said") and names the addressee tells one of the messages:
from that person (each of joined subjects) to the addressee. The run ends at the first sentence of another
kind or after a few sentences; a person named before the round-up is no new voice of it."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .. import names
from .draft import Draft
from .index import PartyIndex
from .mentions import Party
from .roundups import _is_roundup, _one_of, _sent_one

# Verbs that tell what a message of greeting or condolence says: warm words, affirmed or wished (not "said",
# "claimed", "criticised": anyone may say something of the addressee).
_VOICING = frozenset(
    {"emphasise", "emphasize", "affirm", "reaffirm", "appreciate", "praise", "hail", "laud", "congratulate"}
    | {"wish", "hope", "express", "stress", "underline", "highlight", "commend", "extend", "convey"}
)
MAX_SENTENCES = 8  # how far after the round-up its voices may be told


def roundup_voices(doc: Doc, idx: PartyIndex, drafts: list[Draft]) -> list[Draft]:
    """One message from each person told right after a round-up as saying something of its addressee."""
    out: list[Draft] = []
    for d in [d for d in drafts if _is_roundup(d)]:
        addressee = d.recipients[0]
        sent = d.trigger.sent
        for _ in range(MAX_SENTENCES):
            if sent.end >= len(doc):
                break
            sent = doc[sent.end].sent
            voices = _voices(idx, sent, addressee, d.trigger.i)
            if voices is None:
                break
            out += [
                _one_of(d, p, sent.start_char, sent.end_char, sent.root)
                for p in voices
                if not _sent_one(p, d, drafts, out)
            ]
    return out


def _voices(idx: PartyIndex, sent: Span, addressee: Party, start: int) -> list[Party] | None:
    """The people a sentence has saying something of the addressee; None for a sentence of another kind
    (it ends the run); [] for one that names no new voice (the run goes on)."""
    root = sent.root
    if root.lemma_.lower() not in _VOICING or root.pos_ not in ("VERB", "AUX"):
        return None
    if any(
        c.dep_ in ("neg", "aux") and c.lower_ in ("not", "never", "will", "would", "may")
        for c in root.children
    ):
        return None  # not said, or not yet
    if any(
        c.dep_ in ("dobj", "dative") and (p := idx.party_at(c)) is not None and p is not addressee
        for c in root.children
    ):
        return []  # "A told C that B ...": words to another
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    found = [idx.party_at(t) for t in (subj, *subj.conjuncts)] if subj is not None else []
    titled = subj is not None and any(names.fold(t.text).lower() in names.title_words() for t in subj.subtree)
    people = [p for p in found if p is not None and p.ptype == "person" and not p.group and titled]
    if not people or addressee in people:
        return []
    if not any(idx.tok2party.get(t.i) == addressee.key for t in sent if t.i not in _subtree(subj)):
        return []  # (nothing of the addressee said: another topic)
    return [p for p in people if p.first > start]


def _subtree(tok: Token | None) -> set[int]:
    return {t.i for t in tok.subtree} if tok is not None else set()
