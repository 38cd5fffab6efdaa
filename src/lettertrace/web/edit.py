"""Editing in the web UI (issue 12): only with ``lettertrace serve --edit``; read-only stays the default.

- Read-only (the default): :class:`ReadOnly` answers 403 to every request that could write (any method but
  GET, HEAD and OPTIONS), before any route sees it.
- ``--edit``: the letter and entity pages carry forms (``templates/_edit.html``); each posts to
  ``/edit/{kind}`` with a CSRF token (a random secret of this server process, in a hidden field, compared
  in constant time; a POST without it, with another, or from another origin is refused with 403 and
  changes nothing). The first POST shows what the correction will do and asks to confirm it; the
  confirmed POST makes it (:func:`lettertrace.corrections.add`, as ``lettertrace correct`` does) and
  leads to the correction's page, which offers its undo (``/edit/undo/{n}``, confirmed the same way; the
  register is then rebuilt from its reports, as ``lettertrace corrections undo`` does).
- The server binds to 127.0.0.1 unless ``--host`` says otherwise, and while editing answers only requests
  that name that host (or localhost) in ``Host``: a web page elsewhere cannot read the token through a
  name it points at this machine (DNS rebinding).
"""

from __future__ import annotations

import hmac
import secrets
from typing import Any
from urllib.parse import parse_qs, urlsplit

from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.responses import PlainTextResponse
from starlette.types import ASGIApp, Receive, Scope, Send

from .. import corrections
from ..store import Store
from .edit_choices import edit_choices
from .guard import SECURITY_HEADERS

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
MAX_FORM = 64 * 1024  # bytes of a form body: far more than any correction needs
LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
# The fields each kind of correction takes from a form (as corrections.draft names them).
FIELDS = {
    "sender": ("comm", "entity"),
    "recipients": ("comm", "entities"),
    "date": ("comm", "earliest", "latest", "precision"),
    "kind": ("comm", "kind"),
    "reply": ("comm", "answers"),
    "confirm": ("comm",),
    "reject": ("comm",),
    "merge_comms": ("comm", "other"),
    "split_comm": ("comm", "report"),
    "detach": ("comm", "report"),
    "attach": ("comm", "report", "start", "end"),
    "merge_entities": ("entity", "other"),
    "split_alias": ("entity", "alias"),
    "quote_speaker": ("quote", "entity"),
    "quote_letter": ("quote", "comm"),
}
OPTIONAL = frozenset({"latest", "precision"})
READ_ONLY = "This register is read-only: start `lettertrace serve --edit` to correct it."


class ReadOnly:
    """Refuses (403) every request whose method could write; the read-only UI never changes the register."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] not in SAFE_METHODS:
            await PlainTextResponse(READ_ONLY, status_code=403)(scope, receive, send)
            return
        await self.app(scope, receive, send)


class LocalHost:
    """While editing, answers only requests whose ``Host`` is the host served (or a local name)."""

    def __init__(self, app: ASGIApp, host: str) -> None:
        self.app = app
        self.allowed = None if host in ("0.0.0.0", "::", "") else LOCAL_HOSTS | {host.strip("[]")}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and self.allowed is not None:
            raw = dict(scope.get("headers") or []).get(b"host", b"").decode("latin-1")
            name = urlsplit(f"//{raw}").hostname or ""
            if name not in self.allowed:
                await PlainTextResponse("unknown host", status_code=400)(scope, receive, send)
                return
        await self.app(scope, receive, send)


def add_editing(app: FastAPI, templates: Jinja2Templates, host: str) -> None:
    """Turn editing on: the forms' token and defaults for the templates, the POST routes, the host check."""
    app.state.csrf = secrets.token_urlsafe(32)
    templates.env.globals["editing"] = {"csrf": app.state.csrf, "by": corrections.who_default(None)}
    templates.env.globals["edit_choices"] = edit_choices
    app.state.templates = templates
    app.add_api_route("/edit/undo/{n}", undo, methods=["POST"], include_in_schema=False)
    app.add_api_route("/edit/{kind}", propose, methods=["POST"], include_in_schema=False)
    app.add_middleware(LocalHost, host=host)


async def _form(request: Request) -> dict[str, list[str]]:
    """The POSTed form (url-encoded), each field with its values; checked for the server's token."""
    body = await request.body()
    if len(body) > MAX_FORM:
        raise HTTPException(413, "form too large")
    form = parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)
    token = (form.get("csrf") or [""])[0]
    if not hmac.compare_digest(token.encode(), str(request.app.state.csrf).encode()):
        raise HTTPException(403, "the form's token is missing or out of date: reload the page and try again")
    origin = request.headers.get("origin")
    if origin and origin != "null" and urlsplit(origin).netloc != request.headers.get("host"):
        raise HTTPException(403, "a form from another site cannot change this register")
    return form


def _one(form: dict[str, list[str]], name: str) -> str:
    return (form.get(name) or [""])[0].strip()


def _fields(kind: str, form: dict[str, list[str]]) -> dict[str, Any]:
    account = _one(form, "account")  # attach: another letter's account, chosen as "report:start:end"
    if kind == "attach" and account.count(":") == 2:
        rid, start, end = account.split(":")
        form = {**form, "report": [rid], "start": [start], "end": [end]}
    out: dict[str, Any] = {}
    for name in FIELDS[kind]:
        if name not in form and name not in OPTIONAL:
            raise HTTPException(400, f"the form lacks its field {name!r}")
        out[name] = _one(form, name)
    if "entities" in out:  # recipients: names or ids separated by ';'
        out["entities"] = [e.strip() for e in out["entities"].split(";") if e.strip()]
    return out


def _confirm_page(request: Request, ctx: dict[str, Any]) -> Response:
    page = {
        "page_title": "Confirm",
        "json_url": "/openapi.json",
        "db_name": request.app.state.db_name,
        "csrf": request.app.state.csrf,
        **ctx,
    }
    return request.app.state.templates.TemplateResponse(
        request, "confirm.html", page, headers=SECURITY_HEADERS
    )


async def propose(request: Request, kind: str) -> Response:
    """A correction from a page's form: first shown to be confirmed, then (confirm=yes) made."""
    form = await _form(request)
    if kind not in FIELDS:
        raise HTTPException(404, f"no kind of correction {kind!r}")
    fields = _fields(kind, form)
    why, by = _one(form, "why"), _one(form, "by") or None
    store: Store = request.app.state.store
    try:
        d = await run_in_threadpool(corrections.draft, store, kind, **fields)
    except corrections.CorrectionError as exc:
        raise HTTPException(400, str(exc)) from exc
    if not why:
        raise HTTPException(400, "a correction needs a reason: say why")
    if _one(form, "confirm") != "yes":
        keep = [(k, v) for k, vs in form.items() if k not in ("csrf", "confirm") for v in vs]
        ctx = {"what": d.what, "title": corrections.TITLES[kind], "why": why, "by": by or "", "back": d.page}
        return _confirm_page(request, {**ctx, "action": f"/edit/{kind}", "fields": keep, "undo": None})
    try:
        n = await run_in_threadpool(corrections.add, store, d.kind, d.target, d.value, why, by)
    except corrections.CorrectionError as exc:
        raise HTTPException(400, str(exc)) from exc
    return RedirectResponse(f"/corrections/{n}", status_code=303)


def _undo_and_relink(store: Store, n: int, by: str | None) -> None:
    from ..link import relink

    corrections.undo(store, n, by)
    relink(store)
    store.mark_linked()


async def undo(request: Request, n: int) -> Response:
    """Undo a correction (kept, marked undone; the register rebuilt from its reports), once confirmed."""
    form = await _form(request)
    store: Store = request.app.state.store
    c = corrections.get(store, n)
    if c is None:
        raise HTTPException(404, f"no correction {n}")
    by = _one(form, "by") or None
    if _one(form, "confirm") != "yes":
        ctx = {
            "what": f"undo correction {n}: {corrections.TITLES.get(c['kind'], c['kind'])}, "
            f"{corrections.value_text(c)} (by {c['who']}: {c['why']})",
            "title": "undo",
            "why": "",
            "by": by or "",
            "back": f"/corrections/{n}",
        }
        return _confirm_page(
            request, {**ctx, "action": f"/edit/undo/{n}", "fields": [("by", by or "")], "undo": n}
        )
    try:
        await run_in_threadpool(_undo_and_relink, store, n, by)
    except corrections.CorrectionError as exc:
        raise HTTPException(400, str(exc)) from exc
    return RedirectResponse(f"/corrections/{n}", status_code=303)
