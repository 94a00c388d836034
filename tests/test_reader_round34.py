"""Round-34 reader rules, from the helpers' relevant reviews read as irrelevant (19 of 69 gave
no finding with an MSC source), rewritten as our own probe sentences."""

from __future__ import annotations

import pytest

from exoatlas.read.deep import read_parsed
from exoatlas.read.msc_vesicles import msc_product_in
from exoatlas.read.parsing import parse
from exoatlas.read.review_topic import FAMILY, review_topic
from exoatlas.vocab import cues, rules

from .reading import folded, read_abstract, read_records, triple

# a review that proposes and states nothing as established
HEDGED = (
    "Kidney injury is common in hospitals and lacks a specific therapy.",
    "Vesicles secreted by MSCs might offer an alternative to the cells themselves.",
    "In this review, we summarize what is known and what remains to be tested.",
)


def test_a_review_stating_no_effect_yields_its_title_topic_hedged() -> None:
    records = read_records(
        "MSC-derived extracellular vesicles: a potential therapeutic strategy for acute kidney "
        "injury",
        *HEDGED,
    )
    assert records, "a review about MSC-EVs in a disease is relevant"
    found = {(r.finding.outcome.process.label, r.finding.outcome.direction) for r in records}
    assert found == {("Acute Kidney Injury", "decrease")}
    for r in records:
        assert r.evidence.hedged  # what it proposes is no result: half weight in belief
        assert r.evidence.extractor.endswith(FAMILY)
        assert r.evidence.confidence == rules.confidence(FAMILY)
        assert r.finding.msc_source is not None
        assert r.finding.outcome.role == "protective"


@pytest.mark.parametrize(
    "sentence",
    [
        "Here, we summarize the therapeutic use of MSC-derived exosomes in osteoarthritis.",
        "In this review, we discuss MSC-derived exosomes for the treatment of osteoarthritis.",
    ],
)
def test_the_sentence_saying_what_it_reviews_names_the_topic_too(sentence: str) -> None:
    """A title that names no MSC-EVs: the sentence saying what the review covers."""
    records = read_records(
        "Extracellular vesicles: trends and prospects",
        "Vesicles are released by many cells.",
        sentence,
    )
    assert folded([triple(r) for r in records]) == {("osteoarthritis", "decrease", "protective")}
    assert all(r.evidence.hedged and r.evidence.extractor.endswith(FAMILY) for r in records)


def test_a_study_that_reviewed_its_records_is_no_review() -> None:
    """'We reviewed the records', 'we summarized the scores': a study's methods. Read as a
    review, what its opening cites would be read as its content."""
    found = read_abstract(
        "MSC-derived exosomes in rats with kidney injury",
        "MSC-derived exosomes can reduce renal fibrosis.",
        "Here, rats with kidney injury were given the exosomes for four weeks.",
        "We reviewed the kidney sections and summarized their scores.",
    )
    assert found == []


def test_a_review_with_an_established_effect_gets_no_topic_finding() -> None:
    records = read_records(
        "MSC-derived exosomes in acute kidney injury: a review",
        "In this review, we summarize the field.",
        "MSC-derived exosomes reduced tubular apoptosis in rats with ischemic kidney injury.",
    )
    assert records
    assert not any(r.evidence.extractor.endswith(FAMILY) for r in records)


@pytest.mark.parametrize(
    "title",
    [
        # a tumour: the review may weigh the vesicles either way
        "MSC-derived exosomes in gastric cancer: a review",
        "MSC-derived exosomes in chronic myeloid leukemia: a review",
        # a cause, a risk, a marker, a messenger or a method, not a treatment
        "MSC-derived exosomes in the pathogenesis of pulmonary fibrosis: a review",
        "Crosstalk between macrophages and MSCs through exosomes in colitis: a review",
        "Could MSC-derived exosomes aggravate asthma? A therapeutic review",
        "The dual role of MSC-derived exosomes in the therapy of arthritis",
        "MSC-derived exosomes in sepsis therapy: friend or foe?",
        "MSC-derived exosomes as biomarkers of graft-versus-host disease treatment",
        "Isolation of MSC-derived exosomes for osteoarthritis therapy: a review of methods",
        "Therapeutic exosomes from MSCs of patients with lupus: a review",
        # no treatment named: no direction to give
        "MSC-derived exosomes and apoptosis: a review",
        "MSC-derived exosomes in obesity: a review",
    ],
)
def test_no_topic_for_a_tumour_or_a_title_that_names_no_treatment(title: str) -> None:
    assert read_abstract(title, *HEDGED) == []


def test_no_topic_for_a_review_whose_abstract_is_about_a_tumour() -> None:
    assert (
        read_abstract(
            "Potential therapeutic application of MSC-derived exosomes in liver disease",
            "Hepatocellular carcinoma is the commonest liver tumour.",
            "In this review, we summarize what is known of the exosomes in it.",
        )
        == []
    )


def test_no_topic_over_an_effect_the_review_denies() -> None:
    records = read_records(
        "MSC-derived exosomes as a therapy for type 1 diabetes: a review",
        "In this review, we summarize the field.",
        "MSC-derived exosomes failed to prevent diabetes in mice.",
    )
    assert not any(r.evidence.extractor.endswith(FAMILY) for r in records)


def test_a_primary_study_stating_nothing_gets_no_topic_finding() -> None:
    """Only a review is read for its topic: a study's hedged aside is no result."""
    assert (
        read_abstract(
            "MSC-derived exosomes in acute kidney injury of rats",
            "Kidney injury lacks a specific therapy.",
            "MSC-derived exosomes might be a therapy for it.",
        )
        == []
    )


def test_review_topic_reads_a_good_process_as_raised() -> None:
    found = {
        (o.process.label, o.direction)
        for o in review_topic("MSC-derived exosomes in bone regeneration: a review", ())
    }
    assert ("bone regeneration", "increase") in found
    assert review_topic("Exosomes from tumour cells in bone regeneration", ()) == []
    # no treatment word: 'and cell proliferation' says no direction
    assert review_topic("MSC-derived exosomes and cell proliferation", ()) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("MSC exosomes exerted anti-osteoporosis effects in ovariectomized mice.", "osteoporosis"),
        ("The MSC exosomes showed anti-colitis activity.", "colitis"),
        ("MSC exosomes had anti-arthritis properties.", "arthritis"),
    ],
)
def test_an_anti_prefixed_disease_is_the_disease_lowered(sentence: str, expected: str) -> None:
    """'anti-osteoporosis effects': the prefix is the polarity, the rest a disease (not only a
    process: 'anti-fibrotic', 'anti-apoptotic')."""
    assert (expected, "decrease") in _changes(sentence)


def test_an_anti_prefixed_disease_before_a_drug_noun_is_no_change() -> None:
    assert _changes("Patients also received anti-tuberculosis drugs during the trial.") == set()


def test_an_anti_prefixed_disease_owned_by_a_drug_is_not_the_evs() -> None:
    found = _changes(
        "MSC exosomes protected the heart without weakening the anticancer activity of the drug."
    )
    assert ("neoplasms", "decrease") not in found


def _changes(sentence: str) -> set[tuple[str, str]]:
    return {(o.process.label.casefold(), o.direction) for o in read_parsed(parse([sentence])[0])}


@pytest.mark.parametrize(
    ("sentence", "review"),
    [
        ("We reviewed the therapeutic mechanism of MSC-EVs in kidney injury.", True),
        ("We have reviewed the literature on MSC-derived exosomes.", True),
        ("We reviewed the medical records of 40 patients.", False),
        ("We summarized the data from three independent experiments.", False),
        ("We also reviewed previous dose-finding reports.", False),
    ],
)
def test_which_past_tense_review_sentence_makes_a_review(sentence: str, review: bool) -> None:
    assert cues.cue_found("review_record", sentence) is review


@pytest.mark.parametrize(
    "sentence",
    [
        "MSC-derived exosomes induced tolerogenic dendritic cells in arthritic mice.",
        "Bone marrow MSC vesicles induce regulatory dendritic cells in diabetic patients.",
        "The MSC exosomes induced IL-10-secreting DCs.",
    ],
)
def test_dendritic_cells_made_tolerogenic_are_a_protective_change(sentence: str) -> None:
    found = folded(read_abstract("Bone marrow MSC exosomes in autoimmunity", sentence))
    roles = {
        r for p, d, r in found if p == "tolerogenic dendritic cell frequency" and d == "increase"
    }
    assert roles and roles <= {"protective", "regenerative"}, found


def test_a_condition_that_accelerates_ev_biogenesis_is_a_property_statement() -> None:
    """A method study's only result: 'X accelerated EV biogenesis and enriched their cargo'."""
    found = folded(
        read_abstract(
            "Hypoxia and umbilical cord MSC extracellular vesicles",
            "Hypoxic preconditioning accelerated MSC-derived EV biogenesis three-fold and "
            "enriched their cargo contents.",
        )
    )
    assert ("ev yield", "increase", "neutral") in found
    assert ("ev cargo content", "increase", "neutral") in found


def test_a_raised_harm_listed_after_a_lessened_one_is_no_raise() -> None:
    """'alleviated the weight loss and elevated BUN', the adjective parsed on BUN: the elevated
    BUN is what was alleviated, not kidney dysfunction the vesicles raised."""
    found = _changes("MSC exosomes alleviated the weight loss and elevated BUN in septic mice.")
    assert ("weight loss", "decrease") in found
    assert not any(direction == "increase" for _, direction in found), found


@pytest.mark.parametrize(
    ("sentence", "expected", "tumour"),
    [
        # a good raised after a harm lessened: a change of its own
        (
            "MSC-EVs reduced apoptosis and elevated proliferation.",
            "cell population proliferation",
            False,
        ),
        # in a tumour, apoptosis raised is the benefit
        (
            "MSC exosomes repressed prostate cancer cell proliferation, invasion, and migration "
            "and enhanced apoptosis.",
            "apoptotic process",
            True,
        ),
    ],
)
def test_a_raise_listed_after_a_lessening_stays_a_raise(
    sentence: str, expected: str, tumour: bool
) -> None:
    found = {
        (o.process.label, o.direction) for o in read_parsed(parse([sentence])[0], tumour=tumour)
    }
    assert (expected, "increase") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "MSC exosomes reduced the deaths of neurons after stroke.",
        "MSC exosomes reduced the death of hippocampal neurons.",
    ],
)
def test_the_death_of_neurons_is_neuronal_loss_not_mortality(sentence: str) -> None:
    found = _changes(sentence)
    assert ("neuronal degeneration", "decrease") in found
    assert not any(process == "mortality" for process, _ in found)


@pytest.mark.parametrize(
    ("sentence", "vesicles"),
    [
        ("Transplanted MSCs released numerous apoptotic bodies that promoted angiogenesis.", True),
        ("The release of apoptotic bodies by MSCs promoted bone repair.", True),
        ("Apoptotic bodies produced by MSCs promoted wound healing.", True),
        # the apoptotic bodies histology counts are no vesicles of the MSCs
        ("MSC treatment reduced apoptotic bodies in the liver.", False),
    ],
)
def test_apoptotic_bodies_the_mscs_release_are_their_vesicles(
    sentence: str, vesicles: bool
) -> None:
    assert msc_product_in(sentence) is vesicles


def test_a_title_setting_the_vesicles_beside_an_induced_harm_names_the_model() -> None:
    """'MSC EVs and induced hepatotoxicity', the participle parsed as a verb coordinated with the
    title's noun: how the model was made, not the vesicles raising the injury."""
    assert _changes("MSC EVs and induced hepatotoxicity") == set()


def test_a_title_beside_induced_apoptosis_in_a_tumour_stays_a_change() -> None:
    found = {
        (o.process.label, o.direction)
        for o in read_parsed(
            parse(["MSC-EVs and induced apoptosis of gastric cancer cells"])[0], tumour=True
        )
    }
    assert ("apoptotic process", "increase") in found


# the round's second newcomer review: where the rules above went too far


@pytest.mark.parametrize(
    "sentence",
    [
        "MSC exosomes abrogated the antitumor effects induced by radiotherapy.",
        "MSC exosomes showed no antitumor effect in vivo.",
        "MSC exosomes did not alter cisplatin's antitumor effects.",
        "MSC exosomes abolished the anti-colitis effects mediated by regulatory T cells.",
    ],
)
def test_an_anti_prefixed_disease_the_evs_do_not_hold_is_not_lowered(sentence: str) -> None:
    found = {
        (o.process.label.casefold(), o.direction, o.negated)
        for o in read_parsed(parse([sentence])[0], tumour=True)
    }
    assert ("neoplasms", "decrease", False) not in found, found
    assert ("colitis", "decrease", False) not in found, found


def test_the_anti_prefixed_function_of_the_evs_is_theirs() -> None:
    sentence = (
        "The engineered exosomes used the intrinsic anti-osteoporosis function of these "
        "MSC-derived exosomes."
    )
    assert ("osteoporosis", "decrease") in _changes(sentence)


def test_a_raised_harm_after_a_denied_lessening_stays_raised() -> None:
    found = _changes("MSC exosomes did not reduce the weight loss but elevated serum creatinine.")
    assert ("organ dysfunction", "increase") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "MSC exosomes prevented the loss of neuron-specific enolase.",
        "MSC exosomes reduced the deaths of mice with neuron injury.",
        "MSC exosomes shifted macrophages to a tolerogenic phenotype.",
    ],
)
def test_neuron_and_tolerogenic_cues_stay_narrow(sentence: str) -> None:
    found = {process for process, _ in _changes(sentence)}
    assert not found & {"neuronal degeneration", "tolerogenic dendritic cell frequency"}


def test_apoptotic_bodies_of_host_cells_are_no_msc_vesicles() -> None:
    assert not msc_product_in("Apoptotic bodies of hepatocytes were reduced after MSC treatment.")


def test_an_induced_title_read_by_the_keyword_fallback_is_the_model_too() -> None:
    found = read_abstract(
        "MSC exosomes and induced fibrosis in the lung", "MSC exosomes were given."
    )
    assert not any(direction == "increase" for _, direction, _ in found), found


@pytest.mark.parametrize(
    "sentence",
    [
        "Exosomes secreted by cord MSCs play an anti-tumor role by blocking tumour cells.",
        "The MSC exosomes showed enhanced uptake and anti-tumor effect in osteosarcoma cells.",
    ],
)
def test_an_anti_tumor_role_or_listed_effect_the_evs_hold_is_the_tumour_lowered(
    sentence: str,
) -> None:
    found = {(o.process.label, o.direction) for o in read_parsed(parse([sentence])[0], tumour=True)}
    assert ("Neoplasms", "decrease") in found, found


@pytest.mark.parametrize(
    ("sentence", "process", "negated"),
    [
        ("MSC exosomes showed no anti-inflammatory effect in vivo.", "inflammatory response", True),
        ("MSC exosomes did not exert anti-apoptotic effects.", "apoptotic process", True),
        ("MSC exosomes lacked anti-fibrotic activity.", "fibrosis", True),
        ("MSC exosomes exerted anti-inflammatory effects.", "inflammatory response", False),
    ],
)
def test_a_denied_anti_prefixed_effect_is_read_negated(
    sentence: str, process: str, negated: bool
) -> None:
    found = {
        (o.process.label.casefold(), o.negated)
        for o in read_parsed(parse([sentence])[0])
        if o.family == "deep:adjective"
    }
    assert (process, negated) in found, found
