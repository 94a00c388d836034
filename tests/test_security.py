"""The server's security policy: headers on every response, trusted hosts, body caps."""

from __future__ import annotations

import http.client
import urllib.parse
from pathlib import Path

import pytest
from benchmarks.load import serving
from fastapi.testclient import TestClient

from exoatlas import Atlas
from exoatlas.api import get_app
from exoatlas.web.security import MiB, allowed_hosts, body_cap, host_name

LOCAL = allowed_hosts("127.0.0.1")


def guarded(atlas: Atlas) -> TestClient:
    return TestClient(get_app(atlas, hosts=LOCAL), base_url="http://127.0.0.1")


@pytest.mark.parametrize(
    "path", ["/", "/search?q=x", "/api/stats", "/api/claims/nope", "/static/site.css", "/nope"]
)
def test_every_response_carries_the_security_headers(empty_atlas: Atlas, path: str) -> None:
    response = guarded(empty_atlas).get(path)
    csp = response.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "img-src 'self' data:" in csp
    assert "frame-ancestors 'none'" in csp and "'unsafe-inline'" not in csp
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["x-frame-options"] == "DENY"
    assert response.headers["referrer-policy"] == "no-referrer"


def test_a_foreign_host_gets_400_in_json_and_in_html(empty_atlas: Atlas) -> None:
    client = guarded(empty_atlas)
    api = client.get("/api/stats", headers={"Host": "evil.example"})
    assert api.status_code == 400
    assert "evil.example" in api.json()["detail"]
    page = client.get("/", headers={"Host": "evil.example:8000"})
    assert page.status_code == 400 and page.headers["content-type"].startswith("text/html")
    assert page.headers["x-content-type-options"] == "nosniff"
    for host in ("127.0.0.1:8000", "localhost", "[::1]:8000"):
        assert client.get("/api/stats", headers={"Host": host}).status_code == 200


def test_allowed_hosts_follow_the_bind_address_and_allow_host() -> None:
    assert allowed_hosts("0.0.0.0") == frozenset({"127.0.0.1", "localhost", "::1"})
    assert "atlas.lab.example" in allowed_hosts("127.0.0.1", ["Atlas.Lab.example"])
    assert "10.1.2.3" in allowed_hosts("10.1.2.3")
    assert host_name("[::1]:80") == "::1" and host_name("Example.ORG:8000") == "example.org"


def test_a_body_over_the_cap_gets_413_before_the_handler(empty_atlas: Atlas) -> None:
    client = guarded(empty_atlas)
    over = "x " * (body_cap("/api/read") // 2 + 10)
    response = client.post("/api/read", json={"text": over})
    assert response.status_code == 413
    assert "limit" in response.json()["detail"]
    small = client.post("/api/design", content=b"{" + b" " * (300 * 1024) + b"}")
    assert small.status_code == 413
    assert body_cap("/api/qc") == 50 * MiB and body_cap("/api/read") < 6 * MiB


def test_a_chunked_body_over_the_cap_gets_413(empty_atlas: Atlas) -> None:
    client = guarded(empty_atlas)

    def chunks() -> object:
        for _ in range(6):
            yield b"a" * (64 * 1024)

    response = client.post(
        "/api/design", content=chunks(), headers={"content-type": "application/json"}
    )
    assert response.status_code == 413


def test_serve_refuses_a_foreign_host_on_loopback(built_db: Path) -> None:
    with serving(built_db) as base:
        parsed = urllib.parse.urlparse(base)
        for host, status in (("evil.example", 400), (parsed.netloc, 200)):
            conn = http.client.HTTPConnection(parsed.hostname or "", parsed.port, timeout=10)
            conn.request("GET", "/api/stats", headers={"Host": host})
            response = conn.getresponse()
            assert response.status == status
            assert response.getheader("Content-Security-Policy")
            conn.close()
