"""Effect direction and which statements are findings: coordinated verbs over a list, and
sentences that state no result of the EVs. Every sentence here is written for these tests."""

from __future__ import annotations

from .reading import read_abstract


def test_a_verb_coordinated_inside_a_list_governs_the_items_after_it() -> None:
    found = read_abstract(
        "Marrow stromal vesicles in hypoxic myoblasts",
        "In vitro, MSC-derived exosomes lessened the injury, as shown by raised cell "
        "survival and reduced LDH release and apoptosis.",
    )
    assert ("apoptotic process", "decrease", "protective") in found, found
    assert not [f for f in found if f[0] == "apoptotic process" and f[1] == "increase"], found


def test_an_adverb_between_but_and_the_verb_keeps_the_second_verb_in_charge() -> None:
    found = read_abstract(
        "Dental pulp stromal cell exosomes (DPSCs-ex) in hypoxic myoblasts",
        "Likewise, DPSCs-ex clearly lowered myoblast apoptosis and caspase-3 levels, "
        "but strongly raised cell viability together with Bcl-2 levels in low oxygen.",
    )
    assert ("cell survival", "increase", "regenerative") in found, found
    assert not [f for f in found if f[0] == "cell survival" and f[1] == "decrease"], found


def test_what_the_msc_cells_did_is_no_finding_of_their_vesicles() -> None:
    found = read_abstract(
        "Marrow stromal cells and their exosomes after infarction",
        "In infarcted mice, injection of marrow MSCs improved cardiac function and lowered "
        "fibrosis.",
        "In culture, exosomes from the MSCs reduced apoptosis of cardiomyocytes.",
    )
    assert ("apoptotic process", "decrease", "protective") in found, found
    assert not [f for f in found if f[0] != "apoptotic process"], found


def test_a_product_named_with_a_hyphenated_suffix_is_the_vesicles() -> None:
    found = read_abstract(
        "Exosomes of adipose stromal cells in hypoxic cardiomyocytes",
        "In culture, ADSCs-ex strongly reduced apoptosis of the hypoxic cardiomyocytes.",
    )
    assert ("apoptotic process", "decrease", "protective") in found, found


def _read_one(sentence: str) -> list[tuple[str, str, str]]:
    return read_abstract("Marrow stromal cell exosomes in injury", sentence)


def test_lowering_a_fall_raises_the_process() -> None:
    for sentence, process in [
        (
            "In culture, MSC-derived exosomes attenuated the peroxide-induced decrease in cell "
            "viability.",
            "cell survival",
        ),
        (
            "In culture, MSC-derived exosomes reduced the inhibition of proliferation caused by "
            "high glucose.",
            "cell population proliferation",
        ),
        (
            "In culture, MSC-derived exosomes rescued the decrease in cell migration.",
            "cell migration",
        ),
        (
            "In culture, MSC-derived exosomes alleviated the impairment of angiogenesis caused "
            "by high glucose.",
            "angiogenesis",
        ),
        (
            "In mice, the decline in cognitive function was ameliorated by MSC-derived exosomes.",
            "cognition",
        ),
    ]:
        found = _read_one(sentence)
        assert (process, "increase", "regenerative") in found, (sentence, found)
        assert not [f for f in found if f[0] == process and f[1] == "decrease"], (sentence, found)


def test_raising_a_fall_keeps_its_direction() -> None:
    found = _read_one("In culture, MSC-derived exosomes induced a decrease in apoptosis.")
    assert ("apoptotic process", "decrease", "protective") in found, found


def test_vesicles_that_reverse_or_abolish_a_harm_lower_it() -> None:
    for sentence in [
        "In culture, MSC-derived exosomes reversed hypoxia-induced apoptosis.",
        "In culture, MSC-derived exosomes abolished the increase in apoptosis induced by hypoxia.",
    ]:
        found = _read_one(sentence)
        assert ("apoptotic process", "decrease", "protective") in found, (sentence, found)
        assert not [f for f in found if f[1] == "increase"], (sentence, found)


def test_an_inhibitor_given_after_the_vesicles_still_undoes_their_effect() -> None:
    found = _read_one(
        "In culture, a kinase blocker given after the MSC-derived exosomes reversed the lowered "
        "apoptosis."
    )
    assert not [f for f in found if f[0] == "apoptotic process" and f[1] == "increase"], found


def test_to_ameliorate_a_function_is_to_raise_it() -> None:
    found = _read_one("In mice, MSC-derived exosomes ameliorated cardiac function.")
    assert ("functional recovery", "increase", "regenerative") in found, found
    found = _read_one("In mice, MSC-derived exosomes ameliorated renal fibrosis.")
    assert ("Fibrosis", "decrease", "protective") in found, found


def test_earlier_work_and_the_fields_interest_are_background() -> None:
    found = read_abstract(
        "Marrow stromal cell exosomes in colitis",
        "We previously demonstrated that MSC-derived exosomes reduce fibrosis of the gut.",
        "MSC exosomes have attracted growing attention for their ability to lower inflammation.",
        "In mice, the MSC-derived exosomes reduced apoptosis of epithelial cells.",
    )
    assert ("apoptotic process", "decrease", "protective") in found, found
    assert not [f for f in found if f[0] != "apoptotic process"], found


def test_what_something_can_do_in_general_is_background() -> None:
    found = read_abstract(
        "Marrow stromal cell exosomes in ischemic hearts",
        "Autophagy can protect cardiomyocytes, but in severe ischemia it can promote apoptosis.",
        "In mice, the MSC-derived exosomes can reduce fibrosis of the heart.",
    )
    assert ("Fibrosis", "decrease", "protective") in found, found
    assert not [f for f in found if f[0] == "apoptotic process"], found


def test_vesicles_of_another_source_are_not_the_msc_vesicles() -> None:
    found = read_abstract(
        "Marrow stromal cell exosomes in ischemic kidneys",
        "Platelet-derived EVs promote angiogenesis after ischemia.",
        "In mice, the MSC-derived exosomes reduced fibrosis of the kidney.",
    )
    assert ("Fibrosis", "decrease", "protective") in found, found
    assert not [f for f in found if f[0] == "angiogenesis"], found
    found = read_abstract(
        "Marrow stromal cell exosomes in tumours",
        "In mice, the MSC-derived anti-tumour exosomes reduced tumour growth.",
    )
    assert found, found


def test_an_en_dash_in_a_compound_modifier_joins_it() -> None:
    found = _read_one(
        "Marrow MSC exosomes clearly suppressed oral pathogen Treponema denticola–triggered "
        "inflammatory response in macrophages in vitro."
    )
    assert ("inflammatory response", "decrease", "protective") in found, found


def test_repairing_a_damage_lowers_it() -> None:
    found = _read_one("In mice, MSC-derived exosomes repaired the ischemic brain damage.")
    assert ("tissue injury", "decrease", "protective") in found, found
    assert not [f for f in found if f[1] == "unknown"], found


def test_worsening_a_function_lowers_it() -> None:
    found = _read_one("In mice, treatment with MSC-derived exosomes worsened cardiac function.")
    assert ("functional recovery", "decrease", "pathogenic") in found, found
    found = _read_one("In mice, treatment with MSC-derived exosomes worsened renal fibrosis.")
    assert ("Fibrosis", "increase", "pathogenic") in found, found


def test_what_something_plays_a_role_in_is_background() -> None:
    found = read_abstract(
        "Marrow stromal cell exosomes in ischemic hearts",
        "MSC-derived exosomes play a key role in repairing myocardial damage.",
        "In mice, the MSC-derived exosomes reduced fibrosis of the heart.",
    )
    assert ("Fibrosis", "decrease", "protective") in found, found
    assert not [f for f in found if f[0] == "tissue injury"], found


def test_undoing_a_directed_effect_of_an_injury_turns_it_round() -> None:
    for sentence, expected in [
        (
            "In culture, MSC-derived exosomes counteracted the inhibitory effect of TNF-alpha "
            "on cell proliferation.",
            ("cell population proliferation", "increase", "regenerative"),
        ),
        (
            "In culture, MSC-derived exosomes abolished the stimulatory effect of LPS on "
            "apoptosis.",
            ("apoptotic process", "decrease", "protective"),
        ),
        (
            "In culture, MSC-derived exosomes caused a decrease in the hypoxia-induced "
            "reduction of cell viability.",
            ("cell survival", "increase", "regenerative"),
        ),
    ]:
        found = _read_one(sentence)
        assert expected in found, (sentence, found)
        assert not [f for f in found if f[0] == expected[0] and f[1] != expected[1]], found


def test_a_directed_effect_of_the_vesicles_keeps_its_direction() -> None:
    found = _read_one("In culture, MSC-derived exosomes exerted an inhibitory effect on apoptosis.")
    assert ("apoptotic process", "decrease", "protective") in found, found


def test_lowering_the_fall_of_a_measure_raises_it() -> None:
    found = read_abstract(
        "Marrow stromal cell exosomes in dry eyes",
        "In mice, the exosomes reduced apoptosis of corneal cells.",
        "In mice, MSC-derived exosomes attenuated the decrease in tear volume.",
    )
    assert ("tear secretion", "increase", "regenerative") in found, found
