"""The atlas as a Biolink graph: the nodes and edges that the KGX and GraphML exports write.

- Identifiers: the atlas keeps lower-case prefixes (``hgnc:``, ``mesh:``); here each becomes the
  prefix the Biolink model's prefix map spells (``HGNC:``, ``MESH:``, ``REACT:``), a project term
  with a public identifier becomes that identifier (``exoatlas:ev_exosome`` -> ``GO:0070062``,
  the project id kept as ``xref``), and the rest live under ``EXOATLAS:``, which the metadata
  declares (``curie_map``) with every other prefix Biolink does not list (``cellosaurus``).
- The MSC-EV product is a node: ``MSC source --produces--> product --has_part--> cargo`` and
  ``product --subclass_of--> EV type``; a product is its source, vesicle type, preconditioning,
  engineering and loading.
- One ``biolink:affects`` edge per claim (per cargo when it carries several) from the cargo (or
  the product, when none is named) to the process, with the claim key's context as Biolink
  qualifiers (disease, anatomical context, species, direction) and its targets and pathways as
  edges of their own (``biolink:regulates`` for a miRNA on a gene, else ``biolink:affects``, with
  the direction and aspect qualifiers).
- Every edge: publications (the ``PMID:`` or ``doi:`` of each document its evidence comes from;
  a document without either is published as ``EXOATLAS:document.<its id>``), the cited
  references, ``knowledge_level``, ``agent_type`` and ``primary_knowledge_source``. A node exists
  only as the end of an edge, so no node is an orphan.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from exoatlas.analyze.tabular import DocumentLookup, Flattener, cited_references, reference_text
from exoatlas.model import Claim, Entity
from exoatlas.vocab import rules

INFORES = "infores:exoatlas"
OWN_PREFIX = "EXOATLAS"
BIOLINK_VERSION = "4.4.6"
Value = str | float | int | bool | list[str]

# kgx 2.6 checks categories against ^([A-Z][a-z\d]+)+$, which rejects biolink:MicroRNA (and every
# class with 'RNA' in its name), so a miRNA is written as biolink:Transcript, its ancestor.
CATEGORY = {
    "mirna": "biolink:Transcript",
    "gene": "biolink:Gene",
    "disease": "biolink:Disease",
    "drug": "biolink:Drug",
    "cell_line": "biolink:CellLine",
    "cell_type": "biolink:Cell",
    "tissue": "biolink:AnatomicalEntity",
    "msc_source": "biolink:Cell",
    "ev_type": "biolink:CellularComponent",
    "process": "biolink:BiologicalProcess",
    "pathway": "biolink:Pathway",
    "isolation_method": "biolink:Procedure",
    "loading_method": "biolink:Procedure",
    "engineering": "biolink:Procedure",
    "preconditioning": "biolink:Procedure",
    "route": "biolink:Procedure",
    "other": "biolink:NamedThing",
}
PRODUCT_CATEGORY = "biolink:CellularComponent"


@cache
def generic_msc() -> Entity:
    """The source node of a finding whose MSC tissue is unstated."""
    return Entity(curie=rules.concept("generic_msc"), label="MSC", kind="msc_source", grounded=True)


@cache
def generic_ev() -> Entity:
    """The vesicle node of a finding whose EV term is unstated."""
    return Entity(
        curie=rules.concept("generic_ev"),
        label="extracellular vesicle",
        kind="ev_type",
        grounded=True,
    )


UNSPECIFIED_OUTCOME = Entity(label="unspecified outcome", kind="process", grounded=False)
OUTCOME_DIRECTION = {"increase": "increased", "decrease": "decreased"}
TARGET_DIRECTION = {"up": "increased", "down": "decreased"}


def _vocab_rows(name: str) -> list[dict[str, str]]:
    text = resources.files("exoatlas.vocab.data").joinpath(name).read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text), delimiter="\t"))


@cache
def prefix_table() -> dict[str, tuple[str, str]]:
    """atlas prefix -> (Biolink prefix, IRI to declare when Biolink does not list it)."""
    return {
        r["atlas_prefix"]: (r["biolink_prefix"], r["iri"])
        for r in _vocab_rows("biolink_prefixes.tsv")
    }


@cache
def public_ids() -> dict[str, str]:
    return {r["curie"]: r["public_curie"] for r in _vocab_rows("public_ids.tsv")}


@cache
def species_taxa() -> dict[str, str]:
    return {r["species"].casefold(): r["taxon"] for r in _vocab_rows("species_taxa.tsv")}


def declared_prefixes() -> dict[str, str]:
    """The prefixes the export uses that Biolink's prefix map lacks, with their IRIs."""
    return {biolink: iri for biolink, iri in prefix_table().values() if iri}


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", text).strip("_") or "unnamed"


def translate_curie(curie: str) -> str:
    """An atlas CURIE in the spelling Biolink uses (an unknown prefix goes under EXOATLAS:)."""
    prefix, _, local = curie.partition(":")
    known = prefix_table().get(prefix.casefold())
    if known is None:
        return f"{OWN_PREFIX}:xref.{_slug(prefix)}.{_slug(local)}"
    return f"{known[0]}:{local}"


def biolink_id(entity: Entity) -> str:
    """The node id of an entity: its public identifier in Biolink's spelling."""
    if entity.grounded and entity.curie:
        return translate_curie(public_ids().get(entity.curie, entity.curie))
    return f"{OWN_PREFIX}:ungrounded.{entity.kind}.{_slug(entity.label)}"


def document_publication(flat: Flattener, document_id: str) -> str:
    """``PMID:``/``doi:``/``PMC:`` of a document, else its id under the project's prefix."""
    return flat.publication(document_id) or f"{OWN_PREFIX}:document.{_slug(document_id)}"


@dataclass
class Node:
    id: str
    category: str
    name: str
    props: dict[str, Value] = field(default_factory=dict)


@dataclass
class Edge:
    id: str
    subject: str
    predicate: str
    object: str
    props: dict[str, Value] = field(default_factory=dict)


@dataclass
class BiolinkGraph:
    nodes: dict[str, Node] = field(default_factory=dict)
    edges: dict[str, Edge] = field(default_factory=dict)

    def node(self, entity: Entity) -> str:
        nid = biolink_id(entity)
        if nid not in self.nodes:
            props: dict[str, Value] = {
                "provided_by": [INFORES],
                "exoatlas_kind": entity.kind,
                "exoatlas_grounded": entity.grounded,
            }
            if entity.grounded and entity.curie and translate_curie(entity.curie) != nid:
                props["xref"] = [translate_curie(entity.curie)]
            self.nodes[nid] = Node(nid, CATEGORY[entity.kind], entity.label, props)
        return nid


def _agent(claims: Iterable[Claim]) -> str:
    curated = all(e.extractor.startswith("curated") for c in claims for e in c.evidence)
    return "manual_agent" if curated else "text_mining_agent"


def _product(graph: BiolinkGraph, claim: Claim) -> str:
    """The product node (and its producer and vesicle-type edges) of a claim."""
    f = claim.finding
    source = f.msc_source or generic_msc()
    ev = f.ev_type or generic_ev()
    parts = {
        "preconditioning": f.preconditioning,
        "engineering": f.engineering,
        "loading": f.loading,
    }
    key = "|".join(
        [source.key(), ev.key()] + [",".join(sorted(e.key() for e in v)) for v in parts.values()]
    )
    pid = f"{OWN_PREFIX}:product.{hashlib.sha1(key.encode()).hexdigest()[:12]}"
    if pid not in graph.nodes:
        extras = [e.label for v in parts.values() for e in v]
        name = f"{ev.label} from {source.label}" + (f" ({', '.join(extras)})" if extras else "")
        props: dict[str, Value] = {"provided_by": [INFORES], "exoatlas_kind": "product"}
        for slot, entities in parts.items():
            if entities:
                props[f"exoatlas_{slot}"] = [biolink_id(e) for e in entities]
        graph.nodes[pid] = Node(pid, PRODUCT_CATEGORY, name, props)
    _structural(graph, graph.node(source), "biolink:produces", pid, claim)
    _structural(graph, pid, "biolink:subclass_of", graph.node(ev), claim)
    return pid


def _structural(graph: BiolinkGraph, subject: str, predicate: str, obj: str, claim: Claim) -> None:
    """An edge shared by many claims: publications and claims accumulate."""
    digest = hashlib.sha1(f"{subject}|{predicate}|{obj}".encode()).hexdigest()[:16]
    eid = f"{OWN_PREFIX}:edge.{digest}"
    edge = graph.edges.get(eid)
    if edge is None:
        edge = graph.edges[eid] = Edge(
            eid,
            subject,
            predicate,
            obj,
            {
                "publications": [],
                "primary_knowledge_source": INFORES,
                "knowledge_level": "knowledge_assertion",
                "agent_type": "manual_agent",
                "exoatlas_claims": [],
            },
        )
    claims = edge.props["exoatlas_claims"]
    assert isinstance(claims, list)
    claims.append(claim.id)
    if _agent([claim]) == "text_mining_agent":
        edge.props["agent_type"] = "text_mining_agent"


def _context(claim: Claim) -> dict[str, Value]:
    """Biolink qualifiers for the context in the claim key."""
    f = claim.finding
    out: dict[str, Value] = {}
    if f.recipient.disease is not None:
        out["disease_context_qualifier"] = biolink_id(f.recipient.disease)
    anatomy = [e for e in (f.recipient.cell, f.recipient.tissue) if e is not None]
    if anatomy:
        out["anatomical_context_qualifier"] = [biolink_id(e) for e in anatomy]
    taxon = species_taxa().get((f.species or "").casefold())
    if taxon:
        out["species_context_qualifier"] = translate_curie(taxon)
    return out


def _attributes(claim: Claim, flat: Flattener, publications: list[str]) -> dict[str, Value]:
    f = claim.finding
    cited = [
        f"{ev.document} {ev.locator}: {reference_text(r)}"
        for ev in claim.evidence
        for r in cited_references(ev, flat.document(ev.document))
    ]
    attributes: dict[str, Value] = {
        "publications": publications,
        "primary_knowledge_source": INFORES,
        "knowledge_level": "knowledge_assertion",
        "agent_type": _agent([claim]),
        "has_confidence_score": round(claim.belief, 6),
        "evidence_count": len(claim.evidence),
        "supporting_text": [ev.text for ev in claim.evidence if ev.text],
        "exoatlas_claim": claim.id,
        "exoatlas_role": f.outcome.role,
        "exoatlas_model": f.model,
        "exoatlas_msc_source": biolink_id(f.msc_source or generic_msc()),
        "exoatlas_locators": [f"{ev.document} {ev.locator}" for ev in claim.evidence],
        "exoatlas_cited_references": cited,
    }
    if f.isolation:
        attributes["exoatlas_isolation"] = [biolink_id(e) for e in f.isolation]
    if f.recipient.cell_line is not None:
        attributes["exoatlas_cell_line"] = biolink_id(f.recipient.cell_line)
    if f.route is not None:
        attributes["exoatlas_route"] = biolink_id(f.route)
    return attributes


def biolink_graph(claims: Iterable[Claim], lookup: DocumentLookup | None = None) -> BiolinkGraph:
    """The Biolink graph of claims; ``lookup`` gives each document's ids and references."""
    graph = BiolinkGraph()
    flat = Flattener(lookup)
    for claim in claims:
        f = claim.finding
        publications = sorted({document_publication(flat, ev.document) for ev in claim.evidence})
        product = _product(graph, claim)
        for cargo in f.cargo:
            _structural(graph, product, "biolink:has_part", graph.node(cargo), claim)
        subjects: list[tuple[str, str]] = [(graph.node(c), c.kind) for c in f.cargo]
        subjects = subjects or [(product, "product")]
        context = _context(claim)
        attributes = _attributes(claim, flat, publications)
        process = graph.node(f.outcome.process or UNSPECIFIED_OUTCOME)
        for n, (subject, kind) in enumerate(subjects):
            suffix = f".{n}" if len(subjects) > 1 else ""
            base = f"{OWN_PREFIX}:claim.{claim.id}{suffix}"
            qualifiers: dict[str, Value] = {"qualified_predicate": "biolink:causes", **context}
            if f.outcome.direction in OUTCOME_DIRECTION:
                qualifiers["object_direction_qualifier"] = OUTCOME_DIRECTION[f.outcome.direction]
            attributes_here = dict(attributes)
            if kind != "product":  # the cargo's edge names the product that carries it
                attributes_here["exoatlas_product"] = product
            graph.edges[base] = Edge(
                base, subject, "biolink:affects", process, {**qualifiers, **attributes_here}
            )
            for slot, predicate_for in (("targets", kind), ("pathways", "pathway")):
                for i, directed in enumerate(getattr(f, slot)):
                    eid = f"{base}.{slot[:-1]}.{i}"
                    target = graph.node(directed.entity)
                    predicate = (
                        "biolink:regulates"
                        if predicate_for == "mirna" and directed.entity.kind == "gene"
                        else "biolink:affects"
                    )
                    q: dict[str, Value] = {"qualified_predicate": "biolink:causes", **context}
                    if slot == "targets":
                        q["object_aspect_qualifier"] = "activity_or_abundance"
                    if directed.direction in TARGET_DIRECTION:
                        q["object_direction_qualifier"] = TARGET_DIRECTION[directed.direction]
                    graph.edges[eid] = Edge(
                        eid, subject, predicate, target, {**q, **attributes_here}
                    )
    for edge in graph.edges.values():
        claims_here = edge.props.get("exoatlas_claims")
        if isinstance(claims_here, list):
            edge.props["exoatlas_claims"] = sorted(set(claims_here))
    _publications_of_structural(graph)
    return graph


def _publications_of_structural(graph: BiolinkGraph) -> None:
    """A shared edge's publications: the union over the claim edges that name the same claims."""
    by_claim: dict[str, set[str]] = {}
    for edge in graph.edges.values():
        claim_id = edge.props.get("exoatlas_claim")
        pubs = edge.props.get("publications")
        if isinstance(claim_id, str) and isinstance(pubs, list):
            by_claim.setdefault(claim_id, set()).update(pubs)
    for edge in graph.edges.values():
        claim_ids = edge.props.get("exoatlas_claims")
        if isinstance(claim_ids, list):
            edge.props["publications"] = sorted(
                {p for c in claim_ids for p in by_claim.get(c, set())}
            )
