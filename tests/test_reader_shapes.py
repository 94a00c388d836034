"""Shapes of result sentences, probed with sentences written for these tests (a title naming the
MSC-derived vesicles, then the result): verbs of change used without an object ('X fell once the
EVs were given', 'the rise in X'), a benefit adjective said of the EVs ('the EVs were protective
against X'), a change noun's own 'no' ('no reduction in X was observed'), a comparative in what
the EVs' group ended with ('resulted in less X') and what is known, not found ('EVs are known to
reduce X'). Each abstract is read once."""

from __future__ import annotations

import pytest

from .reading import folded, read_asserted

KIDNEY = "Exosomes from bone marrow mesenchymal stem cells in rats with renal ischemia"
LUNG = "Umbilical cord MSC-derived extracellular vesicles in a mouse model of lung injury"
HEART = "Adipose MSC-derived exosomes after myocardial infarction in rats"
BRAIN = "Extracellular vesicles from human MSCs in experimental stroke"

# (title, result sentence, a finding it must give or None, a process it must not assert or None)
SHAPES = [
    # verbs of change a result sentence uses without a transitive trigger
    (
        BRAIN,
        "Neuronal apoptosis fell once the vesicles were given.",
        ("apoptotic process", "decrease", "protective"),
        None,
    ),
    (
        HEART,
        "The vesicles curtailed the apoptosis of cardiomyocytes.",
        ("apoptotic process", "decrease", "protective"),
        None,
    ),
    (
        LUNG,
        "Lung inflammation fell steadily after the EVs were delivered.",
        ("inflammatory response", "decrease", "protective"),
        None,
    ),
    (
        KIDNEY,
        "The EVs abolished the cisplatin-triggered rise in tubular apoptosis.",
        ("apoptotic process", "decrease", "protective"),
        None,
    ),
    (
        LUNG,
        "MSC-EVs reversed the LPS-induced rise in inflammatory cytokines.",
        ("inflammatory response", "decrease", "protective"),
        "inflammatory response:increase",
    ),
    (
        KIDNEY,
        "Tubular cell death dropped sharply after the EVs were injected.",
        # (grounded to GO's cell death since the fiftieth session; was read by its head noun)
        ("cell death", "decrease", "protective"),
        None,
    ),
    # a benefit adjective said of the EVs by a past-tense copula; not hedged, negated or a wish
    (
        KIDNEY,
        "The EVs were protective against cisplatin-induced kidney injury.",
        ("wounds and injuries", "decrease", "protective"),
        None,
    ),
    (
        BRAIN,
        "In the infarcted brain, the vesicles were neuroprotective.",
        ("tissue injury", "decrease", "protective"),
        None,
    ),
    (KIDNEY, "The EVs may be protective against toxic kidney injury.", None, "wounds and injuries"),
    (
        KIDNEY,
        "The EVs were not protective against toxic kidney injury.",
        None,
        "wounds and injuries",
    ),
    # a change noun's own 'no'
    (LUNG, "No reduction in lung fibrosis was observed after EV treatment.", None, "fibrosis"),
    (HEART, "The exosome group showed no increase in capillary density.", None, "angiogenesis"),
    # cells counted by a marker, with words between the marker and 'cells'
    (
        KIDNEY,
        "The EVs lowered the number of TUNEL-positive tubular epithelial cells.",
        ("apoptotic process", "decrease", "protective"),
        None,
    ),
    (
        HEART,
        "The vesicles raised the proportion of Ki67-positive cardiac muscle cells.",
        ("cell population proliferation", "increase", "regenerative"),
        None,
    ),
    # a comparative in what the EVs' group ended with, or in the subject's own phrase
    (
        LUNG,
        "Giving the EVs resulted in fewer apoptotic alveolar cells.",
        ("apoptotic process", "decrease", "protective"),
        None,
    ),
    (
        KIDNEY,
        "Treatment with the vesicles led to less interstitial fibrosis at four weeks.",
        ("fibrosis", "decrease", "protective"),
        None,
    ),
    (
        KIDNEY,
        "Tubular apoptosis in the EV group was lower than in the saline group.",
        ("apoptotic process", "decrease", "protective"),
        None,
    ),
    # a benefit denied, or known rather than found
    (
        KIDNEY,
        "The vesicles showed no protective effect on tubular apoptosis.",
        None,
        "apoptotic process",
    ),
    (
        KIDNEY,
        "The EVs did not show protective effects on tubular apoptosis.",
        None,
        "apoptotic process",
    ),
    (
        HEART,
        "MSC exosomes are known to reduce the apoptosis of cardiomyocytes.",
        None,
        "apoptotic process",
    ),
]


@pytest.mark.parametrize(("title", "sentence", "present", "absent"), SHAPES)
def test_result_shapes(
    title: str, sentence: str, present: tuple[str, str, str] | None, absent: str | None
) -> None:
    found = folded(read_asserted(title, sentence))
    if present is not None:
        assert present in found
    if absent is not None:
        process, _, direction = absent.partition(":")
        assert not [f for f in found if f[0] == process and (not direction or f[1] == direction)]
