"""Write the linked register: entities, communications with their mentions, quotes, demands, flags.

Split from :mod:`lettertrace.link`, which decides what is linked; this module only writes it, in the
order it is given (the canonical order), and breaks every remaining tie (a communication's date,
sender, reply) by that order or by the values themselves.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections import Counter
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from sqlalchemy import insert

from . import search_index
from .extract import datex, intervals
from .link_replies import answered_elsewhere
from .models import DateInterval, Extraction, Quote, date_width
from .resolve import Entity
from .serial import to_plain
from .store import aliases, comm_mentions, communications, demands, entities, flags, quotes

if TYPE_CHECKING:
    from .link import RMention


def write_entities(conn: Any, ents: list[Entity]) -> None:
    for e in ents:
        conn.execute(
            insert(entities).values(
                id=e.id, name=e.name, etype=e.etype, wikidata=e.wikidata, roles=json.dumps(e.roles)
            )
        )
        for alias, kind, rep in e.aliases:
            conn.execute(insert(aliases).values(entity_id=e.id, alias=alias, akind=kind, report_id=rep))


def _comm_id(m: RMention, used: set[str]) -> str:
    """A communication's id, from the content of the first report that tells of it (its digest) and the
    act's place there: the same reports give the same ids wherever their files lie. Two files with the
    same text whose acts stay apart take the report id as well."""
    c_id = "c-" + hashlib.sha1(f"{m.digest}#{m.local}".encode()).hexdigest()[:10]
    if c_id in used or not m.digest:
        c_id = "c-" + hashlib.sha1(f"{m.digest}#{m.report}#{m.local}".encode()).hexdigest()[:10]
    used.add(c_id)
    return c_id


def write_comms(conn: Any, clusters: list[list[int]], ms: list[RMention]) -> dict[tuple[str, int], str]:
    cid: dict[tuple[str, int], str] = {}
    used: set[str] = set()
    for g in clusters:
        first = min((ms[i] for i in g), key=lambda m: m.order)
        c_id = _comm_id(first, used)
        for i in g:
            cid[ms[i].key] = c_id
    elsewhere = answered_elsewhere(clusters, ms)  # "A wrote back to B" answering another report's act
    for n, g in enumerate(clusters):
        members = sorted((ms[i] for i in g), key=lambda m: m.order)
        c_id = cid[members[0].key]
        row = _comm_row(c_id, members, cid)
        if row["in_reply_to"] is None and n in elsewhere:
            row["in_reply_to"] = cid[ms[clusters[elsewhere[n]][0]].key]
        conn.execute(insert(communications).values(**row))
        for m in members:
            _write_mention(conn, c_id, m)
        for fl in _merge_flags(members):
            conn.execute(insert(flags).values(report_id=None, communication_id=c_id, **fl))
    return cid


def _comm_row(c_id: str, members: list[RMention], cid: dict[tuple[str, int], str]) -> dict[str, Any]:
    best = max(members, key=lambda m: (m.sender is not None, len(m.recipients), m.comm.date.known))
    kinds = Counter(m.comm.kind for m in members)
    kind = max(kinds, key=lambda k: (kinds[k], k == "letter"))
    date = _best_date(members)
    reply = None
    for m in members:
        if m.comm.in_reply_to is not None:
            reply = cid.get((m.report, m.comm.in_reply_to))
            break
    return {
        "id": c_id,
        "kind": kind,
        "sender": best.sender,
        "recipients": json.dumps(list(best.recipients)),
        "earliest": date.earliest.isoformat() if date.earliest else None,
        "latest": date.latest.isoformat() if date.latest else None,
        "precision": date.precision,
        "in_reply_to": reply if reply != c_id else None,
        "implied": int(all(m.comm.implied for m in members)),
        "summary": None,
    }


def _best_date(members: list[RMention]) -> DateInterval:
    """The narrowest date the reports state, narrowed by each other report's date that agrees with it.

    The recent-past guess of a report that gives no date counts only when no report states one: a
    guess never narrows nor overrides a date a report gives (an explicit year keeps its year).
    """
    known = [m.comm.date for m in members if m.comm.date.known]
    if not known:
        return members[0].comm.date
    stated = [d for d in known if not intervals.is_guess(d)] or known
    stated.sort(key=lambda d: (date_width(d.earliest, d.latest), d.earliest or dt.date.min))
    out = stated[0]
    for d in stated[1:]:
        both = datex.intersect(out, d)
        if both is not None and both.known:
            out = both
    return out


def _merge_flags(members: list[RMention]) -> list[dict[str, Any]]:
    days = {m.comm.date.earliest for m in members if m.comm.date.precision == "day"}
    out = []
    if len(days) > 1:
        ev = [
            {"report": m.report, "start": s.start, "end": s.end} for m in members for s in m.comm.mentions[:1]
        ]
        msg = "reports disagree on the day: " + ", ".join(sorted(d.isoformat() for d in days if d))
        out.append({"code": "merge_conflict", "message": msg, "evidence": json.dumps(ev)})
    kinds = {m.comm.kind for m in members}
    if len(kinds) > 1:
        ev = [
            {"report": m.report, "start": m.comm.mentions[0].start, "end": m.comm.mentions[0].end}
            for m in members
            if m.comm.mentions
        ]
        out.append(
            {
                "code": "kind_differs",
                "message": "reports call it " + " / ".join(sorted(kinds)),
                "evidence": json.dumps(ev),
            }
        )
    return out


def _write_mention(conn: Any, c_id: str, m: RMention) -> None:
    c = m.comm
    first = c.mentions[0] if c.mentions else None
    ft = c.full_text.span if c.full_text is not None else None
    conn.execute(
        insert(comm_mentions).values(
            communication_id=c_id,
            report_id=m.report,
            local_idx=m.local,
            data=json.dumps(to_plain(c)),
            start=first.start if first else 0,
            end=first.end if first else 0,
            full_start=ft.start if ft else None,
            full_end=ft.end if ft else None,
        )
    )
    for fl in c.flags:
        ev = [{"report": m.report, "start": s.start, "end": s.end} for s in fl.evidence]
        conn.execute(
            insert(flags).values(
                report_id=m.report,
                communication_id=c_id,
                code=fl.code,
                message=fl.message,
                evidence=json.dumps(ev),
            )
        )


def write_quotes(
    conn: Any,
    exs: list[tuple[str, str, str, Extraction]],
    emap: dict[tuple[str, str], str],
    cid: dict[tuple[str, int], str],
) -> None:
    for rid, _src, _txt, ex in exs:
        for kind, items in (("quote", ex.quotes), ("paraphrase", ex.paraphrases)):
            for q in items:
                _write_quote(conn, rid, kind, q, emap, cid)
        for n, d in enumerate(ex.demands):
            comm = cid.get((rid, d.communication)) if d.communication is not None else None
            conn.execute(
                insert(demands).values(
                    id=f"{rid}-d{n}",
                    report_id=rid,
                    communication_id=comm,
                    start=d.span.start,
                    end=d.span.end,
                    text=d.text,
                )
            )
        for fl in ex.flags:
            ev = [{"report": rid, "start": s.start, "end": s.end} for s in fl.evidence]
            conn.execute(
                insert(flags).values(
                    report_id=rid,
                    communication_id=None,
                    code=fl.code,
                    message=fl.message,
                    evidence=json.dumps(ev),
                )
            )


def _write_quote(
    conn: Any, rid: str, kind: str, q: Any, emap: dict[tuple[str, str], str], cid: dict[tuple[str, int], str]
) -> None:
    speaker = emap.get((rid, q.speaker.name)) if q.speaker is not None else None
    comm = cid.get((rid, q.communication)) if q.communication is not None else None
    conn.execute(
        insert(quotes).values(
            id=f"{rid}-{kind[0]}{q.span.start}",
            report_id=rid,
            qkind=kind,
            start=q.span.start,
            end=q.span.end,
            text=q.text,
            speaker=speaker,
            speaker_name=q.speaker.name if q.speaker is not None else None,
            communication_id=comm,
            citation=int(isinstance(q, Quote) and q.citation),
            cue=q.cue,
        )
    )


def write_search(
    conn: Any, exs: list[tuple[str, str, str, Extraction]], published: dict[str, str | None]
) -> None:
    """Index every report and its quotes for search, in the order the reports were published (undated
    first): the last written are the newest (``search_index``)."""

    def rows() -> Iterator[tuple[str, str, str, str]]:
        for rid, _src, txt, ex in sorted(exs, key=lambda row: (published.get(row[0]) or "", row[0])):
            yield ("report", rid, rid, txt)
            yield from (("quote", f"{rid}-q{q.span.start}", rid, q.text) for q in ex.quotes)

    search_index.write(conn, rows())
