"""Trial registry, reference datasets and the design advisor (issue 9)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from exoatlas import Atlas, InputError
from exoatlas.api import get_app
from exoatlas.cli import cli
from exoatlas.model import DesignReport

from .conftest import SEEDS

DATA = SEEDS.parent / "reference" / "ev-drug-carrier-atlas"
SECTIONS = {"msc_source", "preconditioning", "isolation", "loading", "targeting", "route"}


def shared(name: str) -> Path:
    path = DATA / name
    if not path.exists():
        pytest.skip(f"{path} absent")
    return path


@pytest.fixture
def full_atlas(atlas: Atlas) -> Atlas:
    atlas.import_trials(shared("Fig2b_Clinical_Trial_Doses.csv"))
    atlas.import_dataset(shared("Fig3bc_Loading_Capacity.csv"), "loading")
    atlas.import_dataset(shared("Fig4c_MSC_Biodistribution.csv"), "biodistribution")
    return atlas


def check_report(report: DesignReport, atlas: Atlas) -> None:
    assert set(report.sections) == SECTIONS
    ids = {c.id for c in atlas.store.all_claims()}
    for recs in [*report.sections.values(), report.risks]:
        assert recs, "every section says something, if only 'no evidence'"
        for rec in recs:
            assert set(rec.claims) <= ids, rec
    assert "not medical advice" in report.disclaimer


def test_design_for_acute_kidney_injury(full_atlas: Atlas) -> None:
    report = full_atlas.design("acute kidney injury", "regenerate", priority="gmp")
    check_report(report, full_atlas)
    assert report.indication.curie == "mesh:D058186"
    supporting = {cid for rec in report.sections["msc_source"] for cid in rec.claims}
    for cid in supporting:
        claim = full_atlas.get_claim(cid)
        assert claim is not None and claim.finding.outcome.role in ("regenerative", "protective")
        disease, tissue = claim.finding.recipient.disease, claim.finding.recipient.tissue
        assert disease is not None
        # acute kidney injury itself, or ischaemia-reperfusion of the kidney counted as it
        assert disease.curie == "mesh:D058186" or (
            disease.label == "Reperfusion Injury"
            and tissue is not None
            and tissue.label == "kidney"
        )
    assert any("trapping" in r.option for r in report.risks)


def test_aki_counts_wharton_jelly_kidney_reperfusion_and_says_so(full_atlas: Atlas) -> None:
    report = full_atlas.design("acute kidney injury", "regenerate")
    sources = {r.option: r for r in report.sections["msc_source"]}
    wj = sources.get("Wharton's jelly MSC")
    assert wj is not None and len(wj.claims) >= 3
    assert "ischaemia-reperfusion injury of the kidney counted as Acute Kidney Injury" in (
        wj.rationale
    )
    for cid in wj.claims:
        claim = full_atlas.get_claim(cid)
        assert claim is not None and claim.finding.recipient.disease is not None
        assert claim.finding.recipient.disease.label == "Reperfusion Injury"


def test_aki_route_has_its_evidence(full_atlas: Atlas) -> None:
    routes = full_atlas.design("acute kidney injury", "regenerate").sections["route"]
    named = {r.option: r for r in routes}
    assert "no evidence" not in named
    assert "intrarenal" in named and named["intrarenal"].claims
    for rec in routes:
        assert rec.claims or "trial" in rec.rationale, rec


def test_disputed_evidence_is_marked_and_retracted_left_out(full_atlas: Atlas) -> None:
    report = full_atlas.design("breast cancer", "treat_tumor")
    marked = [r for recs in [*report.sections.values(), report.risks] for r in recs if r.disputed]
    assert marked and all("disputed by the audit" in r.rationale for r in marked)
    claims = full_atlas.store.all_claims()
    gone = claims[0]
    retracted = [e.model_copy(update={"retracted": True}) for e in gone.evidence]
    from exoatlas.analyze.design import design

    indication = report.indication
    changed = [
        c if c.id != gone.id else c.model_copy(update={"evidence": retracted}) for c in claims
    ]
    again = design(indication, "treat_tumor", changed, full_atlas.methods(), [])
    cited = {
        cid for recs in [*again.sections.values(), again.risks] for r in recs for cid in r.claims
    }
    assert gone.id not in cited


def test_design_for_glioma_treats_the_tumour(full_atlas: Atlas) -> None:
    report = full_atlas.design("glioma", "treat_tumor")
    check_report(report, full_atlas)
    for rec in report.sections["msc_source"]:
        for cid in rec.claims:
            claim = full_atlas.get_claim(cid)
            assert claim is not None and claim.finding.outcome.role == "anti_tumor"


def test_breast_cancer_paclitaxel_lists_every_pro_tumour_claim(full_atlas: Atlas) -> None:
    report = full_atlas.design("breast cancer", "deliver_drug", cargo="paclitaxel")
    check_report(report, full_atlas)
    risk_ids = {cid for rec in report.risks for cid in rec.claims}
    pro = {c.id for c in full_atlas.store.all_claims() if c.finding.outcome.role == "pro_tumor"}
    assert pro and pro <= risk_ids
    breast = [r for r in report.risks if "Breast Neoplasms" in r.option]
    assert breast and all("this indication" in r.rationale for r in breast)
    loading = report.sections["loading"][0]
    assert "paclitaxel" in loading.rationale  # ranked on the paclitaxel studies of the dataset


def test_design_errors(atlas: Atlas) -> None:
    with pytest.raises(InputError, match="could not ground"):
        atlas.design("xyzzy plugh", "regenerate")
    with pytest.raises(InputError, match="unknown goal"):
        atlas.design("glioma", "cure")


def test_trials_merge_the_seed_and_the_file_with_a_disagreement(full_atlas: Atlas) -> None:
    trials = {t.nct: t for t in full_atlas.trials()}
    seed = [
        t
        for t in trials.values()
        if any(v.source.startswith("000_") for vs in t.fields.values() for v in vs)
    ]
    assert len(seed) == 9
    both = [
        t
        for t in seed
        if any(v.source.startswith("table:") for vs in t.fields.values() for v in vs)
    ]
    assert {t.nct for t in both} == {"NCT03437759", "NCT04276987", "NCT04544215", "NCT04602104"}
    disagreeing = [t for t in trials.values() if t.disagreements]
    assert [t.nct for t in disagreeing] == ["NCT04544215"]
    assert "cell_source" in disagreeing[0].disagreements[0]
    # 'n.a' and two dose levels from one file are not disagreements
    assert not trials["NCT03437759"].disagreements
    assert len(trials["NCT03437759"].fields["dose"]) == 1 or all(
        v.source.startswith("table:") for v in trials["NCT03437759"].fields["dose"]
    )


def test_trials_cli_import_json(built_db: Path) -> None:
    path = shared("Fig2b_Clinical_Trial_Doses.csv")
    runner = CliRunner()
    result = runner.invoke(cli, ["trials", "--db", str(built_db), "--import", str(path), "--json"])
    assert result.exit_code == 0, result.stderr
    body = json.loads(result.stdout)
    assert len(body) == 31 and any(t["disagreements"] for t in body)
    again = runner.invoke(cli, ["trials", "--db", str(built_db), "--import", str(path), "--json"])
    assert json.loads(again.stdout) == body  # re-importing replaces, never duplicates


def test_datasets_normalise_and_summarise(tmp_path: Path, built_db: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(
        cli,
        [
            "datasets",
            "import",
            str(shared("Fig3bc_Loading_Capacity.csv")),
            "--kind",
            "loading",
            "--db",
            str(built_db),
            "--json",
        ],
    )
    body = json.loads(result.stdout)
    assert body["rows"] == 129
    changes = {(n["raw"], n["normalised"]) for n in body["normalisations"]}
    assert ("DOX", "Doxorubicin") in changes and ("Passive diffusion", "incubation") in changes
    assert ("5‑fluorouracil", "Fluorouracil") in changes  # non-breaking hyphen
    plot = tmp_path / "loading.png"
    summary = runner.invoke(
        cli,
        ["datasets", "summary", "loading", "--db", str(built_db), "--json", "--plot", str(plot)],
    )
    methods = {s["method"]: s for s in json.loads(summary.stdout)}
    assert methods["incubation"]["n"] > methods["sonication"]["n"] > 0
    assert plot.read_bytes().startswith(b"\x89PNG")
    runner.invoke(
        cli,
        [
            "datasets",
            "import",
            str(shared("Fig4c_MSC_Biodistribution.csv")),
            "--kind",
            "biodistribution",
            "--db",
            str(built_db),
        ],
    )
    organs = json.loads(
        runner.invoke(
            cli, ["datasets", "summary", "biodistribution", "--db", str(built_db), "--json"]
        ).stdout
    )
    assert organs[0]["organ"] == "liver"
    missing = runner.invoke(
        cli,
        [
            "datasets",
            "import",
            str(shared("Fig4a_Dye_Subtypes.csv")),
            "--kind",
            "biodistribution",
            "--db",
            str(built_db),
        ],
    )
    assert missing.exit_code == 2 and "no organ columns" in missing.stderr


def test_design_cli_and_api(full_atlas: Atlas, built_db: Path) -> None:
    result = CliRunner().invoke(
        cli,
        [
            "design",
            "--db",
            str(built_db),
            "--indication",
            "glioma",
            "--goal",
            "treat_tumor",
            "--json",
        ],
    )
    body = json.loads(result.stdout)
    assert set(body) >= {"indication", "goal", "sections", "risks", "disclaimer"}
    assert set(body["sections"]) == SECTIONS
    client = TestClient(get_app(full_atlas))
    response = client.post("/api/design", json={"indication": "acute kidney injury"})
    assert response.status_code == 200 and response.json()["goal"] == "regenerate"
    assert client.post("/api/design", json={"indication": "xyzzy plugh"}).status_code == 422


def test_priorities_say_what_they_weigh_and_do_not_rank_the_unrated(full_atlas: Atlas) -> None:
    gmp = full_atlas.design("acute kidney injury", "regenerate", priority="gmp")
    head, *methods = gmp.sections["isolation"]
    assert head.score is None and "closed system" in head.rationale
    assert "no source in the atlas rates any method on" in head.rationale
    assert all(r.facts and all(f.startswith("fact:") for f in r.facts) for r in methods)
    scale = full_atlas.design("acute kidney injury", "regenerate", priority="scale")
    ranked = [r for r in scale.sections["isolation"][1:] if r.score is not None]
    assert ranked and ranked[0].option != "immunoaffinity capture"
    purity = full_atlas.design("acute kidney injury", "regenerate", priority="purity")
    assert [r.option for r in purity.sections["isolation"][1:3]] != [
        r.option for r in gmp.sections["isolation"][1:3]
    ] or gmp.sections["isolation"][1].score is None


def test_regeneration_without_cargo_gets_no_tumour_targeting_or_loading(
    full_atlas: Atlas,
) -> None:
    report = full_atlas.design("acute kidney injury", "regenerate")
    assert [r.option for r in report.sections["loading"]] == ["no loading"]
    options = {r.option for r in report.sections["targeting"]}
    assert not options & {"folate conjugation", "hyaluronidase display"}


def test_the_cli_prints_every_risk_pair(built_db: Path) -> None:
    result = CliRunner().invoke(
        cli,
        ["design", "--db", str(built_db), "--indication", "breast cancer", "--goal", "treat_tumor"],
    )
    assert result.exit_code == 0, result.stderr
    with Atlas(built_db, create=False) as atlas:
        risks = atlas.design("breast cancer", "treat_tumor").risks
    pairs = [r for r in risks if r.option.startswith("promotes tumour:")]
    assert len(pairs) > 12
    assert all(r.option in result.stdout for r in pairs)
    # the indication's own pairs come first
    here = [i for i, r in enumerate(pairs) if "this indication" in r.rationale]
    assert here and here == list(range(len(here)))


def test_a_cyst_disease_indication_is_not_a_cancer(full_atlas: Atlas) -> None:
    # MeSH files polycystic ovary syndrome under Neoplasms through Cysts (rules.tumour_disease):
    # its design screens for occult cancer as any non-cancer indication's does
    report = full_atlas.design("polycystic ovary syndrome", "regenerate")
    options = [r.option for r in report.risks]
    assert "tumour promotion in patients with occult cancer" in options, options
