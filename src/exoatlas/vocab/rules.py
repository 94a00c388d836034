"""The rules that judge a finding, as data: one source for the reader, compare, audit, conflicts,
eval and design.

Every table lives in ``vocab/data`` with a ``source`` column and loads lazily, once:

- ``polarity.tsv``        trigger stems (verbs and their nouns; ``word``: a whole word only;
                          ``verb``: only where the tagger reads a verb) ->
                          increase / decrease / restore,
                          and the prefixes ``anti-`` / ``pro-``; ``restore`` (restore, rescue,
                          protect) takes its direction from the object's valence
- ``process_cues.tsv``    words that name a process in running text -> the process label the
                          vocabulary grounds; ``context`` says where a cue counts ('growth' is
                          tumour growth only in a tumour context; ``window``: only in the
                          keyword window's reading of a whole clause, for names the grounder
                          knows in a parsed object: 'sneezing')
- ``go_processes.tsv``    GO biological processes with synonyms (go.db, via
                          scripts/build_go_processes.py)
- ``valence.tsv``         per process (or entity kind): harmful / beneficial / neutral outside a
                          tumour, and what its increase means in a tumour (pro_tumor / anti_tumor)
- ``go_valence.tsv``      the same, inherited by the other GO processes from their nearest GO
                          ancestors (is_a, part_of) with a row in valence.tsv, where those agree
                          (scripts/build_go_valence.py); valence.tsv wins
- ``role_rules.tsv``      valence x direction x context -> role
- ``effect_heads.tsv``    head nouns of effect phrases the vocabulary does not name ('tear volume',
                          'corneal integrity') -> harmful / beneficial / measure
- ``verb_valence.tsv``    trigger verbs that presuppose their object's valence ('alleviate' a harm,
                          'restore' a good)
- ``cues.tsv``            model cues, inhibitor forms, condition cues, triage cues, negation,
                          hedges: read through ``vocab.cues``
- ``concepts.tsv``        the few concepts rules refer to by name (neoplasm, generic MSC, ...)
- ``extractor_confidence.tsv``  per extraction-pattern family, its measured error rate (counts
                          included) and the evidence confidence derived from it

Typical use::

    from exoatlas.vocab import rules
    rules.role(process, "decrease", tumour=False)        # 'protective' for fibrosis
    rules.polarity_of("mitigated")                       # 'decrease'
    rules.confidence("deep:verb")                        # measured, e.g. 0.71
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Literal

from exoatlas.model import Entity, Role
from exoatlas.vocab import Term, cues, fold, lookup, read_tsv, split_names
from exoatlas.vocab.hierarchy import refines

Polarity = Literal["increase", "decrease", "restore"]
Valence = Literal["harmful", "beneficial", "neutral"]


@dataclass(frozen=True)
class PolarityEntry:
    """A trigger stem ('mitigat' covers mitigate, mitigated, mitigation)."""

    stem: str
    polarity: Polarity
    pos: str  # verb_or_noun | prefix | word (a whole word, not a stem) | verb (tagged a verb)
    source: str


@dataclass(frozen=True)
class ProcessCue:
    """Words naming a process in running text."""

    order: int
    pattern: re.Pattern[str]
    stems: tuple[str, ...]
    process: str  # the label the vocabulary grounds
    flips: bool  # 'sensitivity' names drug resistance, reversed
    context: str  # any | tumour | other | window
    named_alone_is_change: bool  # no verb: 'wound healing' up; on a flip row, down
    source: str


@dataclass(frozen=True)
class ProcessValence:
    curie: str
    label: str
    valence: Valence
    tumour_increase: str  # pro_tumor | anti_tumor | neutral
    source: str


@dataclass(frozen=True)
class ExtractorRate:
    """How often one pattern family of the reader is right, measured on the dev gold."""

    family: str
    read: int
    correct: int
    confidence: float
    measured_on: str
    source: str

    @property
    def error_rate(self) -> float:
        return round(1.0 - self.confidence, 3)


# --- polarity ---------------------------------------------------------------------------------


@cache
def polarity_lexicon() -> tuple[PolarityEntry, ...]:
    return tuple(
        PolarityEntry(r["stem"], r["polarity"], r["pos"], r["source"])  # type: ignore[arg-type]
        for r in read_tsv("polarity.tsv")
    )


@cache
def _stems() -> tuple[tuple[str, Polarity], ...]:
    # longest stem first: 'up-regulat' before 'rais'
    entries = [(e.stem, e.polarity) for e in polarity_lexicon() if e.pos == "verb_or_noun"]
    return tuple(sorted(entries, key=lambda e: -len(e[0])))


@cache
def _whole_words() -> dict[str, Polarity]:
    """Rows whose stem is a whole word ('word'): 'slow' is a trigger, 'slowly' is not."""
    return {e.stem: e.polarity for e in polarity_lexicon() if e.pos == "word"}


@cache
def _verb_stems() -> dict[str, Polarity]:
    return {e.stem: e.polarity for e in polarity_lexicon() if e.pos == "verb"}


def verb_polarity_of(word: str, tag: str) -> Polarity | None:
    """The polarity of a word that is a trigger only as a verb ('repair' in 'the EVs repair the
    lesion', not 'tissue repair'; 'contributed' in 'the EVs contributed to X'): the word, exactly,
    tagged a verb."""
    if not tag.startswith("VB"):
        return None
    lowered = word.casefold()
    return _verb_stems().get(lowered) or _verb_stems().get(lowered.removesuffix("s"))


@cache
def verb_trigger_pattern() -> re.Pattern[str]:
    """Any verb-only trigger word (a sentence holding one is worth parsing)."""
    stems = "|".join(re.escape(s) for s in sorted(_verb_stems()))
    return re.compile(rf"\b(?:{stems})s?\b" if stems else r"(?!)", re.IGNORECASE)


# endings of a stem cut before a verb's 'e' ('up-regulat') and of a whole verb ('re-establish')
_HYPHENATED_ENDINGS = (("e", "es", "ed", "ing", "ion", "ions"), ("", "es", "ed", "ing", "ment"))


@cache
def hyphenated_triggers() -> tuple[str, ...]:
    """The written forms of the lexicon's hyphenated trigger stems ('up-regulation',
    'down-regulated', 're-established'), lower case, capitalised and in Title Case: the parser's
    tokenizer splits a word at its hyphens, and 'the up-regulation of X' would leave 'regulation'
    as the head noun. A stem cut before a verb's 'e' ('up-regulat') takes the verb's and the
    noun's endings, a whole verb ('re-establish') its own."""
    forms = {
        stem + ending
        for stem, _ in _stems()
        if "-" in stem
        for ending in _HYPHENATED_ENDINGS[not stem.endswith("at")]
    }
    return tuple(
        sorted(forms | {f[:1].upper() + f[1:] for f in forms} | {f.title() for f in forms})
    )


def polarity_of(word: str) -> Polarity | None:
    """The polarity of a trigger word ('mitigated' -> decrease, 'rescue' -> restore)."""
    return _polarity_of(word.casefold())


@cache
def _stems_by_length() -> tuple[tuple[int, dict[str, Polarity]], ...]:
    """The stems grouped by length, longest first; the first row of a stem wins, as in _stems."""
    grouped: dict[int, dict[str, Polarity]] = {}
    for stem, polarity in _stems():
        grouped.setdefault(len(stem), {}).setdefault(stem, polarity)
    return tuple(sorted(grouped.items(), reverse=True))


@lru_cache(maxsize=65536)  # words repeat: one look-up per stem length per distinct word
def _polarity_of(lowered: str) -> Polarity | None:
    if lowered in _whole_words():
        return _whole_words()[lowered]
    for length, stems in _stems_by_length():
        found = stems.get(lowered[:length]) if len(lowered) >= length else None
        if found is not None:
            return found
    return None


def prefix_polarity(word: str) -> tuple[Polarity, str] | None:
    """'anti-apoptotic' -> (decrease, 'apoptotic'); None for a word without such a prefix."""
    lowered = word.casefold()
    for entry in polarity_lexicon():
        if entry.pos != "prefix":
            continue
        # 'antiapoptotic' is written solid, 'pro' needs its hyphen ('protein', 'process')
        for joint in ("-", "") if entry.stem == "anti" else ("-",):
            head = entry.stem + joint
            rest = lowered[len(head) :]
            if lowered.startswith(head) and len(rest) > 3:
                return entry.polarity, rest
    return None


@cache
def polarity_pattern() -> re.Pattern[str]:
    """Any trigger word, with the named group ``up``, ``down`` or ``restore`` that matched."""
    groups = {"increase": "up", "decrease": "down", "restore": "restore"}
    parts = []
    for polarity, name in groups.items():
        stems = [re.escape(s) for s, p in _stems() if p == polarity]
        stems += [rf"{re.escape(w)}\b" for w, p in _whole_words().items() if p == polarity]
        parts.append(f"(?P<{name}>{'|'.join(stems)})")
    return re.compile(rf"\b(?:{'|'.join(parts)})\w*", re.IGNORECASE)


# --- processes --------------------------------------------------------------------------------


@cache
def process_cues() -> tuple[ProcessCue, ...]:
    rows = sorted(read_tsv("process_cues.tsv"), key=lambda r: int(r["order"]))
    return tuple(
        ProcessCue(
            order=int(r["order"]),
            pattern=re.compile(r["cue"]),
            stems=tuple(s for s in r["stems"].split(";") if s),
            process=r["process"],
            flips=r["flips"] == "yes",
            context=r["context"],
            named_alone_is_change=r["named_alone_is_change"] == "yes",
            source=r["source"],
        )
        for r in rows
    )


@cache
def _go_index() -> dict[str, tuple[str, str]]:
    index: dict[str, tuple[str, str]] = {}
    rows = read_tsv("go_processes.tsv")
    for row in rows:  # labels first: a label never loses to another term's synonym
        index.setdefault(fold(row["label"]), (row["curie"], row["label"]))
    for row in rows:
        for name in split_names(row["synonyms"]):
            index.setdefault(fold(name), (row["curie"], row["label"]))
    return index


def go_process(name: str) -> Entity | None:
    """The GO biological process named exactly ``name`` (label or synonym), or None."""
    hit = _go_index().get(fold(name))
    if hit is None:
        return None
    return Entity(curie=hit[0], label=hit[1], kind="process", grounded=True, text=name)


def process_entity(label: str) -> Entity:
    """A process label of the rule tables as an entity: the curated vocabulary first, then GO;
    ungrounded (never dropped) when neither names it."""
    term = lookup(label, "process") or _mesh_processes().get(fold(label))
    if term is not None:
        return term.entity()
    # or a MeSH disease by its label ('Hypertension, Pulmonary' for a raised RVSP)
    term = _mesh_diseases().get(label)
    if term is not None:
        return term.entity()
    return go_process(label) or Entity(label=label, kind="process", grounded=False)


@cache
def _mesh_diseases() -> dict[str, Term]:
    from exoatlas.vocab import mesh

    return {term.label: term for term in mesh.diseases()}


@cache
def _mesh_processes() -> dict[str, Term]:
    from exoatlas.vocab import mesh

    index: dict[str, Term] = {}
    for term in mesh.extra_terms():
        if term.kind == "process":
            for name in (term.label, *term.synonyms):
                index.setdefault(fold(name), term)
    return index


# --- valence and role -------------------------------------------------------------------------


@cache
def valences() -> dict[str, ProcessValence]:
    """Every process's valence: the hand rows of valence.tsv over those GO processes inherit
    (go_valence.tsv)."""
    return {
        r["curie"]: ProcessValence(
            r["curie"],
            r["label"],
            r["valence"],  # type: ignore[arg-type]
            r["tumour_increase"],
            r["source"],
        )
        for name in ("go_valence.tsv", "valence.tsv")
        for r in read_tsv(name)
    }


def valence(entity: Entity) -> ProcessValence | None:
    """The valence of a process, phenotype or disease (a disease by its kind's default)."""
    table = valences()
    if entity.curie and entity.curie in table:
        return table[entity.curie]
    return table.get(f"kind:{entity.kind}")


@cache
def _role_rules() -> dict[tuple[str, str, str], Role]:
    return {
        (r["valence"], r["direction"], r["context"]): r["role"]  # type: ignore[misc]
        for r in read_tsv("role_rules.tsv")
    }


def no_change_role() -> Role:
    """The role of a change the text denies ('did not increase X'): ``role_rules.tsv``'s
    'no_change' row."""
    return _role_rules().get(("any", "no_change", "negated"), "unknown")


def role(process: Entity, direction: str, *, tumour: bool, effector: bool = False) -> Role:
    """Role of a change: the valence of what changed x its direction x the disease context (a
    tumour; or cells that are the disease, ``effector``: a behaviour that feeds a tumour harms
    when those cells show it, and bone or mineral made where it is the disease, ``cues.tsv``
    'effector_growth_process', is a harm: ``role_rules.tsv``'s 'effector_growth' rows)."""
    found = valence(process)
    if found is None or direction not in ("increase", "decrease"):
        return "unknown"
    if effector and cues.cue("effector_exempt_process").search(process.label):
        # 'activated autoreactive T cells': an immune cell's own immune work is the harm, not a
        # tumour-like behaviour of cells that are the disease
        effector = False
    context = "tumour" if tumour else "effector_cells" if effector else ""
    rules = _role_rules()
    key: tuple[str, str, str] = (found.valence, direction, "other")
    if context and found.tumour_increase != "neutral":
        key = (found.tumour_increase, direction, context)
    elif (
        context == "effector_cells"
        and (found.valence, direction, "effector_growth") in rules
        and cues.cue_found("effector_growth_process", process.label)
    ):
        # a repair that is the disease where it is made ('ossification' in a study of ectopic
        # bone): ``role_rules.tsv``'s 'effector_growth' rows
        key = (found.valence, direction, "effector_growth")
    return rules.get(key, "unknown")


@cache
def _effect_heads() -> dict[str, str]:
    return {r["head"]: r["valence"] for r in read_tsv("effect_heads.tsv")}


def effect_head(word: str) -> str | None:
    """What the head noun of an effect phrase the vocabulary does not name says of it:
    harmful ('tubular damage'), beneficial ('corneal integrity'), measure ('tear volume': no
    valence of its own), or None (not known as the head of an effect)."""
    return _effect_heads().get(word.casefold())


@cache
def _marker_readouts() -> dict[str, tuple[str, bool]]:
    out: dict[str, tuple[str, bool]] = {}
    for r in read_tsv("marker_readouts.tsv"):
        for name in r["marker"].split(";"):
            out[_marker_key(name)] = (r["process"], r["raised_means"] == "decrease")
    return out


def _marker_key(name: str) -> str:
    """A marker's name with a hyphen and a space alike ('cleaved-caspase 3', 'cleaved caspase-3',
    'IL 6' and 'IL-6' are each one name; the reader joins 'cleaved_caspase-3' before parsing)."""
    return " ".join(name.casefold().replace("-", " ").replace("_", " ").split())


def marker_readout(name: str) -> tuple[Entity, bool] | None:
    """The process a marker gene or product reads out ('IL-6' -> inflammatory response; 'IL-10'
    the same, opposite: True when a raised marker means less of the process), or None."""
    # ('troponin I.' at a sentence's end: the tokenizer keeps the period on a lone capital)
    key = " ".join(name.casefold().split()).rstrip(".")
    # 'Ki67-positive cells', 'PCNA+ hepatocytes', 'TUNEL-positive tubular cells': the marker the
    # cells are counted by
    key = re.sub(r"(?:[- ]?(?:positive|\+))(?: [a-z]+)*$", "", key)
    found = _marker_readouts().get(_marker_key(key))
    if found is None:
        return None
    return process_entity(found[0]), found[1]


@cache
def _verb_valences() -> tuple[tuple[str, str], ...]:
    rows = [(r["stem"], r["object_valence"]) for r in read_tsv("verb_valence.tsv")]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


def object_valence(trigger: str) -> str | None:
    """The valence a trigger verb presupposes of its object: one alleviates or worsens a harm
    (harmful), restores or preserves a good (beneficial); None for a verb that says nothing."""
    lowered = trigger.casefold()
    return next((v for stem, v in _verb_valences() if lowered.startswith(stem)), None)


def valence_role(valence: str, direction: str, *, tumour: bool) -> Role:
    """Role of a change of something known only by a valence word (an effect the vocabulary does
    not name). In a tumour context such a valence does not say whose harm it is: unknown."""
    if tumour or valence not in ("harmful", "beneficial"):
        return "unknown"
    return _role_rules().get((valence, direction, "other"), "unknown")


def restore_direction(process: Entity) -> str:
    """'rescued apoptosis' lowers it; 'restored function' raises it; unknown without a valence."""
    found = valence(process)
    if found is None or found.valence == "neutral":
        return "unknown"
    return "decrease" if found.valence == "harmful" else "increase"


# --- concepts ---------------------------------------------------------------------------------


@cache
def _concepts() -> dict[str, str]:
    return {r["name"]: r["value"] for r in read_tsv("concepts.tsv")}


def concept(name: str) -> str:
    """A concept rules refer to by name ('neoplasm' -> its CURIE)."""
    return _concepts()[name]


def tumour_disease(curie: str) -> bool:
    """Is a disease a tumour context: a neoplasm in MeSH, but not one only by being a cyst
    (MeSH files Cysts, and with them polycystic ovary syndrome, under Neoplasms) or an
    autoimmune paraneoplastic syndrome of the nerves or the eye (and with those myasthenia
    gravis and limbic encephalitis; the endocrine ones, a tumour's hormones, stay)?"""
    return refines(curie, concept("neoplasm")) and not any(
        refines(curie, concept(name))
        for name in ("cyst", "paraneoplastic_nervous", "paraneoplastic_ocular")
    )


def concept_entity(name: str, kind: str) -> Entity:
    """A named concept as a grounded entity, labelled as the vocabulary labels it."""
    curie = concept(name)
    for term in _terms_by_curie(kind):
        if term[0] == curie:
            return Entity(curie=curie, label=term[1], kind=kind, grounded=True)  # type: ignore[arg-type]
    return Entity(curie=curie, label=name, kind=kind, grounded=True)  # type: ignore[arg-type]


@cache
def _terms_by_curie(kind: str) -> tuple[tuple[str, str], ...]:
    from exoatlas.vocab import curated_terms

    return tuple((t.curie, t.label) for t in curated_terms() if t.kind == kind)


@cache
def _disease_trees() -> dict[str, tuple[str, ...]]:
    from exoatlas.vocab import mesh

    return {t.curie: t.tree_numbers for t in mesh.diseases() if t.tree_numbers}


@cache
def _curated_diseases() -> frozenset[str]:
    from exoatlas.vocab import mesh

    return frozenset(t.curie for t in mesh.extra_terms() if t.kind == "disease")


def is_recipient_disease(entity: Entity) -> bool:
    """A disease that can be what EVs act on: MeSH trees of diseases and mental disorders, not
    behaviour or psychology ('Attention', 'Affect'). The disease lexicon holds only those trees,
    so a descriptor it does not know is not a disease, unless exoatlas curated it as one."""
    if entity.kind != "disease" or not entity.curie:
        return entity.kind == "disease"
    trees = _disease_trees().get(entity.curie)
    if not trees:
        return entity.curie in _curated_diseases()
    allowed = tuple(concept("recipient_disease_trees").split(";"))
    return any(tree.startswith(allowed) for tree in trees)


# --- measured confidence ----------------------------------------------------------------------


@cache
def extractor_rates() -> dict[str, ExtractorRate]:
    return {
        r["family"]: ExtractorRate(
            r["family"],
            int(r["read"]),
            int(r["correct"]),
            float(r["confidence"]),
            r["measured_on"],
            r["source"],
        )
        for r in read_tsv("extractor_confidence.tsv")
    }


def confidence(family: str) -> float:
    """The evidence confidence of a pattern family: 1 - its measured error rate."""
    return extractor_rates()[family].confidence


# the rules of conflicts, designs and compare (issue 19) live beside these, in analysis_rules
from exoatlas.vocab.analysis_rules import (  # noqa: E402
    ContextField,
    DiseaseEquivalent,
    OutcomePhrase,
    TitleCue,
    beneficial_first,
    conflict_context,
    disease_equivalents,
    inhibitor_target,
    opposed_roles,
    outcome_phrases,
    process_families,
    rewrite_outcome,
    roles_oppose,
    route_cues,
    routes_stated,
    split_diseases,
    title_cues,
)

__all__ = [
    "ContextField",
    "DiseaseEquivalent",
    "ExtractorRate",
    "OutcomePhrase",
    "PolarityEntry",
    "ProcessCue",
    "ProcessValence",
    "TitleCue",
    "beneficial_first",
    "concept",
    "concept_entity",
    "confidence",
    "conflict_context",
    "disease_equivalents",
    "effect_head",
    "extractor_rates",
    "go_process",
    "inhibitor_target",
    "is_recipient_disease",
    "object_valence",
    "opposed_roles",
    "outcome_phrases",
    "polarity_lexicon",
    "polarity_of",
    "polarity_pattern",
    "prefix_polarity",
    "process_cues",
    "process_entity",
    "process_families",
    "restore_direction",
    "rewrite_outcome",
    "role",
    "roles_oppose",
    "route_cues",
    "routes_stated",
    "split_diseases",
    "title_cues",
    "valence",
    "valence_role",
    "valences",
]
