"""JSON Schemas of the pages' ``.json`` twins, published as their OpenAPI response schemas.

Each names the keys a client can rely on (more may follow: ``additionalProperties`` stays open);
``tests/test_web_ui.py`` validates every twin of the dev register against its schema.
"""

from __future__ import annotations

from typing import Any

STR = {"type": "string"}
INT = {"type": "integer"}
BOOL = {"type": "boolean"}
NSTR = {"type": ["string", "null"]}


def obj(required: dict[str, Any], **optional: Any) -> dict[str, Any]:
    """An object schema: these keys required, others allowed."""
    return {"type": "object", "required": list(required), "properties": {**required, **optional}}


def arr(items: dict[str, Any]) -> dict[str, Any]:
    """An array schema."""
    return {"type": "array", "items": items}


def more(schema: dict[str, Any], **required: Any) -> dict[str, Any]:
    """An object schema with more required keys."""
    return {
        **schema,
        "required": [*schema["required"], *required],
        "properties": {**schema["properties"], **required},
    }


PARTY = obj({"id": NSTR, "name": STR, "type": STR})
WHEN = obj(
    {
        "earliest": NSTR,
        "latest": NSTR,
        "precision": STR,
        "basis": STR,
        "inferred": BOOL,
        "certainty": {"enum": ["stated", "inferred", "unknown"]},
    }
)
LETTER_ROW = obj(
    {
        "id": STR,
        "kind": STR,
        "implied": BOOL,
        "date": obj({"earliest": NSTR, "latest": NSTR, "precision": STR, "label": STR}),
        "when": WHEN,
        "sender": PARTY,
        "recipients": arr(PARTY),
        "in_reply_to": NSTR,
        "reports": arr(STR),
        "flags": arr(STR),
        "flag_labels": arr(STR),
        "flags_not_applied": arr(STR),
    }
)
REPORT_ROW = obj({"id": STR, "title": STR, "outlet": NSTR, "published": NSTR, "url": NSTR, "source": STR})
SPAN = obj({"start": INT, "end": INT, "kind": STR}, id=STR)
FLAG = obj(
    {
        "code": STR,
        "label": STR,
        "message": STR,
        "report": NSTR,
        "applies": BOOL,
        "evidence": arr({"type": "object"}),
    },
    about={"type": ["object", "null"]},
)
WINDOW = obj({"start": INT, "end": INT, "spans": arr(SPAN)})
# a facet not counted in time (``facets_timed_out``) lists its chosen values with no count
FACET = arr(
    obj({"value": STR, "label": STR, "count": {"type": ["integer", "null"]}, "selected": BOOL, "url": STR})
)
SNIPPET = arr(obj({"text": STR, "hit": BOOL}))
QUOTE = obj(
    {"id": STR, "text": STR, "speaker": NSTR, "speaker_name": NSTR, "document": STR, "communication": NSTR}
)

CORRECTION = obj(
    {
        "id": INT,
        "kind": STR,
        "title": STR,
        "about": NSTR,
        "value": NSTR,
        "was": NSTR,
        "by": STR,
        "at": STR,
        "why": STR,
        "status": {"enum": ["applied", "orphaned", "undone", "pending"]},
        "status_text": STR,
        "undone_by": NSTR,
        "undone_at": NSTR,
        "applied_to": arr(STR),
    }
)

SCHEMAS: dict[str, dict[str, Any]] = {
    "/letters.json": obj(
        {
            "filters": {"type": "object"},
            "chips": arr(obj({"name": STR, "value": STR, "label": STR, "remove": STR})),
            "total": INT,
            "count": INT,
            "shown": INT,
            "sort": STR,
            "limit": INT,
            "facets": obj({k: FACET for k in ("party", "kind", "year", "outlet")}),
            "facets_timed_out": arr({"enum": ["party", "kind", "year", "outlet"]}),
            "count_all": NSTR,
            "letters": arr(LETTER_ROW),
            "paging": obj({"next_cursor": NSTR, "next": NSTR, "next_json": NSTR, "first": NSTR}),
            "downloads": obj({"csv": STR, "cmif": STR, "json": STR}),
            "search": {
                "anyOf": [
                    {"type": "null"},
                    obj(
                        {
                            "words": STR,
                            "also": arr(obj({"id": STR, "name": STR})),
                            "report_count": INT,
                            "quote_count": INT,
                            "report_ranked": INT,
                            "quote_ranked": INT,
                            "reports": arr(more(REPORT_ROW, snippet=SNIPPET)),
                            "quotes": arr(more(QUOTE, snippet=SNIPPET, report=REPORT_ROW)),
                        }
                    ),
                ]
            },
        }
    ),
    "/letters/{cid}.json": obj(
        {
            "tab_title": STR,
            "letter": LETTER_ROW,
            "when": WHEN,
            "chain": arr(LETTER_ROW),
            "replies": arr(LETTER_ROW),
            "flags": arr(FLAG),
            "quotes": arr(more(QUOTE, report=REPORT_ROW, href=STR)),
            "paraphrases": arr(more(QUOTE, report=REPORT_ROW, href=STR)),
            "demands": arr(obj({"text": STR, "document": STR, "report": REPORT_ROW, "href": STR})),
            "reports": arr(
                obj(
                    {
                        "report": REPORT_ROW,
                        "spans": arr(SPAN),
                        "excerpts": arr(WINDOW),
                        "more": arr(WINDOW),
                        "text": STR,
                    }
                )
            ),
        }
    ),
    "/entities.json": obj(
        {
            "count": INT,
            "entities": arr(obj({"id": STR, "name": STR, "type": STR})),
            "named_only": arr(obj({"id": STR, "name": STR, "type": STR})),
        }
    ),
    "/entities/{eid}.json": obj(
        {
            "entity": obj({"id": STR, "name": STR, "type": STR}),
            "sent": arr(LETTER_ROW),
            "received": arr(LETTER_ROW),
        }
    ),
    "/reports.json": obj({"count": INT, "reports": arr(more(REPORT_ROW, letters=INT))}),
    "/reports/{rid}.json": obj(
        {
            "report": REPORT_ROW,
            "letters": arr(LETTER_ROW),
            "flags": arr(FLAG),
            "spans": arr(SPAN),
            "text": STR,
        }
    ),
    "/timeline.json": obj(
        {
            "count": INT,
            "total": INT,
            "years": arr(
                obj(
                    {
                        "year": STR,
                        "count": INT,
                        "letters": arr(LETTER_ROW),
                        "chart": {"type": ["object", "null"]},
                    }
                )
            ),
        }
    ),
    "/corrections.json": obj(
        {
            "status": STR,
            "count": INT,
            "counts": obj({k: INT for k in ("all", "applied", "orphaned", "undone", "pending")}),
            "corrections": arr(CORRECTION),
        }
    ),
    "/corrections/{n}.json": obj(
        {
            "tab_title": STR,
            "c": more(CORRECTION, target={"type": "object"}, set={}),
            "links": arr(obj({"href": STR, "label": STR})),
        }
    ),
    "/network.json": obj(
        {
            "size": INT,
            "nodes": arr(obj({"id": NSTR, "label": STR, "name": STR, "type": STR})),
            "edges": arr(obj({"source": STR, "target": STR, "count": INT, "letters": arr(STR)})),
        }
    ),
}


# The downloads of the letters table: what each answers with (a file, not JSON).
DOWNLOADS = {
    "/letters.csv": (
        "text/csv",
        "The letters of the current view, the columns of letters.csv (UTF-8 with a BOM)",
    ),
    "/letters.xml": ("application/tei+xml", "The letters of the current view as CMIF v1.1 (TEI XML)"),
}


def download_schema(path: str) -> dict[int | str, dict[str, Any]]:
    """The OpenAPI ``responses`` entry of a download: its media type, a string body."""
    media, what = DOWNLOADS[path]
    return {200: {"description": what, "content": {media: {"schema": {"type": "string"}}}}}


def response_schema(json_path: str) -> dict[int | str, dict[str, Any]] | None:
    """The OpenAPI ``responses`` entry for a twin's 200 answer (None when it has no schema here)."""
    schema = SCHEMAS.get(json_path)
    if schema is None:
        return None
    return {200: {"description": "The page's data", "content": {"application/json": {"schema": schema}}}}
