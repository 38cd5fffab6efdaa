"""Turn stage dataclasses into JSON-able dicts and back (the SQLite and JSON edges)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
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


def loads(cls: type[T], text: str) -> T:
    """``from_plain(cls, json.loads(text))`` for a JSON object, each item of its top-level lists rebuilt as
    soon as it is read: the JSON tree of all the facts of a 20 MB report at once took several hundred MB."""
    at = _skip(text, 0)
    if not text.startswith("{", at) or not dataclasses.is_dataclass(cls):
        return from_plain(cls, json.loads(text))
    hints, values = _hints(cls), {}
    at = _skip(text, at + 1)
    while not text.startswith("}", at):
        key, at = _DECODER.raw_decode(text, at)
        at = _skip(text, _skip(text, at) + 1)  # past the colon
        tp = hints.get(key)
        args = get_args(tp) if get_origin(tp) is tuple else ()
        if text.startswith("[", at) and len(args) == 2 and args[1] is Ellipsis:
            items, at = [], _skip(text, at + 1)
            while not text.startswith("]", at):
                item, at = _DECODER.raw_decode(text, at)
                items.append(_build(args[0], item))
                at = _skip(text, at)
                at = _skip(text, at + 1) if text.startswith(",", at) else at
            values[key], at = tuple(items), at + 1
        else:
            value, at = _DECODER.raw_decode(text, at)
            values[key] = _build(tp, value) if tp is not None else value
        at = _skip(text, at)
        at = _skip(text, at + 1) if text.startswith(",", at) else at
    fields = {f.name for f in dataclasses.fields(cls)}
    return typing.cast(Any, cls)(**{k: v for k, v in values.items() if k in fields})


_DECODER = json.JSONDecoder()
_SPACE = re.compile(r"[ \t\n\r]*")


def _skip(text: str, at: int) -> int:
    m = _SPACE.match(text, at)
    return m.end() if m else at


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
