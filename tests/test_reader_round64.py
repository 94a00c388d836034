"""Sixty-fourth session: results stated by study group (labels, the stimulus-alone group, a
back-reference to the changes of the group before), found in cut-short records of the wave-8
helper set whose only results were so stated, and in probes of the same shapes; each shown with
sentences written for these tests (never a record's own words)."""

from __future__ import annotations

import pytest

from exoatlas.read.groups import product_groups, stimulus_alone

from .reading import read_folded, read_roles

_NERVE = "Marrow MSCs and their exosomes after a crushed sciatic nerve in rats"
_KIDNEY = "Marrow MSC exosomes in rat kidney ischaemia"
_ARMS = "Rats were split into sham, IR and IR+Exo groups."


_LABELS = (
    "The rats formed four groups: Group I sham, Group II nerve crush only, Group III nerve crush "
    "was treated with marrow MSCs, and Group IV nerve crush was treated with MSC exosomes."
)


def test_a_group_treated_with_the_vesicles_is_theirs() -> None:
    """'Group IV ... was treated with the EVs': the definition ended at 'was', so the group was
    never the EVs' and its result read nothing."""
    assert ("apoptotic process", "decrease", "protective") in read_folded(
        _NERVE, _LABELS, "Group IV showed less Schwann cell apoptosis."
    )


def test_groups_written_together_share_the_vesicles_result() -> None:
    """'Groups III and IV showed X', III given the MSCs and IV their EVs: the EVs' result too."""
    assert ("apoptotic process", "decrease", "protective") in read_folded(
        _NERVE, _LABELS, "Groups III and IV showed less Schwann cell apoptosis than Group II."
    )


def test_a_group_given_the_msc_alone_is_not_the_vesicles() -> None:
    """(guard: a group given the MSCs themselves is no EV group; the MSCs' result is theirs)"""
    assert read_folded(_NERVE, _LABELS, "Group III showed less Schwann cell apoptosis.") == set()
    assert product_groups(_LABELS) == ("Group IV", "group IV")


def test_groups_written_together_with_the_injured_group_are_not_the_vesicles() -> None:
    """(guard: 'Groups II and IV showed more X than group I': one of them got no treatment, so
    their shared change is no result of the EVs)"""
    assert (
        read_folded(
            _NERVE, _LABELS, "Groups II and IV showed more Schwann cell apoptosis than Group I."
        )
        == set()
    )


def test_labels_written_together_resolve_case_blind() -> None:
    """(the labels are compared whatever the case of 'group': 'group II (...)' defined, then
    'Groups II and III' written)"""
    labels = "group I (saline), group II (marrow MSCs) and group III (MSC exosomes)"
    assert "Groups II and III" in product_groups(labels + ". Groups II and III did well.")


def test_a_change_lessened_in_the_vesicles_group_is_theirs() -> None:
    """'The IR group showed more X, which was lessened in the IR+Exo group': the clause is the
    EVs' change, not a lowered state of X their verb acts on (it read X raised, pathogenic)."""
    found = read_folded(
        _KIDNEY,
        _ARMS,
        "The IR group showed more apoptosis, which was lessened in the IR+Exo group.",
    )
    assert ("apoptotic process", "decrease", "protective") in found
    assert "pathogenic" not in {role for *_, role in found}


def test_a_contrast_clause_is_no_holder_of_the_first_change() -> None:
    """'The IR group showed more X, whereas the IR+Exo group showed less': the EVs' group
    holds nothing of the first clause (it read X raised by the EVs, pathogenic)."""
    sentence = "The IR group showed more tubular necrosis, whereas the IR+Exo group showed less."
    assert "pathogenic" not in read_roles(_KIDNEY, _ARMS, sentence)


def test_a_clause_saying_what_was_given_still_holds_the_change() -> None:
    """(guard: a clause before the result saying the group got the EVs is what it was given:
    'After the rats received exosomes, the IR rats showed less X')"""
    sentence = "After the rats received exosomes, the IR rats showed less tubular necrosis."
    assert ("necrotic cell death", "decrease", "protective") in read_folded(
        _KIDNEY, _ARMS, sentence
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The vesicles improved the histological changes of the crushed nerve.",
        "The exosome group showed marked improvement of the morphological alterations.",
    ],
)
def test_changes_made_better_are_a_harm_lessened(sentence: str) -> None:
    """'improved the histological changes' read the changes raised: a change made better is a
    harm, lowered."""
    assert {d for _, d, _ in read_folded(_NERVE, sentence)} == {"decrease"}


@pytest.mark.parametrize(
    "sentence",
    [
        # the back-reference names the EVs' group in its subject ...
        "Lipase and the injury score rose with the severity of the model and the levels in the "
        "IR+Exo group were all clearly attenuated.",
        # ... or after its verb, with no comma before 'and'
        "Tubular apoptosis rose after IR and these changes were reversed by the exosomes.",
        "Tubular apoptosis rose after IR and these changes were attenuated in the IR+Exo group.",
        "IR clearly raised tubular apoptosis, and the increase was blunted in the IR+Exo group.",
        # the reversing clause's doer, a passive's 'by' phrase, names the vesicles
        "Tubular apoptosis was raised in IR rats and was lowered by exosome treatment.",
    ],
)
def test_the_model_change_the_vesicles_turned_round(sentence: str) -> None:
    """A sentence whose first clause states the model's change and whose second says the EVs'
    group turned it round: the EVs lowered it (each read the model's rise as theirs,
    pathogenic, or read nothing)."""
    roles = read_roles(_KIDNEY, _ARMS, sentence)
    assert "protective" in roles
    assert "pathogenic" not in roles


def test_the_stimulus_alone_group_compared_with_the_vesicles_group() -> None:
    """'Apoptosis in the IR group was higher than in the IR+Exo group': the IR group is the
    EVs' group less the EVs, so the EVs' group had less (it read nothing)."""
    sentence = "Tubular apoptosis in the IR group was higher than in the IR+Exo group."
    assert ("apoptotic process", "decrease", "protective") in read_folded(_KIDNEY, _ARMS, sentence)


@pytest.mark.parametrize(
    ("group", "product_group", "alone"),
    [
        ("the IR group", "the IR+Exo group", True),
        ("the DSS group", "the DSS + MSC-EV group", True),
        # guards: health, or another mix, is not the stimulus alone
        ("the sham group", "the IR+Exo group", False),
        ("the Exo group", "the IR+Exo group", False),
        ("the IR group", "the IR+Exo+siRNA group", False),
    ],
)
def test_stimulus_alone(group: str, product_group: str, alone: bool) -> None:
    assert stimulus_alone(group, product_group) is alone


_COLITIS = "Cord MSC exosomes in mouse colitis"
_COLITIS_ARMS = "Mice formed control, DSS and DSS+Exo groups."


def test_than_that_in_the_vesicles_group_with_the_phrase_hung_on_the_verb() -> None:
    """'X in the DSS group was greater than that in the DSS+Exo group': the parse hangs 'in the
    DSS+Exo group' on the verb, leaving 'than that'; the phrase after the pronoun is what the
    DSS group is compared with (it read nothing)."""
    sentence = "Body weight loss in the DSS group was greater than that in the DSS+Exo group."
    assert ("weight loss", "decrease", "protective") in read_folded(
        _COLITIS, _COLITIS_ARMS, sentence
    )


def test_health_compared_with_the_vesicles_group_is_no_result() -> None:
    """(guard: the healthy group against the EVs' group says how far from health the EVs left
    the mice, not what they did: 'smaller in the control group than that in the DSS+Exo group')"""
    sentence = "Body weight loss in the control group was smaller than that in the DSS+Exo group."
    assert read_folded(_COLITIS, _COLITIS_ARMS, sentence) == set()


_MODEL_ARMS = "Rats formed sham, model and Exo groups."


@pytest.mark.parametrize(
    "sentence",
    [
        "There was less tubular apoptosis in the Exo group than in the model group.",
        "There was more tubular apoptosis in the model group than in the Exo group.",
    ],
)
def test_there_was_less_in_the_vesicles_group(sentence: str) -> None:
    """'There was less X in the EV group': an existential sentence, the group its 'in' phrase
    (it read nothing)."""
    assert ("apoptotic process", "decrease", "protective") in read_folded(
        _KIDNEY, _MODEL_ARMS, sentence
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "There was no less tubular apoptosis in the Exo group than in the model group.",
        "The Exo group showed no less tubular apoptosis than the model group.",
    ],
)
def test_no_less_denies_the_comparative(sentence: str) -> None:
    """'showed no less X than the model group' denies the difference (it read X lowered)."""
    assert read_folded(_KIDNEY, _MODEL_ARMS, sentence) == set()


def test_there_was_more_than_in_health_is_no_harm_of_the_vesicles() -> None:
    """(guard: more X in the EVs' group than in the sham group compares the treated disease
    with health, no harm the EVs did)"""
    sentence = "There was more tubular apoptosis in the Exo group than in the sham group."
    assert read_folded(_KIDNEY, _MODEL_ARMS, sentence) == set()


_XENOGRAFT = "Marrow MSC exosomes and osteosarcoma xenografts in nude mice"
_XENO_ARMS = "Mice bearing xenografts formed PBS and Exo groups."
_WOUND = "Marrow MSC exosomes on skin wounds in mice"
_WOUND_ARMS = "Mice with skin wounds formed PBS and Exo groups."


@pytest.mark.parametrize(
    ("title", "arms", "sentence", "expected"),
    [
        (_XENOGRAFT, _XENO_ARMS, "Tumours grew more slowly in the Exo group.", "anti_tumor"),
        (_XENOGRAFT, _XENO_ARMS, "Tumours in the Exo group grew faster.", "pro_tumor"),
        # the control group holds the pace, the 'than' phrase the EVs' group: turned round
        (
            _XENOGRAFT,
            _XENO_ARMS,
            "Tumours grew faster in the PBS group than in the Exo group.",
            "anti_tumor",
        ),
        (
            _WOUND,
            _WOUND_ARMS,
            "Wounds healed faster in the Exo group than in the PBS group.",
            "regenerative",
        ),
        (
            _WOUND,
            _WOUND_ARMS,
            "Wounds closed more slowly in the PBS group than in the Exo group.",
            "regenerative",
        ),
    ],
)
def test_a_pace_of_growth_or_healing_in_the_vesicles_group(
    title: str, arms: str, sentence: str, expected: str
) -> None:
    """'Tumours grew more slowly in the EV group', 'wounds healed faster in the EV group': the
    process the subject and the verb name went slower or faster (each read nothing)."""
    assert read_roles(title, arms, sentence) == {expected}


@pytest.mark.parametrize(
    "sentence",
    [
        "Tumours did not grow faster in the Exo group.",
        "Tumours might grow faster in the Exo group.",
        "The Exo-treated mice grew faster.",  # (the mice's weight, no process of a tumour)
    ],
)
def test_a_pace_denied_hedged_or_of_no_process_reads_nothing(sentence: str) -> None:
    """(guard: a denied or hedged pace is no result; 'mice grew' names no process)"""
    assert read_roles(_XENOGRAFT, _XENO_ARMS, sentence) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        # (newcomer review: a level 'lower' in the EVs' group after a fall is no undoing)
        "Serum creatinine fell steadily over the week and the levels were lower in the "
        "IR+Exo group.",
        # (a group given an inhibitor of release, or a vehicle in place of the EVs, is not theirs)
        "Rats formed groups: Group 1 sham, Group 2 IR, Group 3 IR was given GW4869 to stop exosome "
        "release. Group 3 showed more tubular apoptosis than Group 2.",
        "Rats formed groups: Group 1 sham, Group 2 IR, Group 3 IR was given saline instead of "
        "exosomes. Group 3 showed more tubular apoptosis than Group 1.",
    ],
)
def test_no_harm_of_the_vesicles_from_a_fall_an_inhibitor_or_a_vehicle(sentence: str) -> None:
    """(guards from the newcomer review: each read a harm of the EVs, pathogenic)"""
    assert "pathogenic" not in read_roles(_KIDNEY, sentence)


def test_while_receiving_the_vesicles_still_holds_the_change() -> None:
    """(guard: a 'while' clause with no subject of its own says what the group was given)"""
    sentence = "The rats showed less tubular necrosis while receiving exosomes."
    assert ("necrotic cell death", "decrease", "protective") in read_folded(_KIDNEY, sentence)


def test_no_less_with_a_compound_noun_is_denied() -> None:
    """(newcomer review: with a compound noun 'no' hangs on 'less' as its negation)"""
    sentence = "There was no less tumour growth in the exosome group than in the PBS group."
    assert read_roles(_XENOGRAFT, _XENO_ARMS, sentence) == set()


def test_the_stimulus_alone_group_beside_a_hyphenated_vesicles_group() -> None:
    """(newcomer review: 'the DSS+MSC-EV group' read nothing, its words joined as 'MSC - EV')"""
    sentence = "Body weight loss in the DSS group was greater than in the DSS+MSC-EV group."
    assert ("weight loss", "decrease", "protective") in read_folded(
        _COLITIS, _COLITIS_ARMS, sentence
    )
