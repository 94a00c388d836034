"""Round-22 reader rules, from our own probe sentences after helpers A22 (heart and vessels) and
B22 (nervous system): what a gene named by a present-tense relative clause does in general, a
control arm as subject or as the only group a comparison names the EVs beside, a change the EVs
turn round in an appositive or a 'which' clause, a sentence-final 'troponin I.', a past report
verb over 'could', 'neither ... nor' deep in a subject, a harm adjective on an unnamed effect, an
'of' phrase shared by coordinated nouns, a study of pathological angiogenesis, background
openers, treated animals named with a pronoun, and teeth stem cells as a source. Each case was
read wrong, or not at all, before the rule it tests; the guards beside them hold either way."""

from __future__ import annotations

import pytest

from .reading import kept_by_triage, parsed_finding, records_at, triples_at

TITLE = "Placental MSC small extracellular vesicles in injury and disease"
GIVEN = (
    "Small EVs were prepared from placental mesenchymal stem cells of humans (hP-MSC-sEVs) and "
    "given to rats after the injury."
)
AT = '"Abstract", sentence 2'


def read_second(result: str, given: str = GIVEN) -> set[tuple[str, str, str]]:
    return set(triples_at(AT, TITLE, given, result))


@pytest.mark.parametrize(
    "result",
    [
        # a gene's general doing, not the EVs' (present tense on a named molecule)
        "hP-MSC-sEVs lowered TNF-alpha, which promotes apoptosis of cardiomyocytes.",
        # the control arm as the subject of a change
        "Saline treatment raised mortality to 70%, whereas vesicle treatment lowered it to 20%.",
        # the EVs named only as what another group is compared with
        "Compared with the hP-MSC-sEV group, the saline group showed increased apoptosis.",
        # the stimulus's change, turned round by the EVs in an appositive
        "Ischaemia raised apoptosis, an effect that hP-MSC-sEVs counteracted.",
        # ... or in a 'which' clause whose change follows the EVs' giving
        "The levels of IL-6 and TNF rose after the injury, which were markedly declined after "
        "hP-MSC-sEV application.",
        "Apoptosis increased in the saline group, but hP-MSC-sEVs suppressed this increase.",
        # a control arm's fall beside the EVs' arm
        "Fractional shortening declined in saline-injected rats but was preserved in "
        "hP-MSC-sEV-injected rats.",
    ],
)
def test_no_harm_is_read_as_the_evs_own(result: str) -> None:
    found = read_second(result)
    assert not any(role == "pathogenic" for _, _, role in found), found


@pytest.mark.parametrize(
    ("result", "expected"),
    [
        (
            "Ischaemia raised apoptosis, an effect that hP-MSC-sEVs counteracted.",
            ("apoptotic process", "decrease"),
        ),
        (
            "Apoptosis increased in the saline group, but hP-MSC-sEVs suppressed this increase.",
            ("apoptotic process", "decrease"),
        ),
        (
            "The levels of IL-6 and TNF rose after the injury, which were markedly declined after "
            "hP-MSC-sEV application.",
            ("inflammatory response", "decrease"),
        ),
        (
            "Fractional shortening declined in saline-injected rats but was preserved in "
            "hP-MSC-sEV-injected rats.",
            ("functional recovery", "increase"),
        ),
        ("hP-MSC-sEVs lowered the levels of troponin I.", ("tissue injury", "decrease")),
        (
            "Rats receiving hP-MSC-sEVs had lower levels of troponin I.",
            ("tissue injury", "decrease"),
        ),
        (
            "The results showed that hP-MSC-sEVs could improve neurological function.",
            ("functional recovery", "increase"),
        ),
        (
            "Animals receiving them showed less neuronal loss.",
            ("neuronal degeneration", "decrease"),
        ),
        (
            "hP-MSC-sEVs improved the pathological changes of the lung.",
            ("pathological changes of lung", "decrease"),
        ),
        (
            "hP-MSC-sEVs improved the core pathologies of the pulmonary vessels.",
            ("core pathologies of pulmonary vessels", "decrease"),
        ),
        (
            "hP-MSC-sEVs inhibited the proliferation, migration and phenotype switching of "
            "pulmonary artery smooth muscle cells.",
            ("smooth muscle cell proliferation", "decrease"),
        ),
        # guards: a past consequence is still the EVs'; an 'of' phrase after an article is not
        # shared with the noun before it
        (
            "hP-MSC-sEVs reduced apoptosis of Schwann cells, which improved nerve conduction.",
            ("apoptotic process", "decrease"),
        ),
        (
            "hP-MSC-sEVs reduced apoptosis and the proliferation of fibroblasts.",
            ("apoptotic process", "decrease"),
        ),
    ],
)
def test_the_evs_change_is_read(result: str, expected: tuple[str, str]) -> None:
    found = {(p.casefold(), d) for p, d, _ in read_second(result)}
    assert (expected[0].casefold(), expected[1]) in found, found


def test_proliferation_of_vessel_wall_cells_shared_by_a_list_is_their_harm() -> None:
    found = read_second(
        "hP-MSC-sEVs inhibited the proliferation, migration and phenotype switching of "
        "pulmonary artery smooth muscle cells."
    )
    roles = {r for p, _, r in found if "proliferation" in p}
    assert roles == {"protective"}, found


@pytest.mark.parametrize(
    "result",
    [
        # background: what the field already holds
        "The available evidence demonstrated that hP-MSC-sEVs suppress inflammation.",
        "hP-MSC-sEVs have shown to reduce inflammation in several models.",
    ],
)
def test_inference_and_background_give_nothing(result: str) -> None:
    assert read_second(result) == set()


@pytest.mark.parametrize(
    "result",
    [
        "A single dose of neither intramyocardial nor intravenous hP-MSC-sEVs resulted in "
        "significant improvement in cardiac function.",
        "Neither local nor systemic injection of hP-MSC-sEVs significantly improved cardiac "
        "function.",
    ],
)
def test_neither_nor_in_the_subject_denies_the_change(result: str) -> None:
    found = read_second(result)
    assert not any(d in ("increase", "decrease") for _, d, _ in found), found


def test_less_vessel_growth_protects_in_a_study_of_pathological_angiogenesis() -> None:
    given = (
        "Choroidal neovascularization was induced by laser in mice given small EVs of "
        "placental mesenchymal stem cells (hP-MSC-sEVs)."
    )
    title = "Placental MSC small extracellular vesicles in choroidal neovascularization"
    found = set(triples_at(AT, title, given, "hP-MSC-sEVs inhibited angiogenesis."))
    assert ("angiogenesis", "decrease", "protective") in found, found
    # guard: one passing mention in a limb-ischaemia study is no such study
    given = (
        "Unlike pathological angiogenesis in the retina, vessel growth heals ischaemic limbs; "
        "mice with hindlimb ischaemia were given small EVs of placental mesenchymal stem cells "
        "(hP-MSC-sEVs)."
    )
    found = read_second("hP-MSC-sEVs promoted angiogenesis.", given)
    assert ("angiogenesis", "increase", "regenerative") in found, found
    # guard: in a repair study less vessel growth is no protection
    found = read_second("hP-MSC-sEVs inhibited angiogenesis.")
    assert ("angiogenesis", "decrease", "protective") not in found, found


def test_teeth_stem_cells_are_an_msc_source() -> None:
    assert kept_by_triage(
        "Vesicles released by human teeth stem cells were injected into rats with a lesion.",
        "The vesicles improved motor behaviour.",
    )


@pytest.mark.parametrize(
    ("result", "expected"),
    [
        ("hP-MSC-sEVs reduced depressive-like behaviour.", "depressive-like behaviour"),
        ("hP-MSC-sEVs reduced repetitive behaviours.", "repetitive behaviours"),
    ],
)
def test_a_disease_models_behaviour_is_a_harm_the_evs_lower(result: str, expected: str) -> None:
    found = read_second(result)
    assert (expected, "decrease", "protective") in found, found


def test_a_model_made_by_cord_occlusion_is_no_cord_source() -> None:
    records = records_at(
        AT,
        "Mesenchymal stromal cell vesicles in fetal brain injury",
        "Fetal sheep had a transient umbilical cord occlusion and were given MSC-EVs.",
        "MSC-EVs reduced the number of seizures.",
    )
    assert records, "the EVs' finding is read"
    assert {r.finding.msc_source.label for r in records if r.finding.msc_source} == {"MSC"}


@pytest.mark.parametrize(
    "cells",
    ["endometrial regenerative cells", "Muse cells", "umbilical cord perivascular cells"],
)
def test_msc_populations_of_their_own_are_sources(cells: str) -> None:
    assert kept_by_triage(
        f"Exosomes were isolated from human {cells} and given to mice with kidney injury.",
        "The exosomes reduced collagen deposition.",
    )


@pytest.mark.parametrize(
    ("result", "expected"),
    [
        # 'not only ... but also' is no denial, and the clause keeps its subject
        (
            "hP-MSC-sEVs not only reduced inflammation but also improved lung function.",
            ("inflammatory response", "decrease"),
        ),
        (
            "hP-MSC-sEVs not only reduced inflammation but also improved lung function.",
            ("functional recovery", "increase"),
        ),
        # what was determined is a finding; an aim to determine is not (guard below)
        (
            "We determined that the vesicles reduced neuronal apoptosis.",
            ("apoptotic process", "decrease"),
        ),
    ],
)
def test_reported_and_paired_results_are_the_evs(result: str, expected: tuple[str, str]) -> None:
    # (beside a sentence the parse reads, so the keyword fallback does not stand in for it)
    third = triples_at(
        '"Abstract", sentence 3', TITLE, GIVEN, parsed_finding("hP-MSC-sEVs"), result
    )
    found = {(p, d) for p, d, _ in third}
    assert expected in found, found


def test_an_aim_to_determine_is_no_result() -> None:
    assert read_second("We aimed to determine whether hP-MSC-sEVs reduced apoptosis.") == set()


RESULT = "hP-MSC-sEVs lowered neutrophil infiltration."


@pytest.mark.parametrize(
    ("result", "expected"),
    [
        ("Infarct size was significantly reduced.", ("tissue injury", "decrease")),
        ("Cardiac function was markedly improved at 4 weeks.", ("functional recovery", "increase")),
        ("Fibrosis was attenuated and angiogenesis was enhanced.", ("angiogenesis", "increase")),
    ],
)
def test_a_benefit_stated_with_no_agent_after_the_evs_results_is_theirs(
    result: str, expected: tuple[str, str]
) -> None:
    found = {
        (p, d) for p, d, _ in triples_at('"Abstract", sentence 3', TITLE, GIVEN, RESULT, result)
    }
    assert expected in found, found


@pytest.mark.parametrize(
    ("title", "sentences"),
    [
        # a harm with no agent is most often the injury the model made
        (TITLE, (GIVEN, RESULT, "Apoptosis was markedly increased.")),
        # before any result of the EVs, and before they were given: the model, not the
        # treatment (after a sentence giving them, round 36 reads it as theirs)
        (
            TITLE,
            (
                "Small EVs were prepared from placental mesenchymal stem cells (hP-MSC-sEVs).",
                "Infarct size was significantly reduced.",
            ),
        ),
        # a tumour study: which way helps is the tumour's question
        (
            "Placental MSC vesicles in breast cancer",
            (GIVEN, RESULT, "Tumour cell apoptosis was increased."),
        ),
    ],
)
def test_no_agentless_change_is_given_to_the_evs_otherwise(
    title: str, sentences: tuple[str, ...]
) -> None:
    at = f'"Abstract", sentence {len(sentences)}'
    assert triples_at(at, title, *sentences) == [], sentences


# guards a newcomer's review of the first version asked for (each read wrong by it)
@pytest.mark.parametrize(
    "result",
    [
        "hP-MSC-sEVs increased antidepressant-like behaviour.",
        "H2O2 was added to the cultures, and cells exposed to it showed increased apoptosis.",
        "LPS raised IL-6 levels, an effect that was mimicked rather than attenuated by "
        "hP-MSC-sEVs.",
    ],
)
def test_review_guards_no_wrong_reading(result: str) -> None:
    found = read_second(result)
    assert not any(role == "pathogenic" for _, _, role in found), found
    assert ("inflammatory response", "decrease", "protective") not in found, found


@pytest.mark.parametrize(
    ("result", "expected"),
    [
        (
            "hP-MSC-sEVs reduced not only fibrosis but also hypertrophy of cardiomyocytes.",
            ("Hypertrophy", "decrease"),
        ),
        (
            "hP-MSC-sEVs attenuate myocardial injury, which reduces apoptosis and improves cardiac "
            "function.",
            ("functional recovery", "increase"),
        ),
        (
            "Consistent with the available evidence, hP-MSC-sEVs reduced neuronal apoptosis.",
            ("apoptotic process", "decrease"),
        ),
        (
            "hP-MSC-sEVs from donors with neither diabetes nor obesity reduced neuronal apoptosis.",
            ("apoptotic process", "decrease"),
        ),
        (
            "The treatment, compared with saline, lowered serum ALT.",
            ("organ dysfunction", "decrease"),
        ),
    ],
)
def test_review_guards_findings_kept(result: str, expected: tuple[str, str]) -> None:
    found = {(p.casefold(), d) for p, d, _ in read_second(result)}
    assert (expected[0].casefold(), expected[1]) in found, found


def test_not_only_before_a_verb_is_rewritten_to_an_adverb_of_the_same_length() -> None:
    from exoatlas.read.repair import prepared

    before = "The EVs not only reduced fibrosis but also improved function."
    after = prepared(before)
    assert len(after) == len(before)
    assert "markedly reduced fibrosis" in after and "not only" not in after
    # after a modal too; never before a noun
    assert "could markedly lower" in prepared("EVs could not only lower X but also raise Y.")
    noun = "The EVs reduced not only fibrosis but also hypertrophy."
    assert prepared(noun) == noun


def test_not_only_keeps_the_evs_as_the_parses_agent() -> None:
    from exoatlas.read import deep, parsing

    sentence = "MSC-EVs not only reduced inflammation but also improved lung function."
    found = deep.read_parsed(parsing.parse([sentence])[0], ("MSC-EVs",))
    assert found and all(o.agent == "product" for o in found), found
