"""The server's one security policy, applied to every response as plain ASGI middleware.

- Security headers: a content-security policy that allows only this server's own scripts, styles
  and images (plus ``data:`` images for plots), no framing, no MIME sniffing, no referrer.
- Trusted hosts: a request whose ``Host`` is not one the server answers to gets 400 — a page on
  another site that re-binds its DNS name to 127.0.0.1 cannot read the API from a user's browser.
- Body caps: a request body over its endpoint's cap gets 413 before any handler reads it.

Refusals answer ``/api`` in JSON (``{"detail": sentence}``) and browsers in a short HTML page.
"""

from __future__ import annotations

import html
import json
from collections.abc import Awaitable, Callable, Iterable, MutableMapping
from dataclasses import dataclass
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

MiB = 1024 * 1024
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
)
LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")

# The largest body each endpoint takes (first matching prefix wins). Text to read is capped at
# 5 MiB (plus room for the JSON around it), uploads at 50 MiB; anything else is small.
BODY_CAPS: tuple[tuple[str, int], ...] = (
    ("/api/read", 5 * MiB + 64 * 1024),
    ("/api/ingest", 5 * MiB + 64 * 1024),
    ("/api/qc", 50 * MiB),
    ("/qc", 50 * MiB),
    ("/audit", 50 * MiB),
    ("/documents", 50 * MiB),
)
DEFAULT_BODY_CAP = 256 * 1024


def body_cap(path: str) -> int:
    """The largest request body ``path`` accepts, in bytes."""
    for prefix, cap in BODY_CAPS:
        if path == prefix or path.startswith(prefix + "/"):
            return cap
    return DEFAULT_BODY_CAP


def allowed_hosts(bind_host: str, extra: Iterable[str] = ()) -> frozenset[str]:
    """The names a server bound to ``bind_host`` answers to: loopback names, the bound address
    itself and what the operator adds (``serve --allow-host``)."""
    names = {*LOCAL_HOSTS, *(h.strip().lower() for h in extra if h.strip())}
    if bind_host not in ("0.0.0.0", "::", ""):
        names.add(bind_host.lower())
    return frozenset(names)


def host_name(header: str) -> str:
    """The host part of a ``Host`` header: ``[::1]:8000`` -> ``::1``, ``a.b:80`` -> ``a.b``."""
    value = header.strip().lower()
    if value.startswith("["):
        return value[1 : value.find("]")] if "]" in value else value
    return value.rsplit(":", 1)[0] if value.count(":") == 1 else value


def _megabytes(n: int) -> str:
    return f"{n / MiB:.0f} MiB" if n >= MiB else f"{n // 1024} KiB"


@dataclass(frozen=True)
class Refusal:
    status: int
    sentence: str


async def refuse(scope: Scope, send: Send, refusal: Refusal) -> None:
    """Answer with ``refusal``: JSON for the API, a small HTML page for browsers."""
    path = str(scope.get("path", ""))
    if path.startswith("/api") or path.startswith("/openapi"):
        body = json.dumps({"detail": refusal.sentence}).encode()
        kind = b"application/json"
    else:
        text = html.escape(refusal.sentence)
        body = (
            f'<!doctype html><html lang="en"><head><meta charset="utf-8">'
            f'<title>{refusal.status} — exoatlas</title><link rel="stylesheet" '
            f'href="/static/site.css"></head><body><main><h1>{refusal.status}</h1>'
            f'<p>{text}</p><p><a href="/">exoatlas home</a></p></main></body></html>'
        ).encode()
        kind = b"text/html; charset=utf-8"
    headers = [(b"content-type", kind), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": refusal.status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


class Guard:
    """Security headers, trusted hosts and body caps for every HTTP request.

    ``hosts`` is None for an app used in-process (tests, notebooks): no Host check. ``serve``
    always passes the names it answers to.
    """

    def __init__(self, app: ASGIApp, hosts: frozenset[str] | None = None) -> None:
        self.app = app
        self.hosts = hosts

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [
                    (name, value) for name, value in SECURITY_HEADERS if name not in present
                ]
            await send(message)

        headers = {name.lower(): value for name, value in scope.get("headers", [])}
        if self.hosts is not None:
            host = host_name(headers.get(b"host", b"").decode("latin-1"))
            if host not in self.hosts:
                await refuse(
                    scope,
                    send_with_headers,
                    Refusal(400, f"this server does not answer to the host name {host!r}"),
                )
                return
        cap = body_cap(str(scope.get("path", "")))
        declared = headers.get(b"content-length")
        too_big = Refusal(413, f"the request body is over this endpoint's {_megabytes(cap)} limit")
        if declared is not None:
            try:
                if int(declared) > cap:
                    await refuse(scope, send_with_headers, too_big)
                    return
            except ValueError:
                await refuse(scope, send_with_headers, Refusal(400, "bad Content-Length header"))
                return
        if scope.get("method") in ("POST", "PUT", "PATCH"):
            # read the body here, bounded, so a chunked upload cannot exceed the cap either
            chunks: list[bytes] = []
            size = 0
            more = True
            while more:
                message = await receive()
                if message["type"] == "http.disconnect":
                    return
                chunk = message.get("body", b"")
                size += len(chunk)
                if size > cap:
                    await refuse(scope, send_with_headers, too_big)
                    return
                chunks.append(chunk)
                more = bool(message.get("more_body", False))
            body = b"".join(chunks)
            replayed = False

            async def replay() -> Message:
                nonlocal replayed
                if not replayed:
                    replayed = True
                    return {"type": "http.request", "body": body, "more_body": False}
                return await receive()

            await self.app(scope, replay, send_with_headers)
            return
        await self.app(scope, receive, send_with_headers)
