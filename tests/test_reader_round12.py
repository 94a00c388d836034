"""Round-12 reader rules, from our own probe sentences written after reading titles alone (a
title read with an empty abstract gave no finding for one real MSC-EV title in three): each
case was read wrong, or not at all, before the rule it tests."""

from __future__ import annotations

import pytest

from exoatlas.ground import ground_mention
from exoatlas.read.spelled import defined_terms, spelled_out, spelled_out_in

from .reading import (
    folded,
    parsed_finding,
    read_abstract,
    read_document_findings,
    read_records,
)

TITLE = "Mesenchymal stem cell exosomes in disease"


@pytest.mark.parametrize(
    ("definition", "sentence", "expected"),
    [
        # a two-letter short form no vocabulary names
        (
            "Osteoarthritis (OA) is a disease of joints.",
            "MSC exosomes attenuated OA in rats.",
            ("osteoarthritis", "decrease", "protective"),
        ),
        # a measure of the disease its short form names
        (
            "Intervertebral disc degeneration (IDD) causes back pain.",
            "BMSC-Exos delayed IDD progression in rats.",
            ("intervertebral disc degeneration", "decrease", "protective"),
        ),
        # a long form the vocabulary knows by its head only
        (
            "Osteonecrosis of the femoral head (ONFH) affects young adults.",
            "BMSC-Exos prevented ONFH in rats.",
            ("osteonecrosis", "decrease", "protective"),
        ),
    ],
)
def test_a_short_form_the_abstract_defines_is_read_as_its_long_form(
    definition: str, sentence: str, expected: tuple[str, str, str]
) -> None:
    found = folded(read_abstract(TITLE, definition, sentence, parsed_finding("UC-Exos")))
    assert expected in found, (sentence, found)


def test_a_title_reads_a_short_form_the_abstract_defines_after_it() -> None:
    # the title comes before the definition; the whole record's definitions apply to it
    title = "Umbilical cord MSC exosomes ameliorate NAFLD in mice"
    found = read_document_findings(
        title,
        "Non-alcoholic fatty liver disease (NAFLD) is a growing burden.",
        "We isolated exosomes from umbilical cord MSCs.",
    )
    assert ("Title", "Non-alcoholic Fatty Liver Disease", "decrease", "protective") in found


def test_a_sentence_s_disease_may_be_a_defined_short_form() -> None:
    # not the disease an earlier sentence named
    records = read_records(
        TITLE,
        "Pulmonary fibrosis (PF) has no cure.",
        "It often follows acute lung injury.",
        "UC-Exos lowered neutrophil infiltration in PF mice.",
    )
    diseases = {
        r.finding.recipient.disease.label
        for r in records
        if r.finding.recipient.disease is not None and "infiltration" in r.evidence.text
    }
    assert diseases == {"Pulmonary Fibrosis"}, diseases


def test_definitions_the_vocabulary_already_names_or_cells_are_not_spelled_out() -> None:
    text = (
        "Acute kidney injury (AKI) follows cisplatin. Bone marrow MSCs (BMSCs) were used. "
        "Osteoarthritis (OA) was modelled. Tumour necrosis factor (TNF) was measured."
    )
    terms = dict(defined_terms(text))
    assert terms == {"OA": "Osteoarthritis"}, terms
    with spelled_out_in(defined_terms(text)):
        assert spelled_out("OA-induced and OAs but not OAK or FOA") == (
            "Osteoarthritis-induced and Osteoarthritis but not OAK or FOA"
        )
    # outside a document nothing is spelled out
    assert spelled_out("OA") == "OA"


@pytest.mark.parametrize(
    "sentence",
    [
        # the capitalised object hung on the verb as a noun-phrase adverbial
        "hUC-MSC exosomes ameliorated NAFLD.",
        # the verb made a compound of the short form, which the parser makes the root
        "MSC exosomes ameliorate NAFLD.",
    ],
)
def test_a_short_form_object_the_parser_misplaces_is_read(sentence: str) -> None:
    found = folded(
        read_abstract(
            TITLE,
            "Non-alcoholic fatty liver disease (NAFLD) is common.",
            sentence,
            parsed_finding("UC-Exos"),
        )
    )
    assert ("non-alcoholic fatty liver disease", "decrease", "protective") in found, found


@pytest.mark.parametrize(
    "sentence",
    [
        "MSC-derived small EVs promoted neuroprotection in a mouse model of glaucoma.",
        "The MSC exosomes afforded neuroprotection after ischaemia.",
        "MSC exosomes provided renoprotection in rats.",
    ],
)
def test_protection_named_as_a_noun_the_evs_give_is_less_injury(sentence: str) -> None:
    found = folded(read_abstract(TITLE, sentence, parsed_finding("UC-Exos")))
    assert ("tissue injury", "decrease", "protective") in found, found


def test_protection_lowered_is_more_injury() -> None:
    # the noun rule reads what the verb does to the protection: lowering it is no benefit
    found = folded(
        read_abstract(
            TITLE, "The MSC exosomes reduced neuroprotection in rats.", parsed_finding("UC-Exos")
        )
    )
    assert ("tissue injury", "increase", "pathogenic") in found, found
    assert ("tissue injury", "decrease", "protective") not in found, found


@pytest.mark.parametrize(
    "sentence",
    [
        "MSC exosomes protected photoreceptors in dystrophic rats.",
        # the head noun 'cells' names no cell type; its phrase does
        "MSC exosomes protected retinal ganglion cells.",
    ],
)
def test_protected_cells_were_kept_from_harm(sentence: str) -> None:
    found = folded(read_abstract(TITLE, sentence, parsed_finding("UC-Exos")))
    assert ("tissue injury", "decrease", "protective") in found, found


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("photoreceptors", "photoreceptor cell"),
        ("chondrocytes", "chondrocyte"),
        ("granulosa cells", "granulosa cell"),
        ("retina", "retina"),
    ],
)
def test_cells_and_tissues_protected_in_msc_ev_papers_are_grounded(text: str, label: str) -> None:
    found = ground_mention(text, ("tissue", "cell_type")).best
    assert found is not None and found.label == label, found


def test_a_polarization_with_no_named_phenotype_is_no_harm() -> None:
    # GO lists 'macrophage polarization' as a synonym of macrophage activation (a harm): with
    # no M1 or M2 named, which way the cells went is not said
    found = read_abstract(
        TITLE,
        "Atherosclerosis is a chronic inflammatory disease.",
        "MSC exosomes promoted macrophage polarization in plaques.",
        parsed_finding("UC-Exos"),
    )
    assert not [f for f in found if f[2] == "pathogenic"], found
    assert [f for f in found if f[0].startswith("macrophage polarization, direction")], found


@pytest.mark.parametrize(
    "sentence",
    [
        "MSC exosomes inhibited migration of RAW264.7 cells.",
        "MSC exosomes reduced THP-1 cell migration.",
    ],
)
def test_the_migration_of_a_macrophage_line_is_leukocyte_migration(sentence: str) -> None:
    found = folded(read_abstract(TITLE, sentence, parsed_finding("UC-Exos")))
    assert ("leukocyte migration", "decrease", "protective") in found, found


def test_protection_against_a_disease_lowers_it() -> None:
    # the 'against' phrase hung on a raising verb named the disease as what was raised
    found = folded(
        read_abstract(
            TITLE,
            "The MSC exosomes raise M2 polarization of macrophages and confer protection "
            "against sepsis.",
            parsed_finding("UC-Exos"),
        )
    )
    assert ("sepsis", "increase", "pathogenic") not in found, found
    assert ("tissue injury", "decrease", "protective") in found, found


def test_a_gerund_hung_on_the_object_is_part_of_the_process() -> None:
    found = folded(
        read_abstract(
            TITLE,
            "ADSC-Exos promoted diabetic wounds healing in rats.",
            parsed_finding("UC-Exos"),
        )
    )
    assert ("wound healing", "increase", "regenerative") in found, found
    assert not [f for f in found if f[2] == "pathogenic"], found


@pytest.mark.parametrize(
    ("title", "direction", "role"),
    [
        # in a fibrosis study plain fibroblasts are the disease's own cells
        ("MSC exosomes in pulmonary fibrosis", "decrease", "protective"),
        # in a wound study their growth is the repair, whatever else the text names
        ("MSC exosomes in diabetic wounds and fibrosis", "decrease", "pathogenic"),
    ],
)
def test_fibroblasts_are_the_disease_in_a_fibrosis_study(
    title: str, direction: str, role: str
) -> None:
    found = folded(
        read_abstract(
            title,
            "ADSC-Exos decreased fibroblast proliferation in vitro.",
            parsed_finding("UC-Exos"),
        )
    )
    assert ("cell population proliferation", direction, role) in found, found


def test_the_study_s_conclusion_of_a_benefit_counts_in_the_present_tense() -> None:
    found = folded(
        read_abstract(
            TITLE,
            "We conclude that hucMSC-Exos exert protective effects against liver fibrosis.",
            parsed_finding("UC-Exos"),
        )
    )
    assert ("fibrosis", "decrease", "protective") in found, found


def test_what_has_been_confirmed_before_is_no_conclusion() -> None:
    # a background sentence: what earlier work has confirmed, in the present tense
    found = read_abstract(
        TITLE,
        "So far, this study has confirmed that the exosomes of MSCs possess cardio-protection in "
        "sepsis.",
        parsed_finding("UC-Exos"),
    )
    assert not [f for f in found if f[0] in ("Sepsis", "tissue injury")], found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # 'expanded' and 'extended' raise what they govern
        (
            "EV treatment expanded regulatory T cells and decreased IFN-γ responses.",
            ("regulatory t cell frequency", "increase", "regenerative"),
        ),
        (
            "The EVs extended graft survival in mice.",
            ("graft survival", "increase", "regenerative"),
        ),
        # outcomes of a transplant: neither GO nor MeSH diseases name them
        (
            "Grafts from EV-treated mice showed lower rejection grades.",
            ("graft rejection", "decrease", "protective"),
        ),
        # a dose of what the abstract gives is the EVs
        (
            "A single intranasal dose given after stroke reduced lesion volume.",
            ("tissue injury", "decrease", "protective"),
        ),
        # 'closure' completed by the sentence's wounds
        (
            "In excisional wounds of diabetic mice, the EVs accelerated closure.",
            ("wound healing", "increase", "regenerative"),
        ),
    ],
)
def test_transplant_and_wound_outcomes_and_doses_are_read(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    found = folded(
        read_abstract(
            TITLE,
            "Vesicles were isolated from endometrial MSCs.",
            sentence,
            parsed_finding("UC-Exos"),
        )
    )
    assert expected in found, (sentence, found)


def test_a_dose_of_a_named_stimulus_is_not_the_evs() -> None:
    found = read_abstract(
        TITLE,
        "A single dose of LPS reduced body weight and survival.",
        parsed_finding("UC-Exos"),
    )
    assert not [f for f in found if f[0] in ("host survival", "cell survival")], found


@pytest.mark.parametrize(
    "sentence",
    [
        # the maker named in the subject, the EV group named later in the sentence
        "Ligature-induced periodontitis was induced in forty mice, which were split into a PBS "
        "group and an ADSC-Exos group.",
        # no maker named: a disease made in animals
        "Periodontitis was induced in rats, which then received ADSC-Exos.",
    ],
)
def test_a_methods_sentence_making_the_model_is_no_harm_of_the_evs(sentence: str) -> None:
    found = read_abstract(TITLE, sentence, parsed_finding("UC-Exos"))
    assert not [f for f in found if f[2] == "pathogenic"], found


def test_a_process_induced_in_animals_after_the_evs_is_still_theirs() -> None:
    found = folded(
        read_abstract(
            TITLE,
            "Angiogenesis was induced in mice after ADSC-Exos treatment.",
            parsed_finding("UC-Exos"),
        )
    )
    assert ("angiogenesis", "increase", "regenerative") in found, found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a disease's manifestations are its harm: improving them lowers them (since the
        # forty-sixth session they stand for the disease itself, 'disease_course_head')
        (
            "The cord MSC vesicles improved the clinical manifestations of DSS colitis in mice.",
            ("colitis", "decrease", "protective"),
        ),
        # a model as the object names the disease it models
        (
            "MSC exosomes repaired a Parkinson's disease model through autophagy.",
            ("parkinson disease", "decrease", "protective"),
        ),
        ("MSC exosomes rescued the mouse model of colitis.", ("colitis", "decrease", "protective")),
    ],
)
def test_manifestations_and_models_name_the_disease(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    found = folded(read_abstract(TITLE, sentence, parsed_finding("UC-Exos")))
    assert expected in found, (sentence, found)
