"""The seed atlas: text findings, reference lists, definitions and methods (issue 4)."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

from click.testing import CliRunner

from exoatlas import Atlas
from exoatlas.cli import cli
from exoatlas.ingest.curated import TEXT_COLUMNS, TEXT_FILES, curated_records, read_rows
from exoatlas.ingest.references import infer_numbers
from exoatlas.ingest.text import parse_text
from exoatlas.read.locate import sentence_at

from .conftest import SEED_000, SEED_001, SEEDS, seed_text

ROOT = Path(__file__).resolve().parents[1]


def test_build_counts(atlas: Atlas) -> None:
    stats = atlas.stats()
    assert stats.claims >= 180
    assert stats.evidence >= 300
    text = [r for r in curated_records() if r.evidence.extractor == "curated:text"]
    assert len(text) >= 120


def test_every_cite_resolves_to_a_reference_of_its_own_document(atlas: Atlas) -> None:
    refs = {doc: atlas.references(doc) for doc in (SEED_000, SEED_001)}
    assert len(refs[SEED_000]) == 198 and len(refs[SEED_001]) == 127
    checked = 0
    for claim in atlas.query(limit=1000):
        for ev in claim.evidence:
            for cite in ev.cites:
                assert cite in refs[ev.document], (ev.document, ev.locator, cite)
                checked += 1
    assert checked > 250


def test_no_two_records_share_locator_and_core() -> None:
    keys = Counter(
        (r.evidence.document, r.evidence.locator, r.finding.key()) for r in curated_records()
    )
    assert [k for k, n in keys.items() if n > 1] == []


def test_anchors_match_the_sentences_the_locators_resolve_to() -> None:
    documents = {doc: parse_text(seed_text(doc), doc) for doc in (SEED_000, SEED_001)}
    for name in TEXT_FILES:
        for row in read_rows(name, TEXT_COLUMNS):
            sentence = sentence_at(documents[row["document"]], row["locator"])
            assert sentence is not None, row["locator"]
            assert sentence.split()[:5] == row["anchor"].split(), (row["locator"], sentence)
            for cite in re.findall(r"\d+", row["cites"]):
                assert int(cite) > 0


def test_breast_cancer_has_both_roles_and_mir133b_finds_stroke(atlas: Atlas) -> None:
    roles = {c.finding.outcome.role for c in atlas.query(disease="breast cancer", limit=1000)}
    assert {"pro_tumor", "anti_tumor"} <= roles
    stroke = [
        c
        for c in atlas.query(cargo="miR-133b")
        if c.finding.recipient.disease and c.finding.recipient.disease.label == "Ischemic Stroke"
    ]
    assert any(ev.locator.startswith("section") for c in stroke for ev in c.evidence)


def test_show_on_a_text_finding_prints_the_reference_title(tmp_path: Path) -> None:
    db = str(tmp_path / "a.db")
    runner = CliRunner()
    assert runner.invoke(cli, ["build", "--db", db, "--no-corpus"]).exit_code == 0
    out = runner.invoke(cli, ["query", "--db", db, "--cargo", "miR-133b", "--json"]).stdout
    claim = next(c for c in json.loads(out) if c["evidence"][0]["locator"].startswith("section"))
    shown = runner.invoke(cli, ["show", claim["id"], "--db", db]).stdout
    assert "cites ref:102: Xin 2013: MiR-133b promotes neural plasticity" in shown


def test_corpus_fills_sentences_only_when_given() -> None:
    seed_text(SEED_000)  # skips when the seeds are absent
    with Atlas(None) as bare, Atlas(None) as full:
        bare.build()
        full.build(corpus=SEEDS)
        bare_text = [e.text for c in bare.query(limit=1000) for e in c.evidence]
        full_ev = [e for c in full.query(limit=1000) for e in c.evidence]
    assert not any(bare_text)
    for ev in full_ev:
        assert (ev.text is not None) == ev.locator.startswith("section"), ev.locator


def test_reference_numbers_inferred_from_order_match_every_printed_number() -> None:
    document = parse_text(seed_text(SEED_000), SEED_000)
    printed = [r.printed_number for r in document.references]
    assert sum(p is not None for p in printed) >= 70
    by_order = infer_numbers([None] * len(printed))
    for inferred, number in zip(by_order, printed, strict=True):
        if number is not None:
            assert inferred == number
    # a lost entry is re-anchored on the next surviving number
    assert infer_numbers([1, None, 5, None]) == [1, 2, 5, 6]


def test_reference_tables_regenerate_from_the_seeds() -> None:
    seed_text(SEED_000)
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import build_seed_references
    finally:
        sys.path.pop(0)
    for doc in (SEED_000, SEED_001):
        committed = (ROOT / f"src/exoatlas/data/curated/{doc[:3]}_references.tsv").read_text()
        assert build_seed_references.table(SEEDS, doc) == committed


def test_definitions_are_kept_side_by_side(atlas: Atlas) -> None:
    exosome = {
        d.document: (d.size_min_nm, d.size_max_nm)
        for d in atlas.definitions()
        if d.subtype == "exosome"
    }
    assert exosome == {SEED_000: (30, 100), SEED_001: (30, 150)}
    small = [d for d in atlas.definitions() if d.subtype == "small EV"]
    assert small and small[0].size_max_nm == 200 and small[0].document == "misev2023"
    apoptotic = {
        d.document: d.size_min_nm for d in atlas.definitions() if d.subtype == "apoptotic body"
    }
    assert apoptotic == {SEED_000: 50, SEED_001: 1000}


def test_methods_knowledge_has_sources_that_resolve(atlas: Atlas) -> None:
    documents = {doc: parse_text(seed_text(doc), doc) for doc in (SEED_000, SEED_001)}
    facts = atlas.methods()
    assert len(facts) >= 60
    kinds = {f.method.kind for f in facts}
    assert {"isolation_method", "loading_method", "engineering", "route"} <= kinds
    for fact in facts:
        if fact.aspect in {"yield", "purity", "integrity", "cost", "scalability"}:
            assert fact.value in {"low", "medium", "high"}, fact
        if fact.aspect == "time":
            assert fact.value in {"fast", "medium", "slow"}, fact
        if fact.source.startswith("FACTS.md"):
            assert fact.status in {"verified", "unverified"}
            assert ("recalled" in fact.source) == (fact.status == "unverified")
            continue
        doc, _, locator = fact.source.partition(", ")
        assert fact.status == "stated"
        if locator.startswith("section"):
            assert sentence_at(documents[doc], locator), fact.source
    assert atlas.methods("loading_method") and all(
        f.method.kind == "loading_method" for f in atlas.methods("loading_method")
    )


def test_methods_cli(built_db: Path) -> None:
    result = CliRunner().invoke(cli, ["methods", "--db", str(built_db), "--kind", "loading_method"])
    assert result.exit_code == 0
    assert "sonication" in result.stdout and "(unverified)" in result.stdout
