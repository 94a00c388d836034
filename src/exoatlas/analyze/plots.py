"""Plots people would rather look at than read. matplotlib is imported lazily, off-screen."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from exoatlas.errors import InputError

FORMATS = (".png", ".svg")


def plot_role_matrix(matrix: dict[str, Any], path: Path) -> Path:
    """Heatmap of MSC source × disease, coloured by pro- vs anti-tumour balance, counts written in.

    Red: the claims say these vesicles help this tumour; green: they fight it; grey: only
    regenerative or protective claims; white: nothing known.
    """
    if path.suffix.lower() not in FORMATS:
        raise InputError(f"plot file must end in {' or '.join(FORMATS)}: {path}")
    if not path.parent.exists():
        raise InputError(f"directory {str(path.parent)!r} does not exist")
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.colors import LinearSegmentedColormap
    from matplotlib.patches import Rectangle

    sources: list[str] = matrix["sources"]
    diseases: list[str] = matrix["diseases"]
    grid = [[float("nan")] * len(diseases) for _ in sources]
    labels = [[""] * len(diseases) for _ in sources]
    other = []
    for cell in matrix["cells"]:
        i, j = sources.index(cell["source"]), diseases.index(cell["disease"])
        pro, anti = cell["pro_tumor"], cell["anti_tumor"]
        rest = sum(v for k, v in cell.items() if k in ("regenerative", "protective"))
        if cell["balance"] is not None:
            grid[i][j] = cell["balance"]
            labels[i][j] = f"{pro}↑{anti}↓"
        elif rest:
            other.append((i, j))
            labels[i][j] = str(rest)
    width = max(8.0, 0.45 * len(diseases) + 3)
    height = max(4.0, 0.45 * len(sources) + 2.5)
    fig, ax = plt.subplots(figsize=(width, height))
    cmap = LinearSegmentedColormap.from_list(
        "sword", ["#1b7837", "#f7f7f7", "#b2182b"]
    ).with_extremes(bad="white")
    image = ax.imshow(grid, cmap=cmap, vmin=-1, vmax=1, aspect="auto")
    for i, j in other:
        ax.add_patch(Rectangle((j - 0.5, i - 0.5), 1, 1, color="#d9d9d9"))
    for i, row in enumerate(labels):
        for j, text in enumerate(row):
            if text:
                ax.text(j, i, text, ha="center", va="center", fontsize=7)
    ax.set_xticks(range(len(diseases)), diseases, rotation=60, ha="right", fontsize=8)
    ax.set_yticks(range(len(sources)), sources, fontsize=8)
    ax.set_title("MSC-EV claims by source and disease: pro-tumour (red) vs anti-tumour (green)")
    fig.colorbar(image, ax=ax, label="(pro − anti) / (pro + anti)", shrink=0.7)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
    return path
