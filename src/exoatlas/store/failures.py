"""Database failures -> one clear line: the one place that names SQLite's error codes.

A writer that finds another writer holding the lock waits (the busy timeout), then says so; a full
disk and an I/O error are named as such; a file that is not a database, or a damaged one, is bad
input. Everything else keeps SQLite's own words, on one line.
"""

from __future__ import annotations

import errno
import os
import sqlite3

from exoatlas.errors import ExoatlasError, InputError

# how long a writer waits for another writer's transaction before giving up (seconds)
BUSY_TIMEOUT_S = float(os.environ.get("EXOATLAS_BUSY_TIMEOUT", "60"))

_BUSY = {"SQLITE_BUSY", "SQLITE_LOCKED"}
_FULL = {"SQLITE_FULL"}
_CORRUPT = {"SQLITE_CORRUPT", "SQLITE_NOTADB"}
_READONLY = {"SQLITE_READONLY"}
_CANTOPEN = {"SQLITE_CANTOPEN", "SQLITE_PERM", "SQLITE_AUTH"}


class AtlasBusy(ExoatlasError):
    """Another process held the write lock for longer than the busy timeout."""


class StorageFailure(ExoatlasError):
    """The disk failed us: full, or an I/O error."""


def _code(exc: sqlite3.Error) -> str:
    name = getattr(exc, "sqlite_errorname", None) or ""
    # extended names (SQLITE_IOERR_WRITE, SQLITE_BUSY_SNAPSHOT) -> their primary code
    for primary in ("SQLITE_IOERR", "SQLITE_BUSY", "SQLITE_CANTOPEN", "SQLITE_READONLY"):
        if name.startswith(primary):
            return primary
    if name:
        return name
    message = str(exc).casefold()  # sqlite3 before Python 3.11 had no error names
    if "locked" in message or "busy" in message:
        return "SQLITE_BUSY"
    if "disk is full" in message:
        return "SQLITE_FULL"
    if "disk i/o" in message:
        return "SQLITE_IOERR"
    if "not a database" in message or "malformed" in message:
        return "SQLITE_CORRUPT"
    return ""


def database_failure(exc: sqlite3.Error, where: str) -> ExoatlasError:
    """The typed, one-line error for a failure of the atlas at ``where``."""
    code = _code(exc)
    first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
    if code in _BUSY:
        return AtlasBusy(
            f"another ingest is writing to {where}; retry when it finishes "
            f"(waited {BUSY_TIMEOUT_S:g} s; EXOATLAS_BUSY_TIMEOUT sets how long)"
        )
    if code in _FULL:
        return StorageFailure(f"the disk holding {where} is full; nothing was changed")
    if code == "SQLITE_IOERR":
        return StorageFailure(f"disk I/O error on {where}: {first}; nothing was changed")
    if code in _CORRUPT:
        return InputError(f"{where} is not an exoatlas atlas or is damaged ({first})")
    if code in _READONLY:
        return InputError(f"{where} is read-only; writing needs a writable file and folder")
    if code in _CANTOPEN:
        return InputError(f"cannot open {where}: {first}")
    return ExoatlasError(f"database error on {where}: {first}")


def unreadable(where: str, version: int, latest: int) -> str:
    """Why a reader refuses an atlas at schema ``version`` (0: not an atlas at all)."""
    if version == 0:
        return f"{where} is not an exoatlas atlas; 'exoatlas build --db FILE' makes one"
    return (
        f"{where} is an atlas from an older exoatlas (schema {version}, now {latest}); "
        "run 'exoatlas build' or 'exoatlas ingest' on it to upgrade it"
    )


def os_failure(exc: OSError) -> ExoatlasError | None:
    """A full disk or an I/O error while writing a file, named as such; None for others."""
    name = f" ({exc.filename})" if exc.filename else ""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return StorageFailure(f"no space left on the device{name}; nothing was changed")
    if exc.errno == errno.EIO:
        return StorageFailure(f"I/O error{name}: {exc.strerror}")
    return None
