"""Analysts' corrections in CMIF: who corrected what, and why, pointing at the element it corrected.

TEI P5 puts ``@resp`` and ``@cert`` on every element (att.global.responsibility), but the CMIF v1.1
customisation that ``../shared/standards/cmif/validate.py`` checks keeps only ``@cert``, with the single
value ``low``, and drops ``@resp``: a file carrying ``@resp`` anywhere, or ``@cert="high"``, is no valid
CMIF. So, within CMIF:

- each correction is a ``note type="correction"`` in its ``correspDesc`` (``@subtype`` the field
  corrected), whose ``@target`` points (TEI's own pointing attributes) at the element it corrected: the
  sent ``correspAction`` (sender, date: CMIF allows no ``xml:id`` on ``persName`` or ``date``), the
  received one, the ``correspContext`` or the ``correspDesc`` itself, given an ``xml:id`` for it; the
  note says who, when, why and the value the correction replaced;
- ``@cert``: a fact an analyst settled loses the low certainty the extraction gave it (a corrected date
  its ``@cert="low"``/``@evidence="conjecture"``, a confirmed implied letter its ``@cert="low"``).
"""

from __future__ import annotations

from typing import Any

from lxml import etree

from ..corrections.describe import mark_kind, was_text

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


def confirmed(c: dict[str, Any]) -> bool:
    """An analyst confirmed that communication ``c`` took place."""
    return any(m["field"] == "confirmed" for m in c.get("corrected", []))


def _tei(el: Any, path: str) -> Any:
    return el.find(path.replace("t:", f"{{{TEI_NS}}}"))


def _target(cd: Any, cid: str, field: str) -> Any:
    """The element a correction of ``field`` concerns, with an ``xml:id`` (the correspDesc has the letter's).
    CMIF allows no ``xml:id`` on ``persName``, ``orgName`` or ``date``: a sender or date points at the
    sent ``correspAction`` that holds it."""
    found, suffix = None, field
    if field in ("sender", "date"):
        found, suffix = _tei(cd, "t:correspAction[@type='sent']"), "sent"
    elif field == "recipients":
        found, suffix = _tei(cd, "t:correspAction[@type='received']"), "received"
    elif field == "in_reply_to":
        found, suffix = _tei(cd, "t:correspContext"), "context"
    if found is None:
        return cd
    if found.get(XML_ID) is None:
        found.set(XML_ID, f"{cid}-{suffix}")
    return found


def mark_corrections(cd: Any, c: dict[str, Any]) -> None:
    """One ``note type="correction"`` per analyst's correction of ``c``, after its other children."""
    for m in c.get("corrected", []):
        target = _target(cd, c["id"], m["field"])
        text = (
            f"Corrected {m['field']} by {m['by']} ({str(m['at'])[:10]}, correction {m['correction']}): "
            f"{m['why'].rstrip('.')}. Replaced: {was_text(mark_kind(m), m.get('was'))}."
        )
        note = etree.SubElement(
            cd,
            f"{{{TEI_NS}}}note",
            {"type": "correction", "subtype": m["field"], "target": f"#{target.get(XML_ID)}"},
        )
        note.text = text
