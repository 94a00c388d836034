"""Documents -> findings: the sentence reader.

Per sentence: mentions (MSC source, EV type, cargo, recipient, targets, pathways), outcome
processes and their directions from the polarity lexicon (one finding per outcome), role from the
outcome and its context, model cues, negation and hedging, and citation markers resolved against
the document's reference list. The MSC source, EV type and disease carry over from earlier
sentences of the same section when a sentence does not repeat them ("These exosomes also ...").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from exoatlas.ingest.references import citation_numbers
from exoatlas.ingest.text import TextDocument
from exoatlas.model import Directed, Entity, Evidence, Finding, Outcome, Recipient, Record, Role
from exoatlas.read.locate import section_sentences, sentence_locator
from exoatlas.read.mentions import Mention, find_mentions
from exoatlas.read.outcome import DOWN, UP, parse_outcomes
from exoatlas.read.sentences import split_sentences
from exoatlas.vocab.hierarchy import refines

EXTRACTOR = "reader:sentence/0.1"
CONFIDENCE = 0.6
NEOPLASM = "mesh:D009369"
_EV = re.compile(
    r"\b(exosom\w*|extracellular vesicles?|EVs?|microvesicles?|MVs?|secretome|"
    r"MSCs?-Exo|Exos?|(?:these|such|the) (?:nano)?vesicles)\b",
    re.IGNORECASE,
)
_MSC = re.compile(r"\b(MSCs?|mesenchymal|stromal)\b", re.IGNORECASE)
_MSC_WORDS = ("msc", "mesenchymal", "stromal")  # every _MSC match contains one
_ABOUT_EV = re.compile(r"exosom|extracellular vesicle|microvesicle|\bEVs?\b", re.IGNORECASE)
# exosomes of tumour cells acting on MSCs: a different story
_TUMOUR_EV = re.compile(
    r"\b(?:tumou?r|cancer|carcinoma)(?:[- ]cells?)?[- ](?:derived )?(?:exosom|extracellular ves)"
    r"|(?:exosom|vesicle)\w* (?:derived |released |secreted )?(?:from|of|by) "
    r"(?:\w+ ){0,2}(?:tumou?r|cancer|carcinoma)",
    re.IGNORECASE,
)
_NEGATION = re.compile(r"\b(not|no|failed to|neither|nor|without)\b", re.IGNORECASE)
_HEDGE = re.compile(
    r"\b(may|might|could|possibly|probably|suggest\w*|likely|perhaps)\b", re.IGNORECASE
)
_CARGO_VERB = re.compile(
    r"\b(transfer\w*|deliver\w*|carr\w*|contain\w*|load\w*|enrich\w*|"
    r"shuttl\w*|transport\w*|secret\w*|via|exosomal)\b",
    re.IGNORECASE,
)
_TARGET_DOWN = re.compile(rf"\b(?:{DOWN}|target\w*)\w*\W+(?:\w+\W+){{0,3}}$", re.IGNORECASE)
_TARGET_UP = re.compile(rf"\b(?:{UP})\w*\W+(?:\w+\W+){{0,3}}$", re.IGNORECASE)
MODEL_CUES = (
    ("human", re.compile(r"\b(patients?|participants|clinical trial|volunteers)\b", re.I)),
    (
        "animal",
        re.compile(
            r"\b(mice|mouse|rats?|murine|pigs?|rodents?|in vivo|animal|xenograft\w*)\b", re.I
        ),
    ),
    ("in_vitro", re.compile(r"\b(in vitro|in culture|cultured|cell lines?)\b", re.I)),
)
# MeSH 'diseases' that in these texts name a culture condition or a lesion, not the recipient
CONDITION_NOT_RECIPIENT = {
    "Hypoxia",
    "Infarction",
    "Inflammation",
    "Necrosis",
    "Fibrosis",
    "Edema",
    "Disease",
    "Neoplasms",
    "Wounds and Injuries",
    "Syndrome",
}
PRO_WHEN_UP = {
    "go:0001525",
    "exoatlas:process_tumor_growth",
    "go:0008283",
    "go:0016477",
    "mesh:D009361",
    "mesh:D009362",
    "mesh:D019008",
    "go:0001837",
    "exoatlas:outcome_stemness",
}
REGENERATIVE_UP = {
    "go:0001525",
    "go:0008283",
    "go:0042246",
    "go:0042060",
    "mesh:D009416",
    "go:0031103",
    "go:0022008",
    "exoatlas:outcome_functional_recovery",
}


ReadRecord = Record  # the one (finding, evidence) type, exoatlas.model.Record


def about_msc_ev(document: TextDocument) -> bool:
    """Is this document about extracellular vesicles from MSCs?

    Yes when one sentence among the first three paragraphs of any section (for a PubMed record:
    the title or the abstract) names both an EV and MSCs ('exosomes derived from bone marrow
    MSCs'); a paper naming each in different places, or tumour exosomes acting on MSCs, does not
    count.
    """
    for section in document.sections:
        for paragraph in section.paragraphs[:3]:
            lowered = paragraph.casefold()
            if not any(word in lowered for word in _MSC_WORDS):
                continue  # a cheap literal test first: most abstracts never name MSCs
            if not (_ABOUT_EV.search(paragraph) and _MSC.search(paragraph)):
                continue
            for sentence in split_sentences(paragraph):
                ev = _ABOUT_EV.search(sentence)
                msc = _MSC.search(sentence)
                if ev and msc and not _TUMOUR_EV.search(sentence):
                    return True
    return False


def _inside_gene_name(sentence: str, mention: Mention) -> bool:
    """'B cell lymphoma 2 (Bcl-2)': a disease word inside a protein's name."""
    after = sentence[mention.end : mention.end + 12]
    return bool(re.match(r"\s*\d|[- ]?(?:like|associated|related) protein", after))


def _model(sentence: str) -> str:
    found = [name for name, cue in MODEL_CUES if cue.search(sentence)]
    if "in_vitro" in found and "animal" in found:
        return "mixed"
    return found[0] if found else "unknown"


def outcome_role(process: Entity, direction: str, disease: Entity | None, sentence: str) -> Role:
    cancer = bool(disease and disease.curie and refines(disease.curie, NEOPLASM)) or bool(
        re.search(r"tumou?r|cancer|carcinoma|glioma|leuk|lymphoma|myeloma|sarcoma", sentence, re.I)
    )
    curie = process.curie or ""
    if direction not in ("increase", "decrease"):
        return "unknown"
    if cancer:
        harmful = curie in PRO_WHEN_UP
        return "pro_tumor" if (direction == "increase") == harmful else "anti_tumor"
    if direction == "increase" and curie in REGENERATIVE_UP:
        return "regenerative"
    if direction == "decrease" and curie not in REGENERATIVE_UP:
        return "protective"
    return "unknown"


def _directed(sentence: str, mentions: list[Mention], kind: str) -> list[Directed]:
    out = []
    for m in mentions:
        if m.entity.kind != kind:
            continue
        before = sentence[max(0, m.start - 60) : m.start]
        direction = (
            "down"
            if _TARGET_DOWN.search(before)
            else ("up" if _TARGET_UP.search(before) else "unknown")
        )
        out.append(Directed(entity=m.entity, direction=direction))  # type: ignore[arg-type]
    return out


def read_document(document: TextDocument, *, force: bool = False) -> Iterator[ReadRecord]:
    """Findings of one document (nothing for a document not about MSC-EVs unless ``force``)."""
    if not force and not about_msc_ev(document):
        return
    references = {r.number for r in document.references}
    for section in document.sections:
        context = _Context()
        for index, sentence in enumerate(section_sentences(section), start=1):
            yield from _read_sentence(
                document.id, section.title, index, sentence, context, references
            )


Slots = dict[str, Entity | None]


def _slots(sentence: str, mentions: list[Mention]) -> Slots:
    """The product and disease a sentence names (what later sentences inherit)."""
    source = next((m.entity for m in mentions if m.entity.kind == "msc_source"), None)
    if source is None and _MSC.search(sentence):
        source = Entity(curie="exoatlas:msc", label="MSC", kind="msc_source", grounded=True)
    ev = next((m.entity for m in mentions if m.entity.kind == "ev_type"), None)
    disease = next(
        (
            m.entity
            for m in mentions
            if m.entity.kind == "disease"
            and m.entity.label not in CONDITION_NOT_RECIPIENT
            and not _inside_gene_name(sentence, m)
        ),
        None,
    )
    return {"source": source, "ev": ev, "disease": disease}


class _Context:
    """Earlier sentences of a section; their mentions are found only when a later sentence
    needs to inherit something ('These exosomes also ...'), so sentences without an outcome
    cost no lexicon lookups unless they are needed."""

    def __init__(self) -> None:
        self._sentences: list[str] = []
        self._slots: dict[int, Slots] = {}

    def add(self, sentence: str, slots: Slots | None = None) -> None:
        if slots is not None:
            self._slots[len(self._sentences)] = slots
        self._sentences.append(sentence)

    def get(self, slot: str) -> Entity | None:
        """The latest earlier sentence's value for ``slot``."""
        for i in range(len(self._sentences) - 1, -1, -1):
            slots = self._slots.get(i)
            if slots is None:
                sentence = self._sentences[i]
                slots = self._slots[i] = _slots(sentence, find_mentions(sentence))
            if slots[slot] is not None:
                return slots[slot]
        return None


def _read_sentence(
    doc_id: str,
    section: str,
    index: int,
    sentence: str,
    context: _Context,
    references: set[int],
) -> Iterable[ReadRecord]:
    outcomes = parse_outcomes(sentence)
    if not outcomes:
        context.add(sentence)
        return []
    mentions = find_mentions(sentence)
    own = _slots(sentence, mentions)
    source, ev = own["source"], own["ev"]
    by_kind: dict[str, list[Mention]] = {}
    for m in mentions:
        by_kind.setdefault(m.entity.kind, []).append(m)
    mirnas = [m.entity for m in by_kind.get("mirna", [])]
    cargo = list(mirnas)
    for m in by_kind.get("gene", []) + by_kind.get("drug", []) + by_kind.get("other", []):
        before = sentence[max(0, m.start - 40) : m.start]
        if _CARGO_VERB.search(before) and not _TARGET_DOWN.search(before):
            cargo.append(m.entity)
    inherited = {slot: own[slot] or context.get(slot) for slot in own}
    context.add(sentence, own)
    mentions_product = bool(source or ev or cargo or _EV.search(sentence))
    if not mentions_product:
        return []
    seen: set[str] = set()
    targets = []
    for d in _directed(sentence, mentions, "gene"):
        if d.entity not in cargo and d.entity.key() not in seen:
            seen.add(d.entity.key())
            targets.append(d)
    pathways = _directed(sentence, mentions, "pathway")
    recipient = Recipient(
        cell=by_kind["cell_type"][0].entity if "cell_type" in by_kind else None,
        cell_line=by_kind["cell_line"][0].entity if "cell_line" in by_kind else None,
        tissue=by_kind["tissue"][0].entity if "tissue" in by_kind else None,
        disease=inherited["disease"],
    )
    cites = [f"ref:{n}" for n in citation_numbers(sentence) if not references or n in references]
    evidence = Evidence(
        document=doc_id,
        locator=sentence_locator(section, index),
        text=sentence,
        cites=cites,
        extractor=EXTRACTOR,
        negated=bool(_NEGATION.search(sentence)),
        hedged=bool(_HEDGE.search(sentence)),
        confidence=CONFIDENCE,
    )
    records = []
    for process, direction in outcomes:
        if not process.grounded:
            continue
        finding = Finding(
            msc_source=inherited["source"],
            ev_type=inherited["ev"]
            or Entity(curie="exoatlas:ev_exosome", label="exosome", kind="ev_type", grounded=True),
            cargo=cargo,
            recipient=recipient,
            targets=targets,
            pathways=pathways,
            outcome=Outcome(
                process=process,
                direction=direction,  # type: ignore[arg-type]
                role=outcome_role(process, direction, recipient.disease, sentence),
            ),
            model=_model(sentence),  # type: ignore[arg-type]
        )
        records.append(ReadRecord(finding, evidence))
    return records
