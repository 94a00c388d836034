"""Round-30 reader rules, from helpers' real abstracts (collections A30-G30) rewritten as our own
probe sentences."""

from __future__ import annotations

from typing import Any

import pytest

from exoatlas.ingest.records import record_document
from exoatlas.read.finding_score import Scorer, keep_likely
from exoatlas.read.pipeline import read_all
from exoatlas.read.reader import ReadRecord

from .reading import _document, folded, read_abstract, read_records
from .test_reader_round26 import TUMOUR, TUMOUR_TITLE


def _roles(records: list[ReadRecord]) -> list[str]:
    return sorted(r.finding.outcome.role for r in records)


def test_the_scorer_leaves_the_leading_role_ahead() -> None:
    records = read_records(TUMOUR_TITLE, *TUMOUR)
    assert _roles(records) == ["anti_tumor", "anti_tumor", "protective"], _roles(records)
    # it trusts every role but doubts the xenograft sentence: kept alone, the one anti-tumour
    # finding left would tie with the protective aside
    doubting = Scorer({"bias": 0.0, "role:anti_tumor": 3.0, "role:protective": 3.0}, 0.5)
    doubting.weights["w:xenograft"] = -6.0
    kept = keep_likely(records, _document(TUMOUR_TITLE, TUMOUR), doubting)
    assert _roles(kept) == ["anti_tumor", "anti_tumor", "protective"]


def test_the_scorer_still_drops_a_doubted_finding_that_leaves_the_lead() -> None:
    records = read_records(TUMOUR_TITLE, *TUMOUR)
    doubting = Scorer({"bias": 0.0, "role:anti_tumor": 3.0, "role:protective": -3.0}, 0.5)
    kept = keep_likely(records, _document(TUMOUR_TITLE, TUMOUR), doubting)
    assert _roles(kept) == ["anti_tumor", "anti_tumor"]


REVIEW = "This review covers what MSC-derived exosomes (MSC-Exos) do in joint disease."


def test_a_boosted_efficacy_in_a_disease_lowers_the_disease() -> None:
    title = (
        "Enhancement of the therapeutic efficacy of mesenchymal stem cell-derived exosomes in "
        "osteoarthritis"
    )
    found = folded(read_abstract(title, REVIEW))
    assert ("osteoarthritis", "decrease", "protective") in found
    assert not any(f[:2] == ("osteoarthritis", "increase") for f in found), found


def test_an_in_phrase_after_a_nominal_change_of_something_is_where_it_changed() -> None:
    found = folded(
        read_abstract(
            "MSC exosomes in kidney disease",
            "In diabetic rats, MSC-derived exosomes (MSC-Exos) caused an increase of IL-10 in the "
            "kidney and a reduction of apoptosis in diabetic nephropathy.",
        )
    )
    assert ("apoptotic process", "decrease", "protective") in found
    assert not any(f[0] == "diabetic nephropathies" for f in found), found


def test_a_nominal_change_in_a_disease_alone_is_of_the_disease() -> None:
    found = folded(
        read_abstract(
            "MSC exosomes in sepsis",
            "MSC-derived exosomes (MSC-Exos) led to a reduction in sepsis-induced lung injury.",
        )
    )
    assert any(f[1:] == ("decrease", "protective") and "lung" in f[0] for f in found), found


SHOWN = (
    "At present, MSC-derived EVs (MSC-EVs) have shown clear therapeutic effects on acute kidney "
    "injury and renal fibrosis; however, their role in the grafted kidney remains disputed and "
    "controversial."
)


def test_a_review_states_the_effects_its_field_has_shown() -> None:
    found = folded(
        read_abstract(
            "MSC vesicles in kidney disease", SHOWN, "This review covers their mechanisms."
        )
    )
    assert ("acute kidney injury", "decrease", "protective") in found, found


def test_a_study_opening_with_the_fields_effects_reads_none_of_them() -> None:
    found = read_abstract(
        "MSC vesicles in kidney disease",
        SHOWN,
        "We gave MSC-EVs to mice with kidney injury and measured their weight.",
    )
    assert found == []


EMERGED = (
    "Thus, MSC-derived exosomes (MSC-Exos) have emerged as a promising cell-free therapy in CKD."
)


def test_what_a_review_says_the_evs_have_emerged_as_is_its_content() -> None:
    found = folded(
        read_abstract(
            "Cell-free strategies in chronic kidney disease",
            "Chronic kidney disease (CKD) is common.",
            EMERGED,
            "In this paper, we describe how MSC-Exos are made and summarize their efficacy in "
            "animal models.",
        )
    )
    assert ("renal insufficiency, chronic", "decrease", "protective") in found, found


def test_what_a_study_says_the_evs_have_emerged_as_is_its_background() -> None:
    found = read_abstract(
        "MSC exosomes and kidney cells",
        "Chronic kidney disease (CKD) is common.",
        EMERGED,
        "We measured the size of MSC-Exos made in two media.",
    )
    assert not any(f[0] == "Renal Insufficiency, Chronic" for f in found), found


def test_what_a_review_says_the_evs_provide_is_its_content() -> None:
    found = folded(
        read_abstract(
            "MSC exosomes in bowel disease: a review",
            "Therefore, MSC-derived exosomes (MSC-Exo) provide a new strategy for the treatment "
            "of ulcerative colitis.",
            "In this review, we summarize the progress.",
        )
    )
    assert any(f[1:] == ("decrease", "protective") and "colitis" in f[0] for f in found), found


def test_what_the_evs_may_provide_is_proposed() -> None:
    found = read_abstract(
        "MSC exosomes in bowel disease: a review",
        "Therefore, MSC-derived exosomes (MSC-Exo) may provide a new strategy for the treatment "
        "of ulcerative colitis.",
        "In this review, we summarize the progress.",
    )
    assert found == []


GIVEN = "We isolated exosomes from bone marrow MSCs (BMSC-Exos) and gave them to rats with injury."


def test_a_passive_subject_parsed_as_an_apposition_to_the_group_is_read() -> None:
    found = folded(
        read_abstract(
            "BMSC exosomes in injury",
            GIVEN,
            "In the BMSC-Exos group, the expression of TNF-alpha and IL-6 was significantly "
            "downregulated.",
        )
    )
    assert ("inflammatory response", "decrease", "protective") in found, found


def test_what_rose_in_the_model_group_is_not_the_evs_doing() -> None:
    found = read_abstract(
        "BMSC exosomes in injury",
        GIVEN,
        "In the model group, the expression of TNF-alpha and IL-6 was significantly upregulated.",
    )
    assert found == []


def test_patients_a_raising_verb_takes_as_its_object_are_not_their_disease_raised() -> None:
    found = read_abstract(
        "Human MSCs and their extracellular vesicles induce regulatory dendritic cells in type 1 "
        "diabetic patients",
        "We cultured dendritic cells of patients with MSC-derived EVs.",
    )
    assert not any(f[0] == "Diabetes Mellitus" for f in found), found


@pytest.mark.parametrize(
    ("changed", "expected"),
    [
        ("increased IL-10 and IL-6 production", set()),  # one anti-, one pro-inflammatory
        ("increased the production of IL-10 and IL-6", set()),
        ("reduced TNF-alpha and IL-6 production", {("inflammatory response", "decrease")}),
        ("down-regulated IL-17 A protein levels", {("inflammatory response", "decrease")}),
    ],
)
def test_markers_read_out_a_process_only_when_they_agree(
    changed: str, expected: set[tuple[str, str]]
) -> None:
    found = read_abstract("MSC vesicles in nephritis", f"MSC-derived EVs (MSC-EVs) {changed}.")
    assert {f[:2] for f in found if f[0] == "inflammatory response"} == expected, found


def test_less_of_a_harm_observed_in_the_evs_group_put_first_is_read() -> None:
    found = folded(
        read_abstract(
            "BMSC exosomes in diabetic rats",
            "Diabetic rats received exosomes derived from bone marrow MSCs.",
            "In the exosome-treated group, less fibrosis was observed.",
        )
    )
    assert ("fibrosis", "decrease", "protective") in found, found


def test_less_observed_in_the_model_group_put_first_is_not_the_evs() -> None:
    found = read_abstract(
        "BMSC exosomes in diabetic rats",
        "Diabetic rats received exosomes derived from bone marrow MSCs.",
        "In the model group, less weight gain was observed.",
    )
    assert found == []


def test_a_reviews_open_question_is_not_read_as_its_content() -> None:
    found = read_abstract(
        "MSC exosomes in bone repair",
        "MSC exosomes have shown effects on osteogenesis in bone defects; however, whether they "
        "promote osteoclastogenesis remains unknown.",
        "In this review, we summarize the field.",
    )
    assert not any(f[2] == "pathogenic" for f in found), found


@pytest.mark.parametrize(
    "sentence",
    [
        "Although MSC-EVs represent a promising therapy for lung cancer, we found that they "
        "promoted tumor growth in mice.",
        "MSC-EVs represent a novel treatment approach for lung cancer; however, in our model they "
        "promoted tumor growth.",
    ],
)
def test_a_conceded_therapy_claim_is_not_the_studys(sentence: str) -> None:
    found = read_abstract("MSC vesicles in lung cancer", sentence)
    assert [f[2] for f in found] == ["pro_tumor"], found


def test_a_study_that_summarizes_its_results_is_no_review() -> None:
    found = read_abstract(
        "MSC exosomes in psoriasis",
        "MSC-EVs have shown therapeutic effects on psoriasis; however, their effect on itch "
        "remains unknown.",
        "In this paper, we report a randomized trial of MSC exosome ointment and summarize its "
        "outcomes.",
    )
    assert found == []


def test_a_not_on_the_passives_auxiliary_denies_it() -> None:
    found = read_records(
        "BMSC exosomes in injury",
        GIVEN,
        "In the BMSC-Exos group, the levels of TNF-alpha were not significantly decreased.",
    )
    assert all(r.evidence.negated for r in found)
    assert all(r.finding.outcome.direction != "decrease" for r in found), found


def test_the_mice_a_change_is_in_are_its_setting() -> None:
    found = read_abstract(
        "MSC vesicles in diabetic mice",
        "MSC-derived EVs (MSC-EVs) caused a reduction in fibrosis in diabetic mice.",
    )
    assert not any(f[0] == "Diabetes Mellitus" for f in found), found
    assert ("Fibrosis", "decrease", "protective") in found


def test_mice_protected_are_spared_their_disease() -> None:
    found = read_abstract(
        "MSC vesicles in sepsis", "MSC-derived EVs (MSC-EVs) protected septic mice from death."
    )
    assert ("Sepsis", "decrease", "protective") in found, found


@pytest.mark.parametrize(
    "sentence",
    [
        "Implantation of MSC-EXO showed no post-interventional adverse effects in five patients.",
        "MSC-EXO caused no adverse effects and no toxicity in rats.",
        "MSC-EXO were administered without side effects.",
    ],
)
def test_a_safety_result_of_the_evs_is_a_neutral_finding(sentence: str) -> None:
    found = read_abstract(
        "Safety of placenta MSC exosomes",
        "Placenta MSC-derived exosomes (MSC-EXO) were given to stroke patients.",
        sentence,
    )
    assert ("adverse events", "unknown", "neutral") in found, found


@pytest.mark.parametrize(
    "sentence",
    [
        "Cisplatin showed severe adverse effects in five patients.",
        "MSC-EXO caused adverse effects in rats.",
        # (an agentless 'No serious adverse events were observed' is the treatment's since
        # round 31: test_reader_round31)
    ],
)
def test_no_safety_result_without_the_evs_denying_a_harm(sentence: str) -> None:
    found = read_abstract(
        "Safety of placenta MSC exosomes",
        "Placenta MSC-derived exosomes (MSC-EXO) were given to stroke patients.",
        sentence,
    )
    assert not any(f[0] == "adverse events" and f[2] == "neutral" for f in found), found


@pytest.mark.parametrize(
    "sentence",
    [
        "MSC-EVs failed to offer protection against sepsis.",
        "MSC-EVs did not confer protection against sepsis.",
    ],
)
def test_protection_a_negated_verb_offers_is_denied(sentence: str) -> None:
    found = read_abstract(
        "MSC vesicles in sepsis",
        "MSC-derived EVs (MSC-EVs) were given to septic mice.",
        sentence,
    )
    assert not any(f[2] == "protective" for f in found), found


def test_protection_the_evs_offer_is_read() -> None:
    found = read_abstract(
        "MSC vesicles in sepsis",
        "MSC-derived EVs (MSC-EVs) were given to septic mice.",
        "MSC-EVs offered protection against sepsis.",
    )
    assert ("Sepsis", "decrease", "protective") in found, found


def test_a_short_form_the_abstract_defines_otherwise_is_read_as_defined() -> None:
    found = read_abstract(
        "MSC vesicles in atopic dermatitis: a review",
        "Atopic dermatitis (AD) is a common skin disease.",
        "Therefore, MSC-derived EVs (MSC-EVs) provide a new strategy for the treatment of AD.",
        "In this review, we summarize the progress.",
    )
    assert ("Dermatitis, Atopic", "decrease", "protective") in found, found
    assert not any(f[0] == "Alzheimer Disease" for f in found)


def test_what_a_studys_evs_offer_as_a_therapy_is_its_outlook() -> None:
    found = read_abstract(
        "MSC vesicles in atopic dermatitis",
        "Atopic dermatitis (AD) is a common skin disease.",
        "MSC-derived EVs (MSC-EVs) offer a novel cell-free therapy for AD, with broad "
        "immunomodulatory effects.",
    )
    assert not any(f[0] in ("Dermatitis, Atopic", "Alzheimer Disease") for f in found), found


def test_a_denied_harm_gives_no_role_to_the_abstracts_other_changes() -> None:
    found = read_abstract(
        "Bone marrow MSC exosomes in cardiac ischaemia",
        "MSC exosomes caused no adverse effects in any mouse.",
        "The exosomes had cardioprotective effects and enhanced autophagy in cardiomyocytes.",
    )
    assert ("autophagy", "increase", "regenerative") in found, found


def test_a_review_claim_is_read_whatever_else_is_read_with_it() -> None:
    """What a review's EVs 'provide' is its content, a study's outlook, however the two are
    batched (the parse of a sentence they share is one)."""
    sentence = "MSC-derived exosomes (MSC-Exo) provide a new strategy for the treatment of colitis."
    review = record_document(
        "pmid:1", "MSC exosomes in colitis", f"{sentence} In this review, we summarize."
    )
    study = record_document(
        "pmid:2", "MSC exosomes in colitis", f"We gave MSC-Exo to mice. {sentence}"
    )

    def colitis(documents: list[Any]) -> dict[str, bool]:
        return {
            d.document.id: any("olitis" in r.finding.outcome.process.label for r in d.records)
            for d in read_all(documents)
        }

    assert colitis([review, study]) == {"pmid:1": True, "pmid:2": False}
    assert colitis([study]) == {"pmid:2": False}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "MSC exosomes are an effective treatment for acute kidney injury, while the parent "
            "cells carry risks of embolism.",
            {("Acute Kidney Injury", "decrease", "protective")},
        ),
        (
            "MSC-EVs did not fail to provide protection against acute kidney injury.",
            {("Acute Kidney Injury", "decrease", "protective")},
        ),
        (
            "MSC-EVs never failed to reduce neuronal apoptosis.",
            {("apoptotic process", "decrease", "protective")},
        ),
        ("MSC-EVs had no adverse effect on fracture healing in diabetic rats.", set()),
        (
            "MSC-EVs reduced the levels of TNF-alpha, IL-6 and IL-10 in serum.",
            {("inflammatory response", "decrease", "protective")},
        ),
    ],
)
def test_second_review_narrowings(sentence: str, expected: set[tuple[str, str, str]]) -> None:
    found = read_abstract(
        "MSC vesicles in injury", "MSC-derived EVs (MSC-EVs) were given to rats.", sentence
    )
    assert set(found) == expected, found


def test_less_observed_in_the_evs_group_put_first_than_in_another() -> None:
    found = folded(
        read_abstract(
            "BMSC exosomes in diabetic rats",
            "Diabetic rats received exosomes derived from bone marrow MSCs.",
            "In the exosome-treated group, less fibrosis was observed than in the PBS group.",
        )
    )
    assert ("fibrosis", "decrease", "protective") in found, found


def test_what_a_studys_evs_serve_as_is_its_outlook() -> None:
    sentence = (
        "MSC-derived exosomes (MSC-Exo) served as an effective therapy for ulcerative colitis."
    )
    study = read_abstract("MSC exosomes in colitis", "We gave MSC-Exo to mice.", sentence)
    review = read_abstract(
        "MSC exosomes in colitis: a review", sentence, "In this review, we summarize the progress."
    )
    assert not any("olitis" in f[0] for f in study), study
    assert any("olitis" in f[0] and f[1:] == ("decrease", "protective") for f in review), review
