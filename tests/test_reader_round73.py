"""Seventy-third session: results an abstract states with no agent after a sentence that gives
the EVs beside another agent, a reference drug or a positive control (the seventy-second
session's newcomer review, its lead A5). Such a result may be the other agent's, so it is not
credited to the EVs; the sentences are written for these tests."""

from __future__ import annotations

import pytest

from .reading import read_abstract, read_records

TITLE = "MSC-derived vesicles in a rat model"


def _credited(*sentences: str) -> set[str]:
    """The sentences of the abstract a finding of the EVs comes from."""
    return {r.evidence.text for r in read_records(TITLE, *sentences)}


@pytest.mark.parametrize(
    "given",
    [
        "MSC-EVs or dexamethasone were applied topically to the wounds.",
        "The wounds were treated with PBS, MSC-EVs or dexamethasone.",
        "The wounds were treated with dexamethasone or MSC-EVs.",
        "The wounds received MSCs or MSC-EVs.",
        "The wounds received MSC-EVs, with dexamethasone as a positive control.",
    ],
)
def test_a_result_after_the_evs_given_beside_another_arm_is_not_theirs(given: str) -> None:
    """The agentless result after the giving sentence may be the other arm's (each was credited
    to the EVs before)."""
    result = "Wound closure was accelerated."
    assert result not in _credited(given, result)


@pytest.mark.parametrize(
    "given",
    [
        "The wounds were treated with MSC-EVs or PBS.",
        "The wounds were treated with MSC-EVs (50 ug) or saline.",
        "The wounds were treated with MSC-EVs or atorvastatin pretreated MSC-EVs.",
        "The wounds were treated with MSC-EVs.",
    ],
)
def test_a_result_after_the_evs_given_beside_a_control_is_theirs(given: str) -> None:
    """(guards: a vehicle, or another preparation of the EVs, is no other agent; the
    atorvastatin case fails without the check that a drug's own list item names no vesicles)"""
    result = "Wound closure was accelerated."
    assert result in _credited(given, result)


def test_a_sentence_naming_a_positive_control_holds_back_its_own_result() -> None:
    """'VEGF was used as a positive control, and tube formation was increased': the tube
    formation may be VEGF's (it was credited to the EVs before). The sentence after it stays
    the EVs' (a second newcomer review found a section-wide hold dropping results after an
    assay's or the injury's positive control)."""
    control = "VEGF was used as a positive control, and tube formation was increased."
    after = "Infarct volume was reduced."
    credited = _credited("Rats with stroke received MSC-EVs.", control, after)
    assert control not in credited
    assert after in credited


@pytest.mark.parametrize(
    "result",
    [
        "Proliferation of gastric tumour cells was raised by exosomes that came from marrow MSCs"
        " which had been transfected with a miR-221 mimic.",
        "Proliferation of gastric tumour cells was raised by exosomes of marrow MSCs transfected"
        " with a miR-221 mimic.",
    ],
)
def test_vesicles_of_msc_given_a_mimic_are_the_studys_own_product(result: str) -> None:
    """A mimic the MSCs were transfected with makes a gain-of-function product, not a
    co-treatment undoing the EVs: its harm in a tumour is its own (each read nothing before,
    beside another finding of the abstract that keeps the keyword window from stepping in)."""
    found = read_abstract(
        "Exosomes of marrow MSCs in gastric cancer",
        "Marrow MSC exosomes raised the migration of gastric tumour cells.",
        result,
    )
    assert ("cell population proliferation", "increase", "pro_tumor") in found


def test_a_mimic_given_beside_the_evs_still_undoes_nothing_of_theirs() -> None:
    """(guard: a mimic that reverses the EVs' effect is a loss-of-function arm, as before)"""
    found = read_abstract(
        "Exosomes of marrow MSCs in myocardial infarction",
        "The reduction of cardiomyocyte apoptosis by MSC exosomes was reversed by miR-1 mimics.",
    )
    assert ("apoptotic process", "decrease", "protective") not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Treatment with exogenous let-7c prevents tumour progression and metastasis.",
        "Synthetic let-7c, given alone, acts on the tumour cells and on the MSCs around them"
        " and slows tumour progression.",
    ],
)
def test_an_rna_given_free_of_vesicles_is_not_the_evs(sentence: str) -> None:
    """An RNA named as given without vesicles ('exogenous', 'synthetic') does its own work,
    even where the sentence names MSCs as its targets (each was read as the EVs lowering the
    tumour before)."""
    assert read_abstract("MSC exosomes deliver let-7c to prostate cancer cells", sentence) == []


def test_an_rna_carried_by_the_evs_beside_a_free_one_is_theirs() -> None:
    """(guard, failing without the check that no vesicles are named: a sentence that names the
    vesicles carrying the RNA is read, free RNA or not)"""
    found = read_abstract(
        "MSC exosomes deliver let-7c to prostate cancer cells",
        "Unlike naked let-7c, MSC exosomes carrying let-7c prevented tumour progression.",
    )
    assert ("tumor growth", "decrease", "anti_tumor") in found


@pytest.mark.parametrize("opening", ["We and other groups reported", "We and others have shown"])
def test_what_we_and_others_showed_is_the_fields_earlier_work(opening: str) -> None:
    """'We and others showed that ...' cites earlier work, as 'we previously showed' does: no
    result of this study (each was read as one before)."""
    found = read_abstract(
        "MSC microvesicles in pneumonia",
        f"{opening} that microvesicles shed by MSCs reduce inflammation in injured lungs.",
        "Here we gave the microvesicles to rats with bacterial pneumonia.",
    )
    assert found == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Our work tested the hypothesis that vesicles of fat-derived MSCs reduce systemic"
        " inflammation more than those of apoptotic MSCs.",
        "Our study tested the hypothesis that adipose MSC exosomes reduce inflammation in septic"
        " rats.",
    ],
)
def test_a_hypothesis_is_no_result(sentence: str) -> None:
    """What a study set out to test is its aim (each was read as a result before)."""
    assert read_abstract("Adipose MSC exosomes in rat sepsis", sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Infusion of MSCs was accompanied by a decrease in inflammatory cytokines.",
        "MSC infusion was accompanied by a decrease in inflammatory cytokines.",
    ],
)
def test_a_change_with_no_agent_in_a_sentence_giving_msc_alone_is_not_the_evs(
    sentence: str,
) -> None:
    """'Infusion of MSCs was accompanied by a decrease in X', 'MSC infusion ...': no vesicle
    is named and the MSCs themselves were given, so the change is the cells', not the EVs'
    (each was the EVs' before)."""
    assert read_abstract("MSC extracellular vesicles in ageing", sentence) == []


@pytest.mark.parametrize(
    ("title", "sentences", "credited"),
    [
        (
            "MSC-EVs in diabetic rats",
            (
                "Rats received streptozotocin, and MSC-EVs or saline were injected weekly.",
                "Islet damage was reduced.",
            ),
            "Islet damage was reduced.",
        ),
        (
            "MSC-EVs in tendon repair",
            (
                "Tenocytes were treated with MSC-EVs or DMSO.",
                "Tenocyte proliferation was increased.",
            ),
            "Tenocyte proliferation was increased.",
        ),
        (
            "MSC-EVs and angiogenesis",
            (
                "HUVECs received MSC-EVs.",
                "Tube formation was increased to a level similar to the VEGF positive control.",
                "Migration was also enhanced.",
            ),
            "Migration was also enhanced.",
        ),
        (
            "MSC-EVs in liver fibrosis",
            (
                "In agreement with what we and others reported in the kidney, MSC-EVs reduced"
                " hepatic fibrosis in mice.",
            ),
            "In agreement with what we and others reported in the kidney, MSC-EVs reduced"
            " hepatic fibrosis in mice.",
        ),
        (
            "MSC-EVs in osteogenesis",
            (
                "MSC-EVs were added to BMSCs.",
                "Osteogenic differentiation of the BMSCs was enhanced.",
            ),
            "Osteogenic differentiation of the BMSCs was enhanced.",
        ),
        (
            "MSC-EVs in acute kidney injury",
            ("Exogenous miR-21 was detected in tubular cells, and tubular apoptosis was reduced.",),
            "Exogenous miR-21 was detected in tubular cells, and tubular apoptosis was reduced.",
        ),
        (
            "MSC-EVs in skin wounds",
            (
                "Wounds were given topical MSC-EVs or sodium chloride solution.",
                "Wound closure was accelerated.",
            ),
            "Wound closure was accelerated.",
        ),
        (
            "MSC-EVs in skin wounds",
            (
                "CD63 was detected by western blot, with HeLa lysate as a positive control.",
                "Diabetic mice received MSC-EVs.",
                "Wound closure was accelerated.",
            ),
            "Wound closure was accelerated.",
        ),
        (
            "MSC-EVs and macrophages",
            (
                "Macrophages were cultured with MSC-EVs.",
                "Synthetic let-7b was barely taken up by macrophages, whereas M2 polarisation was"
                " increased.",
            ),
            "Synthetic let-7b was barely taken up by macrophages, whereas M2 polarisation was"
            " increased.",
        ),
        (
            "MSC-EVs in myocardial infarction",
            (
                "Our pig study tested the hypothesis that MSC exosomes shrink infarcts, and found"
                " that they cut infarct size by 40%.",
            ),
            "Our pig study tested the hypothesis that MSC exosomes shrink infarcts, and found"
            " that they cut infarct size by 40%.",
        ),
    ],
)
def test_results_the_narrowed_checks_leave_with_the_evs(
    title: str, sentences: tuple[str, ...], credited: str
) -> None:
    """(guards from the session's two newcomer reviews, each lost by an earlier version of this
    session's checks: the injury listed before the arms, a DMSO or sodium chloride vehicle, a
    result compared with a positive control's level, an assay's positive control, 'we and
    others' inside this study's result, a hypothesis the same sentence answers, MSCs the EVs
    acted on, an exogenous RNA measured rather than given, a
    synthetic RNA in a clause before the EVs' result)"""
    assert credited in {r.evidence.text for r in read_records(title, *sentences)}
