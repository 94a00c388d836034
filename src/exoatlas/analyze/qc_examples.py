"""Realistic synthetic size exports for tests, demos and trying the QC report.

Each example is a lognormal mixture: a small-EV population (mode ~100 nm) plus a fraction of large
particles (~350 nm), written in the layout of a real instrument export:

- ``simple``    ``size_nm,concentration`` in 5 nm bins (the minimal form);
- ``nanosight`` metadata lines, then ``Bin centre (nm),Concentration (particles / ml)``;
- ``zetaview``  tab-separated, metadata lines, then ``Size / nm<TAB>Number``;
- ``dls``       ``Size (d.nm),Intensity (Percent)`` (an ensemble, intensity-weighted method);
- ``trps``      one particle per line, ``Diameter (µm)`` in micrometres.

The random generator is seeded, so every call with the same arguments writes the same file.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

LAYOUTS = ("simple", "nanosight", "zetaview", "dls", "trps")
BIN_NM = 5.0


@dataclass(frozen=True)
class Example:
    text: str
    suffix: str
    sizes_nm: np.ndarray  # bin centres, or every particle
    weights: np.ndarray  # what the export states per bin (1 per particle)


def particle_sizes(seed: int, n: int = 20_000, large_fraction: float = 0.1) -> np.ndarray:
    rng = np.random.default_rng(seed)
    n_large = int(n * large_fraction)
    small = rng.lognormal(mean=np.log(105), sigma=0.32, size=n - n_large)
    large = rng.lognormal(mean=np.log(350), sigma=0.35, size=n_large)
    sizes: np.ndarray = np.clip(np.concatenate([small, large]), 20, 2000)
    return sizes


def make_export(layout: str, seed: int = 1, large_fraction: float = 0.1) -> Example:
    if layout not in LAYOUTS:
        raise ValueError(f"layout must be one of {LAYOUTS}")
    sizes = particle_sizes(seed, large_fraction=large_fraction)
    if layout == "trps":
        lines = ["Izon qNano TRPS export", "Sample,TRPS prep", "Diameter (µm)"]
        lines += [f"{s / 1000:.5f}" for s in sizes]
        return Example(
            "\n".join(lines) + "\n", ".csv", np.round(sizes / 1000, 5) * 1000, np.ones(len(sizes))
        )
    edges = np.arange(0, 1000 + BIN_NM, BIN_NM)
    counts, _ = np.histogram(sizes, bins=edges)
    centres = edges[:-1] + BIN_NM / 2
    keep = counts > 0
    centres, counts = centres[keep], counts[keep].astype(float)
    if layout == "simple":
        body = ["size_nm,concentration"] + [
            f"{c:g},{n * 1e6:.6g}" for c, n in zip(centres, counts, strict=True)
        ]
        return Example("\n".join(body) + "\n", ".csv", centres, counts * 1e6)
    if layout == "nanosight":
        weights = counts * 2.5e6
        body = [
            "NanoSight NTA 3.4 Build 3.4.003",
            "Sample name,UC-MSC exosome prep",
            "Dilution factor,100",
            "",
            "Bin centre (nm),Concentration (particles / ml)",
        ]
        body += [f"{c:.1f},{w:.6g}" for c, w in zip(centres, weights, strict=True)]
        return Example("\n".join(body) + "\n", ".csv", centres, weights)
    if layout == "zetaview":
        body = ["ZetaView PMX-120", "Sample:\tBM-MSC EV", "", "Size / nm\tNumber"]
        body += [f"{c:.1f}\t{int(n)}" for c, n in zip(centres, counts, strict=True)]
        return Example("\n".join(body) + "\n", ".tsv", centres, counts)
    # dls: intensity ~ number x d^6, normalised to percent
    intensity = counts * centres**6
    percent = 100 * intensity / intensity.sum()
    body = ["Malvern Zetasizer", "Size (d.nm),Intensity (Percent)"]
    body += [f"{c:.1f},{p:.6g}" for c, p in zip(centres, percent, strict=True)]
    return Example(
        "\n".join(body) + "\n", ".csv", centres, np.array([float(f"{p:.6g}") for p in percent])
    )
