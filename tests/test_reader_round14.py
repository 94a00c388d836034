"""Round-14 reader rules, from a helper's truncated real abstracts (a title and the first two
sentences, as some PubMed records arrive) and our own probe titles, each written into a short
made-up abstract: each case was read wrong, or not at all, before the rule it tests; the guards
beside them hold either way."""

from __future__ import annotations

import pytest

from exoatlas.read.groups import product_groups

from .reading import kept_by_triage, read_records, records_at, triple, triples_at

# the sentence naming where a made-up abstract's vesicles came from
SOURCE = "We took exosomes from the medium of cultured bone marrow MSCs."

# an abstract cut short before it names the vesicles again: only its MSCs
CUT_SHORT = (
    "Mesenchymal stem cells (MSCs) are studied as a therapy after heart attacks.",
    "They act mainly through paracrine factors.",
)


@pytest.mark.parametrize(
    "title",
    [
        "Stem cell-derived exosomes protect the heart against ischemia/reperfusion injury",
        "Stem cell exosomes reduce cardiomyocyte apoptosis in rats",
        "Hypoxia strengthens the protection of the heart by stem cells through secretion of "
        "their exosomes",
    ],
)
def test_bare_stem_cells_of_a_record_naming_only_mscs_are_its_mscs(title: str) -> None:
    assert kept_by_triage(*CUT_SHORT, title=title)


def test_a_title_finding_of_bare_stem_cell_vesicles_carries_the_msc_source() -> None:
    records = read_records(
        "Stem cell-derived exosomes protect the heart against ischemia/reperfusion injury",
        *CUT_SHORT,
    )
    assert [
        (r.finding.msc_source.label if r.finding.msc_source else "", r.finding.outcome.role)
        for r in records
    ] == [("MSC", "protective")]


@pytest.mark.parametrize(
    "title",
    [
        # another kind of stem cells named: 'stem cells' may be those
        "Neural stem cell-derived exosomes protect the heart against ischemia/reperfusion injury",
        "Exosomes from induced pluripotent stem cells protect the heart",
        "Cancer stem cell exosomes promote tumour growth",
    ],
)
def test_vesicles_of_another_kind_of_stem_cells_are_not_msc_vesicles(title: str) -> None:
    assert not kept_by_triage(*CUT_SHORT, title=title)


def test_bare_stem_cells_are_not_mscs_in_a_record_that_names_other_stem_cells() -> None:
    assert not kept_by_triage(
        "Embryonic stem cells and MSCs were compared.",
        "Stem cell-derived exosomes were given to mice after infarction.",
        title="A study of vesicles",
    )


def test_bare_stem_cells_are_not_mscs_in_a_record_that_names_no_msc() -> None:
    assert not kept_by_triage(
        "Stem cell therapy is studied for heart disease.",
        "They act mainly through paracrine factors.",
        title="Stem cell-derived exosomes protect the heart against ischemia/reperfusion injury",
    )


STUDY = "MSC-derived exosomes in rats"


def _triples(sentence: str) -> list[tuple[str, str, str]]:
    return triples_at('"Abstract", sentence 2', STUDY, SOURCE, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The exosomes promoted recovery after spinal cord injury.",
        "The exosomes enhanced recovery after stroke.",
        "The exosomes improved recovery following myocardial infarction.",
    ],
)
def test_recovery_after_a_harm_is_functional_recovery(sentence: str) -> None:
    assert _triples(sentence) == [("functional recovery", "increase", "regenerative")]


@pytest.mark.parametrize(
    "sentence",
    [
        # no harm after it: a yield of vesicles, not a recovery of function
        "Size-exclusion chromatography improved the recovery after ultracentrifugation.",
        "The exosomes improved the recovery of vesicles after freezing.",
    ],
)
def test_recovery_after_a_method_step_is_no_finding(sentence: str) -> None:
    assert _triples(sentence) == []


def _read_in(title: str, sentence: str) -> list[tuple[str, str, str]]:
    return triples_at('"Abstract", sentence 1', title, sentence, SOURCE)


TUMOUR_STUDY = "MSC-derived exosomes in gastric cancer"


def test_vesicles_contributing_to_a_process_raise_it() -> None:
    assert _read_in(
        TUMOUR_STUDY, "The exosomes contributed to chemoresistance of gastric cancer cells."
    ) == [("Drug Resistance, Neoplasm", "increase", "pro_tumor")]


def test_contributing_to_a_lowered_process_keeps_its_own_direction() -> None:
    # the change is the modifier's ('reduced'), not a rise of what it modifies
    assert _read_in(
        TUMOUR_STUDY, "The exosomes contributed to reduced proliferation of gastric cancer cells."
    ) == [("cell population proliferation", "decrease", "anti_tumor")]


NEUROPATHY_STUDY = "MSC-derived exosomes in diabetic neuropathy"


@pytest.mark.parametrize(
    "sentence",
    [
        "Diabetic peripheral neuropathy is a major complication of diabetes, which increases "
        "mortality.",
        "Diabetic neuropathy is a complication of diabetes, which contributes to mortality.",
    ],
)
def test_a_relative_clause_on_a_disease_is_the_diseases_doing(sentence: str) -> None:
    assert _read_in(NEUROPATHY_STUDY, sentence) == []


def test_a_relative_clause_on_what_the_vesicles_changed_is_still_theirs() -> None:
    # guard: 'which' after the EVs' own change leads that change on
    assert ("nerve conduction", "increase", "regenerative") in _read_in(
        NEUROPATHY_STUDY,
        "The exosomes reduced apoptosis of Schwann cells, which improved nerve conduction.",
    )


def _title_roles(title: str) -> list[str]:
    return [role for _, _, role in triples_at('"Title"', title, SOURCE)]


@pytest.mark.parametrize(
    "title",
    [
        # the injury's cause written without its hyphen, in a phrase the EVs are set beside
        "Role of umbilical cord MSC exosomes in LPS induced lung injury",
        "Effect of MSC exosomes on cisplatin induced kidney injury",
        "MSC-derived exosomes in DSS induced colitis in mice",
        "Role of MSC exosomes in LPS triggered lung injury",
    ],
)
def test_a_model_cause_written_without_its_hyphen_is_not_the_vesicles_doing(title: str) -> None:
    assert "pathogenic" not in _title_roles(title)


@pytest.mark.parametrize(
    "title",
    [
        "Protective effect of MSC exosomes against DSS induced colitis",
        "MSC-derived exosomes attenuating LPS induced lung injury in mice",
    ],
)
def test_a_model_cause_without_its_hyphen_keeps_the_protective_reading(title: str) -> None:
    assert _title_roles(title) == ["protective"]


@pytest.mark.parametrize(
    ("title", "role"),
    [
        # guards: a real 'induced' after the EVs' own phrase stays their verb
        ("Exosomes from MSCs induced apoptosis of cancer cells", "anti_tumor"),
        (
            "Exosomes released from hypoxic MSCs induced angiogenesis in ischemic tissue",
            "regenerative",
        ),
    ],
)
def test_induced_after_the_vesicles_phrase_is_still_their_verb(title: str, role: str) -> None:
    assert _title_roles(title) == [role]


HISTOLOGY = "Bone marrow MSC exosomes in cisplatin nephrotoxicity in rats: a histological study"
GROUPS = (
    "Rats were split into group I (control), group II (cisplatin) and group III (cisplatin "
    "plus bone marrow MSC exosomes)."
)


def _group_result(sentence: str) -> list[tuple[str, str, str]]:
    return triples_at('"Abstract", sentence 2', HISTOLOGY, GROUPS, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Group III showed less tubular necrosis and fewer apoptotic cells.",
        "In group III, apoptosis was reduced compared with group II.",
    ],
)
def test_the_group_defined_as_given_the_vesicles_is_theirs(sentence: str) -> None:
    assert ("apoptotic process", "decrease", "protective") in _group_result(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # guards: the groups given the stimulus alone are not the EVs'
        "Group II showed more apoptosis than group I.",
        "Apoptosis was increased in group II.",
    ],
)
def test_a_group_given_no_vesicles_is_not_theirs(sentence: str) -> None:
    assert _group_result(sentence) == []


def test_a_label_written_inside_another_label_is_not_resolved() -> None:
    # 'group II' is written inside 'group III': a text naming both cannot tell them apart
    assert product_groups(
        "group I (saline), group II (MSC exosomes) and group III (exosomes of hypoxic MSCs)"
    ) == ("Group III", "group III")


@pytest.mark.parametrize(
    ("title", "disease"),
    [
        (
            "MSC-derived vesicles prevent experimental bronchopulmonary dysplasia",
            "Bronchopulmonary Dysplasia",
        ),
        ("MSC-derived exosomes attenuate experimental dry eye in mice", "Dry Eye Syndromes"),
        ("MSC-derived exosomes alleviate murine acute lung injury", "Acute Lung Injury"),
        # guard: MeSH names this model with the word
        (
            "MSC-derived exosomes attenuate experimental autoimmune encephalomyelitis",
            "Encephalomyelitis, Autoimmune, Experimental",
        ),
    ],
)
def test_a_disease_named_as_modelled_is_the_disease(title: str, disease: str) -> None:
    found = triples_at('"Title"', title, SOURCE)
    assert [(process, direction) for process, direction, _ in found] == [(disease, "decrease")]


AIM_STUDY = "MSC-derived exosomes in immune regulation"


@pytest.mark.parametrize(
    "sentence",
    [
        "We used a standard assay to dissect the immunomodulatory effects of MSC-derived EVs on "
        "blood lymphocytes.",
        "The role of MSC-derived exosomes in wound repair was examined.",
        "To study the anti-fibrotic effect of the exosomes, mice were given CCl4.",
    ],
)
def test_an_aim_is_no_result(sentence: str) -> None:
    found = read_records(AIM_STUDY, SOURCE, sentence)
    assert [r for r in found if "sentence 2" in r.evidence.locator] == []


def test_a_confirmed_effect_is_still_a_result() -> None:
    # guard: the same words stated as found
    found = read_records(
        AIM_STUDY,
        SOURCE,
        "In the colitis model we confirmed that the vesicles had anti-inflammatory effects.",
    )
    assert [r.finding.outcome.role for r in found if "sentence 2" in r.evidence.locator] == [
        "protective"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Marrow MSCs exposed to cytokines shed microvesicles carrying an adhesion protein.",
        "Marrow MSCs primed with cytokines released microvesicles rich in an adhesion protein.",
        "MSCs kept in cytokine-rich medium release microvesicles rich in an adhesion protein.",
    ],
)
def test_msc_kept_in_a_condition_releasing_vesicles_is_kept(sentence: str) -> None:
    assert kept_by_triage(sentence, title="Priming changes what MSCs release")


def test_msc_given_other_vesicles_is_not_kept() -> None:
    # guard: the vesicles the MSCs were treated with are not theirs
    assert not kept_by_triage(
        "MSCs treated with exosomes from cancer cells secreted more IL-6.",
        title="Priming changes what MSCs release",
    )


REVIEW_TITLE = "Mesenchymal stem cell-derived exosomes in organ fibrosis: a review"
SCOPE = "In this review, we summarize these mechanisms."


@pytest.mark.parametrize(
    "sentence",
    [
        "Recent studies have shown that MSC-derived exosomes reduce fibrosis in several organs.",
        "It has been reported that exosomes of MSCs lower fibrosis in several organs.",
        "MSC-derived exosomes have been shown to reduce fibrosis in several organs.",
    ],
)
def test_a_reviews_cited_work_is_its_content(sentence: str) -> None:
    found = triples_at('"Abstract"', REVIEW_TITLE, sentence, SCOPE)
    assert [(process, direction) for process, direction, _ in found] == [("Fibrosis", "decrease")]


def test_a_primary_studys_cited_work_stays_background() -> None:
    found = read_records(
        "MSC-derived exosomes attenuate liver fibrosis in mice",
        "Recent studies have shown that MSC-derived exosomes reduce fibrosis in several organs.",
        "Here, the exosomes were given to mice with liver injury.",
    )
    assert [r for r in found if "Abstract" in r.evidence.locator] == []


def test_a_reviews_open_question_stays_background() -> None:
    found = read_records(
        REVIEW_TITLE, "Whether MSC-derived exosomes reduce fibrosis remains unclear.", SCOPE
    )
    assert [r for r in found if "Abstract" in r.evidence.locator] == []


AKI_BACKGROUND = (
    "Acute kidney injury is a common clinical problem with high mortality.",
    "Effective treatments are lacking.",
)


def _title_findings(title: str) -> list[tuple[str, str, str]]:
    return [
        (r.finding.msc_source.label if r.finding.msc_source else "", *triple(r)[::2])
        for r in records_at('"Title"', title, *AKI_BACKGROUND)
    ]


@pytest.mark.parametrize(
    "title",
    [
        # a title over a background-only abstract (a record cut short): its only finding
        "Exosomes derived from MSCs as a treatment for cisplatin-induced acute kidney injury",
        "MSC exosome therapy for acute kidney injury in rats",
        "Protection of MSC-derived exosomes against cisplatin-induced acute kidney injury",
        "Renal protection of MSC exosomes in acute kidney injury",
    ],
)
def test_a_verbless_title_setting_msc_vesicles_against_a_disease_claims_it_lowered(
    title: str,
) -> None:
    assert _title_findings(title) == [("MSC", "Acute Kidney Injury", "protective")]


@pytest.mark.parametrize(
    "title",
    [
        # guards: a hedged or limited therapy, and vesicles protected in a method step
        "Potential MSC exosome therapy for acute kidney injury",
        "Limitations of MSC exosome therapy for acute kidney injury",
        "Protection of MSC-derived exosomes against degradation during freeze-drying",
    ],
)
def test_a_hedged_or_method_title_claims_nothing(title: str) -> None:
    assert _title_findings(title) == []


@pytest.mark.parametrize(
    ("title", "process"),
    [
        ("Human umbilical cord MSC exosomes: renoprotection in acute kidney injury", None),
        ("MSC-derived exosomes countered acute kidney injury in rats", None),
        (
            "MSC-derived exosomes shielded renal tubular cells against apoptosis",
            "apoptotic process",
        ),
    ],
)
def test_protection_set_beside_the_vesicles_or_a_shielding_verb_lowers_the_harm(
    title: str, process: str | None
) -> None:
    expected = process or "Acute Kidney Injury"
    assert [(p, role) for _, p, role in _title_findings(title)] == [(expected, "protective")]


def test_lacking_protection_beside_the_vesicles_claims_nothing() -> None:
    # guard
    assert _title_findings("Lack of renoprotection: MSC exosomes in acute kidney injury") == []


def test_a_protection_noun_lowered_by_a_misparsed_verb_is_not_set_beside_the_vesicles() -> None:
    # guard: 'reduced' hung on 'neuroprotection' as a modifier is the verb, not a therapy's kind
    found = read_records(
        "MSC-derived exosomes in rats", "The MSC exosomes reduced neuroprotection in rats."
    )
    assert "protective" not in [r.finding.outcome.role for r in found]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The exosomes suppressed the development of Th17 cells.",
            ("T-helper 17 cell differentiation", "decrease", "protective"),
        ),
        (
            "The exosomes boosted NKT-cell antitumour responses.",
            ("immune response to tumor cell", "increase", "anti_tumor"),
        ),
        (
            "The exosomes suppressed antitumor immune responses in mice.",
            ("immune response to tumor cell", "decrease", "pro_tumor"),
        ),
    ],
)
def test_immune_processes_named_by_their_cells(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    assert triples_at('"Abstract", sentence 2', AIM_STUDY, SOURCE, sentence) == [expected]
