"""Fifty-second session: result sentences the second coverage probe of made-up abstracts read
with the wrong role or as asserted when they were not, each shown with sentences written for
these tests (never a record's own words)."""

from __future__ import annotations

import pytest

from exoatlas.vocab import cues

from .reading import read_abstract, read_asserted, read_document_findings, read_records

TITLE = "Bone marrow MSC exosomes in a mouse model of injury"
GIVEN = "Injured mice were given exosomes of bone marrow MSCs (BM-Exos) by tail vein."
# a finding read from another sentence keeps the parse's reading of the test sentence (with no
# other finding the keyword window guesses over the whole abstract)
OTHER = "BM-Exos lowered the serum creatinine level."


def _read(sentence: str, title: str = TITLE) -> list[tuple[str, str, str]]:
    return read_abstract(title, GIVEN, sentence)


@pytest.mark.parametrize(
    ("sentence", "denied", "kept"),
    [
        (
            "BM-Exos curbed scar formation without slowing wound closure.",
            "wound healing",
            ("Fibrosis", "decrease", "protective"),
        ),
        (
            "BM-Exos dampened inflammation without impairing bacterial clearance.",
            "defense response to bacterium",
            ("inflammatory response", "decrease", "protective"),
        ),
        (
            "BM-Exos dampened inflammation without delaying or impairing bacterial clearance.",
            "defense response to bacterium",
            ("inflammatory response", "decrease", "protective"),
        ),
    ],
)
def test_a_change_a_without_phrase_denies_is_no_change(
    sentence: str, denied: str, kept: tuple[str, str, str]
) -> None:
    """(read as asserted: 'wound healing' decrease, pathogenic)"""
    found = _read(sentence)
    assert kept in found
    assert all(label != denied or direction == "unknown" for label, direction, _ in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "BM-Exos enhanced angiogenesis without increasing tumour growth.",
        "BM-Exos lessened apoptosis, and no tumour formation was seen in any mouse.",
        "BM-Exos lessened apoptosis with no evidence of teratoma formation.",
    ],
)
def test_a_tumour_the_evs_did_not_cause_makes_no_tumour_study(sentence: str) -> None:
    """(the sentence was read as a tumour study's: raised angiogenesis and lowered apoptosis
    pro-tumour in an injury model)"""
    found = _read(sentence)
    assert found
    assert all(role in ("protective", "regenerative", "neutral") for _, _, role in found)


def test_a_tumour_study_keeps_its_tumour_cells() -> None:
    """(guard: the denial is of growth or formation, not of a tumour's cells)"""
    found = _read("BM-Exos slowed proliferation without inducing cancer cell apoptosis.")
    assert ("cell population proliferation", "decrease", "anti_tumor") in found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("BM-Exos raised fetal weight.", ("Fetal Weight", "increase", "regenerative")),
        (
            "BM-Exos raised the birth weight of the pups.",
            ("Birth Weight", "increase", "regenerative"),
        ),
    ],
)
def test_a_heavier_fetus_is_a_benefit(sentence: str, found: tuple[str, str, str]) -> None:
    """(read pathogenic: every MeSH disease-branch term is a harm by default)"""
    assert found in _read(sentence, "Exosomes of placental MSCs in a rat model of preeclampsia")


def test_weight_gain_takes_the_abstracts_role() -> None:
    """(read pathogenic; gained weight is recovery in colitis and harm in obesity)"""
    found = _read("BM-Exos raised body weight gain.")
    assert ("Weight Gain", "increase", "pathogenic") not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "BM-Exos curbed LX-2 proliferation and activation.",
        "BM-Exos curbed LX-2 cell proliferation.",
    ],
)
def test_stellate_cells_named_before_their_proliferation(sentence: str) -> None:
    """(the small parser hangs 'LX-2' on the verb: read as proliferation lowered, pathogenic)"""
    assert ("cell population proliferation", "decrease", "protective") in _read(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "BM-Exos blocked the osteogenic differentiation of aortic smooth muscle cells.",
        "BM-Exos blocked VSMC osteogenic transdifferentiation.",
        "BM-Exos blocked the osteogenic differentiation of valve interstitial cells.",
    ],
)
def test_osteogenic_change_of_vascular_cells_is_calcification(sentence: str) -> None:
    """(read as bone-forming differentiation lowered: pathogenic)"""
    assert ("vascular calcification", "decrease", "protective") in _read(sentence)


def test_osteogenic_differentiation_of_bone_cells_stays_bone_forming() -> None:
    """(guard)"""
    found = _read("BM-Exos promoted the osteogenic differentiation of periosteal cells.")
    assert ("osteoblast differentiation", "increase", "regenerative") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "BM-Exos raised the deposition of glycosaminoglycans in the defects.",
        "BM-Exos raised proteoglycan deposition in the repaired tissue.",
        "BM-Exos raised the deposition of type II collagen in the joint.",
        "BM-Exos raised the synthesis of collagen II and aggrecan.",
    ],
)
def test_cartilage_matrix_laid_down_is_cartilage_forming(sentence: str) -> None:
    """(deposition read as a harm raised by its generic head, or synthesis read as nothing)"""
    found = _read(sentence, "Bone marrow MSC exosomes in a rat model of cartilage defects")
    assert ("cartilage development", "increase", "regenerative") in found


def test_collagen_deposition_outside_cartilage_stays_a_harm() -> None:
    """(guard: plain collagen laid down is scar outside a wound)"""
    found = _read("BM-Exos raised collagen deposition.")
    assert ("cartilage development", "increase", "regenerative") not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "BM-Exos lowered eosinophil counts, goblet cell hyperplasia and mucus production.",
        "Eosinophil counts were lower in the BM-Exos group.",
        "BM-Exos lowered mast cell numbers.",
    ],
)
def test_inflammatory_cells_counted_before_their_noun(sentence: str) -> None:
    """(read nothing: only 'the number of neutrophils' was read)"""
    assert ("inflammatory response", "decrease", "protective") in _read(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "BM-Exos non-significantly lowered fibrosis.",
        "BM-Exos lowered fibrosis, although this did not reach statistical significance.",
        "BM-Exos lowered fibrosis, but the difference was not significant.",
        "BM-Exos showed a trend towards lower fibrosis.",
    ],
)
def test_a_change_called_not_significant_is_no_asserted_result(sentence: str) -> None:
    """(read as asserted: 'Fibrosis' decrease, protective)"""
    records = read_records(TITLE, GIVEN, OTHER, sentence)
    fibrosis = [r for r in records if r.finding.outcome.process.label == "Fibrosis"]
    assert all(r.evidence.hedged or r.evidence.negated for r in fibrosis)
    assert ("Fibrosis", "decrease", "protective") not in read_asserted(TITLE, GIVEN, sentence)


def test_not_significant_after_another_clause_leaves_the_first() -> None:
    """(guard: the clause ends at a semicolon)"""
    found = read_asserted(
        TITLE, GIVEN, "BM-Exos lowered fibrosis; the change in body weight was not significant."
    )
    assert ("Fibrosis", "decrease", "protective") in found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("BM-Exos lowered myeloperoxidase activity in the gut.", "inflammatory response"),
        ("BM-Exos lowered the hydroxyproline content of the lungs.", "Fibrosis"),
        ("BM-Exos lowered serum urea.", "organ dysfunction"),
        ("BM-Exos lowered 24-h urinary protein.", "Proteinuria"),
        ("BM-Exos lowered systolic blood pressure in the dams.", "Hypertension"),
        ("BM-Exos lowered the number of empty lacunae.", "Osteonecrosis"),
        ("BM-Exos lowered the picrosirius red-positive area.", "Fibrosis"),
    ],
)
def test_readouts_the_probe_found_read_as_nothing(sentence: str, found: str) -> None:
    assert (found, "decrease", "protective") in _read(sentence)


def test_callus_volume_is_bone_repair() -> None:
    found = _read(
        "BM-Exos increased callus volume at the fracture site.", "MSC exosomes and fracture"
    )
    assert ("bone regeneration", "increase", "regenerative") in found


def test_right_ventricular_pressure_keeps_its_own_row() -> None:
    """(guard: 'systolic pressure' of the right ventricle is pulmonary hypertension's)"""
    found = _read("BM-Exos lowered right ventricular systolic pressure.")
    assert ("Hypertension, Pulmonary", "decrease", "protective") in found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        (
            "Serum ALT levels were found to be lowered by BM-Exos.",
            ("organ dysfunction", "decrease", "protective"),
        ),
        (
            "Tubular apoptosis was shown to be lessened by BM-Exos.",
            ("apoptotic process", "decrease", "protective"),
        ),
    ],
)
def test_a_change_a_report_verb_raises(sentence: str, found: tuple[str, str, str]) -> None:
    """(read nothing: the parse gives the subject to 'found' / 'shown')"""
    assert found in read_abstract(TITLE, GIVEN, OTHER, sentence)


def test_a_report_verb_of_uptake_states_no_change() -> None:
    """(guard)"""
    found = read_abstract(
        TITLE, GIVEN, OTHER, "BM-Exos were found to be taken up by tubular cells."
    )
    assert found == [("organ dysfunction", "decrease", "protective")]


@pytest.mark.parametrize(
    "sentence",
    [
        "TUNEL staining revealed more apoptotic cells in the BM-Exos group than in the sham group.",
        "Fibrosis was greater in the BM-Exos group than in the normal group.",
        (
            "Apoptosis was higher in the BM-Exos group than in healthy mice but lower than in"
            " the model group."
        ),
    ],
)
def test_the_evs_group_set_against_health_is_no_change_they_made(sentence: str) -> None:
    """(read as a harm the EVs raised: a treated disease still differs from health)"""
    found = read_abstract(TITLE, GIVEN, OTHER, sentence)
    assert all(role != "pathogenic" for _, _, role in found)


def test_the_evs_group_set_against_the_model_is_read() -> None:
    """(guard)"""
    found = read_abstract(
        TITLE, GIVEN, OTHER, "Fibrosis was milder in the BM-Exos group than in the model group."
    )
    assert ("Fibrosis", "decrease", "protective") in found


def test_a_title_claiming_repair_frames_the_abstract() -> None:
    """(a lone harm read beside a title that claims a repair is far likelier a misreading: it was
    kept, and as a tie made the abstract's majority role pathogenic)"""
    title = "Bone marrow MSC exosomes alleviate kidney injury in mice"
    body = "BM-Exos inhibited cell proliferation."
    roles = {f[3] for f in read_document_findings(title, GIVEN, body)}
    assert "pathogenic" not in roles
    assert roles & {"protective", "regenerative"}
    # (guard: without such a title the harm read stays, as it did)
    plain = {f[3] for f in read_document_findings("Bone marrow MSC exosomes in mice", GIVEN, body)}
    assert "pathogenic" in plain


@pytest.mark.parametrize(
    "sentence",
    [
        "BM-Exos increased the deposition of insoluble elastin by smooth muscle cells.",
        "BM-Exos raised elastin synthesis.",
    ],
)
def test_elastin_laid_down_is_elastic_fibre_assembly(sentence: str) -> None:
    """(read as a harm raised by the generic head 'deposition', or nothing)"""
    found = _read(sentence, "Adipose stromal cell vesicles in engineered vessel grafts")
    assert ("elastic fiber assembly", "increase", "regenerative") in found


@pytest.mark.parametrize(
    "sentence",
    ["BM-Exos rescued dopaminergic neurons.", "BM-Exos rescued retinal ganglion cells."],
)
def test_cells_rescued_are_kept_from_harm(sentence: str) -> None:
    """(read nothing; 'protected dopaminergic neurons' read them kept from harm)"""
    assert ("tissue injury", "decrease", "protective") in _read(sentence)


def test_an_expression_rescued_is_no_tissue_kept() -> None:
    """(guard)"""
    assert _read("BM-Exos rescued the expression of SIRT1.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Chondrocytes treated with BM-Exos exhibited reduced apoptosis.",
        "Cells treated with BM-Exos exhibited reduced apoptosis.",
    ],
)
def test_cells_given_the_evs_when_the_parse_makes_treated_the_verb(sentence: str) -> None:
    """(read nothing: 'treated' parsed as the sentence's verb, 'exhibited' its conjunct with no
    subject of its own)"""
    found = read_abstract(TITLE, GIVEN, OTHER, sentence)
    assert ("apoptotic process", "decrease", "protective") in found


def test_cells_given_a_stimulus_are_not_the_evs() -> None:
    """(guard)"""
    found = read_abstract(TITLE, GIVEN, OTHER, "Cells treated with LPS exhibited raised apoptosis.")
    assert ("apoptotic process", "increase", "pathogenic") not in found


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        (
            "BM-Exos reduced infarct size, whereas the change in heart rate was not significant.",
            ("tissue injury", "decrease", "protective"),
        ),
        (
            "BM-Exos lowered ALT levels, but the reduction in ALP was not significant.",
            ("organ dysfunction", "decrease", "protective"),
        ),
        (
            "BM-Exos lowered apoptosis, and Western blots showed the same trend.",
            ("apoptotic process", "decrease", "protective"),
        ),
        (
            "BM-Exos improved survival without weight loss and lessened lung injury.",
            ("Lung Injury", "decrease", "protective"),
        ),
    ],
)
def test_a_denial_or_doubt_said_of_something_else_leaves_the_result(
    sentence: str, kept: tuple[str, str, str]
) -> None:
    """(guards from the newcomer review: another readout called not significant, 'the same
    trend', and a change the parse coordinates with a noun 'without' denies)"""
    assert kept in read_asserted(TITLE, GIVEN, OTHER, sentence)


def test_tumours_that_grew_keep_a_prevention_study_a_tumour_study() -> None:
    """(guard: 'no tumour growth' in some mice beside controls that developed tumours)"""
    text = (
        "No tumour growth was seen in 3 of 6 treated mice, whereas all controls developed tumours."
    )
    assert cues.tumour_words(text) > 0


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        (
            "Infarct volume was decreased by approximately 30%.",
            ("tissue injury", "decrease", "protective"),
        ),
        ("Apoptosis was lessened by half.", ("apoptotic process", "decrease", "protective")),
        ("Fibrosis fell from 40% to 20%.", ("Fibrosis", "decrease", "protective")),
        ("Mortality dropped from 80% to 25%.", ("mortality", "decrease", "protective")),
    ],
)
def test_a_size_is_no_agent_nor_an_object(sentence: str, found: tuple[str, str, str]) -> None:
    """(read nothing: 'by approximately 30%' / 'by half' taken as the agent, 'from 40%' as a
    cause the lowering verb acts on)"""
    assert found in read_abstract(TITLE, GIVEN, OTHER, sentence)


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        (
            "Secretion of IL-1β was clearly lower.",
            ("inflammatory response", "decrease", "protective"),
        ),
        ("The infarct size was smaller.", ("tissue injury", "decrease", "protective")),
    ],
)
def test_a_bare_comparative_after_the_evs_are_given(
    sentence: str, found: tuple[str, str, str]
) -> None:
    """(read nothing: a comparative naming no group had no agent at all)"""
    assert found in read_abstract(TITLE, GIVEN, OTHER, sentence)


def test_a_comparative_of_another_group_stays_unread() -> None:
    """(guard)"""
    found = read_abstract(TITLE, GIVEN, OTHER, "Fibrosis was lower in the sham group.")
    assert ("Fibrosis", "decrease", "protective") not in found


def test_cells_named_before_the_evs_are_not_their_source() -> None:
    """(read nothing: 'macrophages, the exosomes' was read as macrophages' exosomes)"""
    found = read_abstract(
        TITLE, GIVEN, OTHER, "In LPS-primed macrophages, the exosomes dampened inflammation."
    )
    assert ("inflammatory response", "decrease", "protective") in found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        (
            "BM-Exos drove M2 polarization.",
            ("macrophage polarization to M2", "increase", "regenerative"),
        ),
        ("BM-Exos favoured wound healing.", ("wound healing", "increase", "regenerative")),
    ],
)
def test_verbs_that_push_their_object_on(sentence: str, found: tuple[str, str, str]) -> None:
    """(read nothing)"""
    assert found in read_abstract(TITLE, GIVEN, OTHER, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "BM-Exos drove down inflammation.",  # a 'down' particle turns the verb
        "BM-Exos reduced the production of elastin-degrading enzymes.",
        "Cells treated with the vehicle of BM-Exos showed increased apoptosis.",
        "M1 macrophages and their exosomes promoted fibrosis.",
        "Kidneys were harvested and preserved in liquid nitrogen.",
        "Ferroptosis was suppressed by liproxstatin-1.",
        "Fibrosis was lower, but not significantly.",
    ],
)
def test_the_second_reviews_regressions_read_no_harm_and_no_credit(sentence: str) -> None:
    """(guards from the second newcomer review of this session's rules)"""
    found = read_abstract(TITLE, GIVEN, OTHER, sentence)
    assert all(role != "pathogenic" for _, _, role in found), found
    assert ("Fibrosis", "decrease", "protective") not in found
    assert ("tissue injury", "decrease", "protective") not in found
    assert ("ferroptosis", "decrease", "protective") not in found


def test_two_harms_beside_a_repair_title_stay() -> None:
    """(guard: the title's framing drops a lone harm only; two stated together are likelier the
    abstract's own results, a newcomer review's 'high-dose EVs raised embolism and thrombosis')"""
    title = "Bone marrow MSC exosomes alleviate kidney injury in mice"
    body = "At a high dose, BM-Exos increased thrombosis and pulmonary embolism."
    roles = [f[3] for f in read_document_findings(title, GIVEN, body)]
    assert roles.count("pathogenic") == 2, roles


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("BM-Exos lowered serum bilirubin.", ("organ dysfunction", "decrease", "protective")),
        ("BM-Exos raised serum albumin.", ("organ dysfunction", "decrease", "protective")),
        (
            "BM-Exos lowered amyloid plaque load.",
            ("amyloid-beta accumulation", "decrease", "protective"),
        ),
    ],
)
def test_the_third_probes_readouts(sentence: str, found: tuple[str, str, str]) -> None:
    """(read nothing)"""
    assert found in read_abstract(TITLE, GIVEN, OTHER, sentence)
