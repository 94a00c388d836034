"""Web pages and the remaining endpoints through TestClient (exports: tests/test_export.py)."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from exoatlas import Atlas
from exoatlas.analyze.qc_examples import make_export
from exoatlas.api import get_app
from exoatlas.model import Document, Entity, Evidence, Finding, Outcome, Recipient
from exoatlas.store import Record

HOSTILE = '<script>window.pwned=1</script><img src=x onerror="window.pwned=2">'


def add_hostile(atlas: Atlas) -> None:
    finding = Finding(
        cargo=[Entity(label=HOSTILE, kind="other")],
        recipient=Recipient(
            disease=Entity(
                curie="mesh:D001943", label="Breast Neoplasms", kind="disease", grounded=True
            )
        ),
        outcome=Outcome(
            process=Entity(label=HOSTILE, kind="process"), direction="increase", role="pro_tumor"
        ),
    )
    evidence = Evidence(
        document="evil-doc",
        locator=HOSTILE,
        text=HOSTILE,
        extractor="test",
        confidence=0.5,
        curation_note=HOSTILE,
    )
    atlas.add_document(Document(id="evil-doc", title=HOSTILE), [Record(finding, evidence)])


@pytest.fixture
def client(atlas: Atlas) -> TestClient:
    return TestClient(get_app(atlas))


def test_every_page_renders(client: TestClient, atlas: Atlas) -> None:
    claim = atlas.query(cargo="miR-146b")[0]
    for url in [
        "/",
        "/search",
        "/search?cargo=miR-21&role=pro_tumor",
        f"/claims/{claim.id}",
        "/entities/mesh:D001943",
        "/conflicts",
        "/graph?entity=mesh:D001943",
        "/trials",
        "/qc",
        "/design",
        "/design?indication=glioma&goal=treat_tumor",
        "/documents/000_f18fedb756d4e7ae",
        "/static/site.css",
        "/static/graph.js",
        "/static/vendor/cytoscape.min.js",
        "/static/vendor/cytoscape-fcose.js",
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
    assert client.get("/claims/cnothere").status_code == 404
    assert client.get("/entities/mesh:D000000").status_code == 404


def test_search_facets_and_filters(client: TestClient) -> None:
    page = client.get("/search", params={"disease": "breast"}).text
    assert "pro_tumor" in page and "anti_tumor" in page
    assert re.search(r'href="/search\?[^"]*role=anti_tumor', page)
    narrowed = client.get("/search", params={"disease": "breast", "role": "anti_tumor"}).text
    count = int(re.search(r"(\d+) claims", narrowed).group(1))  # type: ignore[union-attr]
    assert count > 0 and "role-pro_tumor" not in narrowed.split("result-count")[1]


def test_claim_page_shows_evidence_and_reference_titles(client: TestClient, atlas: Atlas) -> None:
    claim = next(
        c
        for c in atlas.query(cargo="miR-133b")
        if any(e.locator.startswith("section") for e in c.evidence)
    )
    page = client.get(f"/claims/{claim.id}").text
    assert "Neurological diseases" in page
    assert "MiR-133b promotes neural plasticity" in page


def test_xss_is_rendered_inert(empty_atlas: Atlas) -> None:
    add_hostile(empty_atlas)
    client = TestClient(get_app(empty_atlas))
    claim_id = empty_atlas.store.all_claims()[0].id
    for url in [
        "/search?disease=breast",
        f"/claims/{claim_id}",
        "/entities/mesh:D001943",
        "/documents/evil-doc",
        "/conflicts",
        "/",
    ]:
        page = client.get(url).text
        assert "<script>window.pwned" not in page, url
        assert 'onerror="window' not in page, url
    assert "&lt;script&gt;" in client.get(f"/claims/{claim_id}").text


def test_qc_upload_and_design_form(client: TestClient) -> None:
    export = make_export("simple", seed=2)
    page = client.post(
        "/qc",
        files={"export": ("prep.csv", export.text, "text/csv")},
        data={"description": "name: bench prep\nmarkers_detected: [CD63]"},
    )
    assert page.status_code == 200 and "bench prep" in page.text and "MISEV2018" in page.text
    bad = client.post("/qc", files={"export": ("x.csv", b"\xff\xfe\x00", "text/csv")})
    assert bad.status_code == 422
    design = client.get("/design", params={"indication": "xyzzy plugh"}).text
    assert "could not ground" in design


def test_entity_and_graph_api(client: TestClient) -> None:
    body = client.get("/api/entities/mesh:D001943").json()
    assert body["entity"]["label"] == "Breast Neoplasms" and body["claims"]
    assert "mesh:D009369" in body["ancestors"]
    graph = client.get("/api/graph", params={"entity": "mesh:D001943"}).json()
    edges = graph["elements"]["edges"]
    assert edges and all({"source", "target", "claim"} <= set(e["data"]) for e in edges)
    assert client.get("/api/graph", params={"entity": "mesh:D000000"}).status_code == 404
