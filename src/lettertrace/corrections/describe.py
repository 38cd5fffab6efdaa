"""Corrections in words: what one is about, what it sets and the value it replaced (the CLI's listing,
``show``, the web pages' history)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

# What each kind of correction does, as a heading.
TITLES = {
    "sender": "sender",
    "recipients": "recipients",
    "date": "date",
    "kind": "kind",
    "reply": "reply target",
    "confirm": "confirmed",
    "reject": "rejected",
    "merge_comms": "merged with another communication",
    "split_comm": "a report's mention split off",
    "attach": "a report's mention attached",
    "detach": "a report's mention detached",
    "merge_entities": "entities merged",
    "split_alias": "alias split off",
    "quote_speaker": "quote's speaker",
    "quote_letter": "quote's letter",
}


def _comm(key: dict[str, Any] | None) -> str:
    if not key:
        return "none"
    where = Path(str(key.get("source") or "?")).name
    return f"{key.get('id')} ({where} {key['start']}-{key['end']})"


def _entity(key: dict[str, Any] | None) -> str:
    return str(key["name"]) if key else "unknown"


def about(c: dict[str, Any]) -> str:
    """What the correction ``c`` (a listing dict) is about: the ids it applies to now, else what it was
    made on."""
    if c.get("applied_to"):
        return str(c["applied_to"])
    t: Any = c["target"]
    kind = c["kind"]
    if kind in ("merge_entities",):
        return f"{_entity(t['drop'])} -> {_entity(t['keep'])}"
    if kind == "merge_comms":
        return f"{_comm(t['drop'])} -> {_comm(t['keep'])}"
    if kind == "split_alias":
        return _entity(t["entity"])
    if kind in ("split_comm", "detach"):
        return _comm(t["mention"])
    if kind in ("quote_speaker", "quote_letter"):
        q = t["quote"]
        return f"{q.get('id')} ({Path(str(q.get('source') or '?')).name} {q['start']}-{q['end']})"
    return _comm(t["comm"])


def value_text(c: dict[str, Any]) -> str:
    """What the correction ``c`` sets, in words."""
    t: Any = c["target"]
    v: Any = (c.get("payload") or {}).get("value")
    kind = c["kind"]
    if kind in ("sender", "quote_speaker"):
        return _entity(v.get("entity"))
    if kind == "recipients":
        return ", ".join(e["name"] for e in v["entities"]) or "none"
    if kind == "date":
        return date_text(v)
    if kind == "kind":
        return str(v["kind"])
    if kind in ("reply", "quote_letter"):
        return str((v.get("comm") or {}).get("id") or "none")
    if kind == "merge_entities":
        return f"{t['drop']['name']} merged into {t['keep']['name']}"
    if kind == "merge_comms":
        return f"{t['drop'].get('id')} merged into {t['keep'].get('id')}"
    if kind == "split_alias":
        return f"{t['alias']!r} is another entity"
    if kind == "attach":
        s = t["span"]
        return f"{Path(str(s.get('source') or '?')).name} {s['start']}-{s['end']} tells of it"
    if kind in ("split_comm", "detach"):
        where = Path(str(t["mention"].get("source") or "?")).name
        return f"{where}: its own communication" if kind == "split_comm" else f"{where}: not about it"
    return TITLES.get(kind, kind)


def date_text(d: dict[str, Any] | None) -> str:
    if not d:
        return "unknown"
    lo, hi = d.get("earliest"), d.get("latest")
    if not lo and not hi:
        return "unknown"
    span = lo if lo == hi else f"{lo or '…'}..{hi or '…'}"
    return f"{span} ({d.get('precision', 'unknown')})"


def was_text(kind: str, was: Any) -> str:
    """The value a correction replaced (the extracted one, unless an earlier correction set it), in words."""
    if was is None:
        if kind in ("reply", "quote_letter"):
            return "none"
        return "as it is" if kind in ("merge_entities", "merge_comms", "split_comm", "confirm") else "unknown"
    if kind in ("sender", "recipients", "quote_speaker"):
        items = was if isinstance(was, list) else [was]
        return ", ".join(str(w.get("name") or w.get("id") or "unknown") for w in items if w) or "none"
    if kind == "date":
        return date_text(was)
    if kind in ("reply", "quote_letter"):
        return str(was or "none")
    if kind == "kind":
        return str(was)
    if kind == "confirm":
        return "implied (no report describes it)" if was.get("implied") else "reported"
    if kind in ("reject", "merge_comms"):
        return f"{was.get('kind')} {was.get('id')} ({date_text(was)})"
    if kind == "merge_entities":
        return f"{was.get('name')} ({was.get('id')})"
    if kind == "split_alias":
        moved = (
            len(was.get("sender_of", [])) + len(was.get("recipient_of", [])) + len(was.get("speaker_of", []))
        )
        return (
            f"{moved} letters and quotes moved to {was['entity']}" if was.get("entity") else "alias dropped"
        )
    if kind in ("split_comm", "attach"):
        return f"part of {was.get('from') or 'no communication'}"
    if kind == "detach":
        return f"told by report {was.get('report')}"
    return str(was)


_FIELD_KINDS = {
    "sender": "sender",
    "recipients": "recipients",
    "date": "date",
    "kind": "kind",
    "in_reply_to": "reply",
    "confirmed": "confirm",
    "rejected": "reject",
    "speaker": "quote_speaker",
    "communication": "quote_letter",
}


def mark_kind(mark: dict[str, Any]) -> str:
    """The kind of correction behind an export's mark ({field, by, at, why, was, correction})."""
    field, was = mark["field"], mark.get("was")
    if field in _FIELD_KINDS:
        return _FIELD_KINDS[field]
    was = was if isinstance(was, dict) else {}
    if field == "merged":
        return "merge_comms" if "kind" in was else "merge_entities"
    if field == "split":
        return "split_alias" if "entity" in was else "split_comm"
    return "attach" if "from" in was else "detach"


def mark_text(mark: dict[str, Any]) -> str:
    """An export's mark in words: 'sender by ana (2024-05-01, correction 3): why; before: Alma Verhoeven'."""
    before = was_text(mark_kind(mark), mark.get("was"))
    return (
        f"{mark['field']} by {mark['by']} ({str(mark['at'])[:10]}, correction {mark['correction']}): "
        f"{mark['why']}; replaced: {before}"
    )
