"""CPU-heavy request work (reading a text, QC of an export, a design, an audit) off the event loop.

Each job runs in a child process forked from the server, so it shares the lexicon and parser the
server already loaded, and a job that runs past its time limit is killed — threads cannot stop
CPU-bound work. While a job runs, the event loop keeps answering every other client. At most
``max_jobs`` children run at once; later jobs wait for a place within their own time limit.

A job must not use the server's database connection (SQLite connections do not survive a fork):
jobs that need the atlas open their own, read-only, from its path.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import threading
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any, TypeVar

from exoatlas.errors import ExoatlasError, InputError

T = TypeVar("T")
DEFAULT_TIME_LIMIT_S = 120.0


class JobTimeout(ExoatlasError):
    """A job ran past its time limit and was stopped."""


class JobFailed(ExoatlasError):
    """A job's process died or raised something other than bad input."""


def _run_child(conn: Connection, func: Callable[..., Any], args: tuple[Any, ...]) -> None:
    try:
        outcome: tuple[str, Any] = ("ok", func(*args))
    except InputError as exc:
        outcome = ("input", str(exc))
    except BaseException as exc:
        outcome = ("error", f"{type(exc).__name__}: {exc}")
    try:
        conn.send(outcome)
    finally:
        conn.close()
        os._exit(0)  # skip the server's atexit handlers and inherited threads


class Offloader:
    """Runs functions in forked, time-limited child processes."""

    def __init__(self, max_jobs: int | None = None, time_limit_s: float = DEFAULT_TIME_LIMIT_S):
        self.time_limit_s = time_limit_s
        self._slots = threading.BoundedSemaphore(max_jobs or max(2, os.cpu_count() or 2))
        self._context = multiprocessing.get_context("fork")

    def run_blocking(self, func: Callable[..., T], *args: Any) -> T:
        """Run ``func(*args)`` in a child; InputError comes back as InputError."""
        deadline = time.monotonic() + self.time_limit_s
        if not self._slots.acquire(timeout=self.time_limit_s):
            raise JobTimeout("the server is busy with other long jobs; try again shortly")
        try:
            receiver, sender = self._context.Pipe(duplex=False)
            process = self._context.Process(
                target=_run_child, args=(sender, func, args), daemon=True
            )
            process.start()
            sender.close()
            try:
                if not receiver.poll(max(0.0, deadline - time.monotonic())):
                    raise JobTimeout(
                        f"the job took longer than the server's {self.time_limit_s:.0f}-second "
                        "limit and was stopped; give a smaller input"
                    )
                try:
                    status, value = receiver.recv()
                except EOFError:
                    raise JobFailed("the job's process died (out of memory?)") from None
            finally:
                receiver.close()
                if process.is_alive():
                    process.kill()
                process.join(5)
        finally:
            self._slots.release()
        if status == "input":
            raise InputError(value)
        if status == "error":
            raise JobFailed(value)
        return value  # type: ignore[no-any-return]

    async def run(self, func: Callable[..., T], *args: Any) -> T:
        """``run_blocking`` from a thread, so the event loop stays free meanwhile."""
        return await asyncio.to_thread(self.run_blocking, func, *args)
