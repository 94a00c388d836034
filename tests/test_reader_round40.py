"""Round 40 of the reader's rules: helper-set titles read as a cut-short corpus abstract is read
(the title and one background sentence), probed in own words."""

from __future__ import annotations

import pytest

from .reading import folded, read_abstract, read_records

_BACKGROUND = "Chronic inflammatory diseases remain a heavy burden for patients worldwide."


def _topic(title: str, *sentences: str) -> list[tuple[str, str, str, bool, str]]:
    """(process, direction, role, hedged, pattern family) of each finding of a cut-short
    record: the title, one background sentence and ``sentences``."""
    return [
        (
            r.finding.outcome.process.label if r.finding.outcome.process else "",
            r.finding.outcome.direction,
            r.finding.outcome.role,
            r.evidence.hedged,
            r.evidence.extractor.split()[-1],
        )
        for r in read_records(title, _BACKGROUND, *sentences)
    ]


def test_a_study_whose_abstract_gives_nothing_is_read_for_its_titles_aim() -> None:
    """A primary study's abstract cut short after its background: the title's aim, hedged, in
    the topic family (it was read only for reviews; such a record had read as irrelevant)."""
    found = _topic(
        "Umbilical cord MSC exosomes packed in oral capsules for acute colitis treatment"
    )
    assert found == [("Colitis", "decrease", "protective", True, "review:topic")]


@pytest.mark.parametrize(
    "title",
    [
        # (round 41 reads 'Effects of MSC exosomes on <disease>' and a tumour therapy aim:
        # tests/test_reader_round41.py)
        # a cause, not a treatment
        "Adipose MSC exosomes in the pathogenesis of pulmonary hypertension",
        # a proposal, or what holds the therapy back
        "Umbilical cord MSC exosomes: a potential remedy for acute colitis",
        "Limitations of umbilical cord MSC exosome therapy for acute colitis",
        # no therapeutic aim stated: a result the reader could not take, a harm, a blockade
        "Cord MSC exosome treatment brings on thrombosis in rats with colitis",
        "Blocking exosome release from cord MSCs eases acute colitis",
        # a null result, another fraction, a question, a method
        "Cord MSC exosomes lack efficacy for acute colitis treatment",
        "Cord MSCs, but not their exosomes, for the treatment of acute colitis",
        "Are cord MSC exosomes a treatment for acute colitis?",
        "Near-infrared tracking of cord MSC exosomes for acute colitis treatment",
    ],
)
def test_a_title_naming_no_treatment_or_a_tumour_gives_no_topic(title: str) -> None:
    assert not any(extractor == "review:topic" for *_, extractor in _topic(title))


def test_a_whole_abstract_or_none_at_all_is_not_guessed_over() -> None:
    """Only a cut-short abstract (a few sentences) is read for its title's aim: a whole one
    that states no effect, or a record with no abstract (a letter), stays as read."""
    title = "Umbilical cord MSC exosomes packed in oral capsules for acute colitis treatment"
    whole = [_BACKGROUND] + [
        f"Sentence {n} describes the methods used in the study." for n in range(5)
    ]
    assert read_records(title, *whole) == []
    assert read_records(title) == []


def test_a_cut_short_body_saying_the_vesicles_failed_gives_no_topic() -> None:
    title = "Umbilical cord MSC exosomes packed in oral capsules for acute colitis treatment"
    for said in (
        "The exosomes brought no measurable benefit.",
        "Colitis scores of exosome-treated mice were comparable with those of untreated mice.",
    ):
        assert read_records(title, _BACKGROUND, said) == [], said


def test_a_background_saying_the_vesicles_may_act_alike_is_no_denial() -> None:
    """'similar' beside no control arm: a cut-short background, not a null result."""
    title = "Therapeutic effects of adipose MSCs and their vesicles in experimental silicosis"
    said = "It has been proposed that vesicles of the cells may have similar effects."
    found = [(p, d, r) for p, d, r, _, _ in _topic(title, said)]
    # (the title's claim itself since the seventy-sixth session, which reads 'effects of the
    # cells and their vesicles in X' as the vesicles' claim; before, the hedged topic)
    assert found == [("Silicosis", "decrease", "protective")]


def test_a_study_that_states_an_effect_gets_no_topic_beside_it() -> None:
    found = _topic(
        "Umbilical cord MSC exosomes for the treatment of colitis: they reduced fibrosis"
    )
    assert not any(extractor == "review:topic" for *_, extractor in found)


_GVHD = "Umbilical cord MSC vesicles in transplantation"


@pytest.mark.parametrize(
    ("sentence", "disease"),
    [
        (
            "The vesicles prevented life-threatening acute graft-versus-host disease in mice.",
            "graft vs host disease",
        ),
        (
            "The vesicles prevented severe acute graft-versus-host disease in mice.",
            "graft vs host disease",
        ),
        (
            "The vesicles attenuated steroid-refractory acute graft-versus-host disease.",
            "graft vs host disease",
        ),
        ("The vesicles lessened severe knee osteoarthritis in rats.", "osteoarthritis, knee"),
    ],
)
def test_how_grave_a_disease_is_does_not_hide_it(sentence: str, disease: str) -> None:
    """'severe', 'life-threatening', 'refractory' before a name whose head is no disease by
    itself had made the phrase ground to none: the claim read nothing, an ungrounded phrase, or
    only the head's less specific disease."""
    found = read_abstract(_GVHD, sentence)
    # (the vocabulary's concept, not the phrase kept ungrounded nor the bare head's disease)
    assert (disease, "decrease", "protective") in folded(found)


def test_a_participle_that_is_part_of_a_disease_name_is_not_its_verb() -> None:
    """'necrotizing enterocolitis' parsed as a participle and its object; a later 'by
    regulating X' clause had been read instead, with no role."""
    title = "Umbilical cord MSC exosomes in neonatal gut disease"
    sentence = (
        "Cord MSC exosomes relieve necrotizing enterocolitis in newborn mice by regulating "
        "epithelial cell autophagy."
    )
    assert folded(read_abstract(title, sentence)) == {
        ("enterocolitis, necrotizing", "decrease", "protective")
    }


def test_protection_against_a_loss_parsed_as_a_clause_names_the_loss() -> None:
    """'protected against hearing loss' parsed with 'hearing' a participle: no object."""
    title = "Bone marrow MSC vesicles in the inner ear"
    found = read_abstract(title, "The vesicles protected the mice against hearing loss.")
    assert folded(found) == {("hearing loss", "decrease", "protective")}


_GASTRIC = "Bone marrow MSC exosomes in gastric cancer"


@pytest.mark.parametrize(
    ("sentence", "direction", "role"),
    [
        (
            "The BMSC exosomes enhanced the malignant behaviours of gastric cancer cells.",
            "increase",
            "pro_tumor",
        ),
        (
            "The BMSC exosomes promoted oncogenic activity in gastric cancer.",
            "increase",
            "pro_tumor",
        ),
        (
            "The BMSC exosomes lessened the malignant phenotype of gastric cancer cells.",
            "decrease",
            "anti_tumor",
        ),
        ("The BMSC exosomes promoted the expansion of cancer stem cells.", "increase", "pro_tumor"),
    ],
)
def test_a_tumours_malignant_behaviour_and_its_stem_cells_are_read(
    sentence: str, direction: str, role: str
) -> None:
    found = read_abstract(_GASTRIC, sentence)
    assert {(d, r) for _, d, r in found} == {(direction, role)}


@pytest.mark.parametrize(
    "sentence",
    [
        # a count of cancer stem cells that are dying is no stemness gained
        "The BMSC exosomes raised the number of cancer stem cells undergoing apoptosis.",
        # 'CSCs' may be another tissue's stem cells
        "The BMSC exosomes raised the number of CSCs in the infarct border.",
    ],
)
def test_a_count_of_stem_cells_is_not_read_as_stemness(sentence: str) -> None:
    assert not any(p == "cell stemness" for p, _, _ in read_abstract(_GASTRIC, sentence))


def test_the_vesicles_own_low_tumorigenic_activity_is_no_effect() -> None:
    found = read_abstract(_GASTRIC, "The BMSC exosomes had low tumorigenic activity in nude mice.")
    assert "pro_tumor" not in {r for *_, r in found}


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "MESENCHYMAL STEM CELL EXOSOMES ALLEVIATE LIVER FIBROSIS IN RATS",
            ("fibrosis", "decrease", "protective"),
        ),
        (
            "ANTI-INFLAMMATORY EFFECTS OF CORD MESENCHYMAL STEM CELL EXOSOMES IN SEPTIC MICE",
            ("inflammatory response", "decrease", "protective"),
        ),
    ],
)
def test_a_title_all_in_capitals_is_read(title: str, expected: tuple[str, str, str]) -> None:
    """A title in capitals had read as one long name: nothing (its short forms stay capitals)."""
    found = folded(read_abstract(title, _BACKGROUND))
    assert expected in found


def test_capitals_kept_only_for_short_forms() -> None:
    from exoatlas.read.repair import capitals_cased

    assert (
        capitals_cased("BMSC EXOSOMES REDUCE IL-6 IN RATS") == "BMSC exosomes reduce IL-6 in rats"
    )
    assert capitals_cased("Bone marrow MSC exosomes in rats") == "Bone marrow MSC exosomes in rats"
