"""Downloads of the letters table as the user filtered it: ``/letters.csv`` and ``/letters.xml`` (CMIF),
every matching letter in the table's order (not one page); the JSON twin ``/letters.json`` pages."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends, FastAPI, Query, Request
from fastapi.responses import Response
from lxml import etree
from starlette.exceptions import HTTPException

from ..export import ExportOptions
from ..export.cmif import cmif_tree
from ..export.csv_export import LETTER_FIELDS, letter_row, to_csv
from ..export.register_data import communications_by_id, entities_by_id
from .guard import without_controls
from .letter_query import LetterQuery, match, matched_ids, parse
from .pages import BadRequest
from .register_view import RegisterView
from .schemas import download_schema

BOM = "\ufeff"  # spreadsheets read a CSV file as UTF-8 only when it starts with one

Values = Annotated[list[str] | None, Query()]


def letter_query(
    q: str | None = None,
    party: Values = None,
    kind: Values = None,
    year: Values = None,
    outlet: Values = None,
    since: str | None = None,
    until: str | None = None,
    sort: str | None = None,
) -> LetterQuery:
    """The letters table's filters and sort from the query string (400 when one is unusable)."""
    clean = without_controls
    try:
        return parse(
            clean(q or ""),
            [clean(v) for v in party or []],
            [clean(v) for v in kind or []],
            [clean(v) for v in year or []],
            [clean(v) for v in outlet or []],
            clean(since or ""),
            clean(until or ""),
            clean(sort or ""),
        )
    except BadRequest as exc:
        raise HTTPException(400, str(exc)) from exc


def letter_ids(request: Request, lq: LetterQuery) -> list[str]:
    """Ids of every letter the query keeps, in its order."""
    reg = RegisterView(request.app.state.store)
    return matched_ids(reg, match(reg, lq), lq.sort)


def letters_csv(request: Request, lq: Annotated[LetterQuery, Depends(letter_query)]) -> Response:
    """The letters of the current view as CSV (the columns of ``lettertrace export --format csv``)."""
    ids = letter_ids(request, lq)
    with request.app.state.store.connect() as conn:  # only the view's letters and their parties, by id
        comms = communications_by_id(conn, ids)
        parties = entities_by_id(
            conn, (p for c in comms.values() for p in (c["sender"], *c["recipients"]) if p)
        )
    names = {eid: e["name"] for eid, e in parties.items()}
    body = to_csv(LETTER_FIELDS, [letter_row(c, names) for c in comms.values()])
    return Response(
        body if body.startswith(BOM) else BOM + body,
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": 'attachment; filename="letters.csv"'},
    )


def letters_cmif(request: Request, lq: Annotated[LetterQuery, Depends(letter_query)]) -> Response:
    """The letters of the current view as CMIF v1.1 (TEI XML)."""
    # the file's own URL is where harvesters fetch it: its idno, and the base of the letters' URLs
    options = ExportOptions(cmif_url=str(request.url))
    tree = cmif_tree(request.app.state.store, options, only=letter_ids(request, lq))
    body = etree.tostring(tree, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    return Response(
        body,
        media_type="application/tei+xml",
        headers={"Content-Disposition": 'attachment; filename="letters.xml"'},
    )


def add_downloads(app: FastAPI) -> None:
    """Serve the downloads of the letters table."""
    kw: dict[str, Any] = {"methods": ["GET"], "tags": ["downloads"], "response_class": Response}
    app.add_api_route(
        "/letters.csv",
        letters_csv,
        summary="Letters of the current view (CSV)",
        responses=download_schema("/letters.csv"),
        **kw,
    )
    app.add_api_route(
        "/letters.xml",
        letters_cmif,
        summary="Letters of the current view (CMIF)",
        responses=download_schema("/letters.xml"),
        **kw,
    )
