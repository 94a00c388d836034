"""Conflicts, refinements and role counts kept in the store: equal to a from-scratch computation
after every write, and rebuilt only for the claims a write touches."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from exoatlas import Atlas
from exoatlas.analyze.conflicts import find_conflicts, find_refinements, role_matrix
from exoatlas.assemble import claim_id, claim_key, pair_keys, pair_probes
from exoatlas.ground import ground_label
from exoatlas.model import Document, Entity, Evidence, Finding, Outcome, Recipient, Record


def state(atlas: Atlas) -> tuple[object, ...]:
    """(maintained, recomputed) conflicts, refinements and matrix."""
    claims = atlas.store.all_claims()
    ids = {c.id for c in claims}
    maintained_refinements = {(r.id, c) for c in ids for r in atlas.refinements(c)}
    every = find_conflicts(claims)
    kinds = ("explained", "unexplained", "context_dependent_role")
    return (
        (atlas.conflicts(), every),
        # the per-kind counts are a maintained aggregate, not a count of the rows
        (
            [atlas.count_conflicts(kind=k) for k in kinds] + [atlas.count_conflicts()],
            [sum(c.kind == k for c in every) for k in kinds] + [len(every)],
        ),
        (maintained_refinements, find_refinements(claims)),
        (atlas.role_matrix(), role_matrix(claims)),
    )


def assert_maintained(atlas: Atlas) -> None:
    for maintained, recomputed in state(atlas):
        assert maintained == recomputed


def mirna(name: str) -> Entity:
    entity = ground_label(name, "mirna")
    assert entity.grounded, name
    return entity


def finding(
    cargo: Sequence[Entity],
    direction: str,
    role: str,
    disease: str | None = "glioma",
    source: str = "BM-MSC",
    process: str = "go:0008283",
) -> Finding:
    return Finding(
        msc_source=ground_label(source, "msc_source"),
        cargo=list(cargo),
        recipient=Recipient(disease=ground_label(disease, "disease") if disease else None),
        outcome=Outcome(
            process=Entity(curie=process, label=process, kind="process", grounded=True),
            direction=direction,  # type: ignore[arg-type]
            role=role,  # type: ignore[arg-type]
        ),
    )


def record(doc: str, n: int, f: Finding) -> Record:
    return Record(
        f, Evidence(document=doc, locator=f"sentence {n}", extractor="test", confidence=0.7)
    )


def test_maintained_pairs_equal_a_from_scratch_computation_after_each_write(atlas: Atlas) -> None:
    assert_maintained(atlas)  # the seed atlas: built one document after another
    assert atlas.conflicts() and any(atlas.refinements(c.id) for c in atlas.store.all_claims())
    writes = [
        ("x1", [finding([mirna("miR-21-5p")], "increase", "pro_tumor")]),
        ("x2", [finding([mirna("miR-21")], "decrease", "anti_tumor", source="AT-MSC")]),
        # a broader claim than x1's (no disease named): x1 refines it
        ("x3", [finding([mirna("miR-21-5p")], "increase", "pro_tumor", disease=None)]),
        ("x4", [finding([], "decrease", "anti_tumor", process="go:0006915")]),
    ]
    for doc, findings in writes:
        atlas.add_document(Document(id=doc), [record(doc, i, f) for i, f in enumerate(findings)])
        assert_maintained(atlas)
    x1, x2, x3 = (claim_id(claim_key(f[0])) for _, f in writes[:3])
    tied = atlas.conflicts(document="x1")
    assert any({c.a, c.b} == {x1, x2} and "cargo hsa-miR-21-5p" in c.shared for c in tied)
    assert x1 in {c.id for c in atlas.refinements(x3)}
    # x2 restated with the opposite direction: its old pairs go, new ones come
    atlas.add_document(
        Document(id="x2"), [record("x2", 0, finding([mirna("miR-21")], "increase", "pro_tumor"))]
    )
    assert_maintained(atlas)
    atlas.store.delete_document("x1")
    assert_maintained(atlas)


def test_conflicts_filter_and_page(atlas: Atlas) -> None:
    every = atlas.conflicts()
    assert atlas.count_conflicts() == len(every) > 10
    assert atlas.conflicts(limit=5, offset=3) == every[3:8]
    explained = atlas.conflicts(kind="explained")
    assert explained == [c for c in every if c.kind == "explained"]
    assert atlas.count_conflicts(kind="explained") == len(explained)
    claims = {c.id: c for c in atlas.store.all_claims()}
    # a disease term means what it means in a claim query (glioma finds glioblastoma too)
    glioma_claims = {c.id for c in atlas.query(disease="glioma", limit=1000)}
    glioma = atlas.conflicts(disease="glioma")
    assert glioma == [c for c in every if {c.a, c.b} & glioma_claims]
    doc = "000_f18fedb756d4e7ae"
    from_doc = atlas.conflicts(document=doc)
    assert from_doc == [
        c for c in every if any(e.document == doc for i in (c.a, c.b) for e in claims[i].evidence)
    ]
    with pytest.raises(Exception, match="unknown kind"):
        atlas.conflicts(kind="planet")


def test_every_accepted_pair_shares_a_probe_with_a_key(atlas: Atlas) -> None:
    """The index is complete: no pair the rules accept is missed by the probes."""
    claims = {c.id: c for c in atlas.store.all_claims()}
    pairs = {(c.a, c.b) for c in find_conflicts(claims.values())}
    pairs |= find_refinements(claims.values())
    assert pairs
    for x, y in pairs:
        assert pair_probes(claims[x].finding) & pair_keys(claims[y].finding)
        assert pair_probes(claims[y].finding) & pair_keys(claims[x].finding)


def test_a_write_rebuilds_only_the_pairs_of_the_claims_it_touches(atlas: Atlas) -> None:
    conn = atlas.store.conn
    before = {(a, b): rowid for rowid, a, b in conn.execute("SELECT rowid, a, b FROM conflicts")}
    loaded: list[str] = []
    load = atlas.store.load_claims

    def spy(ids: Sequence[str]) -> list[object]:
        loaded.extend(ids)
        return load(ids)  # type: ignore[return-value]

    atlas.store.load_claims = spy  # type: ignore[method-assign,assignment]
    new = finding([mirna("miR-21-5p")], "decrease", "anti_tumor", source="UC-MSC")
    atlas.add_document(Document(id="x9"), [record("x9", 0, new)])
    touched = {atlas.query(cargo="miR-21-5p", source="UC-MSC")[0].id}
    after = {(a, b): rowid for rowid, a, b in conn.execute("SELECT rowid, a, b FROM conflicts")}
    # every pair not involving the new claim is the very same row as before
    assert {k: v for k, v in after.items() if not touched & set(k)} == before
    assert any(touched & set(k) for k in after)
    # only candidates found through the index were read, a handful of the atlas's claims
    assert 0 < len(set(loaded)) < atlas.stats().claims / 10
