"""Sixty-ninth session: results stated with no agent whose thing the vocabulary does not name,
and a loss named after 'in' or 'against' in a title, shown with sentences written for these
tests (never a record's own words)."""

from __future__ import annotations

import pytest

from .reading import read_folded, read_roles

_LUNG = "Marrow MSC vesicles in acute lung injury"
_GIVEN_LUNG = "Mice with acid-induced lung injury received vesicles from marrow MSCs by tail vein."
_TENDON = "Fat-derived MSC exosomes and tendon repair"
_GIVEN_TENDON = "Exosomes from adipose-derived MSCs were injected into cut rat tendons."


@pytest.mark.parametrize(
    ("title", "given", "sentence", "expected"),
    [
        (_LUNG, _GIVEN_LUNG, "Lung oedema was reduced.", ("lung oedema", "decrease", "protective")),
        (_LUNG, _GIVEN_LUNG, "Oxygenation improved.", ("oxygenation", "increase", "regenerative")),
        (
            _TENDON,
            _GIVEN_TENDON,
            "Tendon healing was improved.",
            ("tendon healing", "increase", "regenerative"),
        ),
    ],
)
def test_an_agentless_benefit_the_vocabulary_does_not_name(
    title: str, given: str, sentence: str, expected: tuple[str, str, str]
) -> None:
    """After a sentence giving the EVs, 'X was reduced' with no agent is theirs when it is a
    benefit. Only a named process counted; a benefit known by its valence word alone ('oedema'
    harmful, 'improved') read nothing."""
    assert expected in read_folded(title, given, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a measure the vocabulary does not name: no valence, so no role (dropped after
        # read.agentless too, which is why this case alone would not catch that check)
        "Lung weight was reduced.",
        "Lung oedema was increased.",  # a harm said with no agent: most often the model's
    ],
)
def test_an_agentless_measure_or_harm_is_not_credited(sentence: str) -> None:
    """Guards: only a benefit said with no agent is the EVs' (the harm fails if the valence
    check in read.agentless is dropped)."""
    found = read_folded(_LUNG, _GIVEN_LUNG, sentence)
    assert not {f for f in found if f[0] in ("lung weight", "lung oedema")}


@pytest.mark.parametrize(
    "given",
    [
        "Mice with acid-induced lung injury received dexamethasone by tail vein.",
        "Mice with acid-induced lung injury received exosome-depleted medium of marrow MSCs.",
        _GIVEN_LUNG + " Other mice then received the parent MSCs themselves.",
    ],
)
def test_an_agentless_benefit_after_something_else_was_given_is_not_credited(given: str) -> None:
    """Guards: the last thing given was a drug, the EVs' vehicle (the arm with no EVs) or the
    cells, not the EVs (a newcomer review's probes: the vehicle arm's result was credited). The
    drug case passes on the start code too: it guards against crediting any giving."""
    found = read_folded(
        _LUNG, "We studied vesicles from marrow MSCs.", given, "Lung oedema was reduced."
    )
    assert ("lung oedema", "decrease", "protective") not in found


@pytest.mark.parametrize(
    "title",
    [
        "Cord MSC exosomes in hair loss",
        "Exosomes of marrow MSCs in cell cycle arrest of chondrocytes",
    ],
)
def test_a_loss_named_after_in_is_the_setting(title: str) -> None:
    """'MSC exosomes in hair loss' names the condition studied: it read as the EVs lowering
    hair growth (pathogenic), and 'in cell cycle arrest' as the EVs arresting the cycle. (A
    benefit so named is still the topic, raised: 'MSC-derived exosomes in bone regeneration',
    tests/test_reader_round34.py.)"""
    assert not read_roles(title, "Mice were treated with the exosomes.")


def test_a_loss_named_after_against_is_opposed() -> None:
    """'MSC exosomes against hair loss': the EVs oppose the loss (it read as causing it)."""
    assert ("hair follicle development", "increase", "regenerative") in read_folded(
        "Cord MSC exosomes against hair loss", "Mice were treated with the exosomes."
    )


def test_a_benefit_named_after_against_keeps_its_reading() -> None:
    """Guard: 'against immunosuppression' (inflammation lowered, named alone) is not turned
    into the EVs raising inflammation (a newcomer review's probe)."""
    assert "pathogenic" not in read_roles(
        "Cord MSC exosomes against immunosuppression in sepsis", "Septic mice received them."
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Topical exosomes of cord MSCs resulted in hair loss in mice.",
        "Topical exosomes of cord MSCs were implicated in hair loss in mice.",
    ],
)
def test_a_loss_the_exosomes_resulted_in_is_still_theirs(sentence: str) -> None:
    """Guard: after 'resulted in' or 'implicated in' (not the vesicles' 'in') the loss is the
    change, not a setting."""
    assert ("hair follicle development", "decrease", "pathogenic") in read_folded(
        "Cord MSC exosomes and hair", sentence
    )
