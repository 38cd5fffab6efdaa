"""Round-ups told from the writer's side: "A sent messages to the heads of neighbouring states. Among the
recipients were B, C and D.", "A wrote to several governors. They included B and C." Where an act in
the plural names its addressees only as a group, each person the next sentence lists as one of them
received one, from the same writer (the converse of :func:`roundups.roundup_senders`, where the group is
the writers)."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .draft import Draft
from .index import PartyIndex
from .mentions import Party
from .roundups import _listed, unnamed_many
from .syntax import sentence_span

_LISTING = re.compile(
    r"\s*(?:Among\s+(?:the\s+|its\s+|their\s+)?(?:recipients|addressees|them|those)\b"
    r"|(?:The\s+|Its\s+|Their\s+)?(?:recipients|addressees)\s+(?:included|include|were|are)\b"
    r"|They\s+(?:included|include)\b)",
    re.I,
)


def listed_recipients(doc: Doc, idx: PartyIndex, drafts: list[Draft]) -> list[Draft]:
    """One act to each person listed after an act to a group; the group's act gives way to them."""
    out: list[Draft] = []
    for d in list(drafts):
        if not _to_a_group(d) or d.trigger.sent.end >= len(doc):
            continue
        listed = doc[d.trigger.sent.end].sent
        if not _LISTING.match(listed.text) or listed.root.lemma_.lower() not in ("be", "include"):
            continue
        if any(t.dep_ == "neg" for t in listed):
            continue  # "Among those who did not receive one was B"
        seen: list[Party] = []
        for t in listed:
            p = idx.parties[idx.tok2party[t.i]] if t.i in idx.tok2party else None
            if (
                p is None
                or p.ptype == "org"
                or p.group
                or p is d.sender
                or p in seen
                or not _listed(t, listed.root)
            ):
                continue
            seen.append(p)
            new = Draft(d.kind, t, d.sender, [p])
            new.sentences.extend(x for x in [sentence_span(d.trigger), (listed.start_char, listed.end_char)])
            new.anchors.extend([*d.anchors, *(x.i for x in (d.trigger, d.verb) if x is not None)])
            out.append(new)
        if seen:
            drafts.remove(d)  # the group's act is the listed persons' acts
    return out


def _to_a_group(d: Draft) -> bool:
    """An act in the plural from one writer to addressees named only as a group ("the heads of neighbouring
    states", "several governors")."""
    return (
        d.sender is not None
        and not d.sender.group
        and d.trigger.tag_ in ("NNS", "NNPS")
        and bool(d.recipients)
        and all(r.group or unnamed_many(r) for r in d.recipients)
    )
