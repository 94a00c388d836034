"""Round-21 reader rules, from our own probe sentences after helpers A21 (lung, sepsis, immune,
heart, brain) and B21 (bone, kidney, liver, skin, cancer), and the guards a newcomer's review of
the first version asked for: 'led to' and 'resulted in' naming a beneficial process the EVs
raise, 'better' said of a beneficial process, a small protection ('limited protection'), a
relative pronoun standing for a clause whose subject is not the EVs, an earlier study of the
authors', a smaller change against control, and sentences that end in a single capital letter or
start with a prefixed lower-case abbreviation. Each case was read wrong, or not at all, before
the rule it tests; the guards beside them hold either way."""

from __future__ import annotations

import pytest

from exoatlas.read.sentences import split_sentences

from .reading import triples_at

TITLE = "Placental MSC small extracellular vesicles in injury and disease"
GIVEN = (
    "Small EVs were prepared from placental mesenchymal stem cells of humans (hP-MSC-sEVs) and "
    "given to rats after the injury."
)
AT = '"Abstract", sentence 2'


def read_second(result: str) -> set[tuple[str, str, str]]:
    return set(triples_at(AT, TITLE, GIVEN, result))


@pytest.mark.parametrize(
    ("result", "expected"),
    [
        ("This treatment led to axonal regeneration.", ("Nerve Regeneration", "increase")),
        ("hP-MSC-sEVs resulted in bone regeneration.", ("bone regeneration", "increase")),
        (
            "Motor function was significantly better in sEV-treated rats.",
            ("functional recovery", "increase"),
        ),
    ],
)
def test_results_said_through_outcome_verbs_and_comparatives(
    result: str, expected: tuple[str, str]
) -> None:
    found = {(p, d) for p, d, _ in read_second(result)}
    assert expected in found, found


@pytest.mark.parametrize(
    ("result", "expected"),
    [
        # the object says its own change: the outcome verb adds no rise
        ("hP-MSC-sEVs led to a reduction in apoptosis.", ("apoptotic process", "decrease")),
        ("hP-MSC-sEVs led to reduced apoptosis.", ("apoptotic process", "decrease")),
    ],
)
def test_an_outcome_verb_over_a_changed_object_keeps_the_objects_change(
    result: str, expected: tuple[str, str]
) -> None:
    found = {(p, d) for p, d, _ in read_second(result)}
    assert expected in found, found
    assert (expected[0], "increase" if expected[1] == "decrease" else "decrease") not in found


def test_an_outcome_verb_over_a_comparative_keeps_the_comparative() -> None:
    found = read_second("In vivo, hP-MSC-sEVs resulted in smaller tumour volumes than saline.")
    assert not any(d == "increase" for _, d, _ in found), found


@pytest.mark.parametrize(
    "said",
    [
        # guards: a stimulus's or a disease's co-occurrence; results judged, not a process
        "Cisplatin treatment was associated with increased apoptosis.",
        "Sepsis was associated with increased apoptosis.",
        "The results of the avoidance test were better in the sEV group.",
    ],
)
def test_no_result_of_the_evs_without_them(said: str) -> None:
    assert read_second(said) == set()


def test_a_small_protection_is_no_harm_raised() -> None:
    # read as injury raised (pathogenic) before
    found = read_second("Knockdown hP-MSC-sEVs showed limited protection against heart failure.")
    assert not any(role == "pathogenic" for _, _, role in found), found
    assert found == set(), found


def test_limiting_as_a_verb_still_lowers() -> None:
    found = read_second("hP-MSC-sEVs limited the inflammation in the lungs.")
    assert ("inflammatory response", "decrease", "protective") in found, found


def test_a_relative_pronoun_on_another_noun_stands_for_its_clause() -> None:
    # the infection's cells raised the inflammation, not the vesicles (read pathogenic before)
    said = (
        "Bacterial instillation drew in inflammatory cells which resulted in marked "
        "inflammation and lung edema."
    )
    assert read_second(said) == set()
    kept = read_second("Rats received hP-MSC-sEVs, which resulted in lung regeneration.")
    assert ("tissue regeneration", "increase", "regenerative") in kept, kept
    # a clause the EVs' result came with: theirs (read nothing before)
    said = (
        "hP-MSC-sEVs raised survival of septic rats, which was associated with reducing fibrosis."
    )
    assert ("Fibrosis", "decrease", "protective") in read_second(said)


def test_the_authors_earlier_study_is_background() -> None:
    said = "In our previous study, the vesicles slowed the growth of bladder cancer cells."
    assert read_second(said) == set()


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "The EVs lowered troponin T. Together with a smaller infarct, this helped.",
            ["The EVs lowered troponin T.", "Together with a smaller infarct, this helped."],
        ),
        (
            "The cycle moved from G1 to S. HGF was induced by the vesicles.",
            ["The cycle moved from G1 to S.", "HGF was induced by the vesicles."],
        ),
        (
            "Rats got EVs. hP-MSC-sEVs lowered apoptosis.",
            ["Rats got EVs.", "hP-MSC-sEVs lowered apoptosis."],
        ),
        # guards: an initial, and a genus's letter before its species
        (
            "As shown by A. Smith and J. K. Jones, the EVs act.",
            ["As shown by A. Smith and J. K. Jones, the EVs act."],
        ),
        (
            "Mice were infected with S. Typhimurium and given EVs.",
            ["Mice were infected with S. Typhimurium and given EVs."],
        ),
    ],
)
def test_sentence_ends_after_a_single_letter_and_before_a_prefixed_name(
    text: str, sentences: list[str]
) -> None:
    assert split_sentences(text) == sentences


@pytest.mark.parametrize(
    ("title", "result", "expected"),
    [
        # a benefit adjective of its own kind (read nothing before)
        (
            "Umbilical cord MSC exosomes in neuropathic pain",
            "UC-Exos exerted analgesic effects on neuropathic pain.",
            ("Neuralgia", "decrease", "protective"),
        ),
        (
            "Adipose MSC microvesicles in breast cancer",
            "The MVs demonstrated antitumoral properties against MCF-7 cells.",
            ("tumor growth", "decrease", "anti_tumor"),
        ),
        # the adjective parsed as three words ('anti', '-', 'tumor')
        (
            "Adipose MSC microvesicles in breast cancer",
            "The MVs exerted anti-tumor effects on MCF-7 cells.",
            ("tumor growth", "decrease", "anti_tumor"),
        ),
    ],
)
def test_effects_named_by_their_adjective(
    title: str, result: str, expected: tuple[str, str, str]
) -> None:
    given = (
        "Vesicles were isolated from mesenchymal stem cells (UC-Exos, MVs) and given to the "
        "animals or cells."
    )
    assert expected in set(triples_at(AT, title, given, result))


def test_a_drug_regimens_background_efficacy_is_not_the_vesicles() -> None:
    said = "The combined administration of two drugs has shown potent anti-cancer efficacy."
    assert read_second(said) == set()


def test_wall_thickening_of_the_heart_is_its_function() -> None:
    # a contraction measure kept from falling: read as a harm raised (pathogenic) before
    said = "Treated pigs showed a smaller decline in systolic wall thickening after infarction."
    found = read_second(said)
    assert not any(role == "pathogenic" for _, _, role in found), found
    assert ("functional recovery", "increase", "regenerative") in found, found


def test_a_passive_subject_lost_to_a_fronted_phrase() -> None:
    # 'proliferation' parsed as an object of 'with': only senescence was read before
    said = (
        "After treatment with hP-MSC-sEVs, proliferation was promoted and senescence was inhibited."
    )
    found = read_second(said)
    assert ("cell population proliferation", "increase", "regenerative") in found, found
    assert ("cellular senescence", "decrease", "protective") in found, found


@pytest.mark.parametrize(
    "clause",
    [
        "whereas hP-MSC-sEVs reversed this effect.",
        "but hP-MSC-sEVs reversed these changes.",
        "and hP-MSC-sEVs reversed this.",
    ],
)
def test_the_vesicles_reversing_a_stimulus_change_as_the_active_subject(clause: str) -> None:
    # read as the stimulus's rise, pathogenic, before
    found = read_second(f"After stimulation with IL-1beta, apoptosis increased, {clause}")
    assert found == {("apoptotic process", "decrease", "protective")}, found


def test_not_reversing_a_stimulus_change_is_no_result() -> None:
    said = "After IL-1beta stimulation, apoptosis increased, and hP-MSC-sEVs did not reverse this."
    assert not any(role in ("protective", "pathogenic") for _, _, role in read_second(said))


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        # a change noun made smaller by a comparative: read as the change itself before
        (
            "Treated pigs showed less decline in cardiac function.",
            ("functional recovery", "increase"),
        ),
        ("hP-MSC-sEVs caused a smaller increase in apoptosis.", ("apoptotic process", "decrease")),
        # guard: a greater change keeps its way
        ("hP-MSC-sEVs caused a greater reduction in fibrosis.", ("Fibrosis", "decrease")),
    ],
)
def test_a_smaller_change_is_the_other_way_against_control(
    said: str, expected: tuple[str, str]
) -> None:
    found = {(p, d) for p, d, _ in read_second(said)}
    assert expected in found, found


@pytest.mark.parametrize(
    "said",
    [
        # an outcome verb over a value or a harm: read as the harm raised by the first version
        "hP-MSC-sEV treatment resulted in serum creatinine levels comparable to those of sham rats",
        "hP-MSC-sEVs led to an infarct size of 12% versus 31% in PBS-treated rats.",
        "hP-MSC-sEVs resulted in the absence of synovial inflammation.",
        "Vehicle treatment resulted in 80% mortality within 72 h.",
        "Neuronal apoptosis resulted from oxidative stress in the untreated rats.",
        # a co-occurrence that is denied, and an anaphor for the model's drug
        "The treatment was not associated with any increase in infection rates.",
        "Mice first got cisplatin. This treatment was associated with increased tubular apoptosis.",
        # a comparison denied or not significant, or held by another arm
        "Neurological function was no better in treated rats than in PBS-treated rats.",
        "Motor function was better in sEV-treated rats, but the difference was not significant.",
    ],
)
def test_no_harm_or_benefit_read_from_values_denials_or_other_arms(said: str) -> None:
    found = read_second(said)
    assert not any(role in ("pathogenic", "pro_tumor", "regenerative") for _, _, role in found), (
        found
    )


def test_a_slight_reduction_is_still_a_reduction() -> None:
    found = read_second("Low-dose hP-MSC-sEVs caused a slight reduction in collagen deposition.")
    assert any(d == "decrease" for _, d, _ in found), found


def test_this_study_confirming_an_earlier_one_is_a_result() -> None:
    said = "Consistent with our previous study, hP-MSC-sEVs reduced neuronal apoptosis here."
    assert ("apoptotic process", "decrease", "protective") in read_second(said)
