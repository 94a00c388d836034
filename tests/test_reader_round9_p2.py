"""Round 9, helper 2: constructions a second author uses for the same result (found by
rewording development abstracts; every sentence here is written for the test, and each test
fails on the code before its change)."""

from __future__ import annotations

from .reading import folded, parsed_finding, read_abstract

TITLE = "Umbilical cord MSC exosomes in neuronal injury"
DEFINED = "Exosomes were collected from umbilical cord mesenchymal stem cells (UC-Exos)."


def _read(sentence: str) -> set[tuple[str, ...]]:
    # a sentence the parse reads beside it keeps the keyword fallback away (tests/reading.py)
    return folded(read_abstract(TITLE, DEFINED, sentence, parsed_finding("UC-Exos")))


def test_a_fronted_treatment_phrase_is_the_agent_of_an_intransitive_change() -> None:
    found = _read("Following treatment with UC-Exos, cortical neuron apoptosis decreased markedly.")
    assert ("apoptotic process", "decrease", "protective") in found
    found = _read("Upon exposure to UC-Exos, the fibrosis score of the grafts declined.")
    assert ("fibrosis", "decrease", "protective") in found
    # an opening that removes the vesicles, or sets them against the change, is no agent
    for sentence in (
        "After UC-Exo secretion was blocked, cortical neuron apoptosis increased.",
        "Although UC-Exos were injected, cortical neuron apoptosis increased.",
        "Compared with the UC-Exo group, cortical neuron apoptosis increased in the sham group.",
    ):
        assert all(p != "apoptotic process" or r != "pathogenic" for p, _, r in _read(sentence))


def test_a_temporal_clause_naming_the_vesicles_is_the_agent_of_the_changes_after_it() -> None:
    found = _read(
        "When the injured astrocytes were preincubated with UC-Exos, their proliferation rose "
        "and their apoptosis was prevented through the induction of autophagy."
    )
    assert ("cell population proliferation", "increase", "regenerative") in found
    assert ("apoptotic process", "decrease", "protective") in found
    assert ("autophagy", "increase", "regenerative") in found
    found = _read("When UC-Exo uptake was inhibited in the astrocytes, their apoptosis rose again.")
    assert ("apoptotic process", "increase", "pathogenic") not in found


def test_vesicles_of_another_source_named_after_them_state_nothing_of_the_msc_evs() -> None:
    for sentence in (
        "Extracellular vesicles from keratinocytes also accelerated endothelial migration.",
        "Exosomes secreted by neutrophils accelerated endothelial migration in that work.",
    ):
        assert all(p != "cell migration" for p, _, _ in _read(sentence)), sentence
    # the MSC-derived vesicles taken up by such cells are still the agent
    found = _read("Uptake of UC-Exos by macrophages accelerated endothelial migration.")
    assert ("cell migration", "increase", "regenerative") in found


def test_the_treatments_in_use_are_not_the_vesicles_given() -> None:
    found = _read("Standard clinical treatments only relieve the symptoms of the disease.")
    assert not any(d == "decrease" and p != "inflammatory response" for p, d, _ in found), found
    # the treatment the abstract gives is still the vesicles
    found = _read("The treatment lowered cortical neuron apoptosis by half.")
    assert ("apoptotic process", "decrease", "protective") in found


def test_a_passive_of_use_names_a_purpose_not_a_result() -> None:
    for sentence in (
        "UC-Exos are now widely employed to attenuate cortical neuron apoptosis.",
        "UC-Exos have been utilized to attenuate cortical neuron apoptosis in many models.",
    ):
        assert all(p != "apoptotic process" for p, _, _ in _read(sentence)), sentence


def test_repair_written_as_a_verb_restores() -> None:
    title = (
        "Nrf2 carried by marrow MSC vesicles sustains mitochondrial function to repair brain injury"
    )
    found = folded(read_abstract(title))
    assert any(d == "decrease" and r == "protective" for _, d, r in found), found
    # the noun is the process itself: 'tissue repair' raised, not a restoring verb
    found = _read("UC-Exos accelerated cartilage repair in the rats.")
    assert any(d == "increase" for _, d, _ in found), found


def test_a_closing_adjunct_naming_the_vesicles_is_said_of_each_coordinated_change() -> None:
    found = _read("Lesion volume shrank and motor function improved after UC-Exo infusion.")
    assert ("functional recovery", "increase", "regenerative") in found, found
    # a stimulus in that place is no agent of the EVs
    found = _read("Lesion volume grew and motor function worsened after the hypoxic insult.")
    assert not any(r == "pathogenic" for _, _, r in found), found


def test_a_comparative_of_degree_is_said_of_the_subject() -> None:
    found = _read("Hepatic fibrosis was markedly less severe in rats that received UC-Exos.")
    assert ("fibrosis", "decrease", "protective") in found, found
    found = _read("In the UC-Exo arm, cortical neuron apoptosis was less frequent.")
    assert ("apoptotic process", "decrease", "protective") in found, found
    # the comparator's group is not the EVs'
    found = _read("Hepatic fibrosis was less severe in sham rats than in rats given UC-Exos.")
    assert ("fibrosis", "decrease", "protective") not in found, found


def test_hasten_and_expedite_raise_what_they_govern() -> None:
    for sentence in (
        "UC-Exos hastened wound closure in the diabetic mice.",
        "UC-Exos expedited wound closure in the diabetic mice.",
    ):
        assert ("wound healing", "increase", "regenerative") in _read(sentence), sentence


def test_a_named_stimulus_after_the_passive_subject_is_not_a_second_change() -> None:
    found = _read(
        "In cultured macrophages, the inflammatory response triggered by the oral keystone "
        "pathogen Porphyromonas gingivalis was clearly attenuated by UC-Exos."
    )
    assert ("inflammatory response", "decrease", "protective") in found
    assert not any("gingivalis" in p for p, _, _ in found), found
