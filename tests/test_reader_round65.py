"""Sixty-fifth session: results stated by study group where the group is not the EVs' alone
(the MSC group, the EVs with an inhibitor, a label defined as the model or sham group, the
control group), and group shapes that read nothing; from the newcomer review of round 64 and
probes of the same shapes, each shown with sentences written for these tests (never a record's
own words)."""

from __future__ import annotations

import pytest

from exoatlas.read.groups import other_arms

from .reading import read_folded, read_roles

_KIDNEY = "Renal protection by marrow MSC exosomes after ischaemia"
_HEART = "Marrow MSC exosomes after myocardial infarction in rats"
_TUMOUR = "Tumour suppression by marrow MSC exosomes in mice"
_FOUR = "Rats were divided into sham, model, MSC and Exo groups."
_THREE = "Rats were divided into sham, model, and Exo groups."
_IR = "Rats were divided into sham, I/R, and I/R+Exo groups."
_INHIBITED = "Rats received exosomes with or without an inhibitor of their uptake."
_LABELLED = (
    "The rats formed three groups: group I (sham), group II (MI) and group III (MI treated "
    "with MSC exosomes)."
)
_NERVE = "Marrow MSCs and their exosomes after a crushed sciatic nerve in rats"
_NERVE_LABELS = (
    "The rats formed four groups: Group I sham, Group II nerve crush only, Group III nerve crush "
    "was treated with marrow MSCs, and Group IV nerve crush was treated with MSC exosomes."
)

_APOPTOSIS_DOWN = ("apoptotic process", "decrease", "protective")


@pytest.mark.parametrize(
    "sentence",
    [
        "There was more fibrosis in the MSC group than in the Exo group.",
        "Tubular apoptosis was higher in the MSC group than in the Exo group.",
        "The MSC group showed more tubular apoptosis, whereas the Exo group showed less.",
    ],
)
def test_the_msc_group_holds_no_result_of_the_vesicles(sentence: str) -> None:
    """'the MSC group' was read as the EVs' group (MSCs name the study's product), so what the
    MSCs' group had more of than the EVs' was read as a harm the EVs raised."""
    assert "pathogenic" not in read_roles(_KIDNEY, _FOUR, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "There was more fibrosis in the Exo+inhibitor group than in the Exo group.",
        "Fibrosis in the Exo+inhibitor group was higher than in the Exo group.",
        "Fibrosis in the model group was less than that in the Exo+inhibitor group.",
    ],
)
def test_the_vesicles_given_with_an_inhibitor_are_another_arm(sentence: str) -> None:
    """The loss-of-function arm ('Exo+inhibitor') holding more of a harm than the EVs' group,
    or the model group holding less than it, was read as the EVs raising the harm."""
    assert "pathogenic" not in read_roles(_KIDNEY, _INHIBITED, sentence)


def test_more_harm_than_a_bare_control_group_is_not_read() -> None:
    """'the control group' with no word for what it got may be the healthy animals: a treated
    injury holding more of a harm than they do says nothing of what the EVs changed."""
    assert (
        read_folded(
            _KIDNEY,
            _THREE,
            "There was more tubular apoptosis in the Exo group than in the control group.",
        )
        == set()
    )


def test_less_harm_than_a_bare_control_group_is_read() -> None:
    """(guard: a gain over the control group is the EVs' gain, whatever the group was)"""
    assert _APOPTOSIS_DOWN in read_folded(
        _KIDNEY,
        _THREE,
        "There was less tubular apoptosis in the Exo group than in the control group.",
    )


def test_in_a_tumour_study_the_control_group_is_the_untreated_tumour() -> None:
    """(guard: bigger tumours than the control group's are grown by the EVs)"""
    assert "pro_tumor" in read_roles(
        "Marrow MSC exosomes in breast cancer xenografts",
        "Mice bearing xenografts received PBS or exosomes.",
        "Tumour volume was larger in the Exo group than in the control group.",
    )


def test_labels_defined_as_other_arms() -> None:
    """The labels a text defines for groups given no EVs, the healthy ones among them, and
    those given the stimulus alone; a label any mention gives the EVs is theirs."""
    others, healthy, model = other_arms(
        _NERVE_LABELS + " Group IV showed less apoptosis than group II."
    )
    assert {g.lower() for g in others} == {"group i", "group ii", "group iii"}
    assert {g.lower() for g in healthy} == {"group i"}
    assert {g.lower() for g in model} == {"group ii"}
    assert other_arms("Rats were treated with exosomes.") == ((), (), ())
    # (a label named first in a result, 'Group I and group II were ...', is defined later)
    _, baseline, alone = other_arms(
        "Group I and group II were compared. Group I: sham-operated rats; Group II: crushed "
        "nerves treated with MSC exosomes."
    )
    assert ({g.lower() for g in baseline}, alone) == ({"group i"}, ())


@pytest.mark.parametrize(
    "sentence",
    [
        "Group II and group IV showed more Schwann cell apoptosis than group I.",
        "Groups III and IV showed more Schwann cell apoptosis than group I.",
    ],
)
def test_labelled_groups_set_against_the_sham_group(sentence: str) -> None:
    """Group II (crush alone) written with the EVs' group IV, or the treated groups set against
    group I (defined as sham): neither says what the EVs changed, and both read a harm raised."""
    assert "pathogenic" not in read_roles(_NERVE, _NERVE_LABELS, sentence)


def test_a_labelled_group_defined_as_sham_is_the_healthy_baseline() -> None:
    assert "pathogenic" not in read_roles(
        _HEART, _LABELLED, "Group III had more cardiomyocyte apoptosis than group I."
    )


def test_a_change_said_of_the_model_label_is_not_the_vesicles() -> None:
    """'increased in group II' (group II the infarct alone) was read as the EVs' rise beside
    the EVs' fall in group III."""
    assert read_folded(
        _HEART,
        _LABELLED,
        "Cardiomyocyte apoptosis was increased in group II and reduced in group III.",
    ) == {_APOPTOSIS_DOWN}


def test_higher_in_the_model_label_than_in_the_vesicles_label() -> None:
    """'higher in group II than in group III', group II the infarct alone: the EVs' group has
    less (read nothing before)."""
    assert read_folded(
        _HEART, _LABELLED, "Cardiomyocyte apoptosis was higher in group II than in group III."
    ) == {_APOPTOSIS_DOWN}


def test_a_relative_clause_on_the_model_group_lowered_in_the_vesicles_group() -> None:
    """'which' hung on 'group': the rise in the I/R group was read as the EVs' (the 'in' phrase
    held the relative clause naming the EVs' group)."""
    found = read_folded(
        _KIDNEY,
        _IR,
        "Tubular apoptosis increased in the I/R group, which was reduced in the I/R+Exo group.",
    )
    assert found == {_APOPTOSIS_DOWN}


def test_a_tumour_grown_in_the_vehicle_group_suppressed_in_the_vesicles_group() -> None:
    roles = read_roles(
        _TUMOUR,
        "Mice bearing xenografts received PBS or exosomes.",
        "Tumour volume increased over time in the PBS group, which was suppressed in the Exo "
        "group.",
    )
    assert roles == {"anti_tumor"}


def test_a_relative_clause_lowered_in_the_msc_group_is_not_the_vesicles() -> None:
    """(guard: the MSCs' group undid it, not the EVs')"""
    assert (
        read_folded(
            _KIDNEY,
            _FOUR,
            "Tubular apoptosis increased in the model group, which was reduced in the MSC group.",
        )
        == set()
    )


def test_a_pronoun_carries_the_change_into_the_vesicles_group() -> None:
    """'while it decreased in the EV group': 'it' stands for the apoptosis of the clause before
    (read nothing)."""
    assert read_folded(
        _KIDNEY,
        _THREE,
        "Tubular apoptosis increased in the model group, while it decreased in the Exo group.",
    ) == {_APOPTOSIS_DOWN}


def test_compared_to_the_vesicles_group_the_model_group_had_more() -> None:
    """'Compared to the EV group, the model group showed more X': the EVs' group had less."""
    assert read_folded(
        _KIDNEY,
        _THREE,
        "Compared to the Exo group, the model group showed more tubular apoptosis.",
    ) == {_APOPTOSIS_DOWN}


def test_compared_to_the_vesicles_group_an_inhibitor_group_had_more() -> None:
    """(guard: the inhibitor arm is no control group; it says nothing of the EVs' own change)"""
    assert "pathogenic" not in read_roles(
        _KIDNEY,
        _INHIBITED,
        "Compared to the Exo group, the Exo+inhibitor group showed more tubular apoptosis.",
    )


def test_the_model_groups_rise_attenuated_in_the_vesicles_group() -> None:
    """'The increase in X in the model group was attenuated in the EV group': the change
    noun's group phrase made it the model group's, and nothing was read."""
    assert read_folded(
        _KIDNEY,
        _THREE,
        "The increase in tubular apoptosis in the model group was attenuated in the Exo group.",
    ) == {_APOPTOSIS_DOWN}


@pytest.mark.parametrize("verb", ["reversed", "reduced"])
def test_morphological_alterations_undone(verb: str) -> None:
    """'reversed the morphological alterations': a change of no direction made less is a harm
    lessened (read only when made better before)."""
    found = read_folded(_KIDNEY, _THREE, f"Exosome treatment {verb} the morphological alterations.")
    assert {(d, r) for _, d, r in found} == {("decrease", "protective")}


_DIABETES = "Marrow MSC exosomes in diabetic rats"
_DIABETES_ARMS = "Rats were given streptozotocin with or without MSC exosomes (MSC-EXs)."
_DIABETES_HARMS = (
    "The pancreas of the untreated diabetic rats showed increased oxidative stress, "
    "inflammation and apoptosis compared with control rats."
)


def test_all_results_reverted_to_normal_after_the_vesicles() -> None:
    """'all the results returned nearly to normal after the EVs': each change of the
    sentence before turned round (read as 'results' raised, regenerative, before)."""
    found = read_folded(
        _DIABETES,
        _DIABETES_ARMS,
        _DIABETES_HARMS,
        "However, all the results returned nearly to normal after MSC-EX injection.",
    )
    assert found == {
        ("response to oxidative stress", "decrease", "protective"),
        ("inflammatory response", "decrease", "protective"),
        _APOPTOSIS_DOWN,
    }


def test_the_previous_parameters_ameliorated_by_the_vesicles() -> None:
    """'ameliorated the previous parameters': the changes of the sentence before, by name."""
    found = read_folded(
        _DIABETES,
        _DIABETES_ARMS,
        _DIABETES_HARMS,
        "Administration of MSC-EXs ameliorated the previous parameters.",
    )
    assert _APOPTOSIS_DOWN in found
    assert "pathogenic" not in {r for *_, r in found}


def test_results_are_no_effect_of_their_own() -> None:
    """(guard: when the sentence before states no change the vocabulary names, 'the results
    recovered' is no effect called 'results')"""
    found = read_folded(
        _DIABETES,
        _DIABETES_ARMS,
        "The pancreas of the untreated diabetic rats was examined.",
        "All results returned to normal following injection of MSC-EXs.",
    )
    assert not any(p == "results" for p, *_ in found)


_LIGATION = "Marrow MSC exosomes in rat nerve ligation"
_LIGATION_MODEL = "Rats underwent spinal nerve ligation (SNL)."


def test_vesicles_or_a_knock_down_each_did_it() -> None:
    """'BMSC-exosomes or SOCS3 downregulation lowered X': alternatives, each alone; the
    manipulation's word made the whole a loss-of-function arm and nothing was read."""
    found = read_folded(
        _LIGATION,
        _LIGATION_MODEL,
        "BMSC-exosomes or SOCS3 downregulation lowered apoptosis and inflammation in the "
        "spinal cord.",
    )
    assert _APOPTOSIS_DOWN in found
    assert ("inflammatory response", "decrease", "protective") in found


@pytest.mark.parametrize(
    "agent",
    [
        "Exosomes of NOTCH2-silenced BMSCs or NOTCH2 downregulation",
        "BMSC-exosomes and NOTCH2 downregulation",
    ],
)
def test_vesicles_silenced_or_given_with_a_knock_down_are_an_arm(agent: str) -> None:
    """(guard: vesicles of silenced cells, or given together with the knock-down, are the
    loss-of-function arm: their rise is not the vesicles' own)"""
    found = read_folded(
        _LIGATION,
        _LIGATION_MODEL,
        f"{agent} increased apoptosis and inflammation in the dorsal horn.",
    )
    assert "pathogenic" not in {r for *_, r in found}


# the newcomer review of the first commit of this round: each of these read a harm raised by
# the EVs (or a denied change as stated), or lost a right reading, under that commit

_BRACKETED = (
    "The rats formed groups: sham (group 1), I/R (group 2) and I/R plus MSC exosomes (group 3)."
)
_CONTROL_LABEL = (
    "The rats formed three groups: group 1 (control), group 2 (I/R) and group 3 (I/R plus MSC "
    "exosomes)."
)


def test_labels_in_brackets_are_defined_by_the_words_before_them() -> None:
    """'I/R plus MSC exosomes (group 3)': the words after each label were read as its group's,
    so group 2 became the EVs' group and group 3 the stimulus alone."""
    _, baseline, alone = other_arms(_BRACKETED)
    assert {g.lower() for g in baseline} == {"group 1"}
    assert {g.lower() for g in alone} == {"group 2"}
    assert read_folded(_KIDNEY, _BRACKETED, "Group 3 had less tubular apoptosis than group 2.") == {
        _APOPTOSIS_DOWN
    }
    assert read_folded(_KIDNEY, _BRACKETED, "Tubular apoptosis was increased in group 2.") == set()


def test_labels_given_together_respectively_are_not_defined_one_by_one() -> None:
    """(guard: '(group 1, group 2 and group 3, respectively)': no label is the one group the
    words before its bracket name)"""
    text = "Rats were divided into sham, I/R and I/R+Exo groups (group 1, group 2 and group 3, "
    assert other_arms(text + "respectively).") == ((), (), ())
    assert "pathogenic" not in read_roles(
        _KIDNEY, text + "respectively).", "Group 1 had less tubular apoptosis than group 3."
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Tubular apoptosis was higher in group 3 than in group 1.",
        "Group 1 had less tubular apoptosis than group 3.",
    ],
)
def test_a_label_defined_as_control_is_a_baseline(sentence: str) -> None:
    """'group 1 (control)' was the stimulus alone: the EVs' group holding more of a harm than the
    control group read as a harm the EVs raised."""
    assert "pathogenic" not in read_roles(_KIDNEY, _CONTROL_LABEL, sentence)


def test_a_pronoun_in_a_clause_of_another_arm() -> None:
    """'while it increased in the MSC group': the pronoun's clause names another arm."""
    found = read_folded(
        _KIDNEY,
        _FOUR,
        "Tubular apoptosis decreased in the Exo group, while it increased in the MSC group.",
    )
    assert found == {_APOPTOSIS_DOWN}


@pytest.mark.parametrize(
    "sentence",
    [
        "The increase in tubular apoptosis in the model group was further increased in the MSC "
        "group.",
        "The increase in tubular apoptosis in the model group was attenuated in the MSC group.",
        "The increase in tubular apoptosis in the model group was not attenuated in the Exo group.",
        "The increase in tubular apoptosis was not attenuated by MSC exosomes.",
    ],
)
def test_a_change_noun_turned_by_another_arm_or_not_at_all(sentence: str) -> None:
    """A change noun's group phrase is set aside only when a verb of lessening, not denied,
    names the EVs' group; and the verb's denial denies the lessening."""
    found = read_folded(_KIDNEY, _FOUR, sentence)
    assert not {r for *_, r in found} & {"pathogenic", "protective"}


def test_an_engineered_vesicle_group_is_the_vesicles() -> None:
    """(guard: 'mimic-loaded' names what the EVs carry, not an arm that blocks them)"""
    assert "anti_tumor" in read_roles(
        _TUMOUR,
        "Mice bearing xenografts received PBS, exosomes or miR-145 mimic-loaded exosomes.",
        "Tumour volume was smaller in the miR-145 mimic-loaded exosome group than in the PBS "
        "group.",
    )


def test_a_group_that_received_the_vesicles() -> None:
    """(guard: a relative clause saying what the group got is part of its phrase; only one of
    change is set aside)"""
    assert _APOPTOSIS_DOWN in read_folded(
        _KIDNEY,
        "Rats underwent renal ischaemia and were given saline or exosomes.",
        "Tubular apoptosis fell in the group that received exosomes.",
    )
