"""Forty-sixth session: shapes of real result sentences the reader missed or misread, each shown
with sentences written for these tests (never a record's own words)."""

from __future__ import annotations

import pytest

from exoatlas.read.parsing import nlp
from exoatlas.read.repair import prepared
from exoatlas.vocab import rules

from .reading import kept_by_triage, read_abstract, read_asserted

TITLE = "Mesenchymal stem cell extracellular vesicles (MSC-EVs) in injury"
CORD = "Bone marrow MSC exosomes after spinal cord injury"


@pytest.mark.parametrize(
    "sentence",
    [
        "BMSC-Exos converted A1 astrocytes into A2 astrocytes.",
        "BMSC-Exos shifted astrocytes from the A1 to the A2 phenotype.",
        "BMSC-Exos induced the conversion of A1 astrocytes into A2 astrocytes.",
    ],
)
def test_reactive_astrocytes_turned_into_a2_ones_are_fewer(sentence: str) -> None:
    """(read as astrocyte activation raised, pathogenic: the A1 astrocytes the cells leave were
    read as the verb's object)"""
    read = read_asserted(CORD, sentence)
    assert ("astrocyte activation", "decrease", "protective") in read
    assert not [r for r in read if r[2] == "pathogenic"]


def test_astrocytes_kept_from_turning_a1_are_fewer_a1() -> None:
    read = read_asserted(CORD, "BMSC-Exos prevented the conversion of astrocytes into A1 ones.")
    assert not [r for r in read if r[2] == "pathogenic"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The MSC-EVs lowered cleaved caspase-3 and cleaved PARP in the neurons.",
        "The MSC-EVs lowered cleaved-caspase-3 and cleaved-PARP in the neurons.",
        "The MSC-EVs lowered the amount of cleaved-caspase 3 in the neurons.",
    ],
)
def test_cleaved_markers_listed_bare_or_numbered_apart_mark_apoptosis(sentence: str) -> None:
    """(read nothing: the tokenizer split 'cleaved-caspase-3' at its hyphen and the parser took
    'cleaved' for a verb; 'caspase 3' with its number apart was no marker name)"""
    assert ("apoptotic process", "decrease", "protective") in read_asserted(TITLE, sentence)


def test_cleaved_marker_is_one_token_for_the_parser() -> None:
    text = prepared("The EVs lowered cleaved caspase-3 and cleaved-PARP.")
    assert len(text) == len("The EVs lowered cleaved caspase-3 and cleaved-PARP.")
    words = [t.text for t in nlp()(text)]
    assert "cleaved_caspase-3" in words and "cleaved_PARP" in words


@pytest.mark.parametrize(
    ("written", "known"),
    [
        ("cleaved-caspase 3", "cleaved caspase-3"),
        ("IL 6", "IL-6"),
        ("cleaved_PARP", "cleaved PARP"),
    ],
)
def test_a_marker_name_is_the_same_with_a_hyphen_or_a_space(written: str, known: str) -> None:
    found, same = rules.marker_readout(written), rules.marker_readout(known)
    assert found is not None and same is not None
    assert found[0].key() == same[0].key()


@pytest.mark.parametrize(
    "sentence",
    [
        "The loss of miR-375 carried by MSC-EVs worsened neuronal apoptosis.",
        "The lack of miR-21 in the MSC-EVs raised neuronal apoptosis.",
    ],
)
def test_the_loss_of_a_cargo_rna_is_an_arm_not_the_evs_harm(sentence: str) -> None:
    """(read as the EVs raising apoptosis, pathogenic: 'carried by' made the arm look like a
    cargo loaded into the vesicles)"""
    read = read_asserted(TITLE, sentence)
    assert not [r for r in read if r[0] == "apoptotic process" and r[1] == "increase"]


def test_evs_reversing_a_cargo_loss_are_still_read() -> None:
    read = read_asserted(TITLE, "MSC-EVs reversed the loss of miR-126 and lowered apoptosis.")
    assert ("apoptotic process", "decrease", "protective") in read


@pytest.mark.parametrize(
    "sentence",
    [
        "We primed mesenchymal stem cells (MSCs) with melatonin to generate modified EVs.",
        "We treated MSCs with a statin to produce vesicles (S-EVs).",
    ],
)
def test_msc_treated_to_make_vesicles_are_their_source(sentence: str) -> None:
    """(kept nothing: the treatment verb before the MSCs and 'to' before the verb of making)"""
    assert kept_by_triage(sentence, "The S-EVs lowered renal fibrosis in mice.")


def test_mscs_treated_with_a_drug_alone_make_no_vesicles() -> None:
    assert not kept_by_triage(
        "We treated MSCs with a statin to study their growth.",
        "Exosomes from tumour cells raised migration.",
    )


def test_the_cells_short_form_between_them_and_their_process_moves_after_it() -> None:
    """(the parser made 'cells' the object and the processes its modifiers: apoptosis of smooth
    muscle cells lowered, a harm in pulmonary hypertension)"""
    sentence = (
        "In culture, MSC-EVs could markedly reduce hypoxia-induced pulmonary arterial endothelial "
        "cell (PAEC) apoptosis and pulmonary arterial smooth muscle cells (PASMC) proliferation."
    )
    text = prepared(sentence)
    assert len(text) == len(sentence)
    assert "cell apoptosis (PAEC)" in text and "cells proliferation (PASMC)" in text
    read = read_asserted("MSC exosomes in pulmonary hypertension", sentence)
    assert ("apoptotic process", "decrease", "protective") in read
    assert ("smooth muscle cell proliferation", "decrease", "protective") in read
    assert not [r for r in read if r[2] == "pathogenic"]


def test_a_short_form_before_a_verb_stays() -> None:
    text = "EVs from bone marrow stromal cells (BMSCs) were given."
    assert prepared(text) == text


def test_more_cancer_stem_cells_help_the_tumour() -> None:
    """(read only a cargo transfer: 'the population of CSCs' named no process)"""
    read = read_asserted(
        "Exosomes from BM-MSCs raise the proportion of CSCs through miR-100 transfer",
        "Colon cancer cells were given exosomes from bone marrow MSCs.",
        "Tumour growth was followed in mice bearing colon cancer.",
    )
    assert ("cell stemness", "increase", "pro_tumor") in read


def test_cscs_outside_a_tumour_are_no_stemness() -> None:
    read = read_asserted(
        "MSC exosomes in heart repair",
        "MSC-EVs raised the proportion of CSCs in the infarcted heart.",
    )
    assert not [r for r in read if r[0] == "cell stemness"]


def test_a_title_s_tumour_is_its_abstract_s() -> None:
    """(the title's own words name no tumour: its stemness was read with no tumour context)"""
    read = read_asserted(
        "BM-MSC exosomes raise the stemness of the cells they reach",
        "We studied colon cancer cells exposed to the vesicles.",
        "Colon cancer xenografts were grown in mice.",
    )
    assert ("cell stemness", "increase", "pro_tumor") in read


@pytest.mark.parametrize(
    "sentence",
    [
        "MSC-EVs raised the hair count in mice with androgenetic alopecia.",
        "MSC-EVs increased terminal hair density and hair shaft diameter in the patients.",
    ],
)
def test_hair_counts_and_diameters_measure_hair_growth(sentence: str) -> None:
    read = read_asserted("MSC exosomes for hair loss", sentence)
    assert ("hair follicle development", "increase", "regenerative") in read


def test_abolishing_a_stimulus_s_promoting_effect_lowers_what_it_promoted() -> None:
    """(read apoptosis raised, pathogenic: 'promoting' is tagged a participle, not an
    adjective, so the effect noun had no direction)"""
    read = read_asserted(TITLE, "MSC-EVs abolished the promoting effect of LPS on apoptosis.")
    assert ("apoptotic process", "decrease", "protective") in read
    assert not [r for r in read if r[2] == "pathogenic"]


def test_an_inhibitory_effect_in_a_clause_of_its_own_is_undone_on_each_item() -> None:
    read = read_asserted(
        TITLE,
        "MSC-EVs relieved the inhibitory effect that high pressure has on growth and viability "
        "of disc cells.",
    )
    assert ("cell survival", "increase", "regenerative") in read
    assert not [r for r in read if r[2] == "pathogenic"]


def test_a_list_parsed_as_one_noun_phrase_gives_each_item() -> None:
    """'attenuated renal injury and cell proliferation': 'injury' parsed as a modifier of
    'proliferation' with 'cell' its conjunct; the injury was lost and the proliferation read
    alone, a regeneration lowered (pathogenic)"""
    read = read_asserted(
        "Cord MSC exosomes after ureteral obstruction",
        "In obstructed mice the MSC-EVs attenuated renal injury and cell proliferation.",
    )
    assert [r for r in read if r[1] == "decrease" and "njur" in r[0]]
    assert not [r for r in read if r[2] == "pathogenic"]


def test_an_exosomal_rna_said_to_be_in_mscs_is_theirs() -> None:
    """(kept nothing: the title's 'Exosomal miR-X in bone marrow MSCs promotes myeloma' linked
    the vesicles to their source with 'in', which triage took for no link)"""
    title = "Exosomal miR-100 in bone marrow mesenchymal stem cells promotes myeloma progression"
    assert kept_by_triage("Myeloma cells live beside stromal cells.", title=title)
    read = read_asserted(title, "Myeloma cells live beside stromal cells.")
    assert ("tumor growth", "increase", "pro_tumor") in read


@pytest.mark.parametrize(
    "sentence",
    ["Exosomes in MSCs were counted after uptake.", "Tumour exosomal miR-21 in MSCs rose."],
)
def test_vesicles_in_mscs_are_not_theirs_without_the_adjective(sentence: str) -> None:
    assert not kept_by_triage(sentence)


def _cut(title: str) -> list[tuple[str, str, str]]:
    """What a study whose abstract its source cut mid-sentence (after its background) is read
    for: its title's aim (hedged, ``read.review_topic``, or the title's own claim)."""
    return read_abstract(
        title,
        "Stromal cells release vesicles that carry proteins and RNAs between cells.",
        "Here we studied how such vesicles act in rats that were given",
    )


@pytest.mark.parametrize(
    ("title", "disease"),
    [
        (
            "Cardioprotective mechanism of cord MSC-derived vesicles in doxorubicin cardiomyopathy",
            "Cardiomyopathies",
        ),
        (
            "Preconditioned MSC exosomes for tubular cell restoration in hypoxia/reoxygenation "
            "injury",
            "Reperfusion Injury",
        ),
    ],
)
def test_a_cut_short_study_s_title_states_its_aim(title: str, disease: str) -> None:
    """(read nothing: an organ's protective mechanism and 'for ... restoration' were no aim,
    and the cultured cells' hypoxia/reoxygenation injury named no disease)"""
    assert (disease, "decrease", "protective") in _cut(title)


def test_a_conjunct_with_its_own_verb_is_not_under_the_undone_effect() -> None:
    """(the first list reading took 'suppress LPS-induced apoptosis', misparsed as a conjunct of
    the effect's target, for a second target undone: apoptosis raised, pathogenic)"""
    read = read_asserted(
        TITLE,
        "Results: The MSC-EVs had the capacity to reverse the LPS-induced inhibitory effect on "
        "pulp stem cells proliferation and suppress LPS-induced apoptosis.",
    )
    assert not [r for r in read if r[0] == "apoptotic process" and r[1] == "increase"]


def test_apoptosis_and_cell_cycle_arrest_raised_help_no_tumour() -> None:
    read = read_asserted(
        "Cord MSC exosomes carrying miR-145 in pancreatic cancer",
        "The exosomal miR-145 lowered pancreatic cancer cell proliferation and increased "
        "apoptosis and cell cycle arrest.",
    )
    assert not [r for r in read if r[2] == "pro_tumor"]


def test_depriving_the_vesicles_of_a_cargo_is_an_arm() -> None:
    """(read the EVs lowering the tumour's stemness, anti-tumour, in a study where they raise it)"""
    read = read_asserted(
        "Exosomes from BM-MSCs raise the proportion of CSCs in colon cancer",
        "Depriving miR-100 from the BM-MSC exosomes lowered the population of colon CSCs.",
    )
    assert not [r for r in read if r[2] == "anti_tumor"]


def test_a_cargo_loss_the_evs_cause_is_their_effect() -> None:
    """(the first arm rule took any 'loss of miR-X' for an arm, dropping the EVs' own effect)"""
    read = read_asserted(
        TITLE, "The MSC-EVs caused a loss of miR-155 in macrophages and lowered colitis."
    )
    assert [r for r in read if r[1] == "decrease" and r[2] == "protective"]


_GIVEN = (
    "Here, we exposed cultured cardiomyocytes to hypoxia.",
    "The cardiomyocytes were then treated with exosomes derived from MSCs.",
)


@pytest.mark.parametrize(
    "sentence",
    [
        "We noted a marked suppression of apoptosis.",
        "We observed a clear reduction in apoptosis.",
        "We noted a fall in p53 levels that in turn lowered apoptosis.",
        "We saw a clear reduction in apoptosis.",
    ],
)
def test_a_change_the_authors_observed_after_giving_the_evs_is_theirs(sentence: str) -> None:
    """(read nothing: 'We' was taken for the agent of the change they observed)"""
    read = read_asserted("MSC exosomes protect hypoxic cardiomyocytes", *_GIVEN, sentence)
    assert ("apoptotic process", "decrease", "protective") in read


def test_a_harm_the_authors_observed_in_another_group_is_not_the_evs() -> None:
    read = read_asserted(
        "MSC exosomes protect hypoxic cardiomyocytes",
        *_GIVEN,
        "We observed increased apoptosis in the hypoxia group.",
    )
    assert not [r for r in read if r[2] == "pathogenic"]


def test_a_listed_head_naming_a_loss_keeps_its_direction() -> None:
    """(the list reading read 'prevented ... memory dysfunction' as memory lowered, and the
    abnormal neurogenesis item as neurogenesis lowered, both pathogenic)"""
    read = read_asserted(
        "Intranasal MSC exosomes prevent abnormal neurogenesis and memory dysfunction after "
        "seizures",
        "Seizures were induced in mice.",
    )
    assert ("learning or memory", "increase", "regenerative") in read
    assert not [r for r in read if r[2] == "pathogenic"]


@pytest.mark.parametrize("head", ["phenotype", "severity", "manifestations"])
def test_a_disease_s_phenotype_or_severity_stands_for_it(head: str) -> None:
    read = read_asserted(
        "Adipose stem cell exosomes in Huntington's disease",
        f"The adipose MSC exosomes ameliorated the {head} of Huntington's disease in cells.",
    )
    assert ("Huntington Disease", "decrease", "protective") in read


@pytest.mark.parametrize(
    "title",
    [
        "Signalling events in MSC exosome-mediated cytoprotection of hypoxic cardiomyocytes",
        "Pathways of MSC exosome mediated cardioprotection in hypoxic cardiomyocytes",
    ],
)
def test_protection_the_evs_mediate_is_theirs(title: str) -> None:
    """(read nothing: a protection noun's owner was looked for only after 'by' or as the
    subject of a verb showing it)"""
    assert [
        r
        for r in read_abstract(title, "Hypoxia harms heart cells.", "Here, we exposed rat")
        if r[1] == "decrease" and r[2] == "protective"
    ]


def test_a_lack_of_mediated_protection_is_no_protection() -> None:
    found = read_abstract(
        "Lack of MSC exosome-mediated neuroprotection in aged mice", "Aged mice had strokes."
    )
    assert not [r for r in found if r[2] == "protective"]


def test_better_than_a_control_group_is_a_benefit() -> None:
    """(read nothing: any 'than' phrase after 'better' was taken for a comparison of two
    preparations)"""
    read = read_asserted(
        "MSC exosomes in myocardial infarction",
        "Rats with infarcts received MSC-derived exosomes (EVs) or PBS.",
        "Cardiac function was clearly better in the EV group than in the PBS group.",
    )
    assert ("functional recovery", "increase", "regenerative") in read


def test_better_than_another_preparation_is_no_benefit_read() -> None:
    read = read_asserted(
        "MSC exosomes in myocardial infarction",
        "Rats with infarcts received MSC-derived exosomes (EVs) or the MSCs.",
        "Cardiac function was better with the MSCs than with the EVs.",
    )
    assert not [r for r in read if r[0] == "functional recovery"]


def test_evs_that_played_a_role_in_protection_protect() -> None:
    """(read nothing: 'played a role in' set the protection noun apart from the EVs)"""
    read = read_asserted(
        "Cord MSC exosomes after brain trauma",
        "Rats with brain trauma received cord MSC-derived exosomes (MSC-Exos).",
        "Thus MSC-Exos played a central role in neuroprotection after the trauma.",
    )
    assert [r for r in read if r[1] == "decrease" and r[2] == "protective"]


@pytest.mark.parametrize(
    "sentence",
    [
        "MSC-Exos play a role in neuroprotection in many models.",
        "Hypoxia played a key role in neuroprotection after the trauma.",
    ],
)
def test_a_role_in_protection_said_generally_or_of_another_agent_is_not_read(
    sentence: str,
) -> None:
    read = read_asserted(
        "Cord MSC exosomes after brain trauma",
        "Rats with brain trauma received cord MSC-derived exosomes (MSC-Exos).",
        sentence,
    )
    assert not [r for r in read if r[2] == "protective"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Our results showed a clear reduction in apoptosis.",
        "Western blotting showed lowered cleaved caspase-3.",
        "TUNEL staining demonstrated a marked decrease in apoptosis.",
        "Flow cytometry showed that apoptosis was lowered.",
    ],
)
def test_a_change_a_result_or_an_assay_showed_after_giving_the_evs_is_theirs(
    sentence: str,
) -> None:
    """(read nothing: the result or the assay was taken for the change's agent)"""
    read = read_asserted("MSC exosomes protect hypoxic cardiomyocytes", *_GIVEN, sentence)
    assert ("apoptotic process", "decrease", "protective") in read


@pytest.mark.parametrize(
    "sentence",
    [
        "Western blotting showed that hypoxia raised apoptosis.",
        "Our results showed increased apoptosis in the hypoxia group.",
    ],
)
def test_a_harm_an_assay_showed_of_another_agent_is_not_the_evs(sentence: str) -> None:
    read = read_asserted("MSC exosomes protect hypoxic cardiomyocytes", *_GIVEN, sentence)
    assert not [r for r in read if r[2] == "pathogenic"]


@pytest.mark.parametrize(
    "sentence",
    [
        "MSC exosome-mediated neuroprotection was not observed in the aged mice.",
        "MSC exosome-mediated neuroprotection was absent in the aged mice.",
        "MSC exosome-mediated neuroprotection failed to reach significance.",
        "The MSC-Exos played no role in neuroprotection in the aged rats.",
    ],
)
def test_a_denied_protection_is_no_protection(sentence: str) -> None:
    """(the session's first forms of the two rules read each as tissue injury lowered)"""
    read = read_abstract(
        "MSC exosomes in aged mice", "Aged mice with strokes received MSC-Exos.", sentence
    )
    assert not [r for r in read if r[2] == "protective"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The MSC-EVs lowered the expression of type I collagen.",
        "The MSC-EVs downregulated type I and type III collagen.",
    ],
)
def test_type_i_collagen_marks_fibrosis(sentence: str) -> None:
    """(read nothing: the parser took the 'I' of 'type I collagen' for a pronoun)"""
    assert ("Fibrosis", "decrease", "protective") in read_asserted(
        "MSC exosomes in liver fibrosis", sentence
    )


def test_a_joined_name_reads_with_its_space_in_a_label() -> None:
    read = read_asserted(
        "MSC exosomes in liver fibrosis", "MSC-EVs lowered type I collagen deposition."
    )
    assert all("_" not in r[0] for r in read)


def test_a_passive_giving_before_the_own_account_opens_is_the_study_s() -> None:
    """(read nothing: the first 'we' opened the study's account, so the giving sentence before
    it counted as background and the observed change had no vesicles given)"""
    read = read_asserted(
        "MSC exosomes in colitis",
        "Colitis is a chronic disease of the gut.",
        "Mice with DSS colitis were injected with MSC-EVs.",
        "We found reduced colon inflammation.",
    )
    assert ("inflammatory response", "decrease", "protective") in read


def test_the_field_s_giving_in_background_gives_no_vesicles() -> None:
    read = read_asserted(
        "MSC exosomes in colitis",
        "MSC-EVs have been administered in several models.",
        "We found lowered colon inflammation in the DSS group.",
    )
    assert not read


def test_a_harm_judged_better_is_less_of_it() -> None:
    """(read nothing: 'better' was read only of a beneficial process)"""
    read = read_asserted(
        "MSC exosomes in myocardial infarction",
        "Rats with infarcts received MSC-derived exosomes (EVs) or PBS.",
        "Infarct size was clearly better in the EV group than in the PBS group.",
    )
    assert ("tissue injury", "decrease", "protective") in read
