"""Commands that analyse the atlas: conflicts, audit, compare, qc, trials, datasets, design."""

from __future__ import annotations

from pathlib import Path
from typing import Any, cast

import click

from exoatlas.atlas import Atlas
from exoatlas.cli.base import (
    cli,
    db_option,
    emit_json,
    emit_models,
    emit_rows,
    format_option,
    json_option,
    open_atlas,
    output_format,
    parse_map,
)
from exoatlas.errors import InputError
from exoatlas.model import CONFLICT_KINDS, DESIGN_GOALS, DESIGN_PRIORITIES, QCReport
from exoatlas.model import DATASET_KINDS as DATASET_KIND_NAMES
from exoatlas.render import claim_chain
from exoatlas.store.postgres import is_postgres_url


@cli.command()
@db_option
@click.option("--kind", type=click.Choice(CONFLICT_KINDS), help="Only this kind.")
@click.option("--matrix", is_flag=True, help="Print the MSC source × disease × role matrix.")
@click.option(
    "--plot",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the source × disease heatmap to FILE.png or FILE.svg.",
)
@format_option
@json_option
def conflicts(
    db: str, kind: str | None, matrix: bool, plot: Path | None, fmt: str | None, as_json: bool
) -> None:
    """Opposite-direction claim pairs — explained by context or not —, the same cargo's opposite
    roles in different diseases (context-dependent roles), and the double-edged sword."""
    from exoatlas.analyze.plots import plot_role_matrix

    fmt = output_format(fmt, as_json)
    with open_atlas(db) as atlas:
        found = atlas.conflicts(kind=kind)
        table = atlas.role_matrix() if matrix or plot else None
        ids = {i for c in found for i in (c.a, c.b)} if fmt is None else set()
        claims = {c.id: c for c in atlas.claims(sorted(ids))}
        flagged = {i for c in found for i in c.disputed} if fmt is None else set()
        audit = {i.id: i for i in atlas.audit_items() if i.id in flagged}
    if plot is not None and table is not None:
        plot_role_matrix(table, plot)
        click.echo(f"wrote {plot}", err=True)
    if fmt is not None and matrix and table is not None:
        if fmt == "json":
            emit_json(table)
        else:
            emit_rows(cast("list[dict[str, Any]]", table["cells"]), fmt)
        return
    if fmt is not None:
        emit_models(found, fmt)
        return
    if matrix and table is not None:
        for cell in cast("list[dict[str, Any]]", table["cells"]):
            click.echo(
                f"  {cell['source']:<32} {cell['disease']:<36} pro {cell['pro_tumor']:>2}  "
                f"anti {cell['anti_tumor']:>2}  regen/protect "
                f"{cell['regenerative'] + cell['protective']:>2}"
            )
        return
    roles = sum(c.kind == "context_dependent_role" for c in found)
    click.echo(
        f"{len(found)} conflicts ({sum(c.kind == 'explained' for c in found)} explained, "
        f"{roles} context-dependent role{'s' if roles != 1 else ''})"
    )
    for c in found:
        first, second = claims[c.a], claims[c.b]
        kind = c.kind.replace("_", " ").upper()
        click.echo(f"\n{kind} — {c.process.label}; tied by {', '.join(c.shared)}")
        for claim in (first, second):
            if c.kind == "context_dependent_role":
                disease = claim.finding.recipient.disease
                mark = f"{claim.finding.outcome.role.replace('_', '-')} in "
                mark += disease.label if disease else "?"
                click.echo(f"  {claim.id}  {claim_chain(claim.finding)}  [{mark}]")
            else:
                arrow = "↑" if claim.finding.outcome.direction == "increase" else "↓"
                click.echo(f"  {arrow} {claim.id}  {claim_chain(claim.finding)}")
        click.echo(f"  differs in: {', '.join(c.differs_in) or 'nothing recorded'}")
        for item_id in c.disputed:
            item = audit.get(item_id)
            said = f"{item.kind.replace('_', ' ')} at {item.location}" if item else "an audit item"
            click.echo(f"  disputed by the audit ({item_id}): {said}")


@cli.command()
@db_option
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@format_option
@json_option
def audit(db: str, files: tuple[Path, ...], fmt: str | None, as_json: bool) -> None:
    """Find errors inside any review document, read as it is: rows vs text, citations vs titles,
    headings, duplicate references, two definitions of one vesicle.

    The files are read in memory and never stored; the atlas file is left untouched. With an
    atlas (--db), documents it holds are checked with their stored (curated) findings; without
    one, the files alone are audited.
    """
    fmt = output_format(fmt, as_json)
    with audit_atlas(db) as atlas:
        reports, warnings = atlas.audit(list(files))
    for warning in warnings:
        click.echo(f"warning: {warning}", err=True)
    if fmt is not None:
        emit_models(reports, fmt)
        return
    click.echo(plural(len(reports), "discrepancy", "discrepancies"))
    for report in reports:
        click.echo(f"\n[{report.kind.replace('_', ' ')}] {report.document_name or report.document}")
        click.echo(f"  where: {report.location}")
        click.echo(f"  {report.message}")


def plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def audit_atlas(db: str) -> Atlas:
    """The atlas to audit against: the one at --db when it exists, else an empty one in memory."""
    if is_postgres_url(db) or Path(db).exists():
        return open_atlas(db)
    return Atlas(None)


@cli.command()
@db_option
@click.argument("table", type=click.Path(path_type=Path))
@click.option(
    "--map",
    "maps",
    multiple=True,
    metavar="COL=FIELD",
    help="Map a column to a field (msc_source, disease, cargo, outcome, reference...).",
)
@json_option
def compare(db: str, table: Path, maps: tuple[str, ...], as_json: bool) -> None:
    """Check an external study table against the atlas: agrees, conflicts, new or unparsed."""
    from exoatlas.ingest.table import read_study_table

    study = read_study_table(table, parse_map(maps))
    with open_atlas(db) as atlas:
        result = atlas.compare(study)
    if as_json:
        emit_json(result)
        return
    mapped = ", ".join(f"{field}←{column!r}" for field, column in sorted(result.mapping.items()))
    click.echo(f"columns: {mapped}")
    for row in result.rows:
        chain = claim_chain(row.finding)
        extra = f"  ({row.reason})" if row.reason else ""
        click.echo(f"  row {row.row:>3}  {row.status:<9} {chain}{extra}")
    click.echo("summary: " + ", ".join(f"{k} {v}" for k, v in result.summary.items()))


def qc_definitions(db: str) -> list[Any]:
    """EV definitions of every source: from the atlas when there is one, else the bundled set."""
    from exoatlas.ingest.curated import curated_definitions

    if is_postgres_url(db) or Path(db).exists():
        with open_atlas(db) as atlas:
            return list(atlas.definitions())
    return list(curated_definitions())


@cli.command()
@db_option
@click.argument("samples", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--describe",
    "descriptions",
    multiple=True,
    type=click.Path(path_type=Path),
    help="Sample description (YAML/JSON), one per sample in order. Default: SAMPLE.yaml, "
    ".yml or .json beside each export, when present.",
)
@click.option(
    "--html", type=click.Path(dir_okay=False, path_type=Path), help="Write an HTML report."
)
@click.option("--png", type=click.Path(dir_okay=False, path_type=Path), help="Write the size plot.")
@json_option
def qc(
    db: str,
    samples: tuple[Path, ...],
    descriptions: tuple[Path, ...],
    html: Path | None,
    png: Path | None,
    as_json: bool,
) -> None:
    """EV characterisation QC of NanoSight, ZetaView and Zetasizer exports (or a size_nm,
    concentration table): sizes, concentration, subtype fractions, MISEV, purity."""
    from exoatlas.analyze.qc import qc_sample
    from exoatlas.analyze.qc_report import histogram_png, summary_lines, write_png
    from exoatlas.ingest.sizes import read_description, read_size_exports
    from exoatlas.outputs import write_atomic
    from exoatlas.web import qc_html_report

    if descriptions and len(descriptions) != len(samples):
        raise InputError(f"{len(descriptions)} --describe files for {len(samples)} samples")
    # descriptions first: a bad one is refused before any export is read or any table loaded
    described_by_sample: list[dict[str, Any]] = []
    for index, sample in enumerate(samples):
        described: dict[str, Any] = {}
        if descriptions:
            described = read_description(descriptions[index])
        else:
            for suffix in (".yaml", ".yml", ".json"):
                if sample.with_suffix(suffix).is_file():
                    described = read_description(sample.with_suffix(suffix))
                    break
        described_by_sample.append(described)
    definitions = qc_definitions(db)
    data, reports = [], []
    for sample, described in zip(samples, described_by_sample, strict=True):
        exports = read_size_exports(sample)  # one per record or column in some files
        for export in exports:
            named = described
            if len(exports) > 1 and described.get("name"):
                named = {**described, "name": f"{described['name']} / {export.name}"}
            data.append(export)
            reports.append(qc_sample(export, named, definitions))
    if html is not None or png is not None:
        image = histogram_png(data, definitions)
        if png is not None:
            write_png(png, image)
        if html is not None:
            if not html.parent.exists():
                raise InputError(f"directory {str(html.parent)!r} does not exist")
            write_atomic(html, qc_html_report(reports, image).encode("utf-8"))
    if as_json:
        emit_json(QCReport(samples=reports))
        return
    for report in reports:
        click.echo("\n".join(summary_lines(report)))


@cli.command()
@db_option
@click.option(
    "--import",
    "import_paths",
    multiple=True,
    type=click.Path(path_type=Path),
    help="Import trials first: a trial table (CSV/TSV with an NCT column), a ClinicalTrials.gov "
    "record (JSON) or CSV download, or a folder of them. Each file is a source of its own, "
    "beside (never over) the values already held. Repeatable.",
)
@click.option("--nct", help="Only this trial.")
@format_option
@json_option
def trials(
    db: str, import_paths: tuple[Path, ...], nct: str | None, fmt: str | None, as_json: bool
) -> None:
    """The clinical-trial registry: every field's values side by side with their sources, and
    where sources disagree after normalisation (phase, route, status, study type, dates)."""
    files = [
        f
        for p in import_paths
        for f in (
            sorted(x for x in p.iterdir() if x.suffix.casefold() in {".json", ".csv"})
            if p.is_dir()
            else [p]
        )
    ]
    if files:
        with Atlas(db, create=True) as atlas:
            for path in files:
                document_id, count = atlas.import_trials(path)
                click.echo(f"imported {count} trial(s) from {path} as {document_id}", err=True)
    fmt = output_format(fmt, as_json)
    with open_atlas(db) as atlas:
        found = [t for t in atlas.trials() if nct is None or t.nct == nct]
    if fmt is not None:
        emit_models(found, fmt)
        return
    for trial in found:
        click.echo(f"\n{trial.nct}")
        for field, values in sorted(trial.fields.items()):
            shown = "; ".join(f"{v.value} [{v.source}]" for v in values)
            click.echo(f"  {field:<18} {shown}")
        for disagreement in trial.disagreements:
            click.echo(f"  DISAGREE  {disagreement}")


@cli.group()
def datasets() -> None:
    """Reference datasets: per-study loading capacities and MSC-EV biodistribution."""


DATASET_KINDS = click.Choice(DATASET_KIND_NAMES)


@datasets.command("import")
@db_option
@click.argument("path", type=click.Path(path_type=Path))
@click.option("--kind", type=DATASET_KINDS, required=True, help="Which dataset this file is.")
@json_option
def datasets_import(db: str, path: Path, kind: str, as_json: bool) -> None:
    """Import a dataset, normalising its labels and reporting every normalisation."""
    with Atlas(db, create=True) as atlas:
        dataset = atlas.import_dataset(path, kind)
    if as_json:
        emit_json(
            {
                "rows": len(dataset.rows),
                "normalisations": dataset.normalisations,
                "skipped": dataset.skipped,
            }
        )
        return
    click.echo(f"imported {len(dataset.rows)} rows ({kind}) from {path}")
    for n in dataset.normalisations:
        click.echo(f"  {n['column']}: {n['raw']!r} -> {n['normalised']!r} ({n['rows']} rows)")
    for skipped in dataset.skipped:
        click.echo(f"  skipped {skipped}")


@datasets.command("summary")
@db_option
@click.argument("kind", type=DATASET_KINDS)
@click.option("--plot", type=click.Path(dir_okay=False, path_type=Path), help="FILE.png|svg")
@json_option
def datasets_summary(db: str, kind: str, plot: Path | None, as_json: bool) -> None:
    """Summaries by loading method or by organ (import the dataset first)."""
    from exoatlas.analyze.datasets import biodistribution_summary, loading_summary, plot_summary

    with open_atlas(db) as atlas:
        rows = atlas.dataset_rows(kind)
    if not rows:
        raise InputError(f"no {kind} dataset in the atlas; run 'exoatlas datasets import'")
    summary = loading_summary(rows) if kind == "loading" else biodistribution_summary(rows)
    if plot is not None:
        plot_summary(kind, rows, plot)
    if as_json:
        emit_json(summary)
        return
    for item in summary:
        click.echo("  " + ", ".join(f"{k} {v}" for k, v in item.items()))


@cli.command()
@db_option
@click.option("--indication", required=True, help="Disease to treat, e.g. 'acute kidney injury'.")
@click.option(
    "--goal",
    type=click.Choice(DESIGN_GOALS),
    default="regenerate",
    show_default=True,
)
@click.option("--cargo", help="What the vesicles should carry (a drug, miRNA ...).")
@click.option(
    "--priority",
    type=click.Choice(DESIGN_PRIORITIES),
    default="gmp",
    show_default=True,
    help="What matters most when choosing an isolation method.",
)
@format_option
@json_option
def design(
    db: str,
    indication: str,
    goal: str,
    cargo: str | None,
    priority: str,
    fmt: str | None,
    as_json: bool,
) -> None:
    """Evidence-backed MSC-EV therapy design: source, isolation, loading, targeting, route.

    --format csv/tsv/jsonl lists one recommendation (or risk) per row.
    """
    from exoatlas.analyze.tabular import design_rows

    fmt = output_format(fmt, as_json)
    with open_atlas(db) as atlas:
        report = atlas.design(indication, goal, cargo=cargo, priority=priority)
    if fmt == "json":
        emit_json(report)
        return
    if fmt is not None:
        emit_rows(design_rows(report), fmt)
        return
    click.echo(f"{report.indication.label} ({report.indication.curie}) — goal: {report.goal}")
    for section, recs in report.sections.items():
        click.echo(f"\n{section.replace('_', ' ')}:")
        shown = recs if section == "isolation" else recs[:5]
        for rec in shown:
            score = f" [{rec.score:.2f}]" if rec.score is not None else ""
            ids = f" — claims {', '.join(rec.claims[:4])}" if rec.claims else ""
            click.echo(f"  {rec.option}{score}: {rec.rationale}{ids}")
        if len(recs) > len(shown):
            click.echo(f"  … {len(recs) - len(shown)} more (--json for all)")
    click.echo("\nrisks (this indication first, every pair):")
    for rec in report.risks:  # complete: a risk list cut short hides the one that matters
        click.echo(f"  {rec.option}: {rec.rationale}")
    click.echo(f"\n{report.disclaimer}")
