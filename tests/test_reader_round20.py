"""Round-20 reader rules, from our own probe sentences after helpers A19 (heart, brain) and B19
(immune, metabolic): shifts of macrophage state written with 'polarization', 'convert ... into'
and 'toward(s)', M1 and M2 markers named as a class, a verb of no direction governing a change
noun, two modifiers sharing one head ('microglia and astrocyte activation') and immune cells
counted by subset ('reduced Th17 cells'). Each case was read wrong, or not at all, before the rule
it tests; the guards beside them hold either way."""

from __future__ import annotations

import pytest

from exoatlas.ground import ground_mention

from .reading import triples_at

TITLE = "Bone marrow MSC exosomes in colitis and brain injury"
GIVEN = "Mice were given bone marrow MSC exosomes (BMSC-Exos) or saline."
OTHER = "Later, BMSC-Exos lowered the injury score in the mice."
AT = '"Abstract", sentence 2'
M1 = "macrophage polarization to M1"
M2 = "macrophage polarization to M2"


@pytest.mark.parametrize(
    "result",
    [
        # what the cells leave goes down: read as M1 raised before
        "BMSC-Exos promoted the polarization of microglia from M1 to M2.",
        "BMSC-Exos converted M1 macrophages into M2 macrophages.",
        # the markers of each state, named as a class
        "BMSC-Exos lowered M1 markers but raised M2 markers in the colon.",
        "BMSC-Exos decreased the expression of M1-related markers and increased the expression "
        "of M2-related markers.",
    ],
)
def test_a_shift_from_m1_to_m2_lowers_m1_and_raises_m2(result: str) -> None:
    found = set(triples_at(AT, TITLE, GIVEN, result, OTHER))
    assert (M1, "decrease", "protective") in found, found
    assert (M2, "increase", "regenerative") in found, found
    assert not any(p == M1 and d == "increase" for p, d, _ in found), found


@pytest.mark.parametrize(
    "result",
    [
        # a verb of no direction with 'toward(s)' names the state taken up
        "BMSC-Exos regulated macrophage polarization toward the M2 phenotype.",
        "BMSC-Exos polarized macrophages towards the M2 phenotype.",
        "BMSC-Exos directed macrophage polarization towards M2.",
    ],
)
def test_a_state_taken_up_toward_m2_is_m2_raised(result: str) -> None:
    found = triples_at(AT, TITLE, GIVEN, result, OTHER)
    assert found == [(M2, "increase", "regenerative")], found


@pytest.mark.parametrize(
    "said",
    [
        # which way is not said: read as the activation raised (pathogenic) before
        "BMSC-Exos regulated the activation of the NLRP3 inflammasome in the colon.",
        # (guards, read as nothing before too)
        "BMSC-Exos altered the activation of macrophages in the colon.",
        "BMSC-Exos influenced T cell activation in the co-culture.",
    ],
)
def test_a_verb_of_no_direction_says_nothing_of_the_change_it_governs(said: str) -> None:
    assert triples_at(AT, TITLE, GIVEN, said, OTHER) == []


def test_a_direction_adverb_still_gives_regulate_its_direction() -> None:
    said = "BMSC-Exos negatively regulated the activation of the NLRP3 inflammasome."
    found = triples_at(AT, TITLE, GIVEN, said, OTHER)
    assert found == [("inflammatory response", "decrease", "protective")], found


def test_two_modifiers_of_one_head_are_two_processes() -> None:
    said = "BMSC-Exos attenuated microglia and astrocyte activation in the hippocampus."
    found = set(triples_at(AT, TITLE, GIVEN, said, OTHER))
    assert ("microglial cell activation", "decrease", "protective") in found, found
    assert ("astrocyte activation", "decrease", "protective") in found, found


@pytest.mark.parametrize(
    "said",
    [
        # the first word names a process of its own: no shared head
        "BMSC-Exos reduced apoptosis and ROS accumulation in the renal cells.",
        # the same process either way: one finding
        "BMSC-Exos inhibited neuronal and endothelial apoptosis.",
    ],
)
def test_a_coordination_that_shares_no_head_keeps_one_finding_a_process(said: str) -> None:
    found = triples_at(AT, TITLE, GIVEN, said, OTHER)
    processes = [p for p, _, _ in found]
    assert len(processes) == len(set(processes)), found
    assert not any("accumulation" in p and "apopto" in p for p in processes), found


def test_respectively_is_not_read_as_both_states_going_one_way() -> None:
    said = "BMSC-Exos lowered and raised the M1 and M2 macrophage markers, respectively."
    found = triples_at(AT, TITLE, GIVEN, said, OTHER)
    assert not any(p == M1 and d == "increase" for p, d, _ in found), found


@pytest.mark.parametrize(
    ("result", "cells"),
    [
        ("BMSC-Exos reduced Th17 cells in the spleen of the colitis mice.", "th17 cells"),
        ("BMSC-Exos inhibited CD4+ T cells from the lupus mice.", "cd4+ t cells"),
        ("BMSC-Exos decreased CD68+ macrophages in the synovium.", "cd68+ macrophages"),
    ],
)
def test_immune_effector_cells_lowered_outside_a_tumour_are_a_protection(
    result: str, cells: str
) -> None:
    # no other sentence to settle a role from: the cells' own valence gives it
    found = triples_at(AT, TITLE, GIVEN, result)
    assert any(cells in p.casefold() and (d, r) == ("decrease", "protective") for p, d, r in found)


@pytest.mark.parametrize(
    "said",
    [
        # regulatory cells counted by their marker are no harm
        "BMSC-Exos increased Foxp3+ cells in the colon.",
        # cells with no subset named are not counted
        "BMSC-Exos reduced the cells in the spleen.",
    ],
)
def test_cells_that_are_no_effector_subset_are_not_read_as_a_harm(said: str) -> None:
    found = triples_at(AT, TITLE, GIVEN, said)
    assert not any(r == "pathogenic" for _, _, r in found), found
    assert not any("cells" in p.casefold() for p, _, _ in found), found


def test_effector_cells_counted_in_a_tumour_are_not_read() -> None:
    # fewer T cells in a tumour may feed it or starve it: the count alone does not say which
    title = "Bone marrow MSC exosomes in breast tumour growth"
    said = "BMSC-Exos reduced CD8+ T cells in the tumour."
    tumour = "In the end, BMSC-Exos promoted tumour growth in the mice."
    found = triples_at(AT, title, GIVEN, said, tumour)
    assert not any("cd8+" in p.casefold() for p, _, _ in found), found


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        # cells as the object of an activation verb name their activation
        (
            "BMSC-Exos activated autoreactive T cells in the mice.",
            ("T cell activation", "increase"),
        ),
        ("T cells were activated by BMSC-Exos.", ("T cell activation", "increase")),
        # the response itself, raised
        ("BMSC-Exos triggered an autoimmune response in the mice.", ("autoimmune", "increase")),
    ],
)
def test_the_vesicles_stirring_an_immune_attack_is_a_harm(
    said: str, expected: tuple[str, str]
) -> None:
    found = triples_at(AT, TITLE, GIVEN, said)
    process, direction = expected
    assert any(process in p and (d, r) == (direction, "pathogenic") for p, d, r in found), found


@pytest.mark.parametrize(
    ("said", "process", "direction"),
    [
        # the immune work of cells that are the disease is a harm of its own, not a tumour's
        (
            "Autoreactive T cell proliferation was curbed by BMSC-Exos.",
            "proliferation",
            "decrease",
        ),
        # their death still protects
        ("BMSC-Exos induced apoptosis of autoreactive T cells.", "apopto", "increase"),
        ("Plasmablast differentiation was reduced by BMSC-Exos.", "plasma cell", "decrease"),
    ],
)
def test_curbing_an_immune_attack_is_a_protection(said: str, process: str, direction: str) -> None:
    found = triples_at(AT, TITLE, GIVEN, said)
    assert any(process in p and (d, r) == (direction, "protective") for p, d, r in found), found


def test_activated_cells_named_in_passing_are_no_activation() -> None:
    said = "BMSC-Exos inhibited the proliferation of activated T cells."
    found = triples_at(AT, TITLE, GIVEN, said, OTHER)
    assert not any("activation" in p for p, _, _ in found), found


@pytest.mark.parametrize(
    "control",
    [
        # a control that takes the vesicles apart is not the vesicles acting
        "M1 polarization was blocked by nuclease treatment of BMSC-Exos.",
        "Apoptosis was raised again by heat inactivation of BMSC-Exos.",
        # a method done to measure an effect states none
        "Immunostaining and cell counts were done to measure the protective effect "
        "of BMSC-Exos on neuronal injury.",
    ],
)
def test_a_control_or_a_method_is_no_finding(control: str) -> None:
    assert triples_at(AT, TITLE, GIVEN, control, OTHER) == []


@pytest.mark.parametrize(
    ("result", "process", "direction"),
    [
        ("BMSC-Exos protected Sertoli cells against cisplatin cytotoxicity.", "injury", "decrease"),
        ("BMSC-Exos improved endometrial thickness in the rats.", "regeneration", "increase"),
    ],
)
def test_a_drugs_damage_and_regrowth_of_the_endometrium_are_read(
    result: str, process: str, direction: str
) -> None:
    found = triples_at(AT, TITLE, GIVEN, result, OTHER)
    assert any(process in p and d == direction for p, d, _ in found), found
    assert all(r in ("protective", "regenerative") for _, _, r in found), found


def test_a_drugs_cytotoxicity_to_a_tumour_is_no_injury() -> None:
    title = "Bone marrow MSC exosomes in ovarian cancer"
    said = "BMSC-Exos increased cisplatin cytotoxicity in the ovarian cancer cells."
    found = triples_at(AT, title, GIVEN, said)
    assert not any("injury" in p for p, _, _ in found), found


@pytest.mark.parametrize("name", ["NASH", "fatty liver disease", "MASLD"])
def test_fatty_liver_disease_by_its_common_names_is_nafld(name: str) -> None:
    said = f"BMSC-Exos protected against {name} in the mice."
    found = triples_at(AT, TITLE, GIVEN, said)
    assert ("Non-alcoholic Fatty Liver Disease", "decrease", "protective") in found, found


def test_mash_in_lower_case_is_no_disease() -> None:
    assert ground_mention("mash", ("disease",)).best is None


@pytest.mark.parametrize(
    ("result", "expected"),
    [
        # the stellate cell lines of liver-fibrosis papers
        (
            "BMSC-Exos lowered the activation of LX-2 cells stimulated with TGF-beta1.",
            ("hepatic stellate cell activation", "decrease", "protective"),
        ),
        # a bare 'this' turning the model group's change round
        (
            "Apoptosis rose in the model group, and this was reversed by BMSC-Exos.",
            ("apoptotic process", "decrease", "protective"),
        ),
        # a survival rate of cells is the cells' survival, of hosts theirs
        (
            "BMSC-Exos increased the survival rate of H9c2 cells exposed to hypoxia.",
            ("cell survival", "increase", "regenerative"),
        ),
        (
            "BMSC-Exos extended the survival of parasite-infected mice.",
            ("host survival", "increase", "regenerative"),
        ),
    ],
)
def test_more_ways_of_writing_a_result_are_read(
    result: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples_at(AT, TITLE, GIVEN, result, OTHER)


def test_a_bare_this_not_turned_round_by_the_vesicles_is_no_finding() -> None:
    said = "Apoptosis rose in the model group, and this was not changed by BMSC-Exos."
    assert triples_at(AT, TITLE, GIVEN, said, OTHER) == []


@pytest.mark.parametrize(
    "result",
    [
        # a state lowered before: restoring it raises it (no valence of its own to go by)
        "BMSC-Exos restored the suppressed autophagy in the podocytes.",
        "BMSC-Exos restored autophagy, which had been suppressed by high glucose.",
        "BMSC-Exos reversed autophagy, which had been suppressed by high glucose.",
    ],
)
def test_restoring_a_lowered_state_raises_it(result: str) -> None:
    found = triples_at(AT, TITLE, GIVEN, result, OTHER)
    assert [(p, d) for p, d, _ in found] == [("autophagy", "increase")], found


def test_a_later_agents_relative_clause_is_no_lowered_state() -> None:
    said = "BMSC-Exos lowered the apoptosis of the cells, which was reversed by an inhibitor."
    found = triples_at(AT, TITLE, GIVEN, said, OTHER)
    assert not any(p == "apoptotic process" and d == "increase" for p, d, _ in found), found


@pytest.mark.parametrize(
    ("said", "wrong"),
    [
        # a purpose infinitive after a shift word is no state taken up
        ("BMSC-Exos inhibited M1 polarization to promote tissue repair.", "regeneration"),
        ("BMSC-Exos suppressed M1 polarization to reduce cartilage degeneration.", "to m2"),
        # the markers of a ratio are not each state's markers
        ("BMSC-Exos reduced the ratio of M1/M2 markers.", "polarization to M2"),
        ("BMSC-Exos increased the M2/M1 marker ratio.", "polarization to M1"),
        # a process that is no state of cells is neither left nor taken up
        ("BMSC-Exos modulated angiogenesis toward a mature vascular network.", "angiogen"),
        ("BMSC-Exos modulated wound healing toward regeneration rather than scarring.", "fibrosis"),
        # cells counted by a marker that is no immune effector's, raised, are no harm
        ("BMSC-Exos increased NeuN+ cells in the hippocampus.", "neun"),
        ("BMSC-Exos increased CD34+ cells in the ischemic limb.", "cd34"),
        # an activated fibroblast may be the repair itself
        ("BMSC-Exos activated fibroblasts to accelerate wound healing.", "fibroblast activation"),
    ],
)
def test_review_cases_read_no_harm_the_sentence_does_not_state(said: str, wrong: str) -> None:
    found = triples_at(AT, TITLE, GIVEN, said, OTHER)
    assert not any(wrong in p.casefold() for p, _, _ in found), found
    assert not any(r == "pathogenic" for _, _, r in found), found


@pytest.mark.parametrize(
    ("said", "process"),
    [
        # a thing taken apart that is not the vesicles leaves them the agent
        ("The damage was alleviated by the disruption of NLRP3 assembly by BMSC-Exos.", "injur"),
        # a method done to show a result does not hide it
        ("Western blotting was performed to show that BMSC-Exos decreased Bax.", "apopto"),
    ],
)
def test_review_cases_keep_the_result_they_state(said: str, process: str) -> None:
    found = triples_at(AT, TITLE, GIVEN, said, OTHER)
    assert any(process in p.casefold() and d == "decrease" for p, d, _ in found), found


def test_a_verb_of_no_direction_keeps_a_change_noun_that_says_which_way() -> None:
    said = "BMSC-Exos regulated the suppression of inflammation in the lungs."
    found = triples_at(AT, TITLE, GIVEN, said, OTHER)
    assert ("inflammatory response", "decrease", "protective") in found, found
