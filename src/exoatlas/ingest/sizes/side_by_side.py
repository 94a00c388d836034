"""A table of several NanoSight samples side by side, one column group per sample.

``Bin centre (nm)`` then, per sample, ``Concentration average <sample>``, ``Standard deviation
<sample>`` and ``Concentration Video k <sample>`` (a derived table some projects write from the
experiment summaries). Each ``Concentration average`` column is one sample; its video columns
are kept. The table holds no settings, dilution or instrument statistics, and the report says so.
"""

from __future__ import annotations

import csv
import io

from exoatlas.errors import InputError
from exoatlas.ingest.sizes.core import SizeData, cv, finite

AVERAGE = "Concentration average "


def is_side_by_side(head: str) -> bool:
    lines = head.splitlines()
    first = next(csv.reader(lines[:1]), [])
    cells = [c.strip() for c in first]
    return "Bin centre (nm)" in cells and sum(c.startswith(AVERAGE) for c in cells) >= 2


def parse_side_by_side(text: str, name: str, where: str) -> list[SizeData]:
    rows = list(csv.reader(io.StringIO(text)))
    header = [c.strip() for c in rows[0]]
    size_col = header.index("Bin centre (nm)")
    averages = [i for i, c in enumerate(header) if c.startswith(AVERAGE)]
    read = [
        col
        for col, cell in enumerate(header)
        if col in averages or cell.startswith("Concentration Video")
    ]
    sizes: list[float] = []
    values: list[list[float]] = [[] for _ in header]
    for line_no, row in enumerate(rows[1:], start=2):
        if not any(c.strip() for c in row):
            break
        at = f"{where}: line {line_no}"
        if len(row) < len(header):
            raise InputError(f"{at}: expected {len(header)} columns, got {len(row)}")
        sizes.append(finite(row[size_col], "bin centre", at))
        for col in read:
            value = finite(row[col], header[col], at)
            if value < 0:
                raise InputError(f"{at}: negative {header[col]}")
            values[col].append(value)
    # a column equal to an earlier one (to a millionth of its peak: tables written in float32
    # differ by that) repeats it: read once, noted
    groups: dict[str, int] = {}
    repeats: list[str] = []
    peaks = {col: max(values[col], default=0.0) for col in averages}
    for col in averages:
        earlier = next(
            (
                c
                for c in groups.values()
                if all(
                    abs(a - b) <= 1e-6 * peaks[c]
                    for a, b in zip(values[c], values[col], strict=True)
                )
            ),
            None,
        )
        if earlier is not None:
            repeats.append(f"{header[col]!r} repeats {header[earlier]!r}")
        elif header[col][len(AVERAGE) :] in groups:
            raise InputError(
                f"{where}: two different columns named {header[col]!r}: give one column per sample"
            )
        else:
            groups[header[col][len(AVERAGE) :]] = col
    samples = []
    for sample, col in groups.items():
        if sum(values[col]) <= 0:
            raise InputError(f"{where}: column {header[col]!r} holds no particles")
        video_cols = [
            i
            for i, c in enumerate(header)
            if c.startswith("Concentration Video") and c.endswith(f" {sample}")
        ]
        videos = [values[i] for i in video_cols]
        settings: dict[str, str | float | int] = {"videos": len(videos)}
        spread = cv([sum(v) for v in videos if sum(v) > 0])
        if spread is not None:
            settings["concentration_cv"] = spread
        samples.append(
            SizeData(
                name=sample,
                sizes_nm=sizes,
                weights=values[col],
                binned=True,
                # the table does not say whether its values are of the measured sample or
                # already multiplied back by a dilution, so no concentration is reported from it
                weight_kind="concentration, basis not stated",
                instrument="NTA",
                weighting="number",
                instrument_model="Malvern NanoSight (a table of samples side by side)",
                settings=settings,
                replicate_weights=videos,
                notes=[
                    f"one of {len(groups)} samples side by side in {name}, read from column "
                    f"{header[col]!r}; the table records no dilution, settings or instrument "
                    "statistics, nor whether its concentrations are of the measured or the "
                    "stock sample: no concentration is reported",
                    *(
                        [f"{len(repeats)} columns repeat others and were read once"]
                        if repeats
                        else []
                    ),
                ],
            )
        )
    return samples
