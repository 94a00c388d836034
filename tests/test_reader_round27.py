"""Round-27 reader rules, from helpers' real abstracts (collections L27-P27) rewritten as our own
probe sentences: a study of chemotherapy's harm to the ovary, which names cancer only as why the
drug is given, was read as a tumour study (its protection as anti- and pro-tumour effects); a
symptom named by a noun in -ing ('sneezing') was parsed as a verb and read as nothing."""

from __future__ import annotations

from exoatlas.read.outcome import parse_outcomes
from exoatlas.vocab import cues

from .reading import read_abstract

OVARY_TITLE = "Umbilical cord MSC exosomes preserve the ovaries of mice given cisplatin"
OVARY = (
    "Anti-cancer therapy often causes early loss of ovarian function in young women.",
    "Girls who receive chemotherapy due to cancer may lose their fertility.",
    "In mice given cisplatin, umbilical cord MSC exosomes reduced granulosa cell apoptosis.",
    "The exosomes also reduced inflammation in the ovary.",
    "These exosomes may help to preserve fertility in women diagnosed with cancer.",
)


def test_a_chemotherapy_toxicity_study_is_no_tumour_study() -> None:
    found = read_abstract(OVARY_TITLE, *OVARY)
    roles = {role for _, _, role in found}
    assert ("apoptotic process", "decrease", "protective") in found, found
    assert roles <= {"protective", "regenerative", "unknown", "neutral"}, found


def test_the_reason_a_therapy_is_given_is_no_tumour_word() -> None:
    assert cues.tumour_words("anti-cancer therapy often causes ovarian failure") == 0
    assert cues.tumour_words("chemotherapy due to cancer") == 0
    assert cues.tumour_words("women diagnosed with breast cancer") == 0
    # a tumour study's own words still count
    assert cues.tumour_words("the exosomes reduced the survival of cancer cells") == 1
    assert cues.tumour_words("MSC exosomes as an anti-cancer therapy for glioma") == 2


RHINITIS_TITLE = "MSC exosomes in a mouse model of allergic rhinitis"


def test_a_symptom_named_by_a_noun_in_ing_is_read() -> None:
    found = read_abstract(
        RHINITIS_TITLE,
        "Mice sensitised with ovalbumin were given MSC-derived exosomes through the nose.",
        "The MSC exosomes reduced sneezing in the mice.",
    )
    assert ("Sneezing", "decrease", "protective") in found, found


COLITIS_TITLE = "Exosomal miR-9 mediates the protection of MSCs in colitis"


def test_a_demonstrative_after_a_knockout_arm_goes_on_about_that_arm() -> None:
    found = read_abstract(
        COLITIS_TITLE,
        "Colitis was induced with DSS in mice.",
        "Wild-type MSC exosomes reduced colon inflammation.",
        "Exosomes from miR-9-knockout MSCs carried more TLR4 than wild-type exosomes.",
        "These exosomal proteins were passed to macrophages, leading to increased inflammation "
        "and cell death.",
    )
    assert ("inflammatory response", "decrease", "protective") in found, found
    assert all(role != "pathogenic" for _, _, role in found), found


def test_a_demonstrative_after_the_native_evs_is_theirs() -> None:
    found = read_abstract(
        COLITIS_TITLE,
        "Colitis was induced with DSS in mice.",
        "MSC exosomes carried abundant miR-9.",
        "These exosomes reduced colon inflammation and apoptosis.",
    )
    assert ("apoptotic process", "decrease", "protective") in found, found


def test_symptoms_an_allergy_study_counts_are_read_as_their_mesh_terms() -> None:
    # the parse loses the symptoms in the tangle of an 'of' phrase; the keyword window reads them
    found = read_abstract(
        RHINITIS_TITLE,
        "Mice sensitised with ovalbumin were given MSC-derived exosomes through the nose.",
        "We observed that giving the exosomes into the nose could not only reduce the behavior "
        "of nasal scratching and sneezing in the animals, but also bring about a fall in several "
        "immune readouts.",
    )
    assert ("Pruritus", "decrease", "protective") in found, found
    found = read_abstract(
        "MSC exosomes in a mouse model of asthma",
        "Mice sensitised with ovalbumin were given MSC-derived exosomes.",
        "Coughing and wheezing were reduced by the exosomes.",
    )
    assert ("Cough", "decrease", "protective") in found, found


def test_a_scratch_assay_is_no_symptom() -> None:
    # the keyword window's clause reading, where the symptom cues count
    for clause in (
        "the exosomes promoted migration in the scratch assay",
        "the exosomes increased closure of the scratch wound",
    ):
        labels = {p.label for p, _ in parse_outcomes(clause, tumour=False, changes_only=True)}
        assert "Pruritus" not in labels, (clause, labels)
    found = parse_outcomes("the exosomes reduced scratch bouts", tumour=False, changes_only=True)
    assert [(p.label, d) for p, d in found] == [("Pruritus", "decrease")]


def test_a_short_form_defined_for_msc_vesicles_of_a_less_common_name_is_the_product() -> None:
    for name, short in (
        ("Exosome-like vesicles", "ELVs"),
        ("Microparticles", "MPs"),
        ("Exosome-mimetic nanovesicles", "EMNVs"),
    ):
        found = read_abstract(
            f"{name} from bone marrow MSCs in kidney injury",
            "Acute kidney injury was induced by ischaemia-reperfusion in rats.",
            f"{name} ({short}) were isolated from bone marrow MSCs by ultracentrifugation.",
            f"The {short} reduced tubular apoptosis.",
        )
        assert ("apoptotic process", "decrease", "protective") in found, (name, found)


def test_counted_vessels_and_new_neurons_are_angiogenesis_and_neurogenesis() -> None:
    found = read_abstract(
        "Marrow MSC exosomes in a rat model of hindlimb ischaemia",
        "Rat bone marrow MSC exosomes were injected into ischaemic muscle.",
        "The exosome-treated limbs had more capillaries than the PBS-treated limbs at day 14.",
    )
    assert ("angiogenesis", "increase", "regenerative") in found, found
    found = read_abstract(
        "Cord MSC small extracellular vesicles in stroke",
        "Mice with middle cerebral artery occlusion received hUC-MSC sEVs intravenously.",
        "Mice given sEVs had more newborn neurons in the peri-infarct zone than vehicle mice.",
    )
    assert ("neurogenesis", "increase", "regenerative") in found, found


def test_a_kidney_s_own_capillaries_are_not_angiogenesis() -> None:
    found = read_abstract(
        "Marrow MSC exosomes in kidney fibrosis",
        "Mice with unilateral ureteral obstruction were given bone marrow MSC exosomes.",
        "The exosomes reduced the loss of peritubular capillaries.",
    )
    assert all(label != "angiogenesis" for label, _, _ in found), found


# guards from the round-27 newcomer review's probes (what the first versions read worse)


def test_these_exosomes_after_another_arm_are_still_the_study_s_own() -> None:
    found = read_abstract(
        COLITIS_TITLE,
        "Colitis was induced with DSS in IL-10-deficient mice.",
        "In IL-10-deficient mice, MSC exosomes containing miR-9 reduced colitis severity.",
        "These exosomal miRNAs also decreased epithelial apoptosis.",
    )
    assert ("apoptotic process", "decrease", "protective") in found, found
    found = read_abstract(
        COLITIS_TITLE,
        "Colitis was induced with DSS in mice.",
        "Exosomes from miR-9-knockdown MSCs protected the colon less than control exosomes.",
        "These exosomes also reduced epithelial apoptosis.",
    )
    assert ("apoptotic process", "decrease", "protective") in found, found


def test_microparticles_of_other_cells_are_not_the_product() -> None:
    found = read_abstract(
        "MSC exosomes and platelet microparticles in thrombosis",
        "Microparticles (MPs) released by activated platelets and exosomes of bone marrow MSCs "
        "were collected.",
        "The MPs increased thrombus weight in mice.",
    )
    assert all(role != "pathogenic" for _, _, role in found), found


def test_a_symptom_cue_leaves_its_coordinated_phrase_to_the_grounder() -> None:
    found = read_abstract(
        "MSC exosomes in a mouse model of asthma",
        "Mice sensitised with ovalbumin were given MSC-derived exosomes.",
        "The MSC exosomes reduced wheezing and airway hyperresponsiveness.",
    )
    labels = {label for label, _, _ in found}
    assert {"Respiratory Sounds", "Respiratory Hypersensitivity"} <= labels, found


def test_clotting_in_microvessels_is_no_angiogenesis() -> None:
    found = read_abstract(
        "MSC exosomes in disseminated intravascular coagulation",
        "Rats with LPS-induced coagulation received exosomes from MSCs.",
        "The exosomes reduced clotting in the microvessels.",
    )
    assert all(label != "angiogenesis" for label, _, _ in found), found


def test_a_cancer_therapy_that_harms_an_organ_gives_no_tumour_context() -> None:
    found = read_abstract(
        "Adipose MSC exosomes in radiation injury of the salivary glands",
        "Radiotherapy for oral cancer often damages the salivary glands.",
        "Exosomes from adipose MSCs were injected into the glands of irradiated mice.",
        "The exosomes reduced acinar cell apoptosis.",
    )
    assert ("apoptotic process", "decrease", "protective") in found, found


def test_a_therapy_that_kills_cancer_cells_keeps_the_tumour_context() -> None:
    assert cues.tumour_words("Radiotherapy for oral cancer often damages the salivary glands.") == 0
    text = "Anti-cancer therapy with loaded MSC exosomes induced apoptosis of A549 cancer cells."
    assert cues.tumour_words(text) >= 1
    # a tumour study's opening on its therapy's limits is still a tumour study's
    assert cues.tumour_words("Chemotherapy for gastric cancer is limited by resistance.") == 1


def test_an_arm_that_is_no_genetic_loss_of_function_keeps_its_anaphor() -> None:
    # an inhibitor pre-treatment and the native EVs compared with a silenced arm
    found = read_abstract(
        "Primed MSC exosomes in diabetic wounds",
        "Diabetic mice with skin wounds were treated with MSC exosomes.",
        "Exosomes from MSCs pretreated with the ROCK inhibitor Y-27632 contained more miR-126.",
        "These exosomal miRNAs enhanced angiogenesis in the wounds.",
    )
    assert ("angiogenesis", "increase", "regenerative") in found, found
    found = read_abstract(
        "MSC exosomes in myocardial infarction",
        "Rats underwent coronary ligation and received MSC exosomes.",
        "Compared with exosomes from Rab27a-silenced MSCs, native MSC exosomes contained more "
        "miR-21.",
        "These exosomal miRNAs reduced cardiomyocyte apoptosis.",
    )
    assert ("apoptotic process", "decrease", "protective") in found, found


def test_apoptotic_bodies_of_cells_cocultured_with_mscs_are_not_the_product() -> None:
    found = read_abstract(
        "Neutrophil apoptotic bodies and MSC exosomes in colitis",
        "Apoptotic bodies (ABs) from neutrophils cocultured with BMSCs were collected, as were "
        "exosomes from the BMSCs.",
        "The ABs increased colon inflammation in mice.",
    )
    assert all(role != "pathogenic" for _, _, role in found), found


def test_counted_vessels_with_fibrin_are_no_angiogenesis() -> None:
    found = read_abstract(
        "Marrow MSC EVs in thrombotic microangiopathy",
        "Rats with thrombotic microangiopathy received EVs from bone marrow MSCs.",
        "The EVs reduced the number of vessels with fibrin deposits in the kidney.",
    )
    assert all(label != "angiogenesis" for label, _, _ in found), found


def test_circulating_is_where_the_object_is() -> None:
    found = read_abstract(
        "MSC exosomes in polymicrobial sepsis",
        "Septic mice were given exosomes of bone marrow MSCs.",
        "The exosomes reduced circulating IL-6 in the septic mice.",
    )
    assert ("inflammatory response", "decrease", "protective") in found, found


# guards from the third review's probes


def test_a_tumour_therapy_s_limits_keep_the_tumour_context() -> None:
    text = "Chemotherapy for colorectal cancer frequently leads to acquired drug resistance."
    assert cues.tumour_words(text) == 1
    harm = "Anti-cancer therapy often causes early loss of ovarian function."
    assert cues.tumour_words(harm) == 0


def test_a_control_arm_or_a_protective_statement_after_an_arm_is_kept() -> None:
    found = read_abstract(
        "Exosomal miR-21 of MSCs in myocardial infarction",
        "Rats underwent coronary ligation and received MSC exosomes.",
        "Exosomes from siNC-transfected MSCs carried abundant miR-21.",
        "These exosomal miRNAs reduced cardiomyocyte apoptosis.",
    )
    assert ("apoptotic process", "decrease", "protective") in found, found
    found = read_abstract(
        "Exosomal SOCS1 of MSCs in colitis",
        "Mice with DSS colitis received MSC exosomes.",
        "Exosomes from miR-155-knockout MSCs carried more SOCS1.",
        "These exosomal proteins reduced macrophage inflammation.",
    )
    assert ("inflammatory response", "decrease", "protective") in found, found


def test_acellular_capillaries_and_a_neuroblastoma_s_neuroblasts_are_not_read_as_repair() -> None:
    found = read_abstract(
        "MSC exosomes in diabetic retinopathy",
        "Diabetic rats received intravitreal exosomes of bone marrow MSCs.",
        "The exosomes reduced acellular capillary counts in the retina.",
    )
    assert ("angiogenesis", "decrease", "pathogenic") not in found, found
    found = read_abstract(
        "Engineered MSC exosomes in neuroblastoma",
        "Mice bearing neuroblastoma xenografts received engineered MSC exosomes.",
        "The exosomes induced differentiation of the neuroblasts and slowed tumour growth.",
    )
    assert all(label != "neurogenesis" for label, _, _ in found), found


def test_occluded_capillaries_and_dying_immature_neurons_are_not_vessel_or_neuron_growth() -> None:
    found = read_abstract(
        "MSC exosomes in myocardial ischaemia-reperfusion",
        "Rats with myocardial ischaemia-reperfusion received MSC exosomes.",
        "Fewer capillaries were occluded by microthrombi in the exosome group.",
    )
    assert all(label != "angiogenesis" for label, _, _ in found), found
    found = read_abstract(
        "MSC exosomes in status epilepticus",
        "Mice with pilocarpine-induced seizures received MSC exosomes.",
        "The exosomes reduced the death of newborn neurons in the hippocampus.",
    )
    assert ("neurogenesis", "decrease", "pathogenic") not in found, found
