"""Shapes real abstracts write often that the reader missed, probed with sentences written for
these tests: a past-tense verb after a long subject ('vesicles released from MSCs protected
against X'), which the small parser reads as a participle of the cells, leaving the sentence no
verb; vesicles isolated from a culture whose cells the sentence before names; and the field's
record ('have been confirmed to', 'have shown encouraging results'), background in an abstract."""

from __future__ import annotations

import pytest

from .reading import folded, kept_by_triage, read_abstract


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Vesicles released from human marrow stromal cells protected against toxic kidney "
            "injury.",
            ("wounds and injuries", "decrease", "protective"),
        ),
        (
            "Exosomes secreted by bone marrow stromal cells reduced neuronal apoptosis after "
            "stroke.",
            ("apoptotic process", "decrease", "protective"),
        ),
    ],
)
def test_a_past_tense_verb_read_as_a_participle_is_the_sentence_verb(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    assert expected in folded(read_abstract("A study", sentence))


def test_a_participle_with_a_verb_elsewhere_keeps_its_noun() -> None:
    """Cells 'protected' by something else, in a sentence with its own verb: no EV effect."""
    found = read_abstract(
        "A study",
        "Neurons protected against oxidative stress by a drug were compared with untreated "
        "neurons in a dish of MSC exosomes.",
    )
    assert ("oxidative stress", "decrease", "protective") not in folded(found)


def test_vesicles_isolated_from_the_culture_the_sentence_before_names() -> None:
    assert kept_by_triage(
        "Human cord MSCs were grown without serum for two days.",
        "Extracellular vesicles were then isolated from the supernatant and given to mice.",
    )


@pytest.mark.parametrize(
    "sentences",
    [
        # the sentence before names tumour cells, or no MSCs
        (
            "Breast tumour cells and MSCs were grown together.",
            "Exosomes were isolated from the supernatant.",
        ),
        ("Macrophages were grown without serum.", "Exosomes were isolated from the medium."),
        # isolated first, MSCs named after: not this link
        ("Exosomes were isolated from the medium.", "MSCs were grown without serum."),
        # other cells grown with the MSCs, or named as the vesicles' source
        (
            "Macrophages were co-cultured with BMSCs.",
            "Exosomes were isolated from the supernatant.",
        ),
        ("BMSCs were grown.", "Exosomes were isolated from the medium of M2 macrophages."),
        (
            "Fibroblasts were grown in BMSC-conditioned medium.",
            "Exosomes were then isolated from the fibroblast culture medium.",
        ),
    ],
)
def test_no_isolation_link_without_msc_culture_before(sentences: tuple[str, str]) -> None:
    assert not kept_by_triage(*sentences)


@pytest.mark.parametrize(
    ("sentence", "is_result"),
    [
        # the field's record, in an abstract's background: no result of this study
        ("Marrow MSC exosomes have been confirmed to promote bone healing.", False),
        ("MSC exosomes have been widely used to reduce tissue injury.", False),
        ("MSC exosomes have shown encouraging results in lowering scar formation.", False),
        # this study's result, confirmed by its own measurement
        ("The MSC exosomes lowered fibrosis, which has been confirmed by collagen staining.", True),
    ],
)
def test_the_fields_record_is_background(sentence: str, is_result: bool) -> None:
    assert bool(read_abstract("A study of MSC exosomes", sentence)) == is_result


def test_improving_a_lesion_named_by_its_head_lowers_it() -> None:
    """'improved alveolar simplification': a pathological change (effect_heads.tsv) is lowered."""
    found = folded(
        read_abstract("A study", "MSC exosomes improved alveolar simplification in rats.")
    )
    assert ("alveolar simplification", "decrease", "protective") in found


@pytest.mark.parametrize(
    ("sentence", "read"),
    [
        # a stimulus written as a symbol, given 'treatment': the model, not the EVs
        ("TGF-beta1 treatment raised collagen deposition in LX-2 cells.", False),
        ("LPS administration raised IL-6 in mice that later got MSC exosomes.", False),
        # the treatment the abstract gives
        ("Intravenous administration lowered infarct size.", True),
        ("Treatment with the exosomes lowered infarct size.", True),
    ],
)
def test_a_stimulus_given_as_treatment_is_not_the_evs(sentence: str, read: bool) -> None:
    assert bool(read_abstract("A study of MSC exosomes", sentence)) == read


def test_a_chemotherapy_toxicity_study_is_no_tumour_study() -> None:
    """Cancer named only as why the drug is given: the kidney injury is the disease."""
    found = folded(
        read_abstract(
            "MSC exosomes protect the kidney from cisplatin",
            "Cisplatin is given to treat solid cancers but harms the kidney.",
            "Exosomes of human cord MSCs lowered cisplatin-induced apoptosis of tubular cells.",
            "An anticancer drug dose was given to cancer-free rats.",
        )
    )
    assert ("apoptotic process", "decrease", "protective") in found


def test_a_tumour_model_stays_a_tumour_study() -> None:
    found = folded(
        read_abstract(
            "MSC exosomes in a glioma model",
            "Exosomes of marrow MSCs lowered apoptosis of glioma cells in a xenograft model.",
        )
    )
    assert ("apoptotic process", "decrease", "pro_tumor") in found


def test_a_harm_read_in_an_abstract_that_calls_its_evs_beneficial_is_dropped() -> None:
    """A misreading gives a pathogenic finding the abstract's own framing opposes: dropped."""
    found = folded(
        read_abstract(
            "Cardioprotective effects of MSC exosomes",
            "The MSC exosomes lowered cardiomyocyte apoptosis.",
            # a comparison with sham animals read as the EVs raising fibrosis
            "Compared with sham rats, the exosome group still showed increased fibrosis.",
        )
    )
    assert ("apoptotic process", "decrease", "protective") in found
    assert not any(role == "pathogenic" for _, _, role in found)


def test_an_anti_tumour_study_keeps_its_tumour_context() -> None:
    """'Antitumor activity of the EVs' is the study's own tumour context, not a drug's reason."""
    found = folded(
        read_abstract(
            "Antitumor activity of MSC exosomes delivering a miRNA",
            "The exosomes raised apoptosis of the treated cells.",
        )
    )
    assert ("apoptotic process", "increase", "anti_tumor") in found


def test_a_true_passive_with_by_is_no_verbless_sentence() -> None:
    found = folded(read_abstract("A study", "Renal fibrosis attenuated by MSC-derived exosomes."))
    assert ("fibrosis", "decrease", "protective") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Uptake of exosomes by BMSCs was seen.", []),  # the recipients, not the source
        ("Exosomes secreted by BMSCs lowered injury.", ["bone marrow MSC"]),
        # in the text's order, not the table's
        ("SCAP-Exos and exosomes of PDLSCs", ["apical papilla MSC", "periodontal ligament MSC"]),
    ],
)
def test_sources_named_as_parent_cells(text: str, expected: list[str]) -> None:
    from exoatlas.read.msc_vesicles import attached_sources

    assert attached_sources(text) == expected


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("LPS administration", "other"),
        ("treatment with LPS", "other"),
        ("TGF-beta1 treatment", "other"),
        ("IV administration", "product"),
        ("3 days of treatment", "product"),
        ("the treatments", "product"),
    ],
)
def test_treatment_is_the_evs_unless_a_stimulus_is_named(text: str, kind: str) -> None:
    from exoatlas.read.agent_kind import agent_kind

    assert agent_kind(text, ()) == kind
