"""``exoatlas serve`` under load and while another process writes: every request answered."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from benchmarks.load import run_load, serving

from .test_reader import ABSTRACT, medline


def stats(base: str) -> dict[str, int]:
    with urllib.request.urlopen(base + "/api/stats", timeout=30) as response:
        assert response.status == 200
        body: dict[str, int] = json.loads(response.read())
        return body


@pytest.mark.slow  # over 20 s on two cores: make test-slow
def test_reads_are_answered_while_another_process_ingests(tmp_path: Path, built_db: Path) -> None:
    records = [(str(5000 + i), f"MSC exosomes study {i}", ABSTRACT) for i in range(3000)]
    path = tmp_path / "many.xml.gz"
    path.write_bytes(gzip.compress(medline(records)))
    with serving(built_db) as base:
        before = stats(base)["documents"]
        writer = subprocess.Popen(
            [sys.executable, "-m", "exoatlas", "ingest", "--db", str(built_db), str(path)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        seen: list[int] = []
        while writer.poll() is None:
            seen.append(stats(base)["documents"])
            with urllib.request.urlopen(base + "/api/claims?cargo=miR-146b", timeout=30) as r:
                assert r.status == 200 and json.loads(r.read())
        assert writer.returncode == 0, writer.stderr.read() if writer.stderr else ""
        assert len(seen) > 10, "the ingest finished before the server was asked anything"
        # every answer during the write saw the old atlas or the whole new one, nothing between
        assert set(seen) <= {before, before + 3000}
        assert stats(base)["documents"] == before + 3000


def load_ok(db: Path, seconds: float) -> dict[str, object]:
    with serving(db) as base:
        result = run_load(base, clients=50, seconds=seconds)
    print(json.dumps(result))  # p99 and friends, in the test log
    assert result["errors"] == 0, result["first_errors"]
    assert isinstance(result["requests"], int) and result["requests"] > 50
    return result


@pytest.mark.slow  # over 20 s on two cores: make test-slow
def test_fifty_clients_for_eight_seconds_get_no_errors(built_db: Path) -> None:
    started = time.monotonic()
    load_ok(built_db, 8)
    assert time.monotonic() - started < 60


@pytest.mark.slow
def test_fifty_clients_for_thirty_seconds_get_no_errors(built_db: Path) -> None:
    load_ok(built_db, 30)


@pytest.mark.slow  # over 20 s on two cores: make test-slow
def test_two_server_processes_share_the_load(built_db: Path) -> None:
    with serving(built_db, "--workers", "2") as base:
        result = run_load(base, clients=20, seconds=4)
        assert stats(base)["claims"] > 0
    assert result["errors"] == 0, result["first_errors"]
    assert isinstance(result["requests"], int) and result["requests"] > 20
