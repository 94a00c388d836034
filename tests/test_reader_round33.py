"""Round-33 reader rules, from a role audit of a new wave of the helpers' real abstracts, rewritten
as our own probe sentences."""

from __future__ import annotations

import pytest

from exoatlas.read.deep import read_parsed
from exoatlas.read.parsing import parse

from .reading import folded, kept_by_triage, read_abstract

TITLE = "Bone marrow MSC extracellular vesicles in mice"


def _changes(sentence: str) -> set[tuple[str, str]]:
    """(process, direction) of each change the parse of one sentence states."""
    return {(o.process.label.casefold(), o.direction) for o in read_parsed(parse([sentence])[0])}


@pytest.mark.parametrize(
    "title",
    [
        "Effect of bone marrow MSC microvesicles versus ozone on induced liver injury in rats",
        "Umbilical cord MSC exosomes in provoked colitis of mice: a histological study",
    ],
)
def test_a_disease_written_as_induced_with_no_agent_is_the_model(title: str) -> None:
    """'on induced liver injury': how the model was made, not what the vesicles did; the result
    sentence is what is read."""
    found = folded(read_abstract(title, "The microvesicles markedly reduced the liver damage."))
    assert not any(direction == "increase" for _, direction, _ in found)
    assert ("tissue injury", "decrease", "protective") in found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a participle with its own agent, or a coordinated verb, still states a change
        (
            "The MSC-EV-induced apoptosis of the tumour cells was strong.",
            ("apoptotic process", "increase"),
        ),
        (
            "BMSC exosomes inhibited viability and induced apoptosis of the cancer cells.",
            ("apoptotic process", "increase"),
        ),
    ],
)
def test_an_induced_participle_with_an_agent_or_a_conjunction_stays_a_change(
    sentence: str, expected: tuple[str, str]
) -> None:
    assert expected in _changes(sentence)


def test_a_bare_induced_participle_before_a_disease_states_no_change() -> None:
    assert _changes("MSC exosomes were studied in induced arthritis of rats.") == set()


def test_the_model_stays_the_model_whoever_the_subject_is() -> None:
    """'lowered disease activity in induced colitis': the colitis is the model, not raised."""
    found = folded(read_abstract(TITLE, "MSC EVs lowered disease activity in induced colitis."))
    assert not any(direction == "increase" for _, direction, _ in found)


def test_a_benefit_written_as_induced_is_still_a_change() -> None:
    """Only a harm is the model: 'induced angiogenesis' in the treated group is the EVs'."""
    found = folded(
        read_abstract(
            TITLE, "There was induced angiogenesis in the MSC-EV group compared with PBS."
        )
    )
    assert ("angiogenesis", "increase", "regenerative") in found


def test_apoptotic_bodies_are_no_apoptosis() -> None:
    found = folded(
        read_abstract(
            TITLE,
            "Injured hepatocytes release apoptotic bodies that activate stellate cells, and MSC"
            " exosomes blocked this activation.",
        )
    )
    assert not any(process == "apoptotic process" for process, _, _ in found)


def test_nanovesicles_abbreviated_after_msc_are_the_msc_vesicles() -> None:
    """'MSC NVs' written with a space: the cells' vesicles, read as the study's agent."""
    found = folded(
        read_abstract(
            "Extruded nanovesicles and heart repair",
            "Intravenous delivery of MSC NVs improved heart repair and cardiac function in mice"
            " with myocardial infarction.",
        )
    )
    assert ("functional recovery", "increase", "regenerative") in found


def test_apoptotic_bodies_the_mscs_release_are_their_vesicles() -> None:
    assert kept_by_triage(
        "Transplanted MSCs released apoptotic bodies that enhanced angiogenesis in the infarct.",
        title="Apoptotic bodies of donor cells in infarction",
    )
    # apoptotic bodies named with no release or derivation are no vesicle word of the MSCs
    assert not kept_by_triage(
        "MSCs were given to infarcted mice, and apoptotic bodies were counted in the heart.",
        title="Apoptotic bodies of donor cells in infarction",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "In conclusion, BMSC exosomes could restrain GBM cell proliferation and increase"
        " apoptosis.",
        "The exosomes might lower fibrosis and raise the ejection fraction in patients.",
    ],
)
def test_a_second_bare_verb_shares_the_first_verbs_modal(sentence: str) -> None:
    """'could restrain X and increase Y', parsed with 'increase' a conjunct of X: the modal
    governs both verbs, as it would in the other parse."""
    outcomes = read_parsed(parse([sentence])[0])
    assert len(outcomes) == 2
    assert all(o.hedged for o in outcomes)


def test_a_finite_second_verb_keeps_its_own_clause() -> None:
    """'did not raise X and reduced Y': the second verb has a tense of its own, so the first's
    'not' does not reach it."""
    outcomes = read_parsed(
        parse(["The exosomes did not raise ALT and reduced hepatic fibrosis in the rats."])[0]
    )
    fibrosis = [o for o in outcomes if o.process.label.casefold() == "fibrosis"]
    assert fibrosis and not fibrosis[0].negated and not fibrosis[0].hedged


@pytest.mark.parametrize(
    ("title", "sentence", "expected"),
    [
        # the parser made the participle the verb, with the disease its object
        (
            "MSC EVs ameliorate induced lung fibrosis",
            "Bone marrow MSC EVs were given to mice.",
            ("fibrosis", "decrease", "protective"),
        ),
        (
            "Bone marrow MSC EVs in epilepsy",
            "Bone marrow MSC EVs suppressed provoked seizures in mice.",
            ("seizures", "decrease", "protective"),
        ),
        # ... and the change verb tagged a noun, with the vesicles its modifiers
        (
            "MSC EVs attenuate provoked colitis",
            "Bone marrow MSC EVs were given to mice.",
            ("colitis", "decrease", "protective"),
        ),
        (
            "Bone marrow MSC EVs in arthritis",
            "MSC EVs alleviated triggered arthritis in mice.",
            ("arthritis", "decrease", "protective"),
        ),
    ],
)
def test_a_change_verb_before_an_induced_disease_is_what_happened_to_it(
    title: str, sentence: str, expected: tuple[str, str, str]
) -> None:
    found = folded(read_abstract(title, sentence))
    assert expected in found
    assert not any(direction == "increase" for _, direction, _ in found)


def test_the_keyword_reader_leaves_an_induced_model_out() -> None:
    """An abstract the parse reads nothing from falls back on keywords: 'against induced
    nephrotoxicity' names the model, not a rise."""
    found = read_abstract(
        "Effects of MSC EVs against induced nephrotoxicity", "Bone marrow MSC EVs were given."
    )
    assert not any(direction == "increase" for _, direction, _ in found)


def test_a_verb_after_and_is_still_a_verb() -> None:
    found = folded(
        read_abstract(
            TITLE, "The MSC EVs reduced apoptosis and induced proliferation of tubular cells."
        )
    )
    assert ("cell population proliferation", "increase", "regenerative") in found


def test_a_change_verb_closing_a_clause_of_its_own_lends_no_direction() -> None:
    """'EVs whose miR-145 content was suppressed triggered tumour growth': 'suppressed' ends the
    relative clause; 'triggered' is the main verb and raises the growth."""
    found = folded(
        read_abstract(TITLE, "MSC EVs whose miR-145 content was suppressed triggered tumor growth.")
    )
    assert ("tumor growth", "increase", "pro_tumor") in found


def test_a_listed_twin_of_an_induced_model_is_a_model_too() -> None:
    """'ameliorate induced lung fibrosis and induced inflammation': the second 'induced',
    parsed as a verb coordinated with the first, names a model as the first does."""
    found = folded(
        read_abstract(
            "MSC EVs ameliorate induced lung fibrosis and induced inflammation",
            "Bone marrow MSC EVs were given to mice.",
        )
    )
    assert ("inflammatory response", "decrease", "protective") in found
    assert not any(direction == "increase" for _, direction, _ in found)


@pytest.mark.parametrize(
    "sentence",
    [
        # the second 'induced' parsed as a verb coordinated with 'reduced'
        "MSC EVs reduced induced apoptosis and induced necroptosis in the kidney.",
        # an article or 'both' before the first is no stimulus to hyphenate it to
        "MSC EVs reduced the induced apoptosis and induced necroptosis of tubular cells.",
        "MSC EVs reduced both induced apoptosis and induced necroptosis in the kidney.",
    ],
)
def test_a_harm_listed_after_an_induced_one_is_lowered_too(sentence: str) -> None:
    found = folded(read_abstract(TITLE, sentence))
    assert ("necroptotic process", "decrease", "protective") in found
    assert not any(direction == "increase" for _, direction, _ in found)
