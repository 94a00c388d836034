"""Claims: keys, order-independent merging, belief, hierarchies and conflicts (issue 6)."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from exoatlas import Atlas
from exoatlas.api import get_app
from exoatlas.assemble import assemble, belief
from exoatlas.cli import cli
from exoatlas.ingest.curated import curated_records
from exoatlas.model import Document, Evidence, Record
from exoatlas.vocab.hierarchy import ancestors, refines

from .conftest import SEED_000, SEED_001


def ev(confidence: float, *, negated: bool = False, hedged: bool = False) -> Evidence:
    return Evidence(
        document="d",
        locator=f"s{confidence}{negated}{hedged}",
        extractor="t",
        confidence=confidence,
        negated=negated,
        hedged=hedged,
    )


def test_belief_hand_computed_cases() -> None:
    # one animal-model item: 0.9 x 0.85
    assert belief([ev(0.9)], "animal") == pytest.approx(0.765)
    # two human items: 1 - (1 - 0.9)(1 - 0.8) = 0.98
    assert belief([ev(0.9), ev(0.8)], "human") == pytest.approx(0.98)
    # hedged halves the weight: 0.9 x 1.0 x 0.5
    assert belief([ev(0.9, hedged=True)], "human") == pytest.approx(0.45)
    # negated evidence lowers it: 0.9 x (1 - 0.5)
    assert belief([ev(0.9), ev(0.5, negated=True)], "human") == pytest.approx(0.45)
    # only negated evidence: the floor
    assert belief([ev(0.9, negated=True)], "human") == 0.01
    # in vitro weighs less than animal, which weighs less than human
    assert belief([ev(0.9)], "in_vitro") < belief([ev(0.9)], "animal") < belief([ev(0.9)], "human")


def test_assembly_is_order_independent_and_idempotent() -> None:
    records = list(curated_records())
    first = assemble(records)
    shuffled = records[:]
    random.Random(7).shuffle(shuffled)
    assert assemble(shuffled) == first
    assert assemble(records + records) == first  # the same evidence twice counts once
    again = assemble([Record(c.finding, e) for c in first for e in c.evidence])
    assert [(c.id, c.belief) for c in again] == [(c.id, c.belief) for c in first]


def test_store_merges_like_assemble(atlas: Atlas) -> None:
    """The built atlas's claims are the pure assembly of the curated records as build stores
    them: evidence marked by the audit kept with its document."""
    from exoatlas.analyze.kept_audit import curated_audit, marked
    from exoatlas.ingest.curated import curated_definitions, iter_curated_by_document

    audits = curated_audit(curated_definitions())
    records = [  # as build stores them: evidence marked by the audit kept with its document
        r
        for d, rs in iter_curated_by_document()
        for r in marked(d.model_copy(update={"audit": audits.get(d.id, [])}), rs)
    ]
    expected = {c.id: c.belief for c in assemble(records)}
    stored = {c.id: c.belief for c in atlas.store.all_claims()}
    assert stored == expected
    assert all(0 < b <= 1 for b in stored.values())


@pytest.mark.parametrize("order", ["forward", "reversed"])
def test_store_path_and_pure_assemble_give_the_same_claims(order: str) -> None:
    """The store reassembles each touched claim with the function assemble() uses: the same
    records give the same claims (findings, evidence in order, beliefs) whichever document
    comes first, whether stored one document at a time or assembled in one go."""
    by_document: dict[str, list[Record]] = {}
    for record in curated_records():
        by_document.setdefault(record.evidence.document, []).append(record)
    documents = sorted(by_document)
    if order == "reversed":
        documents.reverse()
    with Atlas(None) as atlas:
        for doc in documents:
            atlas.add_document(Document(id=doc), by_document[doc][::-1])
        stored = atlas.store.all_claims()
    pure = assemble(r for doc in documents for r in by_document[doc])
    assert len(stored) > 200
    assert stored == pure


def test_hierarchies() -> None:
    assert refines("exoatlas:msc_wharton_jelly", "exoatlas:msc_umbilical_cord")
    assert refines("exoatlas:msc_wharton_jelly", "exoatlas:msc")
    assert not refines("exoatlas:msc", "exoatlas:msc_bone_marrow")
    assert {"mesh:D008175", "mesh:D009369"} <= ancestors(
        "mesh:D000077192"
    )  # lung adeno ⊂ lung ⊂ neoplasms
    assert "mirbase:MI0000077" in ancestors("mirbase:MIMAT0000076")  # miR-21-5p ⊂ mir-21
    assert "exoatlas:mirna_loci.hsa-mir-16" in ancestors("mirbase:MI0000070")
    assert "exoatlas:mirna_family.let-7" in ancestors("mirbase:MI0000064")
    assert refines("go:0006915", "go:0008219")  # apoptotic process ⊂ cell death
    assert refines("exoatlas:ev_exosome", "exoatlas:ev_extracellular_vesicle")


def test_hierarchy_aware_queries(atlas: Atlas) -> None:
    found = atlas.query(source="mesenchymal stem cell", limit=1000)
    sources = {c.finding.msc_source.label for c in found if c.finding.msc_source}
    assert {"bone marrow MSC", "adipose tissue MSC", "umbilical cord MSC", "MSC"} <= sources
    lung = atlas.query(disease="lung neoplasms", limit=1000)
    assert "Adenocarcinoma of Lung" in {c.finding.recipient.disease.label for c in lung}  # type: ignore[union-attr]
    assert atlas.query(source="Wharton's jelly MSC", limit=1000)
    wj = {c.id for c in atlas.query(source="Wharton's jelly MSC", limit=1000)}
    uc = {c.id for c in atlas.query(source="umbilical cord MSC", limit=1000)}
    assert wj < uc


def test_conflicts_on_the_seed_atlas(atlas: Atlas) -> None:
    conflicts = atlas.conflicts()
    assert len(conflicts) >= 10
    assert {c.kind for c in conflicts} == {"explained", "unexplained", "context_dependent_role"}
    claims = {c.id: c for c in atlas.store.all_claims()}

    def source(claim_id: str) -> str:
        return claims[claim_id].finding.msc_source.label  # type: ignore[union-attr]

    u87 = [c for c in conflicts if "cell line U-87MG ATCC" in c.shared]
    assert {(source(c.a), source(c.b)) for c in u87} == {
        ("adipose tissue MSC", "bone marrow MSC"),
        ("adipose tissue MSC", "umbilical cord MSC"),
    }
    for c in u87:
        assert c.kind == "explained" and c.differs_in == ["msc_source"]
        cites = {cite for cid in (c.a, c.b) for e in claims[cid].evidence for cite in e.cites}
        assert cites == {"ref:164"}  # the same reference on both sides
    mir16 = [
        c
        for c in conflicts
        if c.process.curie == "go:0001525"
        and any("miR-16" in s for s in c.shared)
        and c.between_documents
    ]
    assert mir16
    docs = {e.document for c in mir16 for cid in (c.a, c.b) for e in claims[cid].evidence}
    assert docs == {SEED_000, SEED_001}


def test_conflicts_cli_json_and_matrix(built_db: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    out = runner.invoke(cli, ["conflicts", "--db", str(built_db), "--json"])
    assert out.exit_code == 0
    rows = json.loads(out.stdout)
    assert rows and set(rows[0]) >= {"a", "b", "process", "kind", "differs_in"}
    out = runner.invoke(cli, ["conflicts", "--db", str(built_db), "--matrix", "--json"])
    matrix = json.loads(out.stdout)
    breast = [c for c in matrix["cells"] if c["disease"] == "Breast Neoplasms"]
    assert sum(c["pro_tumor"] for c in breast) > 0 and sum(c["anti_tumor"] for c in breast) > 0


@pytest.mark.slow  # drawing two figures (~4 s on two cores): make test-slow
def test_conflicts_cli_plot(built_db: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    for name in ("sword.png", "sword.svg"):
        path = tmp_path / name
        result = runner.invoke(cli, ["conflicts", "--db", str(built_db), "--plot", str(path)])
        assert result.exit_code == 0, result.stderr
        data = path.read_bytes()
        assert data.startswith(b"\x89PNG") if name.endswith("png") else b"<svg" in data[:500]
    bad = runner.invoke(
        cli, ["conflicts", "--db", str(built_db), "--plot", str(tmp_path / "x.gif")]
    )
    assert bad.exit_code == 2 and bad.stderr.startswith("error:")


def test_conflicts_api(atlas: Atlas) -> None:
    client = TestClient(get_app(atlas))
    body = client.get("/api/conflicts").json()
    assert len(body) >= 10
    unexplained = client.get("/api/conflicts", params={"kind": "unexplained"}).json()
    assert unexplained and all(c["kind"] == "unexplained" for c in unexplained)
