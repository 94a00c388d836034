"""Before `make run` builds and serves: is an exoatlas server already on this atlas or this port?

Exit 0: go ahead. Exit 3: one is already serving (said in one line; `make run` then stops with
success and leaves the atlas alone). Exit 2: the port is taken by some other program.
The serving shell writes "<pid> <url>" to ``<db>.serving`` and then execs the server, so the pid
there is the server's while it lives.
"""

from __future__ import annotations

import argparse
import socket
import sys
from pathlib import Path


def live_server(marker: Path) -> tuple[int, str] | None:
    """The pid and URL of the server that ``marker`` names, if that process still runs it."""
    try:
        pid_text, url = marker.read_text(encoding="utf-8").split(maxsplit=1)
        pid = int(pid_text)
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
    except (OSError, ValueError):
        return None
    if b"exoatlas" not in cmdline or b"serve" not in cmdline:
        return None
    return pid, url.strip()


def port_taken(host: str, port: int) -> bool:
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as sock:
        sock.settimeout(0.5)
        return sock.connect_ex((host, port)) == 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", required=True)
    parser.add_argument("--host", required=True)
    parser.add_argument("--port", type=int, required=True)
    args = parser.parse_args()
    running = live_server(Path(f"{args.db}.serving"))
    if running is not None:
        pid, url = running
        print(
            f"exoatlas is already serving {args.db} on {url} (pid {pid}); "
            "not rebuilding it under that server",
            file=sys.stderr,
        )
        return 3
    if port_taken(args.host, args.port):
        print(
            f"port {args.port} on {args.host} is already in use; "
            f"stop that program or choose another: make run PORT={args.port + 1}",
            file=sys.stderr,
        )
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
