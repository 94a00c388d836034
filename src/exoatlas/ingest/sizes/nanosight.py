"""Malvern NanoSight NTA 3.x ``…-ExperimentSummary.csv``.

Layout (NTA 3.3, as written): a settings block (``[Conditions]``, ``[Settings]``), ``[Results]``
with one column per video then ``Average`` and ``Standard Error`` (dilution, concentration),
``[Size Data]`` with the number-weighted statistics (Mean, Mode, SD, D10, D50, D90) per video and
averaged, then ``Graph Data``: per 1-nm bin the concentration of each video, ``Concentration
average`` and its standard error, ending at a blank line before a ``Percentile`` table. The
surface-area, volume and diffusion blocks that follow are not size-number distributions.

The average over the videos is what a user reports, so it is the distribution read; each video is
kept, with the spread between them as a coefficient of variation. A video that recorded nothing
(all zero) is kept and flagged: the instrument's average counts it as zero.
"""

from __future__ import annotations

import csv
import io

from exoatlas.errors import InputError
from exoatlas.ingest.sizes.core import Replicate, SizeData, cv, finite, maybe_number

STAT_ROWS = ("Mean", "Mode", "SD", "D10", "D50", "D90")


def is_nanosight(head: str) -> bool:
    return "NTA Experiment Summary File" in head or (
        "[Experiment Details]" in head and "Software Version,NTA" in head
    )


def _row(rows: list[list[str]], label: str, start: int = 0) -> tuple[int, list[str]] | None:
    for index in range(start, len(rows)):
        if rows[index] and rows[index][0].strip() == label:
            return index, [c.strip() for c in rows[index]]
    return None


def parse_nanosight(text: str, name: str, where: str) -> SizeData:
    rows = list(csv.reader(io.StringIO(text)))
    files = _row(rows, "Filename:")
    if files is None:
        raise InputError(f"{where}: a NanoSight experiment summary without its 'Filename:' row")
    videos = [c for c in files[1][1:] if c]
    count = len(videos)
    if count == 0:
        raise InputError(f"{where}: a NanoSight experiment summary that lists no video")
    meta = {r[0].strip(): r[1].strip() for r in rows[:16] if len(r) >= 2 and r[0].strip()}
    results = _row(rows, "[Results]")
    if results is None:
        raise InputError(f"{where}: a NanoSight experiment summary without its [Results] block")
    header = results[1]
    try:
        avg_col, se_col = header.index("Average"), header.index("Standard Error")
    except ValueError as exc:
        raise InputError(
            f"{where}: [Results] has no 'Average' and 'Standard Error' columns"
        ) from exc
    conc_row = _row(rows, "Concentration (Particles / ml)", results[0])
    if conc_row is None:
        raise InputError(f"{where}: no 'Concentration (Particles / ml)' row under [Results]")
    per_video_conc = [maybe_number(c) for c in conc_row[1][1 : 1 + count]]
    stated_conc = finite(conc_row[1][avg_col], "average concentration", where)
    conc_se = maybe_number(conc_row[1][se_col])

    size_block = _row(rows, "[Size Data]")
    if size_block is None:
        raise InputError(f"{where}: no [Size Data] block")
    weighting = _row(rows, "Weighting", size_block[0])
    if weighting is None or weighting[1][1] != "Number":
        raise InputError(f"{where}: the first [Size Data] block is not number-weighted")
    stat_header = _row(rows, "Filename", weighting[0])
    if stat_header is None:
        raise InputError(f"{where}: no statistics table under [Size Data]")
    s_avg = stat_header[1].index("Average") if "Average" in stat_header[1] else 1 + count
    stated: dict[str, float] = {}
    per_video: dict[str, list[float | None]] = {}
    for label in STAT_ROWS:
        found = _row(rows, label, stat_header[0])
        if found is None:
            continue
        per_video[label] = [maybe_number(c) for c in found[1][1 : 1 + count]]
        value = maybe_number(found[1][s_avg]) if len(found[1]) > s_avg else None
        if value is not None:
            stated[f"{label.lower()}_nm"] = value
    stated["concentration_per_ml"] = stated_conc
    if conc_se is not None:
        stated["concentration_se_per_ml"] = conc_se

    graph = _row(rows, "Bin centre (nm)", stat_header[0])
    if graph is None:
        raise InputError(f"{where}: no 'Bin centre (nm)' table under [Size Data]")
    columns = graph[1]
    if "Concentration average" not in columns:
        raise InputError(f"{where}: the size table has no 'Concentration average' column")
    average_col = columns.index("Concentration average")
    video_cols = [i for i, c in enumerate(columns) if c.startswith("Concentration (particles")]
    sizes: list[float] = []
    average: list[float] = []
    by_video: list[list[float]] = [[] for _ in video_cols]
    for line_no in range(graph[0] + 1, len(rows)):
        row = [c.strip() for c in rows[line_no]]
        if not row or not row[0]:  # the distribution ends at the blank line
            break
        at = f"{where}: line {line_no + 1}"
        if len(row) <= average_col:
            raise InputError(f"{at}: expected {len(columns)} columns, got {len(row)}")
        sizes.append(finite(row[0], "bin centre", at))
        value = finite(row[average_col], "concentration average", at)
        if value < 0:
            raise InputError(f"{at}: negative concentration average")
        average.append(value)
        for k, col in enumerate(video_cols):
            by_video[k].append(finite(row[col], "video concentration", at))
    if not sizes:
        raise InputError(f"{where}: the NanoSight size table has no rows")
    if sum(average) <= 0:
        raise InputError(f"{where}: every video's size distribution is empty (no particles)")

    replicates = []
    for k, label in enumerate(videos):
        video_conc = per_video_conc[k] if k < len(per_video_conc) else None
        valid = bool(video_conc) and (k >= len(by_video) or sum(by_video[k]) > 0)
        replicates.append(
            Replicate(
                label=label,
                concentration_per_ml=video_conc,
                d50_nm=per_video.get("D50", [None] * count)[k],
                mean_nm=per_video.get("Mean", [None] * count)[k],
                mode_nm=per_video.get("Mode", [None] * count)[k],
                valid=valid,
            )
        )
    notes = []
    failed = [k + 1 for k, r in enumerate(replicates) if not r.valid]
    good = [r for r in replicates if r.valid]
    if failed:
        good_conc = [r.concentration_per_ml for r in good if r.concentration_per_ml]
        mean_good = sum(good_conc) / len(good_conc) if good_conc else 0.0
        notes.append(
            f"video {', '.join(map(str, failed))} of {count} recorded no particles; the "
            f"instrument's average counts it as zero (the {len(good)} valid videos average "
            f"{mean_good:.3g} particles/mL, and its stated average D50 "
            f"{stated.get('d50_nm', float('nan')):.1f} nm averages in a 0)"
        )
    dilution_text = next(
        (r[1].strip() for r in rows if r and r[0].startswith("Dilution factor") and len(r) > 1),
        "",
    )
    dilution = maybe_number(dilution_text)
    settings: dict[str, str | float | int] = {"videos": count}
    if meta.get("Software Version"):
        settings["software_version"] = meta["Software Version"]
    for label, key in (
        ("Temperature/C", "temperature_c"),
        ("Camera Level", "camera_level"),
        ("Detection Threshold", "detection_threshold"),
    ):
        found = _row(rows, label)
        if found is None:
            continue
        values = [v for v in (maybe_number(c) for c in found[1][1 : 1 + count]) if v is not None]
        if values:
            settings[key] = round(sum(values) / len(values), 3)
            if key != "temperature_c" and len(set(values)) > 1:
                notes.append(f"{label} differs between videos: {', '.join(map(str, values))}")
    camera = _row(rows, "Camera Type")
    if camera is not None and camera[1][1]:
        settings["camera"] = camera[1][1]
    if dilution is None:
        settings["dilution_recorded"] = dilution_text or "absent"
    spread = {
        "concentration_cv": cv([r.concentration_per_ml for r in good if r.concentration_per_ml]),
        "d50_cv": cv([r.d50_nm for r in good if r.d50_nm]),
    }
    for key, value in spread.items():
        if value is not None:
            settings[key] = value
    # 'concentrations adjusted for this factor': a recorded dilution is already applied
    measured = stated_conc / dilution if dilution else stated_conc
    return SizeData(
        name=meta.get("Experiment Name", "").removesuffix(".nano") or name,
        sizes_nm=sizes,
        weights=average,
        binned=True,
        weight_kind="concentration",
        instrument="NTA",
        metadata=meta,
        weighting="number",
        instrument_model="Malvern NanoSight",
        concentration_per_ml=measured,
        dilution=dilution,
        stock_concentration_per_ml=stated_conc if dilution else None,
        settings=settings,
        stated=stated,
        replicates=replicates,
        replicate_weights=by_video,
        notes=notes,
    )
