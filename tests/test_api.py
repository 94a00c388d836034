from __future__ import annotations

import re

from fastapi.testclient import TestClient

from exoatlas import Atlas
from exoatlas.api import get_app
from exoatlas.model import Document, Entity, Evidence, Finding, Outcome
from exoatlas.store import Record


def test_claims_endpoint_filters_and_paginates(atlas: Atlas) -> None:
    client = TestClient(get_app(atlas))
    everything = client.get("/api/claims", params={"limit": 1000}).json()
    assert len(everything) == atlas.stats().claims
    page = client.get("/api/claims", params={"limit": 3, "offset": 3}).json()
    assert [c["id"] for c in page] == [c["id"] for c in everything[3:6]]
    hits = client.get("/api/claims", params={"cargo": "miR-146b"}).json()
    assert hits and all(
        any("mir-146b" in e["label"].lower() for e in c["finding"]["cargo"]) for c in hits
    )
    assert client.get("/api/claims", params={"role": "helpful"}).status_code == 422
    assert client.get("/api/claims", params={"limit": 0}).status_code == 422


def test_lists_send_their_total_and_next_page_in_headers(atlas: Atlas) -> None:
    client = TestClient(get_app(atlas))
    total = atlas.stats().claims
    first = client.get("/api/claims", params={"limit": 100})
    assert first.headers["x-total-count"] == str(total)
    link = first.headers["link"]
    assert link.endswith('>; rel="next"') and "offset=100" in link and "limit=100" in link
    following = client.get(link[1 : link.index(">")])
    assert [c["id"] for c in following.json()] == [
        c["id"] for c in client.get("/api/claims", params={"limit": 200}).json()[100:]
    ]
    last = client.get("/api/claims", params={"limit": 100, "offset": total - 5})
    assert len(last.json()) == 5 and "link" not in last.headers
    hits = client.get("/api/claims", params={"cargo": "miR-146b"})
    assert hits.headers["x-total-count"] == str(len(hits.json())) != "0"
    # conflicts: filtered by kind, paged, and the same headers
    explained = atlas.count_conflicts(kind="explained")
    page = client.get("/api/conflicts", params={"kind": "explained", "limit": 2, "offset": 1})
    assert page.headers["x-total-count"] == str(explained)
    assert [c["a"] for c in page.json()] == [c.a for c in atlas.conflicts(kind="explained")[1:3]]
    assert "offset=3" in page.headers["link"]
    assert client.get("/api/conflicts", params={"kind": "planet"}).status_code == 422


def test_single_claim_and_404(atlas: Atlas) -> None:
    client = TestClient(get_app(atlas))
    claim = client.get("/api/claims", params={"limit": 1}).json()[0]
    assert client.get(f"/api/claims/{claim['id']}").json() == claim
    assert client.get("/api/claims/cnothere").status_code == 404


def test_openapi_and_trials(atlas: Atlas) -> None:
    client = TestClient(get_app(atlas))
    assert "/api/claims" in client.get("/openapi.json").json()["paths"]
    trials = client.get("/api/trials").json()
    assert len(trials) == 9 and all(t["nct"].startswith("NCT") for t in trials)


def test_html_page_lists_claims_with_evidence(atlas: Atlas) -> None:
    client = TestClient(get_app(atlas))
    page = client.get("/search", params={"cargo": "miR-146b"})
    assert page.status_code == 200
    assert "146b" in page.text and "/claims/c" in page.text
    claim = next(
        c
        for c in atlas.query(cargo="miR-146b")
        if any(e.locator == "Table 2, row 13" for e in c.evidence)
    )
    detail = client.get(f"/claims/{claim.id}").text
    assert "Table 2, row 13" in detail
    assert "http://" not in detail.replace("http://127.0.0.1", "")  # no remote assets


def test_html_escapes_untrusted_text(empty_atlas: Atlas) -> None:
    hostile = "<script>alert('x')</script>"
    finding = Finding(cargo=[Entity(label=hostile, kind="other")], outcome=Outcome(role="neutral"))
    ev = Evidence(document="doc", locator="s1", text=hostile, extractor="t", confidence=0.5)
    empty_atlas.add_document(Document(id="doc"), [Record(finding, ev)])
    page = TestClient(get_app(empty_atlas)).get("/search", params={"q": "alert"}).text
    assert hostile not in page
    assert "&lt;script&gt;" in page


def test_ground_endpoint(empty_atlas: Atlas) -> None:
    client = TestClient(get_app(empty_atlas))
    body = client.get("/api/ground", params={"text": "p53"}).json()
    assert body["matches"][0]["curie"] == "hgnc:11998" and body["ambiguous"] is False
    body = client.get("/api/ground", params={"text": "AD", "kind": "disease"}).json()
    assert body["matches"][0]["label"] == "Alzheimer Disease"
    assert client.get("/api/ground", params={"text": ""}).status_code == 422
    assert client.get("/api/ground", params={"text": "x", "kind": "planet"}).status_code == 422


READ_TEXT = (
    "Exosomes derived from bone marrow mesenchymal stem cells carrying miR-146b suppressed "
    "glioma cell invasion in vitro."
)
TOKEN = "s3cret-token-for-tests"


def test_read_endpoint_returns_evidence_without_storing(atlas: Atlas) -> None:
    client = TestClient(get_app(atlas))
    before = atlas.store.dump()
    response = client.post("/api/read", json={"text": READ_TEXT})
    assert response.status_code == 200, response.text
    items = response.json()
    assert items and set(items[0]) == {"finding", "evidence"}
    assert items[0]["finding"]["outcome"]["direction"] == "decrease"
    assert items[0]["evidence"]["locator"].startswith("section")
    assert atlas.store.dump() == before
    assert client.post("/api/read", json={"text": "   "}).status_code == 422
    assert client.post("/api/read", json={}).status_code == 422


def test_ingest_needs_the_write_token(atlas: Atlas) -> None:
    body = {"text": READ_TEXT, "title": "A glioma paper"}
    read_only = TestClient(get_app(atlas))
    assert read_only.post("/api/ingest", json=body).status_code == 403
    client = TestClient(get_app(atlas, write_token=TOKEN))
    before = atlas.store.dump()
    assert client.post("/api/ingest", json=body).status_code == 401
    wrong = {"Authorization": "Bearer not-the-token"}
    assert client.post("/api/ingest", json=body, headers=wrong).status_code == 401
    assert atlas.store.dump() == before
    good = {"Authorization": f"Bearer {TOKEN}"}
    response = client.post("/api/ingest", json=body, headers=good)
    assert response.status_code == 200, response.text
    assert response.json()["documents"] == 1 and response.json()["evidence"] >= 1
    new = set(atlas.store.document_ids()) - {
        "000_f18fedb756d4e7ae",
        "001_3934da7a98245935",
        "misev2023",
    }
    assert len(new) == 1 and next(iter(new)).startswith("sha256:")
    document = atlas.get_document(next(iter(new)))
    assert document is not None and document.title == "A glioma paper"


def test_xss_through_ingest_is_rendered_inert(empty_atlas: Atlas) -> None:
    client = TestClient(get_app(empty_atlas, write_token=TOKEN))
    hostile = (
        'Exosomes from bone marrow MSCs <script>window.pwned=1</script><img src=x onerror="x()"> '
        "suppressed glioma cell invasion in vitro."
    )
    response = client.post(
        "/api/ingest",
        json={"text": hostile, "title": "<script>alert(1)</script>"},
        headers={"Authorization": f"Bearer {TOKEN}"},
    )
    assert response.status_code == 200, response.text
    claim = empty_atlas.store.all_claims()[0]
    document = claim.evidence[0].document
    for url in (f"/claims/{claim.id}", f"/documents/{document}", "/search?q=glioma"):
        page = client.get(url).text
        assert "<script>window.pwned" not in page and "<script>alert" not in page, url
        assert 'onerror="x()"' not in page, url
    assert "&lt;script&gt;" in client.get(f"/claims/{claim.id}").text


def test_facets_count_the_whole_result_and_every_facet_filters(atlas: Atlas) -> None:
    from collections import Counter

    claims = atlas.query(role="anti_tumor", limit=1000)
    assert len(claims) > 12
    counted = atlas.facets(role="anti_tumor")
    assert counted.exact  # reported as exact: then they must be the counts over the whole result
    facets = counted.values
    picks = {
        "source": lambda c: [c.finding.msc_source.label] if c.finding.msc_source else [],
        "model": lambda c: [c.finding.model],
        "cargo_kind": lambda c: sorted({e.kind for e in c.finding.cargo}),
        "document": lambda c: sorted({e.document for e in c.evidence}),
    }
    for name, pick in picks.items():
        counts = Counter(v for c in claims for v in pick(c))
        assert dict(facets[name]) == {v: counts[v] for v, _ in facets[name]}
        assert [n for _, n in facets[name]] == sorted(counts.values(), reverse=True)[:12]
    client = TestClient(get_app(atlas))
    for param, value, keep in (
        ("model", "animal", lambda c: c.finding.model == "animal"),
        ("cargo_kind", "gene", lambda c: any(e.kind == "gene" for e in c.finding.cargo)),
        (
            "document",
            "000_f18fedb756d4e7ae",
            lambda c: any(e.document == "000_f18fedb756d4e7ae" for e in c.evidence),
        ),
    ):
        got = client.get("/api/claims", params={"role": "anti_tumor", param: value, "limit": 1000})
        expected = [c.id for c in claims if keep(c)]
        assert [c["id"] for c in got.json()] == expected and expected
        assert got.headers["x-total-count"] == str(len(expected))
    assert client.get("/api/claims", params={"model": "planet"}).status_code == 422
    # the search page shows the same counts, over the whole result
    page = client.get("/search", params={"role": "anti_tumor"}).text
    shown = re.search(r'model=animal[^"]*"[^>]*>[^<]*</a> <span class="count">(\d+)</span>', page)
    assert shown is not None and int(shown.group(1)) == dict(facets["model"])["animal"]
