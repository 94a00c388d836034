"""The conflict model of issue 19: inhibitors agree with the opposite change of their target,
missing engineering/loading/preconditioning steps explain, the same cargo with opposed roles in
two diseases is a context-dependent role, audit-flagged evidence is disputed and retracted
evidence leaves belief."""

from __future__ import annotations

from exoatlas import Atlas
from exoatlas.analyze.conflicts import find_conflicts
from exoatlas.analyze.kept_audit import marked
from exoatlas.assemble import all_retracted, belief, claim_from_records, classify, mirna_name
from exoatlas.assemble.pairs import inhibits_other
from exoatlas.ground import ground_label
from exoatlas.model import (
    Claim,
    Discrepancy,
    Document,
    Entity,
    Evidence,
    Finding,
    Outcome,
    Recipient,
    Record,
)
from exoatlas.vocab import rules


def _finding(
    cargo: list[Entity],
    direction: str,
    role: str,
    disease: str,
    *,
    loading: list[Entity] | None = None,
    process: str = "go:0008283",
) -> Finding:
    return Finding(
        cargo=cargo,
        loading=loading or [],
        recipient=Recipient(disease=ground_label(disease, "disease")),
        outcome=Outcome(
            process=Entity(curie=process, label=process, kind="process", grounded=True),
            direction=direction,  # type: ignore[arg-type]
            role=role,  # type: ignore[arg-type]
        ),
    )


def _claim(doc: str, finding: Finding, **evidence: object) -> Claim:
    item = Evidence(document=doc, locator="row 1", extractor="t", confidence=0.9, **evidence)  # type: ignore[arg-type]
    return claim_from_records([Record(finding, item)])


def _inhibitor_names(claim: Claim) -> set[str]:
    out = set()
    for entity in claim.finding.cargo:
        target = rules.inhibitor_target(entity.label)
        if target:
            out.add(target)
    return out


def test_rules_name_what_an_inhibitor_inhibits() -> None:
    assert rules.inhibitor_target("antagomiR-21") == "miR-21"
    assert rules.inhibitor_target("antagomiR-222 (inhibits hsa-mir-222)") == "hsa-mir-222"
    assert rules.inhibitor_target("si-PTEN") == "PTEN"
    assert rules.inhibitor_target("miR-155 knockdown") == "miR-155"
    assert rules.inhibitor_target("miR-21") is None
    assert set(rules.opposed_roles("pro_tumor")) == {"anti_tumor", "protective", "regenerative"}


def test_an_inhibitor_and_its_target_moving_opposite_ways_agree() -> None:
    mir = ground_label("miR-222", "mirna")
    anti = Entity(label="antagomiR-222 (inhibits hsa-mir-222)", kind="other", grounded=False)
    up = _claim("d1", _finding([mir], "increase", "pro_tumor", "breast cancer"))
    down = _claim("d2", _finding([anti], "decrease", "anti_tumor", "breast cancer"))
    assert inhibits_other(up.finding, down.finding)
    assert classify(up, down) is None and classify(down, up) is None
    other = _claim(
        "d3",
        _finding([ground_label("miR-100", "mirna")], "decrease", "anti_tumor", "breast cancer"),
    )
    assert classify(up, other) is not None  # a different miRNA still conflicts


def test_no_seed_conflict_pairs_an_inhibitor_with_its_own_target(atlas: Atlas) -> None:
    conflicts = atlas.conflicts()
    assert conflicts
    checked = 0
    for conflict in conflicts:
        a, b = atlas.claims([conflict.a, conflict.b])
        for inhibitor, other in ((a, b), (b, a)):
            targets = _inhibitor_names(inhibitor)
            if not targets:
                continue
            checked += 1
            names = {mirna_name(e) for e in other.finding.cargo} - {None}
            bare = {t.removeprefix("hsa-").replace("mir-", "miR-") for t in targets}
            assert not any(n == t or n.startswith(t + "-") for n in names for t in bare), conflict
    assert checked  # the seed atlas has antagomiR claims paired with other cargo


def test_a_missing_loading_step_explains_a_conflict() -> None:
    drug = ground_label("paclitaxel", "drug")
    native = _claim("d1", _finding([], "increase", "pro_tumor", "breast cancer"))
    loaded = _claim(
        "d1",
        _finding(
            [drug],
            "decrease",
            "anti_tumor",
            "breast cancer",
            loading=[Entity(label="extrusion", kind="loading_method", grounded=False)],
        ),
    )
    conflict = classify(native, loaded)
    assert conflict is not None
    assert conflict.kind == "explained" and "loading" in conflict.differs_in


def test_mir21_context_dependent_role_is_reported_and_on_both_claim_pages(atlas: Atlas) -> None:
    pairs = atlas.conflicts(kind="context_dependent_role")
    found = []
    for conflict in pairs:
        a, b = atlas.claims([conflict.a, conflict.b])
        if any("miR-21" in s for s in conflict.shared):
            found.append((conflict, a, b))
    assert found
    conflict, protective, pro_tumour = found[0]
    assert protective.finding.outcome.role in ("protective", "regenerative")
    assert pro_tumour.finding.outcome.role == "pro_tumor"
    assert protective.finding.outcome.direction == pro_tumour.finding.outcome.direction
    assert "M2" in conflict.process.label and "disease" in conflict.differs_in
    for claim in (protective, pro_tumour):  # what the claim page's banner reads, one lookup
        assert conflict in atlas.context_roles(claim.id)
    from fastapi.testclient import TestClient

    from exoatlas.api import get_app

    client = TestClient(get_app(atlas))
    for claim, other in ((protective, pro_tumour), (pro_tumour, protective)):
        page = client.get(f"/claims/{claim.id}")
        assert page.status_code == 200
        banner = page.text.split('id="conflict-banner"', 1)[1].split("</div>", 1)[0]
        assert f"/claims/{other.id}" in banner


def test_the_misprinted_001_table_2_row_is_disputed(atlas: Atlas) -> None:
    items = {i.id: i for i in atlas.audit_items() if i.document.startswith("001")}
    row = [i for i in items.values() if i.kind == "table_vs_text" and "angiogenesis" in i.message]
    assert row and row[0].location.startswith("Table 2, row 10")
    claims = [
        c
        for c in atlas.store.all_claims()
        if any(e.document.startswith("001") and e.locator == "Table 2, row 10" for e in c.evidence)
    ]
    assert claims
    for claim in claims:
        assert row[0].id in claim.disputed
        assert claim.belief < 0.5  # 0.54 for an undisputed curated row; halved
    linked = [c for c in atlas.conflicts() if row[0].id in c.disputed]
    assert linked and all(claims[0].id in (c.a, c.b) for c in linked)


def test_maintained_conflicts_equal_a_from_scratch_computation(atlas: Atlas) -> None:
    assert atlas.conflicts() == find_conflicts(atlas.store.all_claims())


def test_disputed_evidence_counts_half_and_retracted_counts_nothing() -> None:
    plain = Evidence(document="d", locator="r", extractor="t", confidence=0.9)
    disputed = plain.model_copy(update={"disputed": ["audit:x"]})
    retracted = plain.model_copy(update={"retracted": True})
    assert belief([disputed]) < belief([plain])
    assert belief([plain, retracted]) == belief([plain])
    assert all_retracted([retracted]) and not all_retracted([plain, retracted])


def test_marked_writes_audit_ids_and_retraction_on_evidence() -> None:
    item = Discrepancy(
        kind="table_vs_text",
        document="d",
        location='Table 1, row 2 vs section "A", sentence 1',
        message="m",
        id="audit:abc",
    )
    document = Document(id="d", audit=[item], retracted=True)
    finding = _finding([], "increase", "pro_tumor", "glioma")
    records = [
        Record(finding, Evidence(document="d", locator=loc, extractor="t", confidence=0.9))
        for loc in ("Table 1, row 2", 'section "A", sentence 1')
    ]
    row, text = marked(document, records)
    assert row.evidence.disputed == ["audit:abc"] and text.evidence.disputed == []
    assert row.evidence.retracted and text.evidence.retracted


_MEDLINE = """<?xml version="1.0" encoding="UTF-8"?>
<PubmedArticleSet>
<PubmedArticle><MedlineCitation><PMID>{pmid}</PMID><Article>
<ArticleTitle>Bone marrow MSC exosomes and glioma cells</ArticleTitle>
<Abstract><AbstractText>Exosomes from bone marrow mesenchymal stem cells promoted the
proliferation of U87 glioma cells in vitro.</AbstractText></Abstract>
<PublicationTypeList><PublicationType>Journal Article</PublicationType>{extra}</PublicationTypeList>
</Article>{notice}</MedlineCitation></PubmedArticle>
</PubmedArticleSet>
"""


def test_evidence_of_a_retracted_medline_record_is_marked_and_leaves_belief(
    empty_atlas: Atlas, tmp_path
) -> None:
    kept = tmp_path / "kept.xml"
    gone = tmp_path / "gone.xml"
    kept.write_text(_MEDLINE.format(pmid="11", extra="", notice=""), encoding="utf-8")
    gone.write_text(
        _MEDLINE.format(
            pmid="12",
            extra="<PublicationType>Retracted Publication</PublicationType>",
            notice="",
        ),
        encoding="utf-8",
    )
    noticed = tmp_path / "noticed.xml"  # names its retraction notice, type not yet added
    link = (
        '<CommentsCorrectionsList><CommentsCorrections RefType="RetractionIn">'
        "<RefSource>A retraction notice</RefSource><PMID>99</PMID>"
        "</CommentsCorrections></CommentsCorrectionsList>"
    )
    noticed.write_text(_MEDLINE.format(pmid="13", extra="", notice=link), encoding="utf-8")
    empty_atlas.ingest([gone, noticed])
    assert empty_atlas.get_document("pmid:13").retracted  # type: ignore[union-attr]
    document = empty_atlas.get_document("pmid:12")
    assert document is not None and document.retracted
    claims = empty_atlas.store.all_claims()
    assert claims and all(e.retracted for c in claims for e in c.evidence)
    assert all(c.belief == 0.01 for c in claims)  # shown, but counts for nothing
    empty_atlas.ingest([kept])
    again = [c for c in empty_atlas.store.all_claims() if len(c.evidence) == 3]
    assert again and all(c.belief > 0.01 for c in again)


def test_analyze_names_no_domain_concept_by_curie() -> None:
    """STYLE.md: a CURIE literal in analyze/ is a rule hiding in code; rules live in vocab/data."""
    import ast
    import re
    from pathlib import Path

    curie = re.compile(r"^(?:mesh|go|exoatlas|uberon|cl|cvcl|hgnc|mirbase|drugbank|ncbitaxon):\w")
    root = Path(__file__).parents[1] / "src" / "exoatlas" / "analyze"
    names = ("audit", "compare", "design", "conflicts", "kept_audit", "titles")
    for name in names:
        tree = ast.parse((root / f"{name}.py").read_text(encoding="utf-8"))
        literals = [
            node.value
            for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
        ]
        assert not [v for v in literals if curie.match(v)], name


def test_a_context_dependent_pair_is_found_by_the_store_when_written(empty_atlas: Atlas) -> None:
    mir = ground_label("miR-155", "mirna")
    m2 = "exoatlas:outcome_m2_polarization"
    first = _finding([mir], "increase", "protective", "myocardial infarction", process=m2)
    second = _finding([mir], "increase", "pro_tumor", "breast cancer", process=m2)
    unrelated = _finding(
        [ground_label("miR-1", "mirna")], "increase", "pro_tumor", "glioma", process=m2
    )
    for doc, f in (("w1", first), ("w2", unrelated), ("w3", second)):
        item = Evidence(document=doc, locator="row 1", extractor="t", confidence=0.9)
        empty_atlas.add_document(Document(id=doc), [Record(f, item)])
        assert empty_atlas.conflicts() == find_conflicts(empty_atlas.store.all_claims())
    pairs = empty_atlas.conflicts(kind="context_dependent_role")
    assert len(pairs) == 1 and pairs[0].shared == ["cargo hsa-mir-155"]
    a, b = empty_atlas.claims([pairs[0].a, pairs[0].b])
    assert {a.finding.outcome.role, b.finding.outcome.role} == {"protective", "pro_tumor"}
