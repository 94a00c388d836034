"""The prebuilt lexicon index grounds query terms as the whole lexicon does, without loading it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from exoatlas import lexicon_index
from exoatlas.cli import cli
from exoatlas.ground import ground, ground_label, use_lexicon
from exoatlas.lexicon_index import IndexedLexicon, build_index, indexed_grounding

TERMS = [
    ("miR-21", "mirna"),
    ("miR-146b", "mirna"),
    ("BM-MSC", "msc_source"),
    ("umbilical cord MSC", "msc_source"),
    ("glioma", "disease"),
    ("breast cancer", "disease"),
    ("AD", "disease"),
    ("p53", "gene"),
    ("PTEN", "gene"),
    ("sorafenib", "drug"),
    ("angiogenesis", "process"),
    ("PI3K/Akt", "pathway"),
    ("no such thing at all", "gene"),
]


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_index(tmp_path_factory.mktemp("lexicon") / "lexicon.sqlite")


def test_the_index_grounds_like_the_whole_lexicon(index: Path) -> None:
    full = [(ground_label(t, k), ground(t, k), ground(t)) for t, k in TERMS]  # type: ignore[arg-type]
    table = IndexedLexicon(index)
    with use_lexicon(table):
        indexed = [(ground_label(t, k), ground(t, k), ground(t)) for t, k in TERMS]  # type: ignore[arg-type]
    assert indexed == full
    assert any(g.grounded for g, _, _ in full)


def test_query_uses_the_index_and_never_loads_the_lexicon(
    index: Path, built_db: Path, tmp_path: Path
) -> None:
    (tmp_path / "cache").mkdir()
    (tmp_path / "cache" / lexicon_index.index_path().name).write_bytes(index.read_bytes())
    program = (
        "import json, sys\n"
        "from exoatlas import Atlas, ground\n"
        "from exoatlas.lexicon_index import indexed_grounding\n"
        "with indexed_grounding() as used, Atlas(sys.argv[1], create=False) as atlas:\n"
        "    ids = [c.id for c in atlas.query(cargo='miR-21', limit=100)]\n"
        "print(json.dumps([used, ground._full_lexicon.cache_info().currsize, ids]))\n"
    )
    env = {"EXOATLAS_CACHE": str(tmp_path / "cache"), "PATH": "/usr/bin:/bin"}
    done = subprocess.run(
        [sys.executable, "-c", program, str(built_db)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    used, loaded, ids = json.loads(done.stdout)
    assert used is True and loaded == 0
    # the same claims as with the whole lexicon, loaded in this process
    runner = CliRunner()
    out = runner.invoke(cli, ["query", "--db", str(built_db), "--cargo", "miR-21", "--json"])
    assert out.exit_code == 0, out.stderr
    assert ids == [c["id"] for c in json.loads(out.stdout)] and ids


def test_without_a_current_index_grounding_loads_the_lexicon(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EXOATLAS_CACHE", str(tmp_path))
    # an index under another vocabulary hash is stale: never read
    (tmp_path / "lexicon-0000000000000000.sqlite").write_bytes(b"")
    with indexed_grounding() as used:
        assert used is False
        assert ground_label("miR-21", "mirna").grounded
    assert not lexicon_index.index_path().exists()  # a query never builds one
    assert lexicon_index.vocabulary_hash() in lexicon_index.index_path().name


def test_stale_indexes_beyond_the_most_recently_used_are_deleted(tmp_path: Path) -> None:
    current = tmp_path / "lexicon-current.sqlite"
    current.write_bytes(b"x")
    os.utime(current, (1, 1))  # the current index is kept however old
    olds = []
    for n in range(5):
        old = tmp_path / f"lexicon-old{n}.sqlite"
        old.write_bytes(b"x")
        os.utime(old, (100 + n, 100 + n))
        olds.append(old)
    other = tmp_path / "notes.txt"
    other.write_text("not an index")
    gone = lexicon_index.prune_stale(tmp_path, current, keep=2)
    assert sorted(gone) == sorted(olds[:3])
    assert current.exists() and other.exists()
    assert [p.exists() for p in olds] == [False, False, False, True, True]
