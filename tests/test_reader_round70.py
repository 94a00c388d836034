"""Seventieth session: MSC vesicles named as one word ('MSCexo', 'BMSCEVs'), vesicles called the
cells' own in the sentence after the cells ('MSCs were isolated from cords. Their exosomes ...'),
a bare comparative set against the untreated ('faster than in the PBS group'), and a harm named
after 'and' in a title, shown with sentences written for these tests (never a record's own
words)."""

from __future__ import annotations

import pytest

from .reading import kept_by_triage, read_folded, read_roles, records_at, triples_at


@pytest.mark.parametrize(
    "product",
    ["MSCexo", "MSCExos", "BMSCexo", "hucMSCEVs", "ADSCexos"],
)
def test_an_msc_product_written_as_one_word_is_kept(product: str) -> None:
    """The cells' short form and the vesicles' run together were no MSC vesicles to triage: the
    record was dropped before the deep reader saw it."""
    assert kept_by_triage(f"Injected {product} lowered cartilage loss in arthritic rats.")


def test_a_one_word_product_is_read_as_the_agent() -> None:
    """And the deep reader takes the run-together name as the agent of its sentence: the loss
    it lowered is a decrease, protective, of MSC vesicles (whatever term grounds the loss)."""
    records = records_at(
        "sentence 1",
        "Marrow stromal vesicles in arthritis",
        "Intra-articular MSCexo lowered cartilage degradation in rats with arthritis.",
    )
    assert records
    for record in records:
        assert (record.finding.outcome.direction, record.finding.outcome.role) == (
            "decrease",
            "protective",
        )
        assert record.finding.msc_source is not None


@pytest.mark.parametrize("other", ["NSCexo", "iPSCexo", "ESCEVs"])
def test_other_stem_cells_run_together_vesicles_are_not_the_agent(other: str) -> None:
    """Guards: in a record about MSC vesicles, another stem cell's vesicles written as one word
    (neural, induced pluripotent, embryonic) are no vesicles the MSCs' source is credited with
    (each fails if any '...SC' may precede the vesicles in the 'ev' cue)."""
    found = triples_at(
        "sentence 2",
        "Stem cell vesicles in stroke",
        f"MSC-derived exosomes were compared with {other} in rats with stroke.",
        f"{other} lowered infarct volume.",
    )
    assert found == []


def test_vesicles_first_is_not_an_msc_product() -> None:
    """Guard: 'Exo-MSC' also names crosstalk, co-cultures, primed cells and cells-plus-EVs
    arms, so it is no MSC vesicles of its own (unless an abstract defines it so)."""
    assert not kept_by_triage(
        "Exo-MSC crosstalk in the marrow niche raised leukaemia cell survival."
    )


@pytest.mark.parametrize(
    ("cells", "theirs"),
    [
        (
            "Mesenchymal stem cells were isolated from cord tissue of newborns.",
            "Their exosomes lowered lung inflammation in septic mice.",
        ),
        (
            "Cord-derived mesenchymal stromal cells (hUC-MSCs) were grown in flasks.",
            "Their small extracellular vesicles eased colitis in mice.",
        ),
    ],
)
def test_their_vesicles_after_the_cells_are_msc_vesicles(cells: str, theirs: str) -> None:
    """The sentence after one naming the MSCs opens on 'Their exosomes': the MSCs' own vesicles
    (only 'isolated from the supernatant' linked two sentences so)."""
    assert kept_by_triage(cells, theirs, title="Cord cells in inflammation")


@pytest.mark.parametrize(
    ("cells", "theirs"),
    [
        # 'their' may mean the tumour cells (a co-culture)
        (
            "Breast cancer cells were co-cultured with mesenchymal stem cells.",
            "Their exosomes raised cell migration.",
        ),
        # MSCs given to patients: the vesicles are measured in blood, not made by a culture
        ("Patients received MSCs by infusion.", "Their exosomes in plasma were counted."),
        # other cells named beside the MSCs
        (
            "Marrow MSCs were compared with endothelial cells.",
            "Their exosomes raised IL-10 release.",
        ),
        ("MSCs and HUVECs were cultured apart.", "Their exosomes raised tube formation."),
        ("Mice lacking MSCs were obtained.", "Their exosomes raised bone loss."),
        ("HUVECs and MSCs were grown apart.", "Their exosomes raised tube formation."),
        # a body fluid's vesicles: the donors'
        ("MSCs were obtained from aged donors.", "Their serum exosomes lowered bone formation."),
        # bare 'stromal cells' of another tissue
        (
            "Gut stromal cells were isolated from patients with colitis.",
            "Their exosomes raised tube formation.",
        ),
    ],
)
def test_their_vesicles_after_other_cells_are_not_msc_vesicles(cells: str, theirs: str) -> None:
    """Guards: 'their' after a sentence with other cells, or MSCs given to patients, names no
    MSC culture's vesicles: the MSCs must be the whole subject of a sentence isolating or
    growing them (the HUVEC, mouse and gut cases fail without read.triage's '_msc_isolated';
    the mouse and 'HUVECs and MSCs' cases without its 'msc_subject_not' check)."""
    assert not kept_by_triage(cells, theirs, title="Cells in inflammation")


_HAIR = "Fat stem cell vesicles and hair regrowth"
_GIVEN_HAIR = "Mice received ADSC-derived exosomes by injection under the skin."


@pytest.mark.parametrize(
    "against", ["in the PBS group", "in untreated mice", "in vehicle-fed mice"]
)
def test_a_bare_comparative_against_the_untreated_is_the_given_vesicles(against: str) -> None:
    """After a sentence giving the EVs, 'Hair regrowth was faster than in the PBS group' is their
    result: a 'than' phrase naming only the untreated disease makes the comparison the study's
    own (any 'than' made the bare predicate no result)."""
    found = read_folded(_HAIR, _GIVEN_HAIR, f"Hair regrowth was faster than {against}.")
    assert ("hair follicle development", "increase", "regenerative") in found


@pytest.mark.parametrize(
    "against",
    [
        "with exosomes from vehicle-treated cells",
        "with exosomes of untreated MSCs",
        "in the untreated MSC group",
        "in non-injured mice",
        "in controls",  # healthy or the untreated disease: no telling (read.comparator)
        "with the parent cells",
        "in healthy mice",
    ],
)
def test_a_bare_comparative_against_another_arm_is_not_read(against: str) -> None:
    """Guards: set against another preparation, the parent cells, health or bare controls, the
    comparison is not the treated group's change (the first three fail if read.groups'
    names_only_controls stops checking for vesicles, MSCs or health in turn)."""
    found = read_folded(_HAIR, _GIVEN_HAIR, f"Hair regrowth was faster than {against}.")
    assert ("hair follicle development", "increase", "regenerative") not in found


@pytest.mark.parametrize(
    "title",
    ["Fat stem cell vesicles and hair loss", "Marrow MSC exosomes and cell cycle arrest"],
)
def test_a_harm_named_after_and_in_a_title_is_the_setting(title: str) -> None:
    """'MSC vesicles and hair loss' names the study's setting, as 'in hair loss' does; it was
    read as the EVs lowering hair growth (pathogenic)."""
    assert read_roles(title, "Adipose MSC exosomes were studied in mice.") == set()
