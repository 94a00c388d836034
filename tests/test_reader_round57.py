"""Fifty-seventh session: titles of helper records cut where PubMed's source parser cuts them (at
an inline tag), so the title carries the finding; each fault shown with sentences written for
these tests (never a record's own words)."""

from __future__ import annotations

from exoatlas.read.parsing import parse
from exoatlas.read.repair import prepared, repaired_parse
from exoatlas.vocab.cues import tumour_words

from .reading import folded, read_abstract, read_injured, read_title


def test_a_time_phrase_in_a_titles_subject_keeps_the_clause() -> None:
    """('A single dose of MSC-EVs after brain injury eases X': the parser took 'after' for a
    conjunction and the injury for the verb's subject, the title for a verbless phrase: no
    finding)"""
    title = (
        "A single intravenous dose of bone marrow mesenchymal stem cell-derived exosomes "
        "after spinal cord injury eases neuronal loss"
    )
    doc = repaired_parse(parse([title])[0])
    verb = next(t for t in doc if t.lower_ == "eases")
    assert verb.dep_ == "ROOT"
    assert [c.lower_ for c in verb.children if c.dep_ == "nsubj"] == ["dose"]
    assert ("neuronal degeneration", "decrease", "protective") in folded(read_title(title))


def test_a_time_clause_of_its_own_is_left_alone() -> None:
    """guard: a verbless title's real time clause, whose verb claims nothing ('Reduction of X
    after MSC exosomes enter microglia'), keeps 'enter' as the clause's verb."""
    doc = repaired_parse(
        parse(["Reduction of brain inflammation after stromal cell exosomes enter microglia"])[0]
    )
    assert next(t for t in doc if t.lower_ == "enter").dep_ != "ROOT"


def test_to_ease_a_harm_lowers_it() -> None:
    """('MSC vesicles ease X' read no finding: 'ease' was no trigger)"""
    found = folded(read_injured("BM-Exos eased neuronal loss and demyelination in the cord."))
    assert ("neuronal degeneration", "decrease", "protective") in found


def test_easy_and_easily_are_no_triggers() -> None:
    """guard: only the verb's own forms ('an easy route', 'easily isolated' change nothing)."""
    assert read_injured("BM-Exos were easily isolated and gave an easy route of delivery.") == []


def test_a_better_treatment_of_a_disease_lowers_it() -> None:
    """(vesicles that 'enhance osteoarthritis treatment' read as pyroptosis raised, pathogenic;
    'improve the treatment of uveitis' read no finding)"""
    found = folded(
        read_title(
            "Engineered exosomes of mesenchymal stem cells improve osteoarthritis treatment "
            "through an inflammasome axis"
        )
    )
    assert ("osteoarthritis", "decrease", "protective") in found
    assert not any(role == "pathogenic" for *_, role in found)
    found = folded(
        read_injured("BM-Exos improved the treatment of experimental autoimmune uveitis.")
    )
    assert ("uveitis", "decrease", "protective") in found


def test_a_treatment_naming_no_disease_is_read_as_written() -> None:
    """guard: a treatment of cells or by a drug names no disease lowered ('enhanced cisplatin
    treatment' is no disease treated)."""
    found = folded(read_injured("BM-Exos enhanced the cisplatin treatment of the cells."))
    assert not any(role == "protective" for *_, role in found)


def test_the_animals_a_recovery_is_seen_in_are_no_effect() -> None:
    """('promoted functional recovery in aged monkeys' read, beside the recovery, an unnamed
    effect 'aged monkeys' raised; so were rodents, primates and participants)"""
    found = folded(read_injured("BM-Exos promoted functional recovery in aged monkeys."))
    assert ("functional recovery", "increase", "regenerative") in found
    assert not any("monkey" in process for process, *_ in found)


def test_what_contributes_to_a_recovery_is_no_change_of_its_own() -> None:
    """('Reduced inflammation contributes to the EVs' recovery' was read as inflammation raised
    by the EVs, pathogenic: the verb's subject taken for what it changed)"""
    found = folded(
        read_injured("Reduced inflammation contributes to BM-Exo-mediated recovery of the cord.")
    )
    assert not any(p == "inflammatory response" and d == "increase" for p, d, _ in found)
    assert not any(role == "pathogenic" for *_, role in found)


def test_vesicles_contributing_to_a_process_still_raise_it() -> None:
    """guard: the vesicles as the subject, the process in the 'to' phrase ('BM-Exos contributed
    to angiogenesis')."""
    found = folded(read_injured("BM-Exos contributed to angiogenesis in the injured cord."))
    assert any(p.startswith("angiogenesis") and d == "increase" for p, d, _ in found)


def test_cells_recovered_from_donors_were_collected() -> None:
    """(cells 'were recovered from 10 obese and 6 lean participants' read as the cells and the
    obese raised, regenerative: a recovery)"""
    assert "were collected from" in prepared(
        "Stromal cells were recovered from 12 obese (oSCs) and 8 lean (lSCs) donors."
    )
    found = read_injured("BM-Exos were recovered from the culture supernatants of 5 donors.")
    assert found == []


def test_a_function_recovered_after_an_injury_is_still_a_recovery() -> None:
    """guard: only cells or vesicles taken from donors, tissue or cultures are collected."""
    sentence = "Hindlimb function was recovered from the injury by BM-Exos."
    assert prepared(sentence) == sentence


def test_a_cause_kept_off_is_no_good_raised() -> None:
    """(vesicles that saved the mice from a toxin-induced liver failure read, beside the
    failure lowered, an unnamed toxin raised, regenerative)"""
    found = folded(
        read_injured(
            "BM-Exos rescued the rats from the carbon tetrachloride (CCl4)-induced liver damage."
        )
    )
    assert not any("tetrachloride" in p for p, *_ in found)


def test_a_harm_kept_off_is_still_lowered() -> None:
    """guard: an unnamed harm in the 'from' phrase is lowered ('protected the neurons from
    degeneration')."""
    found = folded(read_injured("BM-Exos protected spiral ganglion neurons from degeneration."))
    assert any(d == "decrease" and r == "protective" for _, d, r in found)


def test_cells_that_do_not_form_tumours_make_no_tumour_study() -> None:
    """(a psoriasis study whose source cells were said, with a negated verb, to form no
    tumours and whose exosomes to promote no tumour growth was read as a tumour study: its
    IL-17 findings anti- and pro-tumour)"""
    assert tumour_words("The cells do not form tumours in nude mice.") == 0
    assert tumour_words("Their vesicles do not carry MYC or promote tumour growth.") == 0
    found = read_abstract(
        "Topical MSC exosomes for psoriasis in mice",
        "The immortalised source cells do not form tumours in nude mice, and their exosomes "
        "do not promote tumour growth.",
        "Topical MSC exosomes alleviated the skin inflammation of psoriatic mice.",
    )
    assert found and all(role in ("protective", "regenerative") for *_, role in found)


def test_a_tumour_study_keeps_its_tumour_words() -> None:
    """guard: a tumour the EVs acted on still counts ('inhibited tumour growth'), and a
    denial set against a finding ('did not promote tumour growth, whereas ...') too."""
    assert tumour_words("The EVs inhibited tumour growth in nude mice.") == 1
    assert tumour_words("The EVs did not promote tumour growth, whereas metastasis rose.") >= 1


def test_the_induction_of_the_model_after_a_time_word_is_no_change() -> None:
    """(EVs given shortly after a brain injury was induced read as the
    EVs raising the injury, pathogenic)"""
    # ('IN', the intranasal route's short form, makes the parser take 'after' for a
    # conjunction and the induction for the verb's subject)
    found = read_abstract(
        "Vesicles in brain injury",
        "Extracellular vesicles of human MSCs (hMSC-EVs) were made.",
        "IN administration of the hMSC-EVs into young mice two hours after the induction of a "
        "cortical injury resulted in their uptake by neurons.",
    )
    assert not any(role == "pathogenic" for *_, role in found)
    found = folded(read_injured("BM-Exos prevented the induction of apoptosis in neurons."))
    assert any(p.startswith("apoptotic") and d == "decrease" for p, d, _ in found)


def test_a_ratio_written_with_its_of_phrase_reads_as_the_ratio() -> None:
    """(a lowered ratio of Bcl/Bax read as less apoptosis, in a tumour study pro-tumour:
    'Bcl' is Bcl-2's shorthand there, and the ratio moves as its anti-apoptotic numerator)"""
    found = folded(read_injured("BM-Exos lowered the ratio of Bcl/Bax in the neurons."))
    assert ("apoptotic process", "increase", "pathogenic") in found
    found = folded(read_injured("BM-Exos reduced the ratio of Bax/Bcl-2 in the neurons."))
    assert ("apoptotic process", "decrease", "protective") in found


def test_a_ratio_of_no_known_pair_is_read_as_written() -> None:
    """guard: a ratio of two measures the vocabulary does not know ('wet/dry') gives no
    apoptosis."""
    found = folded(read_injured("BM-Exos lowered the ratio of BV/TV in the bone."))
    assert not any(p == "apoptotic process" for p, *_ in found)


def test_a_participle_after_as_well_as_governs_its_own_noun() -> None:
    """('inhibited growth and invasion as well as advanced apoptosis' read apoptosis as
    suppressed too: in a tumour study, pro-tumour)"""
    found = folded(
        read_abstract(
            "Bone marrow MSC exosomes in lung cancer",
            "Lung cancer cells were given exosomes of bone marrow MSCs (BM-Exos).",
            "BM-Exos suppressed the invasion and the migration as well as advanced "
            "apoptosis of the cancer cells.",
        )
    )
    assert ("cell migration", "decrease", "anti_tumor") in found
    assert not any(p == "apoptotic process" and d == "decrease" for p, d, _ in found)


def test_a_noun_after_as_well_as_still_shares_the_verb() -> None:
    """guard: a plain noun after 'as well as' keeps the verb ('reduced the apoptosis, fibrosis
    as well as inflammation')."""
    found = folded(
        read_injured("BM-Exos reduced the apoptosis, fibrosis as well as inflammation of the cord.")
    )
    assert any(p == "inflammatory response" and d == "decrease" for p, d, _ in found)


def test_a_recovery_the_vesicles_mediate_is_raised() -> None:
    """('Reduction of X underlies vesicle mediated functional recovery in aged monkeys' read, by
    the keyword window, functional recovery lowered: pathogenic)"""
    found = folded(
        read_title(
            "Less inflammation underlies mesenchymal stem cell exosome mediated functional "
            "recovery in old macaques after stroke"
        )
    )
    assert ("functional recovery", "increase", "regenerative") in found
    assert not any(role == "pathogenic" for *_, role in found)


def test_a_recovery_another_verb_impairs_is_not_raised() -> None:
    """guard: a trigger that governs the mediated recovery gives its direction ('impaired the
    EV-mediated recovery' raises nothing)."""
    found = folded(read_injured("Hypoxia impaired the BM-Exo-mediated functional recovery."))
    assert ("functional recovery", "increase", "regenerative") not in found


def test_a_state_after_as_well_as_still_shares_the_verb() -> None:
    """guard (newcomer review): a state the lexicon reads after 'as well as' stays the first
    verb's object ('reduced X as well as elevated IL-6 levels' lowers the elevated levels)."""
    found = folded(
        read_injured("BM-Exos reduced the apoptosis as well as elevated IL-6 levels in the cord.")
    )
    assert any(d == "decrease" and r == "protective" and "apopto" in p for p, d, r in found)
    # (the IL-6 levels stay read, as before this rule: which way is the parse's, not this rule's)
    assert any(p == "inflammatory response" for p, *_ in found)


def test_a_mediated_recovery_said_absent_or_impaired_is_not_raised() -> None:
    """guard (newcomer review): the recovery a clause denies or another trigger governs higher
    up ('an impairment of the EV-mediated recovery') is not raised."""
    for sentence in (
        "In knockout rats, BM-Exo-mediated functional recovery was absent.",
        "Hypoxia led to an impairment of the BM-Exo-mediated functional recovery.",
    ):
        found = folded(read_injured(sentence))
        assert ("functional recovery", "increase", "regenerative") not in found, sentence


def test_a_function_recovered_from_an_injury_is_still_a_recovery() -> None:
    """guard (newcomer review): only cells, vesicles or fractions are 'recovered from' a
    source; a function or a threshold recovers."""
    for sentence in (
        "Locomotor function was recovered from spinal cord injury faster with BM-Exos.",
        "Hearing thresholds were recovered from 60 dB to 30 dB after BM-Exos.",
    ):
        assert prepared(sentence) == sentence


def test_a_tumour_denial_set_against_its_promotion_keeps_its_words() -> None:
    """guard (newcomer review): 'do not inhibit but rather promote tumour growth' and 'did not
    induce cancer cell apoptosis' are tumour statements."""
    assert tumour_words("MSC exosomes do not inhibit but rather promote tumour growth.") >= 1
    assert tumour_words("BM-Exos did not induce cancer cell apoptosis.") >= 1


def test_a_ratio_of_cells_reads_as_their_ratio() -> None:
    """(newcomer review: a ratio of M1 to M2 macrophages written with 'of' read as M2
    polarisation, where 'the M1/M2 macrophage ratio' reads M1)"""
    assert folded(
        read_injured("BM-Exos lowered their ratio of M1/M2 macrophages in the cord.")
    ) == folded(read_injured("BM-Exos lowered the M1/M2 macrophage ratio in the cord."))
