"""Round-28 reader rules, from helpers' real abstracts (collections A27-X27, A28-D28) rewritten as
our own probe sentences: a compared arm of vesicles defined as 'those derived from healthy donors
(hEVs)', whose letters no long form matches, was not taken for the study's product, so everything
its vesicles did was read as nothing."""

from __future__ import annotations

from exoatlas.ingest.records import record_document
from exoatlas.read.abbrev import find_abbreviations
from exoatlas.read.effectors import cells_growing
from exoatlas.read.triage import about_msc_ev, other_compared_arms, product_abbreviations
from exoatlas.vocab import rules

from .reading import read_abstract

DONOR_TITLE = "EVs of MSCs from aged donors fail to support endothelial repair"
DONOR = (
    "We asked whether EVs from MSCs of aged donors (aEVs) differ from those derived from "
    "young volunteers (yEVs).",
    "The yEVs promoted endothelial cell migration and angiogenesis, whereas aEVs did not.",
)


def test_a_compared_arm_defined_as_those_from_donors_is_a_product() -> None:
    assert product_abbreviations(" ".join(DONOR)) == ("aEVs", "yEVs")
    found = read_abstract(DONOR_TITLE, *DONOR)
    assert ("angiogenesis", "increase", "regenerative") in found, found


def test_a_compared_arm_from_other_cells_is_not_a_product() -> None:
    text = (
        "We compared EVs from bone marrow MSCs (BM-EVs) with those derived from dermal "
        "fibroblasts (kEVs)."
    )
    assert product_abbreviations(text) == ("BM-EVs",)
    # and 'those' from MSCs of another tissue are the second arm
    text = "We compared EVs from bone marrow MSCs (BM-EVs) with those from adipose MSCs (xEVs)."
    assert product_abbreviations(text) == ("BM-EVs", "xEVs")


KIDNEY_TITLE = "Umbilical cord MSC exosomes shield the kidney from cisplatin in tumour-bearing mice"
KIDNEY = (
    "Cisplatin treats many solid tumours but injures the kidney.",
    "In mice bearing lung tumours and given cisplatin, umbilical cord MSC exosomes reduced "
    "tubular cell apoptosis.",
)


def test_a_healthy_tissues_cells_in_a_tumour_bearing_host_are_the_hosts() -> None:
    found = read_abstract(KIDNEY_TITLE, *KIDNEY)
    assert ("apoptotic process", "decrease", "protective") in found, found
    assert not any(role == "pro_tumor" for _, _, role in found), found


def test_a_tumours_own_cells_stay_the_tumours() -> None:
    found = read_abstract(
        "MSC exosomes and hepatocellular carcinoma",
        "In nude mice bearing tumours, MSC exosomes reduced apoptosis of hepatocellular "
        "carcinoma cells.",
    )
    assert ("apoptotic process", "decrease", "pro_tumor") in found, found


def test_a_disease_named_with_its_stage_in_a_course_phrase_is_grounded() -> None:
    found = read_abstract(
        "Adipose MSC exosomes delay early osteoarthritis progression in rabbits",
        "Rabbits underwent anterior cruciate ligament transection and received adipose MSC "
        "exosomes into the knee.",
    )
    assert ("Osteoarthritis", "decrease", "protective") in found, found


def test_vesicles_carrying_an_inhibitor_are_the_engineered_product() -> None:
    found = read_abstract(
        "Exosomes carrying a miR-21 inhibitor reduce the growth of breast cancer",
        "We loaded exosomes from bone marrow MSCs (MSC-Exo) with an anti-miR-21 oligonucleotide.",
    )
    assert ("tumor growth", "decrease", "anti_tumor") in found, found


def test_apoptotic_bodies_of_mscs_are_an_msc_vesicle_record() -> None:
    title = "Apoptotic bodies of marrow stromal cells in skull repair"
    abstract = (
        "Apoptotic bodies (ABs) of bone marrow MSCs were collected after staurosporine "
        "exposure. In mice with calvarial defects, the ABs promoted bone regeneration."
    )
    assert about_msc_ev(record_document("pmid:1", title, abstract, pmid="1"))
    found = read_abstract(title, *abstract.split(". ", 1))
    assert ("bone regeneration", "increase", "regenerative") in found, found


def test_apoptotic_bodies_of_other_cells_are_not() -> None:
    for abstract in (
        "Apoptotic bodies (ABs) of macrophages promoted the osteogenic differentiation of BMSCs.",
        "Apoptotic bodies (ABs) of breast cancer cells promoted the migration of bone marrow MSCs.",
    ):
        assert product_abbreviations(abstract) == (), abstract
        assert not about_msc_ev(record_document("pmid:1", "Apoptotic bodies", abstract, pmid="1"))


def test_a_compared_arm_from_a_cell_line_tissue_or_microbe_is_not_a_product() -> None:
    for other in (
        "those from U87 glioma cells (uEVs)",
        "those isolated from the infarcted myocardium (iEVs)",
        "those derived from Lactobacillus plantarum (lpEVs)",
    ):
        text = f"We compared EVs from bone marrow MSCs (BM-EVs) with {other}."
        assert product_abbreviations(text) == ("BM-EVs",), text


def test_a_tissues_own_cells_growing_in_a_tumour_study_stay_the_tumours() -> None:
    # carcinogenesis: hepatocytes dividing may be the tumour's origin; transformed cells and a
    # cancer cell line are the tumour's
    for sentence in (
        "In mice given diethylnitrosamine, MSC exosomes promoted hepatocyte proliferation and "
        "increased the number of liver tumours.",
        "MSC exosomes promoted the proliferation of transformed hepatocytes in mice with liver "
        "tumours.",
        "MSC exosomes promoted the proliferation of A549 alveolar epithelial cells in lung "
        "adenocarcinoma.",
    ):
        found = read_abstract("MSC exosomes and liver or lung tumours", sentence)
        assert ("cell population proliferation", "increase", "pro_tumor") in found, sentence


def test_an_inhibitor_given_with_the_vesicles_still_undoes_their_effect() -> None:
    found = read_abstract(
        "PI3K signalling mediates the neuroprotection of MSC exosomes",
        "In neurons exposed to glutamate, MSC exosomes reduced apoptosis.",
        "Exosomes carrying miR-126 together with the PI3K inhibitor LY294002 increased neuronal "
        "apoptosis.",
    )
    assert ("apoptotic process", "increase", "pathogenic") not in found, found


def test_vesicles_the_mscs_are_said_to_release_before_their_definition_are_a_product() -> None:
    assert product_abbreviations("BMSCs released migrasomes (MGs) while they migrated.") == ("MGs",)
    assert product_abbreviations("Macrophages released microparticles (MPs) near BMSCs.") == ()
    assert product_abbreviations("Tumour cells cultured with BMSCs shed migrasomes (MGs).") == ()


def test_the_title_breaks_a_tie_between_two_arms() -> None:
    found = read_abstract(
        "Exosomes of marrow stromal cells from myeloma patients promote myeloma growth",
        "Exosomes of bone marrow MSCs from myeloma patients (MM-Exos) and from healthy donors "
        "(N-Exos) were given to mice bearing myeloma.",
        "MM-Exos promoted tumour growth, whereas N-Exos inhibited tumour growth.",
    )
    roles = [role for _, _, role in found]
    assert roles.count("pro_tumor") > roles.count("anti_tumor"), found


def test_without_a_tie_the_title_stays_folded() -> None:
    found = read_abstract(
        "Exosomes of marrow stromal cells from myeloma patients promote myeloma growth",
        "Exosomes of bone marrow MSCs from myeloma patients (MM-Exos) were given to mice "
        "bearing myeloma.",
        "MM-Exos promoted tumour growth.",
    )
    assert [role for _, _, role in found].count("pro_tumor") == 1, found


def test_vesicles_released_by_cells_handled_with_mscs_are_not_a_product() -> None:
    for text in (
        "Microglia activated by BMSCs released microparticles (MPs) into the lesion.",
        "Osteoclast precursors surrounding BMSCs released apoptotic bodies (ABs).",
        "Microparticles (MPs) isolated from mice receiving BMSCs were studied.",
    ):
        assert product_abbreviations(text) == (), text
    text = (
        "We compared EVs from bone marrow MSCs (BM-EVs) with those from the blood of donors (kEVs)."
    )
    assert product_abbreviations(text) == ("BM-EVs",)


def test_a_harm_of_inhibitor_loaded_vesicles_is_a_loss_of_function_arms() -> None:
    found = read_abstract(
        "miR-21 mediates the cardioprotection of MSC exosomes",
        "MSC exosomes reduced cardiomyocyte apoptosis after hypoxia.",
        "Cardiomyocyte apoptosis was increased by exosomes loaded with a miR-21 inhibitor.",
    )
    assert ("apoptotic process", "decrease", "protective") in found, found
    assert ("apoptotic process", "increase", "pathogenic") not in found, found


def test_an_organs_adjective_before_an_injury_word_names_the_hosts_cells() -> None:
    found = read_abstract(
        "MSC exosomes and doxorubicin in tumour-bearing mice",
        "In mice bearing breast tumours and given doxorubicin, MSC exosomes reduced myocardial "
        "apoptosis.",
    )
    assert ("apoptotic process", "decrease", "protective") in found, found


def test_a_short_form_for_another_origins_vesicles_is_no_agent_of_the_studys() -> None:
    found = read_abstract(
        "MSC EVs versus serum EVs in sepsis",
        "EVs from umbilical cord MSCs (UC-EVs) and EVs from the serum of septic mice (S-EVs) "
        "were isolated.",
        "S-EVs increased lung inflammation, whereas UC-EVs reduced it.",
    )
    assert not any(role == "pathogenic" for _, _, role in found), found


def test_vesicles_from_the_conditioned_medium_of_mscs_are_theirs() -> None:
    text = "Exosome-like vesicles (ELVs) were purified from the conditioned medium of cord MSCs."
    assert product_abbreviations(text) == ("ELVs",)


def test_a_long_form_does_not_reach_back_over_an_earlier_definition() -> None:
    text = "EVs from hypoxic MSCs (Hypo-EVs) were compared with those from normoxic MSCs (Nor-EVs)."
    assert "Nor-EVs" not in find_abbreviations(text)  # no long form '(Hypo-EVs) were ...'
    assert product_abbreviations(text) == ("Hypo-EVs", "Nor-EVs")
    # numbered arms keep their own reading
    numbered = find_abbreviations("exosomes of cord MSCs (Exo1) and of marrow MSCs (Exo2)")
    assert numbered == {"Exo1": "exosomes of cord MSCs", "Exo2": "of marrow MSCs"}


def test_a_compared_arm_from_another_origin_is_no_agent_of_the_studys() -> None:
    found = read_abstract(
        "Adipose MSC and skin fibroblast exosomes in scarring",
        "Exosomes from adipose MSCs (ADSC-Exos) were compared with those from healthy donor "
        "fibroblasts (F-Exos).",
        "F-Exos promoted scar formation in rabbit ears.",
    )
    assert not any(role == "pathogenic" for _, _, role in found), found


def test_those_from_the_same_or_parental_cells_are_the_studys_arm() -> None:
    text = (
        "EVs from MSCs overexpressing miR-133b (133b-EVs) were compared with those from the "
        "parental cells (Con-EVs)."
    )
    assert other_compared_arms(text) == ()
    found = read_abstract(
        "Hypoxic marrow MSC vesicles in fracture repair",
        "EVs from normoxic BMSCs (Nx-EVs) were compared with those from the same cells under "
        "hypoxia (Hx-EVs).",
        "Hx-EVs accelerated fracture healing in mice.",
    )
    assert ("fracture healing", "increase", "regenerative") in found, found


def test_a_sentence_naming_only_another_origins_arm_states_nothing_of_the_mscs() -> None:
    found = read_abstract(
        "Adipose MSC EVs compared with breast cancer EVs",
        "EVs from adipose MSCs (ADSC-EVs) were compared with those from breast cancer cells "
        "(BC-EVs).",
        "BC-EVs promoted angiogenesis and tumour growth in mice.",
    )
    assert found == [], found


def test_a_dose_in_brackets_does_not_cut_a_long_form() -> None:
    text = "EVs from MSCs primed with IFN-γ (20 ng/mL) and TNF-α (IT-EVs) were isolated."
    assert find_abbreviations(text)["IT-EVs"].startswith("EVs from MSCs primed")


def test_cells_growing_is_read_by_word_starts() -> None:
    proliferation = rules.go_process("cell population proliferation")
    system = rules.go_process("nervous system development")
    assert proliferation is not None and system is not None
    assert cells_growing(proliferation)
    assert not cells_growing(system)  # 'stem' is no part of 'system'
