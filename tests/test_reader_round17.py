"""Round-17 reader rules, from our own probe sentences after two fresh helper collections of real
heart and nervous-system abstracts (group-style results, standard cardiovascular readouts, the
disease of the animals or organs a claim is about): each case was read wrong, or not at all,
before the rule it tests (three the keyword window already read, kept as guards); the guards
beside them hold either way."""

from __future__ import annotations

import pytest

from .reading import triples_at

TITLE = "Bone marrow MSC-derived exosomes in myocardial infarction"
GIVEN = "Rats with myocardial infarction were injected with BMSC-Exos or PBS."
AT = '"Abstract", sentence 2'


@pytest.mark.parametrize(
    ("result", "process", "direction"),
    [
        # the EV group named inside the subject of an intransitive or observed change
        ("The apoptosis rate of cardiomyocytes in the Exo group decreased.", "apopto", "decrease"),
        (
            "Compared with the MI group, a clear improvement of ejection fraction in the "
            "treatment group was observed.",
            "functional recovery",
            "increase",
        ),
        # the comparison group opening the sentence, which the parser misreads
        (
            "Compared with the model group, cardiac function in the exosome group was markedly "
            "improved.",
            "functional recovery",
            "increase",
        ),
        # the verb taken for a modifier of the change it lowers
        (
            "Adipose MSC exosomes inhibited doxorubicin-induced increases in ROS in "
            "cardiomyocytes.",
            "reactive oxygen",
            "decrease",
        ),
        # standard cardiovascular readouts
        ("BMSC-Exos lowered right ventricular systolic pressure.", "pulmonary", "decrease"),
        ("BMSC-Exos decreased the Fulton index.", "right ventricular", "decrease"),
        ("BMSC-Exos lowered the collagen volume fraction.", "fibrosis", "decrease"),
        ("BMSC-Exos reduced the cross-sectional area of myocytes.", "hypertrophy", "decrease"),
        ("BMSC-Exos reduced LVEDD in the rats.", "ventricular remodeling", "decrease"),
        ("BMSC-Exos decreased BNP levels.", "hypertrophy", "decrease"),
        ("BMSC-Exos reduced the plaque area in ApoE-/- mice.", "atherosclerosis", "decrease"),
        ("BMSC-Exos reduced calcium overload in cardiomyocytes.", "overload", "decrease"),
        # the disease of the animals or organs a benefit is shown in
        ("BMSC-Exos showed protective effects in septic mice.", "sepsis", "decrease"),
        ("BMSC-Exos showed protective effects in rats with colitis.", "colitis", "decrease"),
        ("BMSC-Exos exerted protective effects on fibrotic livers.", "fibrosis", "decrease"),
        # a bare protective effect keeps off damage
        ("Exosomes from wild-type BMSCs displayed protective effects.", "injury", "decrease"),
    ],
)
def test_a_result_is_read_as_the_vesicles_protecting(
    result: str, process: str, direction: str
) -> None:
    found = triples_at(AT, TITLE, GIVEN, result)
    assert found and all(r in ("protective", "regenerative") for _, _, r in found), found
    assert any(process in p.casefold() and d == direction for p, d, _ in found), found


def test_a_time_point_is_no_effect() -> None:
    result = "A clear improvement of cardiac function from week 2 was seen in the Exo group."
    found = triples_at(AT, TITLE, GIVEN, result)
    assert found and not any("week" in p.casefold() for p, _, _ in found), found


@pytest.mark.parametrize(
    "result",
    [
        # another group's change, a negated reversal, a hedge
        "Compared with the exosome group, cardiac function in the model group was impaired.",
        "The apoptosis rate in the model group increased.",
        "However, these changes were not reversed in the BMSC-Exos group.",
        "BMSC-Exos did not exert protective effects.",
    ],
)
def test_no_protection_is_read_from_another_group_or_a_negation(result: str) -> None:
    assert triples_at(AT, TITLE, GIVEN, result) == []


def test_changes_turned_round_in_the_ev_group() -> None:
    harm = "Model rats showed increased airway fibrosis and inflammatory cell infiltration."
    for result in (
        "However, these alterations were suppressed in the BMSC-Exos group.",
        "However, BMSC-Exos treatment reversed these changes.",
    ):
        found = triples_at('"Abstract", sentence 3', TITLE, GIVEN, harm, result)
        assert ("Fibrosis", "decrease", "protective") in found, (result, found)


def test_a_background_capability_is_no_finding() -> None:
    found = triples_at(
        '"Abstract", sentence 1',
        "Umbilical cord MSC vesicles in a hydrogel for the infarcted heart",
        "Lately, vesicles derived from stem cells have displayed a strong ability to promote "
        "angiogenesis and tissue repair.",
        "We bound vesicles from umbilical cord MSCs to an injectable hydrogel.",
    )
    assert found == []


@pytest.mark.parametrize(
    "result",
    [
        "Exosomes from miR-21-KO bone marrow MSCs worsened cardiac dysfunction in septic mice.",
        "Exosomes from miR-21-deficient bone marrow MSCs worsened cardiac dysfunction.",
    ],
)
def test_a_knock_out_arm_is_no_harm_of_the_vesicles(result: str) -> None:
    assert triples_at(AT, TITLE, GIVEN, result) == []


def test_a_short_form_the_abstract_defines_is_not_a_go_synonym() -> None:
    # GO lists 'HR' for the plant-type hypersensitive response
    found = triples_at(
        '"Abstract", sentence 3',
        TITLE,
        GIVEN,
        "Heart rate (HR) was recorded weekly.",
        "BMSC-Exos lowered HR in the rats.",
    )
    assert not any("hypersensitive" in p for p, _, _ in found), found


def test_two_changes_with_their_own_objects_keep_their_directions() -> None:
    # the second change noun misparsed onto the first one's 'of' object
    found = triples_at(
        AT,
        TITLE,
        GIVEN,
        "BMSC-Exos led to improvement of memory and enhancement of neurogenesis.",
    )
    assert ("neurogenesis", "increase", "regenerative") in found, found


@pytest.mark.parametrize(
    "result",
    [
        "BMSC-Exos shifted microglia to the M2 phenotype.",
        "BMSC-Exos switched microglia toward an M2 phenotype.",
    ],
)
def test_a_shift_with_no_from_raises_what_the_cells_take_up(result: str) -> None:
    found = triples_at(AT, "BMSC exosomes in stroke", GIVEN, result)
    assert [(p, d) for p, d, _ in found] == [("macrophage polarization to M2", "increase")], found


def test_an_uncertain_effect_is_no_finding() -> None:
    found = triples_at(
        AT,
        "Adipose MSC vesicles in ageing skin",
        "Skin ageing is common.",
        "Whether ADSC-EVs guard ageing skin from harm remains uncertain.",
    )
    assert found == []


@pytest.mark.parametrize(
    ("result", "process"),
    [
        ("BMSC-Exos raised VEGF protein levels in the ischemic cortex.", "angiogenesis"),
        ("BMSC-Exos increased MBP and GAP43 expression.", "myelination"),
        ("BMSC-Exos increased DCX-positive cells in the hippocampus.", "neurogenesis"),
    ],
)
def test_a_nervous_system_marker_reads_out_its_process(result: str, process: str) -> None:
    found = triples_at(AT, "BMSC exosomes in spinal cord injury", GIVEN, result)
    assert (process, "increase", "regenerative") in found, found


@pytest.mark.parametrize(
    "sentence",
    [
        # vesicles of diseased animals or patients; prior work's attribution; a gap
        "Exosomes from patients with pulmonary hypertension raised RVSP in healthy mice.",
        "The anti-inflammatory action of MSCs has been credited to the vesicles they secrete.",
        "The therapeutic potential of BMSC-Exos in neuroinflammation has to be determined.",
    ],
)
def test_no_finding_from_other_vesicles_prior_work_or_a_gap(sentence: str) -> None:
    assert triples_at(AT, TITLE, GIVEN, sentence) == []


def test_an_anti_adjective_of_cargo_is_no_change() -> None:
    found = triples_at(
        AT,
        TITLE,
        GIVEN,
        "BMSC-Exos were enriched in anti-inflammatory and anti-proliferative microRNAs.",
    )
    assert not any(r == "pathogenic" or "prolifer" in p for p, _, r in found), found
    # a readout named so stays one
    found = triples_at(AT, TITLE, GIVEN, "BMSC-Exos raised anti-inflammatory cytokines in rats.")
    assert ("inflammatory response", "decrease", "protective") in found, found


def test_msc_vesicles_from_aged_animals_are_still_msc_vesicles() -> None:
    result = "BMSC-derived exosomes from aged rats raised osteoclast differentiation."
    found = triples_at(AT, TITLE, GIVEN, result)
    assert ("osteoclast differentiation", "increase", "pathogenic") in found, found
