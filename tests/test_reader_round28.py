"""Round-28 reader rules, from helpers' real abstracts (collections A27-X27, A28-D28) rewritten as
our own probe sentences: a compared arm of vesicles defined as 'those derived from healthy donors
(hEVs)', whose letters no long form matches, was not taken for the study's product, so everything
its vesicles did was read as nothing."""

from __future__ import annotations

from exoatlas.ingest.records import record_document
from exoatlas.read.triage import about_msc_ev, product_abbreviations

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
