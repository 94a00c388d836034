"""Helper L8's role audit (round 8): changes a sentence states that are not the EVs' own effect
but that the parse left with no agent, or gave to the EVs named inside a clause about something
else, read as harms the EVs cause. Each is probed with sentences written for these tests (none
is taken from an abstract): a loss-of-function arm named before its changes (a gerund subject,
vesicles 'lacking' their cargo, an adverbial clause), and an injury stimulus whose coordinated
second change lost its subject in the parse."""

from __future__ import annotations

import pytest

from .reading import read_abstract

TITLE = "Umbilical cord MSC exosomes in tissue repair"


def _harms(found: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    return [f for f in found if f[2] == "pathogenic"]


@pytest.mark.parametrize(
    "sentence",
    [
        # a gerund subject naming the manipulation (parsed as the sentence's root)
        "Knocking down miR-21 in the vesicles impaired angiogenesis and delayed wound closure.",
        # vesicles 'lacking' their cargo, named in a participle phrase before the change
        "Keratinocytes cultured with vesicles lacking miR-31 displayed lowered proliferation and "
        "heightened matrix breakdown.",
        # the EVs named only inside an adverbial clause of the manipulation
        "When miR-126 was depleted from the vesicles, scarring was worsened and collagen "
        "deposition rose.",
    ],
)
def test_a_loss_of_function_arm_is_no_harm_of_the_evs(sentence: str) -> None:
    found = read_abstract(
        TITLE,
        "Exosomes from umbilical cord MSCs promoted repair of the injured skin in rats.",
        sentence,
    )
    assert not _harms(found), found
    assert any(role == "regenerative" for _, _, role in found), found


def test_a_stimulus_change_whose_subject_the_parse_lost_is_the_stimulus() -> None:
    found = read_abstract(
        "Marrow MSC exosomes in smoke-induced airway injury",
        "Smoke exposure increased the secretion of IL-8, IL-6 and TNF-alpha by airway epithelial "
        "cells and aggravated lung edema.",
        "Exosomes from marrow MSCs lowered these cytokines and relieved the airway injury.",
    )
    assert not _harms(found), found
    assert any(role == "protective" for _, _, role in found), found


@pytest.mark.parametrize(
    "sentence",
    [
        # the change comes first: 'inhibition' there is an effect of the EVs, not an arm
        "MSC exosomes lowered cardiomyocyte apoptosis through inhibition of caspase-3 and "
        "enhanced angiogenesis in the border zone.",
        # a stimulus subject of the first clause only: the EVs' own clause keeps its agent
        "Hypoxia increased the release of IL-6 by endothelial cells, whereas MSC exosomes "
        "enhanced angiogenesis in the ischaemic limbs.",
    ],
)
def test_the_evs_own_changes_stay(sentence: str) -> None:
    found = read_abstract("Marrow MSC exosomes in ischaemia", sentence)
    assert ("angiogenesis", "increase", "regenerative") in found, found


def test_their_after_a_first_object_naming_effector_cells() -> None:
    # the second verb's 'their' is the stellate cells the first object names (misparsed with
    # that object as the head the second verb is coordinated with): their death is the repair
    found = read_abstract(
        "Marrow MSC exosomes in liver fibrosis",
        "Marrow MSC exosomes lowered proliferation of hepatic stellate cells and triggered their "
        "apoptosis, which relieved thioacetamide-induced liver fibrosis.",
    )
    assert not _harms(found), found
    assert ("apoptotic process", "increase", "protective") in found, found


def test_the_arm_after_a_contrast_is_not_the_evs() -> None:
    found = read_abstract(
        "Marrow MSC exosomes in pancreatic cancer",
        "Exosomes from MSCs promoted the invasion and metastasis of pancreatic cancer cells, "
        "while exosomes from miR-155-depleted MSCs had reduced pro-metastatic effects.",
    )
    roles = {role for _, _, role in found}
    assert "pro_tumor" in roles and "anti_tumor" not in roles, found


def test_a_listed_verb_does_not_take_the_next_verbs_object() -> None:
    # 'reduced A, increased B' misparsed with both verbs modifying B: B is the nearer verb's
    found = read_abstract(
        "Marrow MSC exosomes in graft-versus-host disease",
        "Exosomes from MSCs reduced T cell proliferation, increased regulatory T cells and "
        "prolonged survival of mice with graft-versus-host disease.",
    )
    assert not _harms(found), found
    assert ("regulatory T cell frequency", "decrease", "pathogenic") not in found, found


def test_a_back_reference_after_a_semicolon_turns_the_injury_round() -> None:
    found = read_abstract(
        "Marrow MSC vesicles after renal ischaemia",
        "Tubular apoptosis rose sharply after ischaemia; this rise was blunted by vesicles from "
        "marrow MSCs.",
    )
    assert not _harms(found), found
    assert ("apoptotic process", "decrease", "protective") in found, found


def test_a_concessive_opening_is_the_stimulus_clause() -> None:
    # 'Although A raised X, the EVs ...': the keyword window does not read A's rise as theirs
    found = read_abstract(
        "Marrow MSC exosomes in cisplatin injury",
        "Although cisplatin raised tubular apoptosis, pretreatment with MSC exosomes lowered it.",
    )
    assert not _harms(found), found
    # and the vesicles' own change is still read when it names its object (a guard: with 'it'
    # alone nothing is read, so the absence above would also hold on an empty result)
    named = read_abstract(
        "Marrow MSC exosomes in cisplatin injury",
        "Although cisplatin raised tubular apoptosis, pretreatment with MSC exosomes lowered "
        "this apoptosis.",
    )
    assert ("apoptotic process", "decrease", "protective") in named
    assert not _harms(named), named


def test_immune_cells_moving_into_a_tissue_are_a_harm() -> None:
    found = read_abstract(
        "MSC vesicles in acute lung injury",
        "MSC-derived vesicles curbed the recruitment of neutrophils into the alveoli.",
    )
    assert not _harms(found), found
    assert ("leukocyte migration", "decrease", "protective") in found
    assert ("leukocyte migration", "decrease", "protective") in found, found


def test_activated_t_cells_outside_a_tumour_are_the_disease() -> None:
    found = read_abstract(
        "MSC vesicles in transplant rejection",
        "MSC-derived vesicles triggered apoptosis of alloreactive T cells and prolonged cardiac "
        "allograft survival.",
    )
    assert not _harms(found), found
    assert ("apoptotic process", "increase", "protective") in found, found
