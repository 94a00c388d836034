"""Malvern Zetasizer Nano tab-separated record exports (DLS).

One row per record (a repeat run), one column per parameter; a distribution is spread over
``Sizes[1..70] (d.nm)``, ``Intensities[1..70] (Percent)`` and, when exported, ``Numbers[...]`` and
``Volumes[...]``. A file may hold several tables (a summary with Z-Ave and PdI, then a wider one
with the distributions), each with its own header row; a column name may repeat (the first is
read). Each record is one sample. DLS measures scattered intensity: the distribution read is the
intensity one, labelled as such, never counts, and no concentration.

ZS XPLORER's ``.zmes`` files (an SQLite database) are not read: refused with what to export.
"""

from __future__ import annotations

import re

from exoatlas.errors import InputError
from exoatlas.ingest.sizes.core import SizeData, finite, maybe_number

_INDEXED = re.compile(r"^(?P<base>[^\[]+)\[(?P<i>\d+)\]")
ZMES_REFUSAL = (
    "a ZS XPLORER measurement file (.zmes: an SQLite database of the instrument software), "
    "which exoatlas does not read: in ZS XPLORER, export the records as a tab-separated text "
    "file with the sizes, intensities, Z-average and PdI, and give that"
)


def is_zetasizer(head: str) -> bool:
    first = head.split("\n", 1)[0]
    return "\t" in first and (
        "Sizes[1] (d.nm)" in first or ("Z-Ave (d.nm)" in first and "PdI" in first)
    )


def _tables(lines: list[str]) -> list[tuple[int, list[str], list[tuple[int, list[str]]]]]:
    """(line index, header, rows) of each table: a header row names 'Sample Name'."""
    tables: list[tuple[int, list[str], list[tuple[int, list[str]]]]] = []
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        cells = [c.strip() for c in line.split("\t")]
        if "Sample Name" in cells:
            tables.append((index, cells, []))
        elif tables:
            tables[-1][2].append((index, cells))
    return tables


def _first(header: list[str], name: str) -> int | None:
    return header.index(name) if name in header else None


def _series(header: list[str], base: str) -> list[int]:
    found = []
    for col, cell in enumerate(header):
        match = _INDEXED.match(cell)
        if match and match.group("base").strip() == base:
            found.append((int(match.group("i")), col))
    return [col for _, col in sorted(found)]


def parse_zetasizer(text: str, name: str, where: str) -> list[SizeData]:
    lines = text.splitlines()
    tables = _tables(lines)
    summary: dict[str, dict[str, float]] = {}
    samples: list[SizeData] = []
    for at, header, rows in tables:
        sizes_at = _series(header, "Sizes")
        name_col = header.index("Sample Name")
        z_col = _first(header, "Z-Average (d.nm)")
        if z_col is None:
            z_col = _first(header, "Z-Ave (d.nm)")
        pdi_col = _first(header, "PdI")
        if not sizes_at:  # a summary table: Z-average and PdI per record
            for _, cells in rows:
                values = {
                    key: value
                    for key, col in (("z_average_nm", z_col), ("pdi", pdi_col))
                    if col is not None
                    and col < len(cells)
                    and (value := maybe_number(cells[col])) is not None
                }
                if name_col < len(cells):
                    summary.setdefault(cells[name_col], values)
            continue
        intensity_at = _series(header, "Intensities")
        if len(intensity_at) != len(sizes_at):
            raise InputError(
                f"{where}: line {at + 1}: {len(sizes_at)} Sizes[] columns but "
                f"{len(intensity_at)} Intensities[] columns"
            )
        for line_no, cells in rows:
            here = f"{where}: line {line_no + 1}"
            if len(cells) < len(header):
                raise InputError(f"{here}: expected {len(header)} columns, got {len(cells)}")
            sizes = [finite(cells[c], "size", here) for c in sizes_at]
            weights = [finite(cells[c], "intensity", here) for c in intensity_at]
            if any(s <= 0 for s in sizes) or any(w < 0 for w in weights):
                raise InputError(f"{here}: sizes must be positive and intensities not negative")
            if sum(weights) <= 0:
                raise InputError(f"{here}: the record's intensity distribution is empty")
            record = cells[name_col] or f"{name} record {len(samples) + 1}"
            settings: dict[str, str | float | int] = {}
            for key, label in (
                ("software_version", "S/W Version"),
                ("serial_number", "Serial Number"),
                ("measurement_date", "Measurement Date and Time"),
            ):
                col = _first(header, label)
                if col is not None and cells[col]:
                    settings[key] = cells[col]
            for key, label in (
                ("temperature_c", "Temperature (°C)"),
                ("size_runs", "Size Runs"),
                ("attenuator", "Attenuator"),
                ("duration_s", "Duration (s)"),
                ("z_average_nm", "Z-Average (d.nm)"),
                ("pdi", "PdI"),
            ):
                col = _first(header, label)
                value = maybe_number(cells[col]) if col is not None else None
                if value is not None:
                    settings[key] = value
            for key, value in summary.get(record, {}).items():
                settings.setdefault(key, value)
            available = [
                kind
                for kind, base in (("number", "Numbers"), ("volume", "Volumes"))
                if len(_series(header, base)) == len(sizes_at)
            ]
            notes: list[str] = []
            for label in ("Sample Name", "Z-Average (d.nm)", "PdI", "Temperature (°C)"):
                if header.count(label) > 1:
                    notes.append(f"'{label}' appears {header.count(label)} times; the first read")
            if "z_average_nm" not in settings:
                notes.append("the export has no Z-average or PdI for this record")
            samples.append(
                SizeData(
                    name=record,
                    sizes_nm=sizes,
                    weights=weights,
                    binned=True,
                    weight_kind="intensity",
                    instrument="DLS",
                    metadata={"record": str(len(samples) + 1)},
                    weighting="intensity",
                    instrument_model="Malvern Zetasizer Nano",
                    settings=settings
                    | ({"other_distributions": ", ".join(available)} if available else {}),
                    notes=notes,
                )
            )
    if not samples:
        raise InputError(
            f"{where}: a Zetasizer export without size distributions: export the records with "
            "the Sizes[] and Intensities[] columns"
        )
    return samples
