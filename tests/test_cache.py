"""GET answers are kept per atlas data version (``web/cache.py``): asked again, the same answer
comes back without being computed; once anyone writes the atlas — this server or another
process — the next answer is new."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from exoatlas import Atlas
from exoatlas.api import get_app
from exoatlas.model import Document, Entity, Evidence, Finding, Outcome, Recipient
from exoatlas.store import Record

CACHE_HEADER = "x-exoatlas-cache"


def paper(doc: str) -> tuple[Document, list[Record]]:
    finding = Finding(
        cargo=[Entity(label="miR-9990", kind="mirna")],
        recipient=Recipient(disease=Entity(label="glioma", kind="disease")),
        outcome=Outcome(direction="decrease", role="anti_tumor"),
    )
    evidence = Evidence(document=doc, locator="s1", extractor="test", confidence=0.6)
    return Document(id=doc), [Record(finding, evidence)]


def test_a_kept_answer_is_sent_again_until_another_process_writes(built_db: Path) -> None:
    with Atlas(built_db, readonly=True) as served:
        client = TestClient(get_app(served))
        first = client.get("/api/stats")
        again = client.get("/api/stats")
        assert CACHE_HEADER not in first.headers and again.headers[CACHE_HEADER] == "hit"
        assert again.json() == first.json()
        assert again.headers["content-security-policy"]  # kept answers are guarded too
        with Atlas(built_db) as writer:  # another connection, as another process would be
            writer.add_document(*paper("other-process"))
        after = client.get("/api/stats")
        assert CACHE_HEADER not in after.headers
        assert after.json()["claims"] == first.json()["claims"] + 1
        assert after.json()["by_document"]["other-process"] == 1
        # what is never kept: errors, and static files
        assert client.get("/api/claims/nope").status_code == 404
        assert CACHE_HEADER not in client.get("/api/claims/nope").headers
        assert CACHE_HEADER not in client.get("/static/site.css").headers


def test_a_write_through_this_server_changes_the_answers(empty_atlas: Atlas) -> None:
    client = TestClient(get_app(empty_atlas))
    assert client.get("/api/claims", params={"cargo": "miR-9990"}).json() == []
    empty_atlas.add_document(*paper("here"))
    found = client.get("/api/claims", params={"cargo": "miR-9990"})
    assert CACHE_HEADER not in found.headers and len(found.json()) == 1


def test_the_accept_header_is_part_of_what_is_asked(atlas: Atlas) -> None:
    client = TestClient(get_app(atlas))
    as_json = client.get("/api/claims", params={"cargo": "miR-21"})
    as_csv = client.get("/api/claims", params={"cargo": "miR-21"}, headers={"Accept": "text/csv"})
    assert as_json.headers["content-type"].startswith("application/json")
    assert as_csv.headers["content-type"].startswith("text/csv")


def test_the_host_is_part_of_what_is_asked(atlas: Atlas) -> None:
    """Link headers are absolute: an answer for one Host is not sent to another."""
    client = TestClient(get_app(atlas))
    params = {"limit": 2}
    first = client.get("/api/claims", params=params, headers={"Host": "localhost"})
    other = client.get("/api/claims", params=params, headers={"Host": "127.0.0.1"})
    assert CACHE_HEADER not in other.headers
    assert "127.0.0.1" in other.headers["link"] and "localhost" in first.headers["link"]


def test_an_answer_computed_while_a_write_landed_is_not_kept(built_db: Path) -> None:
    """A write between a request's start and its answer: the answer may be stale, so it is sent
    but not kept (the next request computes it again)."""
    from exoatlas.web.cache import ResponseCache

    state = {"version": 1}

    async def app(scope: dict[str, object], receive: object, send: Any) -> None:
        state["version"] = 2  # a write lands while this answer is computed
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"old"})

    cache = ResponseCache(app, lambda: state["version"])
    sent: list[dict[str, object]] = []

    async def send(message: dict[str, object]) -> None:
        sent.append(message)

    async def receive() -> dict[str, object]:
        return {"type": "http.request"}

    scope = {"type": "http", "method": "GET", "path": "/x", "query_string": b"", "headers": []}
    asyncio.run(cache(scope, receive, send))
    assert sent[-1]["body"] == b"old"
    assert not cache.entries


def test_many_small_answers_are_bounded_by_count_and_cost(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Distinct empty searches cannot grow memory without bound: every entry is charged its key,
    headers and a fixed overhead, and the number of entries is capped."""
    from exoatlas.web import cache as cache_module

    async def app(scope: dict[str, object], receive: object, send: Any) -> None:
        await send({"type": "http.response.start", "status": 200, "headers": [(b"a", b"b")]})
        await send({"type": "http.response.body", "body": b"[]"})

    monkeypatch.setattr(cache_module, "MAX_ENTRIES", 5)
    cache = cache_module.ResponseCache(app, lambda: 1)

    async def send(message: dict[str, object]) -> None:
        return None

    async def receive() -> dict[str, object]:
        return {"type": "http.request"}

    for n in range(12):
        query = f"q={n}".encode()
        scope = {
            "type": "http",
            "method": "GET",
            "path": "/x",
            "query_string": query,
            "headers": [],
        }
        asyncio.run(cache(scope, receive, send))
    assert len(cache.entries) == 5  # the 7 least recently used went
    assert cache.size >= 5 * (cache_module.ENTRY_OVERHEAD + 2)
    assert cache.size == sum(cost for _, _, cost in cache.entries.values())
