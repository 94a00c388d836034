"""Exports: CSV and JSON Lines of claims, GraphML (one edge per claim) and KGX nodes/edges TSV.

KGX edges use Biolink: ``biolink:affects`` with a ``biolink:causes`` qualified predicate and an
``increased``/``decreased`` object direction qualifier, the source documents as publications,
``infores:exoatlas`` as primary knowledge source, ``knowledge_assertion`` and the agent type of
the extractor. An ungrounded entity gets an ``exoatlas:ungrounded.<kind>.<label>`` id.
"""

from __future__ import annotations

import csv
import json
import os
import re
import tempfile
from collections.abc import Sequence
from pathlib import Path

from exoatlas.errors import InputError
from exoatlas.model import Claim, Entity
from exoatlas.outputs import neutralise_cell

FORMATS = ("csv", "jsonl", "graphml", "kgx")
CATEGORY = {
    "mirna": "biolink:MicroRNA",
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
CSV_COLUMNS = (
    "id",
    "msc_source",
    "species",
    "ev_type",
    "cargo",
    "disease",
    "cell_line",
    "process",
    "direction",
    "role",
    "model",
    "targets",
    "pathways",
    "belief",
    "evidence",
    "documents",
    "locators",
)
KGX_NODE_COLUMNS = ("id", "category", "name", "provided_by", "grounded")
KGX_EDGE_COLUMNS = (
    "id",
    "subject",
    "predicate",
    "object",
    "qualified_predicate",
    "object_aspect_qualifier",
    "object_direction_qualifier",
    "publications",
    "primary_knowledge_source",
    "knowledge_level",
    "agent_type",
    "has_confidence_score",
    "exoatlas_role",
    "exoatlas_model",
)


def node_id(entity: Entity) -> str:
    if entity.grounded and entity.curie:
        return entity.curie
    slug = re.sub(r"[^A-Za-z0-9._-]+", "_", entity.label).strip("_") or "unnamed"
    return f"exoatlas:ungrounded.{entity.kind}.{slug}"


def _label(entity: Entity | None) -> str:
    return "" if entity is None else entity.label


def _subject(claim: Claim) -> Entity:
    finding = claim.finding
    if finding.cargo:
        return finding.cargo[0]
    if finding.msc_source is not None:
        return finding.msc_source
    if finding.ev_type is not None:
        return finding.ev_type
    return Entity(
        curie="exoatlas:ev_extracellular_vesicle",
        label="extracellular vesicle",
        kind="ev_type",
        grounded=True,
    )


def _object(claim: Claim) -> Entity:
    process = claim.finding.outcome.process
    return process or Entity(label="unspecified outcome", kind="process", grounded=False)


def _agent(claim: Claim) -> str:
    return (
        "manual_agent"
        if all(e.extractor.startswith("curated") for e in claim.evidence)
        else "text_mining_agent"
    )


def export(claims: Sequence[Claim], fmt: str, out: Path) -> list[str]:
    if fmt not in FORMATS:
        raise InputError(f"unknown format {fmt!r}; choose {', '.join(FORMATS)}")
    if out.exists() and not out.is_dir():
        raise InputError(f"{out} exists and is not a directory")
    out.mkdir(parents=True, exist_ok=True)
    writer = {"csv": _csv, "jsonl": _jsonl, "graphml": _graphml, "kgx": _kgx}[fmt]
    # written in a hidden folder beside the targets, then renamed: a failure leaves no
    # truncated file
    with tempfile.TemporaryDirectory(prefix=".exoatlas-export-", dir=out) as partial:
        done = []
        for path in writer(claims, Path(partial)):
            os.replace(path, out / path.name)
            done.append(out / path.name)
    return [str(p) for p in done]


def _csv(claims: Sequence[Claim], out: Path) -> list[Path]:
    path = out / "claims.csv"
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, CSV_COLUMNS)
        writer.writeheader()
        for c in claims:
            f = c.finding
            row = {
                "id": c.id,
                "msc_source": _label(f.msc_source),
                "species": f.species or "",
                "ev_type": _label(f.ev_type),
                "cargo": "; ".join(e.label for e in f.cargo),
                "disease": _label(f.recipient.disease),
                "cell_line": _label(f.recipient.cell_line),
                "process": _label(f.outcome.process),
                "direction": f.outcome.direction,
                "role": f.outcome.role,
                "model": f.model,
                "targets": "; ".join(f"{d.entity.label}:{d.direction}" for d in f.targets),
                "pathways": "; ".join(f"{d.entity.label}:{d.direction}" for d in f.pathways),
                "belief": c.belief,
                "evidence": len(c.evidence),
                "documents": "; ".join(sorted({e.document for e in c.evidence})),
                "locators": "; ".join(f"{e.document}: {e.locator}" for e in c.evidence),
            }
            writer.writerow({k: neutralise_cell(v) for k, v in row.items()})
    return [path]


def _jsonl(claims: Sequence[Claim], out: Path) -> list[Path]:
    path = out / "claims.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for claim in claims:
            fh.write(claim.model_dump_json() + "\n")
    return [path]


def _graphml(claims: Sequence[Claim], out: Path) -> list[Path]:
    import networkx as nx

    graph = nx.MultiDiGraph()
    for claim in claims:
        subject, obj = _subject(claim), _object(claim)
        for entity in (subject, obj):
            graph.add_node(
                node_id(entity), label=entity.label, kind=entity.kind, grounded=entity.grounded
            )
        f = claim.finding
        graph.add_edge(
            node_id(subject),
            node_id(obj),
            key=claim.id,
            claim=claim.id,
            direction=f.outcome.direction,
            role=f.outcome.role,
            model=f.model,
            belief=claim.belief,
            source=_label(f.msc_source),
            disease=_label(f.recipient.disease),
            evidence=len(claim.evidence),
        )
    path = out / "claims.graphml"
    nx.write_graphml(graph, path)
    return [path]


def _kgx(claims: Sequence[Claim], out: Path) -> list[Path]:
    nodes: dict[str, Entity] = {}
    edges = []
    for claim in claims:
        subject, obj = _subject(claim), _object(claim)
        for entity in (subject, obj, *claim.finding.cargo):
            nodes.setdefault(node_id(entity), entity)
        if claim.finding.recipient.disease is not None:
            nodes.setdefault(
                node_id(claim.finding.recipient.disease), claim.finding.recipient.disease
            )
        direction = {"increase": "increased", "decrease": "decreased"}.get(
            claim.finding.outcome.direction, ""
        )
        edges.append(
            {
                "id": f"exoatlas:{claim.id}",
                "subject": node_id(subject),
                "predicate": "biolink:affects",
                "object": node_id(obj),
                "qualified_predicate": "biolink:causes",
                "object_aspect_qualifier": "activity_or_abundance",
                "object_direction_qualifier": direction,
                "publications": "|".join(sorted({e.document for e in claim.evidence})),
                "primary_knowledge_source": "infores:exoatlas",
                "knowledge_level": "knowledge_assertion",
                "agent_type": _agent(claim),
                "has_confidence_score": claim.belief,
                "exoatlas_role": claim.finding.outcome.role,
                "exoatlas_model": claim.finding.model,
            }
        )
    node_path, edge_path = out / "nodes.tsv", out / "edges.tsv"
    with node_path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, KGX_NODE_COLUMNS, delimiter="\t")
        writer.writeheader()
        for nid, entity in sorted(nodes.items()):
            writer.writerow(
                {
                    "id": nid,
                    "category": CATEGORY[entity.kind],
                    "name": entity.label,
                    "provided_by": "infores:exoatlas",
                    "grounded": str(entity.grounded).lower(),
                }
            )
    with edge_path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, KGX_EDGE_COLUMNS, delimiter="\t")
        writer.writeheader()
        writer.writerows(edges)
    (out / "kgx_metadata.json").write_text(
        json.dumps(
            {
                "name": "exoatlas",
                "provided_by": "infores:exoatlas",
                "description": "MSC-EV findings from the curated literature, one edge per claim",
                "nodes": len(nodes),
                "edges": len(edges),
            },
            indent=2,
        ),
        encoding="utf-8",
    )
    return [node_path, edge_path, out / "kgx_metadata.json"]
