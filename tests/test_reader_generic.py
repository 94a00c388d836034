"""Generic reading rules (coordinated clauses, descriptive participles, unnamed effects, verb and
head-noun valence, cargo in running text). Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from exoatlas.ingest.text import Section, TextDocument
from exoatlas.read.pipeline import read_loaded

from .reading import read_abstract


def test_a_second_verb_of_a_coordination_governs_its_own_object() -> None:
    found = read_abstract(
        "Marrow stromal vesicles in hypoxic myoblasts",
        "In culture, marrow MSC exosomes preserved cell viability and lowered apoptosis.",
    )
    assert ("cell survival", "increase", "regenerative") in found
    assert ("apoptotic process", "decrease", "protective") in found
    assert not [f for f in found if f[2] == "pathogenic"], found


def test_an_object_before_the_trigger_is_not_its_object() -> None:
    found = read_abstract(
        "Cord stromal vesicles in a colitis model",
        "Both cord MSC-EXO and primed MSC-EXO raised anti-inflammatory cytokines (IL10, IL4) "
        "and lowered pro-inflammatory cytokines (IL6, IL1) in plasma.",
    )
    assert found and all(f[1] == "decrease" for f in found if f[0] == "inflammatory response")


def test_a_participle_describing_the_object_is_not_a_change() -> None:
    found = read_abstract(
        "Adipose stromal vesicles and endothelial repair",
        "Exosomes from adipose MSCs rescued the impaired migration of endothelial cells.",
    )
    assert ("cell migration", "increase", "regenerative") in found
    assert ("cell migration", "decrease", "pathogenic") not in found


def test_a_measure_the_vocabulary_does_not_name_takes_the_abstracts_role() -> None:
    found = read_abstract(
        "Cord stromal vesicles in dry eyes",
        "In mice, the umbilical cord MSC exosomes increased the goblet cell density.",
        "The exosomes also reduced apoptosis of corneal cells in mice.",
    )
    assert ("goblet cell density", "increase", "regenerative") in found, found


def test_a_verb_that_presupposes_a_harm_gives_the_direction_and_role() -> None:
    found = read_abstract(
        "Marrow stromal vesicles in a lesion model",
        "In rats, MSC-derived exosomes relieved the asymmetric rotation.",
    )
    assert ("asymmetric rotation", "decrease", "protective") in found, found


def test_a_head_noun_with_a_valence_gives_a_restore_verb_its_direction() -> None:
    found = read_abstract(
        "Adipose stromal vesicles in corneal wounds",
        "In rats, exosomes of adipose MSCs maintained corneal integrity.",
        "In rats, exosomes of adipose MSCs worsened the grip weakness.",
    )
    assert ("corneal integrity", "increase", "regenerative") in found, found
    assert ("grip weakness", "increase", "pathogenic") in found, found


def test_things_and_vesicle_properties_are_not_unnamed_effects() -> None:
    found = read_abstract(
        "Stromal vesicles and neurons",
        "In rats, exosomes of bone marrow MSCs restored the hippocampal neurons.",
        "Hypoxia improved the exosome yield of the MSCs.",
        "The MSC exosomes improved the thickness of the mucosa.",
    )
    # no effect: the yield is a property of the EVs, changed by a named condition (neutral)
    assert found == [("EV yield", "increase", "neutral")], found


def test_a_measure_of_a_named_disease_is_that_disease() -> None:
    found = read_abstract(
        "Marrow stromal cell exosomes",
        "In mice, MSC-derived exosomes reduced the progression of amyotrophic lateral sclerosis.",
    )
    assert any(d == "decrease" and r == "protective" for _, d, r in found), found


def test_proteins_the_evs_carry_are_cargo_grounded_through_the_lexicon() -> None:
    from exoatlas.read.cargo import carried_genes

    def labels(sentence: str) -> list[str]:
        return [e.label for e in carried_genes(sentence)]

    assert labels("MSCs deliver Nrf2 via small extracellular vesicles to neurons.") == ["NFE2L2"]
    assert labels("HGF-overexpressing MSC-EVs lowered fibrosis.") == ["HGF"]
    assert labels("The exosomal HIF-1α rose after hypoxia.") == ["HIF1A"]
    assert labels("Knockdown of GSTO1 in the EVs removed their benefit.") == ["GSTO1"]
    # an siRNA against a gene, an abbreviation of two letters, a miRNA and a word are not
    assert labels("EVs loaded with galectin-9 siRNA reached the tumour.") == []
    assert labels("Exosomes containing FA were made.") == []
    assert labels("Exosomal microRNA-21 protected the heart.") == []
    assert labels("EVs carrying The protein were made.") == []
    # a protein before the vesicles that hold it, the word 'protein' after 'exosomal', and a
    # protein the EVs lower something by delivering
    assert labels("TSG-6 packaged in marrow MSC exosomes lowered joint swelling.") == ["TNFAIP6"]
    assert labels("The exosomal protein HGF rose after priming.") == ["HGF"]
    assert labels("The EVs lowered fibrosis by delivering the protein MFG-E8.") == ["MFGE8"]
    assert labels("Fibrosis rose in mice; TSG-6 was contained in none of the samples.") == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Exo-miR-29b lowered collagen deposition in the kidney.", "hsa-mir-29b"),
        ("Vesicles given with agomiR-29b lowered collagen deposition.", "hsa-mir-29b"),
        ("The vesicles acted through the microRNA (miR)-29b/SP1 axis.", "hsa-mir-29b"),
        ("Vesicles holding miR-let-7c lowered collagen deposition.", "hsa-let-7c"),
    ],
)
def test_mirna_names_written_in_these_ways_are_read(sentence: str, name: str) -> None:
    from exoatlas.read.mentions import find_mentions

    labels = [m.entity.label for m in find_mentions(sentence) if m.rna]
    assert any(label.startswith(name) for label in labels), labels


def test_an_antagomir_is_no_agomir() -> None:
    from exoatlas.read.mentions import find_mentions

    assert not [m for m in find_mentions("The antagomiR-29b abolished the effect.") if m.rna]


def test_a_protein_cargo_reaches_the_findings_of_an_abstract() -> None:
    doc = TextDocument(
        "pmid:9",
        "Stromal vesicles and kidney repair",
        [
            Section("Title", ["Stromal vesicles and kidney repair"]),
            Section(
                "Abstract",
                [
                    "Marrow MSCs deliver Nrf2 via small extracellular vesicles. "
                    "In mice, the MSC exosomes reduced renal fibrosis."
                ],
            ),
        ],
        [],
        [],
        kind="medline",
    )
    records = read_loaded(doc).records
    assert records and all("NFE2L2" in [c.label for c in r.finding.cargo] for r in records)


def test_a_noun_trigger_names_its_agent_in_its_own_phrase() -> None:
    found = read_abstract(
        "Marrow stromal vesicles and sensory neurons",
        "Imaging showed an increase in neurite length in neurons treated with the MSC exosomes.",
        "Exosome-mediated protection from apoptosis was seen in the myoblasts.",
    )
    assert ("neurite length", "increase", "regenerative") in found, found
    assert ("apoptotic process", "decrease", "protective") in found, found


def test_a_verbs_own_subject_stays_its_agent() -> None:
    from exoatlas.read.deep import read_parsed
    from exoatlas.read.parsing import parse

    sentence = "In mice, LPS increased inflammation in lungs of animals treated with MSC exosomes."
    assert all(o.agent != "product" for o in read_parsed(parse([sentence])[0]))


def _changes(sentence: str) -> set[tuple[str, str, str]]:
    from exoatlas.read.deep import read_parsed
    from exoatlas.read.parsing import parse

    return {
        (o.process.label, o.direction, o.agent)
        for o in read_parsed(parse([sentence])[0], ("Exo",))
        if not o.hedged
    }


def test_a_passive_agent_holding_the_trigger_is_what_was_seen() -> None:
    found = _changes("The cells improved after EV treatment, evidenced by reduced apoptosis.")
    assert ("apoptotic process", "decrease", "other") not in found, found
    assert any(p == "apoptotic process" and d == "decrease" for p, d, _ in found), found


def test_an_ability_to_do_is_done_by_its_owner() -> None:
    found = _changes("Hypoxic EVs showed a superior ability to mitigate renal fibrosis.")
    assert ("Fibrosis", "decrease", "product") in found, found
    assert not any("ability" in p for p, _, _ in found), found


def test_marker_readouts_name_their_process_with_the_verbs_direction() -> None:
    assert ("inflammatory response", "decrease", "product") in _changes(
        "Exo reduced the levels of IL-6 and TNF-α in serum."
    )
    assert ("inflammatory response", "decrease", "product") in _changes(
        "Exo upregulated IL-10 in the spleen."
    )
    # a process the sentence names itself wins over a marker read the other way
    found = _changes("Exo lowered apoptosis and the level of Bax yet raised Bcl-2.")
    assert ("apoptotic process", "increase", "product") not in found, found
    assert not _changes("Exo reduced the expression of PTEN.")


def test_rnas_named_inside_compound_words_are_mentions() -> None:
    from exoatlas.read.mentions import find_mentions

    def rnas(sentence: str) -> list[str]:
        return [m.entity.label for m in find_mentions(sentence) if m.rna]

    assert rnas("The miR-146a-overexpressing MSC-EVs lowered apoptosis.") == ["hsa-mir-146a"]
    assert rnas("Protection was miR-29a-3p-mediated.") == ["hsa-miR-29a-3p"]
    # an axis names the miRNA and its target; 'a/b' and '222/223' name two miRNAs
    found = find_mentions("They acted via the miR-21/PTEN axis.")
    assert [(m.entity.kind, m.entity.label) for m in found] == [
        ("mirna", "hsa-mir-21"),
        ("gene", "PTEN"),
    ]
    assert rnas("Vesicular miR-181a/b rose.")[1].startswith("hsa-mir-181b")
    assert rnas("Vesicular miR-222/223 rose.") == ["hsa-mir-222", "hsa-mir-223"]
    assert rnas("Exosomal miR\u201121\u20115p rose.") == ["hsa-miR-21-5p"]


def test_lncrna_and_circrna_names_are_rna_mentions() -> None:
    from exoatlas.ground import ground_mention
    from exoatlas.ncrna import ground_ncrna
    from exoatlas.read.mentions import find_mentions

    def rnas(sentence: str) -> list[tuple[str, str]]:
        return [(m.entity.label, m.text) for m in find_mentions(sentence) if m.rna]

    # an lncRNA named by its HGNC symbol is that gene; others keep one label, as written
    assert rnas("Exosomal lncRNA H19 rose.") == [("H19", "lncRNA H19")]
    assert rnas("The lncRNA-1234-mediated effect.") == [("lncRNA-1234", "lncRNA-1234")]
    assert rnas("Vesicles carried circABC1 and hsa_circ_0012345.") == [
        ("circABC1", "circABC1"),
        ("circ_0012345", "hsa_circ_0012345"),
    ]
    assert rnas("Circulating lncRNAs in the circRNA profile rose.") == []
    assert ground_mention("lncRNA MALAT1", "gene").best is not None
    entity = ground_ncrna("circRNA_0012345")
    assert entity is not None and entity.label == "circ_0012345" and not entity.grounded


def test_proteins_the_evs_carry_in_a_list_are_each_cargo() -> None:
    from exoatlas.read.cargo import carried_genes

    def labels(sentence: str) -> list[str]:
        return [e.label for e in carried_genes(sentence)]

    assert labels("The EVs were enriched in miR-7, TSG-6 and HGF after priming.") == [
        "TNFAIP6",
        "HGF",
    ]
    assert labels(
        "Marrow MSC vesicles calmed the gut by secreting cytokines such as TGF-β and IL-10, "
        "along with small RNAs."
    ) == ["TGFB1", "IL10"]
    assert labels(
        "Vesicles containing growth factors such as hepatocyte growth factor (HGF) were made."
    ) == ["HGF"]
    # a long name with its symbol in brackets is its symbol
    assert labels("EVs carrying milk fat globule-EGF factor 8 (MFG-E8) were made.") == ["MFGE8"]
    # what the EVs changed is no cargo
    assert labels("EVs released by MSCs lowered cytokines such as IL-6 and IL-1β.") == []
    assert labels("The exosomal proteins reduced tumour necrosis factor (TNF) in mice.") == []


def test_the_evs_own_functions_enhanced_by_a_culture_step_are_their_effect() -> None:
    found = read_abstract(
        "Reparative functions of exosomes from stromal cells are enhanced by hypoxia treatment",
        "Mesenchymal stem cell exosomes were studied.",
    )
    assert ("tissue regeneration", "increase", "regenerative") in found, found
