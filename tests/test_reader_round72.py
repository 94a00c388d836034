"""Seventy-second session: two title shapes from real MSC-EV papers collected from public pages,
read with their abstracts cut short (as the corpus's source cuts some), shown with titles written
for these tests (never a paper's own words): a cargo named before the vesicles with a verb in
'-s' ahead of a noun compound whose first word can be a verb ('fracture healing'), and vesicles
called 'secreted' after the MSCs that a condition primed."""

from __future__ import annotations

import pytest

from .reading import read_abstract, read_title


@pytest.mark.parametrize(
    "title",
    [
        "Exosomal miR-31 from marrow MSCs promotes fracture healing in mice",
        "miR-31 carried by marrow MSC-derived exosomes accelerates fracture healing",
        "Exosomal miR-31 from marrow MSCs promotes fracture healing by targeting SOX6",
    ],
)
def test_a_cargo_subject_before_a_compound_whose_first_word_can_be_a_verb(title: str) -> None:
    """The parser reads 'fracture' as a verb of its own and 'healing' as its object; read as the
    compound it is, fracture healing raised (each read nothing before)."""
    found = read_title(title)
    assert [(p, d, r) for p, d, r in found if "healing" in p] == [
        ("fracture healing", "increase", "regenerative")
    ]


@pytest.mark.parametrize(
    "title",
    [
        "Priming MSCs with interferon boosts the regenerative activity of secreted exosomes",
        "Priming MSCs with interferon boosts the regenerative activity of the released vesicles",
    ],
)
def test_vesicles_called_secreted_after_the_primed_msc_are_theirs(title: str) -> None:
    """'secreted' or 'released' vesicles after the MSCs, nothing between that could have made
    them, are the MSCs' own, as 'their vesicles' are (each read nothing before)."""
    found = read_title(title)
    assert ("tissue regeneration", "increase", "regenerative") in found


@pytest.mark.parametrize(
    "title",
    [
        "Marrow MSCs suppress the pro-fibrotic activity of secreted exosomes in liver fibrosis",
        "Primed MSCs dampen the pro-inflammatory activity of secreted exosomes in sepsis",
        "Primed MSCs reduce the pro-inflammatory activity of the released vesicles from lungs",
    ],
)
def test_vesicles_the_msc_act_against_are_not_theirs(title: str) -> None:
    """(guards, from the newcomer review, where each read as MSC vesicles raising a harm: the
    MSCs damp someone's secreted vesicles, or the vesicles' source follows them. The primed
    'dampen' title fails without the damping-verb check; the other two are held by more than
    one check: no priming condition, the damping verb, the source after the vesicles)"""
    assert read_title(title) == []


def test_secreted_vesicles_after_other_cells_are_not_the_msc_own() -> None:
    """Hepatocytes between the MSCs and 'secreted exosomes' may have made them: no finding
    credits MSC vesicles with the change (fails without the check for cells between)."""
    title = (
        "Conditioned medium of MSCs makes hepatocytes boost the regenerative activity of"
        " secreted exosomes"
    )
    assert read_title(title) == []


def test_a_cargo_moving_verb_in_s_ends_the_name_of_the_vesicles() -> None:
    """'transfers' after a long name of the vesicles is parsed as a plural noun, and ends in
    '-ers' as agent nouns do; as a verb of no direction with a trigger after it, it ends the
    name, which is read again as 'They' (read nothing before)."""
    found = read_title(
        "Umbilical cord MSC-derived exosomes transfers miR-19a to protect cardiomyocytes from"
        " myocardial infarction"
    )
    assert found == [("Myocardial Infarction", "decrease", "protective")]


def test_a_measure_taken_in_a_methods_sentence_is_no_change() -> None:
    """An abstract cut short after its Methods: the keyword window read 'activated' and
    'clinical scores' as the disease made worse. Saying how scores were determined says nothing
    of which way they went (fails without the 'measure_taken' gate)."""
    found = read_abstract(
        "Marrow MSC exosomes in rabbits with lacrimal gland inflammation",
        "Sick rabbits were given marrow MSC exosomes or saline after a transfer of activated"
        " lymphocytes, and clinical scores were determined by assessing tear secretion.",
    )
    assert [(p, d, r) for p, d, r in found if d != "unknown"] == []


def test_a_cancer_named_by_its_short_form_makes_a_tumour_study() -> None:
    """A title whose cancer is only 'CML cells' (the abstract cut before the long form): more
    drug resistance there helps the tumour, not a harm in a non-tumour disease (``cues.tsv``
    'tumour_abbreviation', which round 63's guards keep off 'CML accumulation')."""
    found = read_title("Exosomes of marrow MSCs raise drug resistance of CML cells to imatinib")
    assert [r for _, d, r in found if d == "increase"] == ["pro_tumor"]


def test_the_printed_misspelling_exsome_names_vesicles() -> None:
    """'exsomes' as printed in a real title named no vesicles: the paper's claim was lost."""
    assert read_title("Marrow MSC-derived exsomes alleviate colitis in mice") == [
        ("Colitis", "decrease", "protective")
    ]


@pytest.mark.parametrize(
    "title", ["Marrow MSC exosomes in scleroderma", "Marrow MSC exosomes in systemic sclerosis"]
)
def test_fibroblasts_growing_is_the_disease_in_a_fibrotic_disease_named_so(title: str) -> None:
    """A study titled by a fibrotic disease's own name (no word 'fibrosis' in it): fewer dermal
    fibroblasts growing is a benefit (read as a harm before)."""
    found = read_abstract(
        title,
        "Mice with thickened skin received marrow MSC exosomes (M-Exos).",
        "M-Exos inhibited the proliferation of dermal fibroblasts.",
    )
    assert {r for _, d, r in found if d == "decrease"} == {"protective"}


_OIR = "Marrow MSC exosomes worsen retinal neovascularization in oxygen-induced retinopathy"


@pytest.mark.parametrize(
    "sentence",
    [
        # 'ischemic retinopathy' made the study one of ischaemia, where vessels growing is the
        # repair; retinopathy is a disease of vessel overgrowth (cue 'ischaemia_study')
        "Thus M-Exos promote neovascularization in ischemic retinopathy.",
        # tube formation was no effector (cue 'angiogenesis_effector')
        "M-Exos enhanced tube formation of retinal endothelial cells.",
    ],
)
def test_vessel_growth_in_a_retinopathy_is_the_disease(sentence: str) -> None:
    """More vessel growth in oxygen-induced retinopathy is a harm (each read as a repair
    before)."""
    found = read_abstract(_OIR, "OIR mice received marrow MSC exosomes (M-Exos).", sentence)
    assert {r for _, d, r in found if d == "increase"} == {"pathogenic"}


def test_endothelial_cells_kept_alive_stay_a_repair_in_retinopathy() -> None:
    """(guard, from the newcomer review: endothelial cells as such are no effector; fewer of
    them dying under high glucose is the repair in diabetic retinopathy)"""
    found = read_abstract(
        "Marrow MSC exosomes in diabetic retinopathy",
        "Retinal endothelial cells in high glucose received marrow MSC exosomes (M-Exos).",
        "M-Exos reduced the apoptosis of retinal endothelial cells.",
    )
    assert found == [("apoptotic process", "decrease", "protective")]


def test_a_result_with_no_agent_after_the_vesicles_are_applied_in_a_carrier() -> None:
    """An agentless result is the vesicles' after a sentence that gives them, here applied in a
    carrier to a site (read nothing before)."""
    found = read_abstract(
        "Cord MSC exosomes in hearing loss",
        "Exosomes from cord MSCs (C-Exos) were applied in a gelatin sponge to the round window"
        " niche of guinea pigs.",
        "Inflammation was markedly reduced.",
    )
    assert found == [("inflammatory response", "decrease", "protective")]


def test_a_measure_taken_beside_its_result_is_still_read() -> None:
    """(guard, from the newcomer review: the 'measure_taken' gate holds only in a sentence that
    states no change)"""
    found = read_abstract(
        "Marrow MSC exosomes in stroke",
        "After marrow MSC exosome treatment, infarct size was determined by TTC staining and"
        " was reduced by half.",
    )
    assert [d for _, d, _ in found] == ["decrease"]
