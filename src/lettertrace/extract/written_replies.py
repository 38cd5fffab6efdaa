"""'Prime Minister A has replied in writing to party president B', 'A responded in writing to B on
Wednesday': a reply verb told as written ('in writing'), to a party named after 'to', is a letter from A to
B, whether or not the report tells what it answers (the last act B sent A, when it does). A reply to B
with no written manner stays unread here: "A replied to B" is as often spoken, in a chamber or on air."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .draft import Draft
from .index import PartyIndex
from .lexicon import blocked, cues, noun_kind
from .lists import party_list_from
from .mentions import Party
from .syntax import sentence_span


def written_replies(doc: Doc, idx: PartyIndex, drafts: list[Draft]) -> list[Draft]:
    """One letter for each reply verb told in writing to a named party that no act was read at."""
    out: list[Draft] = []
    for verb in doc:
        if verb.lemma_.lower() not in cues()["reply_verbs"] or verb.pos_ != "VERB" or blocked(verb):
            continue
        if not any(_in_writing(c) for c in verb.children):
            continue
        if any(d.verb is verb or d.trigger is verb for d in drafts):
            continue  # read already
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        replier = idx.party_at(subj) if subj is not None else None
        prep = next((c for w in (verb, *_writing_words(verb)) for c in w.children if _to(c)), None)
        listed = party_list_from(doc, idx, prep.i + 1) if prep is not None else []  # read left to right
        pobj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
        if pobj is not None and noun_kind(pobj) is not None:
            continue  # "replied in writing to A's letter of 9 March": the reply verb's own reading
        whom = idx.party_at(pobj) if pobj is not None else None
        whom = whom or (listed[0] if listed else None)  # the parse's object first, else the list read
        whom = _person_after(idx, prep, whom) if prep is not None else whom
        if replier is None or whom is None or whom is replier:
            continue
        d = Draft("letter", verb, replier, [whom], verb=verb)
        answered = [
            o
            for o in drafts
            if o.sender is whom and replier in o.recipients and o.trigger.i < verb.i and o.kind != "call"
        ]
        d.reply_to = answered[-1] if answered else None
        d.distinct = not answered
        d.sentences.append(sentence_span(verb))
        out.append(d)
    return out


def _writing_words(verb: Token) -> list[Token]:
    """The word 'writing' of the verb's 'in writing' ('to' may hang on it)."""
    return [g for c in verb.children if _in_writing(c) for g in c.children if g.lower_ == "writing"]


def _person_after(idx: PartyIndex, prep: Token, whom: Party | None) -> Party | None:
    """'to Vila Nova do Sul Governor B': a place or body before a title and a name, up to the next comma,
    names no one but B; the person there is the one replied to (not in a list: "to the Board and B")."""
    if whom is not None and whom.ptype == "person":
        return whom
    span = []
    for t in prep.doc[prep.i + 1 : prep.sent.end]:
        if t.is_punct or t.lower_ in ("and", "or"):
            break
        span.append(t)
    people = [p for t in span if (p := idx.party_at(t)) is not None and p.ptype == "person"]
    return people[0] if people else whom


def _to(tok: Token) -> bool:
    return tok.dep_ == "prep" and tok.lower_ == "to"


def _in_writing(prep: Token) -> bool:
    """'in writing', 'in writing on Wednesday'."""
    return prep.dep_ == "prep" and prep.lower_ == "in" and any(g.lower_ == "writing" for g in prep.children)
