"""Behaviour of the atlas built from the bundled curated seed tables, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from exoatlas import Atlas

from .conftest import SEED_000, SEED_001


@pytest.fixture
def atlas(built_backend: Atlas) -> Atlas:
    return built_backend


def test_build_reports_seed_tables_and_is_idempotent(atlas: Atlas) -> None:
    first = atlas.stats()
    dump = atlas.store.dump()
    again = atlas.build()
    assert again == first
    assert atlas.store.dump() == dump
    assert first.claims >= 180 and first.evidence >= 300
    assert first.trials == 9
    assert first.documents == 3  # the two seeds and MISEV2023 (definitions only)
    assert set(first.by_document) == {SEED_000, SEED_001}


def test_every_claim_has_evidence_with_provenance_and_belief(atlas: Atlas) -> None:
    claims = atlas.query(limit=1000)
    assert len(claims) == atlas.stats().claims
    for claim in claims:
        assert claim.evidence
        assert 0 < claim.belief <= 1
        for ev in claim.evidence:
            assert ev.document in {SEED_000, SEED_001}
            assert ev.locator.startswith(("Table ", "section "))


def test_mir146b_glioma_claim_points_at_a_000_table(atlas: Atlas) -> None:
    claims = atlas.query(cargo="miR-146b")
    glioma = [
        c
        for c in claims
        if c.finding.recipient.disease and c.finding.recipient.disease.curie == "mesh:D005910"
    ]
    table = [
        c
        for c in glioma
        if any(ev.document == SEED_000 and ev.locator.startswith("Table 2") for ev in c.evidence)
    ]
    assert table
    assert all(c.finding.outcome.role == "anti_tumor" for c in glioma)


def test_both_roles_of_the_double_edged_sword_are_present(atlas: Atlas) -> None:
    pro = atlas.query(role="pro_tumor", limit=1000)
    anti = atlas.query(role="anti_tumor", limit=1000)
    assert pro and anti
    assert all(c.finding.outcome.role == "pro_tumor" for c in pro)
    # miR-16 in breast cancer is curated as printed on both sides (001 Table 2 vs 000 Table 2)
    mir16 = atlas.query(cargo="miR-16", disease="breast")
    assert {c.finding.outcome.role for c in mir16} == {"pro_tumor", "anti_tumor"}


def test_mirna_query_matches_arms_but_not_longer_numbers(atlas: Atlas) -> None:
    labels = {e.label for c in atlas.query(cargo="miR-21") for e in c.finding.cargo}
    assert "hsa-miR-21-5p" in labels
    assert "hsa-mir-210" not in labels
    assert atlas.query(cargo="microRNA-21-5p") == atlas.query(cargo="miR-21-5p")


def test_source_terms_are_grounded_before_matching(atlas: Atlas) -> None:
    by_abbreviation = atlas.query(source="BM-MSC", limit=1000)
    by_label = atlas.query(source="bone marrow MSC", limit=1000)
    assert by_abbreviation == by_label
    assert len(by_abbreviation) == atlas.stats().by_source["bone marrow MSC"]
    assert all(
        c.finding.msc_source and c.finding.msc_source.curie == "exoatlas:msc_bone_marrow"
        for c in by_abbreviation
    )


def test_filters_combine(atlas: Atlas) -> None:
    claims = atlas.query(source="AT-MSC", role="anti_tumor", disease="hepatocellular")
    assert claims
    for c in claims:
        assert c.finding.outcome.role == "anti_tumor"
        assert c.finding.recipient.disease is not None
        assert "hepatocellular" in c.finding.recipient.disease.label.lower()


def test_trials_keep_values_with_their_source(atlas: Atlas) -> None:
    trials = {t.nct: t for t in atlas.trials()}
    assert len(trials) == 9
    stroke = trials["NCT03384433"]
    assert [v.value for v in stroke.fields["route"]] == ["intraperitoneal"]
    assert stroke.fields["route"][0].source == f"{SEED_000}, Table 3, row 5"


def test_ev_definitions_are_kept_with_their_source(atlas: Atlas) -> None:
    defs = {d.subtype: d for d in atlas.definitions()}
    assert defs["exosome"].size_min_nm == 30 and defs["exosome"].size_max_nm == 150
    assert defs["exosome"].document == SEED_001
    assert "TSG101" in defs["exosome"].markers
