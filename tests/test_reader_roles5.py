"""Forms a fifth round on real abstracts nobody on the project had read (31 primary MSC-EV
studies, the round's helper C) showed turning a protective paper's findings pathogenic, each
probed with sentences written for these tests (none is taken from an abstract): the changes a
stimulus caused read as the EVs' when a later clause says the EVs did the opposite ('while the
opposite trends were observed in cells given the EVs'), a contrast clause's EVs lent to the
stimulus's clause, 'anti-inflammatory' split by the tokenizer and read as inflammation, two
triggers sharing one head noun, a hyphenated 'X-induced' read by the keyword window as the verb
of the harm it modifies, the open question of an introduction ('is not fully understood'), an
object with its own coordinated trigger, a long list of coordinated verbs whose subject is a
stimulus, and new collagen in a healing wound read as fibrosis."""

from __future__ import annotations

import pytest

from exoatlas.read.outcome import parse_outcomes

from .reading import folded, read_abstract


def _roles(found: list[tuple[str, str, str]]) -> set[str]:
    return {role for _, _, role in found}


@pytest.mark.parametrize(
    ("title", "sentence", "expected"),
    [
        (
            "Adipose MSC exosomes in septic kidney injury",
            "Endotoxin exposure raised caspase-3 activity, lowered cell viability and increased "
            "oxidative stress in tubular cells, while the reverse changes were seen in injured "
            "tubular cells given adipose MSC exosomes.",
            {("cell survival", "increase", "regenerative")},
        ),
        (
            "Bone marrow MSC exosomes in cardiomyocyte hypoxia",
            "Hypoxia increased apoptosis and decreased proliferation of cardiomyocytes, whereas "
            "opposite effects were found in cardiomyocytes incubated with marrow MSC exosomes.",
            {
                ("apoptotic process", "decrease", "protective"),
                ("cell population proliferation", "increase", "regenerative"),
            },
        ),
        (
            "Cord MSC vesicles in macrophage inflammation",
            "Endotoxin increased inflammation and apoptosis in alveolar macrophages, which cord "
            "MSC vesicles reversed.",
            {("inflammatory response", "decrease", "protective")},
        ),
    ],
)
def test_the_opposite_of_a_stimulus(
    title: str, sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    found = read_abstract(title, sentence)
    assert expected <= folded(found), found
    assert "pathogenic" not in _roles(found), found


def test_a_contrast_clause_names_another_event() -> None:
    # the EVs in the 'whereas' clause are no adjunct of 'rose', whose subject changed by itself
    found = read_abstract(
        "Marrow MSC exosomes and neuronal injury",
        "Oxidative stress rose sharply, whereas little change occurred in neurons incubated "
        "with marrow MSC exosomes.",
    )
    assert "pathogenic" not in _roles(found), found
    # nor may the keyword window read the stimulus's clause as the EVs'
    found = read_abstract(
        "Marrow MSC exosomes and chondrocytes",
        "Serum deprivation increased apoptosis of chondrocytes, whereas little change was seen "
        "in chondrocytes cultured with marrow MSC exosomes.",
    )
    assert "pathogenic" not in _roles(found), found


@pytest.mark.parametrize(
    "sentence",
    [
        "We saw that cord MSC exosomes eased ileitis by rebalancing Th17 and Treg cells, "
        "raising anti-inflammatory, and lowering pro-inflammatory cytokines in the gut.",
        "Cord MSC exosomes eased ileitis through raising anti-inflammatory and lowering "
        "pro-inflammatory cytokine expression.",
    ],
)
def test_anti_inflammatory_is_less_inflammation(sentence: str) -> None:
    found = folded(read_abstract("Cord MSC exosomes and ileitis", sentence))
    assert ("inflammatory response", "decrease", "protective") in found, found
    assert ("inflammatory response", "increase", "pathogenic") not in found, found


def test_a_hyphenated_cause_governs_nothing() -> None:
    def said(text: str) -> list[tuple[str, str]]:
        return [(p.label, d) for p, d in parse_outcomes(text, tumour=False)]

    assert said("the vesicles lessened endotoxin-induced apoptosis") == [
        ("apoptotic process", "decrease")
    ]
    assert said("glutamate-triggered apoptosis was lessened by the vesicles") == [
        ("apoptotic process", "decrease")
    ]
    # with no other polarity word the compound says what its cause did
    assert said("vesicle-induced proliferation") == [("cell population proliferation", "increase")]
    found = read_abstract(
        "Cord MSC exosomes carrying miR-9 relieving scald-induced excessive inflammation",
        "Rats with scalds were given cord MSC exosomes.",
    )
    assert "pathogenic" not in _roles(found), found


def test_an_open_question_is_no_result() -> None:
    found = read_abstract(
        "Marrow MSC exosomes in tendons",
        "Marrow MSC exosomes have diverse functions in regulating inflammation and tendon "
        "healing; however, the mechanism of these exosomes in tendon injury is not well "
        "understood.",
    )
    assert found == [], found


def test_an_object_with_its_own_trigger() -> None:
    found = folded(
        read_abstract(
            "Adipose MSC exosomes in lung cancer",
            "Adipose MSC exosomes promoted the migration, growth, and invasion, while inhibited "
            "apoptosis of A549 lung cancer cells.",
        )
    )
    assert ("apoptotic process", "decrease", "pro_tumor") in found, found
    assert ("apoptotic process", "increase", "anti_tumor") not in found, found


def test_coordinated_verbs_share_the_stimulus_subject() -> None:
    found = read_abstract(
        "Cord MSC exosomes and crystal injury of tubular cells",
        "Cord MSC exosomes lessened oxidative injury of tubular cells.",
        "The oxalate exposure also upregulated vimentin, downregulated E-cadherin, raised "
        "LDH release and ROS, reduced cell viability, and increased cell migration.",
    )
    assert ("cell migration", "increase") not in {(p.casefold(), d) for p, d, _ in found}, found


def test_new_collagen_in_a_healing_wound() -> None:
    sentence = "Adipose MSC exosomes increased collagen deposition and closure of the wounds."

    def collagen(title: str) -> set[tuple[str, str]]:
        found = read_abstract(title, sentence)
        return {(d, r) for p, d, r in found if p.casefold().startswith("collagen deposition")}

    assert collagen("Adipose MSC exosomes speed diabetic wound healing") == {
        ("increase", "regenerative")
    }
    assert collagen("Adipose MSC exosomes and hypertrophic scars") == {("increase", "pathogenic")}


@pytest.mark.parametrize(
    "sentence",
    [
        # read by the keyword window (the parse finds no effect in these one-sentence texts)
        "Blocking exosome release with GW4869 worsened renal fibrosis.",
        "Knock-down of miR-21 in the exosomes increased apoptosis of cardiomyocytes.",
        "After the occlusion, neurological deficits and infarct volume rose, but marrow MSC "
        "exosomes lowered both.",
    ],
)
def test_the_window_reads_no_manipulation_or_model_clause_as_the_evs(sentence: str) -> None:
    found = read_abstract("Marrow MSC exosomes in injury", sentence)
    assert "pathogenic" not in _roles(found), found
