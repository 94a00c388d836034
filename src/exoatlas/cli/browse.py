"""Commands that look at the atlas: query, show, stats, methods, export, serve, bench."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from exoatlas.cli.base import (
    cli,
    db_option,
    emit_json,
    emit_rows,
    format_option,
    json_option,
    open_atlas,
    output_format,
    print_claims,
)
from exoatlas.errors import InputError
from exoatlas.model import ROLES
from exoatlas.render import claim_chain
from exoatlas.store.postgres import redact


@cli.command()
@db_option
@click.option("--cargo", help="Cargo (miRNA, protein ...); miR-21 also finds miR-21-5p.")
@click.option("--source", help="MSC source, e.g. BM-MSC, 'umbilical cord MSC'.")
@click.option("--disease", help="Recipient disease or condition (label or part of one).")
@click.option("--role", type=click.Choice(ROLES), help="Outcome role.")
@click.option("--text", help="Free-text search over evidence and entity labels.")
@click.option("--limit", type=click.IntRange(1, 1000), default=50, show_default=True)
@click.option("--offset", type=click.IntRange(0), default=0, show_default=True)
@click.option("--per-evidence", is_flag=True, help="csv/tsv: one row per evidence.")
@format_option
@json_option
def query(
    db: str,
    limit: int,
    offset: int,
    per_evidence: bool,
    fmt: str | None,
    as_json: bool,
    **terms: str | None,
) -> None:
    """Search claims; terms are grounded first and combine with AND.

    --format csv/tsv gives one row per claim (every slot as label and CURIE; --per-evidence: one
    row per evidence, with its document, locator, sentence and cited references); jsonl gives
    one object per claim with its evidence listed.
    """
    from exoatlas.analyze.tabular import claim_columns, claim_records, claim_rows
    from exoatlas.lexicon_index import indexed_grounding

    fmt = output_format(fmt, as_json)
    # the prebuilt lexicon index (written by build) spares loading 259k names for a few terms
    with indexed_grounding(), open_atlas(db) as atlas:
        claims = atlas.query(**terms, limit=limit, offset=offset)
        if fmt == "jsonl":
            emit_rows(claim_records(claims, atlas.get_document), fmt)
        elif fmt in ("csv", "tsv"):
            rows = claim_rows(claims, atlas.get_document, per_evidence=per_evidence)
            emit_rows(rows, fmt, claim_columns(per_evidence))
    if fmt == "json":
        emit_json(claims)
    elif fmt is None:
        print_claims(claims)


@cli.command()
@db_option
@click.argument("claim_id")
@json_option
def show(db: str, claim_id: str, as_json: bool) -> None:
    """One claim with all of its evidence."""
    with open_atlas(db) as atlas:
        claim = atlas.get_claim(claim_id)
        if claim is None:
            raise InputError(f"no claim {claim_id!r}")
        references = {ev.document: atlas.references(ev.document) for ev in claim.evidence}
        refined = atlas.refinements(claim.id)
    if as_json:
        emit_json(claim)
        return
    print_claims([claim])
    for ev in claim.evidence:
        click.echo(f"  {ev.document} | {ev.locator} | {ev.extractor}")
        if ev.text:
            click.echo(f"    “{ev.text}”")
        for cite in ev.cites:
            ref = references[ev.document].get(cite)
            title = f"{ref.first_author or '?'} {ref.year or ''}: {ref.title}" if ref else "?"
            click.echo(f"    cites {cite}: {title}")
        if ev.curation_note:
            click.echo(f"    note: {ev.curation_note}")
    if refined:
        click.echo(f"supported by {len(refined)} more specific claim(s):")
        for other in refined:
            click.echo(f"  {other.id}  {claim_chain(other.finding)}")


@cli.command()
@db_option
@click.option("--ungrounded", is_flag=True, help="List entities not yet grounded to an id.")
@json_option
def stats(db: str, ungrounded: bool, as_json: bool) -> None:
    """Counts by role, MSC source, disease, model and document."""
    with open_atlas(db) as atlas:
        if ungrounded:
            report = atlas.grounding_report()
            if as_json:
                emit_json(report)
                return
            click.echo(
                f"{report.grounded}/{report.mentions} entity mentions grounded "
                f"({report.grounded_fraction:.1%})"
            )
            for item in report.ungrounded:
                click.echo(f"  {item.kind:<16} {item.label}  ({item.claims} claims)")
            return
        result = atlas.stats()
    if as_json:
        emit_json(result)
        return
    click.echo(
        f"{result.claims} claims, {result.evidence} evidence, "
        f"{result.documents} documents, {result.trials} trials"
    )
    for name in ("by_role", "by_model", "by_source", "by_disease", "by_document"):
        counts: dict[str, int] = getattr(result, name)
        click.echo(f"\n{name.replace('_', ' ')}:")
        for key, n in counts.items():
            click.echo(f"  {n:>5}  {key}")


def refuse_taken_port(host: str, port: int) -> None:
    """One line instead of uvicorn's bind error when another program holds the port."""
    import socket

    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as exc:
            raise InputError(
                f"port {port} on {host} is in use (another exoatlas serve?); "
                f"stop it or choose another with --port ({exc.strerror})"
            ) from exc


@cli.command()
@db_option
@click.option(
    "--kind",
    type=click.Choice(["isolation_method", "loading_method", "engineering", "route"]),
    help="Only methods of this kind.",
)
@json_option
def methods(db: str, kind: str | None, as_json: bool) -> None:
    """Methods knowledge: principle, trade-offs, ratings and efficiencies, each with its source."""
    with open_atlas(db) as atlas:
        facts = atlas.methods(kind)
    if as_json:
        emit_json(facts)
        return
    current = None
    for fact in facts:
        if fact.method.label != current:
            current = fact.method.label
            click.echo(f"\n{current} [{fact.method.kind}]")
        flag = "" if fact.status == "stated" else f" ({fact.status})"
        click.echo(f"  {fact.aspect:<16} {fact.value}{flag}\n  {'':<16} — {fact.source}")


BENCH_PARTS = ("grounding", "assembly", "query", "reader", "dask", "serve", "pages")


@cli.command()
@db_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["csv", "tsv", "jsonl", "graphml", "kgx"]),
    required=True,
    help="csv / tsv / jsonl of claims, GraphML, or KGX nodes/edges TSV (Biolink).",
)
@click.option(
    "--out",
    type=click.Path(path_type=Path),
    required=True,
    help="kgx: a directory (created if missing); csv, tsv, jsonl, graphml: a file, or "
    "claims.<format> inside PATH when PATH is an existing directory.",
)
@click.option("--per-evidence", is_flag=True, help="csv/tsv: one row per evidence.")
@json_option
def export(db: str, fmt: str, out: Path, per_evidence: bool, as_json: bool) -> None:
    """Export the atlas for spreadsheets, notebooks and knowledge graphs."""
    with open_atlas(db) as atlas:
        files = atlas.export(fmt, out, per_evidence=per_evidence)
    if as_json:
        emit_json({"files": files})
    else:
        for name in files:
            click.echo(name)


@cli.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@click.option(
    "--write-token",
    envvar="EXOATLAS_WRITE_TOKEN",
    default=None,
    help="Allow POST /api/ingest for requests bearing this token (default: read-only; "
    "or set $EXOATLAS_WRITE_TOKEN).",
)
@click.option(
    "--workers",
    type=click.IntRange(1, 64),
    default=1,
    show_default=True,
    help="Server processes, each with its own connection (more answer more clients at once).",
)
@click.option(
    "--allow-host",
    "allow_hosts",
    multiple=True,
    help="Another Host name to answer to (a server reached by name); loopback names and "
    "--host are always answered. Requests naming any other host get 400.",
)
@click.option(
    "--time-limit",
    type=click.FloatRange(1, 3600),
    default=120,
    show_default=True,
    help="Seconds a reading, QC or design request may run before it is stopped (504).",
)
def serve(
    db: str,
    host: str,
    port: int,
    write_token: str | None,
    workers: int,
    allow_hosts: tuple[str, ...],
    time_limit: float,
) -> None:
    """Serve the REST API under /api (OpenAPI at /docs) and the web UI at /."""
    import uvicorn

    from exoatlas.api import SERVE_DB, SERVE_HOSTS, SERVE_TIME_LIMIT, SERVE_TOKEN, get_app
    from exoatlas.ground import lexicon
    from exoatlas.read.parsing import nlp
    from exoatlas.web.security import allowed_hosts

    if write_token is not None and len(write_token) < 16:
        raise InputError("--write-token must be at least 16 characters")
    hosts = allowed_hosts(host, allow_hosts)
    refuse_taken_port(host, port)
    atlas = open_atlas(
        db, write=write_token is not None
    )  # fails here, once, if the atlas is missing or unreadable
    mode = "writes need the token" if write_token else "read-only"
    click.echo(
        f"exoatlas serving {redact(db)} on http://{host}:{port} ({mode}, {workers} process"
        + ("es)" if workers > 1 else ")"),
        err=True,
    )
    if workers > 1:
        atlas.close()
        os.environ[SERVE_DB] = db
        os.environ[SERVE_TOKEN] = write_token or ""
        os.environ[SERVE_HOSTS] = ",".join(sorted(hosts))
        os.environ[SERVE_TIME_LIMIT] = str(time_limit)
        uvicorn.run(
            "exoatlas.api:app_from_environment",
            factory=True,
            workers=workers,
            host=host,
            port=port,
            log_level="warning",
        )
        return
    lexicon()  # load the grounder before taking requests, not during the first search
    nlp()  # and the parser: reading jobs fork from this process and share both
    app = get_app(atlas, write_token, hosts=hosts, time_limit_s=time_limit)
    uvicorn.run(app, host=host, port=port, log_level="warning")


@cli.command()
@click.option("--only", type=click.Choice(BENCH_PARTS), help="Run one part.")
@json_option
def bench(only: str | None, as_json: bool) -> None:
    """Run the benchmarks in benchmarks/ (a source checkout) and print their numbers."""
    root = Path(__file__).resolve().parents[3]
    if not (root / "benchmarks" / "run.py").is_file():
        raise InputError("benchmarks/ not found: run 'exoatlas bench' from a source checkout")
    sys.path.insert(0, str(root))
    try:
        from benchmarks.run import run
    finally:
        sys.path.pop(0)
    results = run(only)
    if as_json:
        emit_json(results)
        return
    for part, numbers in results.items():
        click.echo(f"{part}:")
        for key, value in numbers.items():
            if key != "machine":
                click.echo(f"  {key:<22} {value}")
