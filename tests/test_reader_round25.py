"""Round-25 reader rules, from our own probe sentences after helpers A26 (lung, kidney, liver,
gut, immunity), B26 (bone, wounds, cancer) and C26 (unusual writing): an engineered product named
with what it carries before a title's verb ('MSC exosomes overexpressing miR-X alleviate Y'),
which gave a relevant paper no finding; cytotoxicity in a tumour study; a condition's cause
written without its hyphen ('in COVID-19 induced ARDS') or with it in a verbless title ('MSC
exosomes in cisplatin-induced apoptosis'), which were read as the vesicles raising the harm; and a
second verb the parser hung on the first verb's list of objects."""

from __future__ import annotations

import pytest

from .reading import folded, read_abstract, read_asserted

ABSTRACT = "Mice were given exosomes of mesenchymal stem cells."


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # the parser makes the verb the complement of the participle, the cargo its subject
        # (no finding before the rule)
        (
            "Bone mesenchymal stem cells-derived exosomes overexpressing microRNA-26a-5p mitigate "
            "intervertebral disc degeneration via down-regulation of PTGS2",
            ("intervertebral disc degeneration", "decrease", "protective"),
        ),
        # guards, read so before and after
        (
            "Umbilical cord MSC exosomes enriched in miR-126 promote angiogenesis in diabetic "
            "wounds",
            ("angiogenesis", "increase", "regenerative"),
        ),
        (
            "Human adipose MSC-derived exosomes overexpressing miR-99 attenuate cartilage "
            "degeneration in osteoarthritis",
            ("tissue injury", "decrease", "protective"),
        ),
        (
            "Human bone marrow MSC-derived exosomes overexpressing miR-99 alleviate "
            "osteoarthritis via down-regulation of MMP13",
            ("osteoarthritis", "decrease", "protective"),
        ),
        (
            "MSC exosomes loaded with curcumin inhibit glioma growth",
            ("tumor growth", "decrease", "anti_tumor"),
        ),
    ],
)
def test_a_title_naming_what_the_vesicles_carry_still_reads_their_effect(
    title: str, expected: tuple[str, str, str]
) -> None:
    found = folded(read_abstract(title, ABSTRACT))
    assert expected in found, found


def test_a_loss_arm_named_before_the_verb_stays_unread() -> None:
    # a guard, unread before and after: 'lacking X' names an arm that lost something
    title = "MSC exosomes lacking miR-21 aggravate cartilage degeneration"
    assert read_abstract(title, ABSTRACT) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The taxol-loaded exosomes induced cytotoxicity in lung cancer cells.",
        "The paclitaxel-loaded exosomes enhanced the killing of pancreatic cancer cells.",
    ],
)
def test_cytotoxicity_in_a_tumour_study_is_killing_of_its_cells(sentence: str) -> None:
    title = "Drug-loaded exosomes of mesenchymal stem cells against cancer"
    found = folded(read_abstract(title, "Tumour cells were given exosomes of MSCs.", sentence))
    assert ("cell killing", "increase", "anti_tumor") in found, found


def test_a_drugs_cytotoxicity_outside_a_tumour_is_still_injury() -> None:
    title = "Exosomes of mesenchymal stem cells in cisplatin nephrotoxicity"
    found = folded(
        read_abstract(title, ABSTRACT, "The exosomes reduced cisplatin cytotoxicity in tubules.")
    )
    assert ("tissue injury", "decrease", "protective") in found, found
    assert not any(label == "cell killing" for label, _, _ in found), found


@pytest.mark.parametrize(
    "title",
    [
        "Exosomes derived from MSCs in bleomycin induced pulmonary fibrosis",
        "Mesenchymal stromal cells and their extracellular vesicles in COVID-19 induced ARDS: "
        "a pilot trial",
        "Role of MSC exosomes in cisplatin-induced apoptosis of tubular cells",
    ],
)
def test_a_conditions_cause_in_a_verbless_title_is_no_rise_by_the_vesicles(title: str) -> None:
    found = read_abstract(title, ABSTRACT)
    assert not any(role == "pathogenic" for _, _, role in found), found
    assert not any(direction == "increase" for _, direction, _ in found), found


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # a guard: the vesicles' own compound is their change, read so before and after
        (
            "MSC exosome-induced proliferation of fibroblasts",
            ("cell population proliferation", "increase", "regenerative"),
        ),
        # the cause's short form after the participle (read as a rise of ALI before)
        (
            "MSC exosomes attenuate LPS induced ALI in mice",
            ("acute lung injury", "decrease", "protective"),
        ),
    ],
)
def test_the_vesicles_own_compound_and_a_lowered_cause_read(
    title: str, expected: tuple[str, str, str]
) -> None:
    found = folded(read_abstract(title, ABSTRACT))
    assert expected in found, found


def test_a_second_verb_hung_on_the_first_verbs_objects_is_read() -> None:
    title = (
        "MSC-derived exosomes promote the growth, migration, and invasion and inhibit apoptosis "
        "of gastric cancer cells"
    )
    found = folded(read_abstract(title, "Gastric cancer cells were given exosomes of MSCs."))
    assert ("apoptotic process", "decrease", "pro_tumor") in found, found
    assert ("cell migration", "increase", "pro_tumor") in found, found


# Narrowed after a newcomer review of the round (its own probe sentences): each rule read some
# sentences worse than before; these are read as before the round.
@pytest.mark.parametrize(
    "title",
    [
        "MSC exosomes carrying shRNA against TSG-6 fail to reduce lung inflammation",
        "Bone mesenchymal stem cells-derived exosomes overexpressing microRNA-26a-5p cannot "
        "mitigate intervertebral disc degeneration",
    ],
)
def test_a_carried_cargo_tail_never_swallows_a_negation_or_an_arm(title: str) -> None:
    found = read_asserted(title, ABSTRACT)
    assert not any(role in ("protective", "regenerative") for _, _, role in found), found


@pytest.mark.parametrize(
    "sentence",
    [
        "The exosomes reduced doxorubicin-induced cytotoxicity in cardiomyocytes of "
        "breast cancer-bearing mice.",
        "The exosomes protected normal hepatocytes from sorafenib cytotoxicity in "
        "tumour-bearing mice.",
    ],
)
def test_a_drugs_toxicity_to_host_cells_in_a_tumour_study_is_no_tumour_protection(
    sentence: str,
) -> None:
    title = "MSC exosomes protect organs during cancer chemotherapy"
    found = read_abstract(title, ABSTRACT, sentence)
    assert not any(role == "pro_tumor" for _, _, role in found), found


def test_cytotoxicity_of_immune_cells_against_tumour_cells_is_killing() -> None:
    found = folded(
        read_abstract(
            "MSC EVs and macrophages in colon cancer",
            "Extracellular vesicles were purified from umbilical cord MSCs.",
            "The EVs increased the cytotoxic activity of macrophages against colon cancer cells.",
        )
    )
    assert ("cell killing", "increase", "anti_tumor") in found, found


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Mesenchymal stem cell-induced hepatocyte proliferation: a role for exosomes",
            ("cell population proliferation", "increase", "regenerative"),
        ),
        (
            "Exosomal miR-21-induced proliferation of fibroblasts in wound healing",
            ("cell population proliferation", "increase", "regenerative"),
        ),
    ],
)
def test_a_cause_naming_the_cells_or_the_cargo_is_the_vesicles_own(
    title: str, expected: tuple[str, str, str]
) -> None:
    found = folded(read_abstract(title, ABSTRACT))
    assert expected in found, found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The exosomes reduced TNF-alpha and induced IL-10 in macrophages.",
            ("inflammatory response", "decrease", "protective"),
        ),
        (
            "MSC-EVs administered on day 3 induced VEGF expression in the peri-infarct cortex.",
            ("angiogenesis", "increase", "regenerative"),
        ),
    ],
)
def test_a_real_verb_before_a_marker_is_never_joined_as_a_cause(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    found = folded(read_abstract("MSC exosomes in injury", ABSTRACT, sentence))
    assert expected in found, found


def test_a_negated_verb_list_keeps_its_negation_for_the_second_verb() -> None:
    title = (
        "MSC-derived exosomes did not promote the growth, migration, and invasion and inhibit "
        "apoptosis of gastric cancer cells"
    )
    found = read_asserted(title, "Gastric cancer cells were given exosomes of MSCs.")
    assert not any(label == "apoptotic process" for label, _, _ in found), found


SHED = "Exosomes of dental pulp stem cells of deciduous teeth in arthritis of the jaw joint"
SHED_GIVEN = "Chondrocytes were treated with exosomes of SHED (SHED-Exos)."


def test_a_drugs_treatment_is_not_the_vesicles() -> None:
    found = read_abstract(
        SHED,
        SHED_GIVEN,
        "Rapamycin treatment increased cartilage matrix synthesis in chondrocytes.",
    )
    assert found == [], found
    # a guard: 'the treatment' is the vesicles the abstract gives
    found = folded(
        read_abstract(
            SHED, SHED_GIVEN, "The treatment increased cartilage matrix synthesis in chondrocytes."
        )
    )
    assert ("cartilage development", "increase", "regenerative") in found, found


def test_a_measurements_and_main_results_label_opens_the_results() -> None:
    # the ATS journals' label: 'could' under it reports a result, as under 'Results:'
    found = read_asserted(
        "Exosomes of mesenchymal stem cells in acute lung injury",
        "Rats with lung injury received exosomes of MSCs (MSC-Exos).",
        "Measurements and Main Results: MSC-Exos could reduce lung edema.",
        "Conclusions: MSC-Exos may be useful.",
    )
    assert ("lung edema", "decrease", "protective") in found, found


BMSC_GIVEN = "Exosomes were isolated from bone marrow mesenchymal stem cells (BMSC-Exos)."


@pytest.mark.parametrize(
    "sentence",
    [
        "Sorafenib treatment inhibited tumour growth in xenografts.",
        "Alendronate treatment increased bone mineral density in ovariectomized rats.",
        "Treatment with metformin reduced apoptosis of the islets.",
    ],
)
def test_a_drug_given_as_a_treatment_is_not_the_vesicles(sentence: str) -> None:
    assert read_abstract("BMSC exosomes in disease models", BMSC_GIVEN, sentence) == []


def test_the_treatment_of_a_drug_made_model_is_the_vesicles() -> None:
    # a guard from the review, read so before and after: the drug names how the model was made
    found = folded(
        read_abstract(
            "BMSC exosomes in disease models",
            BMSC_GIVEN,
            "Treatment of cisplatin-injured mice reduced tubular apoptosis.",
        )
    )
    assert ("apoptotic process", "decrease", "protective") in found, found


@pytest.mark.parametrize(
    "sentence",
    [
        "Hypoxia increased apoptosis, and BMSC-Exos reduced it.",
        "Hypoxia increased alveolar epithelial apoptosis, and BMSC-Exos reduced it.",
    ],
)
def test_a_stimulus_clause_joined_by_and_is_not_the_vesicles(sentence: str) -> None:
    # the keyword window reads the second clause alone when only it names the vesicles
    found = read_abstract("BMSC exosomes in injury", BMSC_GIVEN, sentence)
    assert not any(role == "pathogenic" for _, _, role in found), found


def test_one_subjects_two_joined_changes_are_both_read() -> None:
    # a guard, read so before and after
    found = folded(
        read_abstract(
            "BMSC exosomes in injury",
            BMSC_GIVEN,
            "BMSC-Exos reduced apoptosis, and increased proliferation.",
        )
    )
    assert ("apoptotic process", "decrease", "protective") in found, found
    assert ("cell population proliferation", "increase", "regenerative") in found, found


TRANSPLANT = "MSCs and their EVs in kidney transplantation"
TRANSPLANT_GIVEN = (
    "Rats received MSCs or their extracellular vesicles (MSC-EVs) after transplantation."
)


def test_vesicles_named_as_what_did_not_act_are_not_the_agent() -> None:
    found = read_asserted(
        TRANSPLANT, TRANSPLANT_GIVEN, "MSCs, but not MSC-EVs, reduced acute rejection."
    )
    assert not any(role == "protective" for _, _, role in found), found


@pytest.mark.parametrize(
    "sentence",
    [
        "MSC-EVs, but not MSCs, reduced acute rejection.",
        "Unlike MSCs, MSC-EVs reduced acute rejection.",
    ],
)
def test_vesicles_that_acted_beside_cells_that_did_not_are_read(sentence: str) -> None:
    # guards, read so before and after
    found = folded(read_abstract(TRANSPLANT, TRANSPLANT_GIVEN, sentence))
    assert ("graft rejection", "decrease", "protective") in found, found


@pytest.mark.parametrize(
    "sentence",
    [
        "Infarct size shrank by a third, and this benefit was attributable to the BMSC-Exos.",
        "Infarct size, fibrosis, and apoptosis: the BMSC-Exos reduced each of these.",
    ],
)
def test_a_join_whose_second_clause_only_refers_back_is_not_split(sentence: str) -> None:
    # guards from the third review, read so before the join rule: the first clause's change is
    # the vesicles' own (the second clause's subject is no vesicle, or the join ends a list)
    found = folded(read_abstract("BMSC exosomes in myocardial infarction", BMSC_GIVEN, sentence))
    assert any(role == "protective" for _, _, role in found), found
