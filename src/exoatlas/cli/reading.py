"""Commands that read papers and build the atlas: build, read, ingest, eval, ground."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from exoatlas.atlas import Atlas
from exoatlas.cli.base import SEED_CORPUS, cli, db_option, emit_json, json_option, parse_map
from exoatlas.errors import InputError
from exoatlas.ground import ground as ground_text
from exoatlas.model import ENTITY_KINDS
from exoatlas.shards import Shard
from exoatlas.store.postgres import redact


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
        if corpus is None and not no_corpus:
            from exoatlas.web.present import NOT_BUNDLED, doi_of

            dois = [d for i in atlas.store.document_ids() if (d := doi_of(atlas.get_document(i)))]
            click.echo(
                f"note: review sentences {NOT_BUNDLED}"
                + (f" ({', '.join('doi:' + d for d in dois)})" if dois else ""),
                err=True,
            )
    from exoatlas.lexicon_index import build_index

    try:  # so that the first query grounds its terms without loading the whole lexicon
        build_index()
    except OSError as exc:
        click.echo(f"warning: no lexicon index written ({exc}); queries load the lexicon", err=True)
    counts = {k: getattr(stats, k) for k in ("claims", "evidence", "documents", "trials")}
    if as_json:
        emit_json(counts)
    else:
        click.echo(", ".join(f"{v} {k}" for k, v in counts.items()) + f" -> {redact(db)}")


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
    """Read papers (text, markdown, MEDLINE XML/.xml.gz, JSON lines of records, JATS XML, PDF,
    CSV/TSV) into findings
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
    tty = sys.stderr.isatty() and not as_json
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    bar = Progress(
        TextColumn("files"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[records]:,} records read, {task.fields[relevant]:,} relevant"),
        console=Console(stderr=True),
        disable=not tty,
    )
    task = bar.add_task("ingest", total=len(files), records=0, relevant=0)
    counts = {"records": 0, "relevant": 0}

    def progress(path: Path, count: int) -> None:  # in process: records as they are read
        if count % 500 == 0:
            bar.update(task, records=counts["records"] + count)

    def on_file(shard: Shard, done: int, total: int) -> None:
        counts["records"] += shard.read
        counts["relevant"] += shard.stored
        bar.update(task, completed=done, records=counts["records"], relevant=counts["relevant"])

    def on_cluster(address: str, dashboard: str | None) -> None:
        where = f"Dask dashboard: {dashboard}" if dashboard else "no dashboard (needs bokeh)"
        click.echo(f"Dask scheduler {address}; {where}", err=True)

    with Atlas(db, create=True) as atlas, bar:
        result = atlas.ingest(
            list(files),
            parse_map(maps),
            progress if tty else None,
            workers=workers,
            scheduler=scheduler,
            shard_dir=shard_dir,
            on_file=on_file,
            on_cluster=on_cluster if not as_json else None,
        )
    if as_json:
        emit_json(result)
        return
    click.echo(
        f"stored {result['documents']} documents, {result['evidence']} evidence "
        f"supporting {result['claims']} claims"
        + (f"; skipped {result['skipped']} not about MSC-EVs" if result["skipped"] else "")
    )


CORPUS = Path("..") / "shared" / "corpus"


@cli.command(name="eval")
@click.option(
    "--seeds",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Folder with the seed reviews (default: ../shared/seeds; with --gold: only when given).",
)
@click.option(
    "--gold",
    "gold",
    type=click.Path(path_type=Path),
    default=None,
    help="Gold folder (records.tsv, judgements_*.tsv, findings_*.tsv; see gold/GUIDE.md).",
)
@click.option(
    "--corpus",
    type=click.Path(path_type=Path),
    default=None,
    help="Corpus folder the gold points into (default: ../shared/corpus).",
)
@click.option(
    "--split",
    type=click.Choice(["dev", "heldout", "all"]),
    default="all",
    show_default=True,
    help="Which part of the gold set to score.",
)
@click.option(
    "--predictions",
    type=click.Path(path_type=Path),
    default=None,
    help="Score this 'exoatlas read --format jsonl' output instead of running the reader.",
)
@click.option(
    "--details",
    is_flag=True,
    help="With --gold --split dev: print each dev record's gold rows next to the read findings.",
)
@json_option
def evaluate(
    seeds: Path | None,
    gold: Path | None,
    corpus: Path | None,
    split: str,
    predictions: Path | None,
    details: bool,
    as_json: bool,
) -> None:
    """Score the reader: on the seed reviews against the curated gold, or (--gold) on real
    PubMed records against the development gold set, per split."""
    from exoatlas.analyze.evaluate import evaluate_seeds
    from exoatlas.analyze.evaluate_gold import evaluate_gold

    if details:
        from exoatlas.analyze.evaluate_gold_details import gold_details

        if gold is None:
            raise InputError("--details needs --gold (and --split dev)")
        for line in gold_details(gold, corpus or CORPUS, split):
            click.echo(line)
        return
    result: dict[str, Any] = {}
    if gold is not None:
        splits = ("dev", "heldout") if split == "all" else (split,)
        result = evaluate_gold(gold, corpus or CORPUS, splits=splits, predictions=predictions)
    if gold is None or seeds is not None:
        folder = seeds or SEED_CORPUS
        if not folder.is_dir():
            raise InputError(f"{folder}: no such folder; give the seed reviews with --seeds DIR")
        seed_scores = evaluate_seeds(folder)
        result = seed_scores if gold is None else result | {"seeds": seed_scores}
    if as_json:
        emit_json(result)
        return
    if gold is not None:
        for name, part in result["splits"].items():
            click.echo(gold_summary(name, part))
    if "seeds" in result or gold is None:
        click.echo(seed_summary(result.get("seeds", result)))


def seed_summary(result: dict[str, Any]) -> str:
    f, c, t = result["findings"], result["claims"], result["tables"]
    lines = [
        f"seeds: text findings   P {f['precision']:.3f}  R {f['recall']:.3f}  F1 {f['f1']:.3f}",
        f"seeds: text claims     P {c['precision']:.3f}  R {c['recall']:.3f}  F1 {c['f1']:.3f}",
        f"seeds: table rows      recall {t['recall']:.3f}  precision {t['precision']:.3f}",
        "seeds: fields on matched findings: "
        + ", ".join(f"{k} {v:.3f}" for k, v in result["fields_on_matched"].items()),
    ]
    if t["missed"]:
        lines.append("seeds: table rows missed: " + "; ".join(t["missed"]))
    return "\n".join(lines)


def gold_summary(name: str, part: dict[str, Any]) -> str:
    f, r = part["findings"], part["relevance"]
    cargo, role = part["cargo"], part["majority_role"]
    fields = ", ".join(f"{k} {v['accuracy']:.3f}" for k, v in part["fields_on_matched"].items())
    confusion = "; ".join(
        f"{gold} -> " + ", ".join(f"{said} {n}" for said, n in row.items())
        for gold, row in part["role_confusion"]["papers"].items()
    )
    return "\n".join(
        [
            f"{name}: {part['records']} records ({part['relevant']} relevant), "
            f"{part['gold_rows']} gold findings (+{part['neutral_rows']} method rows)",
            f"{name}: findings    P {f['precision']:.3f}  R {f['recall']:.3f}  F1 {f['f1']:.3f}"
            f"  ({f['matched']} matched of {f['read']} read, {f['gold']} gold)",
            f"{name}: relevance   P {r['precision']:.3f}  R {r['recall']:.3f}  F1 {r['f1']:.3f}",
            f"{name}: cargo recall {cargo['recall']:.3f} ({cargo['recalled']}/{cargo['gold']};"
            f" {cargo['in_records_read_irrelevant']} in records read as irrelevant),"
            f" majority role {role['accuracy']:.3f} ({role['right']}/{role['papers']})",
            f"{name}: fields on matched findings: {fields}",
            f"{name}: paper roles (gold -> read): {confusion or 'none'}",
        ]
    )


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
