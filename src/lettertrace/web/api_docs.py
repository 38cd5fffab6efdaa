"""``/docs``: the API described as a plain page built from ``/openapi.json`` (FastAPI's Swagger and ReDoc
pages load their scripts from a CDN, which the CSP forbids and a read-only register does not need)."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse, Response
from fastapi.templating import Jinja2Templates


def endpoints(schema: dict[str, Any]) -> list[dict[str, Any]]:
    """Each GET path of an OpenAPI schema: path, summary, description and its parameters."""
    rows = []
    for path, ops in sorted(schema.get("paths", {}).items()):
        op = ops.get("get")
        if op is None:
            continue
        params = [
            {"name": p["name"], "where": p["in"], "required": bool(p.get("required"))}
            for p in op.get("parameters", [])
        ]
        rows.append(
            {
                "path": path,
                "summary": op.get("summary", ""),
                "description": (op.get("description") or "").strip().split("\n")[0],
                "params": params,
                "json": path.endswith(".json"),
                "returns": returns(op),
            }
        )
    return rows


def returns(op: dict[str, Any]) -> dict[str, Any]:
    """What a GET answers with: its media type and, for JSON, the keys the schema requires."""
    content = op.get("responses", {}).get("200", {}).get("content", {})
    media = next(iter(content), "")
    schema = content.get(media, {}).get("schema", {})
    return {"media": media, "keys": list(schema.get("required", [])) if media == "application/json" else []}


def inline_code(text: str) -> list[tuple[str, bool]]:
    """``text`` cut at its backticks: (part, whether it is code), so that a page shows `x` as code."""
    return [(part, n % 2 == 1) for n, part in enumerate(text.split("`")) if part]


def add_api_docs(app: FastAPI, templates: Jinja2Templates) -> None:
    """Serve ``/docs`` (the API as a page, no scripts) and send ``/redoc`` there."""

    def docs(request: Request) -> Response:
        ctx = {
            "page_title": "API",
            "json_url": "/openapi.json",
            "db_name": request.app.state.db_name,
            "description": inline_code(app.description),
            "endpoints": endpoints(app.openapi()),
        }
        return templates.TemplateResponse(request, "api.html", ctx)

    def redoc() -> RedirectResponse:
        return RedirectResponse("/docs")

    app.add_api_route("/docs", docs, methods=["GET"], include_in_schema=False)
    app.add_api_route("/redoc", redoc, methods=["GET"], include_in_schema=False)
