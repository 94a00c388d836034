"""Seventy-sixth session: forms that public MSC-EV titles and abstracts (kept outside the
repository) were misread in, most of them when the reader has only a title and a sentence or two,
as it does for an abstract its source cut short. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from exoatlas.read.deep import read_parsed
from exoatlas.read.parsing import parse
from exoatlas.vocab import rules

from .reading import read_abstract, read_title

# MeSH: myasthenia gravis, small cell lung carcinoma, polycystic ovary syndrome
MYASTHENIA, SMALL_CELL, PCOS = "mesh:D009157", "mesh:D055752", "mesh:D011085"


def test_a_paraneoplastic_syndrome_is_no_tumour_context() -> None:
    """MeSH files myasthenia gravis (and limbic encephalitis, transverse myelitis) under
    Neoplasms through Paraneoplastic Syndromes: lessening it protects, it is no tumour."""
    assert not rules.tumour_disease(MYASTHENIA)
    assert rules.tumour_disease(SMALL_CELL)
    assert not rules.tumour_disease(PCOS)
    found = read_title("Adipose MSC vesicles relieved myasthenia gravis in rats")
    assert ("Myasthenia Gravis", "decrease", "protective") in found, found


def test_a_title_naming_a_sensitivity_beside_the_vesicles_states_no_change() -> None:
    """A verbless title setting the EVs beside a tumour's radiosensitivity names what was
    studied, not which way it went; a verb that raises the sensitivity still lowers the
    resistance."""
    title = "Bone marrow MSC vesicles and the radiosensitivity of lung cancer"
    # (beside a sentence the parse reads nothing in, so the keyword fallback reads the title,
    # as it does for an abstract cut short: it read drug resistance lowered before)
    assert read_abstract(title, "Lung cancer is common.") == []
    raised = read_abstract(
        "MSC vesicles in lung cancer",
        "MSC vesicles raised the radiosensitivity of lung cancer cells.",
    )
    assert ("Drug Resistance, Neoplasm", "decrease", "anti_tumor") in raised, raised


def test_a_verb_the_tagger_hung_inside_a_change_nouns_object_ends_it() -> None:
    """'activation of autophagy alleviates injury' parsed with 'alleviates' a compound of
    'injury': what was activated is autophagy, not the injury (read as more injury before)."""
    found = read_title(
        "MSC exosome-mediated activation of autophagy alleviates hypoxic injury of podocytes"
    )
    assert ("autophagy", "increase") in {f[:2] for f in found}, found
    assert not [f for f in found if f[2] == "pathogenic"], found


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Therapeutic effects of MSC vesicles in a lung injured by bacterial pneumonia",
            ("Pneumonia, Bacterial", "decrease", "protective"),
        ),
        (
            "Protective effects of MSC exosomes in rats infected with influenza pneumonia",
            ("Pneumonia", "decrease", "protective"),
        ),
    ],
)
def test_the_disease_of_what_is_treated_named_by_a_participle(
    title: str, expected: tuple[str, str, str]
) -> None:
    """'in a lung injured by X', 'in rats infected with X': the disease the treated have, as
    'in mice with X' names it."""
    found = read_title(title)
    assert expected in found, found


@pytest.mark.parametrize(
    ("title", "sentence", "expected"),
    [
        (
            "Osteogenic effects of adipose MSC exosomes in a calvarial defect",
            None,
            ("osteoblast differentiation", "increase", "regenerative"),
        ),
        (
            "Angiogenic effects of MSC exosomes on endothelial cells",
            None,
            ("angiogenesis", "increase", "regenerative"),
        ),
        (
            "MSC exosomes in gastric cancer",
            "Proliferative effects of MSC exosomes on gastric cancer cells were seen.",
            ("cell population proliferation", "increase", "pro_tumor"),
        ),
    ],
)
def test_a_growth_adjective_of_the_vesicles_effect_names_the_process_raised(
    title: str, sentence: str | None, expected: tuple[str, str, str]
) -> None:
    """'Osteogenic effects of MSC exosomes': the adjective names the process the EVs raise
    (unread before: no trigger word, so the sentence was never parsed)."""
    found = read_title(title) if sentence is None else read_abstract(title, sentence)
    assert expected in found, found


@pytest.mark.parametrize(
    "sentence",
    [
        "MSC exosomes showed no angiogenic effect on endothelial cells.",
        "To test the angiogenic effects of MSC exosomes, we used tube formation assays.",
    ],
)
def test_a_growth_adjective_denied_or_only_tested_is_no_finding(sentence: str) -> None:
    assert read_abstract("A study of vesicles", sentence) == []


def test_a_dose_limiting_toxicity_is_not_the_vesicles_doing() -> None:
    """'dose-limiting nephrotoxicity curbs the use of cisplatin': background; the word before
    an '-ing' form is what it acts on, and a hyphened 'dose' is no dose given (read as the EVs
    lowering the injury before)."""
    found = read_abstract(
        "MSC exosomes for kidney injury",
        "Dose-limiting nephrotoxicity curbs the use of cisplatin in the clinic.",
    )
    assert found == [], found


@pytest.mark.parametrize(
    "sentence",
    [
        # the 'which' clause hung on the verb the tagger made a noun
        "Synovial fibroblasts (SFs) of rheumatoid arthritis (RA) exhibit tumour-like growth and "
        "resistance to death, which drive hyperplasia and joint damage.",
        # ... or on the noun before it, with no verb above that noun
        "Fibroblast-like cells (FLCs) of rheumatoid arthritis (RA) exhibit tumour-like "
        "proliferation and resistance to anoikis, which drive synovial hyperplasia.",
    ],
)
def test_a_which_clause_in_a_verbless_background_sentence_is_no_vesicle_doing(
    sentence: str,
) -> None:
    """A background sentence whose verb the tagger made a noun ('exhibit'): the present-tense
    'which' clause says what the synovial cells or their growth do, not what the EVs did (read
    as the EVs raising hyperplasia before)."""
    found = read_abstract("MSC exosomes for arthritis", sentence)
    assert found == [], found


def test_a_subject_the_tagger_made_a_modifier_of_the_verb_is_the_agent() -> None:
    """'Exosome-transmitted LINC00461 promotes X' parsed with the RNA's name an adjective of the
    verb (no subject at all): the carried RNA, in its vesicles, is the parse's agent (it was
    none, and the finding came only from the keyword fallback)."""
    sentence = "Exosome-transmitted LINC00461 promotes myeloma cell proliferation."
    (parsed,) = parse([sentence])
    assert [w.dep_ for w in parsed if w.text == "LINC00461"] == ["amod"]  # the misparse
    found = [(o.process.label, o.direction, o.agent) for o in read_parsed(parsed, (), tumour=True)]
    assert ("cell population proliferation", "increase", "product") in found, found


@pytest.mark.parametrize(
    "sentence",
    ["MSC exosomes protected MCAO-injured rats.", "MSC exosomes protected the injured mice."],
)
def test_animals_protected_as_injured_were_kept_from_harm(sentence: str) -> None:
    """As 'protected cardiomyocytes': animals the sentence names as injured were kept from the
    injury; animals named alone ('protected mice') are not read so."""
    found = read_abstract("A study of vesicles", sentence)
    assert ("tissue injury", "decrease", "protective") in found, found
    assert read_abstract("A study of vesicles", "MSC exosomes protected mice.") == []


_KNOWN = "MSC exosomes suppress inflammation in many disease models."
_FOUND = "MSC exosomes reduced cardiac fibrosis in rats."


@pytest.mark.parametrize(
    "abstract",
    [
        (f"Background: {_KNOWN}", "Methods: Rats were given exosomes.", f"Results: {_FOUND}"),
        (f"Background aims: {_KNOWN}", "Methods: Rats were given exosomes.", f"Results: {_FOUND}"),
        (f"Background and purpose: {_KNOWN}", f"Methods and results: {_FOUND}"),
        # a label the table does not know ends the Background part
        (
            f"Background: {_KNOWN}",
            f"Experimental approach: Rats were given exosomes. {_FOUND}",
            "Conclusions: The vesicles may help.",
        ),
    ],
)
def test_a_structured_abstracts_background_part_is_no_finding(abstract: tuple[str, ...]) -> None:
    """What a 'Background:' part says MSC-EVs do is known before this study (read as its
    finding before, when the sentence had no background wording of its own)."""
    found = read_abstract("MSC exosomes in rats", *abstract)
    assert ("Fibrosis", "decrease", "protective") in found, found
    assert ("inflammatory response", "decrease", "protective") not in found, found


def test_a_background_part_saying_what_this_study_found_is_read() -> None:
    found = read_abstract(
        "MSC exosomes in rats",
        "Background: Cisplatin harms the kidney. Here we found that MSC exosomes suppressed "
        "renal inflammation.",
        "Methods: Rats were given exosomes.",
    )
    assert ("inflammatory response", "decrease", "protective") in found, found


def test_a_background_label_no_later_label_closes_is_no_background_part() -> None:
    """A source that kept only the opening 'Background:' label: the results after it are read."""
    found = read_abstract("MSC exosomes in rats", f"Background: {_KNOWN}", _FOUND)
    assert ("Fibrosis", "decrease", "protective") in found, found


def test_the_keyword_window_gives_no_vesicle_free_opening_to_the_evs() -> None:
    """When the parse reads nothing in an abstract (a cut-short one whose title it misparses),
    the keyword window reads it all; an opening sentence naming no vesicles is the disease's
    course, not the EVs' harm (read as more dysfunction and inflammation before: the
    '-containing' of a receptor's name let the window give it to the EVs)."""
    found = read_abstract(
        "Nasal MSC vesicles damp NLRP3-p38/MAPK signals after stroke and prevent lasting brain "
        "dysfunction",
        "Stroke causes persistent motor dysfunction and neuroinflammation, with NACHT "
        "domain-containing receptor 3 (NLRP3) activation in microglia.",
    )
    assert not [f for f in found if f[2] == "pathogenic"], found
    assert ("organ dysfunction", "decrease", "protective") in found, found


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # the 'on' phrase hung on the EVs the parse made a conjunct of their cells
        (
            "Inhibitory actions of iPSC-derived MSCs and their vesicles on early sialadenitis in "
            "NOD mice",
            ("Sialadenitis", "decrease", "protective"),
        ),
        (
            "Adipose MSC exosomes promote neurorestorative effects after stroke in rats",
            ("functional recovery", "increase", "regenerative"),
        ),
    ],
)
def test_nominal_title_claims_of_several_shapes(title: str, expected: tuple[str, str, str]) -> None:
    found = read_abstract(title, "Background: renal disease is common.")
    assert expected in found, found


@pytest.mark.parametrize(
    "sentence",
    [
        "We compared the osteogenic effects of MSC exosomes and platelet lysate.",
        "The osteogenic effects of MSC exosomes were reviewed in a meta-analysis.",
    ],
)
def test_growth_effects_weighed_or_reviewed_are_no_finding(sentence: str) -> None:
    """guard (the newcomer review): a comparison or review of the effects states none."""
    assert read_abstract("A study of vesicles", sentence) == []


def test_the_afflicted_participle_is_not_a_models_stimulus() -> None:
    """guard (the newcomer review): 'cardiomyocytes induced by hypoxia' names the model's
    stimulus; 'induced' is no afflicted participle, so the hypoxia is not what was lowered."""
    found = read_title("Protective effects of MSC exosomes in cardiomyocytes induced by hypoxia")
    assert not [f for f in found if f[0] == "Hypoxia"], found


def test_a_background_label_before_a_closing_keywords_line_is_no_part() -> None:
    """guard (the newcomer review): 'Background:' then results and a 'Keywords:' line, no other
    known label: the results are read."""
    found = read_abstract(
        "MSC exosomes in rats", f"Background: {_KNOWN}", _FOUND, "Keywords: exosomes; fibrosis."
    )
    assert ("Fibrosis", "decrease", "protective") in found, found
