"""Neutral findings: what an abstract states of the MSC-EV product itself (``read.properties``):
a property changed by a named condition, cargo content, biodistribution; and what is none of
them (characterisation, uptake, MSCs alone, speculation, earlier work). Every sentence here is
made up for these tests."""

from __future__ import annotations

from exoatlas.ingest.text import Section, TextDocument
from exoatlas.model import Record
from exoatlas.read.reader import read_document
from exoatlas.vocab import read_tsv
from tests.reading import read_abstract

TITLE = "Exosomes of mesenchymal stromal cells in a made-up study"
NEUTRAL = "neutral"


def _neutral(*sentences: str, scored: bool = False) -> list[tuple[str, str, str]]:
    return [f for f in read_abstract(TITLE, *sentences, scored=scored) if f[2] == NEUTRAL]


def _records(*sentences: str) -> list[Record]:
    doc = TextDocument(
        "pmid:9",
        TITLE,
        [Section("Title", [TITLE]), Section("Abstract", [" ".join(sentences)])],
        [],
        [],
        kind="medline",
    )
    return list(read_document(doc, force=True, scored=False))


def test_a_yield_raised_by_a_bioreactor_is_a_neutral_increase_with_its_condition() -> None:
    sentences = (
        "Growing umbilical cord MSCs in a hollow-fibre bioreactor raised the yield of their "
        "exosomes about tenfold compared with flasks.",
    )
    assert _neutral(*sentences) == [("EV yield", "increase", NEUTRAL)]
    (record,) = [r for r in _records(*sentences) if r.finding.outcome.role == NEUTRAL]
    assert [e.label for e in record.finding.preconditioning] == ["bioreactor culture"]
    assert record.finding.msc_source is not None  # the MSC-EV product: counts for relevance


def test_a_property_a_condition_did_not_change_has_no_direction() -> None:
    found = _neutral("Storage at minus eighty degrees did not alter the size of the MSC exosomes.")
    assert found == [("EV size", "unknown", NEUTRAL)]


def test_more_evs_made_or_a_higher_yield_under_a_condition_is_a_yield_increase() -> None:
    assert _neutral("MSCs grown as spheroids released more exosomes than monolayer cultures.") == [
        ("EV yield", "increase", NEUTRAL)
    ]
    assert _neutral(
        "The yield of EVs was fivefold higher with the bioreactor than with flasks."
    ) == [("EV yield", "increase", NEUTRAL)]
    # the same words with no condition named: no statement of a change caused by anything
    assert _neutral("The MSCs released more exosomes than expected.") == []


def test_a_property_kept_through_a_condition_has_no_direction() -> None:
    found = _neutral("Lyophilized MSC exosomes retained their size after storage.")
    assert found == [("EV size", "unknown", NEUTRAL)]


def test_a_lowered_content_is_a_decrease() -> None:
    found = _neutral(
        "The RNA content of exosomes from MSCs kept in serum-free medium was markedly reduced."
    )
    assert found == [("EV cargo content", "decrease", NEUTRAL)]


def test_a_cargo_enriched_in_the_evs_of_a_preparation_is_carried() -> None:
    sentences = ("MiR-486-5p was strongly enriched in exosomes of hypoxic bone marrow MSCs.",)
    assert _neutral(*sentences) == [("EV cargo content", "increase", NEUTRAL)]
    (record,) = _records(*sentences)
    assert [e.label for e in record.finding.cargo] == ["hsa-miR-486-5p"]
    assert [e.label for e in record.finding.preconditioning] == ["hypoxia preconditioning"]


def test_a_cargo_highly_expressed_or_detected_in_the_evs_is_content() -> None:
    raised = _records("MiR-133b was highly expressed in exosomes derived from the MSCs.")
    assert [(r.finding.outcome.direction, r.finding.outcome.role) for r in raised] == [
        ("increase", NEUTRAL)
    ]
    assert [e.label for e in raised[0].finding.cargo] == ["hsa-miR-133b"]
    found = _neutral("MiR-133b was detected in the umbilical cord MSC exosomes.")
    assert found == [("EV cargo content", "unknown", NEUTRAL)]


def test_a_measured_cargo_amount_of_the_evs_is_content() -> None:
    found = _records(
        "A proteome analysis of the MSC exosomes showed a high abundance of HGF and VEGF-A."
    )
    assert [(r.finding.outcome.process.label, r.finding.outcome.direction) for r in found] == [
        ("EV cargo content", "increase")
    ]
    assert {e.label for e in found[0].finding.cargo} == {"HGF", "VEGFA"}


def test_content_without_a_condition_stays_only_when_no_effect_carries_its_cargo() -> None:
    stated = "Sequencing showed that the MSC exosomes carried miR-3960."
    alone = [r for r in _records(stated) if r.finding.outcome.role == NEUTRAL]
    assert [e.label for r in alone for e in r.finding.cargo] == ["hsa-miR-3960"]
    with_effect = _records(
        stated, "In rats, exosomal miR-3960 of the MSCs reduced cardiomyocyte apoptosis."
    )
    assert [r.finding.outcome.role for r in with_effect] == ["protective"]


def test_the_evs_crossing_a_barrier_or_accumulating_in_an_organ_is_biodistribution() -> None:
    assert _neutral(
        "After intravenous injection, the MSC-derived exosomes crossed the blood-brain barrier."
    ) == [("EV biodistribution", "increase", NEUTRAL)]
    assert _neutral("In mice, labelled MSC-EVs accumulated in the injured kidneys.") == [
        ("EV biodistribution", "increase", NEUTRAL)
    ]
    assert _neutral("Ischaemia promoted the homing of the MSC exosomes to the damaged heart.") == [
        ("EV biodistribution", "increase", NEUTRAL)
    ]


def test_what_is_no_statement_of_the_product() -> None:
    # routine characterisation, with no condition and no change
    assert (
        _neutral(
            "The MSC-derived exosomes were about 110 nm in diameter and expressed CD63 and TSG101."
        )
        == []
    )
    # the EVs' markers are characterisation, not cargo, even with a condition named
    assert _neutral("Exosomes of hypoxic MSCs contained CD63 and CD81.") == []
    # uptake only
    assert _neutral("Labelled MSC-EVs were taken up by cardiomyocytes within two hours.") == []
    # the MSCs alone
    assert _neutral("Hypoxic preconditioning increased the proliferation of the MSCs.") == []
    # speculation and earlier work
    assert _neutral("Three-dimensional culture may increase the yield of MSC exosomes.") == []
    assert _neutral("Earlier studies have shown that hypoxia increases MSC exosome yield.") == []
    # a review's scope
    assert _neutral("This review discusses how hypoxia changes the content of MSC-EVs.") == []


def test_an_effect_sentence_gives_its_effect_not_a_neutral_finding() -> None:
    found = read_abstract(
        TITLE, "In vitro, exosomes from hypoxic MSCs reduced the apoptosis of cardiomyocytes."
    )
    assert found and all(role != NEUTRAL for _, _, role in found), found


def test_the_finding_scorer_leaves_neutral_findings_alone() -> None:
    sentences = (
        "Growing umbilical cord MSCs in a hollow-fibre bioreactor raised the yield of their "
        "exosomes about tenfold compared with flasks.",
        "In mice, labelled MSC-EVs accumulated in the injured kidneys.",
    )
    assert _neutral(*sentences, scored=True) == _neutral(*sentences)
    assert len(_neutral(*sentences)) == 2


def test_the_cue_rows_say_where_they_come_from() -> None:
    groups = ("ev_property", "ev_content", "ev_homing", "ev_condition", "ev_marker")
    rows = [r for r in read_tsv("cues.tsv") if r["group"] in groups]
    assert rows and all("issue 15" in r["source"] for r in rows)


def test_beside_effects_a_statement_with_no_condition_is_characterisation() -> None:
    homing = (
        "After intravenous injection, the MSC-derived exosomes crossed the blood-brain barrier."
    )
    effect = "In the stroke rats, the MSC-derived exosomes reduced the infarct volume."
    # alone, the statement says what a methods abstract is about: it stays
    assert _neutral(homing) == [("EV biodistribution", "increase", NEUTRAL)]
    # beside an effect, the same statement with no condition is no finding of its own
    assert _neutral(homing, effect) == []
    # a change of the EVs caused by a named condition stays beside effects
    raised = "Hypoxic preconditioning of the MSCs raised the yield of their exosomes."
    assert _neutral(raised, effect) == [("EV yield", "increase", NEUTRAL)]
