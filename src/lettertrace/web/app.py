"""The FastAPI app: every registered page served as HTML (Jinja2, autoescaped) and as its JSON twin."""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

import jinja2
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException

from .. import __version__
from ..store import open_store
from .api_docs import add_api_docs
from .cache import ResponseCache
from .downloads import add_downloads
from .edit import ReadOnly, add_editing
from .guard import CSP, SECURITY_HEADERS, Guard, without_controls
from .highlight import highlight
from .pages import BadRequest, NotFound, Page, load_pages
from .register_view import RegisterView, warm
from .rows import letter_rows
from .schemas import response_schema

PACKAGE = Path(__file__).resolve().parent.parent
TEMPLATES = PACKAGE / "templates"
STATIC = PACKAGE / "static"
__all__ = ["CSP", "SECURITY_HEADERS", "create_app"]


def create_app(db_path: str | Path, edit: bool = False, host: str = "127.0.0.1") -> FastAPI:
    """The web UI over the register at ``db_path``: read-only, or with the analysts' editing forms when
    ``edit`` (served at ``host``: see :mod:`.edit`)."""
    app = FastAPI(
        lifespan=warm_up,
        title="lettertrace",
        version=__version__,
        description="Read-only register of letters, messages and calls between political actors. "
        "Every HTML page has a JSON twin at the same path plus `.json`.",
        docs_url=None,  # FastAPI's /docs and /redoc load scripts from a CDN: ours are plain pages (api_docs)
        redoc_url=None,
    )
    app.state.store = open_store(db_path)
    app.state.db_name = Path(db_path).name
    templates = Jinja2Templates(env=template_env())
    app.state.templates = templates
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    pages = load_pages()
    for p in pages:  # JSON twins first: "/letters/{cid}.json" must win over "/letters/{cid}"
        app.add_api_route(
            p.json_path,
            json_endpoint(p),
            methods=["GET"],
            summary=p.title,
            tags=["json"],
            responses=response_schema(p.json_path),
        )
    for p in pages:
        app.add_api_route(
            p.path,
            html_endpoint(p, templates),
            methods=["GET"],
            summary=f"{p.title} (HTML)",
            tags=["html"],
            response_class=HTMLResponse,
        )
    app.add_api_route("/letters", letters_alias, methods=["GET"], include_in_schema=False)
    add_downloads(app)  # /letters.csv and /letters.xml: the letters table as filtered
    add_api_docs(app, templates)
    app.add_exception_handler(HTTPException, error_handler(templates))
    app.add_exception_handler(Exception, error_handler(templates))  # a bug: a 500 page with our headers
    app.add_middleware(ResponseCache, db_path=str(Path(db_path).resolve()))
    if edit:  # issue 12: forms, CSRF tokens, confirmation and undo
        add_editing(app, templates, host)
    else:
        app.add_middleware(ReadOnly)  # every write refused
    app.add_middleware(Guard)  # outermost: its headers go on cached answers too
    return app


@asynccontextmanager
async def warm_up(app: FastAPI) -> AsyncIterator[None]:
    """Before the server takes its first request: the register's snapshot loaded and every template
    compiled (a burst of first visitors would otherwise wait for both, one after the other)."""
    await asyncio.to_thread(warm, app.state.store)
    env = app.state.templates.env
    for name in env.list_templates(extensions=["html"]):  # pages, and the layouts and macros they pull in
        env.get_template(name)
    yield


def template_env() -> jinja2.Environment:
    """Jinja2 with autoescaping always on, strict undefined and the highlighting helpers."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(
        highlight=highlight, facet_url=facet_url, letter_rows=letter_rows, editing=None, edit_choices=None
    )
    return env


def facet_url(filters: dict[str, str], key: str, value: str | None) -> str:
    """The letters page with ``key`` set to ``value`` (or removed when None), other filters kept."""
    params = {**filters, key: value} if value is not None else {k: v for k, v in filters.items() if k != key}
    return "/?" + urlencode(params) if params else "/"


def _params(p: Page) -> list[inspect.Parameter]:
    """The endpoint's parameters: the request, then the page function's own (minus the register)."""
    own = list(inspect.signature(p.fn, eval_str=True).parameters.values())[1:]
    kw = inspect.Parameter.KEYWORD_ONLY
    return [inspect.Parameter("request", kw, annotation=Request), *(x.replace(kind=kw) for x in own)]


def _data(p: Page, request: Request, kw: dict[str, Any]) -> dict[str, Any]:
    """Run the page function on a view of the register (404 when it finds nothing, 400 for a bad parameter)."""
    kw = {k: _cleaned(v) for k, v in kw.items()}
    try:
        return p.fn(RegisterView(request.app.state.store), **kw)
    except NotFound as exc:
        raise HTTPException(404, str(exc)) from exc
    except BadRequest as exc:
        raise HTTPException(400, str(exc)) from exc


def _cleaned(value: Any) -> Any:
    """A parameter with control characters turned into spaces (each value of a repeated one too)."""
    if isinstance(value, str):
        return without_controls(value)
    if isinstance(value, list):
        return [without_controls(v) if isinstance(v, str) else v for v in value]
    return value


def json_endpoint(p: Page) -> Any:
    """The endpoint serving a page's data as JSON."""

    def endpoint(request: Request, **kw: Any) -> Any:
        return JSONResponse(_data(p, request, kw))

    return _named(endpoint, p, "json")


def html_endpoint(p: Page, templates: Jinja2Templates) -> Any:
    """The endpoint rendering a page's data with its template."""

    def endpoint(request: Request, **kw: Any) -> Response:
        ctx = {
            **_data(p, request, kw),
            "page_title": p.title,
            "json_url": json_twin(p, request),
            "db_name": request.app.state.db_name,
        }
        return templates.TemplateResponse(request, p.template, ctx, headers=SECURITY_HEADERS)

    return _named(endpoint, p, "html")


def _named(endpoint: Any, p: Page, suffix: str) -> Any:
    """Give an endpoint the page's signature, name and docstring (FastAPI reads them)."""
    endpoint.__signature__ = inspect.Signature(_params(p))
    endpoint.__name__ = f"{p.fn.__name__}_{suffix}"
    endpoint.__doc__ = p.fn.__doc__
    return endpoint


def json_twin(p: Page, request: Request) -> str:
    """The URL of the JSON twin of the page being shown (same path parameters and query)."""
    path = p.json_path.format(**{k: quote(str(v), safe="") for k, v in request.path_params.items()})
    return f"{path}?{request.url.query}" if request.url.query else path


def letters_alias(request: Request) -> RedirectResponse:
    """``/letters`` is the letters table at ``/``."""
    return RedirectResponse("/" + (f"?{request.url.query}" if request.url.query else ""))


def error_handler(templates: Jinja2Templates) -> Any:
    """Errors as JSON on ``.json`` paths and the API, as an HTML page elsewhere."""

    async def handle(request: Request, exc: Exception) -> Response:
        status = exc.status_code if isinstance(exc, HTTPException) else 500
        detail = exc.detail if isinstance(exc, HTTPException) else "server error"
        if request.url.path.endswith(".json"):
            return JSONResponse({"detail": detail}, status_code=status, headers=SECURITY_HEADERS)
        ctx = {
            "page_title": f"Error {status}",
            "status": status,
            "detail": detail,
            "json_url": "/openapi.json",
            "db_name": request.app.state.db_name,
        }
        return templates.TemplateResponse(
            request, "error.html", ctx, status_code=status, headers=SECURITY_HEADERS
        )

    return handle
