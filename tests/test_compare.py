"""compare reads an external table's outcome phrases with the reader's vocabulary: adjectives,
molecular effects, phrases and disease lists (issue 19: at least 80 % of the rows of a real
review table it has not seen parse)."""

from __future__ import annotations

from pathlib import Path

import pytest

from exoatlas import Atlas
from exoatlas.analyze.compare import compare_rows, read_outcome
from exoatlas.ingest.table import StudyTable, read_study_table
from exoatlas.ingest.text import parse_text
from exoatlas.vocab import rules

from .conftest import SEEDS

NA = {"", "-", "n.a", "n.a.", "NA", "N/A"}  # a row that states no outcome
OWN = Path(__file__).parent / "data" / "compare" / "review_table_own_words.tsv"


def _read(text: str) -> set[tuple[str, str]]:
    return {(p.label, d) for p, d in read_outcome(text)}


def test_adjectives_and_molecular_effects_are_read() -> None:
    assert ("inflammatory response", "decrease") in _read("Anti-inflammatory effect")
    assert ("Fibrosis", "decrease") in _read("Antifibrotic; lowered collagen I")
    assert ("angiogenesis", "increase") in _read("Pro-angiogenic via DLL4 repression")
    molecular = _read("Decreases p-ERK, increases cleaved PARP")
    assert ("ERK1 and ERK2 cascade", "decrease") in molecular
    assert ("apoptotic process", "increase") in molecular
    assert ("apoptotic process", "decrease") in _read("raised Bcl-2 levels")
    assert ("macrophage polarization to M2", "increase") in _read("Promoted M2 polarisation")


def test_disease_lists_are_split() -> None:
    assert rules.split_diseases("Breast, ovarian and prostate cancer") == (
        "Breast cancer",
        "ovarian cancer",
        "prostate cancer",
    )
    assert rules.split_diseases("glioma; melanoma") == ("glioma", "melanoma")


def test_a_review_table_in_our_own_words_parses(atlas: Atlas) -> None:
    table = read_study_table(OWN)
    result = compare_rows(table, atlas.store.all_claims())
    parsed = len(result.rows) - result.summary["unparsed"]
    assert parsed / len(result.rows) >= 0.8, result.summary
    by_row = {r.row: r for r in result.rows}
    assert by_row[5].finding.recipient.disease is not None  # the list, split and grounded
    assert by_row[14].finding.outcome.direction == "decrease"  # 'antifibrotic' is a decrease


def _seed_tables(monkeypatch: pytest.MonkeyPatch) -> list[StudyTable]:
    """The seeds' own study tables, rows as the table reader segments them (its row splitting
    is borrowed by wrapping the function it hands each row to)."""
    from exoatlas.read import tables as reader

    found: dict[tuple[str, int], StudyTable] = {}
    original = reader._row_records

    def keep(document, table, index, heading, header, cells, mapping):  # type: ignore[no-untyped-def]
        row = {name: cells[i] if i < len(cells) else "" for i, name in enumerate(header)}
        found.setdefault((document, table), StudyTable(dict(mapping), [])).rows.append(row)
        return original(document, table, index, heading, header, cells, mapping)

    monkeypatch.setattr(reader, "_row_records", keep)
    for seed in sorted(SEEDS.glob("*.txt")):
        list(reader.read_tables(parse_text(seed.read_text(encoding="utf-8"), seed.stem)))
    return list(found.values())


def test_the_seed_tables_parse(atlas: Atlas, monkeypatch: pytest.MonkeyPatch) -> None:
    if not SEEDS.is_dir():
        pytest.skip("seeds absent")
    claims = atlas.store.all_claims()
    rows = unparsed = 0
    for table in _seed_tables(monkeypatch):
        stated = StudyTable(
            table.mapping,
            [r for r in table.rows if r.get(table.mapping["outcome"], "").strip() not in NA],
        )
        result = compare_rows(stated, claims)
        rows += len(result.rows)
        unparsed += result.summary["unparsed"]
    if not rows:
        pytest.skip("no seed study tables")
    assert (rows - unparsed) / rows >= 0.8, (rows, unparsed)
