"""Round-36 reader rules: stimuli the round-35 joining missed (three words, a short form in
brackets), as our own probe sentences."""

from __future__ import annotations

import pytest

from exoatlas.read.msc_vesicles import msc_product_in
from exoatlas.read.outcome import parse_outcomes
from exoatlas.read.repair import prepared

from .reading import folded, read_abstract


@pytest.mark.parametrize(
    ("sentence", "phenotype"),
    [
        # a stimulus of three words
        ("ADSC exosomes attenuated high fat diet induced steatosis in mice.", "lipid accumulation"),
        (
            "BMSC-Exos attenuated unilateral ureteral obstruction induced renal fibrosis.",
            "fibrosis",
        ),
        # a stimulus with its short form in brackets
        (
            "hucMSC-EVs alleviated hypoxia/reoxygenation (H/R) induced cardiomyocyte apoptosis.",
            "apoptotic process",
        ),
        (
            "MSC-EVs reduced lipopolysaccharide (LPS) induced apoptosis of HK-2 cells.",
            "apoptotic process",
        ),
    ],
)
def test_a_longer_stimulus_before_induced_is_the_model(sentence: str, phenotype: str) -> None:
    """Read with 'induced' a second verb of the EVs, the phenotype rose (pathogenic) as well as,
    or instead of, falling."""
    found = folded(read_abstract("Vesicles from MSCs in a disease model", sentence))
    assert (phenotype, "decrease", "protective") in found
    assert not any(direction == "increase" for _, direction, _ in found)


@pytest.mark.parametrize(
    ("sentence", "joined"),
    [
        ("EVs attenuated high fat diet induced obesity", "high fat diet-induced obesity"),
        # the short form blanked after the participle, the text's length kept
        ("EVs reduced ischemia/reperfusion (I/R) induced injury", "ischemia/reperfusion-induced "),
        ("The inhibition of LPS induced inflammation by EVs", "LPS-induced"),
    ],
)
def test_a_longer_stimulus_is_joined_same_length(sentence: str, joined: str) -> None:
    assert joined in prepared(sentence)
    assert len(prepared(sentence)) == len(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a preposition or conjunction opens another phrase: the verb is real
        "Inhibition of EV release induced apoptosis in the stromal cells",
        "The EVs reduced fibrosis and cells induced apoptosis",
        "Blocking uptake by the cells induced apoptosis",
    ],
)
def test_a_phrase_before_induced_is_not_a_stimulus(sentence: str) -> None:
    assert "-induced" not in prepared(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "These results demonstrated that BMSC-Exos attenuate sepsis-induced acute kidney "
            "injury.",
            ("acute kidney injury", "decrease", "protective"),
        ),
        (
            "We found that BMSC-Exos inhibit tumor growth.",
            ("tumor growth", "decrease", "anti_tumor"),
        ),
        (
            "In conclusion, we demonstrate that BMSC-Exos protect against myocardial ischemia.",
            ("myocardial ischemia", "decrease", "protective"),
        ),
    ],
)
def test_a_report_frame_before_a_present_tense_claim(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    """'These results demonstrated that MSC-EVs attenuate X': after the frame the small parser
    reads the name and the present-tense verb as one noun, and the sentence gave no change."""
    title = "Exosomes from bone marrow MSCs (BMSC-Exos) in a rat model"
    assert expected in folded(read_abstract(title, sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        # not the MSC vesicles: the frame does not make them so
        "These results demonstrated that BMSCs attenuate sepsis-induced acute kidney injury.",
        "These results demonstrated that exosomes from cancer cells attenuate apoptosis.",
    ],
)
def test_a_report_frame_names_no_other_agent_as_the_vesicles(sentence: str) -> None:
    title = "Exosomes from bone marrow MSCs (BMSC-Exos) in a rat model"
    found = folded(read_abstract(title, sentence))
    assert not any(direction == "decrease" for _, direction, _ in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "MSC-EVs promote angiogenesis and wound healing.",
        "These data show that MSC-EVs promote angiogenesis and wound healing.",
    ],
)
def test_the_last_conjunct_s_compound_is_one_process(sentence: str) -> None:
    """'promote angiogenesis and wound healing', parsed with 'wound' and 'healing' two conjuncts
    (or 'healing' a second object): the wounds were read as raised, a harm."""
    found = folded(read_abstract("MSC-derived extracellular vesicles in skin repair", sentence))
    assert ("wound healing", "increase", "regenerative") in found
    assert not any(role == "pathogenic" for _, _, role in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a noun naming the change right after its process
        (
            "resulted in inflammation suppression and angiogenesis promotion",
            {("inflammatory response", "decrease"), ("angiogenesis", "increase")},
        ),
        (
            "through apoptosis inhibition and regeneration promotion",
            {("apoptotic process", "decrease"), ("tissue regeneration", "increase")},
        ),
        # a verb right before governs the noun: lowered induction is lowered
        ("attenuated the apoptosis induction by LPS", {("apoptotic process", "decrease")}),
        # no such noun: the nearest word before, as before
        (
            "reduced apoptosis and promoted angiogenesis",
            {("apoptotic process", "decrease"), ("angiogenesis", "increase")},
        ),
    ],
)
def test_a_change_noun_after_its_process_names_its_direction(
    text: str, expected: set[tuple[str, str]]
) -> None:
    """The keyword window gave each process the nearest polarity word before it, so
    'inflammation suppression and angiogenesis promotion' lowered angiogenesis (a harm)."""
    found = {(e.label, d) for e, d in parse_outcomes(text, tumour=False, changes_only=True)}
    assert found == expected


def test_an_agentless_result_after_the_vesicles_were_given_is_theirs() -> None:
    """'Mice received MSC-EVs. Apoptosis was inhibited.': no EV result had been read before the
    agentless one, and the abstract gave no finding at all."""
    title = "Human amniotic MSC-derived extracellular vesicles in premature ovarian failure"
    found = folded(
        read_abstract(
            title,
            "Premature ovarian failure was induced in mice with cyclophosphamide.",
            "Cyclophosphamide-treated mice received human amniotic MSC-derived EVs.",
            "Granulosa cell apoptosis was inhibited.",
        )
    )
    assert ("apoptotic process", "decrease", "protective") in found


@pytest.mark.parametrize(
    "given",
    [
        # the vesicles not given: how they were made, or another agent given
        "Exosomes were isolated from the culture medium of amniotic MSCs.",
        "Cyclophosphamide-treated mice received estradiol.",
    ],
)
def test_an_agentless_result_needs_the_vesicles_given(given: str) -> None:
    title = "Human amniotic MSC-derived extracellular vesicles in premature ovarian failure"
    found = read_abstract(
        title,
        "Premature ovarian failure was induced in mice with cyclophosphamide.",
        given,
        "Granulosa cell apoptosis was inhibited.",
    )
    assert not any(label == "apoptotic process" for label, _, _ in found)


@pytest.mark.parametrize("subject", ["The formulation", "The nanoformulation", "The construct"])
def test_a_generic_noun_for_the_engineered_vesicles_is_their_reference(subject: str) -> None:
    title = "Mesenchymal stem cell extracellular vesicles in a mouse model"
    found = folded(
        read_abstract(title, "We loaded curcumin into MSC-EVs.", f"{subject} reduced fibrosis.")
    )
    assert ("fibrosis", "decrease", "protective") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a polarity word of another phrase ('limited options') turned both properties round
        (
            "explored for diseases with limited options, thanks to their anti-inflammatory, "
            "immunomodulatory, and pro-angiogenic properties",
            {("inflammatory response", "decrease"), ("angiogenesis", "increase")},
        ),
        ("EVs have anti-inflammatory and pro-angiogenic properties", None),
        # a polarity word close before still governs
        ("EVs enhanced their anti-inflammatory effects", {("inflammatory response", "decrease")}),
        ("EVs reduced the pro-angiogenic effects of VEGF", {("angiogenesis", "decrease")}),
        # 'pro-' with no property noun names no change by itself
        ("in the presence of pro-inflammatory cytokines", {("inflammatory response", "unknown")}),
    ],
)
def test_a_property_adjective_keeps_its_own_way(
    text: str, expected: set[tuple[str, str]] | None
) -> None:
    found = {(e.label, d) for e, d in parse_outcomes(text, tumour=False, changes_only=True)}
    want = expected or {("inflammatory response", "decrease"), ("angiogenesis", "increase")}
    assert found == want


def test_a_verb_only_trigger_turns_a_decline_round() -> None:
    """'MSC exosomes slow the decline in renal function': 'slow' is a trigger only as a verb,
    and the change of a change did not see it, so the function's decline was the finding."""
    title = "Mesenchymal stem cell exosomes in chronic kidney disease: a review"
    found = folded(read_abstract(title, "MSC exosomes slow the decline in renal function."))
    assert ("functional recovery", "increase", "regenerative") in found
    assert not any(role == "pathogenic" for _, _, role in found)


def test_a_listed_cargo_tail_is_still_the_vesicles_name() -> None:
    """'MSC-EVs loaded with A, B or C inhibit X': with commas in the tail the name was not
    read again as 'they', and the small parser's one-noun reading raised proliferation."""
    title = "Engineered mesenchymal stem cell vesicles in cancer: a review"
    found = folded(
        read_abstract(
            title,
            "MSC-EVs loaded with paclitaxel, doxorubicin or tumour-suppressive miRNAs inhibit "
            "proliferation of cancer cells.",
        )
    )
    assert ("cell population proliferation", "decrease", "anti_tumor") in found
    assert not any(role == "pro_tumor" for _, _, role in found)


def test_a_lesion_cavity_is_the_injury() -> None:
    title = "Exosomes from bone marrow MSCs (BMSC-Exos) in spinal cord injury"
    found = folded(read_abstract(title, "The lesion cavity was smaller in the BMSC-Exos group."))
    assert ("tissue injury", "decrease", "protective") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "BMSC-Exos reduced the number of infiltrating macrophages.",
        "BMSC-Exos reduced CD68-positive macrophage counts.",
        "BMSC-Exos reduced infiltrating neutrophils in the lung.",
    ],
)
def test_a_count_of_inflammatory_cells_is_the_inflammation(sentence: str) -> None:
    title = "Exosomes from bone marrow MSCs (BMSC-Exos) in lung injury"
    assert ("inflammatory response", "decrease", "protective") in folded(
        read_abstract(title, sentence)
    )


@pytest.mark.parametrize("kind", ["M2", "resident"])
def test_a_count_of_resolving_macrophages_is_not_inflammation(kind: str) -> None:
    """The count row's exclusions: M2 cells are also read by the M2 row; resident macrophages
    only the exclusion keeps out (this case fails with 'resident' dropped from it)."""
    title = "Exosomes from bone marrow MSCs (BMSC-Exos) in lung injury"
    found = folded(read_abstract(title, f"BMSC-Exos increased the number of {kind} macrophages."))
    assert not any(label == "inflammatory response" for label, _, _ in found)


@pytest.mark.parametrize("modifier", ["cancer-educated", "tumor-primed", "tumour-conditioned"])
def test_vesicles_of_tumour_educated_mscs_are_the_mscs_own(modifier: str) -> None:
    """'Exosomes from cancer-educated MSCs': the tumour word after 'from' was read as the
    vesicles' origin (tumour exosomes), and the MSC source lost."""
    found = folded(
        read_abstract(
            f"Exosomes from {modifier} MSCs promote gastric cancer chemoresistance",
            "Cells were studied.",
        )
    )
    assert ("drug resistance, neoplasm", "increase", "pro_tumor") in found


def test_vesicles_taken_up_by_mscs_stay_others() -> None:
    assert not msc_product_in("Tumour exosomes were taken up by BMSCs")
    assert msc_product_in("exosomes from tumour-educated MSCs")
