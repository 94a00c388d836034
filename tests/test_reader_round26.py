"""Round-26 reader rules, from helpers' real abstracts (collections A27-E27) rewritten as our own
probe sentences: the learned finding scorer dropped both statements of a tumour study's
anti-tumour effect and kept its one protective aside, turning the paper's role round; and a
study of EVs that make blood clot, which calls their effect unwanted but also says
'therapeutic', had the clotting read as part of a repair."""

from __future__ import annotations

import pytest

from exoatlas.read.finding_score import Scorer, keep_likely
from exoatlas.read.reader import ReadRecord

from .reading import _document, folded, read_abstract, read_records

TUMOUR_TITLE = "Exosomes of menstrual blood MSCs in prostate cancer"
TUMOUR = (
    "We studied exosomes of menstrual blood MSCs (MenSC-exos) on prostate cancer cells.",
    "MenSC-exos suppressed tumour angiogenesis in mice.",
    "Lower production of reactive oxygen species was seen in MenSC-exo-treated cells.",
    "MenSC-exos also reduced the growth of the xenografts.",
)


def _scorer(weights: dict[str, float]) -> Scorer:
    return Scorer({"bias": 0.0, **weights}, 0.5)


def _roles(records: list[ReadRecord]) -> list[str]:
    return sorted(r.finding.outcome.role for r in records)


def test_the_scorer_keeps_the_best_finding_of_the_role_most_findings_give() -> None:
    records = read_records(TUMOUR_TITLE, *TUMOUR)
    assert "anti_tumor" in _roles(records) and "protective" in _roles(records), _roles(records)
    # a scorer that doubts every anti-tumour statement and trusts every protective one
    doubting = _scorer({"role:anti_tumor": -3.0, "role:protective": 3.0})
    kept = keep_likely(records, _document(TUMOUR_TITLE, TUMOUR), doubting)
    assert "anti_tumor" in _roles(kept), _roles(kept)
    assert "protective" in _roles(kept)


def test_a_tie_of_roles_leaves_the_scorer_alone() -> None:
    records = read_records(TUMOUR_TITLE, *TUMOUR)
    anti = [r for r in records if r.finding.outcome.role == "anti_tumor"][:1]
    protective = [r for r in records if r.finding.outcome.role == "protective"][:1]
    doubting = _scorer({"role:anti_tumor": -3.0, "role:protective": 3.0})
    kept = keep_likely([*anti, *protective], _document(TUMOUR_TITLE, TUMOUR), doubting)
    assert _roles(kept) == ["protective"]


def test_a_scorer_that_keeps_the_leading_role_drops_what_it_doubts() -> None:
    records = read_records(TUMOUR_TITLE, *TUMOUR)
    trusting = _scorer({"role:anti_tumor": 3.0, "role:protective": -3.0})
    kept = keep_likely(records, _document(TUMOUR_TITLE, TUMOUR), trusting)
    assert set(_roles(kept)) == {"anti_tumor"}


CLOT_TITLE = "Umbilical cord MSC-derived extracellular vesicles and the clotting of human blood"


def test_evs_whose_effect_the_abstract_calls_unwanted_are_no_repair() -> None:
    found = folded(
        read_abstract(
            CLOT_TITLE,
            "MSCs are a therapeutic tool, yet unwelcome effects of MSCs on haemostasis are known.",
            "MSC-derived EVs potentiated clotting of human plasma.",
            "This procoagulant activity of the EVs depended on tissue factor.",
        )
    )
    assert ("coagulation", "increase", "pathogenic") in found, found


def test_a_harm_the_evs_avoid_leaves_the_repair_framing() -> None:
    # 'to avoid the adverse effects of MSC therapy' names a harm avoided: the abstract still
    # frames what its EVs do as a repair, and the autophagy they raise is part of it
    found = folded(
        read_abstract(
            "Bone marrow MSC exosomes in cardiac ischaemia",
            "To avoid the adverse effects of MSC therapy, we gave mice their exosomes instead.",
            "The exosomes had cardioprotective effects and enhanced autophagy in cardiomyocytes.",
        )
    )
    assert ("autophagy", "increase", "regenerative") in found, found


@pytest.mark.parametrize(
    "opening",
    [
        # the harm is other cells' vesicles', or done to the MSCs, or denied, or only risked
        "The detrimental effects of neutrophil EVs on the endothelium are well known.",
        "The adverse effects of ageing on MSCs limit their use.",
        "Adverse effects of MSC-EVs were not observed in any mouse.",
        "To lower the risk of the adverse effects of MSCs, we gave their exosomes instead.",
    ],
)
def test_a_harm_that_is_not_the_evs_own_leaves_the_repair_framing(opening: str) -> None:
    found = folded(
        read_abstract(
            "Bone marrow MSC exosomes in cardiac ischaemia",
            opening,
            "The exosomes had cardioprotective effects and enhanced autophagy in cardiomyocytes.",
        )
    )
    assert ("autophagy", "increase", "regenerative") in found, found


def test_clotting_in_a_bleeding_model_stays_part_of_the_repair() -> None:
    # clotting has no valence of its own: in a haemorrhage model it is the repair
    found = folded(
        read_abstract(
            "MSC-derived exosomes in a hydrogel for liver haemorrhage",
            "The hydrogel with MSC exosomes had therapeutic haemostatic effects in rats.",
            "The MSC exosomes accelerated clotting at the bleeding site.",
        )
    )
    assert ("coagulation", "increase", "regenerative") in found, found


SAFETY_TITLE = "Safety of exosomes from human adipose MSCs in rodents"
SAFETY = (
    "We tested exosomes of human adipose MSCs (hAMSC-exos), a potential therapeutic agent.",
    "The hAMSC-exos were rated a potential non-irritant, and did not induce any toxicity in the "
    "acute oral toxicity test.",
)


def test_a_denied_harm_under_a_hedge_is_no_change_and_keeps_the_safety_study() -> None:
    # 'potential' hedged the sentence, so the denied rise stayed a rise; and under the
    # abstract's 'therapeutic' framing that pathogenic rise was dropped: nothing was left
    found = [(p.casefold(), d, r) for p, d, r in read_abstract(SAFETY_TITLE, *SAFETY, scored=True)]
    assert found and all(d == "unknown" for _, d, _ in found), found
    assert any(p == "toxicity" for p, _, _ in found), found


def test_two_compared_nouns_each_keep_their_comparative() -> None:
    # parsed '[less fibrosis and more] capillaries' before: the first noun a modifier of the
    # second, and neither read
    found = folded(
        read_abstract(
            "Bone marrow MSC exosomes in myocardial infarction",
            "We gave rats exosomes of bone marrow MSCs (BMSC-Exos) after infarction.",
            "BMSC-Exos-treated hearts had less fibrosis and more capillaries.",
        )
    )
    assert ("fibrosis", "decrease", "protective") in found, found


def test_an_amyloid_plaque_is_no_atherosclerosis() -> None:
    found = read_records(
        "Mesenchymal stem cell-derived extracellular vesicles in Alzheimer's disease",
        "APP/PS1 mice received extracellular vesicles of human bone marrow MSCs (MSC-EVs).",
        "Amyloid-beta plaque burden was reduced by MSC-EVs.",
    )
    labels = {r.finding.outcome.process.label for r in found if r.finding.outcome.process}
    assert found and "Atherosclerosis" not in labels, labels
    # a guard: an artery's plaque still is
    aorta = read_abstract(
        "MSC exosomes in atherosclerosis",
        "ApoE-deficient mice received exosomes of bone marrow MSCs (BMSC-Exos).",
        "BMSC-Exos reduced atherosclerotic plaque area in the aorta.",
    )
    assert ("Atherosclerosis", "decrease", "protective") in aorta, aorta


@pytest.mark.parametrize(
    "result",
    [
        "MSC-EVs increased the number of neurons in the hippocampus.",
        "The number of NeuN-positive neurons was greater in the MSC-EV group.",
        "MSC-EV-treated rats had more surviving neurons.",
    ],
)
def test_more_neurons_kept_is_less_neuronal_loss(result: str) -> None:
    found = folded(
        read_abstract(
            "Mesenchymal stem cell-derived extracellular vesicles after brain injury",
            "Injured rats received extracellular vesicles of bone marrow MSCs (MSC-EVs).",
            result,
        )
    )
    assert ("neuronal degeneration", "decrease", "protective") in found, found


def test_the_windows_sentence_wide_negation_leaves_a_hedged_finding_its_direction() -> None:
    # the keyword window's 'negated' is any 'not'/'without' of the sentence: with a hedge too,
    # the finding keeps its direction (a review found 'could not only reduce X' lost it)
    found = folded(
        read_abstract(
            "Exosomes of bone marrow MSCs in myocardial infarction",
            "Exosomes of bone marrow MSCs were given to rats after infarction.",
            "The exosomes could not only reduce infarct size but also improve cardiac function.",
        )
    )
    assert ("tissue injury", "decrease", "protective") in found, found


def test_a_denied_harm_does_not_tie_with_the_repair_it_sits_beside() -> None:
    # the negated rise counts for no role in the scorer's leading role, so the doubted protective
    # finding is still the abstract's one kept finding of its role (with the tie it was dropped)
    found = folded(
        read_abstract(
            "MSC-EVs in acute lung injury",
            "MSC-EVs were given to mice with acute lung injury.",
            "MSC-EVs did not increase neutrophil infiltration.",
            "These data suggest a protective effect of MSC-EVs against lung injury.",
            scored=True,
        )
    )
    assert ("lung injury", "decrease", "protective") in found, found


@pytest.mark.parametrize(
    ("title", "sentences"),
    [
        # guards: two harms stand against a benefit word the title loses or only hopes for
        (
            "Extracellular vesicles of MSCs from obese donors lose their protective effects",
            (
                "EVs of adipose MSCs from obese donors (ob-EVs) were given to mice on a fat diet.",
                "ob-EVs aggravated hepatic steatosis and increased inflammation.",
            ),
        ),
        (
            "Therapeutic potential of MSC exosomes is limited by their effects in the kidney",
            (
                "MSC exosomes were given to mice with kidney injury.",
                "MSC exosomes increased renal fibrosis and inflammation.",
            ),
        ),
    ],
)
def test_a_title_without_a_benefit_found_keeps_the_harms(
    title: str, sentences: tuple[str, ...]
) -> None:
    roles = [r for _, _, r in read_abstract(title, *sentences)]
    assert roles.count("pathogenic") >= 2, roles
