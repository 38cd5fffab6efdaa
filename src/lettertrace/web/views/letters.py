"""The letters table (facets and full-text search) and the page of one letter."""

from __future__ import annotations

from collections import Counter
from typing import Any

from ... import query
from ..highlight import windows
from ..pages import NotFound, page
from ..register_view import RegisterView, report_ids, sort_key, years

FACETS = ("party", "kind", "year", "outlet")


@page("/", "letters.html", json_path="/letters.json")
def letters(
    reg: RegisterView,
    q: str | None = None,
    party: str | None = None,
    kind: str | None = None,
    year: str | None = None,
    outlet: str | None = None,
) -> dict[str, Any]:
    """Letters, messages and calls."""
    given = {"q": q, "party": party, "kind": kind, "year": year, "outlet": outlet}
    filters = {k: v.strip() for k, v in given.items() if v and v.strip()}
    comms = sorted(filter_letters(reg, filters), key=sort_key)
    return {
        "filters": filters,
        "total": len(reg.comms),
        "count": len(comms),
        "facets": {name: facet(reg, comms, name, filters.get(name)) for name in FACETS},
        "letters": [reg.letter_row(c) for c in comms],
        "search": search_hits(reg, filters["q"]) if "q" in filters else None,
    }


def facet_values(reg: RegisterView, c: dict[str, Any], name: str) -> dict[str, str]:
    """Value -> label of facet ``name`` for communication ``c``."""
    if name == "party":
        ids = [c["sender"], *c["recipients"]]
        return {e: reg.party(e)["name"] for e in ids if e}
    if name == "kind":
        return {c["kind"]: c["kind"]}
    if name == "year":
        return {y: y for y in years(c)}
    return {o: o for o in reg.outlets(c)}


def facet(
    reg: RegisterView, comms: list[dict[str, Any]], name: str, selected: str | None
) -> list[dict[str, Any]]:
    """Options of one facet over ``comms``: value, label, count, selected (most frequent first)."""
    counts: Counter[str] = Counter()
    labels: dict[str, str] = {}
    for c in comms:
        vals = facet_values(reg, c, name)
        counts.update(vals.keys())
        labels.update(vals)
    if selected and selected not in counts:
        labels[selected] = reg.party(selected)["name"] if selected in reg.entities else selected
    opts = [{"value": v, "label": labels[v], "count": counts[v], "selected": v == selected} for v in labels]
    order = (lambda o: o["value"]) if name == "year" else (lambda o: (-o["count"], o["label"].lower()))
    return sorted(opts, key=order)


def filter_letters(reg: RegisterView, filters: dict[str, str]) -> list[dict[str, Any]]:
    """Communications matching every facet filter and the search words."""
    comms = list(reg.comms.values())
    for name in FACETS:
        if name in filters:
            comms = [c for c in comms if facet_match(reg, c, name, filters[name])]
    if "q" in filters:
        refs = query.search_refs(reg.store, filters["q"])
        comms = [c for c in comms if letter_matches(reg, c, refs, filters["q"])]
    return comms


def facet_match(reg: RegisterView, c: dict[str, Any], name: str, value: str) -> bool:
    """Whether ``c`` has ``value`` for facet ``name`` (a party may also be given by name or alias)."""
    vals = facet_values(reg, c, name)
    if name == "party" and value not in reg.entities:
        return bool(reg.party_ids(value) & vals.keys())
    return value in vals


def letter_matches(reg: RegisterView, c: dict[str, Any], refs: set[str], words: str) -> bool:
    """A report or quote of ``c`` matches the search, or every word is in its kind or parties' names."""
    if refs & set(report_ids(c)) or any(q["id"] in refs for q in reg.quotes if q["communication"] == c["id"]):
        return True
    blob = " ".join(
        [c["id"], c["kind"], *(reg.party(e)["name"] for e in [c["sender"], *c["recipients"]])]
    ).lower()
    return all(w in blob for w in words.lower().split())


def search_hits(reg: RegisterView, words: str) -> dict[str, Any]:
    """Reports and quotes matching the search words (SQLite FTS5)."""
    refs = query.search_refs(reg.store, words)
    return {
        "reports": [reg.doc_row(r) for r in reg.docs if r in refs],
        "quotes": [q for q in reg.quotes if q["id"] in refs],
    }


@page("/letters/{cid}", "letter.html")
def letter(reg: RegisterView, cid: str) -> dict[str, Any]:
    """One communication with its evidence."""
    c = reg.comms.get(cid)
    if c is None:
        raise NotFound(f"no communication {cid!r} in the register")
    chain = [x for x in query.reply_chain(cid, reg.comms)[1:] if x in reg.comms]
    return {
        "letter": reg.letter_row(c),
        "chain": [reg.letter_row(reg.comms[x]) for x in chain],
        "replies": [reg.letter_row(r) for r in reg.comms.values() if r["in_reply_to"] == cid],
        "flags": c["flags"],
        "quotes": [q for q in reg.quotes if q["communication"] == cid],
        "paraphrases": [q for q in reg.paraphrases if q["communication"] == cid],
        "demands": c["demands"],
        "reports": [report_evidence(reg, c, rid) for rid in report_ids(c)],
    }


def report_evidence(reg: RegisterView, c: dict[str, Any], rid: str) -> dict[str, Any]:
    """One report carrying ``c``: what it says, its text, the spans to mark and excerpt windows."""
    text = reg.texts.get(rid, "")
    spans = letter_spans(reg, c, rid)
    ev = next((e for e in c["evidence"] if e["document"] == rid), None)
    return {
        "report": reg.doc_row(rid),
        "as_reported": ev and {k: ev[k] for k in ("sender", "recipients", "kind", "date")},
        "spans": spans,
        "excerpts": windows(text, [s for s in spans if s["kind"] != "fulltext"]),
        "text": text,
    }


def letter_spans(reg: RegisterView, c: dict[str, Any], rid: str) -> list[dict[str, Any]]:
    """Spans of report ``rid`` that carry ``c``: evidence, date, flags, quotes, demands, full text."""
    spans = [{**m, "kind": "evidence"} for m in c["mentions"] if m["document"] == rid]
    for ev in (e for e in c["evidence"] if e["document"] == rid):
        spans += [{**s, "kind": "evidence"} for s in ev["spans"]]
        if (ev["date"] or {}).get("span"):
            spans.append({**ev["date"]["span"], "kind": "date"})
    spans += [{**e, "kind": "flag"} for f in c["flags"] for e in f["evidence"] if e.get("report") == rid]
    spans += [
        {"start": q["start"], "end": q["end"], "kind": "quote"}
        for q in reg.quotes
        if q["communication"] == c["id"] and q["document"] == rid
    ]
    spans += [{**d, "kind": "demand"} for d in c["demands"] if d["document"] == rid]
    spans += [{**f, "kind": "fulltext"} for f in c["full_texts"] if f["document"] == rid]
    return [{"start": s["start"], "end": s["end"], "kind": s["kind"]} for s in spans]
