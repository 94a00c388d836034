"""Round-15 reader rules, from helpers' fresh real abstracts and a sweep of our own made-up
titles of the commonest claim form ('<MSC vesicles> <verb> <disease>'), each written into a short
made-up abstract: each case was read wrong, or not at all, before the rule it tests; the guards
beside them hold either way."""

from __future__ import annotations

import pytest

from .reading import kept_by_triage, read_records, triples_at

# an abstract's opening that names MSCs but no vesicles and no result
BACKGROUND = "Mesenchymal stem cells (MSCs) have been used to treat many diseases."
# a made-up abstract's vesicles, and a result the parse reads (so no keyword fallback runs)
NAMED = "Bone marrow MSC exosomes (BMSC-Exos) were given to the animals."
READ = "BMSC-Exos reduced osteoclast formation in vitro."


@pytest.mark.parametrize(
    ("title", "disease"),
    [
        # a disease noun after a present-tense verb made its adverb
        ("MSC-EVs ameliorate osteoarthritis", "osteoarthritis"),
        ("BMSC-derived exosomes inhibit colitis in rats", "colitis"),
        # the vesicles' long name and the verb parsed as one compound noun
        ("MSC-EVs attenuate lung injury by targeting PTEN", "lung injury"),
        ("Adipose-derived stem cell exosomes suppress spinal cord injury in mice", "spinal cord"),
        (
            "Small extracellular vesicles from hypoxia-preconditioned MSCs rescue mice from acute "
            "kidney injury",
            "acute kidney injury",
        ),
        ("Adipose-derived Stem Cell Exosomes Suppress Osteoarthritis", "osteoarthritis"),
        # a reversal verb whose subject the parser split in two
        ("Human umbilical cord MSC-derived extracellular vesicles counteract sepsis", "sepsis"),
        (
            "Mesenchymal stem cell-derived exosomes reverse bronchopulmonary dysplasia",
            "bronchopulmonary dysplasia",
        ),
    ],
)
def test_a_present_tense_claim_title_is_read_as_the_vesicles_lowering_the_disease(
    title: str, disease: str
) -> None:
    found = triples_at('"Title"', title, BACKGROUND)
    assert found and all((d, r) == ("decrease", "protective") for _, d, r in found)
    assert any(disease in p.casefold() for p, _, _ in found), found


def test_a_title_lowering_impairment_is_protective_not_lost_cognition() -> None:
    # the keyword fallback read 'attenuate cognitive impairment' as cognition lowered
    found = triples_at(
        '"Title"',
        "Adipose-derived stem cell exosomes attenuate cognitive impairment in rats",
        BACKGROUND,
    )
    assert found and all(role == "protective" for _, _, role in found)


@pytest.mark.parametrize(
    "title",
    [
        # an opening that is no name of the vesicles, or holds a clause of its own
        "Leukaemia cells weaken the bone-forming differentiation of MSCs through vesicles",
        "Treatment with BMSC exosomes and an inhibitor abolish repair of cartilage",
    ],
)
def test_the_second_parse_only_for_an_opening_that_names_the_vesicles(title: str) -> None:
    assert triples_at('"Title"', title, BACKGROUND) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Apoptosis in the treatment group was markedly decreased.", "apoptotic process"),
        ("The apoptosis rate of the exosome group was markedly decreased.", "apoptotic process"),
        ("Bone mineral density in the BMSC-Exos group was markedly increased.", "ossification"),
    ],
)
def test_a_change_stated_of_the_ev_group_in_the_subject_is_the_evs(
    sentence: str, expected: str
) -> None:
    found = triples_at('"Abstract", sentence 3', "Exosomes in osteoporosis", NAMED, READ, sentence)
    assert [p for p, _, _ in found] == [expected]


def test_a_change_in_the_model_group_is_not_the_evs() -> None:
    found = triples_at(
        '"Abstract", sentence 3',
        "Exosomes in osteoporosis",
        NAMED,
        READ,
        "Apoptosis in the model group was markedly increased.",
    )
    assert found == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Higher serum creatinine and more tubular apoptosis were found in cisplatin-treated "
        "rats, which were reversed by MSC exosomes.",
        "Greater hair cell loss was seen in drug-exposed mice, which could be reversed by MSC "
        "exosome treatment.",
    ],
)
def test_an_injury_clause_the_evs_reverse_is_turned_round(sentence: str) -> None:
    found = triples_at('"Abstract", sentence 2', "MSC exosomes in toxicity", READ, sentence)
    assert found and all((d, r) == ("decrease", "protective") for _, d, r in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "TGF-beta1 is a cytokine that promotes fibrosis in many organs.",
        "Interferon-beta is a cytokine that slows tumour growth.",
    ],
)
def test_a_definition_of_another_molecule_is_not_the_evs_doing(sentence: str) -> None:
    found = triples_at('"Abstract", sentence 2', "MSC exosomes in fibrosis", READ, sentence)
    assert found == []


def test_a_definition_of_the_vesicles_is_theirs() -> None:
    found = triples_at(
        '"Abstract", sentence 2',
        "MSC exosomes in fibrosis",
        READ,
        "MSC-EVs are nanovesicles that reduce inflammation in many organs.",
    )
    assert found == [("inflammatory response", "decrease", "protective")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Exosomes from glioma-associated MSCs increased the proliferation of glioma cells.",
        "Exosomes from tumor-associated MSCs increased the proliferation of gastric cancer cells.",
        "Exosomes from gastric cancer tissue-derived MSCs increased gastric cancer cell growth.",
    ],
)
def test_msc_taken_from_a_tumour_are_an_msc_source(sentence: str) -> None:
    assert kept_by_triage(sentence)
    records = read_records("A study of tumour stroma", sentence)
    assert records and all(r.finding.msc_source is not None for r in records)
    assert {r.finding.outcome.role for r in records} == {"pro_tumor"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Exosomes from tumor-associated macrophages increased the proliferation of cancer cells.",
        "Exosomes from gastric cancer cells increased the proliferation of MSCs.",
    ],
)
def test_tumour_cells_vesicles_stay_foreign(sentence: str) -> None:
    assert not kept_by_triage(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "MSC exosomes increased the tumorigenicity of glioma cells.",
            ("tumor growth", "increase", "pro_tumor"),
        ),
        (
            "The Exo group showed significantly more newly formed tissue.",
            ("tissue regeneration", "increase", "regenerative"),
        ),
        (
            "MSC exosomes decreased the levels of IgE and histamine in allergic mice.",
            ("type I hypersensitivity", "decrease", "protective"),
        ),
        (
            "MSC exosomes prolonged the life span of progeroid mice.",
            ("host survival", "increase", "regenerative"),
        ),
        (
            "MSC exosomes raised the expression of PAI-1 in endothelial cells.",
            ("fibrinolysis", "decrease", "pathogenic"),
        ),
        (
            "MSC exosomes lowered plasma CRP in patients.",
            ("inflammatory response", "decrease", "protective"),
        ),
        (
            "MSC exosomes improved hindlimb locomotion in injured rats.",
            ("functional recovery", "increase", "regenerative"),
        ),
        (
            "MSC exosomes increased grip strength in aged mice.",
            ("functional recovery", "increase", "regenerative"),
        ),
        (
            "MSC exosomes reduced pain behaviour in arthritic rats.",
            ("sensory perception of pain", "decrease", "protective"),
        ),
    ],
)
def test_round15_vocabulary(sentence: str, expected: tuple[str, str, str]) -> None:
    assert triples_at('"Abstract", sentence 1', "A study of MSC exosomes", sentence) == [expected]


def test_the_vesicles_own_low_tumorigenicity_is_no_anti_tumour_effect() -> None:
    sentence = "Because of their lower immunogenicity and tumorigenicity, EVs are safer than cells."
    assert triples_at('"Abstract", sentence 1', "A study of MSC exosomes", sentence) == []


def test_what_the_vesicles_can_do_before_the_study_is_told_is_background() -> None:
    sentences = (
        "Vesicles of stromal cells have immune-calming properties and can dampen swelling of "
        "the brain after trauma.",
        "Here we show that exosomes of adipose MSCs could lower the inflammatory "
        "reaction after brain trauma.",
    )
    records = read_records("Adipose MSC exosomes in brain trauma", *sentences)
    assert [r.evidence.locator for r in records] == ['section "Abstract", sentence 2']


def test_a_review_keeps_what_the_vesicles_can_do() -> None:
    sentences = (
        "MSC-derived exosomes can reduce fibrosis in the injured liver.",
        "In this review, we summarise how they act.",
    )
    records = read_records("MSC exosomes in liver disease: a review", *sentences)
    assert [r.evidence.locator for r in records] == ['section "Abstract", sentence 1']


def test_mineral_laid_down_by_osteoblasts_is_bone_formation() -> None:
    sentence = (
        "Exosome treatment significantly increased alkaline phosphatase activity and mineral "
        "deposition of osteoblasts."
    )
    found = triples_at('"Abstract", sentence 1', "A study of MSC exosomes in bone", sentence)
    assert found and all(role == "regenerative" for _, _, role in found)


def test_a_sentence_opening_on_capitalised_exosomes_names_their_preparation() -> None:
    records = read_records(
        "A study of MSC exosomes",
        "Exosomes from hypoxia-preconditioned adipose MSCs increased osteoblast differentiation.",
    )
    assert records
    assert all(
        [p.label for p in r.finding.preconditioning] == ["hypoxia preconditioning"] for r in records
    )


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Umbilical cord MSC exosomes are an effective treatment for knee osteoarthritis",
            [("Osteoarthritis, Knee", "decrease", "protective")],
        ),
        ("Adipose stem cell exosomes are a potential therapy for osteoarthritis", []),
        ("Statins are an effective treatment for osteoarthritis", []),
    ],
)
def test_vesicles_that_are_a_treatment_for_a_disease_lower_it(
    title: str, expected: list[tuple[str, str, str]]
) -> None:
    found = triples_at('"Title"', title, "MSC exosomes were studied in joint disease.")
    assert found == expected
