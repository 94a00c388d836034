"""Round 39 of the reader's rules: forms from real helper-set abstracts, probed in own words."""

from __future__ import annotations

import pytest

from .reading import folded, read_abstract, read_records, triple

_COLON = "Exosomes of bone marrow MSCs in colon cancer"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The BMSC exosomes exerted tumour-suppressive effects in vivo.", "anti_tumor"),
        ("The BMSC exosomes showed tumor-inhibitory effects on colon cancer cells.", "anti_tumor"),
        ("The BMSC exosomes exerted anti-tumorigenic effects on colon cancer cells.", "anti_tumor"),
        ("The BMSC exosomes exerted pro-tumorigenic effects in vivo.", "pro_tumor"),
        ("The BMSC exosomes played a tumor-promoting role in colon cancer.", "pro_tumor"),
    ],
)
def test_an_adjective_of_the_tumour_itself_names_the_tumour(sentence: str, expected: str) -> None:
    """'pro-tumorigenic', 'tumour-suppressive': the word after the prefix (or before the
    verbal adjective) is the tumour's own adjective, which names no process; such effects had
    been read as nothing (or, by the keyword window, as drug resistance)."""
    found = read_abstract(_COLON, sentence)
    assert {role for _, _, role in found} == {expected}
    assert not any("resistance" in process.casefold() for process, _, _ in found)
    assert {direction for _, direction, _ in found} == {
        "decrease" if expected == "anti_tumor" else "increase"
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "The BMSC exosomes did not exert tumor-promoting effects.",
        "The pro-tumorigenic effects of macrophages were measured in co-culture.",
        "The BMSC exosomes may exert pro-oncogenic effects.",
        "The vesicles showed non-tumorigenic activity in nude mice.",
        "The vesicles exhibited low tumorigenic activity in nude mice.",
        "Unlike the parental MSCs, which exerted pro-tumorigenic effects, the vesicles slowed "
        "the tumour's growth.",
        "Tumor-derived exosomes exert pro-tumorigenic effects, whereas MSC exosomes did not.",
    ],
)
def test_a_tumour_adjective_denied_or_anothers_is_no_pro_tumour_finding(sentence: str) -> None:
    assert "pro_tumor" not in {role for _, _, role in read_abstract(_COLON, sentence)}


def test_a_process_with_a_verbal_adjective_is_directed_by_it() -> None:
    title = "Exosomes of adipose MSCs in lung fibrosis"
    assert folded(read_abstract(title, "The exosomes exerted fibrosis-promoting effects.")) == {
        ("fibrosis", "increase", "pathogenic")
    }


_TRIAL = "Exosomes of umbilical cord MSCs for knee osteoarthritis"


@pytest.mark.parametrize(
    "sentence",
    [
        "The exosomes were both safe and effective in patients with knee osteoarthritis.",
        "The exosomes were not only safe but also effective in patients with knee osteoarthritis.",
    ],
)
def test_both_or_not_only_safe_and_effective_is_a_claim(sentence: str) -> None:
    """The cheap gate before the parse let 'safe and effective in X' through, not 'both safe
    and effective' nor 'not only safe but also effective'."""
    assert folded(read_abstract(_TRIAL, sentence)) == {
        ("osteoarthritis, knee", "decrease", "protective")
    }


def test_neither_safe_nor_effective_is_no_claim() -> None:
    sentence = "The exosomes were not safe and not effective in patients with knee osteoarthritis."
    assert read_abstract(_TRIAL, sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Gait disturbance was reduced in rats given the exosomes.",
        "The exosomes reduced the gait disturbances of the rats.",
    ],
)
def test_a_disturbance_is_a_harm(sentence: str) -> None:
    title = "Exosomes of adipose MSCs in a rat model of Parkinson disease"
    found = read_abstract(title, sentence)
    assert found and {(d, r) for _, d, r in found} == {("decrease", "protective")}


def test_epithelial_cell_vesicles_acting_on_mscs_are_not_msc_vesicles() -> None:
    """A title naming 'epithelial-cell-derived exosomes' (the cell hyphenated onto 'derived')
    acting on MSCs: the vesicles are the epithelial cells', whatever the MSCs then do."""
    records = read_records(
        "Effects of miR-9 in hypoxic renal epithelial-cell-derived exosomes on umbilical cord "
        "mesenchymal stem cells",
        "AIM: To find the role of hypoxic-REC-derived exosomes in the function of the MSCs.",
        "CONCLUSION: Low miR-9 in hypoxic-REC-derived exosomes promotes migration of the MSCs.",
    )
    assert not any(r.finding.msc_source for r in records)


_IMMUNE = "Exosomes of bone marrow MSCs modulate immune cells"


@pytest.mark.parametrize(
    "sentence",
    [
        "The exosomes impaired NK cell function.",
        "The exosomes reduced the cytotoxic activity of T cells in vitro.",
    ],
)
def test_an_immune_cells_work_lowered_is_immunosuppression(sentence: str) -> None:
    """An immune effector cell's function or activity is its attack, a harm outside a tumour
    as its activation is: lowering it had been read as a lost good function (pathogenic)."""
    found = read_abstract(_IMMUNE, sentence)
    assert found and {(d, r) for _, d, r in found} == {("decrease", "protective")}


@pytest.mark.parametrize(
    "sentence",
    [
        "The exosomes improved T cell function in aged mice.",
        "The exosomes enhanced T cell function in aged mice.",
        "The exosomes increased regulatory B cell function in colitic mice.",
        "The exosomes raised protein kinase B function in cardiomyocytes.",
    ],
)
def test_an_immune_function_raised_keeps_its_value(sentence: str) -> None:
    """Only a lowered effector function is read as the attack lessened; a raised one keeps the
    function's own value (the writer's 'improved', an aged host's T cells, regulatory cells,
    and never a kinase named 'B')."""
    found = read_abstract(_IMMUNE, sentence)
    assert found and {(d, r) for _, d, r in found} == {("increase", "regenerative")}


def test_an_immune_function_lowered_in_sepsis_is_no_protection() -> None:
    found = read_abstract(_IMMUNE, "The exosomes reduced lymphocyte function in septic mice.")
    assert ("lymphocyte function", "decrease", "protective") not in found


def test_an_immune_cells_work_lowered_in_a_tumour_feeds_it() -> None:
    title = "Exosomes of bone marrow MSCs in breast cancer"
    found = read_abstract(
        title, "The exosomes impaired NK cell function and promoted tumour growth."
    )
    assert ("NK cell function", "decrease", "pro_tumor") in found


def test_nk_cell_proliferation_is_a_lymphocytes() -> None:
    found = read_abstract(_IMMUNE, "The exosomes inhibited NK cell proliferation.")
    assert folded(found) == {("lymphocyte proliferation", "decrease", "protective")}


def test_here_we_found_that_opens_a_reparsed_claim() -> None:
    """'Here we found that <vesicles> inhibit A, B, and C of <cells>': the small parser made
    the verb a noun; the reported clause after 'Here, we found that' is now parsed again with
    the vesicles written 'they' (only the keyword window had read it)."""
    records = read_records(
        _IMMUNE,
        "Here we found that marrow MSC exosomes inhibit proliferation, maturation, and "
        "cytotoxicity of dendritic cells.",
    )
    assert {r.evidence.extractor.split()[-1] for r in records} == {"deep:verb"}
    found = folded([triple(r) for r in records])
    assert ("dendritic cell differentiation", "decrease", "protective") in found


def test_a_hyphenated_short_form_carrying_a_mirna_is_the_vesicles() -> None:
    """'MSC-EXs containing miR-X improved Y': the subject's words are given with the hyphen
    spaced ('MSC - EXs'), where the short form 'EXs' is an EV word only after a hyphen; the
    miRNA in the phrase then made the agent the cargo, and an abstract's cargo alone is not
    the vesicles (only the keyword window, off where the parse reads, had read it)."""
    records = read_records(
        "Exosomes of MSCs in spinal cord injury",
        "In addition, MSC-EXs containing miR-145-5p raised the locomotor scores of the "
        "injured rats.",
    )
    assert [r.evidence.extractor.split()[-1] for r in records] == ["deep:verb"]
    assert records[0].finding.outcome.direction == "increase"


def test_a_change_coordinated_after_a_suppression_is_its_own() -> None:
    """'a suppression of Th17 cells and expansion of Treg cells': the parse makes 'expansion' a
    conjunct of the suppressed cells, which borrowed its 'of' phrase and so read the regulatory
    T cells suppressed (now the expansion is read by neither)."""
    found = read_abstract(
        "Exosomes of MSCs in colitis",
        "The exosomes brought about a suppression of Th17 cells and expansion of Treg cells.",
    )
    assert folded(found) == {("th17 cells", "decrease", "protective")}


@pytest.mark.parametrize(
    "sentence",
    [
        "The vesicles restricted the expansion of the scar after infarction.",
        "The vesicles restricted the expansion of Th17 cells.",
    ],
)
def test_an_expansion_is_no_trigger_of_its_own(sentence: str) -> None:
    """'expansion' only stops a lowering noun's reach; it is no raising trigger (a verb the
    lexicon does not know, 'restricted', would leave it read as a rise)."""
    found = read_abstract("Exosomes of MSCs after myocardial infarction", sentence)
    assert not any(d == "increase" for _, d, _ in found)


def test_epithelial_vesicle_uptake_is_the_msc_vesicles() -> None:
    """'epithelial' alone beside an EV word is where the MSC vesicles went, not another
    source's vesicles (only the cell hyphenated onto 'derived' names a source)."""
    found = read_abstract(
        "Exosomes of MSCs in acute lung injury",
        "Epithelial EV uptake reduced apoptosis of the injured cells.",
    )
    assert {(d, r) for _, d, r in found} == {("decrease", "protective")}


def test_prefixed_adjectives_joined_by_or_are_each_read() -> None:
    """'anti-invasive or antitumoral properties': the lookahead allowed only 'and' between the
    adjectives, so the first was left to the keyword window."""
    records = read_records(
        "Microvesicles of adipose MSCs in breast cancer",
        "The vesicles displayed anti-invasive or antitumoral properties against the cancer cells.",
    )
    assert {r.evidence.extractor.split()[-1] for r in records} == {"deep:adjective"}
    assert {triple(r)[1:] for r in records} == {("decrease", "anti_tumor")}


_REVIEW = "Exosomes of mesenchymal stem cells: opportunities and challenges"


@pytest.mark.parametrize(
    ("sentence", "disease"),
    [
        (
            "MSC exosomes have been used to treat osteoarthritis and tendinopathy in animals.",
            "osteoarthritis",
        ),
        (
            "Exosomes, vesicles that carry signals between cells and are released by MSCs, have "
            "been reported to play a role in the therapy of stroke.",
            "stroke",
        ),
    ],
)
def test_a_reviews_use_claim_is_its_topic(sentence: str, disease: str) -> None:
    """A review that states no effect as established but says what its vesicles are used for
    (or play a role in treating) had been read as about nothing; the claim names its topic,
    hedged, as its title would (a description of the vesicles before the claim, 'signals
    between cells', does not make them messengers only)."""
    records = read_records(_REVIEW, "This review summarizes recent advances.", sentence)
    assert records and all(r.evidence.hedged for r in records)
    assert disease in {triple(r)[0].casefold() for r in records}
    assert {triple(r)[1:] for r in records} == {("decrease", "protective")}


def test_a_studys_use_claim_is_its_background() -> None:
    found = read_abstract(
        "Exosomes of bone marrow MSCs in osteoarthritis",
        "MSC exosomes have been used to treat osteoarthritis in animal models.",
        "Here, we isolated exosomes from marrow MSCs and measured their size.",
    )
    assert found == []


def test_a_reviews_use_claim_in_tumours_is_no_topic() -> None:
    records = read_records(
        _REVIEW,
        "This review summarizes recent advances.",
        "MSC exosomes have been used as carriers in the treatment of tumours.",
    )
    assert records == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The vesicles lowered apoptosis but not inflammation.",
        "The vesicles lowered apoptosis, but not inflammation, in the injured kidney.",
    ],
)
def test_a_conjunct_denied_by_its_own_not_is_no_change(sentence: str) -> None:
    """'lowered A but not B': B, with a 'not' of its own, had inherited the verb's change."""
    found = read_abstract("Exosomes of MSCs in kidney injury", sentence)
    assert folded(found) == {("apoptotic process", "decrease", "protective")}


def test_not_only_but_also_keeps_both_conjuncts() -> None:
    found = read_abstract(
        "Exosomes of MSCs in kidney injury",
        "The vesicles lowered not only apoptosis but also inflammation.",
    )
    assert {p.casefold() for p, _, _ in found} == {"apoptotic process", "inflammatory response"}


def test_previously_we_showed_is_earlier_work() -> None:
    """'Previously, we showed that ...' opens the group's earlier work, as 'we previously
    showed that ...' does; it had been read as this study's result."""
    found = read_abstract(
        "Exosomes of adipose MSCs in dermatitis",
        "Previously, we showed that adipose MSC exosomes lessen skin inflammation in mice.",
        "Here, we measured their size.",
    )
    assert found == []
