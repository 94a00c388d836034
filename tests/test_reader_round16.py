"""Round-16 reader rules, from a sweep of our own made-up titles of nominal claim shapes (a
treatment named with the EVs in a 'with' phrase, 'EVs for X: a study', 'effective in treating X',
effect nouns with more benefit adjectives) and from real titles of helper sets that read no
finding: each case was read wrong, or not at all, before the rule it tests; the guards beside them
hold either way."""

from __future__ import annotations

import pytest

from .reading import records_at, triples_at

# an abstract's opening that names MSCs but no vesicles and no result
BACKGROUND = "Mesenchymal stem cells (MSCs) have been used to treat many diseases."


@pytest.mark.parametrize(
    ("title", "disease"),
    [
        # the EVs in the 'with' phrase of a treatment, or of an opening gerund of treating
        ("Treatment of renal fibrosis with BMSC-derived exosomes", "fibrosis"),
        ("Therapy of colitis with mesenchymal stem cell-derived exosomes", "colitis"),
        ("Nebulization therapy for acute lung injury with exosomes of embryonic MSCs", "lung"),
        ("Treating sepsis with exosomes released by bone marrow mesenchymal stem cells", "sepsis"),
        ("Targeting liver fibrosis with mesenchymal stem cell-derived exosomes", "fibrosis"),
        # a treatment's own 'of' phrase
        ("MSC-EVs as a cell-free treatment of spinal cord injury in mice", "spinal cord"),
        # 'effective in treating X'
        ("MSC-derived exosomes are effective in treating psoriasis in mice", "psoriasis"),
        # the verbless 'EVs for X' before a colon, whatever the parse hangs the name on
        (
            "Extracellular vesicles from mesenchymal stromal cells for colitis: a preclinical "
            "study in rats",
            "colitis",
        ),
        # more benefit adjectives
        (
            "The preventive effect of MSC-derived exosomes on urethral stricture in rats",
            "stricture",
        ),
        ("Salutary effects of MSC-EVs against acute kidney injury", "kidney"),
        ("The ameliorating effect of MSC-derived exosomes on disc degeneration in mice", "disc"),
        # a vesicle name the parse split after 'of', and 'in X' hung on a strengthening verb
        (
            "Beneficial role of human umbilical cord MSC-derived extracellular vesicles in "
            "cerebral ischemia",
            "ischemia",
        ),
        ("Curcumin enhances the therapeutic efficacy of MSC-EVs in allergic rhinitis", "rhinitis"),
        # (the participle tagged as a past tense inside the split name)
        (
            "Melatonin strengthens the protective efficacy of mesenchymal stromal cells derived "
            "exosomes in colitis",
            "colitis",
        ),
    ],
)
def test_a_nominal_title_is_read_as_the_vesicles_lowering_the_disease(
    title: str, disease: str
) -> None:
    found = triples_at('"Title"', title, BACKGROUND)
    assert found and all((d, r) == ("decrease", "protective") for _, d, r in found), found
    assert any(disease in p.casefold() for p, _, _ in found), found


def test_a_suppressive_effect_lowers_what_it_is_against() -> None:
    found = triples_at(
        '"Title"',
        "Suppressive effects of MSC-derived exosomes against COVID-19 pneumonia in mice",
        BACKGROUND,
    )
    assert found and all((d, r) == ("decrease", "protective") for _, d, r in found), found
    assert any("pneumonia" in p.casefold() for p, _, _ in found), found


def test_an_anticancer_therapy_of_msc_vesicles_lowers_tumour_growth() -> None:
    found = triples_at(
        '"Title"',
        "Cytokine delivery by MSC-derived vesicles is an effective anticancer therapy",
        BACKGROUND,
    )
    assert found == [("tumor growth", "decrease", "anti_tumor")], found


@pytest.mark.parametrize(
    "title",
    [
        # a question, a verb of its own, cells (not vesicles) in the 'with' phrase, a hedge
        "MSC exosomes for osteoarthritis: hype or hope?",
        "Treatment of renal fibrosis with mesenchymal stem cells",
        "MSC-derived exosomes are potentially effective in treating psoriasis",
        "MSC-derived exosomes may be effective in treating psoriasis",
    ],
)
def test_no_claim_is_read_from_a_question_cells_or_a_hedge(title: str) -> None:
    assert triples_at('"Title"', title, BACKGROUND) == []


def test_an_aim_comparing_effects_in_a_model_is_no_claim() -> None:
    # the 'in' phrase of a verb that does not strengthen the benefit is not what it is about
    found = triples_at(
        '"Abstract", sentence 2',
        "Vesicles in skin disease",
        BACKGROUND,
        "We weighed the therapeutic effects of a cream and MSC-EVs in atopic dermatitis.",
    )
    assert found == []


NAMED = "Bone marrow MSC exosomes (BMSC-Exos) were given to injured rats."


@pytest.mark.parametrize(
    ("result", "process", "direction"),
    [
        # an effect head tagged as a gerund; a disease's size (round 19: the disease it measures)
        ("BMSC-Exos significantly reduced paw swelling in the rats.", "paw swelling", "decrease"),
        ("BMSC-Exos reduced the aneurysm diameter in the rats.", "aneurysm", "decrease"),
        # an activity or content is an amount of what it names
        ("BMSC-Exos reduced caspase-3 activity in the kidney.", "apoptotic process", "decrease"),
        ("BMSC-Exos reduced SA-β-gal activity in the lungs.", "cellular senescence", "decrease"),
        ("BMSC-Exos reduced the number of TRAP-positive cells.", "osteoclast", "decrease"),
        # a GO process named by the whole amount phrase, now with a valence
        ("BMSC-Exos increased insulin secretion in diabetic rats.", "insulin", "increase"),
        ("BMSC-Exos increased tear secretion in the dry eye model.", "tear secretion", "increase"),
        ("BMSC-Exos reduced complement activation in the rats.", "complement", "decrease"),
        # the ovarian reserve of an ovarian-failure model
        ("BMSC-Exos raised serum AMH levels in the rats.", "ovarian follicle", "increase"),
        ("BMSC-Exos lowered serum FSH levels in the rats.", "ovarian follicle", "increase"),
    ],
)
def test_a_common_readout_of_injury_models_is_read_with_its_valence(
    result: str, process: str, direction: str
) -> None:
    found = triples_at('"Abstract", sentence 2', "Vesicles in injury", NAMED, result)
    assert found, result
    assert all(r in ("protective", "regenerative") for _, _, r in found), found
    assert any(process in p.casefold() and d == direction for p, d, _ in found), found


def test_lessening_cognitive_impairment_raises_cognition() -> None:
    # the impairment names cognition's opposite: lowering it is no lost cognition
    found = triples_at(
        '"Title"', "MSC-derived exosomes lessen cognitive impairment in aged rats", BACKGROUND
    )
    assert found and all(r in ("protective", "regenerative") for _, _, r in found), found


@pytest.mark.parametrize(
    "title",
    [
        # a verbless title naming the model: its impairment is no change the EVs made
        "MSC-EVs in a mouse model of cognitive impairment",
        # outside a tumour study bare 'resistance' is no drug's
        "MSC-derived exosomes confer resistance to sepsis in mice",
    ],
)
def test_a_named_impairment_or_resistance_is_no_harm_done_by_the_vesicles(title: str) -> None:
    found = triples_at('"Title"', title, BACKGROUND)
    assert all(r not in ("pathogenic", "pro_tumor") for _, _, r in found), found


@pytest.mark.parametrize(
    ("result", "process"),
    [
        # a verb that lowers a lowered state raises what it names
        ("BMSC-Exos reversed the impaired angiogenesis in the injured rats.", "angiogenesis"),
        ("BMSC-Exos attenuated the reduced cell viability in the injured rats.", "cell survival"),
        (
            "BMSC-Exos counteracted the suppressed proliferation of chondrocytes in the rats.",
            "proliferation",
        ),
        ("BMSC-Exos prevented the decreased expression of Bcl-2 in the rats.", "apoptotic"),
        # a deficit of learning names its opposite
        ("BMSC-Exos alleviated learning deficits in the aged rats.", "learning"),
    ],
)
def test_lowering_a_lowered_state_is_no_harm(result: str, process: str) -> None:
    found = triples_at('"Abstract", sentence 2', "Vesicles in injury", NAMED, result)
    assert found and all(r in ("protective", "regenerative") for _, _, r in found), found
    assert any(process in p for p, _, _ in found), found


def test_the_trigger_parsed_as_a_modifier_is_no_lowered_state() -> None:
    # 'alleviated' hung on the object as its adjective is still the verb, not a lowered state
    found = triples_at(
        '"Abstract", sentence 2',
        "Vesicles in injury",
        NAMED,
        "BMSC-Exos significantly alleviated liver dysfunction in the rats.",
    )
    assert found and all((d, r) == ("decrease", "protective") for _, d, r in found), found


def test_a_title_present_tense_display_of_a_benefit_is_its_claim() -> None:
    title = "Bone marrow MSC-derived exosomes exert protective effects in lung injury"
    found = triples_at('"Title"', title, BACKGROUND)
    assert found and all((d, r) == ("decrease", "protective") for _, d, r in found), found
    # the same words in an abstract state what is known, not this study's result
    assert triples_at('"Abstract", sentence 1', "Vesicles in lung injury", title + ".") == []


@pytest.mark.parametrize(
    ("result", "disease"),
    [
        # common MSC-EV indications that grounded as nothing
        ("BMSC-Exos significantly reduced intrauterine adhesions in the rats.", "Gynatresia"),
        (
            "BMSC-Exos improved ovarian function in mice with premature ovarian insufficiency.",
            "Primary Ovarian Insufficiency",
        ),
    ],
)
def test_a_reproductive_indication_is_grounded(result: str, disease: str) -> None:
    records = records_at('"Abstract", sentence 2', "Vesicles in the uterus", NAMED, result)
    assert records and all(
        r.finding.recipient.disease is not None and r.finding.recipient.disease.label == disease
        for r in records
    ), records
