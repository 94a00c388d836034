"""The ``exoatlas`` command line: thin commands over the library.

Errors are one line on stderr starting ``error:``; exit 2 for bad usage or input, 1 otherwise.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar, cast

import click
from pydantic import BaseModel, TypeAdapter

from exoatlas.atlas import Atlas
from exoatlas.errors import ExoatlasError, InputError
from exoatlas.ground import ground as ground_text
from exoatlas.model import ENTITY_KINDS, ROLES, Claim, QCReport
from exoatlas.render import claim_chain
from exoatlas.shards import Shard
from exoatlas.store.postgres import is_postgres_url, redact

F = TypeVar("F", bound=Callable[..., Any])
DEFAULT_DB = "atlas.db"


class ExoatlasGroup(click.Group):
    """A click group whose every failure is one ``error:`` line and a contract exit code."""

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        try:
            rv = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except click.ClickException as exc:
            click.echo(f"error: {exc.format_message()}", err=True)
            sys.exit(exc.exit_code)
        except click.Abort:
            click.echo("error: aborted", err=True)
            sys.exit(1)
        except InputError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(2)
        except ExoatlasError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(1)
        except Exception as exc:
            click.echo(f"error: unexpected {type(exc).__name__}: {exc}", err=True)
            sys.exit(1)
        sys.exit(rv if isinstance(rv, int) else 0)


def db_option(func: F) -> F:
    return click.option(
        "--db",
        "db",
        default=lambda: os.environ.get("EXOATLAS_DB", DEFAULT_DB),
        show_default="atlas.db or $EXOATLAS_DB",
        help="Atlas database: a SQLite file, or a postgresql://user@host:port/database URL.",
    )(func)


def json_option(func: F) -> F:
    return click.option("--json", "as_json", is_flag=True, help="Print one JSON document.")(func)


def emit_json(value: Any) -> None:
    """Print exactly one JSON document."""
    if isinstance(value, BaseModel):
        click.echo(value.model_dump_json(indent=2))
    elif isinstance(value, list) and all(isinstance(v, BaseModel) for v in value):
        click.echo(TypeAdapter(list[Any]).dump_json(value, indent=2).decode())
    else:
        click.echo(json.dumps(value, indent=2, ensure_ascii=False))


def open_atlas(db: str) -> Atlas:
    """Open an existing atlas (commands that only read must not create one)."""
    return Atlas(db, create=False)


@click.group(cls=ExoatlasGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="exoatlas")
def cli() -> None:
    """exoatlas: evidence on MSC-derived extracellular vesicles, from the literature."""


@cli.command()
@db_option
@click.option("--kind", type=click.Choice(["explained", "unexplained"]), help="Only this kind.")
@click.option("--matrix", is_flag=True, help="Print the MSC source × disease × role matrix.")
@click.option(
    "--plot",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the source × disease heatmap to FILE.png or FILE.svg.",
)
@json_option
def conflicts(db: str, kind: str | None, matrix: bool, plot: Path | None, as_json: bool) -> None:
    """Opposite-direction claim pairs — explained by context or not — and the double-edged sword."""
    from exoatlas.analyze.plots import plot_role_matrix

    with open_atlas(db) as atlas:
        found = [c for c in atlas.conflicts() if kind is None or c.kind == kind]
        table = atlas.role_matrix() if matrix or plot else None
        claims = {c.id: c for c in atlas.store.all_claims()} if not as_json else {}
    if plot is not None and table is not None:
        plot_role_matrix(table, plot)
        click.echo(f"wrote {plot}", err=True)
    if as_json:
        emit_json(table if matrix else found)
        return
    if matrix and table is not None:
        for cell in cast("list[dict[str, Any]]", table["cells"]):
            click.echo(
                f"  {cell['source']:<32} {cell['disease']:<36} pro {cell['pro_tumor']:>2}  "
                f"anti {cell['anti_tumor']:>2}  regen/protect "
                f"{cell['regenerative'] + cell['protective']:>2}"
            )
        return
    click.echo(f"{len(found)} conflicts ({sum(c.kind == 'explained' for c in found)} explained)")
    for c in found:
        up, down = claims[c.a], claims[c.b]
        click.echo(f"\n{c.kind.upper()} — {c.process.label}; tied by {', '.join(c.shared)}")
        click.echo(f"  ↑ {c.a}  {claim_chain(up.finding)}")
        click.echo(f"  ↓ {c.b}  {claim_chain(down.finding)}")
        click.echo(f"  differs in: {', '.join(c.differs_in) or 'nothing recorded'}")


@cli.command()
@db_option
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@json_option
def audit(db: str, files: tuple[Path, ...], as_json: bool) -> None:
    """Find errors inside review documents: rows vs text, citations vs titles, headings, duplicates.

    Documents the atlas holds (the seeds, or anything ingested) are checked against their stored
    findings; for other files only the reference list can be checked until they are ingested.
    """
    with open_atlas(db) as atlas:
        reports, warnings = atlas.audit(list(files))
    for warning in warnings:
        click.echo(f"warning: {warning}", err=True)
    if as_json:
        emit_json(reports)
        return
    click.echo(f"{len(reports)} discrepancies")
    for report in reports:
        click.echo(f"\n[{report.kind}] {report.document}: {report.location}")
        click.echo(f"  {report.message}")


def parse_map(values: tuple[str, ...]) -> dict[str, str]:
    out = {}
    for value in values:
        column, sep, field = value.partition("=")
        if not sep or not column or not field:
            raise InputError(f"--map takes COLUMN=FIELD, not {value!r}")
        out[column] = field
    return out


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
    from exoatlas.analyze.compare import compare_rows
    from exoatlas.ingest.table import read_study_table

    study = read_study_table(table, parse_map(maps))
    with open_atlas(db) as atlas:
        result = compare_rows(study, atlas.store.all_claims())
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


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl"]),
    default="jsonl",
    show_default=True,
    help="Output format: one JSON object per finding.",
)
@click.option(
    "--relevance",
    is_flag=True,
    help="Instead of findings, print one line per document: is it about MSC-derived EVs?",
)
@click.option(
    "--map", "maps", multiple=True, metavar="COL=FIELD", help="Column mapping for CSV/TSV tables."
)
def read(files: tuple[Path, ...], fmt: str, relevance: bool, maps: tuple[str, ...]) -> None:
    """Read papers (text, markdown, MEDLINE XML/.xml.gz, JATS XML, PDF, CSV/TSV) into findings
    with provenance, without storing anything.

    A MEDLINE file yields findings only for records judged about MSC-derived EVs; --relevance
    lists that judgement for every record.
    """
    from exoatlas.read.pipeline import read_path

    del fmt  # jsonl is the only format
    overrides = parse_map(maps)
    progress = sys.stderr.isatty()
    for path in files:
        for count, doc in enumerate(read_path(path, overrides), start=1):
            if progress and count % 2000 == 0:
                click.echo(f"{path}: {count:,} documents read", err=True)
            if relevance:
                line = {
                    "document": doc.document.id,
                    "title": doc.document.title,
                    "about_msc_ev": doc.about_msc_ev,
                    "findings": len(doc.records),
                }
                click.echo(json.dumps(line, ensure_ascii=False))
                continue
            for record in doc.records:
                click.echo(
                    json.dumps(
                        {
                            "finding": record.finding.model_dump(mode="json"),
                            "evidence": record.evidence.model_dump(mode="json"),
                        },
                        ensure_ascii=False,
                    )
                )


@cli.command()
@db_option
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--map", "maps", multiple=True, metavar="COL=FIELD", help="Column mapping for CSV/TSV tables."
)
@click.option(
    "--workers",
    type=click.IntRange(1, 512),
    default=None,
    help="Read the files on a local Dask cluster of N worker processes (one file per task).",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    default=None,
    help="Read on an existing dask.distributed scheduler (tcp://host:8786); its workers must "
    "see the files and --shard-dir at the same paths.",
)
@click.option(
    "--shard-dir",
    type=click.Path(file_okay=False, exists=True, path_type=Path),
    default=None,
    help="Where per-file shards are written before the merge (default: the system temp folder).",
)
@json_option
def ingest(
    db: str,
    files: tuple[Path, ...],
    maps: tuple[str, ...],
    workers: int | None,
    scheduler: str | None,
    shard_dir: Path | None,
    as_json: bool,
) -> None:
    """Read papers and store their findings in the atlas (all files, or none on any error)."""
    if workers is not None and scheduler is not None:
        raise InputError("give --workers (a local cluster) or --scheduler, not both")
    tty = sys.stderr.isatty()

    def progress(path: Path, count: int) -> None:
        if count % 2000 == 0:
            click.echo(f"{path}: {count:,} documents read", err=True)

    def on_file(shard: Shard, done: int, total: int) -> None:
        click.echo(
            f"[{done}/{total}] {shard.source}: {shard.read:,} documents read, "
            f"{shard.stored:,} to store",
            err=True,
        )

    with Atlas(db) as atlas:
        result = atlas.ingest(
            list(files),
            parse_map(maps),
            progress if tty else None,
            workers=workers,
            scheduler=scheduler,
            shard_dir=shard_dir,
            on_file=on_file if tty and len(files) > 1 else None,
        )
    if as_json:
        emit_json(result)
        return
    click.echo(
        f"stored {result['documents']} documents, {result['evidence']} evidence "
        f"supporting {result['claims']} claims"
        + (f"; skipped {result['skipped']} not about MSC-EVs" if result["skipped"] else "")
    )


@cli.command(name="eval")
@click.option(
    "--seeds",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Folder with the seed reviews (default: ../shared/seeds).",
)
@json_option
def evaluate(seeds: Path | None, as_json: bool) -> None:
    """Score the reader on the seed reviews against the curated gold."""
    from exoatlas.analyze.evaluate import evaluate_seeds

    folder = seeds or SEED_CORPUS
    if not folder.is_dir():
        raise InputError(f"{folder}: no such folder; give the seed reviews with --seeds DIR")
    result = evaluate_seeds(folder)
    if as_json:
        emit_json(result)
        return
    f, c, t = result["findings"], result["claims"], result["tables"]
    click.echo(f"text findings   P {f['precision']:.3f}  R {f['recall']:.3f}  F1 {f['f1']:.3f}")
    click.echo(f"text claims     P {c['precision']:.3f}  R {c['recall']:.3f}  F1 {c['f1']:.3f}")
    click.echo(f"table rows      recall {t['recall']:.3f}  precision {t['precision']:.3f}")
    fields = ", ".join(f"{k} {v:.3f}" for k, v in result["fields_on_matched"].items())
    click.echo(f"fields on matched findings: {fields}")
    if t["missed"]:
        click.echo("table rows missed: " + "; ".join(t["missed"]))


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
    """EV characterisation QC of NTA/DLS/TRPS exports: sizes, subtype fractions, MISEV, purity."""
    from exoatlas.analyze.qc import qc_sample
    from exoatlas.analyze.qc_report import histogram_png, html_report, write_png
    from exoatlas.ingest.sizes import read_description, read_size_export

    if descriptions and len(descriptions) != len(samples):
        raise InputError(f"{len(descriptions)} --describe files for {len(samples)} samples")
    definitions = qc_definitions(db)
    data, reports = [], []
    for index, sample in enumerate(samples):
        export = read_size_export(sample)
        described: dict[str, Any] = {}
        if descriptions:
            described = read_description(descriptions[index])
        else:
            for suffix in (".yaml", ".yml", ".json"):
                if sample.with_suffix(suffix).is_file():
                    described = read_description(sample.with_suffix(suffix))
                    break
        data.append(export)
        reports.append(qc_sample(export, described, definitions))
    if html is not None or png is not None:
        image = histogram_png(data, definitions)
        if png is not None:
            write_png(png, image)
        if html is not None:
            if not html.parent.exists():
                raise InputError(f"directory {str(html.parent)!r} does not exist")
            html.write_text(html_report(reports, image), encoding="utf-8")
    if as_json:
        emit_json(QCReport(samples=reports))
        return
    for report in reports:
        s = report.stats
        click.echo(f"{report.name} ({report.instrument or 'instrument unknown'})")
        click.echo(
            f"  mean {s.mean_nm:.1f} nm, mode {s.mode_nm:.1f}, D10/D50/D90 "
            f"{s.d10_nm:.0f}/{s.d50_nm:.0f}/{s.d90_nm:.0f} nm, span {s.span:.2f}"
        )
        for source, fractions in report.subtype_fractions.items():
            listed = ", ".join(f"{k} {v:.0%}" for k, v in fractions.items())
            click.echo(f"  {source}: {listed}")
        shown = sum(c.status == "pass" for c in report.misev2018)
        click.echo(
            f"  MISEV2018: {shown}/{len(report.misev2018)} shown; "
            f"completeness {report.completeness:.0%}"
        )
        for c in report.misev2018:
            if c.status != "pass":
                label = "missing" if c.status == "fail" else "not described"
                click.echo(f"    {label}: {c.item}")
        for warning in report.warnings:
            click.echo(f"  warning: {warning}")


@cli.command()
@db_option
@click.option(
    "--import",
    "import_path",
    type=click.Path(path_type=Path),
    help="Import a trial table (CSV/TSV with an NCT column) into the registry first.",
)
@click.option("--nct", help="Only this trial.")
@json_option
def trials(db: str, import_path: Path | None, nct: str | None, as_json: bool) -> None:
    """The clinical-trial registry: every field's values side by side with their sources."""
    if import_path is not None:
        with Atlas(db, create=True) as atlas:
            document_id, count = atlas.import_trials(import_path)
        click.echo(f"imported {count} trials from {import_path} as {document_id}", err=True)
    with open_atlas(db) as atlas:
        found = [t for t in atlas.trials() if nct is None or t.nct == nct]
    if as_json:
        emit_json(found)
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


DATASET_KINDS = click.Choice(["loading", "biodistribution"])


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
    type=click.Choice(["regenerate", "treat_tumor", "deliver_drug"]),
    default="regenerate",
    show_default=True,
)
@click.option("--cargo", help="What the vesicles should carry (a drug, miRNA ...).")
@click.option(
    "--priority",
    type=click.Choice(["purity", "yield", "scale", "gmp"]),
    default="gmp",
    show_default=True,
    help="What matters most when choosing an isolation method.",
)
@json_option
def design(
    db: str, indication: str, goal: str, cargo: str | None, priority: str, as_json: bool
) -> None:
    """Evidence-backed MSC-EV therapy design: source, isolation, loading, targeting, route."""
    with open_atlas(db) as atlas:
        report = atlas.design(indication, goal, cargo=cargo, priority=priority)
    if as_json:
        emit_json(report)
        return
    click.echo(f"{report.indication.label} ({report.indication.curie}) — goal: {report.goal}")
    for section, recs in report.sections.items():
        click.echo(f"\n{section.replace('_', ' ')}:")
        for rec in recs[:5]:
            score = f" [{rec.score:.2f}]" if rec.score is not None else ""
            ids = f" — claims {', '.join(rec.claims[:4])}" if rec.claims else ""
            click.echo(f"  {rec.option}{score}: {rec.rationale}{ids}")
    click.echo("\nrisks:")
    for rec in report.risks[:12]:
        click.echo(f"  {rec.option}: {rec.rationale}")
    click.echo(f"\n{report.disclaimer}")


@cli.command()
@db_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["csv", "jsonl", "graphml", "kgx"]),
    required=True,
    help="csv / jsonl of claims, GraphML, or KGX nodes/edges TSV.",
)
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    required=True,
    help="Directory to write into (created if missing).",
)
@json_option
def export(db: str, fmt: str, out: Path, as_json: bool) -> None:
    """Export the atlas for spreadsheets, notebooks and knowledge graphs."""
    from exoatlas.analyze.export import export as write_export

    with open_atlas(db) as atlas:
        files = write_export(atlas.store.all_claims(), fmt, out)
    if as_json:
        emit_json({"files": files})
    else:
        for name in files:
            click.echo(name)


SEED_CORPUS = Path("..") / "shared" / "seeds"


@cli.command()
@db_option
@click.option(
    "--corpus",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="Folder with the seed texts, to show each text finding's sentence "
    "(default: ../shared/seeds when it exists).",
)
@click.option("--no-corpus", is_flag=True, help="Do not read any corpus.")
@json_option
def build(db: str, corpus: Path | None, no_corpus: bool, as_json: bool) -> None:
    """(Re)build the atlas from the bundled curated data; idempotent."""
    if corpus is None and not no_corpus and SEED_CORPUS.is_dir():
        corpus = SEED_CORPUS
    with Atlas(db, create=True) as atlas:
        stats = atlas.build(corpus=None if no_corpus else corpus)
    counts = {k: getattr(stats, k) for k in ("claims", "evidence", "documents", "trials")}
    if as_json:
        emit_json(counts)
    else:
        click.echo(", ".join(f"{v} {k}" for k, v in counts.items()) + f" -> {redact(db)}")


@cli.command()
@db_option
@click.option("--cargo", help="Cargo (miRNA, protein ...); miR-21 also finds miR-21-5p.")
@click.option("--source", help="MSC source, e.g. BM-MSC, 'umbilical cord MSC'.")
@click.option("--disease", help="Recipient disease or condition (label or part of one).")
@click.option("--role", type=click.Choice(ROLES), help="Outcome role.")
@click.option("--text", help="Free-text search over evidence and entity labels.")
@click.option("--limit", type=click.IntRange(1, 1000), default=50, show_default=True)
@click.option("--offset", type=click.IntRange(0), default=0, show_default=True)
@json_option
def query(db: str, limit: int, offset: int, as_json: bool, **terms: str | None) -> None:
    """Search claims; terms are grounded first and combine with AND."""
    with open_atlas(db) as atlas:
        claims = atlas.query(**terms, limit=limit, offset=offset)
    if as_json:
        emit_json(claims)
    else:
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


@cli.command()
@click.argument("text")
@click.option("--kind", type=click.Choice(ENTITY_KINDS), help="Only candidates of this kind.")
@click.option(
    "--context", help="Surrounding text: its abbreviation definitions and species cues are used."
)
@json_option
def ground(text: str, kind: str | None, context: str | None, as_json: bool) -> None:
    """Ground one mention to standard identifiers (miRBase, HGNC, MeSH, ...)."""
    result = ground_text(text, kind, context=context)  # type: ignore[arg-type]
    if as_json:
        emit_json(result)
        return
    if not result.matches:
        click.echo(f"{text!r}: no match (ungrounded)")
        return
    if result.ambiguous:
        click.echo(f"{text!r} is ambiguous; give --kind or --context to settle it")
    for match in result.matches[:10]:
        curie = match.curie or "(ungrounded)"
        click.echo(f"  {match.score:.2f}  {curie:<40} {match.label}  [{match.kind}]")


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
def serve(db: str, host: str, port: int, write_token: str | None, workers: int) -> None:
    """Serve the REST API under /api (OpenAPI at /docs) and the web UI at /."""
    import uvicorn

    from exoatlas.api import SERVE_DB, SERVE_TOKEN, get_app
    from exoatlas.ground import lexicon

    if write_token is not None and len(write_token) < 16:
        raise InputError("--write-token must be at least 16 characters")
    atlas = open_atlas(db)  # fails here, once, if the atlas is missing or unreadable
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
    uvicorn.run(get_app(atlas, write_token), host=host, port=port, log_level="warning")


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


BENCH_PARTS = ("grounding", "assembly", "query", "reader", "dask", "serve")


@cli.command()
@click.option("--only", type=click.Choice(BENCH_PARTS), help="Run one part.")
@json_option
def bench(only: str | None, as_json: bool) -> None:
    """Run the benchmarks in benchmarks/ (a source checkout) and print their numbers."""
    root = Path(__file__).resolve().parents[2]
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


def print_claims(claims: list[Claim]) -> None:
    """A people-readable table of claims."""
    from rich.console import Console
    from rich.table import Table

    if not claims:
        click.echo("no matching claims")
        return
    table = Table(show_lines=False)
    table.add_column("claim", no_wrap=True, min_width=13)
    for column in ("chain", "role", "model", "belief", "evidence"):
        table.add_column(column)
    for claim in claims:
        first = claim.evidence[0]
        where = f"{first.document[:3]} {first.locator}" + (
            f" +{len(claim.evidence) - 1}" if len(claim.evidence) > 1 else ""
        )
        table.add_row(
            claim.id,
            claim_chain(claim.finding),
            claim.finding.outcome.role,
            claim.finding.model,
            f"{claim.belief:.2f}",
            where,
        )
    Console(soft_wrap=False).print(table)
