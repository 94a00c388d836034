"""``exoatlas serve`` under load: 50 concurrent keep-alive clients for 30 seconds on loopback,
asking a mix of API searches, the conflict map and web pages of the seed atlas (``load.PATHS``),
against one server process and against two (``serve --workers 2``). The clients run in this
process, so they share the machine's cores with the server."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

from benchmarks.common import machine
from benchmarks.load import PATHS, run_load, serving
from exoatlas import Atlas


def run(clients: int = 50, seconds: float = 30) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "atlas.db"
        with Atlas(db, create=True) as atlas:
            atlas.build()
        with serving(db) as base:
            result = run_load(base, clients=clients, seconds=seconds)
        with serving(db, "--workers", "2") as base:
            two = run_load(base, clients=clients, seconds=seconds)
    # one process's numbers stay at the top level, as before
    return {**result, "workers_2": two, "paths": list(PATHS), "machine": machine()}


if __name__ == "__main__":
    print(json.dumps({"serve": run()}, indent=2))
