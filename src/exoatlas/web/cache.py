"""Answers to GET requests, kept per atlas data version: plain ASGI middleware.

A served atlas changes only when someone writes it, and SQLite says when that happened
(``Store.data_version``: ``PRAGMA data_version`` for other connections' commits, a counter for
this one's). Until then the same GET (path, query, ``Accept`` and ``Host`` headers and scheme:
``Link`` headers are absolute URLs) gets the same answer, so a repeated page, search or
``/api/stats`` is sent again instead of computed again. Only complete 200 answers under
``ENTRY_BYTES`` are kept, and only when the atlas did not change while they were computed; at most
``TOTAL_BYTES`` in all (body, key and headers, plus ``ENTRY_OVERHEAD`` for each entry) and
``MAX_ENTRIES`` entries, least recently used first out; an atlas with no data version
(PostgreSQL) is never cached.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any

from exoatlas.web.security import ASGIApp, Message, Receive, Scope, Send

ENTRY_BYTES = 8 * 1024 * 1024
TOTAL_BYTES = 128 * 1024 * 1024
MAX_ENTRIES = 20_000
# what an entry costs beyond its bytes (the tuple, dicts and the OrderedDict's links), measured
# roughly with tracemalloc on a small answer; it keeps many tiny answers from growing memory
ENTRY_OVERHEAD = 1_200
UNCACHED_PREFIXES = ("/static/",)


class ResponseCache:
    """Keeps whole GET answers of ``app`` keyed by request and ``version()`` (None: no cache).
    A cache hit answers with the kept start message and body, marked ``x-exoatlas-cache: hit``.
    """

    def __init__(self, app: ASGIApp, version: Callable[[], Hashable | None]) -> None:
        self.app = app
        self.version = version
        self.entries: OrderedDict[Hashable, tuple[dict[str, Any], bytes, int]] = OrderedDict()
        self.size = 0
        self.seen_version: Hashable | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = str(scope.get("path", ""))
        if (
            scope["type"] != "http"
            or scope.get("method") != "GET"
            or path.startswith(UNCACHED_PREFIXES)
        ):
            await self.app(scope, receive, send)
            return
        version = self.version()
        if version is None:
            await self.app(scope, receive, send)
            return
        if version != self.seen_version:  # the atlas changed: every kept answer is stale
            self.entries.clear()
            self.size = 0
            self.seen_version = version
        headers = {k.lower(): v for k, v in scope.get("headers", [])}
        key = (
            path,
            scope.get("query_string", b""),
            headers.get(b"accept", b""),
            headers.get(b"host", b""),
            str(scope.get("scheme", "http")),
        )
        kept = self.entries.get(key)
        if kept is not None:
            self.entries.move_to_end(key)
            start, body, _cost = kept
            await send({**start, "headers": [*start["headers"], (b"x-exoatlas-cache", b"hit")]})
            await send({"type": "http.response.body", "body": body})
            return
        started: dict[str, Any] = {}
        chunks: list[bytes] = []
        size = 0
        keep = True

        async def capture(message: Message) -> None:
            nonlocal keep, size
            if message["type"] == "http.response.start":
                started.update(message)
                # a total stopped by a time limit depends on the load of the moment: not kept
                bounded = any(
                    k.lower() == b"x-total-count-at-least" for k, _ in message.get("headers", [])
                )
                keep = message.get("status") == 200 and not bounded
            elif message["type"] == "http.response.body" and keep:
                chunks.append(bytes(message.get("body", b"")))
                size += len(chunks[-1])
                keep = size <= ENTRY_BYTES
                # an answer computed while a write landed may be stale: not kept
                if keep and not message.get("more_body", False) and self.version() == version:
                    self._keep(key, started, b"".join(chunks))
            await send(message)

        await self.app(scope, receive, capture)

    def _keep(self, key: Hashable, start: dict[str, Any], body: bytes) -> None:
        start = {**start, "headers": list(start.get("headers", []))}
        cost = len(body) + ENTRY_OVERHEAD + len(repr(key))
        cost += sum(len(k) + len(v) for k, v in start["headers"])
        if key in self.entries:  # two requests for it were answered at once
            self.size -= self.entries.pop(key)[2]
        self.entries[key] = (start, body, cost)
        self.size += cost
        while (self.size > TOTAL_BYTES or len(self.entries) > MAX_ENTRIES) and self.entries:
            _, (_, _, dropped) = self.entries.popitem(last=False)
            self.size -= dropped
