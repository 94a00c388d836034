"""Forty-fourth session: a record's publication type ('Review', 'Systematic Review', ...) makes it
a review whatever its abstract says (``cues.tsv`` 'review_publication_type'), in `exoatlas read`
over MEDLINE or JSON lines and in `exoatlas eval` alike. The records are written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from exoatlas.analyze.evaluate_gold_data import CORPUS_FILES, load_corpus
from exoatlas.cli import cli
from exoatlas.errors import InputError
from exoatlas.ingest.records import record_document
from exoatlas.read.agents import agent_of
from exoatlas.read.ahead import is_review
from exoatlas.read.outcome import parse_outcomes
from exoatlas.read.parsing import nlp
from exoatlas.read.reader import read_document
from exoatlas.vocab import cues

from .reading import read_abstract, read_asserted

# what a review states as the field's knowledge, in words a study uses for its background
KIDNEY = {
    "pmid": "201",
    "title": "Mesenchymal stem cell exosomes and the kidney",
    "abstract": "Studies have shown that MSC-derived exosomes attenuate renal fibrosis in animal "
    "models. Isolation standards are still lacking.",
}


def _read(tmp_path: Path, row: dict[str, object]) -> list[dict[str, object]]:
    path = tmp_path / "r.jsonl"
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["read", "--format", "jsonl", str(path)])
    assert result.exit_code == 0, result.output
    return [json.loads(x)["finding"] for x in result.output.splitlines() if x.strip()]


def _processes(findings: list[dict[str, object]]) -> list[tuple[str, object]]:
    out = []
    for f in findings:
        outcome = f["outcome"]
        assert isinstance(outcome, dict)
        process = outcome["process"]
        if isinstance(process, dict):
            out.append((str(process["label"]), outcome["direction"]))
    return out


@pytest.mark.parametrize(
    "types",
    ["Journal Article; Review", ["Systematic Review"], "Meta-Analysis", "Scoping Review"],
)
def test_a_review_by_type_states_the_field_s_knowledge(tmp_path: Path, types: object) -> None:
    assert ("Fibrosis", "decrease") in _processes(
        _read(tmp_path, {**KIDNEY, "publication_types": types})
    )


@pytest.mark.parametrize(
    "types", [None, "Journal Article", "Review of Reported Cases; Editorial", "Comment"]
)
def test_a_study_s_cited_background_stays_background(tmp_path: Path, types: object) -> None:
    assert _processes(_read(tmp_path, {**KIDNEY, "publication_types": types})) == []


def test_is_review_by_type_or_by_words() -> None:
    plain = record_document("pmid:1", KIDNEY["title"], KIDNEY["abstract"])
    typed = record_document("pmid:1", KIDNEY["title"], KIDNEY["abstract"], types=("Review",))
    worded = record_document("pmid:1", KIDNEY["title"] + ": a review", KIDNEY["abstract"])
    assert (is_review(plain), is_review(typed), is_review(worded)) == (False, True, True)


def test_eval_reads_the_corpus_publication_types(tmp_path: Path) -> None:
    (tmp_path / CORPUS_FILES[0]).write_text(
        json.dumps({**KIDNEY, "publication_types": "Journal Article; Review"})
        + "\n"
        + json.dumps({**KIDNEY, "pmid": "202", "publication_types": 3})
        + "\n",
        encoding="utf-8",
    )
    record = load_corpus(tmp_path, ["pmid:201"])["pmid:201"]
    assert record.document().publication_types == ("Journal Article", "Review")
    assert is_review(record.document())
    with pytest.raises(InputError, match="line 2: 'publication_types'"):
        load_corpus(tmp_path, ["pmid:202"])


# -- what a review says the vesicles do, in the present tense; lists; 'non-' words ---------------

REVIEW_TITLE = "Mesenchymal stem cell-derived extracellular vesicles in vascular disease: a review"
STUDY_TITLE = "Mesenchymal stem cell-derived extracellular vesicles in vascular disease"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("MSC-EVs exert beneficial effects on liver fibrosis.", {("Fibrosis", "decrease")}),
        ("MSC-EVs have therapeutic effects on atherosclerosis.", {("Atherosclerosis", "decrease")}),
        (
            "Beyond ischaemia, MSC-EVs exert beneficial effects on several vasculopathies, "
            "including atherosclerosis, aneurysm and diabetic retinopathy.",
            {
                ("Atherosclerosis", "decrease"),
                ("Aneurysm", "decrease"),
                ("Diabetic Retinopathy", "decrease"),
            },
        ),
    ],
)
def test_a_review_s_present_tense_benefit_is_its_content(
    sentence: str, expected: set[tuple[str, str]]
) -> None:
    read = {(p, d) for p, d, _ in read_asserted(REVIEW_TITLE, sentence)}
    assert expected <= read
    # (in a study's abstract the present tense is background: 'MSCs and their EVs exert ...')
    assert not {(p, d) for p, d, _ in read_asserted(STUDY_TITLE, sentence)} & expected


def test_a_tumour_class_s_examples_are_not_lowered_by_a_benefit() -> None:
    """'protective effects on cancer cells, such as breast cancer cells, against cisplatin'
    shields a tumour: its examples are not read as tumours lowered (a newcomer review)."""
    read = read_asserted(
        "MSC exosomes in breast cancer",
        "MSC-EVs exerted protective effects on cancer cells, such as breast cancer and lung "
        "cancer cells, against cisplatin.",
    )
    assert not [r for r in read if r[2] == "anti_tumor"]


def test_a_benefit_over_a_list_lowers_each_named() -> None:
    read = read_asserted(
        STUDY_TITLE,
        "MSC-EVs exerted protective effects on atherosclerosis, aneurysm and diabetic retinopathy.",
    )
    assert {(p, d) for p, d, _ in read} >= {
        ("Atherosclerosis", "decrease"),
        ("Aneurysm", "decrease"),
        ("Diabetic Retinopathy", "decrease"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Exosomes were collected by a non-invasive method.",
        "The vesicles were tracked by non-invasive imaging.",
        "Exosomes were given to non-obese diabetic mice.",
    ],
)
def test_a_non_word_names_no_process(text: str) -> None:
    assert parse_outcomes(text) == []


def test_non_fasting_glucose_is_still_glucose() -> None:
    read = read_asserted(
        "MSC exosomes in diabetes",
        "Improved non-fasting glucose was seen in mice given MSC exosomes.",
    )
    assert ("blood glucose", "decrease", "protective") in read


def test_a_process_beside_a_non_word_is_still_read() -> None:
    assert [
        (p.label, d)
        for p, d in parse_outcomes("EVs reduced invasion of non-small cell lung cancer cells")
    ] == [("Neoplasm Invasiveness", "decrease")]


@pytest.mark.parametrize(
    "sentence",
    [
        "MSC-derived exosomes induced immune tolerance in mice with lupus.",
        "MSC-derived exosomes restored self-tolerance in mice with lupus.",
    ],
)
def test_tolerance_to_self_is_a_process_its_vesicles_raise(sentence: str) -> None:
    assert ("tolerance induction", "increase", "regenerative") in read_asserted(
        "MSC exosomes in lupus", sentence
    )


def test_tolerance_of_a_drug_or_glucose_is_not_immune_tolerance() -> None:
    read = read_asserted(
        "MSC exosomes in diabetes",
        "MSC exosomes improved glucose tolerance in diabetic mice.",
        "MSC exosomes lowered drug tolerance of the cells.",
    )
    assert not [p for p, _, _ in read if p == "tolerance induction"]


@pytest.mark.parametrize(
    "sentence",
    [
        "MSC exosomes suppressed the formation of new blood vessels in the cornea after a burn.",
        "MSC exosomes reduced the formation of new vessels within atherosclerotic plaques.",
    ],
)
def test_new_vessels_formed_in_an_eye_or_a_plaque_are_the_disease_s(sentence: str) -> None:
    """(a newcomer review: read as angiogenesis lowered, pathogenic, when 'the formation of new
    vessels' was made angiogenesis whatever the place; that row was withdrawn)"""
    read = read_asserted("MSC exosomes in vascular disease", sentence)
    assert ("pathological neovascularization", "decrease", "protective") in read
    assert not [r for r in read if r[2] == "pathogenic"]


@pytest.mark.parametrize(
    "sentence",
    [
        "miR-375 from BMSC exosomes suppressed glioma growth.",
        "Exosomal miR-375 from BMSCs suppressed glioma growth.",
    ],
)
def test_an_rna_named_as_the_subject_is_the_agent(sentence: str) -> None:
    """spaCy's small model parses 'miR-375' as an adverb of the verb: the subject is found
    anyway (before, the agent was none, and the finding stood only where an abstract's
    unnamed results are given to its vesicles)."""
    doc = nlp()(sentence)
    verb = next(t for t in doc if t.lower_ == "suppressed")
    assert [t.dep_ for t in doc if t.text == "miR-375"] == ["advmod"]  # (the misparse)
    assert agent_of(verb, ()) == "product"


def test_a_retracted_paper_s_mark_leaves_its_own_title_read() -> None:
    title = (
        "miR-146a released from extracellular vesicles of bone marrow mesenchymal stem cells "
        "exerts antitumour effects on cervical cancer"
    )
    marked = read_asserted("RETRACTED ARTICLE: " + title, "We studied cells.")
    assert marked == read_asserted(title, "We studied cells.")
    assert ("Neoplasms", "decrease", "anti_tumor") in marked


def test_a_comparative_of_cells_incubated_with_the_vesicles_is_theirs() -> None:
    read = read_asserted(
        "MSC exosomes in wound healing",
        "Proliferation of keratinocytes cultured with hUCMSC-Exos was higher than that of the "
        "control group.",
    )
    assert ("cell population proliferation", "increase", "regenerative") in read
    # (a participle naming another's stimulus is no group of the vesicles)
    for other_arm in (
        "The apoptosis of cells induced by LPS was higher than that of the control group.",
        # (a newcomer review's probes: another arm's participle is no group of the vesicles)
        "The migration of cells cultured with the exosome secretion inhibitor GW4869 was lower "
        "than that of controls.",
        "The proliferation of fibroblasts incubated with exosome-depleted medium was lower than "
        "that of fibroblasts incubated with complete medium.",
        "The invasion of cancer cells incubated with tumour-derived exosomes was greater than "
        "that of cells incubated with MSC exosomes.",
    ):
        other = read_asserted("MSC exosomes in wound healing", other_arm)
        assert not [r for r in other if r[0] != "wound healing"], other_arm


@pytest.mark.parametrize(
    "sentence",
    [
        "Menstrual blood MSC exosomes enhanced insulin production in diabetic rats.",
        "MSC exosomes increased the beta-cell mass of diabetic rats.",
    ],
)
def test_insulin_made_by_the_islets_is_insulin_secretion(sentence: str) -> None:
    assert ("insulin secretion", "increase", "regenerative") in read_asserted(
        "MSC exosomes in type 1 diabetes", sentence
    )


def test_a_verb_tagged_a_noun_still_turns_the_change_it_governs() -> None:
    """'... and inhibit activation of NLRP3 inflammasome-linked proteins': the small parser
    tags 'inhibit' a noun and hangs 'activation' elsewhere; the activation is lowered."""
    read = read_asserted(
        "TNF-preconditioned MSC exosomes in liver injury",
        "Our data show that T-Exo can lower serum ALT, AST and inflammatory cytokine levels "
        "and inhibit activation of NLRP3 inflammasome-linked proteins.",
    )
    assert ("inflammatory response", "decrease", "protective") in read
    assert not [r for r in read if r[0] == "inflammatory response" and r[1] == "increase"]


def test_a_disease_named_by_the_last_words_of_a_longer_phrase() -> None:
    assert ("Airway Remodeling", "decrease", "protective") in read_asserted(
        "Hypoxic MSC EVs in asthma",
        "The hypoxic EVs prevented severe chronic allergic airway remodeling in treated mice.",
    )


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Whole MSCs, however, may carry potential tumorigenic effects.", 0),
        ("EVs bring lower immunogenicity, tumorigenicity and cost than the cells.", 0),
        ("The vesicles caused no tumorization, unlike the cells.", 0),
        ("We weighed the potential tumorigenicity of transplanted MSCs.", 0),
        ("MSC exosomes enhanced the tumorigenicity of gastric cancer cells.", 2),
        # (a second newcomer review's traps: a tumour study's own words)
        ("MSC exosomes raised proliferation of breast cancer cells and their tumorigenicity.", 2),
        ("After miR-X silencing, lung adenocarcinoma cells lost their tumorigenic potential.", 2),
        ("The vesicles made bronchial epithelial cells become tumorigenic in nude mice.", 1),
    ],
)
def test_a_tumour_risk_named_as_safety_is_no_tumour_studied(text: str, words: int) -> None:
    assert cues.tumour_words(text) == words


def test_a_liver_review_naming_a_safety_risk_reads_its_treatment_as_protective() -> None:
    read = read_abstract(
        "MSC-derived exosomes as delivery vehicles in liver diseases: a review",
        "Whole MSCs, however, may carry potential tumorigenic effects.",
        "Loaded or native MSC-Exos can be given to treat liver diseases through tuned immunity, "
        "apoptosis inhibition and regeneration promotion.",
        "This review covers liver injury, liver fibrosis, hepatocellular carcinoma (HCC) and "
        "ischemia-reperfusion injury.",
    )
    assert ("apoptotic process", "decrease", "protective") in read
    assert not [r for r in read if r[2] in ("pro_tumor", "anti_tumor")]


@pytest.mark.parametrize(
    "sentence",
    [
        "In the current review, we will weigh MSC exosomes for tendon repair.",
        "This umbrella review pools meta-analyses of MSC-EV studies in rodents.",
        "The aim of the review is to gather the evidence on MSC-EVs in lung disease.",
        "Here, we will discuss how MSC-EVs act in the injured lung.",
        "This article mainly reviews MSC-EV cargo in bone disease.",
        "We herein review the roles of MSC-EVs in sepsis.",
        "Herein, we summarise what MSC exosomes do in the kidney.",
        "This work summarizes recent advances in MSC-EVs for bone repair.",
        "In the present umbrella review, we pooled meta-analyses of MSC-EVs in animal models.",
    ],
)
def test_more_ways_a_record_says_it_reviews_the_field(sentence: str) -> None:
    doc = record_document("pmid:1", "MSC exosomes in regenerative medicine", sentence)
    assert is_review(doc)


@pytest.mark.parametrize(
    "sentence",
    [
        "Here, we found that MSC exosomes reduced fibrosis in mice.",
        "Herein, we show that MSC-EVs lowered apoptosis of tubular cells.",
        "The current study reviewed the records of 40 patients given MSC-EVs.",
        "Here we provide evidence that MSC exosomes promote angiogenesis.",
        # (a second newcomer review's traps, in own words)
        "This study reviews the medical records of 40 patients given MSC exosomes.",
        "Herein, we highlight a new role of MSC-EV miR-125b in hepatocyte survival.",
        "Here we provide a comprehensive overview of the proteome of MSC-EVs from three tissues.",
        "Herein we provide an outline of a potency assay we developed for MSC-EVs.",
        "We here discuss the implications of our data showing that BMSC-EVs reduced infarcts.",
        "The current review board approved the compassionate use of MSC-EVs.",
    ],
)
def test_a_study_s_own_account_is_no_review(sentence: str) -> None:
    doc = record_document("pmid:1", "MSC exosomes in regenerative medicine", sentence)
    assert not is_review(doc)


def test_matrix_made_in_excess_is_scarring_not_cartilage() -> None:
    restored = parse_outcomes("MSC exosomes restored the abnormal matrix synthesis of chondrocytes")
    assert [(p.label, d) for p, d in restored] == [("cartilage development", "increase")]
    excess = parse_outcomes("reduced excessive deposition of extracellular matrix")
    assert [(p.label, d) for p, d in excess] == [("Fibrosis", "decrease")]
    found = [
        (p.label, d)
        for p, d in parse_outcomes("by inhibiting excessive extracellular matrix production")
    ]
    assert found == [("Fibrosis", "decrease")]
    made = [
        (p.label, d)
        for p, d in parse_outcomes("promoted extracellular matrix production by chondrocytes")
    ]
    assert made == [("cartilage development", "increase")]


CLAIM = "Umbilical cord MSC exosomes alleviate liver fibrosis in mice"
RESULT = "The exosomes reduced collagen deposition and fibrosis in the liver of treated mice."


@pytest.mark.parametrize(
    ("title", "abstract", "types"),
    [
        ("Retraction Note: " + CLAIM, "", ()),
        ("Correction to: " + CLAIM, "The authors regret an error in Figure 2.", ()),
        ("Expression of Concern: " + CLAIM, "", ()),
        ("Notice of Retraction: " + CLAIM, RESULT, ()),
        (CLAIM, "", ("Retraction of Publication",)),
        ("Retracted: " + CLAIM, "", ()),
        (
            "Retracted: " + CLAIM,
            "This article has been retracted at the request of the editor.",
            (),
        ),
    ],
)
def test_a_notice_about_a_paper_reports_no_effect_of_its_own(
    title: str, abstract: str, types: tuple[str, ...]
) -> None:
    """(a newcomer review: such records were read as the paper's own findings)"""
    doc = record_document("pmid:9", title, abstract, types=types)
    assert list(read_document(doc, deep=True)) == []


@pytest.mark.parametrize(
    ("title", "types"),
    [
        ("Retracted: " + CLAIM, ()),  # (a publisher may mark the paper itself so)
        ("RETRACTED ARTICLE: " + CLAIM, ()),
        (CLAIM, ("Journal Article", "Retracted Publication")),  # the paper itself, retracted
    ],
)
def test_a_retracted_paper_itself_is_read_and_marked(title: str, types: tuple[str, ...]) -> None:
    doc = record_document("pmid:9", title, RESULT, types=types)
    read = list(read_document(doc, deep=True))
    assert read and all(r.finding.msc_source for r in read)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "MSC exosomes exerted protective effects on breast cancer cells against doxorubicin.",
            ("Drug Resistance, Neoplasm", "increase", "pro_tumor"),
        ),
        (
            "The vesicles had a protective effect on glioma cells under hypoxia.",
            ("cell survival", "increase", "pro_tumor"),
        ),
    ],
)
def test_a_benefit_given_to_tumour_cells_shields_the_tumour(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    """(a newcomer review: read as tissue injury lowered, protective)"""
    read = read_asserted("MSC exosomes and chemoresistance of cancer", sentence)
    assert expected in read
    assert not [r for r in read if r[2] == "protective"]


def test_a_benefit_given_to_the_host_s_cells_in_a_tumour_study_stays_protective() -> None:
    read = read_asserted(
        "MSC exosomes and chemoresistance of cancer",
        "MSC exosomes exerted protective effects on cardiomyocytes against doxorubicin.",
    )
    assert read and all(r[2] == "protective" for r in read)
