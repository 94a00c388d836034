"""Pydantic models: the one schema source for JSON output, the API and the store.

The shapes follow ``CONTRACT.md`` exactly; fields may be added, never renamed or dropped.
"""

from __future__ import annotations

import json
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field
from pydantic.dataclasses import dataclass

EntityKind = Literal[
    "mirna",
    "gene",
    "disease",
    "drug",
    "cell_line",
    "cell_type",
    "tissue",
    "msc_source",
    "ev_type",
    "process",
    "pathway",
    "isolation_method",
    "loading_method",
    "engineering",
    "preconditioning",
    "route",
    "other",
]
ENTITY_KINDS: tuple[str, ...] = EntityKind.__args__  # type: ignore[attr-defined]

Role = Literal[
    "pro_tumor", "anti_tumor", "regenerative", "protective", "pathogenic", "neutral", "unknown"
]
ROLES: tuple[str, ...] = Role.__args__  # type: ignore[attr-defined]

ModelSystem = Literal["in_vitro", "animal", "human", "mixed", "unknown"]
MODEL_SYSTEMS: tuple[str, ...] = ModelSystem.__args__  # type: ignore[attr-defined]

TargetDirection = Literal["up", "down", "unknown"]
OutcomeDirection = Literal["increase", "decrease", "unknown"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Entity(_Model):
    """A named thing: grounded to a CURIE, or explicitly ungrounded with its text kept."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    curie: str | None = Field(None, description="prefix:id in a standard or the exoatlas namespace")
    label: str = Field(description="preferred label")
    kind: EntityKind = Field(description="what sort of thing this is")
    grounded: bool = Field(False, description="true when curie identifies the thing")
    text: str | None = Field(None, description="the mention as written, when it differs from label")

    def key(self) -> str:
        """Identity used for merging: the CURIE when grounded, else kind + folded label."""
        if self.grounded and self.curie:
            return self.curie
        return f"ungrounded:{self.kind}:{self.label.casefold()}"


class Directed(_Model):
    """A target gene or pathway with the direction the finding moves it."""

    entity: Entity = Field(description="the target or pathway")
    direction: TargetDirection = Field("unknown", description="up, down or unknown")


class Recipient(_Model):
    """What the vesicles act on."""

    cell: Entity | None = Field(None, description="recipient cell type")
    cell_line: Entity | None = Field(None, description="recipient cell line")
    tissue: Entity | None = Field(None, description="recipient tissue or organ")
    disease: Entity | None = Field(None, description="disease or condition of the recipient")


class Outcome(_Model):
    """The process that changes, which way, and what that means."""

    process: Entity | None = Field(None, description="biological process")
    direction: OutcomeDirection = Field("unknown", description="increase, decrease or unknown")
    role: Role = Field("unknown", description="what the change means for the patient")


class Finding(_Model):
    """The n-ary unit of knowledge: product -> cargo -> recipient -> targets/pathways -> outcome."""

    msc_source: Entity | None = Field(None, description="tissue the MSCs come from")
    species: str | None = Field(None, description="species of the MSC donor when stated")
    ev_type: Entity | None = Field(None, description="vesicle type as reported")
    preconditioning: list[Entity] = Field(default_factory=list, description="culture treatments")
    engineering: list[Entity] = Field(
        default_factory=list, description="genetic or surface changes"
    )
    isolation: list[Entity] = Field(default_factory=list, description="isolation methods")
    loading: list[Entity] = Field(default_factory=list, description="cargo loading methods")
    cargo: list[Entity] = Field(default_factory=list, description="molecules carried")
    recipient: Recipient = Field(default_factory=Recipient, description="what the EVs act on")
    targets: list[Directed] = Field(default_factory=list, description="target genes")
    pathways: list[Directed] = Field(default_factory=list, description="signalling pathways")
    outcome: Outcome = Field(default_factory=Outcome, description="process changed")
    model: ModelSystem = Field("unknown", description="experimental system")
    route: Entity | None = Field(None, description="route of administration")

    def entities(self) -> list[tuple[str, Entity]]:
        """Every entity with the slot it fills, for indexing."""
        out: list[tuple[str, Entity]] = []
        for slot in ("msc_source", "ev_type", "route"):
            value = getattr(self, slot)
            if value is not None:
                out.append((slot, value))
        for slot in ("preconditioning", "engineering", "isolation", "loading", "cargo"):
            out.extend((slot, e) for e in getattr(self, slot))
        for slot in ("cell", "cell_line", "tissue", "disease"):
            value = getattr(self.recipient, slot)
            if value is not None:
                out.append((slot, value))
        out.extend(("targets", d.entity) for d in self.targets)
        out.extend(("pathways", d.entity) for d in self.pathways)
        if self.outcome.process is not None:
            out.append(("process", self.outcome.process))
        return out

    def key(self) -> str:
        """Full identity of a finding (every field, order-free); claims merge on a coarser key,
        see ``exoatlas.assemble.claim_key``."""

        def ent(e: Entity | None) -> str | None:
            return None if e is None else e.key()

        def ents(items: list[Entity]) -> list[str]:
            return sorted({e.key() for e in items})

        def directed(items: list[Directed]) -> list[tuple[str, str]]:
            return sorted({(d.entity.key(), d.direction) for d in items})

        core = {
            "msc_source": ent(self.msc_source),
            "species": (self.species or "").casefold() or None,
            "ev_type": ent(self.ev_type),
            "preconditioning": ents(self.preconditioning),
            "engineering": ents(self.engineering),
            "isolation": ents(self.isolation),
            "loading": ents(self.loading),
            "cargo": ents(self.cargo),
            "recipient": [
                ent(self.recipient.cell),
                ent(self.recipient.cell_line),
                ent(self.recipient.tissue),
                ent(self.recipient.disease),
            ],
            "targets": directed(self.targets),
            "pathways": directed(self.pathways),
            "outcome": [ent(self.outcome.process), self.outcome.direction, self.outcome.role],
            "model": self.model,
            "route": ent(self.route),
        }
        return json.dumps(core, sort_keys=True, separators=(",", ":"))


class Evidence(_Model):
    """One place that states a finding."""

    document: str = Field(description="stable document id")
    locator: str = Field(description="where in the document, human-readable")
    text: str | None = Field(None, description="the stating text span, when stored")
    cites: list[str] = Field(
        default_factory=list, description="citation markers, resolved as ref:N"
    )
    extractor: str = Field(description="what produced it: curated, table reader, sentence reader")
    negated: bool = Field(False, description="the statement is negated")
    hedged: bool = Field(False, description="the statement is hedged")
    confidence: float = Field(ge=0.0, le=1.0, description="probability the extraction is right")
    curation_note: str | None = Field(None, description="curator's note: repairs, contradictions")
    heading: str | None = Field(
        None, description="table or section heading the evidence sits under"
    )
    retracted: bool = Field(False, description="the stating paper has been retracted")
    disputed: list[str] = Field(
        default_factory=list, description="ids of audit items that put this evidence in doubt"
    )


@dataclass(frozen=True)
class Record:
    """A finding and the one evidence item that states it: what a reader, the curated tables and
    a shard give, what the store stores and what assembly merges into claims."""

    finding: Finding = Field(description="what is stated")
    evidence: Evidence = Field(description="where it is stated")


class Claim(_Model):
    """A finding with all of its evidence merged and a belief."""

    id: str = Field(description="stable claim id")
    finding: Finding = Field(description="the normalised finding")
    evidence: list[Evidence] = Field(description="every place stating it")
    belief: float = Field(gt=0.0, le=1.0, description="noisy-OR belief over the evidence")
    disputed: list[str] = Field(
        default_factory=list, description="ids of audit items that dispute its evidence"
    )


class Reference(_Model):
    """An entry of a document's reference list."""

    number: int = Field(ge=1, description="number in the reference list")
    text: str | None = Field(None, description="the entry as printed")
    first_author: str | None = Field(None, description="first author's surname")
    title: str | None = Field(None, description="article title")
    journal: str | None = Field(None, description="journal")
    year: int | None = Field(None, description="publication year")
    pmid: str | None = Field(None, description="PubMed id of the cited work, when known")
    doi: str | None = Field(None, description="DOI of the cited work, when known")


DiscrepancyKind = Literal[
    "table_vs_text",
    "citation_vs_reference",
    "misplaced_row",
    "duplicate_reference",
    "cross_document",
    "internal_definition",
]


class Discrepancy(_Model):
    """An error inside review documents, naming both places and the conflicting values."""

    kind: DiscrepancyKind = Field(description="which check found it")
    document: str = Field(description="document id (the first, for cross-document reports)")
    location: str = Field(description="both places, 'A vs B', or every place involved")
    cites: list[str] = Field(default_factory=list, description="references involved (ref:N)")
    message: str = Field(description="the conflicting values, in a sentence")
    id: str | None = Field(None, description="stable id of the item (audit:...), when kept")
    document_name: str | None = Field(None, description="the document's title or file name")


class Document(_Model):
    """A source document: a review, a paper, a PubMed record or a table."""

    id: str = Field(description="stable id: seed name, pmid:N or content hash")
    title: str | None = Field(None, description="title")
    kind: str = Field(
        "text", description="format or origin: curated, text, medline, jats, pdf, table"
    )
    source: str | None = Field(None, description="where it came from (path or citation)")
    pmid: str | None = Field(None, description="its own PubMed id, when it has one")
    doi: str | None = Field(None, description="its own DOI, when it has one")
    references: list[Reference] = Field(default_factory=list, description="reference list")
    audit: list[Discrepancy] = Field(
        default_factory=list, description="the audit of this document, kept with it"
    )
    retracted: bool = Field(False, description="the publication is marked retracted")


class SourcedValue(_Model):
    """A value together with the source that states it; disagreeing values sit side by side."""

    value: str = Field(description="the value as stated")
    source: str = Field(description="document id and locator that state it")


class Trial(_Model):
    """A registered clinical trial with every field's values kept per source."""

    nct: str = Field(pattern=r"^NCT\d{8}$", description="ClinicalTrials.gov id")
    fields: dict[str, list[SourcedValue]] = Field(default_factory=dict, description="field values")
    disagreements: list[str] = Field(
        default_factory=list, description="fields whose sources differ"
    )


class EvDefinition(_Model):
    """One source's definition of an EV subtype, never merged with another source's."""

    subtype: str = Field(description="exosome, microvesicle, apoptotic body, small EV ...")
    size_min_nm: float | None = Field(None, description="lower size bound, nm")
    size_max_nm: float | None = Field(None, description="upper size bound, nm")
    markers: list[str] = Field(default_factory=list, description="marker proteins or lipids")
    biogenesis: str | None = Field(None, description="how it forms, in brief")
    document: str = Field(description="defining document")
    locator: str = Field(description="where it is defined")


MethodAspect = Literal[
    "principle",
    "advantage",
    "drawback",
    "yield",
    "purity",
    "time",
    "scalability",
    "integrity",
    "cost",
    "recovery",
    "efficiency",
    "biodistribution",
    "pharmacokinetics",
]
FactStatus = Literal["stated", "verified", "unverified"]


class MethodFact(_Model):
    """One statement about an isolation, loading or engineering method or a route, with source."""

    method: Entity = Field(description="the method or route")
    aspect: MethodAspect = Field(description="what the statement is about")
    value: str = Field(description="the statement; ratings are low / medium / high, fast / slow")
    source: str = Field(description="document and locator, or FACTS.md entry")
    status: FactStatus = Field(description="stated by a seed, or FACTS.md verified / unverified")


class ScoredEntity(Entity):
    """An entity candidate with its grounding score."""

    score: float = Field(ge=0.0, le=1.0, description="exact 1.0 > synonym 0.9 > alias 0.8 > fuzzy")


class GroundResult(_Model):
    """Grounding of one mention (CONTRACT: text, matches, ambiguous)."""

    text: str = Field(description="the mention")
    matches: list[ScoredEntity] = Field(description="candidates, best first")
    ambiguous: bool = Field(description="the best candidates name different concepts")
    parts: list[str] = Field(default_factory=list, description="parts of a compound mention")


class UngroundedEntity(_Model):
    """An entity no vocabulary resolved, with how many claims use it."""

    label: str = Field(description="label as curated or read")
    kind: EntityKind = Field(description="entity kind")
    claims: int = Field(description="claims using it")


class GroundingReport(_Model):
    """How much of the atlas is grounded to identifiers."""

    mentions: int = Field(description="entity mentions across claims")
    grounded: int = Field(description="of which grounded to a CURIE")
    grounded_fraction: float = Field(description="grounded / mentions")
    ungrounded: list[UngroundedEntity] = Field(description="the ungrounded entities")


ConflictKind = Literal["explained", "unexplained", "context_dependent_role"]
CONFLICT_KINDS: tuple[str, ...] = ConflictKind.__args__  # type: ignore[attr-defined]


class Conflict(_Model):
    """Two claims moving the same process in opposite directions for the same cargo or target,
    or (context_dependent_role) the same way with opposed roles in different diseases."""

    a: str = Field(
        description="claim id: the increase; for a context-dependent role, the protective,"
        " regenerative or anti-tumour claim"
    )
    b: str = Field(
        description="claim id: the decrease; for a context-dependent role, the pro-tumour or"
        " pathogenic claim"
    )
    process: Entity = Field(description="the process both claims are about")
    kind: ConflictKind = Field(
        description="explained by context, unexplained, or the same agent's opposite roles in"
        " different contexts (context_dependent_role)"
    )
    differs_in: list[str] = Field(description="context fields whose values differ")
    shared: list[str] = Field(default_factory=list, description="what ties the pair together")
    between_documents: bool = Field(False, description="the claims come from different documents")
    disputed: list[str] = Field(
        default_factory=list, description="ids of audit items disputing either claim's evidence"
    )


CheckStatus = Literal["pass", "fail", "unknown"]


class SizeStats(_Model):
    """Size-distribution statistics of one preparation (nm; concentration per mL when known)."""

    mean_nm: float = Field(description="weighted mean size")
    mode_nm: float = Field(description="most frequent size (bin centre)")
    median_nm: float = Field(description="D50")
    d10_nm: float = Field(description="10th percentile")
    d50_nm: float = Field(description="50th percentile")
    d90_nm: float = Field(description="90th percentile")
    span: float = Field(description="(D90 - D10) / D50")
    concentration_per_ml: float | None = Field(
        None, description="particles per mL in the measured sample, as the instrument reports it"
    )
    particles: float = Field(description="total weight (particles, counts or percent)")
    weighting: str = Field(
        "number", description="what the statistics weight by: number, intensity (DLS) or volume"
    )
    dilution: float | None = Field(None, description="dilution factor the file records")
    stock_concentration_per_ml: float | None = Field(
        None, description="particles per mL in the undiluted sample, when a dilution is recorded"
    )


class ChecklistItem(_Model):
    """One item of a reporting checklist."""

    item: str = Field(description="what a report should show")
    status: CheckStatus = Field(description="pass, fail, or unknown when not described")
    detail: str | None = Field(None, description="what was found")


class Replicate(_Model):
    """One video, position or run of a measurement, with the instrument's own numbers."""

    label: str = Field(description="video file name, position or record")
    concentration_per_ml: float | None = Field(None, description="as the instrument states it")
    d50_nm: float | None = Field(None, description="as the instrument states it")
    mean_nm: float | None = Field(None, description="as the instrument states it")
    mode_nm: float | None = Field(None, description="as the instrument states it")
    valid: bool = Field(True, description="False when the video recorded no particles")


class Measurement(_Model):
    """How a sample was measured, as its export says (MISEV asks for instrument settings)."""

    instrument: str | None = Field(None, description="make, model and software as written")
    settings: dict[str, str | float | int] = Field(
        default_factory=dict,
        description="temperature_c, camera_level, detection_threshold, videos, positions, "
        "serial_number, software_version, z_average_nm, pdi, concentration_cv, d50_cv ...",
    )
    stated: dict[str, float] = Field(
        default_factory=dict, description="the instrument's own statistics (e.g. average D50)"
    )
    replicates: list[Replicate] = Field(default_factory=list, description="videos, each kept")


class QCSample(_Model):
    """The QC report of one preparation (CONTRACT.md QC output)."""

    name: str = Field(description="sample name")
    instrument: str | None = Field(None, description="NTA, TRPS, DLS, flow cytometry")
    stats: SizeStats = Field(description="size statistics")
    subtype_fractions: dict[str, dict[str, float]] = Field(
        description="definition source -> subtype -> fraction of particles inside its size range"
    )
    purity: dict[str, Any] = Field(description="particle:protein ratio and its class")
    misev2018: list[ChecklistItem] = Field(description="MISEV2018 minimal information")
    completeness: float = Field(description="EV-METRIC-like: reported / applicable components")
    ev_metric: list[ChecklistItem] = Field(default_factory=list, description="its components")
    warnings: list[str] = Field(default_factory=list, description="what a reviewer would ask")
    measurement: Measurement | None = Field(None, description="instrument, settings, videos")
    overlapping: dict[str, list[str]] = Field(
        default_factory=dict,
        description="definition source -> its subtypes whose size ranges overlap (their "
        "fractions add to more than 100 %)",
    )


class QCReport(_Model):
    samples: list[QCSample] = Field(description="one report per sample")


DesignGoal = Literal["regenerate", "treat_tumor", "deliver_drug"]
DesignPriority = Literal["purity", "yield", "scale", "gmp"]
DESIGN_GOALS: tuple[str, ...] = DesignGoal.__args__  # type: ignore[attr-defined]
DESIGN_PRIORITIES: tuple[str, ...] = DesignPriority.__args__  # type: ignore[attr-defined]
DatasetKind = Literal["loading", "biodistribution"]
DATASET_KINDS: tuple[str, ...] = DatasetKind.__args__  # type: ignore[attr-defined]


class Rec(_Model):
    """One recommendation: what, why, the claims behind it, and a score when one is computed."""

    option: str = Field(description="the option recommended (or 'no evidence')")
    rationale: str = Field(description="why, in a sentence, with the numbers behind it")
    claims: list[str] = Field(default_factory=list, description="supporting claim ids")
    facts: list[str] = Field(default_factory=list, description="sourced facts cited (fact:...)")
    score: float | None = Field(None, description="ranking score; None when not ranked")
    disputed: list[str] = Field(
        default_factory=list, description="audit items disputing the evidence of its claims"
    )


class DesignReport(_Model):
    """An evidence-backed MSC-EV therapy design (CONTRACT.md design output)."""

    indication: Entity = Field(description="the indication as grounded")
    goal: DesignGoal = Field(description="regenerate, treat_tumor or deliver_drug")
    sections: dict[str, list[Rec]] = Field(
        description="msc_source, preconditioning, isolation, loading, targeting, route"
    )
    risks: list[Rec] = Field(description="what could go wrong, with evidence")
    disclaimer: str = Field(description="what this is and is not")


class Stats(_Model):
    """Counts over the atlas."""

    claims: int = Field(description="number of claims")
    evidence: int = Field(description="number of evidence items")
    documents: int = Field(description="number of documents")
    trials: int = Field(description="number of trials")
    by_role: dict[str, int] = Field(default_factory=dict, description="claims per outcome role")
    by_source: dict[str, int] = Field(default_factory=dict, description="claims per MSC source")
    by_disease: dict[str, int] = Field(default_factory=dict, description="claims per disease")
    by_model: dict[str, int] = Field(default_factory=dict, description="claims per model system")
    by_document: dict[str, int] = Field(default_factory=dict, description="evidence per document")
