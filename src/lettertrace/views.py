"""Terminal views of the register (Rich tables and panels), built on the export dicts."""

from __future__ import annotations

import textwrap
from typing import Any

from rich import box
from rich.console import Console, ConsoleOptions, RenderResult
from rich.measure import Measurement
from rich.panel import Panel
from rich.table import Table
from rich.text import Text
from sqlalchemy import select

from . import query
from .export.register_data import communication_list, documents, quote_list
from .store import Store, comm_parties

# Widest party line at 80 columns (the id, date and count columns need ~40): a longer name (a
# committee's full title) is wrapped between its words; shorter ones are never broken.
MAX_PARTY_WIDTH = 36
# What the other columns of a letters table keep on a wider terminal (id 12, a date cell of 30, the
# count, padding): the party column takes the rest, so a long name stays on one line at 160 columns.
OTHER_COLUMNS_WIDTH = 56
# Characters of context shown either side of an evidence span by `show LETTER`.
CONTEXT_CHARS = 200
# Marks around the evidence when the output has no colour (piped, NO_COLOR): they survive `| less`.
MARK_OPEN, MARK_CLOSE = "»", "«"


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
    """'2018-04-04 (day)', '2021-05-01..2021-05-31 (month)', '2021-05-11..2021-05-18 (range)', 'unknown'."""
    lo, hi, prec = date.get("earliest"), date.get("latest"), date.get("precision", "unknown")
    if not lo and not hi:
        return "unknown"
    if lo == hi:
        return f"{lo} ({prec})"
    return f"{lo or '…'}..{hi or '…'} ({prec})"


def date_cell(c: dict[str, Any]) -> Text:
    """The date as an interval on its own lines, then its precision and how it was worked out (dim)."""
    lo, hi, prec = c["date"]["earliest"], c["date"]["latest"], c["date"]["precision"]
    if not lo and not hi:
        head = "unknown"
    elif lo == hi:
        head = f"{lo} ({prec})"
    else:
        head = f"{lo or '…'}..\n{hi or '…'} ({prec})"
    t = Text(head)
    basis = c.get("date_basis")
    if basis:
        t.append("\n" + ("inferred: " if c.get("date_inferred") else "") + basis, style="dim")
    return t


def party_lines(c: dict[str, Any], names: dict[str, str], width: int = MAX_PARTY_WIDTH) -> list[str]:
    """Sender on the first line, each recipient on its own line after '-> '; a name longer than
    ``width`` wrapped between its words, so that the table never cuts one inside a word."""
    sender = names.get(c["sender"] or "", "?")
    rcpts = [names.get(r, "?") for r in c["recipients"]] or ["?"]
    lines = [sender] + [f"-> {r}" for r in rcpts]
    return [part for line in lines for part in textwrap.wrap(line, width, subsequent_indent="   ")]


class PartyCell:
    """A letters table's party cell, as wide as the terminal allows: ``party_lines`` wrapped at
    MAX_PARTY_WIDTH at 80 columns, at what the other columns leave on a wider terminal (a name is never
    wrapped where it fits on one line); reply lines below, never wrapped."""

    def __init__(self, c: dict[str, Any], names: dict[str, str], below: list[str]) -> None:
        self.c, self.names, self.below = c, names, below

    def width(self, terminal: int) -> int:
        """The wrap width on a terminal of ``terminal`` columns."""
        longest = max(len(line) for line in party_lines(self.c, self.names, 10_000) + self.below)
        return min(longest, max(MAX_PARTY_WIDTH, terminal - OTHER_COLUMNS_WIDTH))

    def lines(self, terminal: int) -> list[str]:
        return party_lines(self.c, self.names, self.width(terminal)) + self.below

    # Rich measures a cell again with its column's width once the table is squeezed: the terminal's
    # width (console.width) is what the wrap width is worked out from, every time.
    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        width = max(len(line) for line in self.lines(console.width))
        return Measurement(width, width)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield Text("\n".join(self.lines(console.width)), no_wrap=True, overflow="fold")


def parties_text(c: dict[str, Any], names: dict[str, str]) -> str:
    """'Sender -> Recipient, Recipient' on one line."""
    return f"{names.get(c['sender'] or '', '?')} -> {', '.join(names.get(r, '?') for r in c['recipients']) or '?'}"


def letters_table(
    store: Store,
    party: str | None = None,
    kind: str | None = None,
    since: str | None = None,
    until: str | None = None,
    after: str | None = None,
    limit: int | None = None,
) -> Table:
    """Communications matching the filters, as ``comms_table`` lays them out: those after the id ``after``
    (in the list's order), at most ``limit``; the title then says how many match in all."""
    comms = query.filter_comms(
        store, party=party, kind=kind, since=since, until=until, after=after, limit=limit
    )
    title = f"Correspondence ({len(comms)})"
    if after or limit is not None:
        total = query.count_comms(store, party=party, kind=kind, since=since, until=until)
        title = f"Correspondence ({len(comms)} of {total})"
    return comms_table(title, comms, query.entity_names(store))


def comms_table(title: str, comms: list[dict[str, Any]], names: dict[str, str]) -> Table:
    """Communications: id and kind, date with how it was worked out, sender -> recipients, reports and flags.

    Laid out for 80 columns: no vertical rules, the kind under the id, each party on its own line in
    a column that is never wrapped (``party_lines`` wraps only names longer than MAX_PARTY_WIDTH), the
    date cell taking what is left.
    """
    t = Table(title=title, box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    t.add_column("id / kind", no_wrap=True)
    t.add_column("date / how it was worked out", min_width=12)
    t.add_column("sender -> recipients", no_wrap=True)
    t.add_column("reports", no_wrap=True, justify="right")
    for c in comms:
        reply = [f"in reply to {c['in_reply_to']}"] if c["in_reply_to"] else []
        flags = f"\nflags {len(c['flags'])}" if c["flags"] else ""
        flags += "\ncorrected" if c.get("corrected") else ""
        t.add_row(
            f"{c['id']}\n{c['kind']}" + ("\n(implied)" if c["implied"] else ""),
            date_cell(c),
            PartyCell(c, names, reply),
            str(len({m["document"] for m in c["mentions"]})) + flags,
        )
    return t


def quotes_table(
    store: Store, speaker: str | None = None, letter: str | None = None, search: str | None = None
) -> Table:
    """Quotes with speaker, communication and id (its report's id, then where it starts: what
    ``lettertrace correct quote-speaker`` takes); 'corrected' under the speaker an analyst set."""
    names = query.entity_names(store)
    qs = query.filter_quotes(store, speaker=speaker, letter=letter, search=search)
    t = Table(title=f"Quotes ({len(qs)})")
    for col in ("speaker", "quote", "letter", "id"):
        t.add_column(col, overflow="fold")
    for q in qs:
        who = names.get(q["speaker"], q["speaker_name"] or ("(citation)" if q["citation"] else "?"))
        fixed = ", ".join(x["field"] for x in q.get("corrected", []))
        t.add_row(
            who + (f"\n(corrected: {fixed})" if fixed else ""),
            "“" + q["text"] + "”",
            q["communication"] or "",
            q["id"],
        )
    return t


def entities_table(store: Store, search: str | None = None) -> Table:
    """Entities and their aliases: the parties to some letter first, then those the reports name who send
    and receive nothing (a state known by an epithet), marked "in no letter"."""
    ents = query.filter_entities(store, search)
    parties = correspondents(store)
    ents = sorted(ents, key=lambda e: e["id"] not in parties)  # stable: each group keeps its order
    named = sum(e["id"] not in parties for e in ents)
    t = Table(title=f"Entities ({len(ents)}" + (f"; {named} in no letter)" if named else ")"))
    for col in ("id", "name", "type", "aliases"):
        t.add_column(col, overflow="fold")
    for e in ents:
        al = [a + (" [epithet]" if a in e["epithets"] else "") for a in e["aliases"] if a != e["name"]]
        fixed = ", ".join(x["field"] for x in e.get("corrected", []))
        notes = ([f"corrected: {fixed}"] if fixed else []) + (
            ["in no letter"] if e["id"] not in parties else []
        )
        t.add_row(e["id"], e["name"] + "".join(f"\n({n})" for n in notes), e["type"], "; ".join(al))
    return t


def correspondents(store: Store) -> set[str]:
    """Ids of the entities that send or receive at least one communication."""
    with store.connect() as conn:
        return set(conn.execute(select(comm_parties.c.entity_id).distinct()).scalars())


def show(store: Store, item: str, console: Console) -> None:
    """Print one report, communication or entity.

    Raises LookupError when nothing is called ``item``, ``query.AmbiguousName`` when several
    entities answer to it.
    """
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
    head = f"{c['kind']} {c['id']}: {parties_text(c, names)}"
    how = ("inferred: " if c.get("date_inferred") else "") + (c.get("date_basis") or "")
    console.print(
        Panel(f"date: {date_label(c['date'])}\nhow: {how}\nreports: {len(c['mentions'])}", title=head),
        markup=False,
    )
    chain = query.reply_chain(c["id"], comms)
    if len(chain) > 1:
        console.print("reply chain: " + " <- ".join(chain), markup=False)
    for f in c["flags"]:
        console.print(Text.assemble(("FLAG " + f["code"], "bold red"), f": {f['message']}"))
    print_marks(c, console)
    texts = query.report_texts(store)
    marks = console.no_color or console.color_system is None
    for ev in c["evidence"]:
        doc = texts[ev["document"]]
        console.print(
            Text(
                f"\n{ev['document']} says ({ev['kind']}, {ev['sender']} -> {', '.join(ev['recipients'])}, "
                f"date {date_label(ev['date'])}{_basis_note(ev['date'])}):",
                style="bold",
            )
        )
        spans = [(sp["start"], sp["end"]) for sp in ev["spans"]]
        for lo, hi, inside in excerpts(doc, spans):
            console.print(highlight(doc, lo, hi, inside, marks))
    _show_texts_and_quotes(store, c, texts, names, console)


def print_marks(item: dict[str, Any], console: Console) -> None:
    """One CORRECTED line per analyst's correction of ``item`` (a communication or an entity): who, when,
    why, and the value it replaced (the extracted one, unless an earlier correction set it)."""
    from .corrections.describe import mark_text

    for fix in item.get("corrected", []):
        console.print(Text.assemble(("CORRECTED ", "bold yellow"), mark_text(fix)))


def _basis_note(date: dict[str, Any]) -> str:
    """', how: <basis>' for a report's own date, '' when it says nothing of it."""
    return f", how: {date['basis']}" if date.get("basis") else ""


def _show_texts_and_quotes(
    store: Store, c: dict[str, Any], texts: dict[str, str], names: dict[str, str], console: Console
) -> None:
    for ft in c["full_texts"]:
        console.print(
            Panel(Text(texts[ft["document"]][ft["start"] : ft["end"]]), title=f"full text ({ft['document']})")
        )
    for kind in ("quote", "paraphrase"):
        for q in quote_list(store, kind):
            if q["communication"] == c["id"]:
                said = f"“{q['text']}”" if kind == "quote" else q["text"]
                fixed = (
                    " (corrected: " + ", ".join(x["field"] for x in q["corrected"]) + ")"
                    if q.get("corrected")
                    else ""
                )
                console.print(f"  {kind} ({names.get(q['speaker'], '?')}){fixed}: {said}", markup=False)
    for d in c["demands"]:
        console.print(f"  demand: {d['text']}", markup=False)


def excerpts(doc: str, spans: list[tuple[int, int]]) -> list[tuple[int, int, list[tuple[int, int]]]]:
    """Excerpt windows around the spans: within their paragraph, at word boundaries, merged where they
    meet, each with the spans it shows (so no text is printed twice)."""
    windows: list[tuple[int, int, list[tuple[int, int]]]] = []
    for start, end in sorted(set(spans)):
        lo, hi = _window(doc, start, end)
        if windows and lo <= windows[-1][1]:
            plo, phi, inside = windows[-1]
            windows[-1] = (plo, max(phi, hi), [*inside, (start, end)])
        else:
            windows.append((lo, hi, [(start, end)]))
    return windows


def _window(doc: str, start: int, end: int) -> tuple[int, int]:
    """Up to CONTEXT_CHARS either side of ``start``..``end``, inside its paragraph, cut between words."""
    para_lo = doc.rfind("\n", 0, start) + 1
    para_hi = doc.find("\n", end)
    para_hi = len(doc) if para_hi < 0 else para_hi
    lo, hi = max(para_lo, start - CONTEXT_CHARS), min(para_hi, end + CONTEXT_CHARS)
    if lo > para_lo and not doc[lo - 1].isspace():
        nxt = doc.find(" ", lo, start)
        lo = nxt + 1 if nxt >= 0 else start
    if hi < para_hi and not doc[hi].isspace():
        prev = doc.rfind(" ", end, hi)
        hi = prev if prev >= 0 else end
    return lo, hi


def highlight(doc: str, lo: int, hi: int, spans: list[tuple[int, int]], marks: bool) -> Text:
    """``doc[lo:hi]`` with the spans in bold yellow, and between » « when ``marks``; '…' where it is cut."""
    t = Text("…" if lo > 0 and doc[lo - 1] != "\n" else "")
    pos = lo
    for start, end in sorted(spans):
        if end <= pos:
            continue
        start = max(start, pos)
        t.append(doc[pos:start])
        t.append(
            (MARK_OPEN if marks else "") + doc[start:end] + (MARK_CLOSE if marks else ""), style="bold yellow"
        )
        pos = max(pos, end)
    t.append(doc[pos:hi])
    if hi < len(doc) and doc[hi] != "\n":
        t.append("…")
    return t


def _show_doc(store: Store, d: dict[str, Any], console: Console) -> None:
    console.print(
        Panel(
            Text(f"source: {d['source']}\noutlet: {d['outlet'] or '—'}\npublished: {d['published'] or '—'}"),
            title=Text(d["title"] or d["id"]),
        )
    )
    names = query.entity_names(store)
    carried = [c for c in communication_list(store) if any(m["document"] == d["id"] for m in c["mentions"])]
    console.print(f"communications: {len(carried)}")
    if carried:
        console.print(comms_table("Communications this report carries", carried, names))


def _show_entity(store: Store, e: dict[str, Any], comms: dict[str, dict[str, Any]], console: Console) -> None:
    al = ", ".join(a + (" [epithet]" if a in e["epithets"] else "") for a in e["aliases"])
    console.print(
        Panel(
            Text(f"type: {e['type']}\nwikidata: {e['wikidata'] or '—'}\naliases: {al}"),
            title=Text(f"{e['name']} ({e['id']})"),
        )
    )
    print_marks(e, console)
    names = query.entity_names(store)
    sent = [c for c in comms.values() if c["sender"] == e["id"]]
    got = [c for c in comms.values() if e["id"] in c["recipients"]]
    console.print(f"sent: {len(sent)}")
    if sent:
        console.print(comms_table(f"Sent by {e['name']}", sent, names))
    console.print(f"received: {len(got)}")
    if got:
        console.print(comms_table(f"Received by {e['name']}", got, names))
