"""Forty-fifth session: shapes of real result sentences the reader missed or misread, each shown
with sentences written for these tests (never a record's own words)."""

from __future__ import annotations

import pytest

from exoatlas.read.coordination import list_conjuncts
from exoatlas.read.misparsed import abbreviated_object
from exoatlas.read.outcome import parse_outcomes
from exoatlas.read.parsing import nlp
from exoatlas.read.reparse import reparsed

from .reading import kept_by_triage, read_asserted

TITLE = "Mesenchymal stem cell extracellular vesicles (MSC-EVs) in injury"


@pytest.mark.parametrize(
    "sentence",
    [
        "Hypoxia induced apoptosis of cardiomyocytes, but this was attenuated by MSC-EVs.",
        "Hypoxia induced apoptosis of cardiomyocytes, and this effect was blunted by MSC-EVs.",
        "Hypoxia raised apoptosis of cardiomyocytes; however, MSC-EVs reversed these changes.",
    ],
)
def test_a_stimulus_s_change_the_evs_undo_is_theirs_reversed(sentence: str) -> None:
    """(read as the stimulus's rise, pathogenic: 'this effect', 'but this' and a clause after a
    semicolon were not known as the reversing clause)"""
    read = read_asserted(TITLE, sentence)
    assert ("apoptotic process", "decrease", "protective") in read
    assert not [r for r in read if r[2] == "pathogenic"]


def test_what_the_evs_restore_after_a_stimulus_lowered_it_rises() -> None:
    read = read_asserted(TITLE, "Peroxide lowered cell viability, whereas MSC-EVs restored it.")
    assert ("cell survival", "increase", "regenerative") in read


def test_a_lower_case_object_hung_on_the_verb_is_its_object() -> None:
    """spaCy's small model hangs 'apoptosis' on 'increased' as an adverbial: the subject
    ('Hypoxia') was then read as what rose, the disease of the study raised."""
    doc = nlp()("Hypoxia increased apoptosis, whereas MSC-EVs reversed these changes.")
    verb = next(t for t in doc if t.lower_ == "increased")
    assert [t.dep_ for t in doc if t.lower_ == "apoptosis"] == ["npadvmod"]  # (the misparse)
    found = abbreviated_object(verb)
    assert found is not None and found.lower_ == "apoptosis"
    read = read_asserted(
        TITLE, "Hypoxia increased apoptosis, whereas MSC-EVs reversed these changes."
    )
    assert ("apoptotic process", "decrease", "protective") in read
    assert [r for r in read if r[0] == "Hypoxia"] == []


@pytest.mark.parametrize(
    "sentence", ["Apoptosis fell dose-dependently after MSC-EVs.", "Apoptosis fell threefold."]
)
def test_a_measure_of_the_change_is_no_object(sentence: str) -> None:
    doc = nlp()(sentence)
    verb = next(t for t in doc if t.lower_ == "fell")
    assert abbreviated_object(verb) is None


def test_a_list_whose_items_carry_their_own_modifiers_is_read_item_by_item() -> None:
    """(the parser cuts 'A-induced X, B-induced Y and C-induced Z' after its first item: the
    second hangs on the verb as an unlabelled dependent; only fibrosis was read)"""
    sentence = (
        "MSC-EVs alleviated silica-induced lung fibrosis, sepsis-induced lung injury and "
        "allergen-induced asthma."
    )
    read = read_asserted(TITLE, sentence)
    labels = {r[0] for r in read if r[1] == "decrease" and r[2] == "protective"}
    assert {"Fibrosis", "Lung Injury", "Asthma"} <= labels
    doc = nlp()(sentence)
    fibrosis = next(t for t in doc if t.lower_ == "fibrosis")
    assert {t.lower_ for t in list_conjuncts(fibrosis)} == {"injury", "asthma"}


def test_a_list_inside_a_longer_phrase_is_not_taken() -> None:
    doc = nlp()("MSC-EVs reduced lung fibrosis, which was shown by staining.")
    fibrosis = next(t for t in doc if t.lower_ == "fibrosis")
    assert list_conjuncts(fibrosis) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "MSC-EVs suppressed activation of A1 astrocytes.",
        "MSC-EVs lowered the number of A1 astrocytes in the cortex.",
    ],
)
def test_a1_astrocytes_are_the_reactive_ones(sentence: str) -> None:
    assert ("astrocyte activation", "decrease", "protective") in read_asserted(TITLE, sentence)


def test_a2_astrocytes_are_not_reactive_astrocytes() -> None:
    assert parse_outcomes("A2 astrocytes", tumour=False) == []


def test_new_blood_vessels_formed_in_a_repair_model_are_angiogenesis() -> None:
    sentence = "MSC-EVs promoted the formation of new blood vessels in the ischaemic limb."
    assert ("angiogenesis", "increase", "regenerative") in read_asserted(TITLE, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "MSC-EVs reduced new vessel formation in the retina.",
        "MSC-EVs reduced angiogenesis in endometriotic lesions.",
        "MSC-EVs reduced angiogenesis in the inflamed synovium.",
        "MSC-EVs reduced the formation of new blood vessels within atherosclerotic plaques.",
    ],
)
def test_vessels_grown_where_they_are_the_disease_are_lowered_protectively(sentence: str) -> None:
    read = read_asserted("MSC-EVs in a vascular disorder", sentence)
    assert ("pathological neovascularization", "decrease", "protective") in read
    assert not [r for r in read if r[2] == "pathogenic"]


def test_in_an_endometriosis_study_endometrial_cells_spreading_is_the_disease() -> None:
    """(a real record: umbilical-cord MSC exosomes raised the migration of endometrial cells
    taken from patients with endometriosis, read as repair)"""
    read = read_asserted(
        "MSC exosomes and endometrial cells",
        "Endometrial stromal cells were taken from women with endometriosis.",
        "MSC-EVs increased the migration of endometrial stromal cells.",
        "Endometriosis lesions grew.",
    )
    assert ("cell migration", "increase", "pathogenic") in read


def test_in_a_thin_endometrium_study_endometrial_cells_growing_is_repair() -> None:
    read = read_asserted(
        "MSC exosomes repair a thin endometrium",
        "MSC-EVs increased the migration of endometrial stromal cells.",
    )
    assert ("cell migration", "increase", "regenerative") in read


def test_a_spelled_out_first_conjunct_keeps_the_th17_cells() -> None:
    """('development of T helper 1 (Th1) and Th17 cells': the 'of' phrase was cut at its
    brackets and too long to be read whole)"""
    read = read_asserted(
        TITLE,
        "MSC-EVs inhibit maturation of dendritic cells and suppress development of T helper 1 "
        "(Th1) and Th17 cells.",
    )
    assert ("T-helper 17 cell differentiation", "decrease", "protective") in read


# guards after a newcomer review of the rules above (its own probe sentences; ours here)


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        (
            "Oxidative stress lowered the proliferation of chondrocytes; however, MSC-EVs "
            "reversed these changes.",
            ("cell population proliferation", "increase", "regenerative"),
        ),
        (
            "Inflammation suppressed the osteogenic differentiation of ligament cells, whereas "
            "MSC-EVs restored it.",
            ("osteoblast differentiation", "increase", "regenerative"),
        ),
    ],
)
def test_the_stimulus_named_as_a_process_is_no_change_the_evs_reversed(
    sentence: str, kept: tuple[str, str, str]
) -> None:
    """(the stimulus, itself a process, was read too, raised by the EVs: pathogenic)"""
    read = read_asserted(TITLE, sentence)
    assert kept in read
    assert not [r for r in read if r[2] == "pathogenic"]


def test_a_change_the_evs_hardly_undid_is_not_reversed() -> None:
    read = read_asserted(
        TITLE,
        "Hypoxia raised apoptosis of cardiomyocytes, but this was barely attenuated by MSC-EVs.",
    )
    assert ("apoptotic process", "decrease", "protective") not in read


def test_a1_astrocytes_turned_into_a2_ones_are_no_activation_raised() -> None:
    """(with 'the polarization of A1 astrocytes toward A2' the small parser tags 'astrocytes' a
    verb, and the activation is still read raised: left, noted)"""
    sentence = "MSC-EVs promoted the transition of A1 astrocytes to A2 astrocytes."
    assert ("astrocyte activation", "increase", "pathogenic") not in read_asserted(TITLE, sentence)


def test_vessels_formed_in_a_lesion_of_the_cord_are_repair() -> None:
    read = read_asserted(
        TITLE, "MSC-EVs promoted the formation of new blood vessels in the spinal cord lesion."
    )
    assert ("angiogenesis", "increase", "regenerative") in read
    assert not [r for r in read if r[2] == "pathogenic"]


def test_th17_cells_named_after_but_not_are_not_the_change() -> None:
    read = read_asserted(
        TITLE, "MSC-EVs promoted the differentiation of regulatory T cells but not Th17 cells."
    )
    assert not [r for r in read if r[0] == "T-helper 17 cell differentiation"]


def test_a_thin_endometrium_study_citing_endometriosis_keeps_growth_as_repair() -> None:
    read = read_asserted(
        "MSC exosomes in intrauterine adhesion",
        "Endometriosis was excluded; no patient had endometriosis.",
        "MSC-EVs increased the migration of endometrial stromal cells.",
    )
    assert ("cell migration", "increase", "regenerative") in read


def test_what_an_improved_ability_is_for_is_what_improved() -> None:
    read = read_asserted(TITLE, "MSC-EVs improved the ability for fracture repair in the rats.")
    assert ("tissue regeneration", "increase", "regenerative") in read


def test_inhibition_effects_on_tumour_cells_lower_what_they_name() -> None:
    """('had inhibition effects on X': the noun written where 'inhibitory' usually is)"""
    read = read_asserted(
        "MSC exosomes in colon cancer",
        "MSC-EVs had inhibition effects on colon cancer cell proliferation and invasion.",
    )
    assert ("cell population proliferation", "decrease", "anti_tumor") in read


def test_a_cargo_named_with_the_vesicles_carrying_it_is_read_again_as_their_doing() -> None:
    """spaCy's small model makes 'inhibits' a noun after 'miR-375 encapsulated by EV' in a
    reported clause ('This work highlights that ...'); the clause is parsed again with the name
    written 'they', and the verb is a verb (a real record read nothing from it)."""
    sentence = (
        "This work highlights that miR-375 encapsulated by EV inhibits HCC development via "
        "modulating the HOXB3 axis."
    )
    assert [t.tag_ for t in nlp()(sentence) if t.lower_ == "inhibits"] == ["NNS"]  # (misparse)
    again = reparsed(sentence, ())
    assert again is not None
    assert [t.tag_ for t in again if t.lower_ == "inhibits"] == ["VBZ"]
    # (an MSC name is still needed where no cargo is named: 'Cells of the tumour inhibit X')
    assert reparsed("This work highlights that tumour cells inhibit HCC development.", ()) is None


def test_a_list_of_markers_with_cleaved_caspases_has_no_verb_cleaved() -> None:
    """('cleaved' of 'cleaved caspase-3' was parsed as the sentence's verb)"""
    read = read_asserted(
        "Exosomes from umbilical cord MSCs (UC-exosomes) in kidney injury",
        "The levels of Bax, cleaved caspase-3, and cleaved caspase-9 induced by cisplatin in "
        "tubular cells were decreased by pre-incubating with UC-exosomes.",
    )
    assert ("apoptotic process", "decrease", "protective") in read


def test_a_change_from_before_to_after_treatment_is_the_evs() -> None:
    """(a trial's cytokines 'decreased in tears before and after treatment and between the
    controls and the treated groups': 'before' read as the state without the EVs)"""
    read = read_asserted(
        "Topical MSC exosomes for dry eye: a randomized trial",
        "The treated group received eye drops of MSC-derived exosomes for two weeks.",
        "Our data showed that the levels of inflammatory cytokines significantly decreased in "
        "tears before and after treatment and between the controls and the treated groups.",
    )
    assert ("inflammatory response", "decrease", "protective") in read


def test_a_change_seen_before_the_evs_is_still_withheld() -> None:
    read = read_asserted(
        TITLE,
        "The treated group received MSC-EVs.",
        "Inflammatory cytokines rose before treatment.",
    )
    assert ("inflammatory response", "decrease", "protective") not in read


def test_tear_volume_in_a_dry_eye_is_tear_secretion() -> None:
    read = read_asserted(
        "MSC exosomes in dry eye",
        "Tear volume and corneal staining were improved in the exosome-treated mice.",
    )
    assert ("tear secretion", "increase", "regenerative") in read


def test_hyphenated_chondro_protective_effects_are_a_benefit() -> None:
    read = read_asserted(
        "MSC-derived vesicles in osteoarthritis",
        "Curcumin-primed MSC-EVs exhibited enhanced chondro-protective effects.",
    )
    assert ("tissue injury", "decrease", "protective") in read


def test_mineralised_nodules_in_british_spelling_are_osteogenesis() -> None:
    assert parse_outcomes("mineralised nodule formation", tumour=False)


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("Exosomes, a promising drug carrier, were isolated from adipose-derived MSCs.", True),
        ("Exosomes, a class of vesicles, were taken up by bone marrow MSCs.", False),
    ],
)
def test_an_aside_about_the_vesicles_keeps_them_with_their_source(
    sentence: str, kept: bool
) -> None:
    """(a real record's only link between its exosomes and the MSCs they came from had an
    appositive between them: the record was read as about no MSC vesicles)"""
    assert kept_by_triage(sentence) is kept


def test_a_preparation_holding_the_named_vesicles_is_theirs() -> None:
    """(a real split-face trial gave 'a human ASCE-containing solution (HACS)', ASCEs being the
    adipose MSC exosomes, and reported every result of the HACS-treated side: read nothing)"""
    read = read_asserted(
        "Adipose MSC exosomes for ageing skin",
        "Adipose stem cell-derived exosomes (ASCEs) were studied.",
        "A gel containing ASCEs (AG) was applied to one side of the face.",
        "AG reduced skin wrinkles.",
    )
    assert [r for r in read if r[1] == "decrease" and r[2] == "protective"]


def test_a_medium_depleted_of_the_vesicles_is_not_theirs() -> None:
    read = read_asserted(
        "Adipose MSC exosomes for ageing skin",
        "Adipose stem cell-derived exosomes (ASCEs) were studied.",
        "A medium depleted of ASCEs (DM) was the control.",
        "DM reduced skin wrinkles.",
    )
    assert not [r for r in read if r[1] == "decrease" and r[2] == "protective"]


def test_nerve_conduction_velocity_raised_is_a_nerve_working_again() -> None:
    read = read_asserted(
        "MSC exosomes in diabetic neuropathy",
        "MSC-EVs raised the motor nerve conduction velocity of diabetic mice.",
    )
    assert ("functional recovery", "increase", "regenerative") in read


# guards after a second newcomer review (its own probes; ours here)


def test_a_cargo_carried_by_other_vesicles_is_not_read_again_as_the_msc_evs() -> None:
    sentence = (
        "This work highlights that miR-375 encapsulated by tumour-derived exosomes inhibits "
        "apoptosis of cancer cells."
    )
    assert reparsed(sentence, ()) is None


def test_a_torn_tendon_s_tear_volume_is_no_tear_secretion() -> None:
    assert parse_outcomes("reduced the tear volume of the rotator cuff", tumour=False) == []
    assert parse_outcomes("reduced the supraspinatus tear volume", tumour=False) == []


def test_a_change_the_evs_hardly_undid_is_not_theirs_by_keywords_either() -> None:
    """(the keyword window read the stimulus's rise as the EVs' once the parse abstained)"""
    read = read_asserted(
        TITLE, "Hypoxia raised apoptosis of cardiomyocytes, which was hardly attenuated by MSC-EVs."
    )
    assert not [r for r in read if r[0] == "apoptotic process"]


def test_coordinated_places_naming_another_arm_are_not_the_evs() -> None:
    read = read_asserted(
        TITLE,
        "The treated group received MSC-EVs.",
        "Apoptosis increased in the sham group and between the controls and the treated groups.",
    )
    assert ("apoptotic process", "increase", "pathogenic") not in read


def test_cleaved_parp_marks_apoptosis() -> None:
    read = read_asserted(TITLE, "MSC-EVs reduced cleaved PARP in cardiomyocytes.")
    assert ("apoptotic process", "decrease", "protective") in read


def test_a_tolerogenic_activity_in_a_tumour_is_tolerance_raised_pro_tumour() -> None:
    read = read_asserted(
        "MSC exosomes in breast cancer",
        "MSC-EVs promoted the tolerogenic activity of myeloid cells in tumours.",
    )
    assert ("tolerance induction", "increase", "pro_tumor") in read


def test_an_experimentally_induced_injury_is_the_model_not_the_evs_doing() -> None:
    """(a real title: the parser made 'induced' its verb and the vesicles raised the injury)"""
    read = read_asserted(
        "The possible role of MSC derived exosomes on the healing of grade III experimentally "
        "induced tendon injury in adult rats (histological study)",
        "Rats were studied.",
    )
    assert not [r for r in read if r[2] == "pathogenic"]


def test_a_harm_with_no_agent_before_the_vesicles_are_named_is_the_stimulus_s() -> None:
    """('we found lipopolysaccharide significantly increased X, administration of EVs improved
    Y': the stimulus tagged an adverb left the first verb with no subject)"""
    read = read_asserted(
        "Mesenchymal stem cell vesicles in lung injury",
        "Here, we noted lipopolysaccharide (LPS) significantly increased inflammatory cytokines, "
        "administration of exosomes released by adipose mesenchymal stem cells (ADSCs) "
        "successfully improved lung structure.",
    )
    assert ("inflammatory response", "increase", "pathogenic") not in read
    assert ("lung structure", "increase", "regenerative") in read


@pytest.mark.parametrize(
    "sentence",
    [
        "MSC-EVs prevented the fall of myotube diameter caused by dexamethasone.",
        "MSC-EVs attenuated the decrease of myotube diameter caused by dexamethasone.",
        "MSC-EVs prevented the loss of muscle mass in aged mice.",
        "MSC-EVs increased muscle mass in aged mice.",
    ],
)
def test_muscle_fibres_kept_large_is_less_atrophy(sentence: str) -> None:
    """(the loss of what names a harm's opposite is the harm: 'prevented the loss of muscle
    mass' had read as atrophy raised)"""
    read = read_asserted("MSC exosomes in muscle wasting", sentence)
    assert ("muscle atrophy", "decrease", "protective") in read
    assert not [r for r in read if r[2] == "pathogenic"]


# guards after a third newcomer review (its own probes; ours here)


@pytest.mark.parametrize(
    "sentence",
    [
        "Migration of lung cancer cells was strongly increased when the cells were exposed to "
        "MSC-EVs.",
        "Tumour growth was accelerated and apoptosis was reduced in the group given MSC-EVs.",
        "Tumour angiogenesis was promoted in nude mice that had been injected with MSC-EVs.",
    ],
)
def test_a_harm_whose_vesicles_are_named_in_its_adjunct_stays_theirs(sentence: str) -> None:
    """(the guard for a stimulus's harm before the vesicles are named took these too, until it
    asked for a clause of the vesicles' own joined to the change)"""
    read = read_asserted(
        "MSC exosomes in lung cancer",
        "MSC-EVs were prepared from bone marrow MSCs and given to cancer cells.",
        sentence,
    )
    assert [r for r in read if r[1] == "increase" and r[2] == "pro_tumor"]


def test_a_harm_before_treatment_is_not_the_treatment_s() -> None:
    read = read_asserted(
        "MSC exosomes in diabetic neuropathy",
        "MSC-EVs were given to diabetic rats.",
        "Nerve conduction velocity was reduced in diabetic rats before treatment.",
    )
    assert not [r for r in read if r[2] == "pathogenic"]


def test_a_shorter_action_potential_latency_is_no_function_lost() -> None:
    assert parse_outcomes("lowered the latency of compound muscle action potentials") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "MSC-EVs prevented the drop in cell viability.",
            ("cell survival", "increase", "regenerative"),
        ),
        (
            "MSC-EVs attenuated the fall in ejection fraction.",
            ("functional recovery", "increase", "regenerative"),
        ),
    ],
)
def test_undoing_a_drop_or_a_fall_raises_what_fell(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    """('the drop in cell viability' had read as viability lowered, a harm)"""
    read = read_asserted(TITLE, sentence)
    assert expected in read
    assert not [r for r in read if r[2] == "pathogenic"]
