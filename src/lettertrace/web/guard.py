"""The web layer's outer guard (pure ASGI middleware): security headers on every response, HEAD answered
wherever GET is, and paths holding control characters turned away before any handler sees them."""

from __future__ import annotations

import unicodedata
from typing import Any

from starlette.datastructures import MutableHeaders
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

# No scripts at all, styles from our own stylesheet only: report text cannot run code even if it got through.
CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
    "base-uri 'none'; frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


def has_control(text: str) -> bool:
    """True when ``text`` holds a control character (NUL, line breaks, DEL, C1 controls)."""
    return any(unicodedata.category(ch) == "Cc" for ch in text)


def without_controls(text: str) -> str:
    """``text`` with each control character turned into a space (a NUL must never reach SQLite)."""
    return "".join(" " if unicodedata.category(ch) == "Cc" else ch for ch in text)


class Guard:
    """Wraps the app: adds ``SECURITY_HEADERS`` where a response lacks them, answers HEAD as GET without
    the body, and gives 404 to a path that holds a control character (no page or file is named so)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        head = scope["method"] == "HEAD"
        if head:
            scope = {**scope, "method": "GET"}
        guarded = _guarded_send(send, head)
        if has_control(scope["path"]):
            await _not_found(scope["path"])(scope, receive, guarded)
            return
        await self.app(scope, receive, guarded)


def _guarded_send(send: Send, head: bool) -> Send:
    """``send`` that adds the security headers to the response start and drops the body for HEAD."""

    async def guarded(message: Message) -> None:
        if message["type"] == "http.response.start":
            headers = MutableHeaders(scope=message)
            for name, value in SECURITY_HEADERS.items():
                if name not in headers:
                    headers[name] = value
        elif message["type"] == "http.response.body" and head:
            message = {**message, "body": b""}
        await send(message)

    return guarded


def _not_found(path: str) -> Response:
    detail: Any = "Not Found"
    if path.endswith(".json"):
        return JSONResponse({"detail": detail}, status_code=404)
    return PlainTextResponse(detail, status_code=404)
