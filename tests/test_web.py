"""Web pages and the remaining endpoints through TestClient (exports: tests/test_export.py)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from exoatlas import Atlas
from exoatlas.analyze.qc_examples import make_export
from exoatlas.api import get_app
from exoatlas.cli import cli
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


@pytest.fixture(scope="module")
def atlas() -> Iterator[Atlas]:
    """One built atlas for this module's read-only tests (building takes seconds)."""
    with Atlas(None) as built:
        built.build()
        yield built


@pytest.fixture(scope="module")
def client(atlas: Atlas) -> TestClient:
    return TestClient(get_app(atlas))


PAGES = (
    "/",
    "/search",
    "/search?cargo=miR-21&role=pro_tumor",
    "/entities/mesh:D001943",
    "/conflicts",
    "/conflicts?kind=unexplained",
    "/graph?entity=mesh:D001943",
    "/graph?entity=miR-21",
    "/trials",
    "/qc",
    "/qc/example",
    "/design",
    "/design?indication=glioma&goal=treat_tumor",
    "/documents/000_f18fedb756d4e7ae",
    "/docs",
)
SNAKE = re.compile(
    r"\b(bone_marrow|tumor_associated|pro_tumor|anti_tumor|in_vitro|msc_source|ev_type|cell_line|table_vs_text|"
    r"treat_tumor|deliver_drug|cargo_kind|isolation_method|context_dependent_role)\b"
)
BARE_ID = re.compile(r"(?<!<code)>\s*c[0-9a-f]{12}\s*<")  # an id in <code> is for pasting


def visible_text(page: str) -> str:
    """What a person reads: the page without tags, attributes, scripts or code spans."""
    page = re.sub(r"<(script|style|code)\b.*?</\1>", " ", page, flags=re.S)
    return re.sub(r"<[^>]+>", " ", page)


def test_every_page_renders(client: TestClient, atlas: Atlas) -> None:
    claim = atlas.query(cargo="miR-146b")[0]
    for url in (
        *PAGES,
        f"/claims/{claim.id}",
        "/static/site.css",
        "/static/graph.js",
        "/static/swagger-init.js",
        "/docs/assets/swagger-ui-bundle.js",
        "/docs/assets/swagger-ui.css",
    ):
        response = client.get(url)
        assert response.status_code == 200, url
    assert client.get("/entities/mesh:D000000").status_code == 404


def test_pages_speak_to_people(client: TestClient, atlas: Atlas) -> None:
    """No snake_case field or role names, no bare claim ids as link text, no inline script or
    style (the CSP forbids them) and no asset from another server, on any page."""
    claim = next(c for c in atlas.store.all_claims() if c.finding.outcome.role == "pro_tumor")
    for url in (*PAGES, f"/claims/{claim.id}", "/claims/nope"):
        page = client.get(url).text
        text = visible_text(page)
        assert not SNAKE.search(text), (url, SNAKE.search(text))
        assert not BARE_ID.search(page), (url, BARE_ID.search(page))
        assert "000_f18fedb756d4e7ae" not in text, url
        assert not re.search(r"<script(?![^>]*\bsrc=)", page), url
        assert not re.search(r"\sstyle=", page), url
        assert not re.search(r'<(script|link|img)[^>]+(src|href)="(https?:)?//', page), url


def test_browsers_get_html_errors_and_the_api_json(client: TestClient) -> None:
    page = client.get("/claims/nope")
    assert page.status_code == 404 and page.headers["content-type"].startswith("text/html")
    assert 'id="site-nav"' in page.text and "no claim &#39;nope&#39;" in page.text
    assert client.get("/no/such/page").status_code == 404
    assert 'id="site-nav"' in client.get("/no/such/page").text
    api = client.get("/api/claims/nope")
    assert api.status_code == 404 and api.json() == {"detail": "no claim 'nope'"}
    bad = client.get("/conflicts", params={"offset": "many"})
    assert bad.status_code == 422 and 'id="site-nav"' in bad.text and "offset" in bad.text
    assert client.get("/api/claims", params={"limit": "many"}).json()["detail"]


def test_api_docs_are_served_from_local_assets(client: TestClient) -> None:
    page = client.get("/docs").text
    assert '<script src="/docs/assets/swagger-ui-bundle.js"' in page
    assert '<script src="/static/swagger-init.js"' in page
    bundle = client.get("/docs/assets/swagger-ui-bundle.js")
    assert bundle.headers["content-type"].startswith("text/javascript")
    assert re.search(r'"5\.\d+\.\d+"', bundle.text)  # Swagger UI 5 renders OpenAPI 3.1
    assert client.get("/openapi.json").json()["openapi"].startswith("3.1")
    assert client.get("/docs/assets/..%2Fcore.py").status_code == 404
    assert client.get("/redoc").status_code == 404
    assert "/search" not in client.get("/openapi.json").json()["paths"]


def test_search_facets_snippets_paging_and_csv(client: TestClient) -> None:
    page = client.get("/search", params={"disease": "breast"}).text
    assert "pro-tumour" in page and "anti-tumour" in page
    assert re.search(r'href="/search\?[^"]*role=anti_tumor', page)
    narrowed = client.get("/search", params={"disease": "breast", "role": "anti_tumor"}).text
    count = int(re.search(r"of (\d+) claims", narrowed).group(1))  # type: ignore[union-attr]
    results = narrowed.split('id="result-count"')[1].split('class="facets"')[0]
    assert count > 0 and "role-pro_tumor" not in results
    csv_link = re.search(r'id="download-csv" href="([^"]+)"', narrowed).group(1)  # type: ignore[union-attr]
    csv_link = csv_link.replace("&amp;", "&")
    assert csv_link.startswith("/search?") and "format=csv" in csv_link
    assert "disease=breast" in csv_link and "role=anti_tumor" in csv_link
    download = client.get(csv_link)
    assert download.headers["content-type"].startswith("text/csv")
    rows = download.text.strip().splitlines()
    assert len(rows) == count + 1  # a header and every claim of the page's total
    everything = client.get("/search").text
    total = int(re.search(r"1–25 of (\d+) claims", everything).group(1))  # type: ignore[union-attr]
    assert total > 25 and 'rel="next"' in everything
    last = client.get("/search", params={"offset": (total - 1) // 25 * 25}).text
    assert f"of {total} claims" in last and 'rel="next"' not in last and 'rel="prev"' in last
    marked = client.get("/search", params={"q": "angiogenesis"}).text
    assert "<mark>" in marked or "sentence not bundled" in marked


def test_claim_page_shows_evidence_and_reference_titles(client: TestClient, atlas: Atlas) -> None:
    claim = next(
        c
        for c in atlas.query(cargo="miR-133b")
        if any(e.locator.startswith("section") for e in c.evidence)
    )
    page = client.get(f"/claims/{claim.id}").text
    assert "Neurological diseases" in page
    assert "MiR-133b promotes neural plasticity" in page
    assert "Hassanzadeh et al." in page and "doi:10.1186/s13287-021-02378-7" in page


def test_without_the_corpus_evidence_says_how_to_get_its_sentence(
    client: TestClient, atlas: Atlas
) -> None:
    claim = next(
        c
        for c in atlas.store.all_claims()
        if any(e.locator.startswith("section") and e.text is None for e in c.evidence)
    )
    page = client.get(f"/claims/{claim.id}").text
    assert "sentence not bundled: run `exoatlas build --corpus DIR`" in page
    assert 'href="https://doi.org/10.' in page


def test_claim_page_banner_names_the_conflicting_claim(client: TestClient, atlas: Atlas) -> None:
    conflict = atlas.conflicts()[0]
    other = atlas.get_claim(conflict.b)
    assert other is not None
    page = client.get(f"/claims/{conflict.a}").text
    banner = page.split('id="conflict-banner"')[1].split("</div>")[0]
    assert f'href="/claims/{conflict.b}"' in banner
    assert other.finding.outcome.process is not None
    assert conflict.process.label in banner and "differs in" in banner


def test_conflict_page_pairs_groups_filters_and_heat_map(client: TestClient, atlas: Atlas) -> None:
    conflicts = atlas.conflicts()
    page = client.get("/conflicts").text
    assert f"of {len(conflicts)} pairs" in page
    assert page.count('class="pair"') == min(20, len(conflicts))
    assert page.count('class="side"') == 2 * page.count('class="pair"')
    heat = page.split('id="heatmap"')[1].split("</table>")[0]
    assert heat.index("Cancer (") < heat.index("Not cancer (")
    cancer = heat.split("Not cancer (")[0]
    assert "Breast Neoplasms" in cancer and "Acute Kidney Injury" not in cancer
    assert 'id="heat-legend"' in page and 'class="heat-box"' in page
    unexplained = [c for c in conflicts if c.kind == "unexplained"]
    only = client.get("/conflicts", params={"kind": "unexplained"}).text
    assert f"of {len(unexplained)} pairs" in only
    assert only.count('class="kind kind-unexplained"') == min(20, len(unexplained))
    breast = client.get("/conflicts", params={"disease": "Breast Neoplasms"}).text
    count = atlas.count_conflicts(disease="Breast Neoplasms")
    assert 0 < count < len(conflicts) and f"of {count} pairs" in breast
    assert "<h3>" in breast and 'value="Breast Neoplasms" selected' in breast
    if len(conflicts) > 20:
        second = client.get("/conflicts", params={"offset": 20}).text
        assert f"21–{min(40, len(conflicts))} of {len(conflicts)} pairs" in second


def test_entity_page_groups_by_disease_and_role(client: TestClient) -> None:
    page = client.get("/entities/mirbase:MIMAT0000076").text  # hsa-miR-21-5p
    sections = re.findall(r'<section class="group">\s*<h2>([^<]+)</h2>', page)
    assert "Lung Neoplasms" in sections and "Reperfusion Injury" in sections
    lung = page.split("<h2>Lung Neoplasms</h2>")[1].split("</section>")[0]
    assert "pro-tumour" in lung


def test_document_page_findings_references_audit_and_upload(
    client: TestClient, atlas: Atlas, tmp_path: Path
) -> None:
    page = client.get("/documents/001_3934da7a98245935").text
    assert "Normal and engineered MSC-derived exosomes for cancer therapy" in page
    assert "doi:10.3390/ijms232213974" in page
    findings = page.split('id="findings"')[1].split('id="references"')[0]
    assert findings.count('<a class="chain" href="/claims/') > 50
    references = page.split('id="references"')[1]
    entries = [e for e in references.split('<li id="ref-')[1:] if "cited by" in e]
    assert entries
    cited = re.match(r'(\d+)".*?cited by <a href="/claims/(c[0-9a-f]+)"', entries[0], re.S)
    assert cited is not None
    claim = atlas.get_claim(cited.group(2))
    assert claim is not None and any(f"ref:{cited.group(1)}" in e.cites for e in claim.evidence)
    assert 'action="/audit"' in page and 'id="audit"' in page
    before = atlas.stats()
    review = (
        "Exosomes\n\nMSC exosomes carrying miR-21 promoted growth of lung cancer cells [1].\n\n"
        "References\n\n1. Smith J. miR-21 in lung cancer. J Test. 2020.\n"
        "1. Smith J. miR-21 in lung cancer. J Test. 2020.\n"
    )
    answer = client.post("/audit", files={"document": ("mine.txt", review, "text/plain")})
    assert answer.status_code == 200 and 'id="site-nav"' in answer.text
    assert "Audit of mine.txt" in answer.text and "never stored" in answer.text
    assert atlas.stats() == before


def test_trials_table_keeps_sources_out_of_the_cells(client: TestClient) -> None:
    page = client.get("/trials").text
    table = page.split('id="trials"')[1]
    assert "<th>condition</th>" in table and "<th>cell source</th>" in table
    cells = re.findall(r'<td title="([^"]*)">([^<]*)</td>', table)
    assert cells and all("Table 3" in title and "Table 3" not in value for title, value in cells)
    assert "Hassanzadeh et al." in cells[0][0]
    assert "000_f18fedb756d4e7ae" not in visible_text(page)


def test_qc_structured_form_example_and_design_form(client: TestClient) -> None:
    export = make_export("simple", seed=2)
    page = client.post(
        "/qc",
        files={"export": ("prep.csv", export.text, "text/csv")},
        data={
            "name": "bench prep",
            "isolation": "ultracentrifugation",
            "g_force": "100000",
            "time_min": "70",
            "protein_ug": "2",
            "volume_ml": "0.5",
            "markers_detected": ["CD63", "CD81"],
        },
    )
    assert page.status_code == 200 and "bench prep" in page.text and "MISEV2018" in page.text
    assert 'id="site-nav"' in page.text
    transmembrane = re.search(r"a transmembrane/GPI-anchored EV protein.*?</tr>", page.text, re.S)
    assert transmembrane is not None and 'class="pass"' in transmembrane.group()
    yaml_page = client.post(
        "/qc",
        files={"export": ("prep.csv", export.text, "text/csv")},
        data={"description": "name: yaml prep\nmarkers_detected: [CD63]"},
    )
    assert "yaml prep" in yaml_page.text
    bad = client.post("/qc", files={"export": ("x.csv", b"\xff\xfe\x00", "text/csv")})
    assert bad.status_code == 422 and 'id="qc-error"' in bad.text
    negative = client.post(
        "/qc", files={"export": ("p.csv", export.text, "text/csv")}, data={"protein_ug": "-2"}
    )
    assert negative.status_code == 422 and "cannot be negative" in negative.text
    example = client.get("/qc/example").text
    assert "UC-MSC exosomes (example)" in example and 'id="site-nav"' in example
    assert 'id="qc-example"' in client.get("/qc").text
    design = client.get("/design", params={"indication": "xyzzy plugh"}).text
    assert "could not ground" in design
    report = client.get("/design", params={"indication": "acute kidney injury"}).text
    assert 'id="s-msc_source"' in report and "MSC source" in report
    assert re.search(r'<a href="/claims/c[0-9a-f]+">[^<]*→', report)
    assert re.search(r"\d+ evidence", report)


def test_entity_and_graph_api(client: TestClient) -> None:
    body = client.get("/api/entities/mesh:D001943").json()
    assert body["entity"]["label"] == "Breast Neoplasms" and body["claims"]
    assert "mesh:D009369" in body["ancestors"]
    graph = client.get("/api/graph", params={"entity": "mesh:D001943"}).json()
    edges = graph["elements"]["edges"]
    assert edges and all({"source", "target", "claim"} <= set(e["data"]) for e in edges)
    assert all(e["data"]["context"] and e["classes"].startswith("role-") for e in edges)
    by_name = client.get("/api/graph", params={"entity": "miR-21"})
    assert by_name.status_code == 200 and by_name.json()["elements"]["edges"]
    assert by_name.json()["entity"].startswith("mirbase:")
    contexts = {e["data"]["context"] for e in by_name.json()["elements"]["edges"]}
    assert {"Lung Neoplasms", "Reperfusion Injury"} <= contexts
    missing = client.get("/api/graph", params={"entity": "mesh:D000000"})
    assert (
        missing.status_code == 404 and "nothing in the atlas is called" in missing.json()["detail"]
    )
    page = client.get("/graph", params={"entity": "xyzzy plugh"}).text
    assert "Nothing in the atlas is called" in page and 'id="cy"' not in page


def test_build_says_once_where_the_sentences_are(tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(cli, ["build", "--db", str(tmp_path / "a.db"), "--json"])
    assert result.exit_code == 0
    json.loads(result.stdout)
    if "not bundled" in result.stderr:  # ../shared/seeds is absent from this working directory
        assert result.stderr.count("not bundled") == 1
        assert "exoatlas build --corpus DIR" in result.stderr and "doi:10.1186/" in result.stderr


def test_no_third_party_front_end_code_is_committed() -> None:
    """Front-end code comes from registries at install time (CONTRACT.md), never from git."""
    repo = Path(__file__).resolve().parents[1]
    if shutil.which("git") is None or not (repo / ".git").exists():
        pytest.skip("not a git checkout")
    listed = subprocess.run(
        ["git", "ls-files"], cwd=repo, capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert listed
    vendored = [
        f
        for f in listed
        if "/static/vendor" in f or "swagger-ui" in f or f.endswith((".min.js", ".min.css"))
    ]
    assert vendored == []


def test_claim_page_names_context_dependent_roles_and_disputed_evidence(atlas: Atlas) -> None:
    client = TestClient(get_app(atlas))
    pairs = atlas.conflicts(kind="context_dependent_role")
    assert pairs
    page = client.get(f"/claims/{pairs[0].a}").text
    banner = page.split('id="conflict-banner"', 1)[1].split("</b>", 1)[0]
    assert "context-dependent role" in banner and "the other way" not in banner
    disputed = next(c for c in atlas.all_claims() if c.disputed)
    page = client.get(f"/claims/{disputed.id}").text
    assert 'class="warning disputed"' in page and disputed.disputed[0] in page


def test_search_says_when_a_filter_value_matches_nothing_and_clamps_the_offset(
    atlas: Atlas,
) -> None:
    client = TestClient(get_app(atlas))
    page = client.get("/search", params={"role": "protectiv"}).text
    assert "no claim has" in page and "protectiv" in page
    assert "role: protectiv" not in page  # never shown as an active filter
    far = client.get("/search", params={"cargo": "miR-21", "offset": "999999999"}).text
    shown = re.search(r'id="result-count">(\d+)–(\d+) of (\d+)', far)
    assert shown is not None and int(shown.group(1)) <= int(shown.group(3))


def test_design_page_answers_bad_input_with_422(atlas: Atlas) -> None:
    client = TestClient(get_app(atlas))
    page = client.get("/design", params={"indication": "kidney injury", "goal": "bogus"})
    assert page.status_code == 422 and "nav" in page.text
