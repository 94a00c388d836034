"""Round-31 reader rules, from helpers' real abstracts (collections M31-R31) rewritten as our own
probe sentences."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from exoatlas.ingest.records import iter_records, strip_markup
from exoatlas.ingest.text import Section, TextDocument
from exoatlas.read.pipeline import read_all
from exoatlas.read.reader import read_document

from .reading import read_records, triples_at


def _second(title: str, first: str, second: str) -> list[tuple[str, str, str]]:
    """What the reader gives the second sentence of a two-sentence made-up abstract."""
    return triples_at('"Abstract", sentence 2', title, first, second)


SALIVARY = "Bone marrow MSC exosomes for the salivary gland in diabetic rats"
ARMS = (
    "Objective: We tested exosomes from bone marrow mesenchymal stem cells as a treatment.",
    "Methods: Diabetic rats received one injection of the exosomes or saline.",
)


@pytest.mark.parametrize(
    ("result", "expected"),
    [
        ("Results: Blood glucose levels were lowered.", ("blood glucose", "decrease")),
        ("Results: Fibrosis of the gland was attenuated.", ("fibrosis", "decrease")),
    ],
)
def test_a_benefit_opening_a_labelled_results_part_is_the_evs(
    result: str, expected: tuple[str, str]
) -> None:
    # no sentence before it read an effect of the EVs: the Results label says the study's
    # results have begun
    found = {
        (p.casefold(), d)
        for p, d, _ in triples_at('"Abstract", sentence 3', SALIVARY, *ARMS, result)
    }
    assert expected in found, found


@pytest.mark.parametrize(
    ("title", "sentences"),
    [
        # a harm with no agent is the injury the model made
        (SALIVARY, (*ARMS, "Results: Apoptosis of acinar cells was increased.")),
        # not a Results part: the methods' aside
        (SALIVARY, (ARMS[0], "Methods: Fibrosis was attenuated by feeding.")),
        # unlabelled: no result of the EVs read before it
        (SALIVARY, ("We gave rats exosomes from bone marrow MSCs.", "Fibrosis was attenuated.")),
        # a tumour study: which way helps is the tumour's question
        (
            "Bone marrow MSC exosomes in gastric cancer",
            (*ARMS, "Results: Tumour cell apoptosis was increased."),
        ),
    ],
)
def test_no_agentless_change_outside_a_results_part_is_the_evs(
    title: str, sentences: tuple[str, ...]
) -> None:
    at = f'"Abstract", sentence {len(sentences)}'
    assert triples_at(at, title, *sentences) == [], sentences


@pytest.mark.parametrize(
    ("label", "read"), [("RESULTS", True), ("Results", True), ("METHODS", False)]
)
def test_a_medline_results_section_opens_with_the_evs_results(label: str, read: bool) -> None:
    # MEDLINE gives each label of a structured abstract its own section, with its own context
    def section(title: str, text: str) -> Section:
        return Section(title, [text])

    document = TextDocument(
        "pmid:9",
        SALIVARY,
        [
            section("Title", SALIVARY),
            section("OBJECTIVE", ARMS[0].split(": ", 1)[1]),
            section("METHODS", ARMS[1].split(": ", 1)[1]),
            section(label, "Blood glucose levels were lowered."),
        ],
        [],
        [],
        kind="medline",
    )
    found = [
        (r.finding.outcome.process.label, r.finding.msc_source)
        for r in read_document(document, force=True, scored=False)
    ]
    if read:
        assert [(p, s.label if s else None) for p, s in found] == [
            ("blood glucose", "bone marrow MSC")
        ]
    else:
        assert found == []


def _jats(element: str, text: str) -> str:
    return f"<jats:{element}>{text}</jats:{element}>"


def _part(heading: str, text: str) -> str:
    """A structured abstract's part as Crossref writes it: a section with a heading."""
    return _jats("sec", _jats("title", heading) + _jats("p", text))


JATS = _jats("title", "Abstract") + _part("Methods", "{methods}") + _part("Results", "{result}")


def test_a_jats_heading_is_kept_as_the_label_of_its_part() -> None:
    raw = JATS.format(methods="Rats got the EVs.", result="Fibrosis fell.")
    field = strip_markup(raw)
    assert field.text == "Methods: Rats got the EVs. Results: Fibrosis fell."
    at = field.text.index("Results")
    assert raw[field.offsets[at] : field.offsets[at] + 7] == "Results"  # offsets still map back


def test_a_crossref_record_s_results_part_is_read_as_results(tmp_path: Path) -> None:
    abstract = JATS.format(
        methods="Diabetic rats received exosomes from bone marrow mesenchymal stem cells.",
        result="Blood glucose levels were lowered.",
    )
    path = tmp_path / "records.jsonl"
    path.write_text(json.dumps({"doi": "10.1/x", "title": SALIVARY, "abstract": abstract}) + "\n")
    found = [
        (r.finding.outcome.process.label, r.finding.outcome.direction)
        for d in read_all(iter_records(path))
        for r in d.records
    ]
    assert ("blood glucose", "decrease") in found, found


WOUND = "Adipose MSC vesicles speed keratinocyte migration"
GIVEN = "Keratinocytes exposed to adipose MSC-derived EVs migrated faster."


@pytest.mark.parametrize(
    "arm",
    [
        "Knockdown of miR-31 decreased ERK phosphorylation in endothelial cells and "
        "keratinocytes, whereas migration was decreased only in endothelial cells.",
        "Silencing of miR-31 reduced migration of keratinocytes.",
    ],
)
def test_a_cargo_s_knockdown_arm_is_no_harm_of_the_evs(arm: str) -> None:
    found = _second(WOUND, GIVEN, arm)
    assert not any(role == "pathogenic" for _, _, role in found), found
    assert found == [], found


def test_a_change_after_a_knockdown_named_as_what_the_evs_did_is_still_theirs() -> None:
    # the arm is the EVs' mechanism, named after their change ('through inhibition of X')
    found = triples_at(
        '"Abstract", sentence 2',
        WOUND,
        GIVEN,
        "The EVs reduced apoptosis of keratinocytes through inhibition of miR-31.",
    )
    assert ("apoptotic process", "decrease", "protective") in found, found


LIVER = "Bone marrow MSC exosomes in liver fibrosis"
LIVER_GIVEN = (
    "We isolated exosomes from bone marrow MSCs (BMSC-Exos) and gave them to fibrotic mice."
)


@pytest.mark.parametrize(
    "result",
    [
        # the verb's 'in' phrase names the disease's cells
        "BMSC-Exos promoted apoptosis in activated hepatic stellate cells.",
        # a second verb turning the other way on a bare process: the first verb's cells
        "BMSC-Exos suppressed stellate cell proliferation and promoted apoptosis.",
    ],
)
def test_death_of_the_disease_cells_named_beside_it_is_protective(result: str) -> None:
    found = _second(LIVER, LIVER_GIVEN, result)
    assert ("apoptotic process", "increase", "protective") in found, found
    assert not any(role == "pathogenic" for _, _, role in found), found


@pytest.mark.parametrize(
    "result",
    [
        # the same way: the second process is another cell's ('and reduced apoptosis')
        "BMSC-Exos suppressed stellate cell activation and reduced apoptosis.",
        # an 'in' phrase naming the organ's own cells
        "BMSC-Exos reduced apoptosis in hepatocytes.",
    ],
)
def test_a_process_not_said_of_the_disease_cells_keeps_its_own_valence(result: str) -> None:
    found = _second(LIVER, LIVER_GIVEN, result)
    assert ("apoptotic process", "decrease", "protective") in found, found


SEPSIS = "Umbilical cord MSC exosomes in septic mice"
SEPSIS_GIVEN = "Septic mice were given exosomes from umbilical cord MSCs (UC-Exos) or saline."


def test_fewer_deaths_in_the_ev_group_is_lower_mortality() -> None:
    found = _second(SEPSIS, SEPSIS_GIVEN, "Fewer deaths were observed in the UC-Exos group.")
    assert found == [("mortality", "decrease", "protective")], found


@pytest.mark.parametrize(
    "sentence",
    [
        "Fewer neuronal deaths were observed in the UC-Exos group.",
        "Cardiomyocyte deaths were reduced by UC-Exos.",
    ],
)
def test_cells_deaths_are_no_mortality(sentence: str) -> None:
    found = _second(SEPSIS, SEPSIS_GIVEN, sentence)
    assert not any(process == "mortality" for process, _, _ in found), found


TRIAL = "Bone marrow MSC exosomes for ARDS: a phase 1 trial"
TRIAL_GIVEN = "Patients with ARDS received exosomes from bone marrow MSCs or placebo."


@pytest.mark.parametrize(
    "safety",
    [
        "No serious adverse events were observed.",
        "No side effects occurred.",
        "No adverse events were reported during follow-up.",  # a time of the treatment
    ],
)
def test_an_agentless_denied_harm_is_the_treatment_s_safety(safety: str) -> None:
    found = _second(TRIAL, TRIAL_GIVEN, safety)
    assert found == [("adverse events", "unknown", "neutral")], found


@pytest.mark.parametrize(
    "safety",
    [
        "No adverse events were observed in the placebo group.",
        "Adverse events were observed in two patients.",  # not denied: no safety result read
    ],
)
def test_another_arm_s_or_an_undenied_harm_is_no_safety_result(safety: str) -> None:
    found = _second(TRIAL, TRIAL_GIVEN, safety)
    assert ("adverse events", "unknown", "neutral") not in found, found


def test_a_symbol_written_with_a_greek_letter_is_its_gene() -> None:
    from exoatlas.read.mentions import find_mentions

    found = {
        m.text: m.entity.label
        for m in find_mentions("The EVs lowered TGF-β1, IL-1β, TNF-α and HIF-1alpha levels.")
        if m.entity.kind == "gene"
    }
    assert found == {"TGF-β1": "TGFB1", "IL-1β": "IL1B", "TNF-α": "TNF", "HIF-1alpha": "HIF1A"}
    # a Greek letter that makes no approved symbol of the same gene is not guessed
    genes = find_mentions("The EVs lowered NF-κB and PGC-1α.")
    assert [m.text for m in genes if m.entity.kind == "gene"] == []


def test_a_measured_gene_is_no_target_but_a_cargo_s_is() -> None:
    records = read_records(
        SEPSIS,
        SEPSIS_GIVEN,
        "UC-Exos lowered IL-6 and TNF-α levels in serum.",
        "UC-Exos carried miR-146a, which suppressed IRAK1 and reduced inflammation.",
    )
    by_sentence = {r.evidence.locator: {t.entity.label for t in r.finding.targets} for r in records}
    assert by_sentence['section "Abstract", sentence 2'] == set(), by_sentence
    assert "IRAK1" in by_sentence['section "Abstract", sentence 3'], by_sentence


# guards the newcomer review of this round asked for (each read wrong by its first version)
COLITIS_TITLE = "Bone marrow MSC exosomes for colitis"
COLITIS_ARMS = (
    "Objective: We tested exosomes from bone marrow mesenchymal stem cells as a treatment.",
    "Methods: Mice with colitis received the exosomes, 5-ASA or saline.",
)


def test_a_results_part_after_another_arm_s_change_is_not_the_evs() -> None:
    sentences = (
        *COLITIS_ARMS,
        "Results: 5-ASA alleviated weight loss.",
        "Colon shortening was also attenuated.",
    )
    for at in (3, 4):
        found = triples_at(f'"Abstract", sentence {at}', COLITIS_TITLE, *sentences)
        assert found == [], (at, found)


@pytest.mark.parametrize(
    "sentence",
    [
        "Through miR-223-mediated inhibition of NLRP3, pyroptosis was reduced by the EVs.",
        "In miR-155 knockout mice, the EVs still reduced colitis.",
    ],
)
def test_an_rna_s_action_or_a_host_knock_out_is_no_arm(sentence: str) -> None:
    found = _second(WOUND, GIVEN, sentence)
    assert found and all(role == "protective" for _, _, role in found), found


@pytest.mark.parametrize(
    "result",
    [
        "BMSC-Exos reduced tubular cell apoptosis in the presence of myofibroblasts.",
        "BMSC-Exos reduced apoptosis of alveolar epithelial cells in fibroblast co-cultures.",
    ],
)
def test_cells_of_their_own_keep_a_process_the_host_s(result: str) -> None:
    found = _second(LIVER, LIVER_GIVEN, result)
    assert ("apoptotic process", "decrease", "protective") in found, found


def test_an_opposite_verb_adds_only_a_death_to_the_first_verb_s_cells() -> None:
    found = triples_at(
        '"Abstract", sentence 2',
        LIVER,
        LIVER_GIVEN,
        "BMSC-Exos inhibited hepatic stellate cell activation and promoted proliferation.",
    )
    assert not any(role == "pathogenic" for _, _, role in found), found


@pytest.mark.parametrize(
    "safety",
    [
        "No adverse events in the placebo group occurred.",
        "No adverse events were reported with dexamethasone.",
        "During the screening period, no adverse events were recorded.",
    ],
)
def test_a_denial_naming_another_arm_or_time_is_not_the_evs_safety(safety: str) -> None:
    found = _second(TRIAL, TRIAL_GIVEN, safety)
    assert ("adverse events", "unknown", "neutral") not in found, found


def test_a_document_s_reading_state_holds_in_its_block_only() -> None:
    from exoatlas.read.reading import Reading, current, reading
    from exoatlas.read.spelled import spelled_out

    review = Reading(terms=(("AD", "atopic dermatitis"),), review=True)
    assert current() == Reading()
    with reading(review):
        assert current().review and spelled_out("AD lesions") == "atopic dermatitis lesions"
        with reading(Reading()):  # another document read inside it
            assert not current().review and spelled_out("AD lesions") == "AD lesions"
        assert current() is review
    assert current() == Reading()
