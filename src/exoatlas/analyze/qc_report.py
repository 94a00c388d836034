"""QC outputs people look at: a histogram with each definition's size band, and an HTML report.

The HTML is self-contained (the plot is embedded as a PNG data URI; no asset is fetched).
"""

from __future__ import annotations

import base64
import io
import itertools
from collections.abc import Sequence
from pathlib import Path

from exoatlas.errors import InputError
from exoatlas.ingest.sizes import SizeData
from exoatlas.model import EvDefinition, QCSample

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
            ax.plot(sample.sizes_nm, [w / total / width for w in sample.weights], label=sample.name)
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
    ax.set_ylabel("fraction of particles per nm")
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
    path.write_bytes(png)


def html_report(reports: Sequence[QCSample], png: bytes) -> str:
    from exoatlas.web import render_page

    image = "data:image/png;base64," + base64.b64encode(png).decode("ascii")
    return render_page("qc.html", reports=reports, image=image)
