"""Link reports of the same communication and rebuild the register tables.

The register is rebuilt from the stored report facts (no report is re-processed), in one
transaction, deterministically: the same corpus gives the same ids.

Two mentions in different reports are one communication when their kinds agree (letter and
message are one class, a call another), their parties resolve to the same entities (calls in
either direction), their date intervals are compatible, and their content agrees: a shared
quote, the same passage in another translation (lexical similarity of the content, or sentence
embeddings of it, :mod:`lettertrace.embed`), or the same known day.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, insert, text

from . import embed
from .extract import datex
from .models import CommMention, DateInterval, Extraction, Paraphrase, Quote
from .resolve import Entity, Member, epithet_aliases, resolve_entities
from .serial import from_plain, to_plain
from .store import (
    REGISTER_TABLES,
    Store,
    aliases,
    comm_mentions,
    communications,
    demands,
    entities,
    flags,
    quotes,
)

# Content similarity (cosine of content-word stems) above which two mentions with the same
# parties and compatible dates are one letter. Set on the dev corpus: the two English
# translations of one letter score 0.59, while distinct letters between the same parties
# score 0.12-0.35 (benchmarks/linking_similarity.py prints these figures).
SAME_CONTENT = 0.40
# Token F1 at which two quotes count as the same words (the scorer's own quote criterion).
SAME_QUOTE = 0.8


@dataclass
class RMention:
    report: str
    source: str
    local: int
    comm: CommMention
    sender: str | None
    recipients: tuple[str, ...]
    quotes: list[str] = field(default_factory=list)
    content: str = ""

    @property
    def key(self) -> tuple[str, int]:
        return (self.report, self.local)


def relink(store: Store) -> None:
    """Rebuild entities, communications, quotes, demands and flags from the report facts."""
    rows = []
    published: dict[str, str | None] = {}
    for r in store.iter_reports():
        rows.append((r["id"], r["source"], r["clean_text"], json.loads(r["extraction"])))
        published[r["id"]] = r["published"]
    exs = [(rid, src, txt, from_plain(Extraction, ex)) for rid, src, txt, ex in rows]
    members = _members(exs)
    ents, emap = resolve_entities(members)
    for e in ents:  # a role is held at a time: the date of the report that gives it
        for role in e.roles:
            role["as_of"] = published.get(str(role.get("report")))
    _add_epithets(ents, exs)
    mentions = _mentions(exs, emap)
    clusters = cluster_mentions(mentions)
    with store.begin() as conn:
        for t in REGISTER_TABLES:
            conn.execute(delete(t))
        conn.execute(text("DELETE FROM search_fts"))
        _write_entities(conn, ents)
        cid = _write_comms(conn, clusters, mentions)
        _write_quotes(conn, exs, emap, cid)
        _write_search(conn, exs)


def _members(exs: list[tuple[str, str, str, Extraction]]) -> list[Member]:
    out = []
    for rid, _src, _txt, ex in exs:
        seen = set()
        for p in ex.parties:
            out.append(Member(rid, p))
            seen.add(p.name)
        for c in ex.communications:
            for party in [c.sender, *c.recipients]:
                if party is not None and party.name not in seen:
                    out.append(Member(rid, party))
                    seen.add(party.name)
        said: list[Quote | Paraphrase] = [*ex.quotes, *ex.paraphrases]
        for q in said:
            if q.speaker is not None and q.speaker.name not in seen:
                out.append(Member(rid, q.speaker))
                seen.add(q.speaker.name)
    return out


def _add_epithets(ents: list[Entity], exs: list[tuple[str, str, str, Extraction]]) -> None:
    by_name = {e.name: e for e in ents}
    for rid, _src, txt, ex in exs:
        if not ex.communications:
            continue
        for state, form in epithet_aliases(txt):
            e = by_name.get(state)
            if e is None:
                e = Entity("e-" + re.sub(r"[^a-z]+", "-", state.lower()).strip("-"), state, "state")
                ents.append(e)
                by_name[state] = e
            if (form, "epithet", rid) not in e.aliases:
                e.aliases.append((form, "epithet", rid))


def _mentions(
    exs: list[tuple[str, str, str, Extraction]], emap: dict[tuple[str, str], str]
) -> list[RMention]:
    out = []
    for rid, src, txt, ex in exs:
        for i, c in enumerate(ex.communications):
            sender = emap.get((rid, c.sender.name)) if c.sender else None
            recips = tuple(emap[(rid, r.name)] for r in c.recipients if (rid, r.name) in emap)
            qs = [q.text for q in ex.quotes if q.communication == i]
            qs += [p.text for p in ex.paraphrases if p.communication == i]
            body = " ".join(qs)
            if c.full_text is not None:
                body += " " + txt[c.full_text.span.start : c.full_text.span.end]
            if not body.strip():
                body = " ".join(txt[s.start : s.end] for s in c.mentions)
            out.append(RMention(rid, src, i, c, sender, recips, qs, body))
    return out


# ---------------------------------------------------------------- clustering


def _kind_class(k: str) -> str:
    return "call" if k == "call" else "written"


def same_parties(a: RMention, b: RMention) -> bool:
    """Both mentions name the same sender and recipients (calls: the same two sides)."""
    if _kind_class(a.comm.kind) != _kind_class(b.comm.kind) or a.sender is None or b.sender is None:
        return False
    if a.comm.kind == "call" or b.comm.kind == "call":
        return {a.sender, *a.recipients} == {b.sender, *b.recipients}
    return a.sender == b.sender and bool(set(a.recipients) & set(b.recipients))


def dates_compatible(a: DateInterval, b: DateInterval) -> bool:
    """The two intervals overlap (unknown bounds are open)."""
    return datex.intersect(a, b) is not None


def link_score(a: RMention, b: RMention) -> float:
    """How strongly two mentions are one communication (0: not at all)."""
    if a.report == b.report or not same_parties(a, b) or not dates_compatible(a.comm.date, b.comm.date):
        return 0.0
    if any(token_f1(x, y) >= SAME_QUOTE for x in a.quotes for y in b.quotes):
        return 1.0
    da, db = a.comm.date, b.comm.date
    if da.precision == "day" and db.precision == "day" and da.earliest == db.earliest:
        return 0.9
    if not (a.content.strip() and b.content.strip()):
        return 0.0
    sim = cosine(a.content, b.content)
    if sim >= SAME_CONTENT:
        return sim
    # The same passage in another translation: sentence embeddings (None: model not installed).
    emb = embed.similarity(a.content, b.content)
    return emb if emb is not None and emb >= embed.SAME_PASSAGE else 0.0


def cluster_mentions(ms: list[RMention]) -> list[list[int]]:
    """Group mention indices into communications (greedy, strongest links first, one mention per report)."""
    pairs = []
    blocks: dict[tuple[str, str | None], list[int]] = {}
    for n, m in enumerate(ms):  # only mentions with the same sender (calls: either side) can be one act
        keys = {m.sender, *m.recipients} if m.comm.kind == "call" else {m.sender}
        for key in keys:
            blocks.setdefault((_kind_class(m.comm.kind), key), []).append(n)
    candidates = {
        (min(i, j), max(i, j)) for idxs in blocks.values() for x, i in enumerate(idxs) for j in idxs[x + 1 :]
    }
    for i, j in sorted(candidates):
        s = link_score(ms[i], ms[j])
        if s > 0:
            pairs.append((-s, i, j))
    pairs.sort()
    group = {i: {i} for i in range(len(ms))}
    for _s, i, j in pairs:
        gi, gj = group[i], group[j]
        if gi is gj or {ms[k].report for k in gi} & {ms[k].report for k in gj}:
            continue
        if not all(dates_compatible(ms[a].comm.date, ms[b].comm.date) for a in gi for b in gj):
            continue
        gi |= gj
        for k in gj:
            group[k] = gi
    seen, out = set(), []
    for i in range(len(ms)):
        g = group[i]
        if id(g) not in seen:
            seen.add(id(g))
            out.append(sorted(g))
    return _merge_sole_pairs(out, ms)


def _signature(m: RMention) -> tuple[str, frozenset[str | None]] | None:
    if m.sender is None or m.comm.implied:
        return None
    if m.comm.kind == "call":
        return ("call", frozenset({m.sender, *m.recipients}))
    return ("written:" + m.sender, frozenset(m.recipients))


def _merge_sole_pairs(clusters: list[list[int]], ms: list[RMention]) -> list[list[int]]:
    """Two clusters that are the only accounts of correspondence between the same parties, from different
    reports and with compatible dates, are one communication told twice (different wording, no shared quote)."""
    by_sig: dict[tuple[str, frozenset[str | None]], list[int]] = {}
    for n, g in enumerate(clusters):
        sig = _signature(ms[g[0]])
        if sig is not None:
            by_sig.setdefault(sig, []).append(n)
    drop: set[int] = set()
    for idxs in by_sig.values():
        if len(idxs) != 2:
            continue
        a, b = clusters[idxs[0]], clusters[idxs[1]]
        if {ms[k].report for k in a} & {ms[k].report for k in b}:
            continue
        if all(dates_compatible(ms[x].comm.date, ms[y].comm.date) for x in a for y in b):
            a.extend(b)
            a.sort()
            drop.add(idxs[1])
    return [g for n, g in enumerate(clusters) if n not in drop]


# ---------------------------------------------------------------- text similarity

_STOP = set(
    "the a an and or of to in on for with by from at as is are was were be been being this that these those it its "
    "his her their our your my we you they he she i them us him not no but also which who whom whose what when where "
    "all any some such than then there here have has had do does did will would shall should can could may might "
    "must into over under about against between through during before after above below up down out off again "
    "further once very more most other same so too only own just".split()
)


def _stems(s: str) -> Counter[str]:
    words = re.findall(r"[a-z]{3,}", s.lower())
    return Counter(w[:6] for w in words if w not in _STOP)


def cosine(a: str, b: str) -> float:
    """Cosine similarity of the content-word stems of two texts."""
    ca, cb = _stems(a), _stems(b)
    if not ca or not cb:
        return 0.0
    dot = sum(v * cb.get(k, 0) for k, v in ca.items())
    return dot / (math.sqrt(sum(v * v for v in ca.values())) * math.sqrt(sum(v * v for v in cb.values())))


def token_f1(a: str, b: str) -> float:
    """Token F1 of two quotes after normalisation."""
    ta, tb = re.findall(r"[a-z0-9]+", a.lower()), re.findall(r"[a-z0-9]+", b.lower())
    if not ta or not tb:
        return 0.0
    common = sum((Counter(ta) & Counter(tb)).values())
    if common == 0:
        return 0.0
    p, r = common / len(tb), common / len(ta)
    return 2 * p * r / (p + r)


# ---------------------------------------------------------------- writing


def _write_entities(conn: Any, ents: list[Entity]) -> None:
    for e in ents:
        conn.execute(
            insert(entities).values(
                id=e.id, name=e.name, etype=e.etype, wikidata=e.wikidata, roles=json.dumps(e.roles)
            )
        )
        for alias, kind, rep in e.aliases:
            conn.execute(insert(aliases).values(entity_id=e.id, alias=alias, akind=kind, report_id=rep))


def _comm_id(m: RMention) -> str:
    return "c-" + hashlib.sha1(f"{m.source}#{m.local}".encode()).hexdigest()[:10]


def _write_comms(conn: Any, clusters: list[list[int]], ms: list[RMention]) -> dict[tuple[str, int], str]:
    cid: dict[tuple[str, int], str] = {}
    for g in clusters:
        first = min((ms[i] for i in g), key=lambda m: (m.source, m.local))
        for i in g:
            cid[ms[i].key] = _comm_id(first)
    for g in clusters:
        members = [ms[i] for i in g]
        c_id = cid[members[0].key]
        conn.execute(insert(communications).values(**_comm_row(c_id, members, cid)))
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
    known = [m.comm.date for m in members if m.comm.date.known]
    if not known:
        return members[0].comm.date
    rank = {"day": 0, "month": 1, "year": 2, "unknown": 3}
    known.sort(key=lambda d: rank[d.precision])
    out = known[0]
    for d in known[1:]:
        both = datex.intersect(out, d)
        if both is not None and both.known:
            out = both if rank[both.precision] <= rank[out.precision] else out
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


def _write_quotes(
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


def _write_search(conn: Any, exs: list[tuple[str, str, str, Extraction]]) -> None:
    for rid, _src, txt, ex in exs:
        conn.execute(
            text("INSERT INTO search_fts (kind, ref, report, body) VALUES ('report', :r, :r, :b)"),
            {"r": rid, "b": txt},
        )
        for q in ex.quotes:
            conn.execute(
                text("INSERT INTO search_fts (kind, ref, report, body) VALUES ('quote', :q, :r, :b)"),
                {"q": f"{rid}-q{q.span.start}", "r": rid, "b": q.text},
            )
