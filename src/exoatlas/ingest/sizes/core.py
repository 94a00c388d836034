"""What every size-export reader returns, and the number parsing they share."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from exoatlas.errors import InputError

_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")


@dataclass
class Replicate:
    """One video, position or run inside a measurement, with the instrument's own numbers."""

    label: str
    concentration_per_ml: float | None = None
    d50_nm: float | None = None
    mean_nm: float | None = None
    mode_nm: float | None = None
    valid: bool = True


@dataclass
class SizeData:
    """Sizes in nm with a weight each (1.0 for per-particle exports), and what the file says about
    how they were measured."""

    name: str
    sizes_nm: list[float]
    weights: list[float]
    binned: bool
    weight_kind: str  # concentration | count | percent | intensity | volume | particles
    instrument: str | None = None  # the method: NTA, DLS, TRPS, flow cytometry
    metadata: dict[str, str] = field(default_factory=dict)
    # what the weights count: number, intensity or volume (DLS is intensity-weighted)
    weighting: str = "number"
    instrument_model: str | None = None  # "Malvern NanoSight (NTA 3.3 ...)"
    # particles/mL in the measured sample as the instrument reports it (None: sum of the weights
    # when they are concentrations)
    concentration_per_ml: float | None = None
    dilution: float | None = None
    stock_concentration_per_ml: float | None = None
    settings: dict[str, str | float | int] = field(default_factory=dict)
    stated: dict[str, float] = field(default_factory=dict)  # the instrument's own statistics
    replicates: list[Replicate] = field(default_factory=list)
    replicate_weights: list[list[float]] = field(default_factory=list)  # per video, same bins
    notes: list[str] = field(default_factory=list)  # what the reader decided, for the report


def is_number(text: str) -> bool:
    return bool(_NUMBER.match(text.strip().replace(",", "")))


def finite(text: str, what: str, where: str) -> float:
    """A finite float, or an InputError naming the value and where it is."""
    cleaned = text.strip().replace(",", "")
    if not _NUMBER.match(cleaned):
        raise InputError(f"{where}: {what} {text.strip()!r} is not a number")
    value = float(cleaned)
    if not math.isfinite(value):
        raise InputError(f"{where}: {what} {text.strip()!r} is not a finite number")
    return value


def maybe_number(text: str | None) -> float | None:
    """A finite float when the text is one, else None (for optional metadata)."""
    if text is None:
        return None
    cleaned = text.strip().replace(",", "")
    if not _NUMBER.match(cleaned):
        return None
    value = float(cleaned)
    return value if math.isfinite(value) else None


def cv(values: list[float]) -> float | None:
    """Coefficient of variation (sample SD / mean) of at least two values."""
    if len(values) < 2:
        return None
    mean = sum(values) / len(values)
    if mean == 0:
        return None
    var = sum((v - mean) ** 2 for v in values) / (len(values) - 1)
    return round(math.sqrt(var) / mean, 4)
