"""Run ``kgx validate`` on an exoatlas KGX export, offline; print a JSON summary.

Run with the KGX environment's Python (``.venv-kgx/bin/python``, made by install_kgx.sh)::

    .venv-kgx/bin/python scripts/kgx_validate.py EXPORT_DIR [EXPORT_DIR ...]

kgx fetches the Biolink schema, the predicate map and a JSON-LD context from the web when it
starts. Here bmt is pointed at the schema inside the ``biolink-model`` wheel with an empty
predicate map, and the JSON-LD context is built from that schema: its own prefixes plus the
wheel's Biolink prefix map (the one Biolink's context.jsonld is generated from). The prefixes the
export declares for itself in ``kgx_metadata.json`` (``curie_map``: its own namespace and any
standard one Biolink does not list) are added, as any consumer of the graph must. Prints one JSON
object: for each directory, the number of errors and their counts by level and type (kgx's own
report is written beside the export as kgx_validation.txt). Exit 0 when kgx reports no error in
any directory, 1 otherwise.
"""

from __future__ import annotations

import json
import sys
from importlib import resources
from pathlib import Path
from typing import Any


def biolink_context(extra: dict[str, str]) -> dict[str, Any]:
    import yaml

    root = resources.files("biolink_model")
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    text = (root / "schema" / "biolink_model.yaml").read_text(encoding="utf-8")
    schema = yaml.load(text, Loader=loader)
    prefix_map = json.loads(
        (root / "prefixmaps" / "biolink-model-prefix-map.json").read_text(encoding="utf-8")
    )
    context: dict[str, Any] = {"@vocab": "https://w3id.org/biolink/vocab/"}
    for name, value in prefix_map.items():
        context[name] = {"@id": value, "@prefix": True}
    for name, value in (schema.get("prefixes") or {}).items():
        iri = value["prefix_reference"] if isinstance(value, dict) else value
        context[name] = {"@id": iri, "@prefix": True}
    for name, iri in extra.items():
        context[name] = {"@id": iri, "@prefix": True}
    return context


def offline_kgx(extra_prefixes: dict[str, str]) -> None:
    """Point bmt and kgx at local files before kgx is imported (it builds a Toolkit at import)."""
    import bmt.toolkit

    schema = str(resources.files("biolink_model") / "schema" / "biolink_model.yaml")
    init = bmt.toolkit.Toolkit.__init__
    defaults = list(init.__defaults__ or ())
    defaults[0:2] = [schema, {"predicate mappings": []}]
    init.__defaults__ = tuple(defaults)

    import kgx.config
    import kgx.utils.kgx_utils

    # kgx builds one Toolkit at import and another for the validator: let them be the same
    kgx.utils.kgx_utils._default_toolkit = kgx.utils.kgx_utils.tk
    kgx.config.get_config()
    context = biolink_context(extra_prefixes)
    kgx.config.jsonld_context_map.update(
        {"biolink": context, "monarch_context": context, "obo_context": context}
    )


def summarise(errors: dict[str, Any]) -> dict[str, Any]:
    """Counts by level and type: ``errors`` is the number of (message, entity) pairs at ERROR."""
    counts: dict[str, int] = {}
    examples: dict[str, list[str]] = {}
    for level, by_type in errors.items():
        for error_type, by_message in by_type.items():
            key = f"{level}:{error_type}"
            counts[key] = sum(max(len(v), 1) for v in by_message.values())
            examples[key] = list(by_message)[:5]
    n_errors = sum(n for key, n in counts.items() if key.startswith("ERROR"))
    return {"errors": n_errors, "counts": counts, "examples": examples}


def main(argv: list[str]) -> int:
    """Validate each export directory given; one JSON object keyed by directory on stdout."""
    if not argv:
        print("usage: kgx_validate.py EXPORT_DIR...", file=sys.stderr)
        return 2
    folders = [Path(a) for a in argv]
    declared: dict[str, str] = {}
    for folder in folders:
        metadata = json.loads((folder / "kgx_metadata.json").read_text(encoding="utf-8"))
        declared.update(metadata.get("curie_map", {}))
    offline_kgx(declared)

    from kgx.cli.cli_utils import validate

    results = {}
    for folder in folders:
        errors = validate(
            inputs=[str(folder / "nodes.tsv"), str(folder / "edges.tsv")],
            input_format="tsv",
            input_compression=None,
            output=str(folder / "kgx_validation.txt"),
        )
        results[str(folder)] = summarise(errors)
    print(json.dumps(results))  # one line, the last on stdout
    return 0 if all(r["errors"] == 0 for r in results.values()) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
