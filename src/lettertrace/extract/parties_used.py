"""The parties a report's extraction keeps: those of its letters, calls and quotes, and every person it
names in full, each with the forms the report writes it in."""

from __future__ import annotations

from .. import names
from ..models import PartyMention
from .draft import Draft
from .index import PartyIndex
from .role_forms import role_forms
from .seen_forms import seen_forms, with_seen
from .surface_forms import as_written


def used_names(drafts: list[Draft], qs: list, paras: list) -> set[str]:  # type: ignore[type-arg]
    """Names of the parties of the report's letters and of its quotes' speakers."""
    out = {p.name for d in drafts for p in [d.sender, *d.recipients] if p is not None}
    return out | {q.speaker.name for q in [*qs, *paras] if q.speaker is not None}


def _parties_used(idx: PartyIndex, drafts: list[Draft], qs: list, paras: list) -> list[PartyMention]:  # type: ignore[type-arg]
    names_used = used_names(drafts, qs, paras)
    named = {p.name for p in idx.live() if p.ptype == "person" and len(names.core_tokens(p.name)) >= 2}
    text = idx.doc.text
    runs: dict[int, list[tuple[int, int]]] = {}
    for i in sorted(idx.tok2party):
        key = idx.parties[idx.tok2party[i]].key
        spans = runs.setdefault(key, [])
        if spans and spans[-1][1] == i:
            spans[-1] = (spans[-1][0], i + 1)
        else:
            spans.append((i, i + 1))
    out = []
    for p in idx.live():
        if p.name in names_used or p.name in named:
            party = as_written(p.full(), text)
            seen = seen_forms(idx.doc, runs.get(p.key, []), party)
            described = tuple(
                f for f in role_forms(idx.doc, p.key) if f not in seen and f not in party.aliases
            )
            out.append(with_seen(party, seen + described))
    return out
