from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exoatlas.model import (
    ENTITY_KINDS,
    MODEL_SYSTEMS,
    ROLES,
    Claim,
    Directed,
    Entity,
    Evidence,
    Finding,
    Outcome,
    Recipient,
)

labels = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=20)
entities = st.builds(
    lambda label, kind, curie: Entity(
        curie=curie, label=label, kind=kind, grounded=curie is not None
    ),
    labels,
    st.sampled_from(ENTITY_KINDS),
    st.one_of(st.none(), st.from_regex(r"\A(mesh|hgnc|exoatlas):[A-Za-z0-9_]{1,10}\Z")),
)
directed = st.builds(
    Directed, entity=entities, direction=st.sampled_from(["up", "down", "unknown"])
)
findings = st.builds(
    Finding,
    msc_source=st.one_of(st.none(), entities),
    species=st.one_of(st.none(), st.sampled_from(["human", "mouse"])),
    ev_type=st.one_of(st.none(), entities),
    preconditioning=st.lists(entities, max_size=2),
    isolation=st.lists(entities, max_size=2),
    cargo=st.lists(entities, max_size=3),
    recipient=st.builds(
        Recipient, cell=st.one_of(st.none(), entities), disease=st.one_of(st.none(), entities)
    ),
    targets=st.lists(directed, max_size=3),
    pathways=st.lists(directed, max_size=2),
    outcome=st.builds(
        Outcome,
        process=st.one_of(st.none(), entities),
        direction=st.sampled_from(["increase", "decrease", "unknown"]),
        role=st.sampled_from(ROLES),
    ),
    model=st.sampled_from(MODEL_SYSTEMS),
)


def test_finding_json_has_exactly_the_contract_keys() -> None:
    data = json.loads(Finding().model_dump_json())
    assert set(data) == {
        "msc_source",
        "species",
        "ev_type",
        "preconditioning",
        "engineering",
        "isolation",
        "loading",
        "cargo",
        "recipient",
        "targets",
        "pathways",
        "outcome",
        "model",
        "route",
    }
    assert set(data["recipient"]) == {"cell", "cell_line", "tissue", "disease"}
    assert set(data["outcome"]) == {"process", "direction", "role"}
    entity = json.loads(Entity(label="x", kind="mirna").model_dump_json())
    assert {"curie", "label", "kind", "grounded"} <= set(entity)


def test_evidence_and_claim_contract_keys() -> None:
    ev = Evidence(document="d", locator="Table 1, row 1", extractor="curated", confidence=0.9)
    assert {
        "document",
        "locator",
        "text",
        "cites",
        "extractor",
        "negated",
        "hedged",
        "confidence",
    } <= set(json.loads(ev.model_dump_json()))
    claim = Claim(id="c1", finding=Finding(), evidence=[ev], belief=0.9)
    assert set(json.loads(claim.model_dump_json())) == {
        "id",
        "finding",
        "evidence",
        "belief",
        "disputed",
    }


@settings(max_examples=50, deadline=None)  # (make test's time budget; test-slow's fuzz goes wider)
@given(findings, st.randoms())
def test_finding_key_ignores_list_order(finding: Finding, rnd: object) -> None:
    shuffled = finding.model_copy(deep=True)
    for name in ("cargo", "isolation", "preconditioning", "targets", "pathways"):
        items = list(getattr(shuffled, name))
        rnd.shuffle(items)  # type: ignore[attr-defined]
        setattr(shuffled, name, items)
    from exoatlas.assemble import claim_key

    assert shuffled.key() == finding.key()
    assert claim_key(shuffled) == claim_key(finding)


def test_context_is_part_of_the_key() -> None:
    lung = Finding(recipient=Recipient(disease=Entity(label="lung neoplasms", kind="disease")))
    breast = Finding(recipient=Recipient(disease=Entity(label="breast cancer", kind="disease")))
    from exoatlas.assemble import claim_key

    assert claim_key(lung) != claim_key(breast)


@settings(max_examples=30, deadline=None)  # each example writes and reads a real SQLite atlas
@given(findings)
def test_round_trip_model_store_model(finding: Finding) -> None:
    from exoatlas import Atlas
    from exoatlas.model import Document
    from exoatlas.store import Record

    ev = Evidence(document="doc1", locator="sentence 1", extractor="test", confidence=0.5)
    from exoatlas.assemble import claim_id, claim_key

    with Atlas(None) as atlas:
        atlas.add_document(Document(id="doc1"), [Record(finding, ev)])
        stored = atlas.get_claim(claim_id(claim_key(finding)))
    assert stored is not None
    assert stored.finding == finding
    assert stored.evidence == [ev]
    weight = {"human": 1.0, "mixed": 0.9, "animal": 0.85, "in_vitro": 0.7, "unknown": 0.6}
    assert stored.belief == pytest.approx(max(0.01, 0.5 * weight[finding.model]))
