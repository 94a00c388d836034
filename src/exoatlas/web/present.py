"""How the web UI names things for people: human labels for every field, role and kind, documents
by title, evidence with its place, search snippets. No I/O except through the ``Documents`` cache,
which asks the atlas once per document and request."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from markupsafe import Markup, escape

from exoatlas.atlas import Atlas
from exoatlas.model import Document, Evidence, Finding

ROLE_LABELS = {
    "pro_tumor": "pro-tumour",
    "anti_tumor": "anti-tumour",
    "regenerative": "regenerative",
    "protective": "protective",
    "pathogenic": "pathogenic",
    "neutral": "neutral",
    "unknown": "role not stated",
}
MODEL_LABELS = {
    "in_vitro": "in vitro",
    "animal": "animal model",
    "human": "in humans",
    "mixed": "mixed models",
    "unknown": "model not stated",
}
CONFLICT_LABELS = {
    "explained": "explained by context",
    "unexplained": "unexplained",
    "context_dependent_role": "context-dependent role",
}
FIELD_LABELS = {
    "msc_source": "MSC source",
    "species": "species",
    "ev_type": "EV type",
    "preconditioning": "preconditioning",
    "engineering": "engineering",
    "isolation": "isolation",
    "loading": "loading",
    "cargo": "cargo",
    "cell": "recipient cell",
    "cell_line": "cell line",
    "tissue": "tissue",
    "disease": "disease",
    "targets": "target",
    "pathways": "pathway",
    "process": "process",
    "outcome": "outcome",
    "model": "model",
    "route": "route",
    "document": "source document",
    "role": "role",
    "q": "text",
    # discrepancy kinds
    "table_vs_text": "table vs text",
    "citation_vs_reference": "citation vs reference",
    "misplaced_row": "misplaced row",
    "duplicate_reference": "duplicate reference",
    "cross_document": "across documents",
    "internal_definition": "definitions differ",
    # trial fields
    "cell_source": "cell source",
    "cell_type": "cell type",
    "condition": "condition",
    "location": "location",
    "participants": "participants",
    "phase": "phase",
    # design sections and goals
    "targeting": "targeting",
    "regenerate": "regenerate tissue",
    "treat_tumor": "treat a tumour",
    "deliver_drug": "deliver a drug",
    "gmp": "GMP readiness",
    "purity": "purity",
    "yield": "yield",
    "scale": "scale",
}
KIND_LABELS = {
    "mirna": "miRNA",
    "gene": "gene or protein",
    "disease": "disease",
    "drug": "drug",
    "cell_line": "cell line",
    "cell_type": "cell type",
    "tissue": "tissue",
    "msc_source": "MSC source",
    "ev_type": "EV type",
    "process": "process",
    "pathway": "pathway",
    "isolation_method": "isolation method",
    "loading_method": "loading method",
    "engineering": "engineering",
    "preconditioning": "preconditioning",
    "route": "route",
    "other": "other",
}
EXTRACTOR_LABELS = {
    "curated:text": "curated from the text",
    "curated:table": "curated from a table",
}
DOI = re.compile(r"\bdoi:\s*(10\.\d{4,9}/\S+?)(?=[\s;,)]|$)", re.IGNORECASE)
SEED_ID = re.compile(r"\b\d{3}_[0-9a-f]{16}\b")
SNAKE_WORD = re.compile(r"(?<![\w:/.])[a-z]+(?:_[a-z]+)+\b")
PMID = re.compile(r"\bpmid:\s*(\d+)", re.IGNORECASE)
NOT_BUNDLED = "not bundled: run `exoatlas build --corpus DIR` with the open-access review text"


def role_label(role: str) -> str:
    return ROLE_LABELS.get(role, human(role))


def model_label(model: str) -> str:
    return MODEL_LABELS.get(model, human(model))


def human(name: str | None) -> str:
    """A person's word for a field, role, kind or conflict kind (never snake_case); roles and
    model systems share the word "unknown", so they have ``role_label`` and ``model_label``."""
    if name is None:
        return ""
    if name == "unknown":
        return "not stated"
    for table in (ROLE_LABELS, CONFLICT_LABELS, FIELD_LABELS, KIND_LABELS, MODEL_LABELS):
        if name in table:
            return table[name]
    if name in EXTRACTOR_LABELS:
        return EXTRACTOR_LABELS[name]
    return name.replace("_", " ").replace(":", ": ")


def doi_of(document: Document | None) -> str | None:
    if document is None:
        return None
    if document.doi:
        return document.doi
    found = DOI.search(document.source or "") or DOI.search(document.id)
    return found.group(1) if found else None


def pmid_of(document: Document | None) -> str | None:
    if document is None:
        return None
    if document.pmid:
        return document.pmid
    found = PMID.search(document.id) or PMID.search(document.source or "")
    return found.group(1) if found else None


def short_citation(document: Document) -> str:
    """'Hassanzadeh et al., Stem Cell Res Ther 2021' from the source line, else the title."""
    source = (document.source or "").split(";")[0].split(" (")[0].strip()
    if source and not source.startswith(("/", ".")) and document.kind == "curated":
        return source
    return document.title or document.id


@dataclass
class Documents:
    """Documents by id for one request, so evidence and facets name them by title."""

    atlas: Atlas
    cache: dict[str, Document | None] = field(default_factory=dict)

    def get(self, document_id: str) -> Document | None:
        """The document without its reference list (what naming it needs)."""
        if document_id not in self.cache:
            self.cache[document_id] = self.atlas.store.get_document(document_id, references=False)
        return self.cache[document_id]

    def title(self, document_id: str) -> str:
        document = self.get(document_id)
        return (document.title if document and document.title else None) or document_id

    def cite(self, document_id: str) -> str:
        document = self.get(document_id)
        return short_citation(document) if document else document_id

    def doi(self, document_id: str) -> str | None:
        return doi_of(self.get(document_id))

    def name_ids(self, text: str) -> str:
        """``text`` for people: seed-style document ids replaced by their short citation, and
        vocabulary names written with underscores (bone_marrow) in words."""
        text = SEED_ID.sub(lambda m: self.cite(m.group()), text)
        return SNAKE_WORD.sub(lambda m: m.group().replace("_", " "), text)


def missing_text(evidence: Evidence) -> str:
    """What to say where a sentence is not stored (a clone without ../shared); empty for table
    rows, whose curated row is the finding itself."""
    if evidence.text or evidence.locator.startswith("Table"):
        return ""
    return f"sentence {NOT_BUNDLED}"


def snippet(evidence: list[Evidence], query: str | None, width: int = 240) -> Markup:
    """The best evidence sentence for a result, cut around the first query word, words marked."""
    texts = [e.text for e in evidence if e.text]
    if not texts:
        return Markup("")
    words = [w for w in re.findall(r"[\w-]{3,}", query or "") if w]
    pattern = re.compile("|".join(re.escape(w) for w in words), re.IGNORECASE) if words else None
    text = next((t for t in texts if pattern and pattern.search(t)), texts[0])
    start = 0
    if pattern and (hit := pattern.search(text)) and hit.start() > width // 3:
        start = text.rfind(" ", 0, hit.start() - width // 3) + 1
    cut = text[start : start + width]
    prefix = "…" if start else ""
    suffix = "…" if start + width < len(text) else ""
    if pattern is None:
        return escape(prefix + cut + suffix)
    out = Markup(escape(prefix))
    last = 0
    for hit in pattern.finditer(cut):
        out += escape(cut[last : hit.start()]) + Markup("<mark>") + escape(hit.group())
        out += Markup("</mark>")
        last = hit.end()
    return out + escape(cut[last:] + suffix)


def context_of(finding: Finding) -> str:
    """The disease (or cell) context of a finding, for graph edges and pair headings."""
    recipient = finding.recipient
    for entity in (recipient.disease, recipient.cell_line, recipient.cell, recipient.tissue):
        if entity is not None:
            return entity.label
    return "no disease stated"
