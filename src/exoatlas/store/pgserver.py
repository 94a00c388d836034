"""A throwaway PostgreSQL server on loopback, for the test suite and the benchmarks.

``initdb`` into a temporary directory, ``pg_ctl start`` on a free port, trust authentication for
one superuser, ``fsync`` off (nothing here outlives the process), removed again on ``stop``. As
root it runs the server binaries as the ``postgres`` system user, since PostgreSQL refuses root.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path
from types import TracebackType

from exoatlas.errors import InputError

USER = "exoatlas"


def find_bin() -> Path:
    """The directory holding initdb and pg_ctl, newest version first; InputError if none."""
    candidates = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"),
        key=lambda p: int(p.parts[-3]) if p.parts[-3].isdigit() else 0,
        reverse=True,
    )
    found = shutil.which("initdb")
    if found:
        candidates.append(Path(found))
    for initdb in candidates:
        if (initdb.parent / "pg_ctl").exists():
            return initdb.parent
    raise InputError(
        "PostgreSQL server binaries (initdb, pg_ctl) not found: run 'make install' as root, "
        "or apt-get install postgresql-15"
    )


def free_port() -> int:
    """A TCP port free on loopback right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PostgresServer:
    """A private PostgreSQL server; ``new_database()`` gives a fresh database's URL."""

    def __init__(self) -> None:
        self.bin = find_bin()
        self.root = Path(tempfile.mkdtemp(prefix="exoatlas-pg-"))
        self.port = free_port()
        self.as_postgres = os.geteuid() == 0
        self._count = 0
        if self.as_postgres:
            shutil.chown(self.root, user="postgres")
        data = self.root / "data"
        self._run("initdb", "-D", str(data), "-U", USER, "--auth=trust", "--locale=C", "-E", "UTF8")
        options = (
            f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off"
            " -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        )
        log = str(self.root / "log")
        self._run("pg_ctl", "-D", str(data), "-o", options, "-l", log, "-w", "start")

    def _run(self, program: str, *args: str) -> None:
        command = [str(self.bin / program), *args]
        if self.as_postgres:
            command = ["runuser", "-u", "postgres", "--", *command]
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise RuntimeError(f"{program} failed: {done.stderr.strip() or done.stdout.strip()}")

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{USER}@127.0.0.1:{self.port}/{database}"

    def new_database(self, template: str | None = None) -> str:
        """Create a database (empty, or a copy of the database at URL ``template``, which must
        have no open connections) and return its URL."""
        import psycopg

        self._count += 1
        name = f"atlas_{self._count}"
        copy = ""
        if template is not None:
            source = template.rsplit("/", 1)[1]
            if not source.isidentifier():
                raise ValueError(f"not a database this server made: {template!r}")
            copy = f" TEMPLATE {source}"
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name}{copy}")
        return self.url(name)

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.root / "data"), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def __enter__(self) -> PostgresServer:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
