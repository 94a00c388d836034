"""Round-32 reader rules, from a role audit of the helpers' real abstracts (the changes read
against their abstract's role), rewritten as our own probe sentences."""

from __future__ import annotations

import pytest

from exoatlas.ingest.records import record_document
from exoatlas.read.deep import read_parsed
from exoatlas.read.parsing import parse
from exoatlas.read.reader import read_document
from exoatlas.read.statement import others_acting_on_mscs
from exoatlas.read.triage import about_msc_ev

from .reading import folded, read_abstract

KIDNEY = "Umbilical cord MSC exosomes in obstructive kidney disease"
GIVEN = "We gave rats exosomes from human umbilical cord mesenchymal stem cells."


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a proliferation listed with the injury the EVs lessened is part of that harm
        (
            "In obstructed rats, the exosomes inhibited kidney injury and cellular proliferation.",
            ("cell population proliferation", "decrease", "protective"),
        ),
        # whatever the parse makes of the second verb's subject, and with a comparator named
        (
            "In obstructed rats, the exosomes inhibited kidney injury and reduced cellular"
            " proliferation.",
            ("cell population proliferation", "decrease", "protective"),
        ),
        (
            "Unlike saline, the exosomes inhibited kidney injury and cellular proliferation.",
            ("cell population proliferation", "decrease", "protective"),
        ),
    ],
)
def test_a_change_listed_with_a_lessened_harm_shares_its_role(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    assert expected in folded(read_abstract(KIDNEY, GIVEN, sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        # set against the first clause: a side effect the author reports as one
        "In obstructed rats, the exosomes inhibited kidney injury but also reduced cellular"
        " proliferation.",
        # the host's own cells, named
        "In obstructed rats, the exosomes reduced kidney injury and tubular cell proliferation.",
        # any cells named: their own repair lessened, which the vocabulary judges
        "The exosomes decreased infarct size and the proliferation of cardiac progenitor cells.",
        "The exosomes reduced lung injury and the proliferation of alveolar type II cells.",
        "The exosomes reduced lung injury and alveolar epithelial proliferation.",
        # cells named at the sentence's opening
        "In cultured HUVECs, the exosomes reduced oxidative damage and cell proliferation.",
        # in a wound the proliferation is the repair itself
        "The exosomes reduced scar formation and cell proliferation in the wounds.",
    ],
)
def test_a_change_set_apart_or_of_named_cells_keeps_its_own_role(sentence: str) -> None:
    found = folded(read_abstract(KIDNEY, GIVEN, sentence))
    assert ("cell population proliferation", "decrease", "pathogenic") in found, found


def test_a_rise_listed_with_a_benefit_keeps_its_own_role() -> None:
    # only lowered changes are read by their company: a rise may be the harm reported
    found = folded(
        read_abstract(
            KIDNEY,
            GIVEN,
            "The exosomes promoted functional recovery and increased apoptosis in the kidney.",
        )
    )
    assert ("apoptotic process", "increase", "pathogenic") in found, found


def test_a_state_named_in_what_may_have_happened_is_no_result() -> None:
    # the participle's state is part of what 'may have been' says: no change read at all (a
    # hedged finding still counts toward its abstract's role)
    sentence = (
        "Results: Recovery of function may have been attenuated by increased cardiac fibrosis"
        " in the exosome group."
    )
    found = folded(read_abstract(KIDNEY, GIVEN, sentence))
    assert not [t for t in found if t[0] == "fibrosis"], found


@pytest.mark.parametrize(
    "sentence",
    [
        # 'lessened' hung on 'MDA', the levels a conjunct of 'level': past the clause
        # 'elevated' opens
        "Exosomes elevated catalase level, lessened MDA, LDH, TNF-α and IL-1β levels and"
        " inhibited apoptosis.",
        "Exosomes and miR-26a elevated SOD level, lessened MDA, LDH and IL-1β levels, boosted"
        " neuron proliferation and inhibited apoptosis.",
    ],
)
def test_an_object_past_a_coordinated_trigger_is_not_the_first_triggers(sentence: str) -> None:
    found = folded(read_abstract(KIDNEY, GIVEN, sentence))
    assert ("inflammatory response", "increase", "pathogenic") not in found, found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a participle with its cause named describes the state the first verb lessened
        (
            "Exosomes alleviated the weight loss and elevated blood urea nitrogen and creatinine"
            " levels caused by cisplatin.",
            ("organ dysfunction", "decrease", "protective"),
        ),
        # a second trigger of the same direction leaves the first one's reading standing
        (
            "Together with reduced infarct size, exosome treatment reduced transmurality and"
            " lessened wall thinning in the infarct zone.",
            ("wall thinning", "decrease", "protective"),
        ),
    ],
)
def test_an_object_past_a_trigger_that_changes_nothing_stays_the_first_triggers(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    assert expected in folded(read_abstract(KIDNEY, GIVEN, sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Recovery may have been limited by increased fibrosis and enhanced apoptosis.",
        "Recovery may have been limited because of increased fibrosis and enhanced apoptosis.",
        "Recovery might have been limited due to increased fibrosis and enhanced apoptosis.",
    ],
)
def test_each_state_in_a_hedged_cause_is_hedged(sentence: str) -> None:
    # the list's later states, and a cause given by 'because of' or 'due to', too
    found = read_parsed(parse([sentence])[0])
    assert found and all(o.hedged for o in found), found


@pytest.mark.parametrize(
    "sentence",
    [
        # an observed state pointed back to: only its link is hedged
        "Exosome treatment reduced infarct size, and the decreased apoptosis may account for it.",
        "The exosomes reduced apoptosis; decreased apoptosis may be why function was preserved.",
    ],
)
def test_a_state_pointed_back_to_under_may_stays_read(sentence: str) -> None:
    found = folded(read_abstract(KIDNEY, GIVEN, sentence))
    assert ("apoptotic process", "decrease", "protective") in found, found


@pytest.mark.parametrize(
    ("abstract", "relevant"),
    [
        # conditioned medium that never names a vesicle: no EVs studied
        (
            "We injected the secretome of adipose-derived mesenchymal stem cells into pigs"
            " after liver injury. The secretome reduced hepatocyte apoptosis.",
            False,
        ),
        # vesicles named only in a form whose case matters ('EXs' after a hyphen)
        (
            "We collected the secretome of umbilical cord mesenchymal stem cells and purified"
            " hucMSC-EXs from it. The hucMSC-EXs reduced hepatocyte apoptosis in mice.",
            True,
        ),
        # a secretome the record says holds vesicles (gold/GUIDE.md)
        (
            "The secretome of umbilical cord mesenchymal stem cells, rich in extracellular"
            " vesicles, reduced hepatocyte apoptosis after liver injury.",
            True,
        ),
    ],
)
def test_a_secretome_counts_as_vesicles_only_where_vesicles_are_named(
    abstract: str, relevant: bool
) -> None:
    document = record_document("pmid:1", "MSC secretome in liver injury", abstract)
    assert about_msc_ev(document) is relevant
    assert bool(list(read_document(document, force=True))) is relevant


def test_vesicles_from_neuronal_cells_acting_on_mscs_are_anothers() -> None:
    title = "Differentiation of mesenchymal stem cells by exosomes derived from neuronal cells"
    assert others_acting_on_mscs(title, ())


@pytest.mark.parametrize(
    "sentence",
    [
        # neural cells that primed the MSCs, and a verb between: the MSCs' own vesicles
        "Exosomes from neural cell-primed MSCs reduced apoptosis.",
        "Exosomes derived from them protected neuronal cells from apoptosis.",
    ],
)
def test_mscs_vesicles_near_neural_cells_stay_theirs(sentence: str) -> None:
    found = folded(read_abstract(KIDNEY, GIVEN, sentence))
    assert ("apoptotic process", "decrease", "protective") in found, found


def test_vesicles_infected_cells_release_are_theirs() -> None:
    # a review's sentence on the virus's vesicles is no harm of the MSC-EVs it also reviews
    found = folded(
        read_abstract(
            "Mesenchymal stromal cell extracellular vesicles in viral pneumonia: a review",
            "Once infected, cells release vesicles packed with virions that aggravate the"
            " pneumonia.",
            "In contrast, EVs of mesenchymal stromal cells alleviate lung inflammation.",
        )
    )
    assert not [t for t in found if t[2] == "pathogenic"], found
    assert ("inflammatory response", "decrease", "protective") in found, found
