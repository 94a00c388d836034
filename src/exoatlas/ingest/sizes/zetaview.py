"""Particle Metrix ZetaView (8.x) text exports.

``*_size_*.txt`` (Type of Measurement: Size Distribution): ``Key:<TAB>value`` header lines
(``Number of Traces``, ``Dilution::``, ``Median Number (D50)`` ...), then a 5-nm linear table
``Size / nm, Number, Concentration / cm-3, Volume, Area`` that ends at a separator row starting
``-1.000E+0``, after which a log-binned copy of the same data follows (not read: counted twice).
The statistics are number-weighted (the Number column); the concentration column is for the
measured sample (the per-position summary of the same run states ``Conc. (p./mL)`` for it and
``Orig. Conc.`` = concentration x dilution for the stock).

Per-position summaries (``*_11pos.txt``) and zeta-potential profiles (``*prof*.txt``) are not
size distributions: refused with one line that says what they are and what to export.
"""

from __future__ import annotations

import re

from exoatlas.errors import InputError
from exoatlas.ingest.sizes.core import SizeData, finite, maybe_number

SUMMARY_COLUMNS = {"Position", "Conc. (p./mL)", "X50 (nm)"}
EXPORT_HINT = "export the run's size distribution (the '…_size_<laser>.txt' file) instead"


def is_zetaview(head: str) -> bool:
    return "ZetaView S/N:" in head or "Software:\tZetaView" in head or _is_summary(head)


def _is_summary(head: str) -> bool:
    first = head.splitlines()[0] if head else ""
    return {c.strip() for c in first.split("\t")} >= SUMMARY_COLUMNS


def _pairs(lines: list[str]) -> dict[str, str]:
    """``Key:<TAB>value`` lines; a line may hold several pairs (``Number of Traces:`` does)."""
    found: dict[str, str] = {}
    for line in lines:
        cells = [c.strip() for c in line.split("\t")]
        for index, cell in enumerate(cells):
            if cell.endswith(":") and index + 1 < len(cells) and cell.rstrip(":"):
                found.setdefault(cell.rstrip(":"), cells[index + 1])
    return found


def _refuse_summary(text: str, where: str) -> InputError:
    lines = [line.split("\t") for line in text.splitlines() if line.strip()]
    header = [c.strip() for c in lines[0]]
    mean = next((row for row in lines if len(row) > 1 and row[1].strip() == "Mean"), None)
    used = sum(1 for row in lines[1:] if row and row[0].strip() == "X")
    positions = sum(1 for row in lines[1:] if len(row) > 1 and maybe_number(row[1]) is not None)
    given = ""
    x50_at, conc_at = header.index("X50 (nm)"), header.index("Conc. (p./mL)")
    if mean is not None and len(mean) > max(x50_at, conc_at):
        given = (
            f"; its Mean row gives X50 {mean[x50_at].strip()} nm and "
            f"{mean[conc_at].strip()} particles/mL"
        )
    return InputError(
        f"{where}: a ZetaView per-position summary ({positions} positions, {used} used{given}), "
        f"not a size distribution: {EXPORT_HINT}"
    )


def parse_zetaview(text: str, name: str, where: str) -> SizeData:
    if _is_summary(text[:2000]):
        raise _refuse_summary(text, where)
    lines = text.splitlines()
    try:
        table_at = lines.index("Size Distribution")
    except ValueError:
        table_at = -1
    meta = _pairs(lines if table_at < 0 else lines[:table_at])
    kind = meta.get("Type of Measurement", "")
    if kind != "Size Distribution" or table_at < 0:
        zeta = re.search(r"Zeta Potential / mV:\s*([-+\d.]+)", text)
        what = (
            f"a ZetaView zeta-potential profile (zeta potential {float(zeta.group(1)):.1f} mV)"
            if zeta
            else f"a ZetaView '{kind or 'unknown'}' measurement"
        )
        raise InputError(f"{where}: {what}, not a size distribution: {EXPORT_HINT}")
    if "\x00" in text:
        raise InputError(f"{where}: binary data (NUL bytes) inside a ZetaView size export")
    header = [c.strip() for c in lines[table_at + 1].split("\t")]
    if header[:3] != ["Size / nm", "Number", "Concentration / cm-3"]:
        raise InputError(
            f"{where}: line {table_at + 2}: expected 'Size / nm, Number, Concentration / cm-3', "
            f"got {', '.join(header[:3])!r}"
        )
    sizes: list[float] = []
    numbers: list[float] = []
    concentration = 0.0
    for line_no in range(table_at + 2, len(lines)):
        cells = lines[line_no].split("\t")
        if not cells[0].strip():
            break
        at = f"{where}: line {line_no + 1}"
        size = finite(cells[0], "size", at)
        if size < 0:  # the -1.000E+0 separator before the log-binned copy
            break
        if len(cells) < 3:
            raise InputError(f"{at}: expected {len(header)} columns, got {len(cells)}")
        number = finite(cells[1], "Number", at)
        conc = finite(cells[2], "Concentration / cm-3", at)
        if number < 0 or conc < 0:
            raise InputError(f"{at}: negative number or concentration")
        sizes.append(size)
        numbers.append(number)
        concentration += conc
    traces = maybe_number(meta.get("Number of Traces"))
    if not sizes or sum(numbers) <= 0:
        raise InputError(
            f"{where}: a ZetaView run with no particles tracked (Number of Traces: "
            f"{meta.get('Number of Traces', '?')}): nothing to report; measure the sample again"
        )
    dilution = maybe_number(meta.get("Dilution"))
    settings: dict[str, str | float | int] = {}
    for key, label in (
        ("software_version", "Software"),
        ("serial_number", "ZetaView S/N"),
        ("cell_serial_number", "Cell S/N"),
    ):
        if meta.get(label):
            settings[key] = meta[label]
    for key, label in (
        ("temperature_c", "Temperature"),
        ("camera_sensitivity", "Sensitivity"),
        ("shutter", "Shutter"),
        ("minimum_brightness", "Minimum Brightness"),
        ("laser_wavelength_nm", "Laser Wavelength nm"),
        ("positions", "Positions"),
        ("traces", "Number of Traces"),
        ("correction_factor", "Concentration Correction Factor"),
    ):
        value = maybe_number(meta.get(label))
        if value is not None:
            settings[key] = int(value) if key in ("positions", "traces") else value
    stated = {}
    d50 = maybe_number(meta.get("Median Number (D50)"))
    if d50 is not None:
        stated["d50_nm"] = d50
    notes = []
    if traces is not None and traces < 1000:
        notes.append(f"only {int(traces)} particle traces: D10/D50/D90 rest on few particles")
    return SizeData(
        name=meta.get("Sample") or name,
        sizes_nm=sizes,
        weights=numbers,
        binned=True,
        weight_kind="count",
        instrument="NTA",
        metadata=meta,
        weighting="number",
        instrument_model="Particle Metrix ZetaView",
        concentration_per_ml=concentration,
        dilution=dilution,
        stock_concentration_per_ml=concentration * dilution if dilution else None,
        settings=settings,
        stated=stated,
        notes=notes,
    )
