"""'A congratulated B on his victory on Monday, writing that relations would improve', 'A thanked B for the
invitation, writing that ...', 'A condoled with B, writing that ...': a verb of greeting whose subject the
participle of writing hung on it tells to have written is a written message from A to the one greeted
(one for each greeted). Read where no act is told at the verb or in its sentence by the same writer (not
"A congratulated B in a letter, writing ...": the letter is that act)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .draft import Draft
from .index import PartyIndex
from .lexicon import blocked, cues
from .lists import party_list_from
from .mentions import Party
from .syntax import sentence_span

# Verbs of greeting someone, with the word that takes the one greeted ('dobj', or 'with' after 'condole').
GREETING_VERBS = {
    "congratulate": "dobj",
    "felicitate": "dobj",
    "thank": "dobj",
    "greet": "dobj",
    "condole": "with",
}


def greeted_in_writing(doc: Doc, idx: PartyIndex, drafts: list[Draft]) -> list[Draft]:
    """One message for each party greeted by a verb whose writing participle names no act of its own."""
    out: list[Draft] = []
    for verb in doc:
        slot = GREETING_VERBS.get(verb.lemma_.lower())
        if slot is None or verb.pos_ != "VERB" or blocked(verb):
            continue
        if not any(_writing(c) for c in verb.children):
            continue
        if any(d.verb is verb or d.trigger is verb or verb.i in d.anchors for d in drafts):
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        writer = idx.party_at(subj) if subj is not None else None
        if writer is None:
            continue
        sent = verb.sent
        if any(d.sender is writer and sent.start <= d.trigger.i < sent.end for d in drafts):
            continue  # "A congratulated B, writing in a letter that ...": the letter is the act
        greeted = [p for p in _greeted(idx, verb, slot) if p is not writer]
        for to in greeted:
            d = Draft("message", verb, writer, [to], verb=verb)
            d.sentences.append(sentence_span(verb))
            d.distinct = len(greeted) > 1  # one message each
            out.append(d)
    return out


def _writing(tok: Token) -> bool:
    """'writing that ...': a participle of writing hung on the verb with what was written and nothing else
    (not "writing on X that ...", "writing in an op-ed that ...", "writing later": written in public)."""
    return (
        tok.dep_ in ("advcl", "xcomp", "conj")
        and tok.tag_ == "VBG"
        and tok.lemma_.lower() in cues()["write_verbs"]
        and any(c.dep_ == "ccomp" for c in tok.children)
        and not any(c.dep_ in ("neg", "prep", "advmod", "npadvmod") for c in tok.children)
    )


def _greeted(idx: PartyIndex, verb: Token, slot: str) -> list[Party]:
    """The parties the verb greets, each once, in order ('congratulated A and B')."""
    if slot == "dobj":
        heads = [c for c in verb.children if c.dep_ == "dobj"]
    else:
        heads = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == slot for g in c.children]
    out: list[Party] = []
    for h in heads:  # read left to right ("A and B" may be parsed as one name's modifier and another)
        for listed in party_list_from(idx.doc, idx, h.left_edge.i):
            if listed not in out:
                out.append(listed)
        for t in (h, *h.conjuncts):
            found = idx.party_at(t)
            if found is not None and found not in out:
                out.append(found)
    return out
