"""CMIF v1.1 export: the register as TEI XML in the Correspondence Metadata Interchange Format.

Checked by ``../shared/standards/cmif/validate.py`` (the official RelaxNG schema and Schematron plus
the rules of the CMIF documentation). What goes where:

- header: title, editor, publisher; ``idno type="url"``: the URL given with ``--cmif-url`` (where the
  file will be published; harvesters fetch it there), else a URN made from the reports' digests; the
  publication date is a timestamp, the register's last change (its latest ingest), so exporting the
  same register twice gives the same bytes; a CC-BY 4.0 licence statement;
- one ``bibl`` per report that carries a communication, its ``xml:id`` a UUID (uuid5 of the report
  id, so stable across exports), ``type="online"`` unless it is a PDF with no URL (``print``);
- one ``correspDesc`` per communication: ``@type`` letter, message or call (a call is no written
  letter; harvesters that read only the actions still find it in the note), ``@subtype="implied"``
  and ``@cert="low"`` for one no report says took place; exactly one ``@source`` (the first report
  that carries it), ``@ref`` the letter's URL (the file's URL + ``#id``) when ``--cmif-url`` is given;
  the sent date with ``@evidence="conjecture"`` and ``@cert="low"`` when no words of a report state
  it; a ``note`` with what CMIF has no field for: the kind, how the date was worked out, flags, and
  the other reports that carry it; a ``note type="correction"`` per analyst's correction, pointing at
  what it corrected (``cmif_marks``: CMIF allows no ``@resp``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import uuid
from calendar import monthrange
from pathlib import Path
from typing import Any

from lxml import etree

from ..store import Store
from . import ExportOptions, register
from .cmif_marks import confirmed, mark_corrections
from .register_data import (
    communication_list,
    communications_by_id,
    documents,
    documents_by_id,
    entities_by_id,
    entity_list,
    last_change,
)

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/"
LICENCE_TEXT = "This file is licensed under the terms of the Creative-Commons-License CC-BY 4.0"
SCHEMA_URL = (
    "https://raw.githubusercontent.com/TEI-Correspondence-SIG/CMIF/master/schema/cmi-customization.rng"
)
SCHEMA_PI = f'href="{SCHEMA_URL}" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"'
ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
UNKNOWN = "Unknown"
# Namespace of the bibl UUIDs: uuid5(this, report id). Fixed forever, so a report keeps its UUID.
BIBL_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "urn:lettertrace:report")
KIND_WORDS = {
    "letter": "Kind: letter.",
    "message": "Kind: message (the report does not say it was a written letter).",
    "call": "Kind: call (a phone call, not a written letter).",
}


def _el(parent: Any, tag: str, text: str | None = None, **attrs: str) -> Any:
    """A TEI child element of ``parent`` with attributes and text."""
    el = etree.SubElement(
        parent, f"{{{TEI_NS}}}{tag}", {XML_ID if k == "xml_id" else k: v for k, v in attrs.items()}
    )
    if text is not None:
        el.text = text
    return el


def _iso(value: str | None) -> str | None:
    """``value`` when it is YYYY, YYYY-MM or YYYY-MM-DD, else None."""
    return value if value and ISO_DATE.match(value) else None


def whole_unit(lo: str, hi: str) -> str | None:
    """The day, month or year that ``lo``..``hi`` covers exactly (ISO days), else None."""
    if lo == hi:
        return lo
    if len(lo) != 10 or len(hi) != 10:
        return None
    y, m = int(lo[:4]), int(lo[5:7])
    if lo[:7] == hi[:7] and lo[8:] == "01" and int(hi[8:]) == monthrange(y, m)[1]:
        return lo[:7]
    if lo[:4] == hi[:4] and lo[5:] == "01-01" and hi[5:] == "12-31":
        return lo[:4]
    return None


def date_attrs(earliest: str | None, latest: str | None) -> dict[str, str] | None:
    """CMIF date attributes: ``when`` for a whole day/month/year, else ``notBefore``/``notAfter``."""
    lo, hi = _iso(earliest), _iso(latest)
    if lo and hi and (unit := whole_unit(lo, hi)):
        return {"when": unit}
    attrs = {k: v for k, v in (("notBefore", lo), ("notAfter", hi)) if v}
    return attrs or None


def register_urn(docs: list[dict[str, Any]]) -> str:
    """A stable id for the register: a digest of its reports' contents."""
    digest = hashlib.sha256("\n".join(sorted(d["sha256"] for d in docs)).encode()).hexdigest()[:16]
    return f"urn:lettertrace:register:{digest}"


def bibl_id(report_id: str) -> str:
    """The ``xml:id`` of a report's ``bibl``: a UUID from its id (an xml:id must start with a letter)."""
    return f"lt-{uuid.uuid5(BIBL_NAMESPACE, report_id)}"


def bibl_type(doc: dict[str, Any]) -> str:
    """``online`` for web reports (anything with a URL, pages, feeds, text copies), ``print`` for PDFs without one."""
    return "print" if doc.get("fmt") == "pdf" and not doc.get("url") else "online"


def timestamp(value: str | None) -> str:
    """An xsd:dateTime for the publication date: ``value`` when it is one, else now (UTC)."""
    if value and re.match(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}", value):
        return value
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _header(tei: Any, docs: list[dict[str, Any]], cited: set[str], when: str, url: str | None) -> Any:
    """teiHeader with fileDesc filled in; returns the header."""
    header = _el(tei, "teiHeader")
    fdesc = _el(header, "fileDesc")
    tstmt = _el(fdesc, "titleStmt")
    _el(tstmt, "title", "Correspondence between political actors reported in the news (lettertrace register)")
    _el(tstmt, "editor", "lettertrace (automatic extraction from news reports)")
    pub = _el(fdesc, "publicationStmt")
    _el(pub, "publisher", "lettertrace")
    _el(pub, "idno", url or register_urn(docs), type="url")
    _el(pub, "date", when=when)
    _el(_el(pub, "availability"), "licence", LICENCE_TEXT, target=LICENCE_URL)
    _source_desc(_el(fdesc, "sourceDesc"), [d for d in docs if d["id"] in cited])
    return header


def _source_desc(sdesc: Any, docs: list[dict[str, Any]]) -> None:
    """One ``bibl`` per cited report (a paragraph when there is none)."""
    if not docs:
        _el(sdesc, "p", "No source reports.")
    for d in docs:
        bibl = _el(sdesc, "bibl", bibl_text(d), type=bibl_type(d), xml_id=bibl_id(d["id"]))
        if d.get("url"):
            _el(bibl, "ref", d["url"], target=d["url"])


def bibl_text(doc: dict[str, Any]) -> str:
    """'Title. Outlet, 2021-05-18.' from a report's metadata (missing parts left out)."""
    title = doc.get("title") or Path(doc["source"]).name
    tail = ", ".join(p for p in (doc.get("outlet"), doc.get("published")) if p)
    return f"{title}. {tail}." if tail else f"{title}."


def _party(action: Any, ent: dict[str, Any] | None) -> None:
    """persName (people) or orgName (organisations, states), with a Wikidata ref when known."""
    if ent is None:
        _el(action, "persName", UNKNOWN)
        return
    tag = "persName" if ent["type"] == "person" else "orgName"
    attrs = {"ref": f"http://www.wikidata.org/entity/{ent['wikidata']}"} if ent.get("wikidata") else {}
    _el(action, tag, ent["name"], **attrs)


def _corresp_attrs(c: dict[str, Any], reports: list[str], url: str | None) -> dict[str, str]:
    """correspDesc attributes: key, id, kind, implied, one source and the letter's URL."""
    attrs = {"key": c["id"], "xml_id": c["id"], "type": c["kind"]}
    if c["implied"]:  # low certainty, unless an analyst confirmed it took place
        attrs |= {"subtype": "implied"} | ({} if confirmed(c) else {"cert": "low"})
    if url:
        attrs["ref"] = f"{url}#{c['id']}"
    if reports:
        attrs["source"] = f"#{bibl_id(reports[0])}"
    return attrs


def _corresp_desc(pdesc: Any, c: dict[str, Any], reg: dict[str, Any], url: str | None) -> None:
    """One correspDesc for communication ``c``."""
    reports = list(dict.fromkeys(m["document"] for m in c["mentions"]))
    cd = _el(pdesc, "correspDesc", **_corresp_attrs(c, reports, url))
    sent = _el(cd, "correspAction", type="sent")
    _party(sent, reg["entities"].get(c["sender"] or ""))
    if (when := date_attrs(c["date"]["earliest"], c["date"]["latest"])) is not None:
        if c.get("date_inferred"):
            when |= {"evidence": "conjecture", "cert": "low"}
        _el(sent, "date", **when)
    received = _el(cd, "correspAction", type="received")
    for rid in c["recipients"] or [None]:
        _party(received, reg["entities"].get(rid or ""))
    _context(cd, c, reg["replies"])
    _note(cd, c, reports[1:], reg["docs"])
    mark_corrections(cd, c)  # a note per analyst's correction, pointing at what it corrected


def _context(cd: Any, c: dict[str, Any], replies: dict[str, list[str]]) -> None:
    """correspContext with prev (the letter answered) and next (the answers)."""
    links = [("prev", c["in_reply_to"])] if c["in_reply_to"] else []
    links += [("next", r) for r in replies.get(c["id"], [])]
    if links:
        ctx = _el(cd, "correspContext")
        for kind, target in links:
            _el(ctx, "ref", type=kind, target=f"#{target}")


def note_lines(c: dict[str, Any]) -> list[str]:
    """What CMIF has no field for, as sentences: kind, implied, how the date was worked out, flags (the
    analysts' corrections have notes of their own: ``cmif_marks``)."""
    lines = [KIND_WORDS.get(c["kind"], f"Kind: {c['kind']}.")]
    if c["implied"]:
        lines.append("Implied: no report describes it; a report implies it (as in 'the second letter').")
    if c["date"]["earliest"] or c["date"]["latest"]:
        how = "inferred" if c.get("date_inferred") else "as the report gives it"
        lines.append(f"Date ({c['date']['precision']} precision, {how}): {c.get('date_basis') or 'unknown'}.")
    else:
        lines.append(f"Date unknown: {c.get('date_basis') or 'no report gives a date'}.")
    lines += [f"Flag {f['code']}: {f['message'].rstrip('.')}." for f in c["flags"]]
    return lines


def _note(cd: Any, c: dict[str, Any], others: list[str], docs: dict[str, dict[str, Any]]) -> None:
    """A note with ``note_lines`` and a pointer to each other report that carries ``c``."""
    note = _el(cd, "note", " ".join(note_lines(c)))
    if not others:
        return
    note.text += " Also reported in: "
    for i, rid in enumerate(others):
        ref = _el(note, "ref", bibl_text(docs[rid]) if rid in docs else rid, target=f"#{bibl_id(rid)}")
        ref.tail = "; " if i < len(others) - 1 else ""


def cmif_tree(store: Store, options: ExportOptions | None = None, only: list[str] | None = None) -> Any:
    """The CMIF document (an lxml ElementTree) of the register (of the communications ``only`` names,
    in that order, when given: the web UI's download of one view)."""
    url = (options or ExportOptions()).cmif_url
    if only is None:
        comms, docs = communication_list(store), documents(store)
        ents = {e["id"]: e for e in entity_list(store)}
    else:  # only these letters, their parties and reports, read by id (not the whole register)
        comms, docs, ents = _only(store, only)
    ids = {c["id"] for c in comms}
    replies: dict[str, list[str]] = {}
    for c in comms:
        if c["in_reply_to"] in ids:
            replies.setdefault(c["in_reply_to"], []).append(c["id"])
    reg = {"entities": ents, "replies": replies, "docs": {d["id"]: d for d in docs}}
    cited = {m["document"] for c in comms for m in c["mentions"]}
    if url is None and only is not None:
        docs = documents(store)  # the URN is a digest of every report of the register
    tei = etree.Element(f"{{{TEI_NS}}}TEI", nsmap={None: TEI_NS})
    header = _header(tei, sorted(docs, key=lambda d: d["source"]), cited, timestamp(last_change(store)), url)
    pdesc = _el(header, "profileDesc")
    for c in comms:
        _corresp_desc(
            pdesc, {**c, "in_reply_to": c["in_reply_to"] if c["in_reply_to"] in ids else None}, reg, url
        )
    _el(_el(_el(tei, "text"), "body"), "p")
    tree = etree.ElementTree(tei)
    tei.addprevious(etree.ProcessingInstruction("xml-model", SCHEMA_PI))
    return tree


def _only(
    store: Store, only: list[str]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], dict[str, dict[str, Any]]]:
    """The communications ``only`` names (in that order), the reports that carry them and their parties."""
    with store.connect() as conn:
        comms = list(communications_by_id(conn, only).values())
        docs = documents_by_id(conn, (m["document"] for c in comms for m in c["mentions"]))
        parties = [p for c in comms for p in (c["sender"], *c["recipients"]) if p]
        ents = entities_by_id(conn, parties)
    return comms, list(docs.values()), ents


@register("cmif", options=True)
def export_cmif(store: Store, output: Path | None, options: ExportOptions | None = None) -> str | None:
    """Write the register as CMIF v1.1 TEI XML to ``output`` (or return it for stdout)."""
    data = etree.tostring(
        cmif_tree(store, options), xml_declaration=True, encoding="UTF-8", pretty_print=True
    )
    if output is None:
        return data.decode("utf-8")
    output.write_bytes(data)
    return None
