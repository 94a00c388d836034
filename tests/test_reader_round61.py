"""Sixty-first session: faults found by a seventh wave of blind helper collections (heart,
nervous system, unusual names of the vesicles, protective changes that sound harmful, thinner
organs), by cut-short variants of those records, and by the last newcomer review's probes; each
shown with sentences written for these tests (never a record's own words)."""

from __future__ import annotations

import pytest

from exoatlas.read.msc_vesicles import msc_product_in
from exoatlas.read.triage import product_abbreviations

from .reading import folded, kept_by_triage, read_abstract, read_records


def _cargo_written(sentence: str) -> set[str]:
    """The cargo names as the text writes them, of every finding read from the sentence."""
    records = read_records("Marrow MSC exosomes in the infarcted heart", sentence)
    return {c.text or "" for r in records for c in r.finding.cargo}


def _any_change(found: set[tuple[str, ...]]) -> bool:
    return any(direction in ("increase", "decrease") for _, direction, _ in found)


def test_initials_of_the_msc_tissue_after_them_name_msc_vesicles() -> None:
    """('EVs released by MSCs from umbilical cord (UEVs)': the initials are the tissue's, the
    MSCs stand before it; the short form named no product and the record read nothing)"""
    definition = "We injected EVs released by MSCs from human umbilical cord (UEVs) into the mice."
    assert "UEVs" in product_abbreviations(definition)
    found = folded(
        read_abstract(
            "Cord vesicles in ischaemic kidney injury",
            definition,
            "Treatment with UEVs lowered tubular apoptosis.",
        )
    )
    assert ("apoptotic process", "decrease", "protective") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "We kept the vesicles next to the MSCs from which they were derived, and in mice with "
        "endotoxin lung injury the vesicles lowered lung edema.",
        "The exosomes worked as well as the MSCs that secreted them: in mice with endotoxin lung "
        "injury the exosomes lowered lung edema.",
    ],
)
def test_msc_named_after_the_vesicles_as_their_parent_cells_are_their_source(
    sentence: str,
) -> None:
    """('the MSCs from which they were derived', 'the MSCs that secreted them': the vesicles'
    only link to MSCs; the records were read as not about MSC vesicles)"""
    assert kept_by_triage(sentence, title="Vesicles in lung injury")
    found = folded(read_abstract("Vesicles in lung injury", sentence))
    assert any(role == "protective" for *_, role in found)


@pytest.mark.parametrize(
    "text",
    [
        "EVs from breast cancer cells conditioned by cord MSCs",
        "EVs from MSC-educated macrophages",
        "exosomes from BMSC-primed T cells",
    ],
)
def test_vesicles_of_cells_the_msc_only_handled_are_no_msc_vesicles(text: str) -> None:
    """(MSCs named as what conditioned or educated other cells: those cells' vesicles were
    taken as the MSCs' own)"""
    assert not msc_product_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "exosomes isolated from medium conditioned by MSCs",
        "EVs from BMSC-conditioned medium",
        "exosomes from MSCs conditioned by tumour cells",
        "EVs released by MSCs from human umbilical cord",
    ],
)
def test_guard_the_medium_msc_conditioned_and_msc_conditioned_by_others_stay(text: str) -> None:
    """guard: the medium the MSCs conditioned holds their vesicles; MSCs conditioned by other
    cells are still the parent cells"""
    assert msc_product_in(text)


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        (
            "The exosomes, rich in miR-21, \u201323a and \u2013145, lowered cardiomyocyte "
            "apoptosis.",
            {"miR-23a", "miR-145"},
        ),
        (
            "The exosomes, rich in miR-17, -18a and -19b-1, lowered cardiomyocyte apoptosis.",
            {"miR-18a", "miR-19b-1"},
        ),
    ],
)
def test_a_mirna_list_with_en_dashes_or_a_locus_number_names_each_mirna(
    sentence: str, names: set[str]
) -> None:
    """(the elliptical list took a hyphen only, and no locus number after the letter)"""
    assert names <= _cargo_written(sentence)


def test_raised_alveolar_fluid_clearance_is_less_oedema() -> None:
    """(a cut-short variant of an ex vivo lung record ended after 'increased alveolar fluid
    clearance and reduced': nothing was read from it)"""
    found = folded(
        read_abstract(
            "MSC microvesicles in an injured human lung",
            "We gave MSC MVs to perfused human lungs. The MSC MVs raised alveolar fluid clearance "
            "and lowered",
        )
    )
    assert ("edema", "decrease", "protective") in found


def test_vesicles_that_mediate_a_benefit_hold_it() -> None:
    """('exosomes mediated the cardioprotection afforded by MSCs' was no MSC-vesicle record, nor
    'mediated' a verb displaying a benefit)"""
    found = folded(
        read_abstract(
            "Exosomes and the infarcted heart",
            "We found that the exosomes mediated the cardioprotection afforded by MSCs after "
            "myocardial infarction.",
        )
    )
    assert _any_change(found)
    assert all(role == "protective" for *_, role in found)


@pytest.mark.parametrize(
    ("title", "sentence", "expected"),
    [
        (
            # keratinocytes growing is the disease in psoriasis
            "Cord MSC vesicles in psoriasis",
            "In mice with imiquimod-induced psoriasis, the MSC-EVs lowered keratinocyte "
            "proliferation.",
            "protective",
        ),
        (
            # bone made where none belongs is the disease in heterotopic ossification
            "Marrow MSC exosomes and heterotopic ossification",
            "The MSC-EVs lowered the osteogenic differentiation of tendon-derived cells in rats "
            "with heterotopic ossification.",
            "protective",
        ),
        (
            # scar binding a repaired tendon; 'after tendon repair' says when
            "MSC exosomes in flexor tendon injury",
            "The MSC-EVs lowered adhesion formation after tendon repair in rats.",
            "protective",
        ),
        (
            "MSC exosomes in noise-induced hearing loss",
            "The MSC-EVs lowered ABR threshold shifts in the noise-exposed mice.",
            "protective",
        ),
    ],
)
def test_a_protective_change_that_sounds_harmful_out_of_context(
    title: str, sentence: str, expected: str
) -> None:
    """(own probe sentences of protective changes: each was read as a harm or as nothing)"""
    found = folded(read_abstract(title, sentence))
    assert found
    assert {role for *_, role in found} == {expected}


@pytest.mark.parametrize(
    ("title", "sentence", "expected"),
    [
        # guard: keratinocytes growing is repair in a wound
        (
            "Cord MSC vesicles in skin wounds",
            "The MSC-EVs raised keratinocyte proliferation.",
            ("cell population proliferation", "increase", "regenerative"),
        ),
        # guard: an implant assay's ectopic bone is bone-forming capacity
        (
            "Marrow MSC exosomes in bone repair",
            "The MSC-EVs raised ectopic bone formation in nude mice.",
            ("bone regeneration", "increase", "regenerative"),
        ),
    ],
)
def test_guard_the_same_changes_elsewhere_keep_their_plain_role(
    title: str, sentence: str, expected: tuple[str, str, str]
) -> None:
    assert expected in folded(read_abstract(title, sentence))


# guards from the newcomer review's own probes: each failed on the first, broader form of its
# rule


@pytest.mark.parametrize(
    "text",
    [
        "We took the exosomes out of MSC-conditioned culture medium",
        "exosomes isolated from serum-free DMEM conditioned by MSCs",
        "exosomes from culture medium previously conditioned by MSCs",
        "MSC-primed exosomes",
    ],
)
def test_guard_a_medium_the_msc_conditioned_holds_their_vesicles(text: str) -> None:
    assert msc_product_in(text)


def test_guard_vesicles_of_others_with_factors_the_msc_secrete_are_not_theirs() -> None:
    """'the MSCs that secrete them' may mean the factors, not the vesicles"""
    assert not msc_product_in(
        "Serum EVs of the patients carried the same growth factors as the MSCs that secrete them"
    )


@pytest.mark.parametrize(
    ("title", "sentences", "expected"),
    [
        (
            # psoriasis named only beside the wound the study heals
            "MSC exosomes in diabetic wounds",
            (
                "Unlike psoriasis, where keratinocytes overgrow, diabetic wounds fail to close.",
                "In the wounded diabetic mice, the MSC-EVs raised keratinocyte proliferation.",
                "Psoriasis and wounds thus differ.",
            ),
            ("cell population proliferation", "increase", "regenerative"),
        ),
        (
            # misplaced bone named only as a side effect the bone-repair study avoids
            "MSC exosomes for calvarial bone defects",
            (
                "Growth factor implants often cause heterotopic ossification.",
                "The MSC-EVs caused no heterotopic ossification.",
                "The MSC-EVs raised bone formation in the calvarial defects of the rats.",
            ),
            ("bone regeneration", "increase", "regenerative"),
        ),
        (
            # a benefit lowered beside a repair stays a harm (no effector read into it)
            "MSC exosomes in sepsis",
            ("The MSC-EVs reduced organ injury and lowered phagocytosis in the septic mice.",),
            ("phagocytosis", "decrease", "pathogenic"),
        ),
        (
            # a repair after an injury is the outcome, not when it was measured
            "MSC exosomes in liver injury",
            ("The MSC-EVs enhanced post-injury repair of the liver.",),
            ("tissue regeneration", "increase", "regenerative"),
        ),
    ],
)
def test_guard_narrowed_rules_leave_other_studies_as_they_were(
    title: str, sentences: tuple[str, ...], expected: tuple[str, str, str]
) -> None:
    assert expected in folded(read_abstract(title, *sentences))


@pytest.mark.parametrize(
    ("title", "sentence"),
    [
        (
            "MSC exosomes in nerve injury",
            "The MSC-EVs reversed the threshold shift of paw withdrawal.",
        ),
        (
            "MSC exosomes in ovarian insufficiency",
            "The MSC exosomes raised AFC in the treated mice.",
        ),
        ("MSC exosomes and fibroblasts", "The MSC-EVs raised the formation of focal adhesions."),
    ],
)
def test_guard_other_thresholds_clearances_and_adhesions_are_no_such_harm(
    title: str, sentence: str
) -> None:
    found = folded(read_abstract(title, sentence))
    assert not any(p in ("hearing loss", "edema", "fibrosis") for p, *_ in found)


def test_guard_a_negative_number_with_a_unit_is_no_listed_mirna() -> None:
    assert not {"miR-80", "miR-30"} & _cargo_written(
        "The exosomes, rich in miR-21 and –30 mV in zeta potential, lowered apoptosis."
    )
