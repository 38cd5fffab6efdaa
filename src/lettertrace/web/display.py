"""What the pages show about a communication beyond its raw fields: how its date was worked out, readable
flag labels, and whether a flag applies where it was raised. Plain functions over the export dicts."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from .. import names

FLAG_LABELS = {
    "headline_sender_mismatch": "headline names another sender",
    "date_conflict": "report gives two dates",
    "merge_conflict": "reports disagree",
}
# The extractor's message for a headline flag names the sender the headline gives (extract/fulltext.py).
HEADLINE_SENDER = re.compile(r"^headline attributes the letter to (?P<name>.+?), but ")


def flag_label(code: str) -> str:
    """A short readable label for a flag code ('headline names another sender')."""
    return FLAG_LABELS.get(code, code.replace("_", " "))


def when(c: dict[str, Any]) -> dict[str, Any]:
    """The date of ``c`` for display: interval ends, precision, how it was worked out, certainty."""
    d = c["date"]
    lo, hi = d.get("earliest"), d.get("latest")
    inferred = bool(c.get("date_inferred"))
    if not lo and not hi:
        certainty = "unknown"
    elif inferred:
        certainty = "inferred"
    else:
        certainty = "stated"
    return {
        "earliest": lo,
        "latest": hi,
        "precision": d.get("precision", "unknown"),
        "single": bool(lo) and lo == hi,
        "basis": c.get("date_basis") or "",
        "inferred": inferred,
        "certainty": certainty,
        "certainty_text": CERTAINTY_TEXT[certainty],
    }


CERTAINTY_TEXT = {
    "stated": "stated in a report",
    "inferred": "inferred: no report's words state it",
    "unknown": "no report gives a date",
}


def flag_rows(
    c: dict[str, Any], others: list[dict[str, Any]], entity: Callable[[str | None], dict[str, Any] | None]
) -> list[dict[str, Any]]:
    """The flags of ``c``, each with its label, the report it was raised in and whether it applies.

    ``others``: the other communications of the register; ``entity``: entity id -> entity dict.
    A headline flag does not apply where the same report also reproduces the text of another
    communication, signed by whom the headline names: the headline is about that letter, not about this
    one. (Where the report only tells of that other letter, the extractor raises no flag at all:
    extract/fulltext.py. A letter that the headline alone states is the headline's claim: the flag
    applies.)
    """
    out = []
    for f in c["flags"]:
        report = next((e.get("report") for e in f["evidence"] if e.get("report")), None)
        about = headline_subject(f, c, report, others, entity)
        out.append(
            {
                **f,
                "label": flag_label(f["code"]),
                "report": report,
                "applies": about is None,
                "about": about,
            }
        )
    return out


def headline_subject(
    f: dict[str, Any],
    c: dict[str, Any],
    report: str | None,
    others: list[dict[str, Any]],
    entity: Callable[[str | None], dict[str, Any] | None],
) -> dict[str, Any] | None:
    """For a headline flag, another communication whose text the same report reproduces, sent by whom
    the headline names."""
    m = HEADLINE_SENDER.match(f.get("message", ""))
    if f["code"] != "headline_sender_mismatch" or not m or report is None:
        return None
    named = " ".join(names.tokens(m["name"]))
    for o in others:
        if o["id"] == c["id"] or o["sender"] in (None, c["sender"]):
            continue
        if not any(t["document"] == report for t in o.get("full_texts", [])):
            continue  # not reproduced in this report
        e = entity(o["sender"])
        if e is not None and _answers_to(e, named):
            return {"id": o["id"], "sender": e["name"]}
    return None


def _answers_to(e: dict[str, Any], named: str) -> bool:
    """Whether entity ``e`` is the one ``named`` (folded words) stands for: the words of its name, an
    alias, a role or a role's organisation hold those words in a row."""
    roles = e.get("roles", [])
    forms = [
        e["name"],
        *e.get("aliases", []),
        *(r.get("org") or "" for r in roles),
        *(r.get("role") or "" for r in roles),
    ]
    return bool(named) and any(f" {named} " in f" {' '.join(names.tokens(x))} " for x in forms if x)
