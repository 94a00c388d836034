"""``exoatlas serve`` on loopback and a bounded load against it.

Used by ``bench_serve`` (the published numbers) and by the robustness tests (zero errors under
load, reads answered while another process writes).
"""

from __future__ import annotations

import http.client
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from exoatlas.store.pgserver import free_port

# what a session of browsing and scripting asks, in proportion
PATHS = (
    "/api/claims?limit=20",
    "/api/claims?cargo=miR-21",
    "/api/claims?q=glioma&limit=10",
    "/api/claims?source=umbilical%20cord&role=anti_tumor",
    "/api/stats",
    "/api/conflicts",
    "/search?q=exosomes",
    "/",
)


@contextmanager
def serving(db: str | Path, *extra: str, timeout: float = 60) -> Iterator[str]:
    """Run ``exoatlas serve --db DB`` on a free loopback port; yields its base URL."""
    port = free_port()
    command = [sys.executable, "-m", "exoatlas", "serve", "--db", str(db), "--port", str(port)]
    proc = subprocess.Popen(
        [*command, *extra], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                urllib.request.urlopen(base + "/api/stats", timeout=5).read()
                break
            except OSError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise RuntimeError(f"exoatlas serve did not come up on {base}") from None
                time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0-100) by nearest rank; 0 for no values."""
    if not values:
        return 0.0
    ordered = sorted(values)
    rank = max(1, min(len(ordered), round(q / 100 * len(ordered) + 0.5)))
    return ordered[rank - 1]


def run_load(
    base: str,
    *,
    clients: int = 50,
    seconds: float = 30,
    paths: Sequence[str] = PATHS,
    unique: bool = False,
) -> dict[str, Any]:
    """``clients`` threads, each on its own keep-alive connection, asking ``paths`` in turn for
    ``seconds``. Every response other than 200 with a body, and every exception, is an error.
    ``unique`` makes every request distinct (a throwaway ``_`` parameter the server ignores),
    so that none is answered from the server's cache of answers."""
    host, port = base.removeprefix("http://").split(":")
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def client(number: int) -> None:
        conn = http.client.HTTPConnection(host, int(port), timeout=30)
        mine: list[float] = []
        i = number
        while time.monotonic() < stop:
            path = paths[i % len(paths)]
            if unique:
                path += f"{'&' if '?' in path else '?'}_={number}-{i}"
            i += 1
            started = time.perf_counter()
            try:
                conn.request("GET", path)
                response = conn.getresponse()
                body = response.read()
                if response.status != 200 or not body:
                    with lock:
                        errors.append(f"{path}: HTTP {response.status}")
            except (OSError, http.client.HTTPException) as exc:
                with lock:
                    errors.append(f"{path}: {type(exc).__name__}: {exc}")
                conn.close()
                conn = http.client.HTTPConnection(host, int(port), timeout=30)
            mine.append(time.perf_counter() - started)
        conn.close()
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    return {
        "clients": clients,
        "seconds": round(elapsed, 1),
        "unique": unique,
        "requests": len(latencies),
        "errors": len(errors),
        "first_errors": errors[:5],
        "requests_per_s": round(len(latencies) / elapsed, 1),
        "p50_ms": round(percentile(latencies, 50) * 1000, 1),
        "p95_ms": round(percentile(latencies, 95) * 1000, 1),
        "p99_ms": round(percentile(latencies, 99) * 1000, 1),
    }
