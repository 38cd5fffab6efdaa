"""A response cache for the read-only UI (pure ASGI middleware), kept per state of the register file.

A page depends only on its path, its query string and the register, so a GET answered 200 is kept and
replayed to the next request for the same URL while the file's stamp (size and modification time of the
database and its write-ahead log) is unchanged; an ingest that writes to the file makes every entry
stale. Requests for a URL that is being computed wait for that one answer instead of computing it again,
so a burst of users opening the same pages costs one rendering each.
"""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .register_view import Stamp, file_stamp

MAX_BYTES = 64 * 1024 * 1024  # bodies kept at most (the letters page of 1,000 reports is about 0.4 MB)
UNCACHED_PREFIXES = ("/static/",)  # files: cheap to serve, and they answer conditional requests themselves

Key = tuple[str, bytes]


class ResponseCache:
    """Keeps GET responses answered 200, keyed by path and query, for as long as the register is unchanged."""

    def __init__(self, app: ASGIApp, db_path: str, max_bytes: int = MAX_BYTES) -> None:
        self.app = app
        self.db_path = db_path
        self.max_bytes = max_bytes
        self.entries: OrderedDict[Key, tuple[Stamp, list[Message], int]] = OrderedDict()
        self.size = 0
        self.pending: dict[Key, tuple[Stamp, asyncio.Future[list[Message] | None]]] = {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET" or scope["path"].startswith(UNCACHED_PREFIXES):
            await self.app(scope, receive, send)
            return
        key: Key = (scope["path"], scope.get("query_string", b""))
        stamp = file_stamp(self.db_path)
        kept = self.entries.get(key)
        if kept is not None and kept[0] == stamp:
            self.entries.move_to_end(key)
            await _replay(kept[1], send)
            return
        waiting = self.pending.get(key)
        if waiting is not None and waiting[0] == stamp:
            messages = await asyncio.shield(waiting[1])
            if messages is not None:
                await _replay(messages, send)
                return
        await self._compute(key, stamp, scope, receive, send)

    async def _compute(self, key: Key, stamp: Stamp, scope: Scope, receive: Receive, send: Send) -> None:
        """Run the app, pass its answer on, and keep it when it is a complete 200."""
        future: asyncio.Future[list[Message] | None] = asyncio.get_running_loop().create_future()
        self.pending[key] = (stamp, future)
        recorded: list[Message] = []

        async def recording(message: Message) -> None:
            recorded.append(message)
            await send(message)

        try:
            await self.app(scope, receive, recording)
        finally:
            keep = _complete_ok(recorded)
            if keep:
                self._store(key, stamp, recorded)
            future.set_result(recorded if keep else None)
            if self.pending.get(key, (None, None))[1] is future:
                del self.pending[key]

    def _store(self, key: Key, stamp: Stamp, messages: list[Message]) -> None:
        size = sum(len(m.get("body", b"")) for m in messages)
        if size > self.max_bytes:
            return
        old = self.entries.pop(key, None)
        self.size -= old[2] if old else 0
        self.entries[key] = (stamp, messages, size)
        self.size += size
        while self.size > self.max_bytes:
            _, (_, _, dropped) = self.entries.popitem(last=False)
            self.size -= dropped


def _complete_ok(messages: list[Message]) -> bool:
    """True for a whole 200 response (its start, then bodies up to the last one)."""
    if not messages or messages[0].get("type") != "http.response.start" or messages[0].get("status") != 200:
        return False
    last: Any = messages[-1]
    return bool(last.get("type") == "http.response.body" and not last.get("more_body", False))


async def _replay(messages: list[Message], send: Send) -> None:
    for message in messages:
        await send(message)
