"""Terminal views of the register (Rich tables and panels), built on the export dicts."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from . import query
from .export.register_data import communication_list, documents, quote_list
from .store import Store


def documents_table(store: Store) -> Table:
    """Reports: id, title, outlet, publication date, source."""
    t = Table(title="Reports in the register")
    for col in ("id", "title", "outlet", "published", "source"):
        t.add_column(col, overflow="fold")
    for d in documents(store):
        t.add_row(
            d["id"], d["title"] or "", d["outlet"] or "", d["published"] or "—", d["source"].split("/")[-1]
        )
    return t


def date_label(date: dict[str, Any]) -> str:
    """'2018-04-04 (day)', '2021-05-01..2021-05-18 (month)', 'unknown'."""
    lo, hi, prec = date.get("earliest"), date.get("latest"), date.get("precision", "unknown")
    if not lo and not hi:
        return "unknown"
    if lo == hi:
        return f"{lo} ({prec})"
    return f"{lo or '…'}..{hi or '…'} ({prec})"


def letters_table(
    store: Store,
    party: str | None = None,
    kind: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> Table:
    """Communications: date, kind, sender -> recipients, number of reports."""
    names = query.entity_names(store)
    comms = query.filter_comms(store, party=party, kind=kind, since=since, until=until)
    t = Table(title=f"Correspondence ({len(comms)})")
    for col in ("id", "date", "kind", "sender -> recipients", "reports", "flags"):
        t.add_column(col, overflow="fold")
    for c in comms:
        parties = f"{names.get(c['sender'], '?')} -> {', '.join(names.get(r, '?') for r in c['recipients'])}"
        kind_s = c["kind"] + (" (implied)" if c["implied"] else "")
        reply = f"\n  in reply to {c['in_reply_to']}" if c["in_reply_to"] else ""
        t.add_row(
            c["id"],
            date_label(c["date"]),
            kind_s,
            parties + reply,
            str(len(c["mentions"])),
            str(len(c["flags"])) if c["flags"] else "",
        )
    return t


def quotes_table(
    store: Store, speaker: str | None = None, letter: str | None = None, search: str | None = None
) -> Table:
    """Quotes with speaker, report and communication."""
    names = query.entity_names(store)
    qs = query.filter_quotes(store, speaker=speaker, letter=letter, search=search)
    t = Table(title=f"Quotes ({len(qs)})")
    for col in ("speaker", "quote", "letter", "report"):
        t.add_column(col, overflow="fold")
    for q in qs:
        who = names.get(q["speaker"], q["speaker_name"] or ("(citation)" if q["citation"] else "?"))
        t.add_row(who, "“" + q["text"] + "”", q["communication"] or "", q["document"])
    return t


def entities_table(store: Store, search: str | None = None) -> Table:
    """Entities and their aliases."""
    ents = query.filter_entities(store, search)
    t = Table(title=f"Entities ({len(ents)})")
    for col in ("id", "name", "type", "aliases"):
        t.add_column(col, overflow="fold")
    for e in ents:
        al = [a + (" [epithet]" if a in e["epithets"] else "") for a in e["aliases"] if a != e["name"]]
        t.add_row(e["id"], e["name"], e["type"], "; ".join(al))
    return t


def show(store: Store, item: str, console: Console) -> None:
    """Print one report, communication or entity; raises LookupError when not found."""
    comms = {c["id"]: c for c in communication_list(store)}
    if item in comms:
        return _show_comm(store, comms[item], comms, console)
    docs = {d["id"]: d for d in documents(store)}
    if item in docs:
        return _show_doc(store, docs[item], console)
    ent = query.find_entity(store, item)
    if ent is not None:
        return _show_entity(store, ent, comms, console)
    raise LookupError(
        f"nothing in the register is called {item!r} (try `lettertrace letters` or `lettertrace entities`)"
    )


def _show_comm(store: Store, c: dict[str, Any], comms: dict[str, dict[str, Any]], console: Console) -> None:
    names = query.entity_names(store)
    head = f"{c['kind']} {c['id']}: {names.get(c['sender'], '?')} -> {', '.join(names.get(r, '?') for r in c['recipients'])}"
    console.print(Panel(f"date: {date_label(c['date'])}\nreports: {len(c['mentions'])}", title=head))
    chain = query.reply_chain(c["id"], comms)
    if len(chain) > 1:
        console.print("reply chain: " + " <- ".join(chain))
    for f in c["flags"]:
        console.print(f"[bold red]FLAG {f['code']}[/]: {f['message']}")
    texts = query.report_texts(store)
    for ev in c["evidence"]:
        doc = texts[ev["document"]]
        console.print(
            Text(
                f"\n{ev['document']} says ({ev['kind']}, {ev['sender']} -> {', '.join(ev['recipients'])}, "
                f"date {date_label(ev['date'])}):",
                style="bold",
            )
        )
        for sp in ev["spans"]:
            console.print(_highlight(doc, sp["start"], sp["end"]))
    for ft in c["full_texts"]:
        console.print(
            Panel(texts[ft["document"]][ft["start"] : ft["end"]], title=f"full text ({ft['document']})")
        )
    for q in quote_list(store):
        if q["communication"] == c["id"]:
            console.print(f"  quote ({names.get(q['speaker'], '?')}): “{q['text']}”")
    for q in quote_list(store, "paraphrase"):
        if q["communication"] == c["id"]:
            console.print(f"  paraphrase ({names.get(q['speaker'], '?')}): {q['text']}")
    for d in c["demands"]:
        console.print(f"  demand: {d['text']}")


def _highlight(doc: str, start: int, end: int) -> Text:
    lo = max(0, doc.rfind("\n", 0, start) + 1, start - 200)
    hi = min(len(doc), end + 200)
    t = Text(doc[lo:start])
    t.append(doc[start:end], style="bold yellow")
    t.append(doc[end:hi])
    return t


def _show_doc(store: Store, d: dict[str, Any], console: Console) -> None:
    console.print(
        Panel(
            f"source: {d['source']}\noutlet: {d['outlet'] or '—'}\npublished: {d['published'] or '—'}",
            title=d["title"] or d["id"],
        )
    )
    for c in communication_list(store):
        if any(m["document"] == d["id"] for m in c["mentions"]):
            console.print(f"  {c['id']}: {c['kind']} {date_label(c['date'])}")


def _show_entity(store: Store, e: dict[str, Any], comms: dict[str, dict[str, Any]], console: Console) -> None:
    al = ", ".join(a + (" [epithet]" if a in e["epithets"] else "") for a in e["aliases"])
    console.print(
        Panel(
            f"type: {e['type']}\nwikidata: {e['wikidata'] or '—'}\naliases: {al}",
            title=f"{e['name']} ({e['id']})",
        )
    )
    sent = [c for c in comms.values() if c["sender"] == e["id"]]
    got = [c for c in comms.values() if e["id"] in c["recipients"]]
    for label, items in (("sent", sent), ("received", got)):
        console.print(f"{label}: {len(items)}")
        for c in items:
            console.print(f"  {c['id']}: {c['kind']} {date_label(c['date'])}")
