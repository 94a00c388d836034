"""Round-19 reader rules, from our own probe sentences after helpers A18 (kidney, liver, lung) and
B18 (bone, joint, tendon), A19 and B19: a model group's change turned round by the vesicles in a
later clause of the same sentence, the measures of a disease, a direction an adverb gives
'regulate', synovial fluid and fat-pad MSCs, a disease named before 'formation', aims and methods,
short forms in brackets and 'guard against'. Each case was read wrong, or not at all, before the
rule it tests; the guards beside them hold either way."""

from __future__ import annotations

import pytest

from .reading import read_records, triples_at

TITLE = "Bone marrow MSC exosomes in lung and kidney injury"
GIVEN = "Injured rats were given bone marrow MSC exosomes (BMSC-Exos) or saline."
AT = '"Abstract", sentence 2'


@pytest.mark.parametrize(
    ("result", "process", "direction"),
    [
        # the model group's change, turned round by the vesicles after ', and' / '; however,'
        (
            "Lung fibrosis rose in the bleomycin group, and this rise was reversed by BMSC-Exos.",
            "fibrosis",
            "decrease",
        ),
        (
            "Apoptosis was higher in the model group than in the sham group; however, this "
            "increase was reduced by BMSC-Exos.",
            "apopto",
            "decrease",
        ),
        # an intransitive change of the model group, whatever its adjuncts
        (
            "Serum creatinine increased after ischaemia, and this increase could be reduced by "
            "BMSC-Exos.",
            "dysfunction",
            "decrease",
        ),
        # the measures of a disease stand for it
        ("BMSC-Exos improved several indices of ALI.", "lung injury", "decrease"),
        ("BMSC-Exos improved multiple parameters of kidney injury.", "injur", "decrease"),
        # an adverb gives 'regulate' its direction
        ("BMSC-Exos negatively regulated inflammation in the lung.", "inflamm", "decrease"),
        ("BMSC-Exos positively regulated angiogenesis in the kidney.", "angiogen", "increase"),
        # a disease named before 'formation'
        ("BMSC-Exos reduced osteophyte formation in the knee.", "osteophyte", "decrease"),
        ("BMSC-Exos lowered thrombus formation in the arteries.", "thrombosis", "decrease"),
    ],
)
def test_a_result_is_read_as_the_vesicles_helping(
    result: str, process: str, direction: str
) -> None:
    found = triples_at(AT, TITLE, GIVEN, result)
    assert found, result
    assert all(r in ("protective", "regenerative") for _, _, r in found), found
    assert any(process in p.casefold() and d == direction for p, d, _ in found), found


@pytest.mark.parametrize(
    "result",
    [
        # the vesicles did not turn the change round
        "Lung fibrosis rose in the bleomycin group, and this rise was not reduced by BMSC-Exos.",
        # the later clause names no vesicles
        "Lung fibrosis rose in the bleomycin group, and this rise was reduced by dexamethasone.",
    ],
)
def test_a_change_not_turned_round_by_the_vesicles_is_no_finding_of_theirs(result: str) -> None:
    assert triples_at(AT, TITLE, GIVEN, result) == []


def test_formation_the_vocabulary_names_is_still_its_process() -> None:
    found = triples_at(AT, TITLE, GIVEN, "BMSC-Exos promoted new bone formation in the defect.")
    assert any(d == "increase" and r == "regenerative" for _, d, r in found), found
    assert not any("osteophyte" in p.casefold() for p, _, _ in found), found


@pytest.mark.parametrize(
    ("cells", "source"),
    [
        ("synovial fluid-derived mesenchymal stem cells", "synovial MSC"),
        ("synovial membrane-derived MSCs", "synovial MSC"),
        ("infrapatellar fat pad mesenchymal stem cells", "adipose tissue MSC"),
    ],
)
def test_synovial_and_fat_pad_mscs_are_their_tissues_sources(cells: str, source: str) -> None:
    found = [
        r.finding.msc_source.label
        for r in read_records(
            f"Exosomes of {cells} in cartilage repair",
            f"Exosomes derived from {cells} reduced chondrocyte apoptosis in rats.",
        )
        if r.finding.msc_source
    ]
    assert found and set(found) == {source}, found


@pytest.mark.parametrize(
    ("result", "process"),
    [
        # a score or size of a disease the words before it name is that disease
        ("Rats given BMSC-Exos had a lower pelvic pain score.", "pelvic pain"),
        ("BMSC-Exos reduced the corneal opacity score in the mice.", "corneal opacity"),
    ],
)
def test_a_measure_of_a_named_disease_is_that_disease(result: str, process: str) -> None:
    found = triples_at(AT, TITLE, GIVEN, result)
    assert (process, "decrease", "protective") in {(p.casefold(), d, r) for p, d, r in found}, found


OTHER = "Later, BMSC-Exos lowered the injury score in the rats."


@pytest.mark.parametrize(
    "aim",
    [
        # a fronted purpose infinitive names what the study set out to do
        "To strengthen the anti-fibrotic action of BMSC-Exos, we loaded them with a drug.",
        # so does a strategy's infinitive
        "Hypoxic culture of the MSCs served as an approach to raise the power of their vesicles "
        "to lower fibrosis.",
        # an improved way of making them is no effect of theirs
        "Methods: BMSC-Exos were made with an improved protocol of serial filtration.",
    ],
)
def test_an_aim_or_a_method_is_no_result(aim: str) -> None:
    assert triples_at(AT, TITLE, GIVEN, aim, OTHER) == []


@pytest.mark.parametrize(
    "result",
    [
        "To test this, we showed that BMSC-Exos reduced apoptosis in the kidney.",
        "BMSC-Exos showed the ability to reduce apoptosis in the kidney.",
    ],
)
def test_a_result_after_a_purpose_or_an_ability_is_still_a_result(result: str) -> None:
    found = triples_at(AT, TITLE, GIVEN, result, OTHER)
    assert ("apoptotic process", "decrease", "protective") in found, found


@pytest.mark.parametrize(
    ("result", "process", "direction"),
    [
        # a name written out with its short form in brackets before the number
        ("In the lung, BMSC-Exos decreased tumor necrosis factor (TNF)-α.", "inflamm", "decrease"),
        ("BMSC-Exos lowered the serum levels of interleukin (IL)-1β.", "inflamm", "decrease"),
        # to guard against is to protect
        ("BMSC-Exos guarded the kidney against ischaemic damage.", "injur", "decrease"),
    ],
)
def test_a_result_written_another_way_is_read(result: str, process: str, direction: str) -> None:
    found = triples_at(AT, TITLE, GIVEN, result, OTHER)
    assert found, result
    assert all(r in ("protective", "regenerative") for _, _, r in found), found
    assert any(process in p.casefold() and d == direction for p, d, _ in found), found


def test_a_benefit_not_abolished_is_still_the_vesicles_benefit() -> None:
    said = "The protective effect of BMSC-Exos was not abolished by freezing."
    found = triples_at(AT, TITLE, GIVEN, said, OTHER)
    assert any(r == "protective" for _, _, r in found), found


@pytest.mark.parametrize(
    ("said", "wrong"),
    [
        # a singular back-reference turns round only the change of its direction
        (
            "Proliferation was lower and apoptosis was higher in the model group than in the sham "
            "group; this increase was reduced by BMSC-Exos.",
            "proliferation",
        ),
        # earlier work stays background, whatever this study found after it
        (
            "We previously showed that BMSC-Exos lowered IL-6, and here we found that BMSC-Exos "
            "reduced apoptosis.",
            "inflamm",
        ),
        # 'inversely regulated A and B': A and B went opposite ways, no one direction
        ("BMSC-Exos inversely regulated M1 and M2 polarization of macrophages.", "polari"),
    ],
)
def test_what_the_sentence_does_not_say_of_the_vesicles_is_not_read(said: str, wrong: str) -> None:
    found = triples_at(AT, TITLE, GIVEN, said, OTHER)
    assert not any(wrong in p.casefold() for p, _, _ in found), found


def test_a_benefit_beside_a_denied_change_is_still_read() -> None:
    said = (
        "BMSC-Exos did not increase apoptosis but exerted an anti-inflammatory effect in the lung."
    )
    found = triples_at(AT, TITLE, GIVEN, said, OTHER)
    assert ("inflammatory response", "decrease", "protective") in found, found
