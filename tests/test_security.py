"""The server's security policy: headers on every response, trusted hosts, body caps."""

from __future__ import annotations

import http.client
import json
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
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


def test_bad_input_is_a_4xx_with_one_sentence(empty_atlas: Atlas) -> None:
    client = guarded(empty_atlas)
    huge_offset = client.get("/api/claims", params={"offset": "9223372036854775808"})
    assert huge_offset.status_code == 422
    detail = huge_offset.json()["detail"]
    assert isinstance(detail, str) and "offset" in detail and "\n" not in detail
    long_word = client.post("/api/read", json={"text": "exosomes " + "x" * 5000 + " end."})
    assert long_word.status_code == 422
    assert "without spaces" in long_word.json()["detail"]
    wrong_type = client.post("/api/design", json={"indication": 42})
    assert wrong_type.status_code == 422 and "indication" in wrong_type.json()["detail"]


def post_json(base: str, path: str, payload: dict[str, object], timeout: float) -> int:
    request = urllib.request.Request(
        base + path,
        data=json.dumps(payload).encode(),
        headers={"Content-Type": "application/json"},
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return int(response.status)
    except urllib.error.HTTPError as exc:
        return int(exc.code)


def foreign_host_status(base: str, host: str) -> int:
    parsed = urllib.parse.urlparse(base)
    conn = http.client.HTTPConnection(parsed.hostname or "", parsed.port, timeout=10)
    try:
        conn.request("GET", "/api/stats", headers={"Host": host})
        response = conn.getresponse()
        assert response.getheader("Content-Security-Policy")
        return response.status
    finally:
        conn.close()


@pytest.mark.slow  # a real server loads the whole lexicon first (~10 s); make test-slow runs it
def test_served_on_loopback_it_checks_hosts_and_a_long_read_stalls_no_one(
    built_db: Path,
) -> None:
    """One real server (starting one is the slow part): it answers on loopback, checks the Host
    and stops a long read at its time limit while answering others."""
    # ~4 MB of sentences the reader must work through: long enough to outlast the 2-second limit
    sentence = "Exosomes from bone marrow MSCs reduced apoptosis of cardiomyocytes in rats. "
    text = sentence * (4_000_000 // len(sentence))
    with serving(built_db, "--time-limit", "2") as base:
        with urllib.request.urlopen(f"{base}/api/claims?limit=2") as r:
            body = r.read().decode()
        assert body.startswith("[") and '"evidence"' in body
        with urllib.request.urlopen(f"{base}/") as r:
            assert "exoatlas" in r.read().decode()
        assert foreign_host_status(base, "evil.example") == 400
        assert foreign_host_status(base, urllib.parse.urlparse(base).netloc) == 200
        statuses: list[int] = []
        started = time.monotonic()
        worker = threading.Thread(
            target=lambda: statuses.append(post_json(base, "/api/read", {"text": text}, 60))
        )
        worker.start()
        time.sleep(0.5)
        waits = []
        for _ in range(3):
            t0 = time.monotonic()
            with urllib.request.urlopen(base + "/api/stats", timeout=10) as response:
                assert response.status == 200
            waits.append(time.monotonic() - t0)
        worker.join(60)
        assert max(waits) < 1.0, waits
        assert statuses == [504]
        assert time.monotonic() - started < 30


def test_upload_audit_and_design_pages_run_as_forked_jobs_on_a_file_atlas(built_db: Path) -> None:
    """With an atlas on disk the audit upload and the design page run in a child process that
    opens the atlas read-only; the answers are the pages a browser expects and the file is
    left byte-identical."""
    before = built_db.read_bytes()
    with Atlas(built_db) as atlas:
        assert atlas.location == str(built_db)
        client = guarded(atlas)
        draft = "# My review\n\nBone marrow MSC exosomes reduced apoptosis [1].\n\n## References\n"
        draft += "1. Doe J. A study of something else. 2020.\n"
        audited = client.post(
            "/audit", files={"document": ("draft.md", draft.encode(), "text/markdown")}
        )
        assert audited.status_code == 200 and "draft.md" in audited.text
        designed = client.get("/design", params={"indication": "acute kidney injury"})
        assert designed.status_code == 200 and "kidney" in designed.text.lower()
        broken = client.post(
            "/audit", files={"document": ("x.docx", b"PK\x03\x04", "application/zip")}
        )
        assert broken.status_code == 422
    assert built_db.read_bytes() == before


def test_a_job_past_its_time_limit_is_stopped_and_the_next_one_runs() -> None:
    # in-process twin of the served test above (make test-slow): a forked job that outlasts the
    # limit is killed and reported; a slot is free again for the next job
    from exoatlas.web.offload import JobTimeout, Offloader

    offloader = Offloader(max_jobs=1, time_limit_s=0.5)
    started = time.monotonic()
    with pytest.raises(JobTimeout, match="limit"):
        offloader.run_blocking(time.sleep, 30)
    assert time.monotonic() - started < 5
    assert offloader.run_blocking(sum, [1, 2, 3]) == 6
