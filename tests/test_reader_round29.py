"""Round-29 reader rules, from helpers' real abstracts (collections A29-D29) rewritten as our own
probe sentences: a title that credits an effect to blocking the vesicles' secretion, an expletive
'it' taken for the vesicles, levels stated in a disease's tissues, and a loaded product's
cytotoxicity against named tumour cells."""

from __future__ import annotations

from .reading import read_abstract


def test_blocking_the_vesicles_secretion_of_a_cargo_is_no_effect_of_the_vesicles() -> None:
    found = read_abstract(
        "Apoptosis of lymphoma stromal cells induced by blocking extracellular vesicle miR-21 "
        "secretion",
        "We examined extracellular vesicles from bone marrow stromal cells of lymphoma patients.",
        "Stromal cells were cultured for three days.",
    )
    assert not any(p == "apoptotic process" for p, _, _ in found), found


def test_the_same_title_with_the_vesicles_as_agent_is_read() -> None:
    # the guard: the vesicles themselves named as what induced it
    found = read_abstract(
        "Extracellular vesicles of bone marrow MSCs induce apoptosis of lymphoma cells",
        "Stromal cells were cultured for three days.",
    )
    assert ("apoptotic process", "increase", "anti_tumor") in found, found


def test_an_expletive_it_before_a_report_is_not_the_vesicles() -> None:
    found = read_abstract(
        "Exosomal miR-21 of bone marrow MSCs curbs hepatoma growth",
        "Exosomes of bone marrow MSCs (BMSC-Exos) were given to hepatoma cells.",
        "It showed that SOX9 was upregulated and RUNX2 was downregulated in the cells.",
    )
    assert not any(p == "cartilage development" for p, _, _ in found), found


def test_it_as_the_subject_of_the_change_still_refers_back() -> None:
    found = read_abstract(
        "MSC exosomes in myocardial infarction",
        "Exosomes of bone marrow MSCs (BMSC-Exos) were injected after infarction.",
        "It reduced apoptosis of cardiomyocytes.",
    )
    assert ("apoptotic process", "decrease", "protective") in found, found


def test_levels_in_a_diseases_tissues_are_no_finding_of_the_vesicles() -> None:
    found = read_abstract(
        "Exosomal miR-34a of umbilical cord MSCs curbs hepatoma growth",
        "Exosomes of umbilical cord MSCs carrying miR-34a were given to hepatoma cells.",
        "Results miR-34a was downregulated and SOX9 was upregulated in HCC tissues.",
    )
    assert not any(p == "cartilage development" for p, _, _ in found), found
    # and in patients' tissues, named before the change
    found = read_abstract(
        "Exosomal miR-34a of umbilical cord MSCs curbs hepatoma growth",
        "Exosomes of umbilical cord MSCs carrying miR-34a were given to hepatoma cells.",
        "In tissues of patients, miR-34a was downregulated and SOX9 was upregulated.",
    )
    assert not any(p == "cartilage development" for p, _, _ in found), found


def test_cytotoxicity_against_named_tumour_cells_is_killing_them() -> None:
    found = read_abstract(
        "Paclitaxel carried by MSC exosomes against osteosarcoma",
        "Exosomes of bone marrow MSCs were loaded with paclitaxel (Exo-PTX).",
        "The Exo-PTX exhibited higher cytotoxicity against osteosarcoma MG63 cells than free "
        "paclitaxel.",
    )
    assert ("cell killing", "increase", "anti_tumor") in found, found


def test_a_pronoun_object_after_whereas_turns_the_stimulus_change_round() -> None:
    found = read_abstract(
        "MSC vesicles in lung injury",
        "EVs from bone marrow MSCs (BM-EVs) were given.",
        "LPS increased apoptosis, whereas BM-EVs reduced it.",
    )
    assert ("apoptotic process", "decrease", "protective") in found, found
    assert not any(d == "increase" and p == "apoptotic process" for p, d, _ in found), found


def test_vesicles_of_neural_stem_cells_are_another_source() -> None:
    found = read_abstract(
        "Neural stem cell extracellular vesicles improve recovery after stroke",
        "We compared EVs from neural stem cells and from mesenchymal stem cells in mice after "
        "stroke.",
        "Neural stem cell EVs reduced infarct volume.",
    )
    assert found == [], found


def test_vesicles_of_ipsc_derived_mscs_stay_the_product() -> None:
    found = read_abstract(
        "Exosomes of iPSC-derived MSCs in stroke",
        "Exosomes of induced pluripotent stem cell-derived MSCs reduced infarct volume in mice.",
    )
    assert ("tissue injury", "decrease", "protective") in found, found


def test_an_against_phrase_names_the_process_only_after_a_killing_noun() -> None:
    found = read_abstract(
        "Umbilical cord MSC vesicles in skin grafts",
        "EVs of umbilical cord MSCs were given to mice after skin grafting.",
        "The EVs suppressed the immune response against the graft and prolonged graft survival.",
    )
    assert not any(r == "pathogenic" for _, _, r in found), found


def test_the_uptake_of_vesicles_by_neural_stem_cells_keeps_the_msc_vesicles() -> None:
    found = read_abstract(
        "Bone marrow MSC exosomes protect neural stem cells",
        "Bone marrow MSC exosomes were labelled and added to neural stem cells.",
        "NSC exosome uptake was rapid, and the exosomes promoted NSC survival under "
        "oxygen-glucose deprivation.",
    )
    assert ("cell survival", "increase", "regenerative") in found, found


def test_a_deficient_recipient_is_no_blocked_release_of_the_vesicles() -> None:
    # only blocking the vesicles' own release stops the keyword window, not any manipulation
    found = read_abstract(
        "Apoptosis of myeloma cells induced by bone marrow MSC extracellular vesicles in "
        "Bax-deficient cells",
        "Myeloma cells were cultured.",
    )
    assert ("apoptotic process", "increase", "anti_tumor") in found, found


def test_a_pronoun_object_after_decreased_refers_back() -> None:
    found = read_abstract(
        "Adipose MSC exosomes in colitis",
        "Exosomes of adipose MSCs were given to mice with colitis.",
        "DSS increased colonic TNF-alpha and IL-6, whereas treatment with the exosomes "
        "decreased them.",
    )
    assert ("inflammatory response", "decrease", "protective") in found, found


def test_a_return_to_normal_is_a_restored_measure() -> None:
    found = read_abstract(
        "Adipose MSC exosomes in diabetic nephropathy",
        "Exosomes of adipose MSCs (ADSC-Exos) were given to diabetic rats.",
        "Serum creatinine and urinary albumin returned to near-normal levels after ADSC-Exos "
        "treatment.",
    )
    assert ("organ dysfunction", "decrease", "protective") in found, found


def test_the_means_an_agent_acts_through_is_no_loss_of_function_arm() -> None:
    found = read_abstract(
        "Breast tumor-induced angiogenesis is blocked by exosomes derived from menstrual stem "
        "cells through the inhibition of reactive oxygen species",
        "Menstrual stem cells were cultured.",
    )
    assert ("angiogenesis", "decrease", "anti_tumor") in found, found


def test_a_titles_harm_folded_into_its_result_still_stands_against_benefit_words() -> None:
    found = read_abstract(
        "Primed periodontal ligament stem cells induce M1 polarization of macrophages through "
        "extracellular vesicles",
        "Periodontal ligament stem cells (PDLSCs) have immunomodulatory abilities.",
        "Extracellular vesicles (EVs) isolated from the medium of LPS-primed PDLSCs induced "
        "strong M1 polarization of macrophages.",
    )
    assert ("macrophage polarization to M1", "increase", "pathogenic") in found, found


def test_vesicles_of_a_body_fluid_written_out_are_another_source() -> None:
    found = read_abstract(
        "MSC vesicles in lung injury",
        "EVs from bronchoalveolar lavage fluid of injured mice (BALF-EVs) increased macrophage "
        "inflammation.",
        "MSC-EVs reduced lung inflammation.",
    )
    assert found == [("inflammatory response", "decrease", "protective")], found


def test_another_sources_change_in_the_msc_vesicles_sentence_is_not_theirs() -> None:
    found = read_abstract(
        "MSC vesicles in sepsis",
        "EVs from the serum of septic mice (S-EVs) increased endothelial apoptosis, whereas EVs "
        "of bone marrow MSCs reduced it.",
    )
    assert ("apoptotic process", "decrease", "protective") in found, found
    assert not any(r == "pathogenic" for _, _, r in found), found


def test_a_return_to_a_normal_diet_is_no_restored_measure() -> None:
    found = read_abstract(
        "Adipose MSC vesicles in fatty liver",
        "Mice were fed a high-fat diet for 12 weeks and then returned to normal chow, followed "
        "by injections of adipose MSC EVs.",
    )
    assert found == [], found


def test_a_title_naming_lost_vesicle_secretion_is_no_harm_of_the_vesicles() -> None:
    found = read_abstract(
        "Loss of MSC exosome secretion increases inflammation in colitis",
        "Mice with colitis were studied.",
    )
    assert not any(r == "pathogenic" for _, _, r in found), found


def test_a_title_that_asks_asserts_nothing() -> None:
    found = read_abstract(
        "Do MSC exosomes aggravate pulmonary hypertension?",
        "Rats with monocrotaline-induced pulmonary hypertension were studied.",
    )
    assert not any(r == "pathogenic" for _, _, r in found), found
    # the guard: a question in brackets leaves the statement around it asserted
    found = read_abstract(
        "Umbilical cord MSC exosomes in colitis",
        "Umbilical cord MSC exosomes reduced colonic inflammation (is this mediated by "
        "macrophages?) and improved histology scores.",
    )
    assert ("inflammatory response", "decrease", "protective") in found, found


def test_vesicles_made_through_silencing_a_gene_of_their_cells_are_an_arm() -> None:
    found = read_abstract(
        "Adipose MSC exosomes and TSG-6 in colitis",
        "Adipose MSC exosomes reduced colitis severity in mice.",
        "Exosomes obtained from adipose MSCs through shRNA-mediated silencing of TSG-6 "
        "aggravated colonic inflammation.",
    )
    assert not any(r == "pathogenic" for _, _, r in found), found
    # the guard: a silencing the vesicles themselves do in their recipients is how they act
    found = read_abstract(
        "MSC exosomes in skin fibrosis",
        "MSC exosomes, through silencing of NOX4 in recipient fibroblasts, decreased collagen "
        "deposition.",
    )
    assert ("collagen deposition", "decrease", "protective") in found, found


def test_conjuncts_with_their_own_comparative_or_no_do_not_inherit_the_first() -> None:
    found = read_abstract(
        "MSC vesicles for acute kidney injury",
        "Compared with MSCs, MSC-EVs have lower immunogenicity, easier storage, no "
        "tumorigenesis, and the potential to be modified.",
    )
    assert not any(r == "anti_tumor" for _, _, r in found), found
