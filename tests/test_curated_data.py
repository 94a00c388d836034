"""Integrity of the curated seed-table records (bioregistry-style data tests)."""

from __future__ import annotations

import re
from importlib import resources

import pytest

from exoatlas.ground import normalise_mirna
from exoatlas.ingest.curated import (
    DEFINITION_COLUMNS,
    DEFINITION_FILES,
    FINDING_COLUMNS,
    FINDING_FILES,
    TEXT_COLUMNS,
    TEXT_FILES,
    TRIAL_COLUMNS,
    TRIAL_FILES,
    curated_records,
    curated_trials,
    read_rows,
)
from exoatlas.model import ENTITY_KINDS

from .conftest import SEED_000, SEED_001, seed_text

TABLE_FILES = (
    [(n, FINDING_COLUMNS) for n in FINDING_FILES]
    + [(n, TRIAL_COLUMNS) for n in TRIAL_FILES]
    + [("001_table1_ev_subtypes.tsv", DEFINITION_COLUMNS)]
)
ALL_FILES = (
    [(n, FINDING_COLUMNS) for n in FINDING_FILES]
    + [(n, TEXT_COLUMNS) for n in TEXT_FILES]
    + [(n, TRIAL_COLUMNS) for n in TRIAL_FILES]
    + [(n, DEFINITION_COLUMNS) for n in DEFINITION_FILES]
)
LOCATOR = re.compile(r"^Table (\d+), row (\d+)$")
SENTENCE = re.compile(r'^section "(.+)", sentence (\d+)$')


def raw(name: str) -> str:
    return resources.files("exoatlas.data.curated").joinpath(name).read_text(encoding="utf-8")


def check_order(name: str, rows: list[dict[str, str]]) -> None:
    """Tables by (document, table, row); text by section blocks, sentences ascending."""
    if all(LOCATOR.match(r["locator"]) for r in rows):
        order = [(r["document"], *map(int, LOCATOR.match(r["locator"]).groups())) for r in rows]  # type: ignore[union-attr]
        assert order == sorted(order), f"{name} is not sorted by document, table, row"
        return
    blocks: list[tuple[str, str]] = []
    last_index = 0
    for r in rows:
        match = SENTENCE.match(r["locator"])
        assert match, r["locator"]
        block = (r["document"], match.group(1))
        if not blocks or blocks[-1] != block:
            assert block not in blocks, f"{name}: section {block} split"
            blocks.append(block)
            last_index = 0
        assert int(match.group(2)) >= last_index, f"{name}: {r['locator']} out of order"
        last_index = int(match.group(2))


@pytest.mark.parametrize(("name", "columns"), ALL_FILES)
def test_files_are_canonical(name: str, columns: tuple[str, ...]) -> None:
    text = raw(name)
    assert text.endswith("\n") and not text.endswith("\n\n"), name
    for number, line in enumerate(text.splitlines(), 1):
        assert line == line.strip(" "), f"{name}:{number} has surrounding spaces"
        assert line.count("\t") == len(columns) - 1, f"{name}:{number} column count"
        for cell in line.split("\t"):
            assert cell == cell.strip(), f"{name}:{number} cell {cell!r} not trimmed"
    check_order(name, read_rows(name, columns))  # read_rows also checks the header exactly


@pytest.mark.parametrize(("name", "columns"), ALL_FILES)
def test_every_record_has_document_and_locator(name: str, columns: tuple[str, ...]) -> None:
    for row in read_rows(name, columns):
        assert row["document"] in {SEED_000, SEED_001, "misev2023"}
        assert LOCATOR.match(row["locator"]) or SENTENCE.match(row["locator"]), row["locator"]


def test_rows_are_contiguous_per_table() -> None:
    """No printed row skipped: row numbers of each table run 1..N without gaps."""
    seen: dict[tuple[str, str], set[int]] = {}
    for name, columns in TABLE_FILES:
        for row in read_rows(name, columns):
            table, number = LOCATOR.match(row["locator"]).groups()  # type: ignore[union-attr]
            seen.setdefault((row["document"], table), set()).add(int(number))
    expected_rows = {
        (SEED_000, "1"): 31,
        (SEED_000, "2"): 22,
        (SEED_000, "3"): 9,
        (SEED_001, "1"): 3,
        (SEED_001, "2"): 10,
        (SEED_001, "3"): 5,
    }
    assert {k: len(v) for k, v in seen.items()} == expected_rows
    for numbers in seen.values():
        assert numbers == set(range(1, max(numbers) + 1))


def test_records_parse_with_known_kinds_and_values() -> None:
    records = curated_records()
    assert len(records) >= 70
    for record in records:
        for _, entity in record.finding.entities():
            assert entity.kind in ENTITY_KINDS
            assert entity.label.strip() == entity.label and entity.label
            assert entity.grounded == (entity.curie is not None)
        assert record.evidence.extractor.startswith("curated")
        assert all(re.fullmatch(r"ref:\d+", c) for c in record.evidence.cites)


def test_rows_whose_ref_cell_is_empty_say_so_in_a_note() -> None:
    for record in curated_records():
        if not record.evidence.cites and record.evidence.extractor == "curated:table":
            assert (
                record.evidence.curation_note and "Ref cell empty" in record.evidence.curation_note
            )


def test_every_trial_has_a_valid_nct_id_present_in_the_seed() -> None:
    text = seed_text(SEED_000)
    trials = curated_trials()
    assert len(trials) == 9
    for trial in trials:
        assert re.fullmatch(r"NCT\d{8}", trial.nct)
        assert trial.nct in text
        participants = trial.fields["participants"][0].value
        assert participants.isdigit() and participants in text


def test_cited_reference_numbers_are_printed_in_the_seed_tables() -> None:
    texts = {SEED_000: seed_text(SEED_000), SEED_001: seed_text(SEED_001)}
    for record in curated_records():
        text = texts[record.evidence.document]
        for cite in record.evidence.cites:
            number = cite.removeprefix("ref:")
            assert re.search(rf"\[[^\]]*\b{number}\b[^\]]*\]", text), (
                record.evidence.locator,
                cite,
            )


def test_curated_mirna_cargo_is_named_in_its_seed() -> None:
    """Every miRNA cargo label, normalised, occurs in the seed it was curated from."""
    texts = {}
    for doc in (SEED_000, SEED_001):
        words = re.findall(
            r"(?:mi(?:cro)?R(?:NA)?|let)[-\s]?[0-9][0-9a-z/-]*", seed_text(doc), flags=re.IGNORECASE
        )
        texts[doc] = {normalise_mirna(w.rstrip("-/")) for w in words}
        # compound mentions such as miR-222/223 name both miRNAs
        for w in words:
            stem, _, rest = w.partition("/")
            base = normalise_mirna(stem)
            if base:
                texts[doc].add(base)
            if rest and base:
                texts[doc].add(re.sub(r"\d+[a-z]?$", rest.strip().rstrip("-"), base))
    for record in curated_records():
        for cargo in record.finding.cargo:
            if cargo.kind == "mirna" and cargo.curie != "exoatlas:cargo_mirnas":
                name = (normalise_mirna(cargo.text or cargo.label) or "").removesuffix(" family")
                assert name in texts[record.evidence.document], (record.evidence.locator, name)


def test_contradictions_with_the_text_are_noted_not_fixed() -> None:
    by_locator = {(r.evidence.document, r.evidence.locator): r for r in curated_records()}
    # 001 Table 3 row 1 prints miRNA-223-3p where the text says miRNA-222-3p: kept as printed
    row = by_locator[(SEED_001, "Table 3, row 1")]
    assert [c.label for c in row.finding.cargo] == ["hsa-miR-223-3p"]
    assert "222-3p" in (row.evidence.curation_note or "")
    # 000 Table 2 row 12 (induced drug resistance) sits under the inhibitory heading
    misplaced = by_locator[(SEED_000, "Table 2, row 12")]
    assert misplaced.evidence.heading == "Inhibitory effect"
    assert (
        misplaced.finding.outcome.process
        and misplaced.finding.outcome.process.curie == "mesh:D019008"
    )
    assert misplaced.finding.outcome.direction == "increase"
