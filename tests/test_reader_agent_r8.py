"""Relevance of abstracts whose MSC-derived vesicles are named in ways triage missed (round 8,
generated abstracts): the vesicles' own abbreviation and a tissue qualifier between them and the
conditioned medium of their source, a parenthesis naming the source, vesicles 'released by
these cells' after a sentence naming MSCs; and MSCs named as what undergoes a process the
vesicles drive ('the osteogenic differentiation of BMSCs') are their recipients, not their
source. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from .reading import folded, kept_by_triage, read_abstract


@pytest.mark.parametrize(
    "sentences",
    [
        # the vesicles' abbreviation and a tissue qualifier do not part them from their source
        (
            "Microparticles (MPs) were purified from the spent medium of tonsil-derived "
            "mesenchymal stem cells.",
            "The MPs lessened scar size in infarcted hearts.",
        ),
        (
            "Nanovesicles (NVs) were obtained from the conditioned medium of gingival "
            "mesenchymal stromal cells by filtration.",
        ),
        # the species and tissue words are part of the cells' name
        (
            "Vesicles were purified from the spent culture medium of porcine bone marrow "
            "mesenchymal stem cells.",
        ),
        ("Exosomes were pelleted from the culture medium of nasal mucosa mesenchymal stem cells.",),
        # 'them' refers back to the MSCs of the sentence before
        (
            "Synovial mesenchymal stem cells (SMSCs) were grown on soft gels.",
            "Vesicles obtained from them were counted.",
        ),
        # a parenthetical abbreviation after a word of the vesicles' name
        ("Exosome mimetics (EMs) were made from gingival mesenchymal stem cells by extrusion.",),
        # SHED, SCAPs and USCs named by their abbreviation alone
        ("SHED-derived exosomes lowered bone loss in old mice.",),
        ("Exosomes secreted by SCAPs sped dentin repair.",),
        # a parenthesis naming the source
        ("We tested whether vesicles (derived from marrow stromal cells) shrink brain lesions.",),
        ("Exosomes (from synovial mesenchymal stem cells) eased cartilage wear in rabbits.",),
        # 'these cells' refers back to the MSCs of the sentence before
        (
            "Placental mesenchymal stem cells were grown without serum.",
            "Vesicles shed by these cells were counted by particle tracking.",
        ),
        (
            "Mesenchymal stromal cells from fat were expanded for three passages.",
            "Exosomes secreted by the cells lowered microglial activation in mice.",
        ),
    ],
)
def test_kept(sentences: tuple[str, ...]) -> None:
    assert kept_by_triage(*sentences)


@pytest.mark.parametrize(
    "sentences",
    [
        # MSCs undergo the process the vesicles drive: recipients, not source
        (
            "Osteoclast-derived exosomes curbed osteogenic differentiation of bone marrow "
            "mesenchymal stem cells (BMSCs).",
            "The exosomes also lowered bone mass in old mice.",
        ),
        ("Exosomes of M2 macrophages raised proliferation of adipose-derived stem cells.",),
        ("Vesicles from endothelial cells enhanced migration capacity of mesenchymal stem cells.",),
        # MSCs given to whoever the vesicles come from
        ("Exosomes were purified from the plasma of dogs treated with marrow stromal cells.",),
        ("Vesicles from the urine of rats that received adipose-derived stem cells were counted.",),
        # 'these cells' with no MSCs named before
        (
            "Neutrophils were isolated from blood.",
            "Vesicles released by these cells raised mesenchymal markers.",
        ),
    ],
)
def test_not_kept(sentences: tuple[str, ...]) -> None:
    assert not kept_by_triage(*sentences)


# results stated as a group difference in the forms generated abstracts showed the reader missed
_TITLE = "Vesicles of placental mesenchymal stromal cells in a stroke model"
_GIVEN = "Rats with a cortical stroke were given placental MSC vesicles (P-EVs) or saline."


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an adjunct fronted before the subject names the group the comparative holds in
        (
            "In the P-EV group, neuronal apoptosis was clearly lower than in the saline group.",
            ("apoptotic process", "decrease", "protective"),
        ),
        (
            "Among rats given P-EVs, neuronal apoptosis was lower than that of the saline arm.",
            ("apoptotic process", "decrease", "protective"),
        ),
        # 'Rats treated with X showed less Y' parsed as two coordinated verbs
        (
            "Rats treated with P-EVs showed less neuronal apoptosis.",
            ("apoptotic process", "decrease", "protective"),
        ),
        # the same with an article, and after a first coordinated predicate: these read
        # 'apoptosis unknown' or nothing before the conjunct reading
        (
            "Mice treated with the P-EVs showed less neuronal apoptosis.",
            ("apoptotic process", "decrease", "protective"),
        ),
        (
            "Rats treated with P-EVs had smaller infarcts and showed less neuronal apoptosis.",
            ("apoptotic process", "decrease", "protective"),
        ),
        # 'less' before an adjective or a noun read as one ('less neuronal apoptosis')
        (
            "Giving P-EVs resulted in less neuronal apoptosis.",
            ("apoptotic process", "decrease", "protective"),
        ),
        (
            "Infusion of P-EVs led to less cortical cell apoptosis.",
            ("apoptotic process", "decrease", "protective"),
        ),
    ],
)
def test_group_difference(sentence: str, expected: tuple[str, str, str]) -> None:
    assert tuple(x.casefold() for x in expected) in folded(read_abstract(_TITLE, _GIVEN, sentence))


def test_group_difference_not_the_vesicles() -> None:
    # the fronted group is the comparison group, not the vesicles': a sham group compared with
    # the EVs' group says nothing of what the EVs did to the disease
    sentence = "In the sham group, neuronal apoptosis was lower than in the P-EV group."
    found = folded(read_abstract(_TITLE, _GIVEN, sentence))
    assert ("apoptotic process", "increase", "pathogenic") not in found
    assert ("apoptotic process", "decrease", "protective") not in found


def test_a_vehicle_group_compared_with_the_vesicles_group() -> None:
    # (round 11, cues.tsv 'control_group') the vehicle group holds the comparative and the EVs'
    # group is what it is compared with: the EVs' group had less (read as no finding before)
    sentence = "In the saline group, neuronal apoptosis was higher than in the P-EV group."
    found = folded(read_abstract(_TITLE, _GIVEN, sentence))
    assert ("apoptotic process", "decrease", "protective") in found
    assert ("apoptotic process", "increase", "pathogenic") not in found


@pytest.mark.parametrize(
    "title",
    [
        "Synovial stem cell exosomes: a novel therapeutic agent in knee arthritis",
        "Umbilical cord MSC vesicles as new therapeutic agents against liver fibrosis",
    ],
)
def test_title_agent_claims(title: str) -> None:
    """A title setting MSC vesicles beside 'a therapeutic agent in/against' a disease claims
    they lower it, as 'a therapy for' does."""
    found = read_abstract(title, "We survey the studies of these vesicles in animals.")
    assert any(direction == "decrease" and role == "protective" for _, direction, role in found)


@pytest.mark.parametrize(
    "model",
    [
        "rabbits with surgically induced knee arthritis",
        "mice with experimentally induced colitis",
    ],
)
def test_model_made_by_a_method_is_not_the_vesicles_doing(model: str) -> None:
    """'Rats with surgically induced osteoarthritis': the participle's cause is the surgery, not
    the vesicles the clause is about."""
    found = read_abstract(
        "Vesicles of marrow stromal cells in inflammation",
        f"Vesicles from marrow stromal cells (MSC-EVs) were injected into {model}.",
        "The MSC-EVs lowered the loss of body weight.",
    )
    assert found
    assert all(role != "pathogenic" for _, _, role in found)


def test_abbreviation_of_plain_vesicles_defined_from_mscs() -> None:
    """'Nanovesicles (NVs) were made from the medium of X MSCs': the abbreviation names those MSC
    vesicles, as 'the nanovesicles' would."""
    found = read_abstract(
        "Vesicles in a lung injury model",
        "Nanovesicles (NVs) were made from the spent medium of marrow stromal cells.",
        "Lung oedema was reduced by NVs.",
    )
    assert any(role == "protective" for _, _, role in found)


@pytest.mark.parametrize(
    ("title", "disease"),
    [
        (
            "Exosomes of marrow stromal cells for the treatment of Huntington's disease",
            "huntington",
        ),
        ("Use of synovial MSC vesicles in the treatment of Crohn's disease", "crohn"),
        ("Update on the use of placental MSC exosomes in the therapy of heart failure", "heart"),
    ],
)
def test_treatment_titles(title: str, disease: str) -> None:
    """A verbless title naming MSC vesicles for or in the treatment of a disease claims they
    lower it; an eponym's possessive is part of the disease's name."""
    found = read_abstract(title, "We survey the animal studies of these vesicles.")
    assert any(
        disease in process.casefold() and direction == "decrease" and role == "protective"
        for process, direction, role in found
    )


@pytest.mark.parametrize(
    "title",
    [
        "Limits of marrow stromal cell exosomes in the treatment of heart failure",
        "Marrow stromal cells were used in the treatment of heart failure",
    ],
)
def test_treatment_titles_not_claims(title: str) -> None:
    found = read_abstract(title, "Exosomes of marrow stromal cells were made in flasks.")
    assert not any(direction == "decrease" for _, direction, _ in found)
