"""PostgreSQL connections: a ``postgresql://`` URL opens the same store on a server database."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any

from exoatlas.errors import InputError

URL_PREFIXES = ("postgresql://", "postgres://")


def is_postgres_url(target: object) -> bool:
    return isinstance(target, str) and target.startswith(URL_PREFIXES)


def redact(url: str) -> str:
    """The URL without its password, for messages."""
    return re.sub(r"(://[^:/@]+):[^@]*@", r"\1:***@", url)


@lru_cache(maxsize=512)
def _pyformat(sql: str) -> str:
    """``?`` placeholders -> psycopg's ``%s`` (a literal ``%`` is doubled first)."""
    return sql.replace("%", "%%").replace("?", "%s")


class PostgresConnection:
    """A psycopg connection that speaks the store's ``?``-placeholder SQL.

    It runs in autocommit mode; the store opens and closes its transactions itself, exactly as
    it does on SQLite.
    """

    def __init__(self, conn: Any) -> None:
        self.raw = conn

    def execute(self, sql: str, parameters: Sequence[Any] = ()) -> Any:
        return self.raw.execute(_pyformat(sql), tuple(parameters))

    def executemany(self, sql: str, parameters: Iterable[Sequence[Any]]) -> Any:
        rows = [tuple(p) for p in parameters]
        cursor = self.raw.cursor()
        if rows:
            cursor.executemany(_pyformat(sql), rows)
        return cursor

    def close(self) -> None:
        self.raw.close()


def connect_postgres(url: str, *, create: bool) -> PostgresConnection:
    """Open an atlas in a PostgreSQL database (which must exist; the tables are made here)."""
    try:
        import psycopg
    except ImportError as exc:  # pragma: no cover - psycopg is a dependency
        raise InputError("PostgreSQL needs psycopg: pip install 'psycopg[binary]'") from exc
    try:
        # no server-side prepared statements: after a few runs PostgreSQL may switch a prepared
        # query to a generic plan, which for "first 50 by belief" queries was 100x slower
        raw = psycopg.connect(url, autocommit=True, connect_timeout=10, prepare_threshold=None)
    except psycopg.Error as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise InputError(f"cannot connect to {redact(url)}: {first}") from exc
    if not create:
        found = raw.execute("SELECT to_regclass('schema_migrations')").fetchone()
        if found is None or found[0] is None:
            raw.close()
            raise InputError(f"no atlas at {redact(url)}; run 'exoatlas build --db URL'")
    return PostgresConnection(raw)
