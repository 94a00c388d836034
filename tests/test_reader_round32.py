"""Round-32 reader rules, from a role audit of the helpers' real abstracts (the changes read
against their abstract's role), rewritten as our own probe sentences."""

from __future__ import annotations

import pytest

from .reading import folded, read_abstract

KIDNEY = "Umbilical cord MSC exosomes in obstructive kidney disease"
GIVEN = "We gave rats exosomes from human umbilical cord mesenchymal stem cells."


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a proliferation listed with the injury the EVs lessened is part of that harm
        (
            "In obstructed rats, the exosomes inhibited kidney injury and cellular proliferation.",
            ("cell population proliferation", "decrease", "protective"),
        ),
        # and a death raised in a sentence that lowers a fibrosis is the fibrosis's cells'
        (
            "In obstructed rats, the exosomes lowered fibrosis and cell migration and raised"
            " apoptosis.",
            ("apoptotic process", "increase", "protective"),
        ),
    ],
)
def test_a_change_listed_with_a_lessened_harm_shares_its_role(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    assert expected in folded(read_abstract(KIDNEY, GIVEN, sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        # set against the first clause: a side effect the author reports as one
        "In obstructed rats, the exosomes inhibited kidney injury but also reduced cellular"
        " proliferation.",
        # the host's own cells, named
        "In obstructed rats, the exosomes reduced kidney injury and tubular cell proliferation.",
    ],
)
def test_a_change_set_apart_or_of_named_host_cells_keeps_its_own_role(sentence: str) -> None:
    found = folded(read_abstract(KIDNEY, GIVEN, sentence))
    assert ("cell population proliferation", "decrease", "pathogenic") in found, found


def test_a_state_named_in_what_may_have_happened_is_no_result() -> None:
    # the participle's state is part of what 'may have been' says: no change read at all (a
    # hedged finding still counts toward its abstract's role)
    sentence = (
        "Results: Recovery of function may have been attenuated by increased cardiac fibrosis"
        " in the exosome group."
    )
    found = folded(read_abstract(KIDNEY, GIVEN, sentence))
    assert not [t for t in found if t[0] == "fibrosis"], found


@pytest.mark.parametrize(
    "sentence",
    [
        # 'lessened' hung on 'MDA', the levels a conjunct of 'level': past the clause
        # 'elevated' opens
        "Exosomes elevated catalase level, lessened MDA, LDH, TNF-α and IL-1β levels and"
        " inhibited apoptosis.",
        "Exosomes and miR-26a elevated SOD level, lessened MDA, LDH and IL-1β levels, boosted"
        " neuron proliferation and inhibited apoptosis.",
    ],
)
def test_an_object_past_a_coordinated_trigger_is_not_the_first_triggers(sentence: str) -> None:
    found = folded(read_abstract(KIDNEY, GIVEN, sentence))
    assert ("inflammatory response", "increase", "pathogenic") not in found, found
