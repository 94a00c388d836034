"""The reader's rules as data (vocab/rules.py and its tables) and the behaviour they drive."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from exoatlas.ingest.text import Section, TextDocument
from exoatlas.model import Entity
from exoatlas.read.abbrev import find_abbreviations
from exoatlas.read.msc_vesicles import msc_product_in
from exoatlas.read.outcome import parse_outcomes
from exoatlas.read.pipeline import read_loaded, read_text
from exoatlas.read.triage import about_msc_ev
from exoatlas.vocab import cues, read_tsv, rules

from .reading import read_abstract

READ = Path(__file__).resolve().parents[1] / "src/exoatlas/read"
TABLES = (
    "polarity.tsv",
    "process_cues.tsv",
    "valence.tsv",
    "role_rules.tsv",
    "cues.tsv",
    "concepts.tsv",
    "extractor_confidence.tsv",
    "go_processes.tsv",
    "effect_heads.tsv",
    "verb_valence.tsv",
)


@pytest.mark.parametrize("name", TABLES)
def test_every_rule_row_says_where_it_came_from(name: str) -> None:
    rows = read_tsv(name)
    assert rows
    assert all(row["source"].strip() for row in rows), name


@pytest.mark.parametrize(
    ("word", "polarity"),
    [
        ("mitigated", "decrease"),
        ("ameliorates", "restore"),
        ("alleviation", "decrease"),
        ("attenuated", "decrease"),
        ("dampened", "decrease"),
        ("reversed", "decrease"),
        ("suppressing", "decrease"),
        ("inhibition", "decrease"),
        ("prolonged", "increase"),
        ("promoted", "increase"),
        ("enhancement", "increase"),
        ("rescued", "restore"),
        ("protects", "restore"),
        ("restored", "restore"),
        ("exosomes", None),
    ],
)
def test_polarity_lexicon(word: str, polarity: str | None) -> None:
    assert rules.polarity_of(word) == polarity


def test_prefix_polarity() -> None:
    assert rules.prefix_polarity("anti-apoptotic") == ("decrease", "apoptotic")
    assert rules.prefix_polarity("pro-angiogenic") == ("increase", "angiogenic")
    assert rules.prefix_polarity("protein") is None


def test_every_process_cue_names_a_grounded_process_with_a_valence() -> None:
    for cue in rules.process_cues():
        process = rules.process_entity(cue.process)
        assert process.grounded, cue.process
        assert rules.valence(process) is not None, cue.process


def _process(label: str) -> Entity:
    return rules.process_entity(label)


@pytest.mark.parametrize(
    ("label", "direction", "tumour", "role"),
    [
        ("fibrosis", "decrease", False, "protective"),
        ("fibrosis", "increase", False, "pathogenic"),
        ("angiogenesis", "increase", False, "regenerative"),
        ("angiogenesis", "increase", True, "pro_tumor"),
        ("apoptotic process", "increase", True, "anti_tumor"),
        ("apoptotic process", "decrease", False, "protective"),
        ("tumor growth", "decrease", True, "anti_tumor"),
        ("wound healing", "decrease", False, "pathogenic"),
        ("autophagy", "increase", False, "unknown"),
    ],
)
def test_role_rule(label: str, direction: str, tumour: bool, role: str) -> None:
    assert rules.role(_process(label), direction, tumour=tumour) == role


def test_a_disease_going_down_is_protective() -> None:
    disease = Entity(curie="mesh:D058186", label="Acute Kidney Injury", kind="disease")
    assert rules.role(disease, "decrease", tumour=False) == "protective"


def test_growth_is_tumour_growth_only_in_a_tumour_context() -> None:
    labels = {p.label for p, _ in parse_outcomes("promoted the growth of cardiomyocytes")}
    assert "tumor growth" not in labels
    found = parse_outcomes("promoted tumour growth in mice")
    assert [(p.label, d) for p, d in found] == [("tumor growth", "increase")]


def test_model_cues() -> None:
    assert cues.model_of("in mice and in cultured cardiomyocytes") == "mixed"
    assert cues.model_of("in 20 patients") == "human"
    assert cues.model_of("the vesicles were characterised") == "unknown"


def test_a_cue_pattern_can_name_a_word_list_written_once() -> None:
    # therapy_title is built on the therapy_noun list: every noun of the list works in it, and a
    # word that is no therapy noun does not
    for noun in cues.cue_literals("therapy_noun"):
        assert cues.cue("therapy_title").search(f"Stromal cell vesicles: a new {noun} for gout")
    assert not cues.cue("therapy_title").search("Stromal cell vesicles: a new look for gout")
    assert "{" not in cues.cue("therapy_title").pattern.replace("{0,", "")


def test_a_capped_cargo_name_is_never_a_cut_off_piece_of_a_longer_word() -> None:
    # names are capped in length (the cap keeps adversarial text linear); a word past the cap,
    # or with more hyphenated parts than the cap, is no name at all rather than its first part
    frame = dict(cues.cue_group("cargo_frame"))["exosomal"]
    assert frame.search("exosomal MIR21 protected")["name"] == "MIR21"
    assert frame.search("exosomal TSG-6 rose")["name"] == "TSG-6"
    assert frame.search("exosomal " + "Q" * 40 + " rose") is None
    assert frame.search("exosomal IL-1-2-3-4-5-6-7 rose") is None


def test_inhibitor_forms_and_conditions() -> None:
    for text in (
        "antagomiR-21",
        "anti-miR-155",
        "si-PTEN",
        "miR-21 knockdown",
        "a miR-21 inhibitor",
    ):
        assert cues.is_inhibitor(text), text
    assert not cues.is_inhibitor("miR-21-5p")
    assert cues.conditions("exosomes from hypoxia-preconditioned MSCs") == ("preconditioning",)


def test_behaviour_terms_are_never_a_recipient_disease() -> None:
    for label, curie in (("Attention", "mesh:D001288"), ("Affect", "mesh:D000339")):
        assert not rules.is_recipient_disease(Entity(curie=curie, label=label, kind="disease"))
    kidney = Entity(curie="mesh:D058186", label="Acute Kidney Injury", kind="disease")
    assert rules.is_recipient_disease(kidney)


def test_confidence_is_the_measured_rate() -> None:
    for family, rate in rules.extractor_rates().items():
        if rate.read:
            expected = (rate.correct + 1) / (rate.read + 2)
            assert rate.confidence == pytest.approx(expected, abs=1e-3), family
        assert 0 < rules.confidence(family) < 1


def test_no_curie_literal_names_a_concept_in_read() -> None:
    curie = re.compile(r"[\"'](?:go|mesh|exoatlas|hgnc|uberon|cl|drugbank|reactome):\w")
    for path in READ.glob("*.py"):
        assert not curie.search(path.read_text(encoding="utf-8")), path.name


def test_schwartz_hearst_abbreviations() -> None:
    text = (
        "Human umbilical cord MSC-derived small EVs (hUC-MSC-sEVs) and adipose-derived stem "
        "cell EVs (ADSC-EVs) were compared with extracellular vesicles (EVs) of fibroblasts."
    )
    found = find_abbreviations(text)
    assert found["hUC-MSC-sEVs"] == "Human umbilical cord MSC-derived small EVs"
    assert found["ADSC-EVs"] == "adipose-derived stem cell EVs"
    assert found["EVs"] == "extracellular vesicles"


@pytest.mark.parametrize(
    ("sentence", "relevant"),
    [
        ("Exosomes derived from bone marrow MSCs reduced apoptosis.", True),
        ("BMSC-Exos mitigated fibrosis.", True),
        ("Mesenchymal stromal cell-derived exosomes restore neuronal energy supply.", True),
        ("Breast cancer cell-derived exosomes educated MSCs towards a CAF phenotype.", False),
        ("Exosomes promoted epithelial-mesenchymal transition of tumour cells.", False),
        ("Exosomes from the tumour stroma promoted invasion.", False),
        ("MSCs were cultured and exosomes were absent from plasma.", False),
        ("Primed stromal stem cells heal skin wounds via exosomal transfer of miR-9.", True),
        ("Marrow MSCs lessen gut injury through exosome-mediated signalling.", True),
        ("Glioma cells drive MSC homing through exosome-mediated signalling.", False),
    ],
)
def test_triage_requires_msc_derived_vesicles(sentence: str, relevant: bool) -> None:
    assert msc_product_in(sentence) is relevant


def test_triage_reads_the_title() -> None:
    doc = TextDocument(
        "pmid:1",
        "Exosomes secreted by umbilical cord MSCs protect neurons",
        [Section("Abstract", ["Neurons died less."])],
        [],
        [],
        kind="medline",
    )
    assert about_msc_ev(doc)


def _findings(text: str) -> list[tuple[str, str, str]]:
    doc = read_text(text)
    return [
        (
            r.finding.outcome.process.label if r.finding.outcome.process else "",
            r.finding.outcome.direction,
            r.finding.outcome.role,
        )
        for r in doc.records
    ]


def test_mitigated_liver_fibrosis_is_protective() -> None:
    assert ("Fibrosis", "decrease", "protective") in _findings(
        "MSC-EVs mitigated liver fibrosis in mice."
    )


def test_alleviate_disease_gives_a_finding() -> None:
    doc = read_text("MSC-EVs alleviate acute kidney injury in rats.")
    found = [
        (r.finding.outcome.direction, r.finding.outcome.role, r.finding.recipient.disease)
        for r in doc.records
    ]
    assert any(
        d == "decrease"
        and role == "protective"
        and disease
        and disease.label == "Acute Kidney Injury"
        for d, role, disease in found
    ), found


def test_anti_apoptotic_is_a_decrease_of_apoptosis() -> None:
    found = _findings("Exosomes from adipose MSCs exerted anti-apoptotic effects on neurons.")
    assert ("apoptotic process", "decrease", "protective") in found


def test_mechanism_clause_puts_the_target_down() -> None:
    doc = read_text(
        "BMSC-derived exosomes suppressed apoptosis of cardiomyocytes by targeting PTEN."
    )
    targets = {(t.entity.label, t.direction) for r in doc.records for t in r.finding.targets}
    assert ("PTEN", "down") in targets


def test_negation_by_scope() -> None:
    doc = read_text("MSC-derived exosomes did not reduce fibrosis in mice.")
    assert doc.records and all(r.evidence.negated for r in doc.records)


def test_an_abstract_is_read_by_the_parse_with_the_measured_confidence() -> None:
    doc = TextDocument(
        "pmid:2",
        "MSC exosomes in kidney injury",
        [
            Section(
                "Abstract",
                ["Exosomes derived from bone marrow MSCs attenuated renal fibrosis in rats."],
            )
        ],
        [],
        [],
        kind="medline",
    )
    records = read_loaded(doc).records
    assert records
    for record in records:
        family = record.evidence.extractor.split()[-1]
        assert family.startswith("deep:")
        assert record.evidence.confidence == rules.confidence(family)


def test_same_output_twice() -> None:
    text = (
        "MSC-EVs mitigated liver fibrosis by targeting PTEN. "
        "These vesicles also reduced inflammation."
    )
    first = [
        r.finding.model_dump_json() + r.evidence.model_dump_json() for r in read_text(text).records
    ]
    second = [
        r.finding.model_dump_json() + r.evidence.model_dump_json() for r in read_text(text).records
    ]
    assert first == second and first


# every sentence below is written for these tests (no abstract's text)


def test_a_participle_modifier_is_not_the_evs_effect() -> None:
    found = read_abstract(
        "Stromal vesicles in injured hearts",
        "Exosomes from bone marrow MSCs reduced hypoxia-induced apoptosis of cardiomyocytes.",
    )
    assert ("apoptotic process", "decrease", "protective") in found
    assert all(direction == "decrease" for _, direction, _ in found)


def test_each_effect_of_a_list_is_a_finding_and_improve_follows_valence() -> None:
    found = read_abstract(
        "Vesicles of umbilical cord MSCs in a rat infarct model",
        "In rats, the MSC exosomes lessened fibrosis, reduced inflammation and improved cardiac "
        "function.",
    )
    assert {(p, d) for p, d, _ in found} >= {
        ("Fibrosis", "decrease"),
        ("inflammatory response", "decrease"),
        ("functional recovery", "increase"),
    }


def test_aims_background_and_loss_of_function_give_no_finding_of_theirs() -> None:
    found = read_abstract(
        "Adipose MSC vesicles and kidney repair",
        "MSC-derived exosomes have been shown to promote angiogenesis.",
        "We aimed to determine whether the exosomes of adipose MSCs lower fibrosis.",
        "Knockdown of the receptor reversed the exosome-induced decline of apoptosis in vitro.",
    )
    assert not [f for f in found if f[0] in ("angiogenesis", "Fibrosis", "apoptotic process")]


def test_the_evs_own_effects_named_in_a_loss_of_function_result() -> None:
    found = read_abstract(
        "Bone marrow MSC exosomes protect the heart",
        "An antagomiR abolished the anti-apoptotic effects of the BMSC exosomes in vitro.",
    )
    assert ("apoptotic process", "decrease", "protective") in found


def test_a_title_restated_by_the_abstract_is_one_finding_with_the_source_and_cargo() -> None:
    doc_findings = read_abstract(
        "Exosomes of bone marrow MSCs attenuate renal fibrosis",
        "MSC-Exos carrying miR-29b were injected into mice.",
        "In mice, MSC-Exos attenuated renal fibrosis.",
    )
    assert doc_findings.count(("Fibrosis", "decrease", "protective")) == 1
    doc = TextDocument(
        "pmid:8",
        "Exosomes of bone marrow MSCs attenuate renal fibrosis",
        [
            Section("Title", ["Exosomes of bone marrow MSCs attenuate renal fibrosis"]),
            Section("Abstract", ["MSC-Exos carrying miR-29b lowered renal fibrosis in mice."]),
        ],
        [],
        [],
        kind="medline",
    )
    (record,) = read_loaded(doc).records
    assert record.finding.msc_source is not None
    assert record.finding.msc_source.label == "bone marrow MSC"
    assert record.finding.cargo
    assert record.finding.model == "animal"


def test_interleukins_and_tumour_necrosis_factor_are_no_tumour_context() -> None:
    found = read_abstract(
        "Umbilical cord MSC vesicles in colitis",
        "The hucMSC-EVs reduced apoptosis and lowered tumour necrosis factor and interleukin-6.",
    )
    assert ("apoptotic process", "decrease", "protective") in found
