"""Shared pieces of the command line: the group, its error handling and common options."""

from __future__ import annotations

import json
import math
import os
import sqlite3
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, TypeVar

import click
from pydantic import BaseModel, TypeAdapter, ValidationError

from exoatlas.atlas import Atlas
from exoatlas.errors import ExoatlasError, InputError
from exoatlas.model import Claim
from exoatlas.render import claim_chain
from exoatlas.store.failures import database_failure, os_failure

F = TypeVar("F", bound=Callable[..., Any])
DEFAULT_DB = "atlas.db"
SEED_CORPUS = Path("..") / "shared" / "seeds"


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
            click.echo(f"error: {' '.join(exc.format_message().split())}", err=True)
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
        except (sqlite3.Error, OSError, ValidationError) as exc:
            error = failure(exc)
            click.echo(f"error: {error}", err=True)
            sys.exit(2 if isinstance(error, InputError) else 1)
        except Exception as exc:
            click.echo(f"error: unexpected {type(exc).__name__}: {exc}", err=True)
            sys.exit(1)
        sys.exit(rv if isinstance(rv, int) else 0)


def failure(exc: sqlite3.Error | OSError | ValidationError) -> ExoatlasError:
    """A stray database, file-system or validation error as a typed one-line error."""
    if isinstance(exc, sqlite3.Error):
        return database_failure(exc, "the atlas")
    if isinstance(exc, ValidationError):
        return InputError(one_line(exc))
    named = os_failure(exc)
    if named is not None:
        return named
    where = f" {exc.filename}" if exc.filename else ""
    return ExoatlasError(f"{exc.strerror or type(exc).__name__}:{where}")


def one_line(exc: ValidationError) -> str:
    """pydantic's multi-line report as one line: the first problems, where and what."""
    parts = [
        f"{'.'.join(str(x) for x in error['loc']) or 'value'}: {error['msg']}"
        for error in exc.errors()[:3]
    ]
    more = f" (and {exc.error_count() - 3} more)" if exc.error_count() > 3 else ""
    return f"invalid {exc.title}: " + "; ".join(parts) + more


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


def format_option(func: F) -> F:
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(["json", "jsonl", "csv", "tsv"]),
        default=None,
        help="json (as --json), jsonl (one object per line), or a csv/tsv table.",
    )(func)


def output_format(fmt: str | None, as_json: bool) -> str | None:
    """The machine format asked for (``--json`` is ``--format json``); None for people."""
    if as_json and fmt not in (None, "json"):
        raise click.UsageError(f"--json and --format {fmt} ask for two formats; give one")
    return "json" if as_json else fmt


def emit_rows(
    rows: Iterable[Mapping[str, Any]], fmt: str, columns: Sequence[str] | None = None
) -> None:
    """Rows on stdout: a CSV/TSV table (formula-leading cells neutralised) or JSON Lines."""
    from exoatlas.analyze.tabular import write_jsonl, write_table

    out = sys.stdout
    if fmt == "jsonl":
        write_jsonl(rows, out)
    else:
        write_table((dict(r) for r in rows), fmt, out, columns)


def emit_models(items: Sequence[BaseModel], fmt: str) -> None:
    """A list of results in a machine format: json, jsonl (their shapes), csv/tsv (flattened)."""
    from exoatlas.analyze.tabular import model_rows

    if fmt == "json":
        emit_json(list(items))
    elif fmt == "jsonl":
        emit_rows((item.model_dump(mode="json") for item in items), fmt)
    else:
        emit_rows(model_rows(items), fmt)


def emit_json(value: Any) -> None:
    """Print exactly one JSON document."""
    if isinstance(value, BaseModel):
        click.echo(value.model_dump_json(indent=2))
    elif isinstance(value, list) and all(isinstance(v, BaseModel) for v in value):
        click.echo(TypeAdapter(list[Any]).dump_json(value, indent=2).decode())
    else:
        click.echo(json.dumps(finite(value), indent=2, ensure_ascii=False, allow_nan=False))


def finite(value: Any) -> Any:
    """``value`` with every NaN or infinity made null: JSON has no such numbers."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {k: finite(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [finite(v) for v in value]
    if isinstance(value, BaseModel):
        return finite(value.model_dump(mode="json"))
    return value


def open_atlas(db: str, *, write: bool = False) -> Atlas:
    """Open an existing atlas: read-only (``mode=ro``, never created or migrated) unless
    ``write``; only the writers (build, ingest, trials --import, datasets import) create."""
    return Atlas(db, create=False, readonly=not write)


@click.group(cls=ExoatlasGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="exoatlas")
def cli() -> None:
    """exoatlas: evidence on MSC-derived extracellular vesicles, from the literature."""


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


def parse_map(values: tuple[str, ...]) -> dict[str, str]:
    out = {}
    for value in values:
        column, sep, field = value.partition("=")
        if not sep or not column or not field:
            raise InputError(f"--map takes COLUMN=FIELD, not {value!r}")
        out[column] = field
    return out
