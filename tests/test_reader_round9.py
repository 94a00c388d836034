"""Round-9 reader rules (integrator): each case was read wrong before the rule it tests."""

from __future__ import annotations

import pytest

from exoatlas.vocab import rules

from .reading import folded, read_abstract, read_cargo


@pytest.mark.parametrize(
    "cancer",
    ["glioblastoma", "neuroblastoma", "medulloblastoma", "mesothelioma", "hepatoma", "astrocytoma"],
)
def test_a_cancer_named_only_in_the_title_makes_the_cell_line_a_tumour(cancer: str) -> None:
    # the results sentence names only a cell line; the title names the cancer
    found = read_abstract(
        f"Effects of exosomes from mesenchymal stem cells on {cancer} cells",
        "Exosomes from umbilical cord MSCs inhibited the proliferation of XY-12 cells "
        "and induced their apoptosis.",
    )
    assert found, cancer
    assert {role for _, _, role in found} == {"anti_tumor"}, (cancer, found)


def test_metastasis_in_the_title_is_a_tumour_study() -> None:
    found = read_abstract(
        "Bone marrow stromal cell vesicles and lung metastasis",
        "BMSC-derived exosomes promoted the migration of the XY-12 cells.",
    )
    assert {role for _, _, role in found} == {"pro_tumor"}, found


def test_a_malignant_word_alone_is_no_tumour() -> None:
    # 'malignant' before a word that is no neoplasm names no tumour study
    found = read_abstract(
        "Mesenchymal stem cell exosomes in malignant hypertension",
        "MSC-EVs reduced apoptosis of renal tubular cells.",
    )
    assert {role for _, _, role in found} == {"protective"}, found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("MSC-Exos reduced colony formation of the XY-12 cells.", "anti_tumor"),
        ("The vesicles lowered the clonogenic capacity of XY-12 cells.", "anti_tumor"),
        ("MSC-derived exosomes suppressed the cytotoxicity of CD8+ T cells.", "pro_tumor"),
        ("Exosomes from MSCs prolonged the survival of tumour-bearing mice.", "anti_tumor"),
        ("Exosomes from MSCs shortened the survival of tumour-bearing mice.", "pro_tumor"),
    ],
)
def test_tumour_readouts_the_parse_had_no_process_for(sentence: str, expected: str) -> None:
    found = read_abstract("Bone marrow MSC exosomes in osteosarcoma", sentence)
    assert found, sentence
    assert {role for _, _, role in found} == {expected}, (sentence, found)


def test_the_animals_survival_is_the_hosts_not_the_cells() -> None:
    found = read_abstract(
        "Umbilical cord MSC vesicles in sepsis",
        "Exosomes from MSCs prolonged the survival of septic mice.",
    )
    assert [(p, d) for p, d, _ in found] == [("host survival", "increase")], found


@pytest.mark.parametrize(
    "sentence",
    [
        "MSC-EVs increased the number of bacterial colony-forming units in the blood.",
        "MSC-EVs reduced the number of colonies in blood cultures of septic mice.",
    ],
)
def test_bacterial_colonies_are_no_proliferation(sentence: str) -> None:
    found = read_abstract("Umbilical cord MSC vesicles in sepsis", sentence)
    assert all(p != "cell population proliferation" for p, _, _ in found), found


@pytest.mark.parametrize("written", ["circRNA ITCH", "circular RNA ITCH", "circ-ITCH"])
def test_a_circrna_written_with_a_space_is_the_circrna_not_its_host_gene(written: str) -> None:
    assert read_cargo(
        "Mesenchymal stem cell exosomes in repair",
        f"Exosomes derived from BMSCs overexpressing {written} reduced infarct size in rats.",
    ) == {"circITCH"}
    assert read_cargo(
        "Mesenchymal stem cell exosomes in repair",
        f"The {written} carried by MSC-Exos reduced fibrosis in mice.",
    ) == {"circITCH"}


def test_circular_rna_profiling_names_no_circrna() -> None:
    assert not read_cargo(
        "Mesenchymal stem cell exosomes in repair",
        "Circular RNA expression profiles of the MSC-EVs were analysed by sequencing.",
        "A circRNA Microarray analysis of the MSC-EVs found 120 circRNAs.",
    )


@pytest.mark.parametrize(
    ("title", "sentence", "process"),
    [
        (
            "MSC exosomes in diabetic retinopathy",
            "MSC-EVs suppressed retinal neovascularization in the mice.",
            "pathological neovascularization",
        ),
        (
            "MSC exosomes in macular degeneration",
            "MSC-Exos reduced choroidal neovascularization in a laser-induced model.",
            "pathological neovascularization",
        ),
        (
            "MSC exosomes in psoriasis",
            "MSC-EVs inhibited the hyperproliferation of keratinocytes in psoriatic mice.",
            "excessive cell proliferation",
        ),
        (
            "MSC exosomes in endometriosis",
            "MSC-EVs inhibited the proliferation of endometriotic stromal cells.",
            "cell population proliferation",
        ),
        (
            "MSC exosomes in psoriasis",
            "MSC-EVs reduced the proliferation of psoriatic keratinocytes.",
            "cell population proliferation",
        ),
    ],
)
def test_curbing_what_is_itself_the_disease_protects(
    title: str, sentence: str, process: str
) -> None:
    assert read_abstract(title, sentence) == [(process, "decrease", "protective")]


def test_healthy_keratinocytes_and_vessels_growing_is_still_repair() -> None:
    found = read_abstract(
        "MSC exosomes in wound healing",
        "ADSC-Exos promoted keratinocyte proliferation and angiogenesis in the wounds.",
    )
    assert {role for _, _, role in found} == {"regenerative"}, found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("MSC-EVs reduced hair loss in the mice.", ("hair follicle development", "increase")),
        ("MSC-Exos promoted remyelination.", ("myelination", "increase")),
        (
            "MSC-EVs suppressed EndMT in the hearts.",
            ("endothelial-to-mesenchymal transition", "decrease"),
        ),
        (
            "MSC-EVs improved the mitochondrial membrane potential of the cells.",
            ("mitochondrial membrane potential", "increase"),
        ),
        (
            "MSC-Exos increased ATP production in the cells.",
            ("ATP biosynthetic process", "increase"),
        ),
        ("MSC-EVs decreased the lung wet/dry weight ratio.", ("Edema", "decrease")),
        (
            "MSC-EVs reduced the bacterial load in the lungs.",
            ("defense response to bacterium", "increase"),
        ),
        ("MSC-Exos enhanced bacterial clearance.", ("defense response to bacterium", "increase")),
    ],
)
def test_readouts_of_repair_the_parse_had_no_process_for(
    sentence: str, expected: tuple[str, str]
) -> None:
    found = read_abstract(
        "Mesenchymal stem cell extracellular vesicles in disease models", sentence
    )
    assert [(p, d) for p, d, _ in found] == [expected], found
    assert {role for _, _, role in found} <= {"protective", "regenerative"}, found


def test_mmp_is_the_enzymes_unless_it_is_lost() -> None:
    found = read_abstract(
        "Mesenchymal stem cell extracellular vesicles in osteoarthritis",
        "MSC-Exos reduced MMP expression in the cartilage.",
    )
    assert all(p != "mitochondrial membrane potential" for p, _, _ in found), found
    for sentence in (
        "MSC-EVs prevented the loss of mitochondrial membrane potential in the cells.",
        "MSC-EVs reduced MMP collapse in tubular cells.",
    ):
        lost = read_abstract(
            "Mesenchymal stem cell extracellular vesicles in kidney injury", sentence
        )
        assert [(p, d) for p, d, _ in lost] == [("mitochondrial membrane potential", "increase")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("MSC-Exos reduced brain water content after the injury.", ("Edema", "decrease")),
        (
            "MSC-Exos decreased the protein concentration in BALF.",
            ("endothelial permeability", "decrease"),
        ),
        ("MSC-EVs reduced the number of neutrophils in BALF.", ("leukocyte migration", "decrease")),
        ("MSC-EVs reduced scar width.", ("fibrosis", "decrease")),
        ("MSC-EVs prevented colon shortening in the mice.", ("tissue injury", "decrease")),
        (
            "MSC-EVs increased the paw withdrawal threshold.",
            ("sensory perception of pain", "decrease"),
        ),
        ("MSC-Exos reduced the OARSI score.", ("tissue injury", "decrease")),
        ("MSC-Exos reduced the necrotic area of the flaps.", ("necrotic cell death", "decrease")),
        ("MSC-Exos increased the Bcl-2/Bax ratio.", ("apoptotic process", "decrease")),
        ("MSC-Exos decreased tau phosphorylation.", ("tau hyperphosphorylation", "decrease")),
        (
            "MSC-EVs improved alveolarization in the pups.",
            ("lung alveolus development", "increase"),
        ),
        ("MSC-EVs restored the estrous cycle of the mice.", ("estrous cycle", "increase")),
    ],
)
def test_standard_readouts_of_disease_models(sentence: str, expected: tuple[str, str]) -> None:
    found = read_abstract(
        "Mesenchymal stem cell extracellular vesicles in disease models", sentence
    )
    assert [(p.casefold(), d) for p, d, _ in found] == [(expected[0].casefold(), expected[1])]
    assert {role for _, _, role in found} <= {"protective", "regenerative"}, found


@pytest.mark.parametrize("verb", ["neutralized", "quenched", "subdued", "tempered", "impeded"])
def test_verbs_of_lowering_the_lexicon_lacked(verb: str) -> None:
    found = read_abstract(
        "Mesenchymal stem cell extracellular vesicles in kidney disease",
        f"MSC-EVs {verb} renal fibrosis in the mice.",
    )
    assert [(p.casefold(), d) for p, d, _ in found] == [("fibrosis", "decrease")], found


@pytest.mark.parametrize("verb", ["expedited", "elicited", "heightened", "hastened", "spurred"])
def test_verbs_of_raising_the_lexicon_lacked(verb: str) -> None:
    found = read_abstract(
        "Mesenchymal stem cell extracellular vesicles after myocardial infarction",
        f"MSC-EVs {verb} angiogenesis in the border zone.",
    )
    assert [(p, d) for p, d, _ in found] == [("angiogenesis", "increase")], found


@pytest.mark.parametrize("word", ["temperature", "subdural", "impedance", "tempering"])
def test_words_that_only_begin_like_a_polarity_verb_are_none(word: str) -> None:
    # 'temper', 'subdu', 'imped' as stems would have made these change words
    assert rules.polarity_of(word) is None


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        ("Knockdown of miR-223 in BMSCs abrogated these effects.", {"hsa-mir-223"}),
        (
            "These effects were reversed when miR-223 was silenced in the parent cells.",
            {"hsa-mir-223"},
        ),
        ("Knockdown of HGF in BMSCs abrogated these effects.", {"HGF"}),
    ],
)
def test_a_loss_in_the_parent_cells_that_takes_the_effects_away_names_cargo(
    second: str, expected: set[str]
) -> None:
    cargo = read_cargo(
        "Bone marrow MSC exosomes in myocardial infarction",
        "BMSC-Exos attenuated myocardial injury in rats.",
        second,
    )
    assert cargo == expected


@pytest.mark.parametrize(
    "second",
    [
        "Knockdown of HGF in cardiomyocytes abrogated these effects.",
        "Knockdown of miR-21 in recipient cardiomyocytes abolished the protective effects.",
        "Knockdown of RUNX2 in BMSCs impaired their osteogenic capacity.",
    ],
)
def test_a_loss_in_the_recipients_or_of_the_cells_own_capacity_names_no_cargo(
    second: str,
) -> None:
    assert not read_cargo(
        "Bone marrow MSC exosomes in myocardial infarction",
        "BMSC-Exos attenuated myocardial injury in rats.",
        second,
    )


@pytest.mark.parametrize(
    ("second", "cargo"),
    [
        ("Mechanistically, HGF was transferred to cardiomyocytes by the exosomes.", {"HGF"}),
        ("TSG-6 was identified as the key effector in the exosomes.", {"TNFAIP6"}),
        ("VEGF was delivered to the wound by the hydrogel containing exosomes.", set()),
    ],
)
def test_cargo_frames_of_the_round(second: str, cargo: set[str]) -> None:
    assert (
        read_cargo(
            "Bone marrow MSC exosomes in myocardial infarction",
            "BMSC-Exos attenuated myocardial injury in rats.",
            second,
        )
        == cargo
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Exosome treatment significantly reduced the wound area compared with the control group.",
        "The wound size of the Exo group was significantly smaller than that of the PBS group.",
    ],
)
def test_a_smaller_wound_is_more_healing(sentence: str) -> None:
    found = read_abstract("Mesenchymal stem cell exosomes in diabetic wounds", sentence)
    assert found == [("wound healing", "increase", "regenerative")], found


@pytest.mark.parametrize(
    "title",
    [
        "Exosomal miR-146a from human umbilical cord MSCs mitigates sepsis-induced acute "
        "kidney injury by targeting IRAK1",
        "BMSC-derived exosomal circHIPK3 relieves cerebral ischemic injury",
    ],
)
def test_a_title_verb_the_tagger_reads_as_a_plural_noun(title: str) -> None:
    # the title's verb ('mitigates', 'relieves') is the only change the abstract states
    found = read_abstract(title, "Exosomes were isolated by ultracentrifugation.")
    assert len(found) == 1, found
    process, direction, role = found[0]
    assert "injur" in process.casefold(), found
    assert (direction, role) == ("decrease", "protective"), found


def test_the_cells_set_against_their_vesicles_are_not_the_vesicles() -> None:
    found = read_abstract(
        "Exosomes from bone marrow MSCs in myocardial infarction",
        "BMSC-Exos were given to rats after infarction.",
        "Transplantation of MSCs reduced fibrosis, whereas the exosomes had no effect.",
    )
    assert ("fibrosis", "decrease", "protective") not in folded(found), found
    kept = read_abstract(
        "Exosomes from bone marrow MSCs in myocardial infarction",
        "MSCs reduced apoptosis through the release of exosomes.",
    )
    assert kept == [("apoptotic process", "decrease", "protective")], kept


@pytest.mark.parametrize(
    "sentence",
    [
        "Without UC-Exos, cortical neuron apoptosis increased.",
        "Before UC-Exos were given, cortical neuron apoptosis increased.",
        "In the absence of UC-Exos, cortical neuron apoptosis increased.",
        "Apoptosis increased without UC-Exos.",
    ],
)
def test_the_state_without_the_vesicles_is_not_their_harm(sentence: str) -> None:
    found = read_abstract("Umbilical cord MSC exosomes after stroke", sentence)
    assert all(role != "pathogenic" for _, _, role in found), found


@pytest.mark.parametrize(
    "sentence",
    [
        "MSC-EVs reduced metastatic calcification and apoptosis of tubular cells.",
        "MSC-EVs lowered apoptosis without malignant transformation of the cells.",
    ],
)
def test_a_safety_statement_or_calcification_is_no_tumour_study(sentence: str) -> None:
    found = read_abstract("Mesenchymal stem cell exosomes in chronic kidney disease", sentence)
    assert ("apoptotic process", "decrease", "protective") in found, found


def test_the_healed_wound_area_and_extracellular_atp_are_not_flipped_readouts() -> None:
    healed = read_abstract(
        "MSC exosomes in diabetic wounds", "ADSC-Exos increased the healed wound area."
    )
    assert all(role != "pathogenic" for _, _, role in healed), healed
    danger = read_abstract(
        "MSC exosomes in arthritis", "MSC-EVs reduced extracellular ATP levels in the joint."
    )
    assert all(p != "ATP biosynthetic process" for p, _, _ in danger), danger
