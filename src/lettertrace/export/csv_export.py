"""CSV export: a folder of tables, ``letters.csv``, ``reports.csv``, ``evidence.csv``, ``demands.csv``,
``quotes.csv`` and ``entities.csv`` (letters only on stdout), each starting with a UTF-8 byte order mark
(spreadsheets read a CSV file as UTF-8 only when it starts with one: read them with ``utf-8-sig``).

Report ids resolve in ``reports.csv`` (title, outlet, date, URL, file). ``evidence.csv`` holds each span of
a report that tells of a letter (``what`` is ``mention``) or gives its date (``date``), with its words;
``start`` and ``end`` there, in ``demands.csv`` and in ``quotes.csv`` are offsets into the report's clean
text, as in the JSON export. ``letters.csv`` says how each date was worked out (``date_basis``) and
whether no report's words state it (``date_inferred``).

Report text is untrusted, and a spreadsheet runs a cell that starts with ``=``, ``+``, ``-`` or ``@`` (or a
tab or carriage return before one) as a formula: such cells are written with a leading apostrophe, which
spreadsheets show as text and do not display. ``raw=True`` writes every cell as it is.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..query import report_texts
from ..store import Store
from . import ExportOptions, register
from .register_data import communication_list, documents, entity_list, quote_list

JOIN = " | "
LETTER_FIELDS = (
    "id",
    "kind",
    "sender",
    "recipients",
    "earliest",
    "latest",
    "precision",
    "in_reply_to",
    "reports",
    "flags",
    "sender_name",
    "recipient_names",
    "implied",
    "corrected",  # each analyst's correction that applies: "field by who: why", joined with ' | '
    "date_basis",
    "date_inferred",
)
REPORT_FIELDS = (
    "id",
    "title",
    "outlet",
    "author",
    "published",
    "url",
    "source",
    "fmt",
    "sha256",
    "dateline_place",
)
EVIDENCE_FIELDS = ("communication", "document", "what", "start", "end", "text")
DEMAND_FIELDS = ("communication", "document", "start", "end", "text")
QUOTE_FIELDS = (
    "id",
    "kind",
    "speaker",
    "speaker_name",
    "text",
    "document",
    "start",
    "end",
    "communication",
    "citation",
    "cue",
    "corrected",  # an analyst's correction of its speaker or letter, as in letters.csv
)
ENTITY_FIELDS = ("id", "name", "type", "wikidata", "aliases", "epithets", "corrected")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")  # OWASP's list of what opens a spreadsheet formula


def neutralise(value: Any) -> Any:
    """A cell a spreadsheet would evaluate, with a leading apostrophe; any other value as it is."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def letter_rows(store: Store) -> list[dict[str, Any]]:
    """One row per communication; parties as entity ids (and names), lists joined with ' | '."""
    names = {e["id"]: e["name"] for e in entity_list(store)}
    return [letter_row(c, names) for c in communication_list(store)]


def letter_row(c: dict[str, Any], names: dict[str, str]) -> dict[str, Any]:
    """The ``letters.csv`` row of communication ``c`` (an export dict); ``names``: entity id -> name."""
    return {
        "id": c["id"],
        "kind": c["kind"],
        "sender": c["sender"] or "",
        "recipients": JOIN.join(c["recipients"]),
        "earliest": c["date"]["earliest"] or "",
        "latest": c["date"]["latest"] or "",
        "precision": c["date"]["precision"],
        "in_reply_to": c["in_reply_to"] or "",
        "reports": JOIN.join(dict.fromkeys(m["document"] for m in c["mentions"])),
        "flags": JOIN.join(f["code"] for f in c["flags"]),
        "sender_name": names.get(c["sender"] or "", ""),
        "recipient_names": JOIN.join(names.get(r, "") for r in c["recipients"]),
        "implied": int(c["implied"]),
        "corrected": corrected_cell(c),
        "date_basis": c.get("date_basis") or "",
        "date_inferred": int(bool(c.get("date_inferred"))),
    }


def report_rows(store: Store) -> list[dict[str, Any]]:
    """One row per report: what its id stands for."""
    return [{k: "" if v is None else v for k, v in d.items()} for d in documents(store)]


def evidence_rows(store: Store) -> list[dict[str, Any]]:
    """One row per span of a report that tells of a letter or dates it, with the words it covers."""
    texts = report_texts(store)
    rows = []
    for c in communication_list(store):
        for ev in c["evidence"]:
            text = texts.get(ev["document"], "")
            spans = [("mention", sp) for sp in ev["spans"]]
            spans += [("date", ev["date"]["span"])] if ev["date"].get("span") else []
            for what, sp in spans:
                rows.append(
                    {
                        "communication": c["id"],
                        "document": ev["document"],
                        "what": what,
                        "start": sp["start"],
                        "end": sp["end"],
                        "text": text[sp["start"] : sp["end"]],
                    }
                )
    return rows


def demand_rows(store: Store) -> list[dict[str, Any]]:
    """One row per demand a letter makes, as a report words it."""
    return [{**d, "communication": c["id"]} for c in communication_list(store) for d in c["demands"]]


def corrected_cell(item: dict[str, Any]) -> str:
    """The analysts' corrections of a letter, quote or entity: "field by who: why", joined with ' | '."""
    return JOIN.join(f"{x['field']} by {x['by']}: {x['why']}" for x in item.get("corrected", []))


def quote_rows(store: Store) -> list[dict[str, Any]]:
    """Quotes, short quote fragments and paraphrases, one row each."""
    from ..extract.quotes import MIN_QUOTE_WORDS

    rows = []
    for q in quote_list(store):
        rows.append({**q, "kind": "quote" if len(q["text"].split()) >= MIN_QUOTE_WORDS else "fragment"})
    rows += [{**q, "kind": "paraphrase"} for q in quote_list(store, "paraphrase")]
    return [{**r, "citation": int(r["citation"]), "corrected": corrected_cell(r)} for r in rows]


def entity_rows(store: Store) -> list[dict[str, Any]]:
    """One row per entity, aliases and epithets joined with ' | '."""
    return [
        {
            "id": e["id"],
            "name": e["name"],
            "type": e["type"],
            "wikidata": e["wikidata"] or "",
            "aliases": JOIN.join(e["aliases"]),
            "epithets": JOIN.join(e["epithets"]),
            "corrected": corrected_cell(e),
        }
        for e in entity_list(store)
    ]


def to_csv(fields: Iterable[str], rows: Iterable[dict[str, Any]], raw: bool = False) -> str:
    """CSV text with a header row (other keys in the rows are ignored); formula cells neutralised
    unless ``raw``."""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(fields), extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow(row if raw else {k: neutralise(v) for k, v in row.items()})
    return buf.getvalue()


@register("csv", folder=True, options=True)
def export_csv(store: Store, output: Path | None, options: ExportOptions | None = None) -> str | None:
    """Write the tables into the folder ``output`` (or return letters.csv); formula cells neutralised
    unless ``options.raw_cells``."""
    raw = bool(options and options.raw_cells)
    if output is None:
        return to_csv(LETTER_FIELDS, letter_rows(store), raw)
    output.mkdir(parents=True, exist_ok=True)
    files = {
        "letters.csv": to_csv(LETTER_FIELDS, letter_rows(store), raw),
        "reports.csv": to_csv(REPORT_FIELDS, report_rows(store), raw),
        "evidence.csv": to_csv(EVIDENCE_FIELDS, evidence_rows(store), raw),
        "demands.csv": to_csv(DEMAND_FIELDS, demand_rows(store), raw),
        "quotes.csv": to_csv(QUOTE_FIELDS, quote_rows(store), raw),
        "entities.csv": to_csv(ENTITY_FIELDS, entity_rows(store), raw),
    }
    for name, data in files.items():
        (output / name).write_text(data, encoding="utf-8-sig")  # with the byte order mark
    return None
