"""Turn stage dataclasses into JSON-able dicts and back (the SQLite and JSON edges)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import types
import typing
from functools import cache
from typing import Any, TypeVar, get_args, get_origin, get_type_hints

T = TypeVar("T")


def to_plain(obj: Any) -> Any:
    """Dataclasses, tuples and dates to JSON-able dicts, lists and ISO strings."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_plain(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, list | tuple):
        return [to_plain(x) for x in obj]
    if isinstance(obj, dt.date):
        return obj.isoformat()
    return obj


def dumps(obj: Any) -> str:
    """``json.dumps(to_plain(obj))``, each item of a dataclass's lists turned into JSON on its own: the
    plain tree of all the facts of a 20 MB report at once took several hundred MB."""
    if not dataclasses.is_dataclass(obj) or isinstance(obj, type):
        return json.dumps(to_plain(obj))
    fields = (f"{json.dumps(f.name)}: {_dumps_field(getattr(obj, f.name))}" for f in dataclasses.fields(obj))
    return "{" + ", ".join(fields) + "}"


def _dumps_field(value: Any) -> str:
    if isinstance(value, list | tuple):
        return "[" + ", ".join(json.dumps(to_plain(x)) for x in value) + "]"
    return json.dumps(to_plain(value))


def from_plain(cls: type[T], data: Any) -> T:
    """Rebuild a dataclass of type ``cls`` from what :func:`to_plain` made."""
    return typing.cast(T, _build(cls, data))


def _build(tp: Any, data: Any) -> Any:
    if data is None:
        return None
    origin = get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        members = [a for a in get_args(tp) if a is not type(None)]
        return _build(members[0], data) if len(members) == 1 else data
    if origin is tuple:
        args = get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_build(args[0], x) for x in data)
        return tuple(_build(t, x) for t, x in zip(args, data, strict=False))
    if origin is typing.Literal:
        return data
    if tp is dt.date:
        return dt.date.fromisoformat(data)
    if dataclasses.is_dataclass(tp):
        hints = _hints(typing.cast(type, tp))
        kwargs = {
            f.name: _build(hints[f.name], data[f.name]) for f in dataclasses.fields(tp) if f.name in data
        }
        return typing.cast(Any, tp)(**kwargs)
    return data


@cache
def _hints(tp: type) -> dict[str, Any]:
    """The type hints of a dataclass, worked out once (``get_type_hints`` evaluates every annotation)."""
    return get_type_hints(tp)
