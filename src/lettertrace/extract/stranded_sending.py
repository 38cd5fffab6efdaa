"""'the letter written by A and sent to him the other day': the parser may join 'sent' to the clause's
own verb rather than to the participle it follows, and the letter loses its addressee. A written act with a
writer and no addressee whose participle ('written by A') is followed by 'and' and a participle of
sending with no subject of its own takes that participle's 'to' for its addressee."""

from __future__ import annotations

from spacy.tokens import Token

from .draft import Draft
from .index import PartyIndex
from .lexicon import cues
from .mentions import Party


def _addressee(idx: PartyIndex, tok: Token) -> Party | None:
    """The party the word names; 'him' or 'her' the clause's own subject ("B is studying the letter ...
    sent to him"), unless the title the report gives that person tells another sex ("Ms B ... to him")."""
    if tok.lower_ in ("him", "her"):
        verb = next((a for a in tok.ancestors if a.dep_ == "ROOT"), None)
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
        p = idx.party_at(subj) if subj is not None else None
        other = "she" if tok.lower_ == "him" else "he"  # the sex the person's title tells must agree
        return p if p is not None and idx._gender(p) != other else None
    return idx.party_at(tok)


def sent_after_written(idx: PartyIndex, drafts: list[Draft]) -> None:
    """Give such acts the addressee of the stranded participle of sending (in place)."""
    doc = idx.doc
    for d in drafts:
        if d.kind_class != "written" or d.sender is None or d.recipients:
            continue
        acl = next((c for c in d.trigger.children if c.dep_ == "acl" and c.tag_ == "VBN"), None)
        i = acl.right_edge.i + 1 if acl is not None else len(doc)
        if i + 1 >= len(doc) or doc[i].lower_ != "and":
            continue
        sent = doc[i + 1]
        if sent.lemma_.lower() not in cues()["post_verbs"] or sent.tag_ not in ("VBD", "VBN"):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in sent.children):
            continue  # "read the letter written by A and sent it to C": a clause of its own
        tos = [
            g for c in sent.children if c.dep_ in ("dative", "prep") and c.lower_ == "to" for g in c.children
        ]
        found = [p for t in tos if (p := _addressee(idx, t)) is not None and p is not d.sender]
        if found:
            d.recipients = found[:1]
