"""Round 38 of the reader's rules: forms from real helper-set abstracts, probed in own words."""

from __future__ import annotations

import pytest

from .reading import folded, read_abstract, read_records, triple

_TRIAL = "An extracellular vesicle product of bone marrow MSCs in knee osteoarthritis"


@pytest.mark.parametrize(
    "sentence",
    [
        "The EV product was safe and effective in osteoarthritis.",
        "The EV product proved safe and clinically effective in the treatment of osteoarthritis.",
        "The EV product was well tolerated and effective in patients with osteoarthritis.",
        "Injection of the EV product was safe and efficacious in osteoarthritis.",
    ],
)
def test_safe_and_effective_is_a_claim_of_benefit(sentence: str) -> None:
    """A conclusion's 'safe and effective in X': the adjective coordinated with another
    complement of the copula had been passed over (only 'were effective in X' was read)."""
    assert folded(read_abstract(_TRIAL, sentence)) == {("osteoarthritis", "decrease", "protective")}


@pytest.mark.parametrize(
    "sentence",
    [
        "The EV product was safe but not effective in osteoarthritis.",
        "The EV product was safe and may be effective in osteoarthritis.",
        "The EV product was safe and potentially effective in osteoarthritis.",
        "Whether the EV product is safe and effective in osteoarthritis remains unknown.",
        "The EV product seemed effective in treating osteoarthritis.",
    ],
)
def test_denied_or_hedged_effectiveness_is_no_claim(sentence: str) -> None:
    assert read_abstract(_TRIAL, sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The EV product was effective for the treatment of patients with osteoarthritis.",
        "The EV product was effective for the treatment of osteoarthritis patients.",
    ],
)
def test_a_treatment_of_patients_treats_their_disease(sentence: str) -> None:
    """'for the treatment of patients with X': the parse hangs 'with X' on the treatment, and
    the people are no process; the disease they have is what the treatment is for."""
    assert folded(read_abstract(_TRIAL, sentence)) == {("osteoarthritis", "decrease", "protective")}


def test_a_benefit_said_to_be_impaired_frames_no_repair() -> None:
    """An abstract of vesicles from obese donors: its results say they raised inflammation;
    its closing sentence that obesity may impair the MSCs' immunomodulatory function counted as
    the abstract calling its vesicles beneficial, a framing that removed the result it
    contradicted."""
    title = "Obesity changes the cargo of extracellular vesicles from porcine adipose MSCs"
    found = read_abstract(
        title,
        "Tubular epithelial cells exposed to the obese-donor EVs showed increased inflammation.",
        "Donor obesity may thus impair the immunomodulatory function of MSCs.",
    )
    assert folded(found) == {("inflammatory response", "increase", "pathogenic")}


def test_a_benefit_kept_by_a_boost_still_counts() -> None:
    title = "Exosomes of bone marrow MSCs in colitis"
    sentence = "Hypoxia enhanced the protective effects of the MSC-EVs on colitis."
    assert folded(read_abstract(title, sentence)) == {("colitis", "decrease", "protective")}


@pytest.mark.parametrize(
    "sentence",
    [
        "In EV-treated rats, gait was normalized.",
        "The EVs improved gait in lesioned rats.",
        "Gait was restored in EV-treated rats.",
    ],
)
def test_gait_recovered_is_functional_recovery(sentence: str) -> None:
    """'gait' had no concept: a normalized gait was read as nothing or an unnamed change."""
    title = "Extracellular vesicles of dental pulp MSCs in a rat model of Parkinson's disease"
    assert folded(read_abstract(title, sentence)) == {
        ("functional recovery", "increase", "regenerative")
    }


def test_gait_abnormalities_are_not_gait() -> None:
    title = "Extracellular vesicles of dental pulp MSCs in a rat model of Parkinson's disease"
    found = folded(read_abstract(title, "The EVs reduced gait abnormalities."))
    assert not any(label == "functional recovery" for label, _, _ in found)


_METHODS = "Three ways to isolate the exosomes of adipose MSCs, compared"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Ultrafiltration gave a higher particle concentration than ultracentrifugation.",
            "increase",
        ),
        ("The particle number per cell was higher in 3D culture.", "increase"),
        ("Repeated freeze-thaw cycles decreased the particle number.", "decrease"),
        ("The highest particle count was obtained with ultrafiltration.", "increase"),
        ("Ultrafiltration recovered more exosomes than ultracentrifugation.", "increase"),
        (
            "EVs isolated by ultrafiltration had a higher concentration than those isolated by "
            "centrifugation.",
            "increase",
        ),
    ],
)
def test_a_method_comparison_states_the_yield(sentence: str, expected: str) -> None:
    """A methods study says how many vesicles a method gave as particles a tracker counted, or
    as what the EVs 'had'; such an abstract had read no finding and so was judged irrelevant."""
    assert folded(read_abstract(_METHODS, sentence)) == {("ev yield", expected, "neutral")}


def test_larger_vesicles_are_a_size_not_a_yield() -> None:
    sentence = "Precipitation yielded larger exosomes than ultracentrifugation."
    assert folded(read_abstract(_METHODS, sentence)) == {("ev size", "increase", "neutral")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Iron oxide nanoparticles were loaded into the exosomes.",
        "The particles were taken up by macrophages.",
        "The mean particle size was 120 nm.",
    ],
)
def test_particles_named_without_a_condition_state_nothing(sentence: str) -> None:
    assert read_abstract(_METHODS, sentence) == []


_KIDNEY = "Microvesicles of bone marrow MSCs in cisplatin-induced acute kidney injury"


@pytest.mark.parametrize(
    "sentence",
    [
        "The MVs had a pro-survival effect on tubular epithelium.",
        "The vesicles were found to exert a pro-survival effect on injured tubular epithelium.",
    ],
)
def test_a_pro_prefixed_effect_is_read_by_the_parse(sentence: str) -> None:
    """'pro-survival' alone did not pass the cheap test before parsing (only 'anti' did), and
    'were found to exert' gave the parse no agent: the keyword window alone had read it, and it
    reads nothing in an abstract whose other sentences the parse reads."""
    found = read_records(_KIDNEY, sentence)
    assert {(triple(r), r.evidence.extractor.split()[-1]) for r in found} == {
        (("cell survival", "increase", "regenerative"), "deep:adjective")
    }


def test_earlier_work_found_to_hold_a_benefit_is_not_this_studys() -> None:
    sentence = "Such vesicles have been shown to exert a pro-survival effect on tubular epithelium."
    assert not any(
        r.evidence.extractor.endswith("deep:adjective") for r in read_records(_KIDNEY, sentence)
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Combined exosome of bone marrow mesenchymal stem cell and chitosan delays knee "
        "osteoarthritis progression in rabbits.",
        "Combination of bone marrow MSC exosomes and chitosan delays osteoarthritis.",
    ],
)
def test_vesicles_combined_with_another_agent_are_the_subject(sentence: str) -> None:
    """The parser takes 'delays' after the long combined name for a plural noun; the re-parse
    as 'They delays ...' had refused an opening holding 'and'."""
    title = "Exosomes of bone marrow MSCs in rabbit knee osteoarthritis"
    assert folded(read_abstract(title, sentence)) <= {
        ("osteoarthritis", "decrease", "protective"),
        ("osteoarthritis, knee", "decrease", "protective"),
    }
    assert read_abstract(title, sentence)


def test_a_combination_whose_first_part_is_no_vesicle_is_not_reparsed() -> None:
    title = "Exosomes of bone marrow MSCs in rabbit knee osteoarthritis"
    sentence = "Combined MSCs and chitosan delays knee osteoarthritis progression."
    assert read_abstract(title, sentence) == []


# -- guards from a newcomer's review of this round's rules (own probes) -------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The EVs reduced abnormal gait in lesioned rats.",
        "The EVs reduced gait asymmetry in lesioned rats.",
        "The EVs reduced freezing of gait in lesioned rats.",
        "The EVs reduced gait freezing.",
    ],
)
def test_a_gait_disorder_lowered_is_no_recovery_lowered(sentence: str) -> None:
    title = "Extracellular vesicles of dental pulp MSCs in a rat model of Parkinson's disease"
    assert ("functional recovery", "decrease", "pathogenic") not in folded(
        read_abstract(title, sentence)
    )


def test_a_knockdown_impairing_the_benefit_keeps_it() -> None:
    title = "Exosomes of bone marrow MSCs in colitis"
    sentence = "Knockdown of miR-146a impaired the protective effects of the exosomes on colitis."
    assert folded(read_abstract(title, sentence)) == {("colitis", "decrease", "protective")}


def test_a_benefit_not_impaired_still_frames_the_abstract() -> None:
    """'did not impair the therapeutic effect' still calls the vesicles beneficial, so a stray
    harm read from the abstract is dropped as before."""
    title = "Freeze-dried exosomes of bone marrow MSCs in colitis"
    found = read_abstract(
        title,
        "Colitic mice received the freeze-dried exosomes.",
        "The exosomes reduced weight loss and colon shortening.",
        "Lyophilization did not impair the therapeutic effect of the exosomes.",
        "Macrophage activation was increased after the exosomes were given.",
    )
    assert not any(role == "pathogenic" for _, _, role in found)


def test_a_measured_pro_adjective_is_no_effect_of_the_vesicles() -> None:
    title = "Exosomes of bone marrow MSCs in colitis"
    found = read_records(
        title,
        "Colitic mice received the exosomes.",
        "The exosomes reduced weight loss.",
        "The pro-inflammatory activity of macrophages was measured after exosome treatment.",
    )
    assert not any(r.evidence.extractor.endswith("deep:adjective") for r in found)


def test_a_comorbidity_of_the_patients_is_not_what_is_treated() -> None:
    sentence = "The EV product was safe and effective for osteoarthritis in patients with diabetes."
    assert folded(read_abstract(_TRIAL, sentence)) == {("osteoarthritis", "decrease", "protective")}


def test_vesicles_reported_to_hold_a_benefit_are_earlier_work() -> None:
    title = "Exosomes of bone marrow MSCs in gastric cancer"
    sentence = "The exosomes were reported to exert pro-angiogenic effects in gastric cancer."
    assert not any(
        r.evidence.extractor.endswith("deep:adjective") for r in read_records(title, sentence)
    )


@pytest.mark.parametrize(
    ("title", "sentence"),
    [
        (_METHODS, "Liposome particles had a lower concentration after storage at 4 degrees."),
        (_METHODS, "The drug particles showed a higher concentration after lyophilization."),
        (
            "Exosomes of bone marrow MSCs in gastric cancer",
            "Tumour cells released more particles under hypoxia than under normoxia.",
        ),
    ],
)
def test_other_particles_are_no_vesicle_yield(title: str, sentence: str) -> None:
    assert not any(
        label.startswith("ev ") for label, _, _ in folded(read_abstract(title, sentence))
    )
