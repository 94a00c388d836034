"""Forty-seventh session: shapes of result sentences the reader missed or misread, each shown with
sentences written for these tests (never a record's own words)."""

from __future__ import annotations

import pytest

from .reading import read_abstract, read_asserted, read_records

WOUND = "Bone marrow MSC exosomes in diabetic wounds"
WOUND_GIVEN = "Exosomes of bone marrow MSCs (BMSC-Exos) were applied to wounds of diabetic rats."
HEART = "Bone marrow MSC exosomes after myocardial infarction"
HEART_GIVEN = "Exosomes of bone marrow MSCs (BMSC-Exos) were injected into infarcted rat hearts."
BRAIN = "Bone marrow MSC exosomes after stroke"
BRAIN_GIVEN = "Exosomes of bone marrow MSCs (BMSC-Exos) were given to rats after a stroke."


@pytest.mark.parametrize(
    "sentence",
    [
        "The BMSC-Exos prevented abnormal neurogenesis in the dentate gyrus.",
        "The BMSC-Exos curbed aberrant angiogenesis in the injured hippocampus.",
    ],
)
def test_a_good_process_a_harm_adjective_qualifies_is_not_lowered_as_a_good(
    sentence: str,
) -> None:
    """(read as neurogenesis lowered, pathogenic: the harm adjective was dropped and the good
    process the vocabulary names was taken for the object)"""
    read = read_abstract(BRAIN, BRAIN_GIVEN, sentence)
    assert read, "the harm the sentence names is still read"
    assert not [r for r in read if r[2] == "pathogenic"]


def test_a_good_process_without_a_harm_adjective_still_reads_lowered() -> None:
    read = read_asserted(BRAIN, BRAIN_GIVEN, "Unexpectedly, the BMSC-Exos reduced neurogenesis.")
    assert ("neurogenesis", "decrease", "pathogenic") in read


@pytest.mark.parametrize(
    "sentence",
    [
        "Neuroprotection by the BMSC-Exos was seen not only in cortex but also in striatum.",
        "Neuroprotection by the BMSC-Exos was found not just in young rats but in old ones too.",
    ],
)
def test_not_only_denies_nothing(sentence: str) -> None:
    """(read nothing: 'not' in 'not only' was taken to deny the protection)"""
    read = read_abstract(BRAIN, BRAIN_GIVEN, sentence)
    assert [r for r in read if r[2] == "protective"]


def test_a_plain_not_still_denies_the_protection() -> None:
    read = read_abstract(
        BRAIN, BRAIN_GIVEN, "Neuroprotection by the BMSC-Exos was not seen in the old rats."
    )
    assert not [r for r in read if r[2] == "protective"]


def test_wound_closure_judged_better_is_healing() -> None:
    """(read nothing: 'closure' was no head of its own valence, so 'better' judged nothing)"""
    read = read_asserted(
        WOUND,
        WOUND_GIVEN,
        "Wound closure was better in the BMSC-Exos group than in the vehicle group.",
    )
    assert ("wound healing", "increase", "regenerative") in read


def test_subjects_listed_before_a_predicate_comparative_are_each_judged() -> None:
    """(read only the first: the conjunct before the comparative was left out)"""
    read = read_asserted(
        HEART,
        HEART_GIVEN,
        "Cardiac function and infarct size were better in the BMSC-Exos group than in the PBS "
        "group.",
    )
    assert ("tissue injury", "decrease", "protective") in read


def test_listed_subjects_before_lower_are_each_lowered() -> None:
    read = read_asserted(
        HEART, HEART_GIVEN, "Fibrosis and apoptosis were lower in the BMSC-Exos group."
    )
    assert ("apoptotic process", "decrease", "protective") in read


def test_listed_subjects_of_a_negated_comparative_are_not_lowered() -> None:
    read = read_asserted(
        HEART, HEART_GIVEN, "Fibrosis and apoptosis were not lower in the BMSC-Exos group."
    )
    assert not [r for r in read if r[1] == "decrease"]


TUMOUR_GIVEN = "EVs were isolated from bone marrow MSCs and added to gastric cancer cells."


@pytest.mark.parametrize(
    "title",
    [
        "Oncogenic role of bone marrow MSC exosomes in gastric cancer",
        "Tumor-promoting effects of bone marrow MSC exosomes on gastric cancer",
        "Pro-tumorigenic role of bone marrow MSC exosomes in gastric cancer",
    ],
)
def test_a_raising_adjective_raises_the_tumour_it_names(title: str) -> None:
    """(read nothing: only benefit and lowering adjectives made an effect noun a claim, and
    'oncogenic' was no word the cheap test before parsing looked for)"""
    assert ("Stomach Neoplasms", "increase", "pro_tumor") in read_asserted(title, TUMOUR_GIVEN)


def test_a_raising_adjective_raises_a_good_too() -> None:
    read = read_asserted(
        "Stimulatory effect of bone marrow MSC exosomes on osteogenesis",
        "EVs were isolated from bone marrow MSCs and added to osteoblasts.",
    )
    assert [r for r in read if r[1] == "increase" and r[2] == "regenerative"]


def test_a_raising_adjective_of_other_vesicles_is_no_claim() -> None:
    read = read_abstract(
        "Oncogenic role of gastric cancer cell exosomes in gastric cancer",
        "Exosomes of gastric cancer cells were added to bone marrow MSCs.",
    )
    assert not read


def test_the_role_of_a_cargo_in_the_evs_is_theirs() -> None:
    """(read nothing: the parse hung 'in MSC-derived EVs' on 'role', so the 'of' phrase named a
    cargo alone, no owner)"""
    read = read_asserted(
        "Tumor suppressive role of miR-139-5p in bone marrow MSC-derived extracellular vesicles "
        "in bladder cancer",
        "EVs were isolated from bone marrow MSCs and added to bladder cancer cells.",
    )
    assert ("Urinary Bladder Neoplasms", "decrease", "anti_tumor") in read


def test_the_role_of_a_cargo_alone_is_no_claim_of_the_evs() -> None:
    read = read_asserted(
        "Protective role of miR-21 in myocardial infarction",
        "EVs were isolated from bone marrow MSCs and injected into infarcted hearts.",
    )
    assert not [r for r in read if r[0] == "Myocardial Infarction"]


def test_one_background_sentence_about_cancer_makes_no_tumour_study() -> None:
    """(an aneurysm study opening 'MSCs take part in cancer initiation and metastasis' was read
    as a tumour study: more regulatory T cells became pro-tumour); a short abstract with one
    such sentence in three is still taken for one (test_reader_round34)"""
    read = read_asserted(
        "Exosomes from bone marrow MSCs restore the Treg balance in intracranial aneurysm",
        "MSCs are known to take part in cancer initiation and metastasis.",
        "Aneurysms of the basilar artery were induced in rats with elastase.",
        "Exosomes were isolated from bone marrow MSCs (BMSC-Exos) and given to the rats.",
        "The BMSC-Exos increased the number of regulatory T cells.",
    )
    assert read and not [r for r in read if r[2] in ("pro_tumor", "anti_tumor")]


def test_tumour_words_in_two_sentences_still_make_a_tumour_study() -> None:
    read = read_asserted(
        "Exosomes from bone marrow MSCs and regulatory T cells",
        "Regulatory T cells shield a cancer from immune attack.",
        "Exosomes were isolated from bone marrow MSCs (BMSC-Exos) and given to mice bearing "
        "tumours.",
        "The BMSC-Exos increased the number of regulatory T cells.",
    )
    assert [r for r in read if r[2] == "pro_tumor"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Exosomes derived from BMSCs with a miR-124 inhibitor protect against endometritis.",
        "Moreover, BMSCs/anti-miR-124 Exo alleviated the inflammation of endometrial cells.",
    ],
)
def test_vesicles_of_msc_given_an_inhibitor_are_the_engineered_product(sentence: str) -> None:
    """(read nothing: the inhibitor was taken for a co-treatment undoing the vesicles, and the
    slash name for a loss-of-function arm)"""
    read = read_asserted(
        "Engineered MSC exosomes in endometritis",
        "Exosomes were isolated from bone marrow MSCs (BMSCs) transfected with an inhibitor.",
        sentence,
    )
    assert [r for r in read if r[2] == "protective"]


def test_an_inhibitor_given_with_the_vesicles_still_undoes_them() -> None:
    read = read_abstract(
        "Bone marrow MSC exosomes in endometritis",
        "Exosomes were isolated from bone marrow MSCs (BMSC-Exos).",
        "BMSC-Exos with a PI3K inhibitor increased apoptosis.",
    )
    assert not [r for r in read if r[2] == "pathogenic"]


QUESTION = "Could mesenchymal stem cell exosomes treat lung injury?"


def test_properties_credited_to_the_evs_are_theirs_whatever_is_done_with_them() -> None:
    """(read with no direction: the keyword window took the 'limited or no options' of the
    relative clause for a denial, and the parse route wanted the main verb asserted). In a
    review, as the record this came from: in a study's abstract, what the field is testing the
    EVs for is background (seventy-seventh session)."""
    read = read_abstract(
        QUESTION,
        "In this review, we summarize what is known.",
        "MSC exosomes are being tested in many diseases that have few or no treatments, thanks "
        "to their anti-inflammatory, immunomodulatory, and pro-angiogenic properties.",
    )
    assert ("inflammatory response", "decrease", "protective") in read
    assert ("angiogenesis", "increase", "regenerative") in read


def test_a_listed_prefixed_adjective_reads_before_its_effect_noun() -> None:
    read = read_abstract(
        QUESTION,
        "MSC exosomes exert anti-inflammatory, immunomodulatory and anti-apoptotic effects.",
    )
    assert ("inflammatory response", "decrease", "protective") in read
    assert ("apoptotic process", "decrease", "protective") in read


def test_properties_credited_to_other_cells_are_not_the_evs() -> None:
    read = read_abstract(
        QUESTION,
        "Macrophages are studied in lung injury thanks to their pro-inflammatory properties.",
    )
    assert not [r for r in read if r[0] == "inflammatory response"]


def test_another_s_possessive_still_owns_its_effect() -> None:
    read = read_abstract(
        "MSC exosomes and cisplatin in ovarian cancer",
        "Exosomes were isolated from bone marrow MSCs and added to ovarian cancer cells.",
        "The exosomes enhanced cisplatin's anti-tumour, anti-proliferative and pro-apoptotic "
        "effects.",
    )
    assert not [r for r in read if r[2] == "pro_tumor"]


FLAP = "Bone marrow MSC exosomes in skin flaps"
FLAP_GIVEN = "Exosomes were isolated from bone marrow MSCs and injected into the flaps of rats."


def test_p_values_in_brackets_do_not_break_the_parse() -> None:
    """(read nothing: '(P<0.05)' after each readout split the sentence's list)"""
    read = read_asserted(
        FLAP,
        FLAP_GIVEN,
        "Staining of the distal zone showed higher vessel density (P<0.05) and better "
        "angiogenesis (P < 0.01) in the exosome group.",
    )
    assert ("angiogenesis", "increase", "regenerative") in read


def test_a_bracket_that_is_no_statistic_stays() -> None:
    from exoatlas.read.repair import prepared

    sentence = "The EVs raised platelet-derived growth factor (PDGF) in the flap (n = 6)."
    text = prepared(sentence)
    assert "(PDGF)" in text and "n = 6" not in text and len(text) == len(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Histology showed less fibrosis in the exosome group than in the PBS group.",
        "Masson staining showed less fibrosis in the exosome group.",
    ],
)
def test_an_assay_showing_a_change_in_the_evs_group_is_theirs(sentence: str) -> None:
    """(read nothing: the parse hung the group's 'in' phrase on the object, not the verb)"""
    assert ("Fibrosis", "decrease", "protective") in read_asserted(FLAP, FLAP_GIVEN, sentence)


def test_an_assay_showing_a_change_in_the_control_group_is_turned_by_its_than() -> None:
    read = read_asserted(
        FLAP,
        FLAP_GIVEN,
        "Histology showed less fibrosis in the PBS group than in the exosome group.",
    )
    assert not [r for r in read if r[2] == "protective"]


def test_a_change_demonstrated_in_the_evs_group_is_theirs() -> None:
    """(read nothing: 'demonstrated' was no verb of observation)"""
    read = read_asserted(
        "Bone marrow MSC exosomes in liver injury",
        "Exosomes were isolated from bone marrow MSCs and added to injured hepatocytes.",
        "Higher cell viability was demonstrated in the exosome-treated group than in the "
        "untreated group.",
    )
    assert ("cell survival", "increase", "regenerative") in read


def test_a_review_s_have_been_found_to_is_its_claim() -> None:
    """(read nothing: 'have been found to' marked earlier work, which in a review is every claim)"""
    read = read_abstract(
        "Exosomes in pregnancy disorders: a review",
        "Exosomes of mesenchymal stem cells have been found to have tumour-suppressing effects.",
        scored=False,
    )
    assert [r for r in read if r[2] == "anti_tumor"]


def test_a_primary_study_s_have_been_found_to_is_still_earlier_work() -> None:
    read = read_asserted(
        "Bone marrow MSC exosomes in liver fibrosis",
        "Exosomes of MSCs have been found to have anti-fibrotic effects in the lung.",
        "Exosomes were isolated from bone marrow MSCs and given to mice with liver fibrosis.",
    )
    assert not [r for r in read if r[0] == "Fibrosis"]


@pytest.mark.parametrize(
    ("sentence", "verb", "object_"),
    [
        ("The BMSC-Exos significantly improved in vivo cardiac function.", "improved", "function"),
        ("The BMSC-Exos inhibited in vitro cell apoptosis.", "inhibited", "apoptosis"),
    ],
)
def test_a_setting_between_a_verb_and_its_object_is_parsed_past(
    sentence: str, verb: str, object_: str
) -> None:
    """(the parser took 'in' for a preposition whose object was the verb's own: only the keyword
    window read the change)"""
    from exoatlas.read.parsing import nlp
    from exoatlas.read.repair import prepared

    doc = nlp()(prepared(sentence))
    trigger = next(t for t in doc if t.text == verb)
    assert [c.text for c in trigger.children if c.dep_ == "dobj"] == [object_]
    read = read_asserted(HEART, HEART_GIVEN, sentence)
    assert read and all(r[2] in ("protective", "regenerative") for r in read)


def test_a_setting_after_another_word_stays_as_written() -> None:
    from exoatlas.read.repair import prepared

    for sentence in ("We performed in vitro experiments.", "The EVs reduced fibrosis in vivo."):
        assert prepared(sentence) == sentence


def test_stroke_volume_is_a_measure_of_the_heart_not_a_stroke() -> None:
    """(an increase in stroke volume grounded as the disease Stroke raised, pathogenic)"""
    read = read_records(
        HEART,
        HEART_GIVEN,
        "There was an increase in cardiac output and stroke volume in the BMSC-Exos group "
        "compared with the control group.",
    )
    assert read
    assert all(r.finding.outcome.role != "pathogenic" for r in read)
    assert all(
        r.finding.recipient.disease is None or r.finding.recipient.disease.label != "Stroke"
        for r in read
    )


def test_a_tumour_named_only_by_the_cells_used_late_in_the_abstract_is_a_tumour_study() -> None:
    """(the session's first tumour test needed tumour words in two sentences: a newcomer review's
    abstract naming its sarcoma cells only in its last sentence read pro-tumour changes as
    regeneration)"""
    read = read_asserted(
        "Bone marrow MSC exosomes carry miR-21",
        "Exosomes were isolated from bone marrow MSCs.",
        "The exosomes raised the proliferation of the recipient cells.",
        "They also raised their migration.",
        "Cells of an osteosarcoma line and a chondrosarcoma line were the recipients.",
    )
    assert read and all(r[2] == "pro_tumor" for r in read)


@pytest.mark.parametrize(
    "title",
    [
        "Lack of oncogenic role of bone marrow MSC exosomes in gastric cancer",
        "Lack of protective role of bone marrow MSC exosomes in sepsis",
    ],
)
def test_a_role_an_absence_noun_holds_is_no_claim(title: str) -> None:
    """(a newcomer review: read as the cancer raised, and as sepsis lowered)"""
    assert not read_abstract(title, "Exosomes were isolated from bone marrow MSCs and studied.")


def test_no_evidence_for_a_role_is_no_claim() -> None:
    read = read_abstract(
        "Bone marrow MSC exosomes in sepsis",
        "Exosomes were isolated from bone marrow MSCs and studied.",
        "We found no evidence for a protective role of the MSC exosomes in sepsis.",
    )
    assert not [r for r in read if r[0] == "Sepsis"]


def test_the_role_of_a_cargo_in_the_cells_is_not_the_vesicles() -> None:
    read = read_abstract(
        "Protective role of miR-223 in MSCs in sepsis",
        "Exosomes were isolated from bone marrow MSCs and studied.",
    )
    assert not [r for r in read if r[0] == "Sepsis"]


def test_vesicles_of_msc_given_an_inhibitor_reduce_in_the_past_tense_too() -> None:
    """(read nothing: the inhibitor named with the MSCs made the subject a loss-of-function
    arm)"""
    read = read_asserted(
        HEART,
        HEART_GIVEN,
        "Exosomes from BMSCs with a miR-155 inhibitor reduced cardiomyocyte apoptosis.",
    )
    assert ("apoptotic process", "decrease", "protective") in read


def test_vesicles_of_knocked_down_msc_are_still_an_arm() -> None:
    read = read_abstract(
        HEART, HEART_GIVEN, "Exosomes from miR-21-knockdown MSCs increased cardiomyocyte apoptosis."
    )
    assert not [r for r in read if r[2] == "pathogenic"]


COLITIS = "Bone marrow MSC exosomes in colitis"
COLITIS_GIVEN = "Exosomes of bone marrow MSCs (BMSC-Exos) were given to mice with colitis."


@pytest.mark.parametrize(
    "sentence",
    [
        "The BMSC-Exos reduced the number of Th17 cells.",
        "The BMSC-Exos reduced the infiltration of Th17 cells into the colon.",
    ],
)
def test_fewer_th17_cells_are_less_th17_differentiation(sentence: str) -> None:
    """(read nothing: only the proportion or percentage of Th17 cells was a process)"""
    read = read_asserted(COLITIS, COLITIS_GIVEN, sentence)
    assert ("T-helper 17 cell differentiation", "decrease", "protective") in read


def test_th17_cells_listed_before_tregs_keep_each_their_own_change() -> None:
    read = read_asserted(
        COLITIS,
        COLITIS_GIVEN,
        "The BMSC-Exos inhibited the infiltration of Th17 cells but promoted regulatory T cells "
        "in the colon.",
    )
    assert ("regulatory T cell frequency", "increase", "regenerative") in read
    assert not [r for r in read if r[0].startswith("T-helper 17") and r[1] == "increase"]


LUNG = "Bone marrow MSC exosomes in lung injury"
LUNG_GIVEN = "Exosomes were isolated from bone marrow MSCs and given to mice with lung injury."


def test_neutrophil_vesicles_are_another_origin_s() -> None:
    """(read as the study's vesicles raising inflammation: 'neutrophil' was no other origin)"""
    assert not read_abstract(LUNG, LUNG_GIVEN, "Neutrophil EVs increased lung inflammation.")


def test_another_origin_s_vesicles_as_the_subject_assert_nothing_of_the_msc_evs() -> None:
    """(a newcomer review: the comma-listed adjectives of the neutrophils' vesicles were credited
    to the MSC-EVs the sentence contrasts them with)"""
    read = read_records(
        LUNG,
        LUNG_GIVEN,
        "Unlike MSC-EVs, neutrophil EVs exert pro-inflammatory, pro-coagulant and pro-thrombotic "
        "effects.",
    )
    # (the keyword window, which cannot tell the two apart, still reads one: left for later)
    assert not [r for r in read if r.evidence.extractor.endswith("deep:adjective")]


def test_vesicles_of_msc_transfected_with_a_knockdown_construct_are_an_arm() -> None:
    """(a newcomer review: read as the EVs raising apoptosis, pathogenic)"""
    read = read_abstract(
        HEART,
        HEART_GIVEN,
        "Exosomes from MSCs transfected with si-HIF1a increased cardiomyocyte apoptosis compared "
        "with native exosomes.",
    )
    assert not [r for r in read if r[2] == "pathogenic"]


KIDNEY = "Bone marrow MSC EVs in kidney injury"
KIDNEY_GIVEN = (
    "EVs were isolated from bone marrow MSCs (MSC-EVs) and given to mice with kidney injury."
)


@pytest.mark.parametrize(
    "sentence",
    [
        "The renoprotective effect of the MSC-EVs was not lost after storage in the cold.",
        "There was no loss of the protective effect of the MSC-EVs after freeze-drying.",
    ],
)
def test_a_loss_denied_keeps_the_benefit(sentence: str) -> None:
    """(a second newcomer review: the session's absence rule read 'no loss of' and 'not lost' as
    the benefit denied)"""
    read = read_abstract(KIDNEY, KIDNEY_GIVEN, sentence)
    assert [r for r in read if r[2] == "protective"]


def test_a_benefit_lost_is_no_benefit() -> None:
    read = read_abstract(
        KIDNEY, KIDNEY_GIVEN, "The protective effect of the MSC-EVs was lost after storage."
    )
    assert not [r for r in read if r[2] == "protective"]


def test_vesicles_of_msc_given_a_control_construct_are_the_ordinary_vesicles() -> None:
    read = read_asserted(
        KIDNEY, KIDNEY_GIVEN, "Exosomes from MSCs transfected with si-NC reduced tubular apoptosis."
    )
    assert ("apoptotic process", "decrease", "protective") in read


def test_a_clause_of_the_msc_evs_own_keeps_their_effect_beside_another_origin_s() -> None:
    read = read_abstract(
        LUNG,
        LUNG_GIVEN,
        "Neutrophil EVs worsened lung injury, whereas MSC-EVs exerted anti-inflammatory effects.",
    )
    assert ("inflammatory response", "decrease", "protective") in read
