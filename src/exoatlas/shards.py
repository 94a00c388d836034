"""Scale-out reading: one file -> one shard of findings; shards -> the store.

``read_shard`` streams one input file through ``read.pipeline.read_path`` (the same function a
single-file ingest uses) and writes what is to be stored to a gzip JSON-lines shard, renamed into
place only when complete. ``read_shards`` runs it over many files, in this process or on Dask
(a local cluster of N worker processes, or any ``dask.distributed`` scheduler), and returns the
shards in input order. ``iter_shard`` yields a shard's documents back for the store to merge:
storing is keyed by document id, so merging a shard twice leaves the same atlas as once.
"""

from __future__ import annotations

import gzip
import hashlib
import importlib
import importlib.util
import json
import logging
import os
import shutil
import socket
import tempfile
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from exoatlas.errors import InputError
from exoatlas.ingest.curated import curated_ids
from exoatlas.model import Document, Evidence, Finding, Record
from exoatlas.read.pipeline import read_path

ProgressFn = Callable[[Path, int], None]
SHARD_PREFIX = "exoatlas-shards-"


def shard_folder(parent: Path | None = None) -> tempfile.TemporaryDirectory[str]:
    """A temporary folder for one ingest's shards, removed when it ends.

    Its name holds this process's id and host, so a later ingest can tell a folder whose
    process was killed (kill -9 runs no clean-up) from one in use; those are removed first."""
    base = Path(parent) if parent is not None else Path(tempfile.gettempdir())
    remove_orphaned_folders(base)
    prefix = f"{SHARD_PREFIX}{os.getpid()}-{_host_key()}-"
    return tempfile.TemporaryDirectory(prefix=prefix, dir=base)


def remove_orphaned_folders(base: Path) -> list[Path]:
    """Remove shard folders in ``base`` left by processes of this host that are gone."""
    removed = []
    for folder in base.glob(f"{SHARD_PREFIX}*"):
        parts = folder.name[len(SHARD_PREFIX) :].split("-")
        # other hosts' folders (a shared file system) and unnamed ones are left alone
        if len(parts) != 3 or not parts[0].isdigit() or parts[1] != _host_key():
            continue
        if folder.is_dir() and not _alive(int(parts[0])):
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
    return removed


def _host_key() -> str:
    return hashlib.sha256(socket.gethostname().encode()).hexdigest()[:8]


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process
        return True
    return True


@dataclass(frozen=True)
class Shard:
    """A finished shard: where it is, and what reading its source file gave."""

    path: Path
    source: Path
    read: int
    """Documents read from the source file."""
    stored: int
    """Documents the shard holds (the rest were MEDLINE records not about MSC-EVs)."""


def read_shard(
    source: Path,
    shard_dir: Path,
    index: int,
    overrides: dict[str, str] | None = None,
    progress: ProgressFn | None = None,
) -> Shard:
    """Read one file into ``shard_dir/<index>.jsonl.gz``; InputError for anything unreadable.

    A curated seed review is refused (its findings are curated; ``build --corpus`` adds its
    text). A MEDLINE record not about MSC-derived EVs, with no findings, is counted and left out.
    """
    final = shard_dir / f"{index:06d}.jsonl.gz"
    partial = final.with_name(final.name + ".partial")
    read = stored = 0
    try:
        with gzip.open(partial, "wt", encoding="utf-8", compresslevel=1) as out:
            for document in read_path(source, overrides):
                read += 1
                if progress is not None:
                    progress(source, read)
                refuse_curated(document.document, str(source))
                if not document.records and not document.about_msc_ev:
                    continue
                stored += 1
                line = {
                    "document": document.document.model_dump(mode="json"),
                    "records": [
                        [r.finding.model_dump(mode="json"), r.evidence.model_dump(mode="json")]
                        for r in document.records
                    ],
                }
                out.write(json.dumps(line, ensure_ascii=False) + "\n")
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    os.replace(partial, final)
    return Shard(final, source, read, stored)


def refuse_curated(document: Document, source: str | None = None) -> None:
    """InputError if this is a curated seed review: its findings are curated, not read."""
    if document.id in curated_ids():
        raise InputError(
            f"{source or document.source or document.id}: {document.id} is a curated seed review;"
            " its findings are curated (use 'exoatlas build --corpus DIR' to add its text)"
        )


def iter_shard(shard: Path) -> Iterator[tuple[Document, list[Record]]]:
    """The documents of a finished shard, each with its records."""
    with gzip.open(shard, "rt", encoding="utf-8") as lines:
        for line in lines:
            item = json.loads(line)
            yield (
                Document.model_validate(item["document"]),
                [
                    Record(Finding.model_validate(f), Evidence.model_validate(e))
                    for f, e in item["records"]
                ],
            )


def read_shards(
    paths: Sequence[Path],
    shard_dir: Path,
    overrides: dict[str, str] | None = None,
    *,
    workers: int | None = None,
    scheduler: str | None = None,
    progress: ProgressFn | None = None,
    on_file: Callable[[Shard, int, int], None] | None = None,
    on_cluster: Callable[[str, str | None], None] | None = None,
) -> list[Shard]:
    """Read every file into a shard, in input order; the first unreadable file stops them all.

    Without ``workers`` or ``scheduler`` the files are read here, one after another; with them
    each file is one Dask task running the same ``read_shard``. ``on_file(shard, done, total)``
    reports each finished file; ``progress(path, n)`` reports records (in-process only);
    ``on_cluster(scheduler address, dashboard link or None)`` reports the Dask cluster in use.
    With a remote scheduler, the input files and ``shard_dir`` must be at the same paths on
    every worker (a shared file system).
    """
    if workers is None and scheduler is None:
        shards = []
        for index, path in enumerate(paths):
            shards.append(read_shard(path, shard_dir, index, overrides, progress))
            if on_file is not None:
                on_file(shards[-1], index + 1, len(paths))
        return shards
    return _read_on_dask(paths, shard_dir, overrides, workers, scheduler, on_file, on_cluster)


def _read_on_dask(
    paths: Sequence[Path],
    shard_dir: Path,
    overrides: dict[str, str] | None,
    workers: int | None,
    scheduler: str | None,
    on_file: Callable[[Shard, int, int], None] | None,
    on_cluster: Callable[[str, str | None], None] | None = None,
) -> list[Shard]:
    # dask.distributed is untyped: used through Any
    dd: Any = importlib.import_module("dask.distributed")
    cluster: Any = None
    client: Any
    try:
        if scheduler is not None:
            client = dd.Client(scheduler, timeout="10s")
        else:
            cluster = dd.LocalCluster(
                n_workers=workers or 1,
                threads_per_worker=1,
                processes=True,
                # the dashboard needs bokeh; without it the scheduler's address is reported
                dashboard_address=":0" if importlib.util.find_spec("bokeh") else None,
                silence_logs=logging.CRITICAL,  # a failed task is reported once, by us
            )
            client = dd.Client(cluster)
    except (OSError, TimeoutError, ValueError) as exc:
        raise InputError(f"cannot start or reach the Dask scheduler: {exc}") from exc
    run = uuid.uuid4().hex[:12]  # task keys unique on a scheduler shared with other runs
    try:
        futures = [
            client.submit(
                read_shard, path, shard_dir, index, overrides, key=f"exoatlas-{run}-{index}"
            )
            for index, path in enumerate(paths)
        ]
        order = {future.key: index for index, future in enumerate(futures)}
        shards: list[Shard | None] = [None] * len(paths)
        if on_cluster is not None:
            on_cluster(str(client.scheduler.address), getattr(client, "dashboard_link", None))
        for done, future in enumerate(dd.as_completed(futures), start=1):
            try:
                shard: Shard = future.result()
            except dd.KilledWorker as exc:
                # a worker lost once is retried on another (Dask reschedules its task); a file
                # whose reading kills worker after worker is named, and nothing is stored
                client.cancel(futures)
                source = paths[order[future.key]]
                raise InputError(
                    f"{source}: reading it killed Dask workers repeatedly (out of memory, or a"
                    " crash in a parser); nothing was stored"
                ) from exc
            except BaseException:
                client.cancel(futures)
                raise
            shards[order[future.key]] = shard
            if on_file is not None:
                on_file(shard, done, len(paths))
        return [s for s in shards if s is not None]
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
