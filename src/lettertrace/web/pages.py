"""The page registry: a page is a function returning plain data, shown as HTML and as its ``.json`` twin.

A new page is a new ``@page(...)`` function in ``web/views/``, not a new route in the app.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

PageFn = Callable[..., dict[str, Any]]


@dataclass(frozen=True)
class Page:
    """One page: its HTML path, its JSON twin's path, its template and the function building its data."""

    path: str
    json_path: str
    template: str
    fn: PageFn
    title: str


PAGES: list[Page] = []


class NotFound(LookupError):
    """Nothing in the register has the id a page was asked for."""


class BadRequest(ValueError):
    """A parameter the page cannot use (a date that is no date, an unknown sort): answered 400."""


def page(path: str, template: str, json_path: str | None = None) -> Callable[[PageFn], PageFn]:
    """Decorator: serve ``fn``'s data at ``path`` (HTML, via ``template``) and ``json_path`` (JSON)."""

    def deco(fn: PageFn) -> PageFn:
        title = (fn.__doc__ or path).strip().splitlines()[0].rstrip(".")
        PAGES.append(Page(path, json_path or f"{path}.json", template, fn, title))
        return fn

    return deco


def load_pages() -> list[Page]:
    """Import every view module so that its pages register themselves."""
    import importlib
    import pkgutil

    from . import views

    for mod in pkgutil.iter_modules(views.__path__):
        importlib.import_module(f"{views.__name__}.{mod.name}")
    return PAGES
