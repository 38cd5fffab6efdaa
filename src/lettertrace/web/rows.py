"""The rows of a letters table as HTML, built in Python.

Every list of letters (the letters page, each year of the timeline, an entity's, a report's, a reply
chain) shows its rows this way. Jinja's macros (a call per cell, an attribute lookup and an escape per
value) took about three times as long: 40 ms of CPU for the timeline's 974 rows against 12 ms here
(best of 7), the largest part of that page. Here each value is escaped once with markupsafe, as
autoescaping would, and each link quoted as Jinja's ``urlencode`` filter quotes it (tests/test_web_rows.py
compares the two). ``_macros.html`` keeps the table around the rows.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from markupsafe import Markup, escape


def _url(value: str) -> str:
    """A path segment quoted as Jinja's ``urlencode`` filter quotes a string."""
    return quote(value, safe="/")


def party(p: dict[str, Any]) -> str:
    """An entity's link (its type as a class), or 'Unknown'."""
    if not p.get("id"):
        return '<span class="party unknown">Unknown</span>'
    return f'<a class="party {escape(p["type"])}" href="/entities/{escape(_url(p["id"]))}">{escape(p["name"])}</a>'


def date_cell(w: dict[str, Any]) -> str:
    """A date as it is known: the interval's ends (each kept whole, the cell wraps between them), its
    precision, then how it was worked out; an inferred date says so."""
    if w["earliest"] or w["latest"]:
        lo, hi = escape(w["earliest"] or "…"), escape(w["latest"] or "…")
        out = (
            f'<span class="d">{lo}</span>'
            if w["single"]
            else f'<span class="d">{lo}..</span><span class="d">{hi}</span>'
        )
        out += f' <span class="prec">({escape(w["precision"])})</span>\n'
    else:
        out = '<span class="d unknown">unknown</span>'
    if w["basis"]:
        inferred = "<b>inferred:</b> " if w["inferred"] else ""
        out += f'<small class="basis {escape(w["certainty"])}">{inferred}{escape(w["basis"])}</small>'
    return out


def kind_cell(c: dict[str, Any]) -> str:
    """The kind linking to the letter, implied and corrected tags, the id, and what it answers."""
    cid = escape(c["id"])
    out = f'<a class="letter-link" href="/letters/{escape(_url(c["id"]))}">{escape(c["kind"])}</a>'
    out += ' <span class="tag">implied</span>' if c["implied"] else ""
    if c.get("corrected"):
        fields = escape(", ".join(c["corrected"]))
        out += f' <span class="tag corrected" title="corrected by an analyst: {fields}">corrected</span>'
    out += f'<br><code class="id">{cid}</code>'
    if c["in_reply_to"]:
        reply = c["in_reply_to"]
        out += f'<br><small>reply to <a href="/letters/{escape(_url(reply))}">{escape(reply)}</a></small>'
    return out


def flag_labels(c: dict[str, Any]) -> str:
    """Each flag that applies, by its readable label (the code in the tooltip)."""
    return "".join(
        f'<span class="flag-label" title="{escape(code)}">{escape(label)}</span> '
        for code, label in zip(c["flags"], c["flag_labels"], strict=True)
    )


def track_cell(c: dict[str, Any]) -> str:
    """The timeline's cell drawing the letter's date interval on its year's track (``c["bar"]``, per cent
    of the track; none for an undated letter)."""
    b = c.get("bar")
    if not b:
        return '    <td class="track"></td>\n'
    title = escape(b["title"])
    return (
        f'    <td class="track"><svg class="track" width="100%" height="16" role="img" aria-label="{title}">'
        f"<title>{title}</title>"
        f'<rect x="{b["x"]}%" y="3" width="{b["width"]}%" height="10" rx="2" '
        f'class="interval {escape(b["class"])}" data-id="{escape(c["id"])}"/></svg></td>\n'
    )


def letter_row(c: dict[str, Any], track: bool = False) -> str:
    """One ``<tr>`` of a letters table for a row of ``RegisterView.letter_row`` (with the timeline's
    interval cell after the date when ``track``)."""
    flagged = ' class="flagged"' if c["flags"] else ""
    recipients = ", ".join(party(r) for r in c["recipients"])
    return (
        f'  <tr data-id="{escape(c["id"])}"{flagged}>\n'
        f'    <td class="date">{date_cell(c["when"])}</td>\n'
        + (track_cell(c) if track else "")
        + f'    <td class="kind">{kind_cell(c)}</td>\n'
        f"    <td>{party(c['sender'])}</td>\n"
        f"    <td>{recipients}</td>\n"
        f'    <td class="num">{len(c["reports"])}</td>\n'
        f'    <td class="flags-cell">{flag_labels(c)}</td>\n'
        "  </tr>\n"
    )


def letter_rows(rows: list[dict[str, Any]], track: bool = False) -> Markup:
    """The ``<tr>`` of each row, in order (safe HTML: every value escaped)."""
    return Markup("".join(letter_row(c, track) for c in rows))  # noqa: S704  # built from escaped values only
