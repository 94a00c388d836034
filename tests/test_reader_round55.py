"""Fifty-fifth session: faults found on real records nobody had annotated (the corpus's DOI-only
records, fresh helper collections of heart, brain, joint and organ abstracts), each shown with
sentences written for these tests (never a record's own words)."""

from __future__ import annotations

import pytest

from exoatlas.read.outcome import parse_outcomes

from .reading import (
    INJURY_OPENING,
    INJURY_TITLE,
    read_abstract,
    read_injured,
    read_records,
    read_title,
)


def _labels(text: str) -> list[str]:
    return [process.label for process, _ in parse_outcomes(text)]


@pytest.mark.parametrize(
    "text",
    ["sealed the annulus fibrosus defects", "the anulus fibrosus of the disc", "cystic fibrosis"],
)
def test_anatomical_latin_and_cystic_fibrosis_name_no_fibrosis(text: str) -> None:
    """(a disc-repair title read as fibrosis raised by the vesicles that repair the annulus)"""
    assert "Fibrosis" not in _labels(text)


@pytest.mark.parametrize("text", ["liver fibrosis", "myelofibrosis", "renal fibrotic changes"])
def test_fibrosis_itself_still_reads(text: str) -> None:
    """guard: the fibrosis cue keeps every scarring word."""
    assert "Fibrosis" in _labels(text)


def test_a_disc_repair_title_is_no_fibrosis_raised() -> None:
    found = read_title("Exosomes of bone marrow MSCs promote annulus fibrosus repair in rats")
    assert not any(label == "Fibrosis" for label, _, _ in found)


def test_cells_sensitive_to_the_vesicles_are_no_drug_resistance_lowered() -> None:
    found = read_injured(
        "The disc cells were more sensitive to hypoxic BM-Exos than to normoxic ones."
    )
    assert not any(label.startswith("Drug Resistance") for label, _, _ in found)


def test_cells_sensitive_to_a_drug_still_read_as_drug_resistance() -> None:
    """guard: 'sensitive to cisplatin' is a drug's."""
    assert any(
        label.startswith("Drug Resistance") for label in _labels("more sensitive to cisplatin")
    )


def test_an_ability_said_to_be_poorly_understood_is_background() -> None:
    found = read_injured("However, whether BM-Exos promote disc repair is poorly understood.")
    assert found == []
    found = read_injured("The capacity of BM-Exos to promote disc repair is poorly understood.")
    assert found == []


@pytest.mark.parametrize(
    "title",
    [
        "Antiaging properties of adipose MSC exosomes on photodamaged skin",
        "Anti-ageing effects of exosomes from adipose mesenchymal stem cells in old mice",
    ],
)
def test_an_anti_aging_title_states_aging_lowered(title: str) -> None:
    """(read nothing: bare 'aging' is no cue, so its 'anti' had nothing to turn round)"""
    assert ("aging", "decrease", "protective") in read_title(title)


def test_aged_animals_are_no_aging_changed() -> None:
    """guard: 'aged mice', 'aging mice' are a setting."""
    found = read_injured("BM-Exos improved memory in aging mice.")
    assert not any(label == "aging" for label, _, _ in found)


def test_excitotoxicity_is_neuronal_degeneration() -> None:
    found = read_title("Adipose MSC-derived vesicles lessen glutamate excitotoxicity in the retina")
    assert ("neuronal degeneration", "decrease", "protective") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "BM-Exos were injected two hours after the induction of spinal cord injury.",
        "Giving BM-Exos one hour after the induction of a cortical impact injury led to their "
        "uptake by neurons.",
    ],
)
def test_a_change_noun_after_a_preposition_of_time_is_when_not_what(sentence: str) -> None:
    """(read as the injury raised by the vesicles, pathogenic, in a protective study)"""
    found = read_injured(sentence)
    assert not any(role == "pathogenic" for _, _, role in found)


def test_a_change_noun_the_vesicles_cause_still_reads() -> None:
    """guard: 'led to the induction of apoptosis' is the vesicles' own change."""
    found = read_abstract(
        "Bone marrow MSC exosomes in breast cancer",
        "Breast cancer cells were given exosomes of bone marrow MSCs (BM-Exos).",
        "BM-Exos led to the induction of apoptosis in the tumour cells.",
    )
    assert ("apoptotic process", "increase", "anti_tumor") in found


def test_a_marker_before_a_comma_is_not_the_next_items_comparative() -> None:
    """(the parser hung CD206 on the second 'levels': an M2 marker read as lowered)"""
    found = read_injured(
        "The group given BM-Exos had markedly higher levels of CD206, markedly lower MMP-3 "
        "levels, and markedly higher TIMP-1 levels at the repair site."
    )
    assert ("macrophage polarization to M2", "decrease", "pathogenic") not in found
    assert ("macrophage polarization to M2", "increase", "regenerative") in found


def test_the_outer_change_reads_the_items_a_later_item_was_given() -> None:
    """(the parser hung the first items on the second 'levels': only 'lowered' read them,
    and the lowered SOD as oxidative stress raised)"""
    found = read_injured(
        "BM-Exos suppressed the toxin-raised levels of NO, MDA, and LDH, and lowered levels of SOD."
    )
    assert any(d == "decrease" and role == "protective" for _, d, role in found)
    assert not any(role == "pathogenic" for _, _, role in found)


def test_a_list_of_states_a_verb_acted_on_is_no_change_of_its_last_item() -> None:
    """('inhibited the raised levels of A, B and C, and lowered levels of D': the lowered D was
    read as a change of its own, oxidative stress raised)"""
    found = read_injured(
        "BM-Exos inhibited the cisplatin-elevated levels of ROS, NO, and MDA, and reduced levels "
        "of GSH."
    )
    assert not any(role == "pathogenic" for _, _, role in found)


def test_a_list_of_two_states_parsed_as_a_second_clause_is_no_change() -> None:
    """('..., and lowered levels of SOD' parsed as a clause coordinated with the verb: the
    newcomer review's two-item lists)"""
    found = read_injured(
        "BM-Exos inhibited the raised levels of NO and MDA, and lowered levels of GSH."
    )
    assert not any(role == "pathogenic" for _, _, role in found)


def test_a_second_change_after_a_plain_list_still_reads() -> None:
    """guard: 'reduced the levels of A and B, and increased levels of C' (no state on the first
    item): the last item is the vesicles' own change."""
    found = read_injured(
        "BM-Exos reduced the levels of TNF-α and IL-6, and increased levels of IL-10."
    )
    assert ("inflammatory response", "decrease", "protective") in found


def test_a_marker_list_before_its_amount_still_reads() -> None:
    """guard: 'IL-6, TNF-α and IL-1β levels' all modify the amount."""
    found = read_injured("BM-Exos lowered IL-6, TNF-α and IL-1β levels in serum.")
    assert ("inflammatory response", "decrease", "protective") in found


def _cargo_statements(sentence: str) -> list[str]:
    records = read_records(
        INJURY_TITLE,
        INJURY_OPENING,
        sentence,
    )
    return [r.evidence.extractor for r in records if r.evidence.extractor.endswith("property")]


def test_recipients_given_the_vesicles_hold_no_cargo_of_theirs() -> None:
    """(the treated group's higher marker levels were read as the vesicles' content)"""
    assert (
        _cargo_statements("Rats treated with BM-Exos had higher levels of miR-21 in serum.") == []
    )
    assert _cargo_statements("The group given BM-Exos had higher levels of miR-21.") == []


def test_the_vesicles_own_content_still_reads() -> None:
    """guard: the vesicles themselves as the subject."""
    assert _cargo_statements("BM-Exos contained higher levels of miR-21 than their cells.")


def test_an_of_phrase_ends_at_a_trigger_verb_hung_on_it() -> None:
    """('inhibit apoptosis' parsed inside the 'of' phrase of the items before it: the cells'
    clone formation read as apoptosis raised)"""
    found = read_injured(
        "BM-Exos can markedly promote proliferation, clone formation, migration, and "
        "chondrogenic differentiation of ADSCs and inhibit apoptosis."
    )
    assert ("apoptotic process", "increase", "pathogenic") not in found
    assert ("cell migration", "increase", "regenerative") in found


def test_an_anti_prefixed_list_item_is_turned_round() -> None:
    """('and anti-apoptosis of the HUVECs': the hyphen parsed into the item, its 'anti' out)"""
    found = read_injured(
        "BM-Exos enhanced the proliferation, migration, tube formation, and anti-apoptosis of "
        "the endothelial cells in vitro."
    )
    assert ("apoptotic process", "decrease", "protective") in found
    assert ("apoptotic process", "increase", "pathogenic") not in found


@pytest.mark.parametrize(
    "title",
    [
        "Exosomes of bone marrow MSCs on titanium implants accelerate osseointegration in rabbits",
        "Mesenchymal stem cell exosomes enhance posterolateral spinal fusion in rats",
    ],
)
def test_implant_osseointegration_and_spinal_fusion_are_bone_formed(title: str) -> None:
    """(read nothing: a bone-and-joint helper collection's titles)"""
    assert ("bone regeneration", "increase", "regenerative") in read_title(title)


def test_airway_smooth_muscle_cells_are_the_disease_in_asthma() -> None:
    """(their proliferation lowered by the vesicles was read as harm)"""
    found = read_injured(
        "BM-Exos inhibited the proliferation and migration of airway smooth muscle cells."
    )
    assert ("cell migration", "decrease", "protective") in found
    found = read_injured("BM-Exos inhibited the proliferation and migration of ASMCs.")
    assert ("cell population proliferation", "decrease", "protective") in found


def test_a_synoviocyte_line_in_the_singular_is_the_disease_in_arthritis() -> None:
    found = read_injured(
        "BM-Exos inhibited the proliferation of the fibroblast-like synoviocyte cell line."
    )
    assert ("cell population proliferation", "decrease", "protective") in found


def test_a_short_form_closing_before_induced_is_a_word_of_its_own() -> None:
    """('rescued oxygen-glucose deprivation (OGD)-induced endothelial dysfunction': the
    tokenizer kept 'OGD)-induced' one word, the cause read as what the vesicles raised)"""
    found = read_injured(
        "BM-Exos rescued serum starvation (SS)-induced endothelial dysfunction in vitro."
    )
    assert ("organ dysfunction", "decrease", "protective") in found
    assert not any(role == "regenerative" and "starvation" in label for label, _, role in found)


# guards from the newcomer review of this round's rules (each read wrong by a first version)


@pytest.mark.parametrize(
    "sentence",
    [
        "BM-Exos lowered apoptosis in a disorder whose cause is poorly understood.",
        "BM-Exos lowered apoptosis; how they act is poorly defined.",
        "Although their mode of action is poorly understood, BM-Exos lowered apoptosis.",
    ],
)
def test_a_result_beside_a_poorly_understood_clause_still_reads(sentence: str) -> None:
    assert ("apoptotic process", "decrease", "protective") in read_injured(sentence)


def test_an_anti_aging_gene_raised_is_no_aging_lowered() -> None:
    found = read_injured("BM-Exos raised the anti-aging protein klotho in the kidney.")
    assert not any(label == "aging" for label, _, _ in found)


def test_a_change_the_vesicles_make_after_a_preposition_of_time_still_reads() -> None:
    """('after the induction of autophagy by BM-Exos': the noun's own agent is the vesicles)"""
    found = read_injured("After the activation of autophagy by BM-Exos, neuronal apoptosis fell.")
    assert ("autophagy", "increase", "regenerative") in found


def test_a_drug_named_before_the_vesicles_is_still_a_drug() -> None:
    found = read_abstract(
        "Bone marrow MSC exosomes in liver cancer",
        "Hepatoma cells were given exosomes of bone marrow MSCs (BM-Exos).",
        "The hepatoma cells became sensitive to sorafenib after BM-Exos treatment.",
    )
    assert any(label.startswith("Drug Resistance") for label, _, _ in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "Macrophages treated with BM-Exos had higher levels of miR-223.",
        "Serum of BM-Exos-treated rats had higher levels of miR-21.",
    ],
)
def test_recipient_cells_and_fluids_hold_no_vesicle_cargo(sentence: str) -> None:
    assert _cargo_statements(sentence) == []
