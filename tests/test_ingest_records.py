"""JSON lines of PubMed-like records (the corpus form) as reader input: each record a MEDLINE-like
document read as a MEDLINE batch is; bad files refused with one line; the same findings as
`exoatlas eval` reads from the corpus. The invented records are written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from exoatlas.analyze.evaluate_gold import read_deeply
from exoatlas.analyze.evaluate_gold_data import load_corpus
from exoatlas.cli import cli
from exoatlas.errors import InputError
from exoatlas.ingest.load import load_documents
from exoatlas.ingest.records import iter_records

from .conftest import SHARED

KIDNEY = {
    "pmid": "101",
    "title": "Marrow stromal cell exosomes shield the kidney.",
    "abstract": "Exosomes from bone marrow mesenchymal stem cells reduced apoptosis of tubular "
    "cells in mice with acute kidney injury.",
}
PLASMA = {
    "pmid": "102",
    "title": "Plasma exosomes in sepsis.",
    "abstract": "Plasma exosomes raised inflammation in septic patients.",
}
MARKED = {
    "doi": "10.1/abc",
    "title": "Cord vesicles",
    "abstract": "<jats:title>Abstract</jats:title><jats:p>Umbilical cord MSC exosomes "
    "suppressed growth of glioma cells.</jats:p>",
}


def _write(path: Path, rows: list[object]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_records_become_medline_like_documents(tmp_path: Path) -> None:
    docs = list(load_documents(_write(tmp_path / "r.jsonl", [KIDNEY, PLASMA, MARKED, KIDNEY])))
    assert [d.id for d in docs] == ["pmid:101", "pmid:102", "doi:10.1/abc"]  # repeat read once
    assert all(d.kind == "medline" for d in docs)
    assert [s.title for s in docs[0].sections] == ["Title", "Abstract"]
    abstract = docs[2].sections[1].paragraphs[0]
    assert "<" not in abstract and not abstract.startswith("Abstract")
    assert abstract.startswith("Umbilical cord MSC exosomes")


def test_read_jsonl_gives_findings_only_for_msc_vesicle_records(tmp_path: Path) -> None:
    path = _write(tmp_path / "r.jsonl", [PLASMA, KIDNEY])
    result = CliRunner().invoke(cli, ["read", "--format", "jsonl", str(path)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(x) for x in result.output.splitlines() if x.strip()]
    documents = {x["evidence"]["document"] for x in lines}
    assert documents == {"pmid:101"}
    kidney = [x["finding"] for x in lines]
    assert any(
        f["outcome"]["process"]
        and "apopto" in f["outcome"]["process"]["label"].casefold()
        and f["outcome"]["direction"] == "decrease"
        for f in kidney
    )


@pytest.mark.parametrize(
    ("content", "says"),
    [
        ('{"pmid": "1", "title": "x"}\nnot json\n', "line 2: not JSON"),
        ('["a list"]\n', "line 1: not a JSON object"),
        ('{"title": "no id", "abstract": "text"}\n', "line 1: a record needs a 'pmid' or a 'doi'"),
        ('{"pmid": "3", "title": "", "abstract": ""}\n', "neither a title nor an abstract"),
        ('{"pmid": "3", "title": 5}\n', "'title' and 'abstract' must be text"),
        ("\n\n", "only whitespace"),
        ("[" * 100_000 + "\n", "line 1: not JSON"),
        ('{"pmid": ["90000022"], "title": "x"}\n', "line 1: 'pmid' must be digits"),
        ('{"pmid": true, "title": "x"}\n', "line 1: 'pmid' must be digits"),
        ('{"pmid": "12ab", "title": "x"}\n', "line 1: 'pmid' must be digits, not '12ab'"),
        ('{"doi": {"x": 1}, "title": "x"}\n', "line 1: 'doi' must be text"),
        ('{"pmid": "5", "abstract": "' + "word " * 30_000 + '"}\n', "over the 100,000"),
        ('{"pmid": "6", "title": "x", "publication_types": 7}\n', "line 1: 'publication_types'"),
        (
            '{"pmid": "6", "title": "x", "publication_types": ["Review", 1]}\n',
            "'publication_types'",
        ),
    ],
)
def test_bad_record_files_are_refused_with_one_line(
    tmp_path: Path, content: str, says: str
) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=says.replace("(", r"\(").replace(")", r"\)")):
        list(iter_records(path))
    result = CliRunner().invoke(cli, ["read", "--format", "jsonl", str(path)])
    assert result.exit_code != 0
    assert result.output.strip().startswith("error:") or "error:" in result.output
    assert len([x for x in result.output.splitlines() if x.strip()]) == 1


def test_publication_types_are_read_from_text_or_a_list(tmp_path: Path) -> None:
    rows = [
        {**KIDNEY, "publication_types": "Journal Article; Review;"},
        {**PLASMA, "publication_types": ["Retracted Publication", " Journal Article "]},
        {**MARKED, "publication_types": None},
    ]
    docs = list(iter_records(_write(tmp_path / "r.jsonl", rows)))
    assert [d.publication_types for d in docs] == [
        ("Journal Article", "Review"),
        ("Retracted Publication", "Journal Article"),
        (),
    ]
    assert [d.retracted for d in docs] == [False, True, False]  # (as MEDLINE's type marks it)


def test_binary_records_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bin.jsonl"
    path.write_bytes(b'{"pmid": "1"}\n\x00\x01\x02')
    with pytest.raises(InputError, match="binary"):
        list(iter_records(path))


def test_corpus_records_read_from_jsonl_match_eval(tmp_path: Path) -> None:
    """`exoatlas read` over a JSON-lines file gives what `eval` reads from the same records."""
    corpus = SHARED / "corpus"
    gold = Path(__file__).resolve().parents[1] / "gold" / "records.tsv"
    if not (corpus / "msc_ev_abstracts.jsonl").is_file():
        pytest.skip(f"{corpus} not present (../shared missing)")
    wanted = [
        line.split("\t")[0]
        for line in gold.read_text().splitlines()[1:]
        if line.split("\t")[2] == "dev"
    ][:8]
    records = load_corpus(corpus, wanted)
    rows = []
    for raw in (corpus / "msc_ev_abstracts.jsonl").read_text().splitlines():
        row = json.loads(raw)
        rid = f"pmid:{row['pmid']}" if row.get("pmid") else f"doi:{row['doi']}"
        if rid in records:
            rows.append(row)
    path = _write(tmp_path / "dev.jsonl", rows)
    result = CliRunner().invoke(cli, ["read", "--format", "jsonl", str(path)])
    assert result.exit_code == 0, result.output

    def canon(item: object) -> str:
        return json.dumps(item, sort_keys=True)

    by_cli = sorted(canon(json.loads(x)) for x in result.output.splitlines() if x.strip())
    by_eval = sorted(
        canon(
            {
                "finding": r.finding.model_dump(mode="json"),
                "evidence": r.evidence.model_dump(mode="json"),
            }
        )
        for rid in wanted
        for r in read_deeply(records[rid])
    )
    assert len(by_eval) > 0
    assert by_cli == by_eval


def test_ids_are_kept_and_only_line_feeds_end_a_record(tmp_path: Path) -> None:
    """A record keeps its PMID and DOI (as a MEDLINE record does); U+2028 or U+0085 inside a
    string, which JSON writers leave raw, do not split a record."""
    row = {**KIDNEY, "doi": "10.1/kidney", "abstract": KIDNEY["abstract"] + "\u2028More.\u0085"}
    path = tmp_path / "r.jsonl"
    path.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    (doc,) = list(iter_records(path))
    assert (doc.id, doc.pmid, doc.doi) == ("pmid:101", "101", "10.1/kidney")
    numeric = _write(tmp_path / "n.jsonl", [{**PLASMA, "pmid": 102}])
    assert [d.pmid for d in iter_records(numeric)] == ["102"]
