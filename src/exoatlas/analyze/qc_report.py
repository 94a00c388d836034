"""QC outputs people look at: a histogram with each definition's size band, and an HTML report.

The HTML is self-contained (the plot is embedded as a PNG data URI; no asset is fetched).
"""

from __future__ import annotations

import io
import itertools
from collections.abc import Sequence
from pathlib import Path

from exoatlas.errors import InputError
from exoatlas.ingest.sizes import SizeData
from exoatlas.model import EvDefinition, QCSample
from exoatlas.outputs import write_atomic

BAND_COLOURS = {
    "000_f18fedb756d4e7ae": "#1f77b4",
    "001_3934da7a98245935": "#ff7f0e",
    "misev2023": "#2ca02c",
}


def histogram_png(samples: Sequence[SizeData], definitions: Sequence[EvDefinition]) -> bytes:
    """Size distributions of the samples, with every definition's band drawn under them."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(9, 6.2))
    top = max(max(s.sizes_nm) for s in samples)
    upper = min(max(top * 1.05, 300.0), 2000.0)
    ordered = sorted(definitions, key=lambda d: (d.document, d.size_min_nm or 0.0))
    for lane, d in enumerate(ordered):
        low = d.size_min_nm or 0.0
        high = min(d.size_max_nm or upper, upper)
        if low >= upper:
            continue
        y = -0.2 - 0.055 * lane
        colour = BAND_COLOURS.get(d.document, "grey")
        transform = ax.get_xaxis_transform()
        ax.plot(
            [low, high],
            [y, y],
            lw=5,
            solid_capstyle="butt",
            color=colour,
            alpha=0.75,
            transform=transform,
            clip_on=False,
        )
        short = (
            "000"
            if d.document.startswith("000")
            else "001"
            if d.document.startswith("001")
            else d.document
        )
        ax.text(
            -0.01 * upper,
            y,
            f"{short} {d.subtype}",
            transform=transform,
            ha="right",
            va="center",
            fontsize=7,
            clip_on=False,
        )
    for sample in samples:
        total = sum(sample.weights)
        if sample.binned:
            centres = sorted(sample.sizes_nm)
            gaps = sorted(b - a for a, b in itertools.pairwise(centres) if b > a)
            width = gaps[len(gaps) // 2] if gaps else 1.0
            label = sample.name
            if sample.weighting != "number":  # DLS: a share of scattered light, not particles
                label = f"{sample.name} ({sample.weighting}-weighted)"
            ax.plot(sample.sizes_nm, [w / total / width for w in sample.weights], label=label)
        else:
            ax.hist(
                sample.sizes_nm,
                bins=80,
                range=(0, upper),
                density=True,
                histtype="step",
                label=sample.name,
            )
    ax.axvline(200, color="grey", ls="--", lw=0.8)
    ax.text(
        202,
        0.97,
        "200 nm (MISEV2023 small/large)",
        transform=ax.get_xaxis_transform(),
        fontsize=7,
        va="top",
        color="grey",
    )
    ax.set_xlim(0, upper)
    ax.set_xlabel("size (nm)")
    ax.set_ylabel("fraction per nm (of particles unless labelled otherwise)")
    ax.legend(fontsize=8)
    fig.subplots_adjust(left=0.2, bottom=0.45)
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=110)
    plt.close(fig)
    return buffer.getvalue()


def write_png(path: Path, png: bytes) -> None:
    if path.suffix.lower() != ".png":
        raise InputError(f"{path}: the plot is written as PNG; give a .png file name")
    if not path.parent.exists():
        raise InputError(f"directory {str(path.parent)!r} does not exist")
    write_atomic(path, png)


def _settings_line(report: QCSample) -> str | None:
    if report.measurement is None:
        return None
    s = report.measurement.settings
    parts = []
    for key, label in (
        ("software_version", "software"),
        ("serial_number", "serial"),
        ("temperature_c", "°C"),
        ("camera_level", "camera level"),
        ("camera_sensitivity", "camera sensitivity"),
        ("detection_threshold", "detection threshold"),
        ("minimum_brightness", "minimum brightness"),
        ("videos", "videos"),
        ("positions", "positions"),
        ("traces", "traces"),
        ("size_runs", "size runs"),
    ):
        if key in s:
            value = s[key]
            shown = f"{value:g}" if isinstance(value, float) else str(value)
            parts.append(f"{shown} {label}" if key == "temperature_c" else f"{label} {shown}")
    spread = [
        f"{label} CV {s[key]:.0%}"
        for key, label in (("concentration_cv", "concentration"), ("d50_cv", "D50"))
        if isinstance(s.get(key), float)
    ]
    if spread:
        parts.append("between videos: " + ", ".join(spread))
    instrument = report.measurement.instrument
    if not parts and not instrument:
        return None
    return f"measured with {instrument or 'an unnamed instrument'}" + (
        f": {'; '.join(parts)}" if parts else ""
    )


def _concentration_line(report: QCSample) -> str:
    s = report.stats
    if s.weighting != "number":
        return f"concentration: not reported ({s.weighting}-weighted data)"
    if s.concentration_per_ml is None:
        return "concentration: not in the export"
    line = f"concentration: {s.concentration_per_ml:.3g} particles/mL in the measured sample"
    if s.dilution:
        stock = s.stock_concentration_per_ml or 0.0
        return f"{line}; dilution {s.dilution:g} recorded: {stock:.3g} particles/mL in the stock"
    recorded = report.measurement.settings.get("dilution_recorded") if report.measurement else None
    return f"{line}; dilution {str(recorded).lower() if recorded else 'not recorded'}"


def summary_lines(report: QCSample) -> list[str]:
    """The report of one sample as lines of text: what the CLI prints and the HTML shows."""
    s = report.stats
    lines = [f"{report.name} ({report.instrument or 'instrument unknown'})"]
    settings = _settings_line(report)
    if settings:
        lines.append(f"  {settings}")
    lines.append(
        f"  {s.weighting}-weighted: mean {s.mean_nm:.1f} nm, mode {s.mode_nm:.1f}, D10/D50/D90 "
        f"{s.d10_nm:.0f}/{s.d50_nm:.0f}/{s.d90_nm:.0f} nm, span {s.span:.2f}"
    )
    recorded = report.measurement.settings if report.measurement else {}
    if "z_average_nm" in recorded or "pdi" in recorded:
        z, pdi = recorded.get("z_average_nm", "—"), recorded.get("pdi", "—")
        lines.append(f"  Z-average {z} nm, PdI {pdi} (from the record)")
    lines.append(f"  {_concentration_line(report)}")
    if not report.subtype_fractions:
        lines.append(
            "  subtype fractions: none (a fraction of scattered light is not a fraction of "
            "particles)"
        )
    for source, fractions in report.subtype_fractions.items():
        listed = ", ".join(f"{k} {v:.0%}" for k, v in fractions.items())
        overlap = (
            " (overlapping definitions: they add to more than 100 %)"
            if source in report.overlapping
            else ""
        )
        lines.append(f"  {source}: {listed}{overlap}")
    ratio = report.purity.get("particles_per_ug")
    if ratio:
        lines.append(
            f"  purity: {ratio:.3g} particles/µg — {report.purity.get('class')} "
            f"({report.purity.get('status')}; particles: {report.purity.get('particles_basis')})"
        )
    else:
        lines.append(f"  purity: not computable — {report.purity.get('note')}")
    shown = sum(c.status == "pass" for c in report.misev2018)
    lines.append(
        f"  MISEV2018: {shown}/{len(report.misev2018)} shown; "
        f"EV-METRIC-like completeness {report.completeness:.0%}"
    )
    for c in report.misev2018:
        if c.status != "pass":
            label = "missing" if c.status == "fail" else "not described"
            lines.append(f"    {label}: {c.item}" + (f" — {c.detail}" if c.detail else ""))
    for c in report.ev_metric:
        if c.status == "fail":
            lines.append(
                f"    EV-METRIC missing: {c.item}" + (f" — {c.detail}" if c.detail else "")
            )
    lines.extend(f"  warning: {w}" for w in report.warnings)
    return lines
