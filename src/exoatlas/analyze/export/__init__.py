"""Exports of the atlas: CSV/TSV of claims (the flattening in ``analyze.tabular``), JSON Lines of
claims in the atlas's own Claim shape, GraphML and KGX nodes/edges TSV (the Biolink graph in
``export.biolink``).

``--out``: kgx writes a directory (created if missing); csv, jsonl and graphml write one file, or
``claims.<format>`` inside ``out`` when ``out`` is an existing directory. Every file is written
to a temporary name beside its destination and renamed into place, so a failure leaves no
truncated file.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from exoatlas.analyze.export.biolink import (
    BIOLINK_VERSION,
    INFORES,
    OWN_PREFIX,
    BiolinkGraph,
    Value,
    biolink_graph,
    declared_prefixes,
)
from exoatlas.analyze.export.legacy import _object, _subject, node_id
from exoatlas.analyze.tabular import (
    DocumentLookup,
    claim_columns,
    claim_rows,
    write_table,
)
from exoatlas.errors import InputError
from exoatlas.model import Claim
from exoatlas.outputs import atomic_file

__all__ = ["FORMATS", "_object", "_subject", "export", "node_id"]

FORMATS = ("csv", "tsv", "jsonl", "graphml", "kgx")
SUFFIX = {"csv": ".csv", "tsv": ".tsv", "jsonl": ".jsonl", "graphml": ".graphml"}
KGX_NODE_COLUMNS = ("id", "category", "name", "xref", "provided_by")
KGX_EDGE_COLUMNS = ("id", "subject", "predicate", "object")


def export(
    claims: Sequence[Claim],
    fmt: str,
    out: Path,
    lookup: DocumentLookup | None = None,
    *,
    per_evidence: bool = False,
) -> list[str]:
    """Write the claims in ``fmt`` to ``out``; the paths written."""
    if fmt not in FORMATS:
        raise InputError(f"unknown format {fmt!r}; choose {', '.join(FORMATS)}")
    if fmt == "kgx":
        if out.exists() and not out.is_dir():
            raise InputError(f"{out} exists and is not a directory (kgx writes a directory)")
        out.mkdir(parents=True, exist_ok=True)
        return [str(p) for p in _kgx(biolink_graph(claims, lookup), out)]
    path = out / f"claims{SUFFIX[fmt]}" if out.is_dir() else out
    if not path.parent.is_dir():
        raise InputError(f"directory {str(path.parent)!r} does not exist")
    if fmt == "graphml":
        _graphml(biolink_graph(claims, lookup), path)
    elif fmt == "jsonl":  # the atlas's own Claim shape, one per line: lossless, re-loadable
        with atomic_file(path) as fh:
            for claim in claims:
                fh.write(claim.model_dump_json() + "\n")
    else:
        with atomic_file(path) as fh:
            write_table(
                claim_rows(claims, lookup, per_evidence=per_evidence),
                fmt,
                fh,
                claim_columns(per_evidence),
            )
    return [str(path)]


def _tsv_value(value: Value) -> str:
    """A KGX TSV cell: lists joined with '|', no tab, newline or '|' inside a value."""

    def clean(text: str) -> str:
        return " ".join(text.replace("|", "/").split())

    if isinstance(value, list):
        return "|".join(clean(v) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return clean(str(value))


def _write_tsv(path: Path, columns: list[str], rows: list[dict[str, Value]]) -> None:
    with atomic_file(path) as fh:
        fh.write("\t".join(columns) + "\n")
        for row in rows:
            fh.write("\t".join(_tsv_value(row.get(c, "")) for c in columns) + "\n")


def _columns(fixed: tuple[str, ...], rows: list[dict[str, Value]]) -> list[str]:
    extra = sorted({k for row in rows for k in row if k not in fixed})
    return [*fixed, *extra]


def _kgx(graph: BiolinkGraph, out: Path) -> list[Path]:
    nodes: list[dict[str, Value]] = [
        {"id": n.id, "category": [n.category], "name": n.name, **n.props}
        for n in sorted(graph.nodes.values(), key=lambda n: n.id)
    ]
    edges: list[dict[str, Value]] = [
        {"id": e.id, "subject": e.subject, "predicate": e.predicate, "object": e.object, **e.props}
        for e in sorted(graph.edges.values(), key=lambda e: e.id)
    ]
    node_path, edge_path, meta_path = (
        out / "nodes.tsv",
        out / "edges.tsv",
        out / "kgx_metadata.json",
    )
    _write_tsv(node_path, _columns(KGX_NODE_COLUMNS, nodes), nodes)
    _write_tsv(edge_path, _columns(KGX_EDGE_COLUMNS, edges), edges)
    metadata = {
        "name": "exoatlas",
        "description": "MSC-EV findings with provenance: MSC source -> EV product -> cargo -> "
        "process, one biolink:affects edge per claim with its context as qualifiers",
        "provided_by": INFORES,
        "biolink_version": BIOLINK_VERSION,
        "curie_map": declared_prefixes(),
        "own_prefix": OWN_PREFIX,
        "nodes": len(nodes),
        "edges": len(edges),
    }
    with atomic_file(meta_path) as fh:
        fh.write(json.dumps(metadata, indent=2) + "\n")
    return [node_path, edge_path, meta_path]


def _graphml(graph: BiolinkGraph, path: Path) -> None:
    import networkx as nx

    g = nx.MultiDiGraph()
    for n in graph.nodes.values():
        g.add_node(n.id, category=n.category, name=n.name, **_graphml_attrs(n.props))
    for e in graph.edges.values():
        g.add_edge(
            e.subject, e.object, key=e.id, id=e.id, predicate=e.predicate, **_graphml_attrs(e.props)
        )
    with atomic_file(path, binary=True) as fh:
        nx.write_graphml(g, fh)


def _graphml_attrs(props: dict[str, Value]) -> dict[str, str | float | int | bool]:
    """GraphML holds scalars: a list becomes a '|'-joined string; empty lists are left out."""
    out: dict[str, str | float | int | bool] = {}
    for key, value in props.items():
        if isinstance(value, list):
            if value:
                out[key] = "|".join(value)
        else:
            out[key] = value
    return out
