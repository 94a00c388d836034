"""`exoatlas eval --gold`: the scoring rules on a small hand-made gold set and corpus (invented
text, written for these tests), bad gold files refused with one line, and the real gold set."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from exoatlas.analyze.evaluate_gold import covers, evaluate_gold, read_deeply
from exoatlas.analyze.evaluate_gold_data import CorpusRecord, load_corpus, load_gold, strip_markup
from exoatlas.analyze.scorer_data import DevSet
from exoatlas.cli import cli
from exoatlas.model import Entity, Evidence, Finding, Outcome, Recipient
from exoatlas.read.finding_score import keep_likely
from exoatlas.read.reader import ReadRecord

from .conftest import SHARED

REPO_GOLD = Path(__file__).resolve().parents[1] / "gold"
CORPUS = SHARED / "corpus"

# invented records: nothing here is copied from any abstract
KIDNEY_TITLE = "Marrow stromal vesicles shield the kidney."
KIDNEY = (
    "We modelled acute kidney injury in mice. "
    "Exosomes from bone marrow mesenchymal stem cells reduced apoptosis of tubular cells. "
    "The vesicles carried miR-21 and lowered PTEN. "
    "Yield of vesicles rose in hypoxia."
)
PLASMA = "Plasma exosomes raised inflammation in septic patients."
GLIOMA_RAW = (
    "<jats:title>Abstract</jats:title>\n   <jats:p>Cord vesicles were made in bioreactors."
    "</jats:p>\n   <jats:p>Umbilical cord MSC vesicles suppressed growth of glioma cells.</jats:p>"
)
GLIOMA = "Umbilical cord MSC vesicles suppressed growth of glioma cells."

RECORDS = "record\tcorpus_guess\tsplit\tbatch\npmid:1\tprimary\tdev\tA\npmid:2\tnegative\tdev\tA\n"
RECORDS += "doi:10.1/x\tprimary\theldout\tA\n"
JUDGEMENTS = (
    "record\trelevant\tkind\ttruncated\tpass1\tpass2\tnote\n"
    "pmid:1\tyes\tprimary\tno\tyes\tyes\t\n"
    "pmid:2\tno\tnegative\tno\tyes\tyes\t\n"
    "doi:10.1/x\tyes\tprimary\tno\tyes\tno\t\n"
)
HEADER = (
    "record\trow\tmsc_source\tspecies\tev_term\tpreconditioning\tengineering\tcargo\t"
    "cargo_target\tpathway\trecipient\tdisease\teffect\tdirection\trole\tmodel\tspan_field\t"
    "span_start\tspan_end\tnote\n"
)


def _row(record: str, row: int, text: str, part: str, field: str = "abstract", **v: str) -> str:
    start = text.index(part)
    cells = [
        record,
        str(row),
        v.get("source", "bone marrow MSC"),
        "",
        "exosome",
        "",
        "",
        v.get("cargo", ""),
        v.get("target", ""),
        "",
        "",
        v.get("disease", "acute kidney injury"),
        v.get("effect", "apoptosis"),
        v.get("direction", "decrease"),
        v.get("role", "protective_regenerative"),
        v.get("model", "animal"),
        field,
        str(start),
        str(start + len(part)),
        "",
    ]
    return "\t".join(cells) + "\n"


APOPTOSIS = "reduced apoptosis of tubular cells"
CARGO_SENTENCE = "The vesicles carried miR-21 and lowered PTEN."
YIELD = "Yield of vesicles rose in hypoxia."
FINDINGS = (
    HEADER
    + _row("pmid:1", 1, KIDNEY, APOPTOSIS)
    + _row("pmid:1", 2, KIDNEY, CARGO_SENTENCE, cargo="miR-21", target="PTEN", effect="PTEN")
    + _row("pmid:1", 3, KIDNEY, YIELD, role="neutral_or_method", effect="EV yield", cargo="")
    + _row(
        "doi:10.1/x",
        1,
        GLIOMA_RAW,
        "suppressed growth of glioma",
        source="umbilical cord MSC",
        disease="glioma",
        effect="tumour growth",
        role="anti_tumor",
        model="in_vitro",
    )
)


def _write_gold(folder: Path, findings: str = FINDINGS, judgements: str = JUDGEMENTS) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "records.tsv").write_text(RECORDS)
    (folder / "judgements_A.tsv").write_text(judgements)
    (folder / "findings_A.tsv").write_text(findings)
    return folder


def _write_corpus(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    rows = [
        {"pmid": "1", "doi": None, "title": KIDNEY_TITLE, "abstract": KIDNEY},
        {"pmid": "3", "doi": None, "title": "Unrelated", "abstract": "Nothing here."},
        {
            "pmid": None,
            "doi": "10.1/x",
            "title": "Cord vesicles and glioma",
            "abstract": GLIOMA_RAW,
        },
    ]
    (folder / "msc_ev_abstracts.jsonl").write_text("\n".join(json.dumps(r) for r in rows))
    other = {"pmid": "2", "doi": None, "title": "Plasma exosomes", "abstract": PLASMA}
    (folder / "other_ev_abstracts.jsonl").write_text(json.dumps(other) + "\n")
    return folder


@pytest.fixture
def dirs(tmp_path: Path) -> tuple[Path, Path]:
    return _write_gold(tmp_path / "gold"), _write_corpus(tmp_path / "corpus")


def entity(label: str, kind: str, curie: str | None = None) -> Entity:
    return Entity(curie=curie, label=label, kind=kind, grounded=curie is not None)  # type: ignore[arg-type]


BM = entity("bone marrow MSC", "msc_source", "exoatlas:msc_bone_marrow")
UC = entity("umbilical cord MSC", "msc_source", "exoatlas:msc_umbilical_cord")


def finding(
    sentence: str,
    document: str,
    *,
    source: Entity | None = BM,
    process: str = "apoptosis",
    direction: str = "decrease",
    role: str = "protective",
    cargo: tuple[Entity, ...] = (),
    model: str = "animal",
) -> ReadRecord:
    return ReadRecord(
        Finding(
            msc_source=source,
            cargo=list(cargo),
            recipient=Recipient(disease=entity("Acute Kidney Injury", "disease", "mesh:D058186")),
            outcome=Outcome(
                process=entity(
                    process, "process", "go:0006915" if process == "apoptosis" else None
                ),
                direction=direction,  # type: ignore[arg-type]
                role=role,  # type: ignore[arg-type]
            ),
            model=model,  # type: ignore[arg-type]
        ),
        Evidence(document=document, locator="x", text=sentence, extractor="test", confidence=0.5),
    )


APOPTOSIS_SENTENCE = (
    "Exosomes from bone marrow mesenchymal stem cells reduced apoptosis of tubular cells."
)


def reader_from(table: dict[str, list[ReadRecord]]):  # type: ignore[no-untyped-def]
    def read(record: CorpusRecord) -> list[ReadRecord]:
        return table.get(record.id, [])

    return read


# -- markup and spans ----------------------------------------------------------------------------


def test_markup_is_stripped_and_offsets_map_back() -> None:
    field = strip_markup(GLIOMA_RAW)
    assert "jats" not in field.text and "Abstract" not in field.text
    assert field.text.endswith(GLIOMA)
    assert "bioreactors. Umbilical" in field.text  # paragraphs do not run together
    for i, char in enumerate(field.text):
        if char != " ":
            assert GLIOMA_RAW[field.offsets[i]] == char
    start = GLIOMA_RAW.index("glioma")
    a, b = field.clean_range(start, start + len("glioma"))
    assert field.text[a:b] == "glioma"


def test_a_sentence_covers_the_span_it_holds_and_no_other(dirs: tuple[Path, Path]) -> None:
    gold = load_gold(dirs[0])
    corpus = load_corpus(dirs[1], ["pmid:1", "doi:10.1/x"])
    rows = {(r.record, r.row): r for r in gold.rows}
    kidney = corpus["pmid:1"]
    assert covers(APOPTOSIS_SENTENCE, rows["pmid:1", 1], kidney)  # a clause inside the sentence
    assert not covers(APOPTOSIS_SENTENCE, rows["pmid:1", 2], kidney)
    assert not covers("We modelled acute kidney injury in mice.", rows["pmid:1", 1], kidney)
    assert not covers(None, rows["pmid:1", 1], kidney)
    # white space and case as the reader normalises them still locate the sentence
    assert covers("  exosomes FROM bone marrow mesenchymal stem cells reduced apoptosis of "
                  "tubular\ncells.", rows["pmid:1", 1], kidney)  # fmt: skip
    assert covers(GLIOMA, rows["doi:10.1/x", 1], corpus["doi:10.1/x"])


# -- scoring -----------------------------------------------------------------------------------


def test_scores_per_split_with_counts(dirs: tuple[Path, Path]) -> None:
    mir21 = entity("hsa-mir-21", "mirna", "mirbase:MI0000077")
    read = {
        "pmid:1": [
            finding(APOPTOSIS_SENTENCE, "pmid:1"),  # matches row 1
            finding(CARGO_SENTENCE, "pmid:1", process="PTEN", cargo=(mir21,)),  # matches row 2
            finding(YIELD, "pmid:1", direction="increase", role="neutral"),  # on a method row
            finding("We modelled acute kidney injury in mice.", "pmid:1"),  # wrong
        ],
        # an irrelevant record whose finding names no MSC source stays irrelevant
        "pmid:2": [finding(PLASMA, "pmid:2", source=None, direction="increase", role="pathogenic")],
        "doi:10.1/x": [
            finding(GLIOMA, "doi:10.1/x", source=UC, role="pro_tumor", process="tumour growth")
        ],
    }
    result = evaluate_gold(*dirs, reader=reader_from(read))
    dev, heldout = result["splits"]["dev"], result["splits"]["heldout"]
    assert (dev["records"], dev["relevant"], dev["gold_rows"], dev["neutral_rows"]) == (2, 1, 2, 1)
    f = dev["findings"]
    assert (f["matched"], f["read"], f["gold"], f["left_out_neutral"]) == (2, 4, 2, 1)
    assert (f["precision"], f["recall"]) == (0.5, 1.0)
    assert dev["relevance"] | {} == {
        "precision": 1.0, "recall": 1.0, "f1": 1.0, "tp": 1, "fp": 0, "fn": 0, "tn": 1
    }  # fmt: skip
    assert dev["cargo"] == {
        "recall": 1.0, "recalled": 1, "gold": 1, "in_records_read_irrelevant": 0
    }  # fmt: skip  # miR-21, record level
    fields = dev["fields_on_matched"]
    assert fields["source"]["accuracy"] == 1.0
    assert fields["model"]["accuracy"] == 1.0
    assert fields["cargo"]["right"] == 2  # both empty on row 1, miR-21 on row 2
    assert fields["target"]["right"] == 1  # row 2 wants PTEN as a target; none was read
    assert dev["majority_role"] == {"accuracy": 1.0, "right": 1, "papers": 1}
    # heldout: right sentence and direction, wrong role -> no match; shown in the confusion
    assert heldout["findings"]["matched"] == 0 and heldout["findings"]["gold"] == 1
    assert heldout["role_confusion"]["findings"] == {"anti_tumor": {"pro_tumor": 1}}
    assert heldout["role_confusion"]["papers"] == {"anti_tumor": {"pro_tumor": 1}}
    assert heldout["majority_role"]["right"] == 0


def test_cargo_of_a_relevant_record_read_as_irrelevant_is_counted_apart(
    dirs: tuple[Path, Path],
) -> None:
    mir21 = entity("hsa-mir-21", "mirna", "mirbase:MI0000077")
    # the miR-21 finding is read, but with no MSC source: the record counts as judged irrelevant
    read = {"pmid:1": [finding(CARGO_SENTENCE, "pmid:1", source=None, cargo=(mir21,))]}
    dev = evaluate_gold(*dirs, reader=reader_from(read))["splits"]["dev"]
    assert dev["relevance"]["fn"] == 1
    assert dev["cargo"] == {
        "recall": 1.0, "recalled": 1, "gold": 1, "in_records_read_irrelevant": 1
    }  # fmt: skip
    none_read = evaluate_gold(*dirs, reader=reader_from({}))["splits"]["dev"]
    assert none_read["cargo"]["recalled"] == 0
    assert none_read["cargo"]["in_records_read_irrelevant"] == 1


def test_direction_must_agree_and_roles_map(dirs: tuple[Path, Path]) -> None:
    read = {
        "pmid:1": [
            finding(APOPTOSIS_SENTENCE, "pmid:1", direction="increase", role="regenerative"),
            finding(APOPTOSIS_SENTENCE, "pmid:1", role="regenerative"),  # compatible role
            finding(APOPTOSIS_SENTENCE, "pmid:1"),  # a duplicate: one gold row, one match
        ]
    }
    result = evaluate_gold(*dirs, splits=("dev",), reader=reader_from(read))
    assert list(result["splits"]) == ["dev"]
    f = result["splits"]["dev"]["findings"]
    assert (f["matched"], f["read"], f["gold"]) == (1, 3, 2)


def test_a_relevant_record_with_no_source_is_missed(dirs: tuple[Path, Path]) -> None:
    read = {"pmid:1": [finding(APOPTOSIS_SENTENCE, "pmid:1", source=None)]}
    dev = evaluate_gold(*dirs, reader=reader_from(read))["splits"]["dev"]
    assert dev["relevance"]["fn"] == 1 and dev["relevance"]["recall"] == 0.0
    assert dev["findings"]["matched"] == 1  # the finding itself still matches
    assert dev["fields_on_matched"]["source"]["right"] == 0


def test_predictions_file_is_scored_like_the_reader(
    dirs: tuple[Path, Path], tmp_path: Path
) -> None:
    record = finding(APOPTOSIS_SENTENCE, "pmid:1")
    line = {"finding": record.finding.model_dump(mode="json"),
            "evidence": record.evidence.model_dump(mode="json")}  # fmt: skip
    predictions = tmp_path / "read.jsonl"
    predictions.write_text(json.dumps(line) + "\n")
    dev = evaluate_gold(*dirs, predictions=predictions)["splits"]["dev"]
    assert dev["findings"]["matched"] == 1
    predictions.write_text("{not json\n")
    code, _, err = _run("eval", "--gold", str(dirs[0]), "--corpus", str(dirs[1]),
                        "--predictions", str(predictions))  # fmt: skip
    assert code == 2 and err.startswith("error:") and "line 1" in err


# -- the command -------------------------------------------------------------------------------


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_eval_command_reads_the_records_deeply(dirs: tuple[Path, Path]) -> None:
    gold, corpus = (str(d) for d in dirs)
    code, out, err = _run("eval", "--gold", gold, "--corpus", corpus, "--json")
    assert code == 0, err
    result = json.loads(out)
    assert set(result["splits"]) == {"dev", "heldout"}
    assert result["splits"]["dev"]["records"] == 2
    code, out, err = _run("eval", "--gold", gold, "--corpus", corpus, "--split", "heldout")
    assert code == 0, err
    assert out.startswith("heldout:") and "dev:" not in out


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda g, c: (g / "records.tsv").unlink(), "records.tsv"),
        (lambda g, c: (g / "findings_A.tsv").write_text("record\trow\n"), "missing columns"),
        (
            lambda g, c: (g / "findings_A.tsv").write_text(FINDINGS.replace("anti_tumor", "bad")),
            "role 'bad'",
        ),
        (
            lambda g, c: (g / "findings_A.tsv").write_text(FINDINGS.replace("\t1\t", "\tone\t")),
            "integers",
        ),
        (
            lambda g, c: (g / "judgements_A.tsv").write_text(
                JUDGEMENTS + "pmid:9\tyes\t\t\t\t\t\n"
            ),
            "not in records.tsv",
        ),
        (lambda g, c: (c / "msc_ev_abstracts.jsonl").write_text(""), "not in the corpus"),
        (lambda g, c: (c / "RESERVED.txt").write_text("1\n"), "reserved"),
        (
            lambda g, c: (g / "findings_A.tsv").write_text(
                HEADER + _row("pmid:1", 1, KIDNEY + "x" * 900, "x" * 10)
            ),
            "past the end",
        ),
    ],
)
def test_bad_gold_is_one_error_line(dirs: tuple[Path, Path], change, message: str) -> None:  # type: ignore[no-untyped-def]
    gold, corpus = dirs
    change(gold, corpus)
    code, out, err = _run("eval", "--gold", str(gold), "--corpus", str(corpus))
    assert code == 2, (out, err)
    assert err.startswith("error:") and err.count("\n") == 1 and message in err, err


def test_details_show_dev_records_only(dirs: tuple[Path, Path]) -> None:
    gold, corpus = (str(d) for d in dirs)
    code, out, err = _run("eval", "--gold", gold, "--corpus", corpus, "--split", "dev", "--details")
    assert code == 0, err
    assert "== pmid:1 relevant=yes" in out and "== pmid:2 relevant=no" in out
    assert APOPTOSIS in out  # the gold span's text, beside the sentence the reader read
    assert "glioma" not in out.casefold()  # the held-apart record is never shown
    for split in ("heldout", "all"):
        code, out, err = _run(
            "eval", "--gold", gold, "--corpus", corpus, "--split", split, "--details"
        )
        assert code == 2 and not out and err.startswith("error:"), (split, out, err)


def test_missing_gold_folder_is_an_error(tmp_path: Path) -> None:
    code, _, err = _run("eval", "--gold", str(tmp_path / "none"), "--corpus", str(tmp_path))
    assert code == 2 and err.startswith("error:")


# -- the real gold set --------------------------------------------------------------------------


def test_real_gold_set_scores_on_the_real_corpus(dev_read: DevSet) -> None:
    gold = load_gold(REPO_GOLD)
    if not gold.judgements:
        pytest.skip("the gold set has no judgements yet (gold batches not merged)")

    def reader(record: CorpusRecord) -> list[ReadRecord]:
        # the dev records read once for the session, filtered as the reader filters them
        if record.id in dev_read.read:  # (its property statements pass, as the reader's do)
            kept = keep_likely(dev_read.read[record.id], record.document())
            return kept + dev_read.statements[record.id]
        return read_deeply(record)

    result = evaluate_gold(REPO_GOLD, CORPUS, reader=reader)
    for split in ("dev", "heldout"):
        part = result["splits"][split]
        assert part["records"] == sum(1 for r in gold.judgements if gold.splits[r] == split)
        assert 0.0 <= part["findings"]["f1"] <= 1.0
        assert part["findings"]["gold"] == sum(
            1
            for row in gold.rows
            if gold.splits[row.record] == split
            and row.record in gold.judgements
            and row.role != "neutral_or_method"
        )
    # a regression floor on the development part (README: 97 dev records with batches D/E, dev
    # finding F1 0.717 unfiltered when the reader's rounds 4 merged, relevance 0.940, cargo recall
    # 0.812, majority role 0.922 when last raised; with the finding scorer dev F1 is in-sample, its
    # honest figure is the scorer's cross-validated one in finding_score.tsv); the held-apart part
    # is reported, never a floor
    dev = result["splits"]["dev"]
    assert dev["findings"]["f1"] >= 0.74
    assert dev["relevance"]["f1"] >= 0.94
    assert dev["cargo"]["recall"] >= 0.80
    assert dev["majority_role"]["accuracy"] >= 0.91
