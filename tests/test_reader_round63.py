"""Sixty-third session: titles read with their abstracts cut short after a few words (the corpus
source cut some abstracts at an inline tag: a third of the held-apart records are cut so), found
by reading the titles of helper-set records over a cut first sentence; each shown with sentences
written for these tests (never a record's own words)."""

from __future__ import annotations

import pytest

from .reading import folded, read_abstract

_CUT = "Background: the disease remains a heavy burden and its ("  # (ends mid-sentence)


def _roles(title: str, *sentences: str) -> set[str]:
    return {role for *_, role in folded(read_abstract(title, *sentences))}


def test_a_by_gerund_clause_says_how_the_vesicles_do_it() -> None:
    """'EVs lessen X by silencing SGK1': the 'by' phrase is the vesicles' means, not an
    inhibitor undoing their effect (the title read no finding)."""
    title = (
        "Exosomal miR-140-3p of cord MSCs lessens joint injury in arthritic rats by silencing SGK1"
    )
    found = folded(read_abstract(title, _CUT))
    assert ("wounds and injuries", "decrease", "protective") in found


def test_a_passive_raised_by_silencing_stays_the_loss_of_function_arm() -> None:
    """(guard: 'X was raised by silencing miR-21' is what the arm lacking the cargo did, no
    harm of the vesicles; read so only because a passive verb's 'by' phrase is its agent)"""
    found = read_abstract(
        "Marrow MSC exosomes in kidney injury",
        "MSC exosomes reduced tubular apoptosis.",
        "MSC exosomes lost their protection: apoptosis was increased by silencing miR-21.",
    )
    assert ("apoptotic process", "increase", "pathogenic") not in folded(found)


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Marrow MSC exosomes curb the proliferation of NSCLC cells", "anti_tumor"),
        ("Marrow MSC exosomes raise the proliferation of HCC cells", "pro_tumor"),
        ("Vesicles of marrow MSCs promote the growth of AML cells", "pro_tumor"),
        ("Marrow MSC exosomes enhance the proliferation of PDAC cells", "pro_tumor"),
    ],
)
def test_a_tumour_named_by_its_initials_is_a_tumour(title: str, role: str) -> None:
    """'inhibit the proliferation of NSCLC cells' was read as a harm (pathogenic), 'promote
    HCC cell growth' as a repair: the initials named no tumour (``cues.tsv``
    'tumour_abbreviation')."""
    assert role in _roles(title, _CUT)


def test_cells_not_named_by_tumour_initials_keep_a_repair() -> None:
    """(guard: a tumour's initials inside a longer token, or no initials at all, make no
    tumour: 'HCCs' is no tumour word here, keratinocytes grow as repair)"""
    assert "regenerative" in _roles(
        "Marrow MSC exosomes enhance the proliferation of HCCs and keratinocytes", _CUT
    )


def test_a_tumour_named_resistant_is_still_the_aim() -> None:
    """'Targeting castration-resistant prostate cancer with MSC exosomes': the resistance names
    the tumour, not a harm the vesicles serve (the title read nothing over a cut abstract)."""
    title = (
        "Targeting castration-resistant prostate tumours through MSC exosomes for let-7c therapy"
    )
    assert "anti_tumor" in _roles(title, "Prostate cancer that no longer responds (")


def test_immunoregulatory_is_immunomodulatory() -> None:
    """'Immunoregulatory effects of MSC vesicles on T cells' over a cut abstract read nothing;
    'immunomodulatory' read the lessened immune response."""
    found = folded(
        read_abstract("Immunoregulatory effects of MSC-derived vesicles on T cells", _CUT)
    )
    assert ("inflammatory response", "decrease", "protective") in found


def test_a_subtitle_naming_a_treatment_is_the_study_aim() -> None:
    """'...: a novel treatment for necrotizing enterocolitis' aims the vesicles at the disease
    (``cues.tsv`` 'study_title_aim'); over a cut abstract the title's topic is read."""
    title = "Amniotic fluid MSC vesicles: a novel treatment for necrotizing enterocolitis"
    found = folded(read_abstract(title, "Necrotizing enterocolitis in preterm infants is ("))
    assert ("enterocolitis, necrotizing", "decrease", "protective") in found


_KIDNEY = ("Marrow MSC exosomes in kidney injury", "Marrow MSC exosomes reduced tubular apoptosis.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Marrow MSCs raised tubular apoptosis by blocking their exosome release with GW4869.",
        "Exosomes worsened renal fibrosis by knocking down miR-29 in MSCs.",
        "Exosomes promoted apoptosis by depleting their miR-21 cargo.",
        "The exosomes enhanced apoptosis by knocking down miR-21 in the donor cells.",
    ],
)
def test_a_by_phrase_acting_on_the_vesicles_or_their_cells_is_the_arm(sentence: str) -> None:
    """(guards from the newcomer review: a 'by' phrase blocking release, or knocking down an RNA
    in the MSCs, their cargo or donor cells, is the loss-of-function arm, not the vesicles'
    means; the first form of ``_means_clause`` read each as the vesicles' harm)"""
    found = folded(read_abstract(_KIDNEY[0], _KIDNEY[1], sentence))
    assert not any(role == "pathogenic" for *_, role in found)


def test_a_clause_the_parser_joined_to_a_by_phrase_is_still_read() -> None:
    """(guard: '... by silencing PTEN and inhibited microglial activation ...' kept its second
    change)"""
    found = folded(
        read_abstract(
            "Marrow MSC exosomes in stroke",
            "Marrow MSC exosomes reduced neuronal apoptosis by silencing PTEN and inhibited "
            "microglial activation by antagonizing TLR4.",
        )
    )
    assert ("microglial cell activation", "decrease", "protective") in found


@pytest.mark.parametrize(
    ("title", "sentences"),
    [
        ("Marrow MSC exosomes reduce GBM thickening in diabetic nephropathy", (_CUT,)),
        (
            "MSC exosomes in diabetic wounds",
            (
                "Marrow MSC exosomes were applied to diabetic wounds.",
                "The exosomes lowered CML accumulation and increased fibroblast proliferation.",
            ),
        ),
    ],
)
def test_initials_that_name_no_tumour_here_make_no_tumour(
    title: str, sentences: tuple[str, ...]
) -> None:
    """(guards from the newcomer review: GBM, the glomerular basement membrane, and CML,
    carboxymethyl-lysine, are left out of 'tumour_abbreviation'; with them a repair read
    as pro-tumour or nothing)"""
    roles = _roles(title, *sentences)
    assert roles and roles <= {"protective", "regenerative"}


@pytest.mark.parametrize(
    "title",
    [
        "Marrow MSC exosomes generate chemo-resistant gastric cancer cells, a target for therapy",
        "Marrow MSC exosomes and stroke: a strategy to isolate vesicles from plasma",
        "Marrow MSC exosomes in lupus nephritis: an approach to study disease mechanisms",
    ],
)
def test_titles_that_aim_at_no_treatment_read_no_topic(title: str) -> None:
    """(guards from the newcomer review: vesicles that breed a resistant tumour, and a method
    or a study approach in a subtitle, are no therapeutic aim)"""
    assert not _roles(title, _CUT)
