"""Summaries of the reference datasets, with plots."""

from __future__ import annotations

import statistics
from collections import defaultdict
from pathlib import Path
from typing import Any

from exoatlas.errors import InputError


def loading_summary(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Loading capacity (% wt/wt) by method: studies, median, range."""
    by_method: dict[str, list[float]] = defaultdict(list)
    for row in rows:
        if row.get("units", "wt/wt") == "wt/wt":
            by_method[row["method"]].append(row["capacity_pct"])
    return sorted(
        (
            {
                "method": m,
                "n": len(v),
                "median_pct": round(statistics.median(v), 3),
                "min_pct": min(v),
                "max_pct": max(v),
            }
            for m, v in by_method.items()
        ),
        key=lambda s: (-s["n"], s["method"]),
    )


def biodistribution_summary(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Share of signal by organ across studies (values may be normalised within each study)."""
    by_organ: dict[str, list[float]] = defaultdict(list)
    for row in rows:
        for organ, value in row["organs"].items():
            by_organ[organ].append(value)
    return sorted(
        (
            {
                "organ": o,
                "n": len(v),
                "median": round(statistics.median(v), 3),
                "mean": round(statistics.fmean(v), 3),
            }
            for o, v in by_organ.items()
        ),
        key=lambda s: -s["median"],
    )


def plot_summary(kind: str, rows: list[dict[str, Any]], path: Path) -> None:
    if path.suffix.lower() not in (".png", ".svg"):
        raise InputError(f"plot file must end in .png or .svg: {path}")
    if not path.parent.exists():
        raise InputError(f"directory {str(path.parent)!r} does not exist")
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(8, 4.5))
    if kind == "loading":
        groups: dict[str, list[float]] = defaultdict(list)
        for row in rows:
            groups[row["method"]].append(row["capacity_pct"])
        names = sorted(groups, key=lambda m: -len(groups[m]))
        ax.boxplot(
            [groups[n] for n in names], tick_labels=[f"{n}\n(n={len(groups[n])})" for n in names]
        )
        ax.set_yscale("log")
        ax.set_ylabel("loading capacity, % wt/wt (log)")
        ax.set_title("Reported loading capacity by method")
    else:
        summary = biodistribution_summary(rows)
        ax.bar([s["organ"] for s in summary], [s["median"] for s in summary])
        ax.set_ylabel("median share of signal across studies")
        ax.set_title("MSC-EV biodistribution (values may be normalised within each study)")
        ax.tick_params(axis="x", rotation=45)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
