"""Sixty-seventh session: a bare 'control group' holding a comparative whose 'than' phrase names
the EVs' group (a lead of the round-66 review), shown with sentences written for these tests
(never a record's own words)."""

from __future__ import annotations

import pytest

from .reading import read_folded, read_records, read_roles

_KIDNEY = "Marrow MSC exosomes in kidney ischaemia"
_GIVEN = "We took exosomes from marrow MSCs (BM-Exos) and gave them to rats with kidney ischaemia."
_TUMOUR = "Marrow MSC exosomes and gastric tumours in mice"
_GIVEN_TUMOUR = (
    "We took exosomes from marrow MSCs (BM-Exos) and gave them to mice bearing gastric tumours."
)


@pytest.mark.parametrize(
    "sentence",
    [
        "The control group showed more tubular necrosis than the BM-Exos group.",
        "Tubular necrosis was more severe in the control group than in the BM-Exos group.",
        "Compared with the BM-Exos group, the control group had more tubular necrosis.",
    ],
)
def test_a_control_group_with_more_harm_than_the_vesicles_group(sentence: str) -> None:
    """'The control group showed more X than the EV group': whether the control was healthy or
    the untreated disease, the EVs' group had less of the harm. Only a 'model', 'vehicle' or
    'PBS' group was taken as holding it; a bare control read nothing."""
    assert ("necrotic cell death", "decrease", "protective") in read_folded(
        _KIDNEY, _GIVEN, sentence
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The control group showed higher cell viability than the BM-Exos group.",
        "The control group had less tubular necrosis than the BM-Exos group.",
        "Wounds closed faster in the control group than in the BM-Exos group.",
        # (another arm's control: a reference drug, a control siRNA)
        "The positive control group showed more tubular necrosis than the BM-Exos group.",
        "The control siRNA group showed more tubular necrosis than the BM-Exos group.",
    ],
)
def test_a_control_group_doing_better_than_the_vesicles_group_reads_nothing(sentence: str) -> None:
    """A bare control doing better than the EVs' group may be the healthy animals: the treated
    disease is still worse than health, which says nothing of what the EVs changed; a control
    named for another arm compares two treatments (guards: the new reading must not take
    these as the EVs changing viability, necrosis or healing)."""
    assert not read_roles(_KIDNEY, _GIVEN, sentence) & {"pathogenic", "protective", "regenerative"}


def test_wounds_closing_more_slowly_in_the_control_group() -> None:
    """The pace of a process held by a bare control group, the EVs' group in the 'than'
    phrase: the EVs' group healed faster."""
    assert ("wound healing", "increase", "regenerative") in read_folded(
        _KIDNEY, _GIVEN, "Wounds closed more slowly in the control group than in the BM-Exos group."
    )


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("The control group showed larger tumour volumes than the BM-Exos group.", "anti_tumor"),
        ("The control group showed smaller tumour volumes than the BM-Exos group.", "pro_tumor"),
    ],
)
def test_in_a_tumour_the_control_group_is_the_untreated_tumour(sentence: str, role: str) -> None:
    """In a tumour study the control group is the tumour without the EVs, so either direction
    reads."""
    assert role in read_roles(_TUMOUR, _GIVEN_TUMOUR, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Cardiomyocyte apoptosis was elevated at day 3, whereas BM-Exos significantly lowered it"
        " at day 7.",
        "Tubular necrosis was raised in the first week, while BM-Exos reduced it later.",
    ],
)
def test_a_rise_before_a_clause_of_contrast_naming_the_vesicles_is_not_theirs(
    sentence: str,
) -> None:
    """'X was raised at day 3, whereas the EVs lowered it at day 7': the first clause's rise
    has no agent, and the clause of contrast gives the EVs a change of their own. The rise was
    credited to the EVs (pathogenic); a clause joined by 'and' or ',' was already kept apart."""
    assert "pathogenic" not in read_roles(_KIDNEY, _GIVEN, sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Cardiomyocyte apoptosis was elevated at day 3, whereas BM-Exos significantly lowered"
            " it at day 7.",
            ("apoptotic process", "decrease", "protective"),
        ),
        (
            "Although tubular apoptosis was high in the vehicle group, BM-Exos lowered it.",
            ("apoptotic process", "decrease", "protective"),
        ),
        (
            "Fibrosis developed in untreated rats, while BM-Exos prevented it.",
            ("fibrosis", "decrease", "protective"),
        ),
        (  # (what the other clause changed: its object before its subject)
            "Although ischaemia caused tubular necrosis, BM-Exos prevented it.",
            ("necrotic cell death", "decrease", "protective"),
        ),
        (
            "The vehicle group had more fibrosis, whereas BM-Exos reduced it.",
            ("fibrosis", "decrease", "protective"),
        ),
    ],
)
def test_it_in_a_clause_of_contrast_is_the_other_clause_subject(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    """'..., whereas the EVs lowered it': the pronoun stands for the subject of the clause it is
    set against; 'it' was grounded as nothing, so the EVs' own change was lost."""
    assert expected in read_folded(_KIDNEY, _GIVEN, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "BM-Exos decreased the expression of NLRP3, ASC and caspase-1.",
        "BM-Exos lowered NLRP3 and ASC in the kidney.",
        "BM-Exos blocked ASC oligomerisation and the pyroptosis of tubular cells.",
    ],
)
def test_asc_beside_the_inflammasome_is_no_adipose_source(sentence: str) -> None:
    """'lowered NLRP3, ASC and caspase-1': ASC there is the inflammasome adaptor, not adipose
    stem cells; the finding of marrow-MSC exosomes was given an adipose source."""
    records = read_records(_KIDNEY, _GIVEN, sentence)
    sources = {r.finding.msc_source.label for r in records if r.finding.msc_source}
    assert sources and "adipose tissue MSC" not in sources


def test_asc_as_the_vesicles_parent_cells_is_still_adipose() -> None:
    """Guard: 'exosomes from ASCs' still names adipose MSCs."""
    records = read_records(
        "Adipose stem cell exosomes in scars",
        "We isolated exosomes from ASCs and gave them to mice. The exosomes reduced scar"
        " formation.",
    )
    assert "adipose tissue MSC" in {
        r.finding.msc_source.label for r in records if r.finding.msc_source
    }


def test_it_before_the_clause_it_could_stand_for_is_not_that_clause() -> None:
    """Guard: in 'Although the EVs lowered it, X was unchanged' the pronoun points to an earlier
    sentence, not to the X after it."""
    found = read_folded(
        _KIDNEY,
        _GIVEN,
        "Serum creatinine rose after ischaemia.",
        "Although BM-Exos lowered it, renal fibrosis was unchanged.",
    )
    assert ("fibrosis", "decrease", "protective") not in found


def test_a_tumour_result_before_a_contrast_naming_other_things_stays() -> None:
    """Guard: 'Tumour growth was accelerated, whereas the EVs did not change body weight': the
    clause of contrast changes something else, so the rise with no agent is still the EVs'
    result in a tumour study."""
    assert "pro_tumor" in read_roles(
        _TUMOUR,
        _GIVEN_TUMOUR,
        "Tumour growth was markedly accelerated, whereas BM-Exos did not change body weight.",
    )


_ARMS = (
    "We took exosomes from marrow MSCs (BM-Exos), loaded some with miR-21 (miR-21-Exos) or a"
    " control mimic (NC-Exos), and gave them to rats with kidney ischaemia."
)


@pytest.mark.parametrize(
    "sentence",
    [
        "The NC-Exos group showed more tubular apoptosis than the miR-21-Exos group.",
        "Apoptosis in the NC-Exos group was higher than in the miR-21-Exos group.",
        "Compared with the miR-21-Exos group, the NC-Exos group had more apoptotic cells.",
        "The control exosome group showed more tubular apoptosis than the miR-21-Exos group.",
    ],
)
def test_control_vesicles_with_more_harm_than_the_engineered_ones(sentence: str) -> None:
    """'The NC-Exos group showed more X than the miR-21-Exos group': control vesicles set
    against the engineered ones, outside a tumour; the result is the engineered vesicles
    lowering X, not the control vesicles raising it (read pathogenic)."""
    found = read_folded("Engineered marrow MSC exosomes in kidney ischaemia", _ARMS, sentence)
    assert ("apoptotic process", "decrease", "protective") in found
    assert "pathogenic" not in {role for *_, role in found}


def test_in_a_tumour_the_preparation_with_more_tumour_growth_is_pro_tumour() -> None:
    """Guard: in a tumour study, 'the miR-21-Exos group had larger tumours than the NC-Exos
    group' is the engineered vesicles' pro-tumour result, not turned round."""
    roles = read_roles(
        _TUMOUR,
        "We took exosomes from marrow MSCs, loaded some with miR-21 (miR-21-Exos) or a control"
        " mimic (NC-Exos), and gave them to mice bearing gastric tumours.",
        "The miR-21-Exos group had larger tumour volumes than the NC-Exos group.",
    )
    assert "pro_tumor" in roles and "anti_tumor" not in roles


@pytest.mark.parametrize(
    "sentence",
    [
        # (no control preparation holds it: the worse vesicles may be the study's harm)
        "The miR-21-Exos group displayed more tubular apoptosis than the NC-Exos group.",
        "The BM-Exos group showed more tubular apoptosis than the miR-21-Exos group.",
        # (the 'than' phrase of another clause)
        "The NC-Exos group still showed more apoptosis, whereas fibrosis was lower in the"
        " miR-21-Exos group than in the BM-Exos group.",
        # (set against health)
        "The NC-Exos group showed more tubular apoptosis than the sham group given miR-21-Exos.",
    ],
)
def test_other_comparisons_of_vesicles_are_not_turned_round(sentence: str) -> None:
    """Guards from the review of the first version, which turned any comparison of two
    preparations round: only control vesicles holding more harm than the engineered ones in
    the same clause say the engineered ones lowered it."""
    found = read_folded("Engineered marrow MSC exosomes in kidney ischaemia", _ARMS, sentence)
    assert ("apoptotic process", "decrease", "protective") not in found


def test_a_process_of_no_role_is_not_turned_round() -> None:
    """Guard: a change the rule tables give no role ('more autophagy') is no harm of the
    control vesicles: it is not turned round."""
    found = read_folded(
        "Engineered marrow MSC exosomes in kidney ischaemia",
        _ARMS,
        "The NC-Exos group showed more autophagy than the miR-21-Exos group.",
    )
    assert not any(p == "autophagy" and d == "decrease" for p, d, _ in found)
