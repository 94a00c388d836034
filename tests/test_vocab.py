"""Integrity of the vocabularies against the data they were derived from."""

from __future__ import annotations

import re
import sqlite3
import sys
from collections import Counter
from pathlib import Path

import pytest

from exoatlas import Atlas
from exoatlas.ground import ground, lexicon
from exoatlas.vocab import curated_terms, read_tsv
from exoatlas.vocab.drugs import drugs
from exoatlas.vocab.mesh import descriptors, diseases, extra_terms

from .test_ground import DATA, mesh_ids, require

ROOT = Path(__file__).resolve().parents[1]
CURIE = re.compile(r"^(mirbase|hgnc|mesh|drugbank|cellosaurus|uberon|cl|go|nct|exoatlas):\S+$")


def test_mirbase_table_regenerates_from_optimir() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import build_mirbase
    finally:
        sys.path.pop(0)
    built = build_mirbase.build(require(DATA / "optimir"))
    committed = (ROOT / "src/exoatlas/vocab/data/mirbase_v22_hsa.tsv").read_text()
    assert built == committed
    assert committed.count("\tmature\t") == 2656
    assert committed.count("\tprecursor\t") == 1917


def test_go_terms_match_go_2022() -> None:
    conn = sqlite3.connect(require(DATA / "GO.sqlite"))
    obsolete = {row[0] for row in conn.execute("SELECT go_id FROM go_obsolete")}
    for row in read_tsv("go_terms.tsv"):
        go_id = row["curie"].upper()
        found = conn.execute("SELECT term FROM go_term WHERE go_id = ?", (go_id,)).fetchone()
        assert found is not None, go_id
        assert found[0] == row["label"], (go_id, found[0], row["label"])
        assert go_id not in obsolete


def test_every_mesh_id_names_the_intended_concept() -> None:
    labels = {v: k for k, v in mesh_ids().items()}
    for term in (*diseases(), *extra_terms()):
        assert labels[term.curie] == term.label, term
    # the known-wrong ids of the disease package must not survive (RESOURCES.md)
    for mention, right, wrong in [
        ("multiple myeloma", "mesh:D009101", "mesh:D009194"),
        ("myocardial infarction", "mesh:D009203", "mesh:D006342"),
        ("Alzheimer disease", "mesh:D000544", "mesh:D020232"),
        ("breast cancer", "mesh:D001943", "mesh:D000072656"),
        ("spinal cord injury", "mesh:D013119", "mesh:D058630"),
        ("colorectal cancer", "mesh:D015179", "mesh:D017431"),
        ("ovarian cancer", "mesh:D010051", "mesh:D011553"),
    ]:
        curies = {m.curie for m in ground(mention, "disease").matches}
        assert right in curies and wrong not in curies, mention


def test_every_stored_mesh_entity_of_the_atlas_has_its_descriptor_label(atlas: Atlas) -> None:
    labels = {v: k for k, v in mesh_ids().items()}
    mesh_entities = [
        e for e, _ in atlas.store.entities() if e.curie and e.curie.startswith("mesh:")
    ]
    assert len(mesh_entities) > 20
    for entity in mesh_entities:
        assert labels[entity.curie] == entity.label


def test_drug_mesh_xrefs_are_the_drug_not_its_class() -> None:
    by_label = {t.label: t for t in drugs()}
    assert by_label["Paclitaxel"].curie == "drugbank:DB01229"
    assert by_label["Paclitaxel"].xrefs == ("mesh:D017239",)  # not D050257 Tubulin Modulators
    labels = {v: k for k, v in descriptors().items()}
    for term in drugs():
        for xref in term.xrefs:
            assert labels[xref.removeprefix("mesh:")] == term.label


def test_bundled_terms_are_well_formed_and_unique() -> None:
    terms = curated_terms()
    counts = Counter(t.curie for t in terms)
    assert not [c for c, n in counts.items() if n > 1]
    for term in terms:
        assert CURIE.match(term.curie), term.curie
        assert term.source
    cell_lines = [t for t in terms if t.kind == "cell_line"]
    assert len(cell_lines) >= 60
    assert all(re.fullmatch(r"cellosaurus:CVCL_[0-9A-Z]{4}", t.curie) for t in cell_lines)
    assert all("not verifiable offline" in t.source for t in cell_lines)
    for term in terms:
        if term.curie.startswith(("uberon:", "cl:")):
            assert re.fullmatch(r"(uberon|cl):\d{7}", term.curie)


def test_no_synonym_names_two_concepts_of_one_kind_in_bundled_tables() -> None:
    seen: dict[tuple[str, str], str] = {}
    for term in curated_terms():
        for name in (term.label, *term.synonyms):
            key = (term.kind, name.casefold())
            assert seen.setdefault(key, term.curie) == term.curie, (name, term.curie, seen[key])


@pytest.mark.parametrize("kind", ["msc_source", "isolation_method", "route", "ev_type"])
def test_exoatlas_kinds_have_terms(kind: str) -> None:
    assert any(t.kind == kind for t in curated_terms())


def test_curated_atlas_is_at_least_98_percent_grounded(atlas: Atlas) -> None:
    report = atlas.grounding_report()
    assert report.grounded_fraction >= 0.98, report.ungrounded
    reasons = {(r["label"], r["kind"]) for r in read_tsv("ungrounded.tsv")}
    for item in report.ungrounded:
        assert (item.label, item.kind) in reasons, f"no reason recorded for {item}"


def test_lexicon_is_large_and_mixed() -> None:
    kinds = Counter()
    for key in ("mcf7", "tp53", "multiplemyeloma", "angiogenesis", "paclitaxel"):
        for match in lexicon().get_key(key):
            kinds[match.term.kind] += 1
    assert {"cell_line", "gene", "disease", "process", "drug"} <= set(kinds)
    assert len(lexicon()) > 200_000
