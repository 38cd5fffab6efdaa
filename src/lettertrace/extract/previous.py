"""'The request followed a previous letter dated 3 March, which is hereby withdrawn': a letter told as an
earlier one ('a previous letter', 'an earlier message', 'a prior letter'), naming neither writer nor
addressee, is an earlier letter between the parties of the letter told just before it (in its sentence or
the three before); it is another act, not that letter again."""

from __future__ import annotations

from ..nlp import sent_number
from .draft import Draft

EARLIER = frozenset({"previous", "earlier", "prior"})


def earlier_letters(drafts: list[Draft]) -> None:
    """Give each such letter the parties of the letter told before it (the list is changed in place)."""
    for d in drafts:
        if d.kind_class != "written" or d.sender is not None or d.recipients:
            continue
        if not any(c.dep_ == "amod" and c.lower_ in EARLIER for c in d.trigger.children):
            continue
        told = [
            e
            for e in drafts
            if e.trigger.i < d.trigger.i
            and e.kind_class == "written"
            and e.sender is not None
            and e.recipients
            and sent_number(d.trigger) - sent_number(e.trigger) <= 3
        ]
        if told:
            e = max(told, key=lambda x: x.trigger.i)
            d.sender, d.recipients, d.distinct = e.sender, list(e.recipients), True
