"""Answers whose answered act another report tells: a communication its own reports tell as an answer
("A wrote back to B", "in reply, A ...") to nothing they tell answers the latest act from its addressee to
its writer that the register holds, dated no later than it and at most :data:`REACH` days before."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from .models import DateInterval

if TYPE_CHECKING:
    from .link import RMention

REACH = 120  # days: an answer comes within months of what it answers


def answered_elsewhere(clusters: list[list[int]], ms: list[RMention]) -> dict[int, int]:
    """For each cluster (its index in ``clusters``) told as an answer to an untold act, the cluster it
    answers. Clusters are in the canonical order, which breaks ties between acts of one day."""
    sides = [_sides(g, ms) for g in clusters]
    out: dict[int, int] = {}
    for i, g in enumerate(clusters):
        if not any(ms[k].comm.answers for k in g) or any(ms[k].comm.in_reply_to is not None for k in g):
            continue
        writer, to, day = sides[i]
        if writer is None or not to or day is None:
            continue
        answered = [
            (day_j, j)
            for j, (w, t, day_j) in enumerate(sides)
            if j != i
            and w in to
            and writer in t
            and day_j is not None
            and dt.timedelta(0) <= day - day_j <= dt.timedelta(days=REACH)
        ]
        if answered:
            out[i] = max(answered, key=lambda x: (x[0], -x[1]))[1]
    return out


def _sides(g: list[int], ms: list[RMention]) -> tuple[str | None, tuple[str, ...], dt.date | None]:
    """Writer, addressees and latest possible day of a cluster, as its best-stated mention gives them."""
    best = max((ms[k] for k in g), key=lambda m: (m.sender is not None, len(m.recipients), m.comm.date.known))
    return best.sender, best.recipients, _latest(best.comm.date)


def _latest(d: DateInterval) -> dt.date | None:
    return d.latest if d.known and d.latest is not None else None
