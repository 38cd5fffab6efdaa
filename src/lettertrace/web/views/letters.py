"""The letters table (facets, date range, search with snippets, sort, paging, downloads) and the page of
one letter (who, to whom, when and the sentence that says so first; every fact linked to its span)."""

from __future__ import annotations

import heapq
from collections import Counter
from dataclasses import replace
from typing import Any

from sqlalchemy import select

from ... import query, search_index
from ...export.register_data import quotes_of, quotes_where
from ...store import communications as cm
from ...store import quotes as qt
from ..display import when
from ..downloads import Values
from ..highlight import windows
from ..history import history
from ..letter_query import FACETS, SORTS, LetterQuery, Matched, Search, match, page_of, parse
from ..pages import NotFound, page
from ..register_view import MAX_SEARCHES, RegisterView, report_ids

KINDS = ("letter", "message", "call")
# Values a facet lists at most (the years apart): a register of 50,000 parties cannot list them all in a
# menu, and each costs the page its link. A value chosen is listed whatever its rank.
MAX_OPTIONS = 200
SEARCH_SHOWN = 20  # matching reports and quotes listed under the table (the letters are all in it)


@page("/", "letters.html", json_path="/letters.json")
def letters(
    reg: RegisterView,
    q: str | None = None,
    party: Values = None,
    kind: Values = None,
    year: Values = None,
    outlet: Values = None,
    since: str | None = None,
    until: str | None = None,
    sort: str | None = None,
    after: str | None = None,
    limit: str | None = None,
    count: str | None = None,
) -> dict[str, Any]:
    """Letters, messages and calls."""
    lq = parse(q, party, kind, year, outlet, since, until, sort, after, limit, count)
    m = match(reg, lq)
    shown, nxt = page_of(reg, m, lq)
    return {
        "filters": filters_of(lq),
        "chips": chips(reg, lq),
        "total": reg.total,
        "count": m.count,
        "shown": len(shown),
        "sort": lq.sort,
        "sorts": [{"value": k, "label": v, "selected": k == lq.sort} for k, v in SORTS.items()],
        "limit": lq.limit,
        "facets": facets(reg, m, lq),
        **timed_out(m, lq),
        "letters": [reg.letter_row(c) for c in shown],
        "paging": paging(lq, nxt),
        "downloads": {
            "csv": lq.url("/letters.csv"),
            "cmif": lq.url("/letters.xml"),
            "json": lq.url("/letters.json"),
        },
        "search": search_view(reg, m.search) if m.search else None,
    }


def filters_of(lq: LetterQuery) -> dict[str, Any]:
    """The filters given: the search words and dates as strings, each facet as its list of values."""
    out: dict[str, Any] = {k: v for k, v in (("q", lq.q), ("since", lq.since), ("until", lq.until)) if v}
    out.update({name: list(vals) for name, vals in lq.facets.items() if vals})
    if lq.count_all:
        out["count"] = "all"
    return out


def chip_label(reg: RegisterView, name: str, value: str) -> str:
    """What a filter chip says: a party by its name (an id is never shown raw; a name with the entities
    it takes), and a value nothing in the register has says so, so that a typo never looks like an
    empty answer."""
    if name == "party":
        if value in reg.names:
            return reg.names[value][0]
        ids = reg.party_ids(value)
        found = sorted(reg.names[i][0] for i in ids if i in reg.names)
        if not found:
            return f"{value} (no such party)"
        return f"{value} ({', '.join(found)})" if found != [value] else value
    if name == "kind" and value.casefold() not in KINDS:
        return f"{value} (no such kind: {', '.join(KINDS)})"
    return value


def chips(reg: RegisterView, lq: LetterQuery, path: str = "/") -> list[dict[str, str]]:
    """One chip per filter value: what it is, its label and the URL of ``path`` without it."""
    out = []
    if lq.q:
        out.append({"name": "q", "value": lq.q, "label": f"“{lq.q}”", "remove": lq.without("q").url(path)})
    for name in FACETS:
        for v in lq.facets.get(name, ()):
            label = chip_label(reg, name, v)
            out.append({"name": name, "value": v, "label": label, "remove": lq.without(name, v).url(path)})
    for name, word in (("since", "from"), ("until", "until")):
        if v := getattr(lq, name):
            remove = lq.without(name).url(path)
            out.append({"name": name, "value": v, "label": f"{word} {v}", "remove": remove})
    return out


def facets(
    reg: RegisterView, m: Matched, lq: LetterQuery, path: str = "/"
) -> dict[str, list[dict[str, Any]]]:
    """Each facet's options over the letters its own filter leaves out of account (links to ``path``); of
    a facet not counted in time, its chosen values alone, with no count."""
    return {
        name: uncounted(reg, name, lq, path)
        if name in m.timed_out
        else facet(reg, m.facet_counts[name], name, lq, path, m.ranked)
        for name in FACETS
    }


def uncounted(reg: RegisterView, name: str, lq: LetterQuery, path: str = "/") -> list[dict[str, Any]]:
    """The options of a facet not counted in time: the values chosen (so that the form keeps them)."""
    return [
        {
            "value": v,
            "label": chip_label(reg, name, v),
            "count": None,
            "selected": True,
            "url": lq.toggled(name, v).url(path),
        }
        for v in lq.facets.get(name, ())
    ]


def timed_out(m: Matched, lq: LetterQuery, path: str = "/") -> dict[str, Any]:
    """The facets not counted in time (``letter_query.FACET_TIME_LIMIT_MS``) and the URL that counts them."""
    again = replace(lq, count_all=True, after="").url(path, paging=True) if m.timed_out else None
    return {"facets_timed_out": list(m.timed_out), "count_all": again}


def facet(
    reg: RegisterView,
    counts: Counter[str],
    name: str,
    lq: LetterQuery,
    path: str = "/",
    memo: dict[str, list[str]] | None = None,
) -> list[dict[str, Any]]:
    """Options of one facet (``counts``: value -> letters): value, label, count, selected and the URL
    that adds or removes it. Every year; of the other facets the ``MAX_OPTIONS`` values with the most
    letters, and every value chosen (``memo``: where the ranking of these counts is kept)."""
    given = lq.facets.get(name, ())
    chosen = {v.casefold() for v in given}
    ids = set().union(*(reg.party_ids(v) for v in given)) if name == "party" else set()

    def selected(v: str) -> bool:
        return v.casefold() in chosen or v in ids

    shown = ranked(reg, counts, name, memo)
    labels = {v: reg.party(v)["name"] if name == "party" else v for v in sorted(shown)}
    if chosen:  # every value chosen is listed, and one nothing has says so
        listed = set(shown)
        folded = {v.casefold(): v for v in counts if counts[v]}
        more = {folded[c] for c in chosen if c in folded} | {v for v in ids if counts[v]}
        labels.update((v, reg.party(v)["name"] if name == "party" else v) for v in sorted(more - listed))
        for v in given:
            if v.casefold() not in folded and not any(x.casefold() == v.casefold() for x in labels):
                labels[v] = chip_label(reg, name, v)
    opts = [
        {
            "value": v,
            "label": labels[v],
            "count": counts[v],
            "selected": selected(v),
            "url": lq.toggled(name, v).url(path),
        }
        for v in labels
    ]
    order = (lambda o: o["value"]) if name == "year" else (lambda o: (-o["count"], o["label"].lower()))
    return sorted(opts, key=order)


def ranked(
    reg: RegisterView, counts: Counter[str], name: str, memo: dict[str, list[str]] | None = None
) -> list[str]:
    """The values of a facet it lists: every year; else the ``MAX_OPTIONS`` with the most letters (ties by
    label, then value). Those of the whole register are ranked once per state of it, others once per
    ``memo`` (a query's, kept with its counts)."""
    if name == "year":
        return sorted(v for v in counts if counts[v])
    if counts is reg.snap.facet_counts(name):
        memo = reg.snap.ranked
    if memo is not None and name in memo:
        return list(memo[name])

    def key(v: str) -> tuple[int, str, str]:
        return (-counts[v], (reg.party(v)["name"] if name == "party" else v).lower(), v)

    # those with fewer letters than the ``MAX_OPTIONS``-th most cannot be listed: only the others are
    # ranked by the whole key (a party's name read for each), not every value of a facet of 50,000
    floor = heapq.nlargest(MAX_OPTIONS, counts.values())[-1:] or [1]
    top = heapq.nsmallest(MAX_OPTIONS, (v for v, n in counts.items() if n and n >= floor[0]), key=key)
    if memo is not None:
        memo[name] = top
    return list(top)


def paging(lq: LetterQuery, nxt: str | None) -> dict[str, Any]:
    """Links to the next page (keyset cursor) and back to the first."""
    more = replace(lq, after=nxt) if nxt else None
    return {
        "next_cursor": nxt,
        "next": more.url(paging=True) if more else None,
        "next_json": more.url("/letters.json", paging=True) if more else None,
        "first": replace(lq, after="").url(paging=True) if lq.after else None,
    }


def segments(snippet: str) -> list[dict[str, Any]]:
    """An FTS5 snippet as text pieces, each saying whether it is a matched word."""
    out, hit = [], False
    for part in snippet.replace(query.HIT_CLOSE, query.HIT_OPEN).split(query.HIT_OPEN):
        if part:
            out.append({"text": part, "hit": hit})
        hit = not hit
    return out


def search_view(reg: RegisterView, s: Search) -> dict[str, Any]:
    """The reports and quotes a search finds, best first, with snippets (the first ``SEARCH_SHOWN`` of
    each: the hits are counted in the index and only those shown are read; of a kind with more than
    ``search_index.RANKED`` hits, the best of its newest), and the entities it also stands for; kept per
    state of the register for the last few searches."""
    held = reg.snap.search_views.get(s.match)
    if held is None:
        held = _search_view(reg, s)
        if len(reg.snap.search_views) >= MAX_SEARCHES:
            reg.snap.search_views.clear()
        reg.snap.search_views[s.match] = held
    return {**held, "words": s.words, "also": [{"id": e["id"], "name": e["name"]} for e in s.entities]}


def _search_view(reg: RegisterView, s: Search) -> dict[str, Any]:
    counts = query.search_counts(reg.store, s.match)  # the FTS index holds the register's as last linked
    quotes: dict[str, dict[str, Any]] = {}

    def exists(hits: list[dict[str, Any]]) -> list[bool]:  # a report of the register, a quote (no paraphrase)
        refs = [h["ref"] for h in hits]
        if hits and hits[0]["kind"] == "report":
            reg.prefetch_docs(refs)
            return [reg.doc(r) is not None for r in refs]
        with reg.store.connect() as conn:
            found = quotes_where(conn, (qt.c.qkind == "quote") & qt.c.id.in_(refs))
        quotes.update((q["id"], q) for q in found)
        return [r in quotes for r in refs]

    firsts = query.search_firsts(reg.store, s.match, exists, SEARCH_SHOWN)
    reg.prefetch_docs(h["report"] for h in firsts["quote"])
    return {
        "report_count": counts.get("report", 0),
        "quote_count": counts.get("quote", 0),
        "report_ranked": min(counts.get("report", 0), search_index.RANKED),
        "quote_ranked": min(counts.get("quote", 0), search_index.RANKED),
        "reports": [{**reg.doc_row(h["ref"]), "snippet": segments(h["snippet"])} for h in firsts["report"]],
        "quotes": [
            {**quotes[h["ref"]], "snippet": segments(h["snippet"]), "report": reg.doc_row(h["report"])}
            for h in firsts["quote"]
        ],
    }


# ------------------------------------------------------------------ one letter


@page("/letters/{cid}", "letter.html")
def letter(reg: RegisterView, cid: str) -> dict[str, Any]:
    """One communication with its evidence."""
    c = reg.letters([cid]).get(cid)
    if c is None:
        raise NotFound(f"no communication {cid!r} in the register")
    row = reg.letter_row(c)
    known = answered(reg, c)
    chain = [x for x in query.reply_chain(cid, known)[1:] if x in known]
    rids = report_ids(c)
    with reg.store.connect() as conn:
        replies = list(conn.execute(select(cm.c.id).where(cm.c.in_reply_to == cid)).scalars())
        said = {"quotes": quotes_of(conn, cid), "paraphrases": quotes_of(conn, cid, "paraphrase")}
    reg.prefetch_docs([*rids, *(q["document"] for qs in said.values() for q in qs)])
    return {
        "tab_title": tab_title(row),
        "letter": row,
        "when": when(c),
        "chain": [reg.letter_row(known[x]) for x in chain],
        "replies": [reg.letter_row(r) for r in reg.in_reading_order(list(reg.letters(replies).values()))],
        "flags": [{**f, "href": f"#flag-{i}-0"} for i, f in enumerate(reg.flags(c))],
        "quotes": [_located(reg, q, rids, f"q-{q['id']}") for q in said["quotes"]],
        "paraphrases": [_located(reg, q, rids, f"q-{q['id']}") for q in said["paraphrases"]],
        "demands": [_located(reg, d, rids, demand_id(d)) for d in c["demands"] if d["text"].strip()],
        "reports": [report_evidence(reg, c, rid, said) for rid in rids],
        "corrections": history(reg.store, [cid, *(q["id"] for q in said["quotes"] + said["paraphrases"])]),
    }


def answered(reg: RegisterView, c: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """``c`` and the letters it answers, back through what each answers (as far as ``query.reply_chain``
    follows a chain), read one by one."""
    known = {c["id"]: c}
    nxt = c["in_reply_to"]
    while nxt and nxt not in known and len(known) <= 20:
        found = reg.letters([nxt]).get(nxt)
        if found is None:
            break
        known[nxt] = found
        nxt = found["in_reply_to"]
    return known


def tab_title(row: dict[str, Any]) -> str:
    """The browser tab's title for a letter: kind, parties, date and id (two letters may share the rest)."""
    to = ", ".join(r["name"] for r in row["recipients"])
    return f"{row['kind'].capitalize()} {row['sender']['name']} → {to}, {row['date']['label']} · {row['id']}"


def demand_id(d: dict[str, Any]) -> str:
    """The anchor id of a demand's span."""
    return f"d-{d['document']}-{d['start']}"


def _located(reg: RegisterView, fact: dict[str, Any], rids: list[str], anchor: str) -> dict[str, Any]:
    """A quote or demand with its report and the link to its highlighted span (on this page when the
    report carries the letter, else on the report's page)."""
    doc = fact["document"]
    href = f"#{anchor}" if doc in rids else f"/reports/{doc}#{anchor}"
    return {**fact, "report": reg.doc_row(doc), "anchor": anchor, "href": href}


def report_evidence(
    reg: RegisterView, c: dict[str, Any], rid: str, said: dict[str, list[dict[str, Any]]]
) -> dict[str, Any]:
    """One report carrying ``c``: what it says, the sentences that say so, the excerpts holding its
    quotes, demands and flag evidence, and its whole text with every span marked (``said``: the
    quotes and paraphrases of ``c``)."""
    text = reg.text(rid)
    spans = letter_spans(reg, c, rid, said)
    says = [s for s in spans if s["kind"] in ("evidence", "date")]
    ev = next((e for e in c["evidence"] if e["document"] == rid), None)
    lead = windows(text, says)
    rest = [s for s in spans if s["kind"] != "fulltext" and not _inside(s, lead)]
    return {
        "report": reg.doc_row(rid),
        "as_reported": ev and {k: ev[k] for k in ("sender", "recipients", "kind", "date")},
        "spans": spans,
        "excerpts": [{**w, "spans": _anchored(spans, lead)} for w in lead],
        "more": [{**w, "spans": _anchored(spans, [], rest)} for w in windows(text, rest)],
        "text": text,
    }


def _inside(s: dict[str, Any], wins: list[dict[str, int]]) -> bool:
    return any(w["start"] <= s["start"] and s["end"] <= w["end"] for w in wins)


def _anchored(
    spans: list[dict[str, Any]], wins: list[dict[str, int]], own: list[dict[str, Any]] | None = None
) -> list[dict[str, Any]]:
    """``spans`` with their anchor ids kept only where this group of excerpts owns them (ids are unique)."""
    mine = own if own is not None else [s for s in spans if _inside(s, wins)]
    keep = {id(s) for s in mine}
    return [s if id(s) in keep else {**s, "id": ""} for s in spans]


def letter_spans(
    reg: RegisterView, c: dict[str, Any], rid: str, said: dict[str, list[dict[str, Any]]]
) -> list[dict[str, Any]]:
    """Spans of report ``rid`` that carry ``c``: evidence, date, flags that apply, quotes, paraphrases
    (``said``: those of ``c``), demands, full text; flags, quotes, paraphrases and demands with the
    anchor ids the page links to."""
    spans = [{**m, "kind": "evidence"} for m in c["mentions"] if m["document"] == rid]
    for ev in (e for e in c["evidence"] if e["document"] == rid):
        spans += [{**s, "kind": "evidence"} for s in ev["spans"]]
        if (ev["date"] or {}).get("span"):
            spans.append({**ev["date"]["span"], "kind": "date"})
    spans += [  # the evidence of the flags that apply (one that does not is said in grey, unmarked)
        {**e, "kind": "flag", "id": f"flag-{fi}-{ei}"}
        for fi, f in enumerate(reg.flags(c))
        if f["applies"]
        for ei, e in enumerate(f["evidence"])
        if e.get("report") == rid
    ]
    spans += [
        {"start": q["start"], "end": q["end"], "kind": "quote", "id": f"q-{q['id']}"}
        for q in said["quotes"]
        if q["document"] == rid
    ]
    spans += [
        {"start": q["start"], "end": q["end"], "kind": "paraphrase", "id": f"q-{q['id']}"}
        for q in said["paraphrases"]
        if q["document"] == rid
    ]
    spans += [{**d, "kind": "demand", "id": demand_id(d)} for d in c["demands"] if d["document"] == rid]
    spans += [{**f, "kind": "fulltext"} for f in c["full_texts"] if f["document"] == rid]
    keys = ("start", "end", "kind", "id")
    return [{k: s[k] for k in keys if k in s} for s in spans]
