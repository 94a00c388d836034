"""EV characterisation QC: size statistics, subtype fractions per definition, purity, MISEV2018,
an EV-METRIC-like completeness score and the warnings a reviewer would raise.

Statistics of binned exports treat each bin's particles as sitting at the bin centre, so
percentiles are exact to within one bin; per-particle exports use every particle.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Sequence
from typing import Any

from exoatlas.ingest.sizes import SizeData
from exoatlas.model import (
    ChecklistItem,
    EvDefinition,
    Measurement,
    QCSample,
    Replicate,
    SizeStats,
)

# Webber & Clayton 2013 classes as recalled in FACTS.md: unverified, and reported as such.
PURITY_CLASSES = (
    (3e10, None, "high purity"),
    (2e9, 2e10, "low purity"),
    (None, 1.5e9, "impure"),
)
TRANSMEMBRANE = r"\b(cd9|cd63|cd81|cd82|itg\w*|integrin\w*|mfge8|lamp[12])\b"
CYTOSOLIC = r"\b(tsg101|alix|pdcd6ip|anxa\w*|annexin\w*|rab\w*|syntenin|sdcbp|hsp70|hspa\w*)\b"
CONTAMINANT = (
    r"\b(calnexin|canx|grp94|hsp90b1|histone\w*|h[1-4]\w*|argonaute|ago[1-4]|apo\w*|"
    r"apolipoprotein\w*|tamm|albumin|gm130|cytochrome c)\b"
)
SINGLE_PARTICLE = {"NTA", "TRPS", "flow cytometry"}
CONTAMINANT_ITEM = (
    "a non-EV contaminant assessed (calnexin, GRP94, histones, Argonaute, apolipoproteins)"
)


def _bin_edges(centres: list[float]) -> list[float]:
    """Edges between consecutive bin centres: geometric midpoints for log-spaced bins (DLS),
    arithmetic for linear ones (NTA); the outer edges mirror the first and last gaps."""
    if len(centres) < 2:
        return [centres[0] * 0.5, centres[0] * 1.5] if centres else []
    gaps = [b - a for a, b in itertools.pairwise(centres)]
    logged = centres[0] > 0 and max(gaps) > 3 * min(g for g in gaps if g > 0)
    if logged:
        mids = [math.sqrt(a * b) for a, b in itertools.pairwise(centres)]
        return [centres[0] ** 2 / mids[0], *mids, centres[-1] ** 2 / mids[-1]]
    mids = [(a + b) / 2 for a, b in itertools.pairwise(centres)]
    return [2 * centres[0] - mids[0], *mids, 2 * centres[-1] - mids[-1]]


def size_stats(data: SizeData) -> SizeStats:
    pairs = sorted(zip(data.sizes_nm, data.weights, strict=True))
    total = sum(w for _, w in pairs)
    mean = sum(s * w for s, w in pairs) / total
    edges = _bin_edges([s for s, _ in pairs]) if data.binned else []

    def percentile(p: float) -> float:
        target = p * total
        running = 0.0
        for index, (size, weight) in enumerate(pairs):
            if weight > 0 and running + weight >= target - 1e-12:
                if not data.binned:
                    return size
                # the particles of a bin spread evenly across it: interpolate inside the bin
                low, high = edges[index], edges[index + 1]
                return low + (high - low) * max(0.0, target - running) / weight
            running += weight
        return pairs[-1][0]

    if data.binned:
        mode = max(pairs, key=lambda sw: (sw[1], -sw[0]))[0]
    else:
        width = 5.0
        counts: dict[int, float] = {}
        for size, weight in pairs:
            counts[int(size // width)] = counts.get(int(size // width), 0.0) + weight
        bucket = max(counts, key=lambda b: (counts[b], -b))
        mode = bucket * width + width / 2
    d10, d50, d90 = percentile(0.1), percentile(0.5), percentile(0.9)
    concentration = data.concentration_per_ml
    if concentration is None and data.weight_kind == "concentration":
        concentration = total
    return SizeStats(
        mean_nm=round(mean, 3),
        mode_nm=round(mode, 3),
        median_nm=round(d50, 3),
        d10_nm=round(d10, 3),
        d50_nm=round(d50, 3),
        d90_nm=round(d90, 3),
        span=round((d90 - d10) / d50, 4) if d50 else 0.0,
        concentration_per_ml=concentration,
        particles=total,
        weighting=data.weighting,
        dilution=data.dilution,
        stock_concentration_per_ml=data.stock_concentration_per_ml,
    )


def inside(size: float, definition: EvDefinition) -> bool:
    low = definition.size_min_nm if definition.size_min_nm is not None else 0.0
    high = definition.size_max_nm if definition.size_max_nm is not None else float("inf")
    # a lower bound is inclusive and an upper bound exclusive, so adjacent ranges partition sizes
    return low <= size < high


def subtype_fractions(
    data: SizeData, definitions: Sequence[EvDefinition]
) -> dict[str, dict[str, float]]:
    """Fraction of particles inside each definition, per defining source; plus what no
    definition of that source covers. None for intensity- or volume-weighted data (DLS): a
    fraction of scattered light is not a fraction of particles."""
    if data.weighting != "number":
        return {}
    total = sum(data.weights)
    out: dict[str, dict[str, float]] = {}
    for source in sorted({d.document for d in definitions}):
        defs = [d for d in definitions if d.document == source]
        fractions = {
            d.subtype: round(
                sum(w for s, w in zip(data.sizes_nm, data.weights, strict=True) if inside(s, d))
                / total,
                6,
            )
            for d in defs
        }
        uncovered = sum(
            w
            for s, w in zip(data.sizes_nm, data.weights, strict=True)
            if not any(inside(s, d) for d in defs)
        )
        fractions["outside every definition"] = round(uncovered / total, 6)
        out[source] = fractions
    return out


def overlapping(definitions: Sequence[EvDefinition]) -> dict[str, list[str]]:
    """Per source, the pairs of its subtypes whose size ranges overlap (their fractions then add
    to more than 100 %)."""
    out: dict[str, list[str]] = {}
    for source in sorted({d.document for d in definitions}):
        defs = sorted(
            (d for d in definitions if d.document == source), key=lambda d: d.size_min_nm or 0.0
        )
        pairs = []
        for a, b in itertools.combinations(defs, 2):
            low = max(a.size_min_nm or 0.0, b.size_min_nm or 0.0)
            high = min(a.size_max_nm or math.inf, b.size_max_nm or math.inf)
            if low < high:
                pairs.append(f"{a.subtype} and {b.subtype} overlap at {low:g}-{high:g} nm")
        if pairs:
            out[source] = pairs
    return out


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value.replace(",", "").replace("×10^", "e").replace("x10^", "e"))
        except ValueError:
            return None
    return None


def purity(description: dict[str, Any], stats: SizeStats) -> dict[str, Any]:
    """Particles per µg of protein and its class; says which particle concentration it used."""
    stated = _number(description.get("particles_per_ml"))
    if stated:
        concentration, basis = stated, "particles_per_ml as described"
    elif stats.stock_concentration_per_ml:
        concentration = stats.stock_concentration_per_ml
        basis = f"measured concentration x recorded dilution {stats.dilution:g}"
    elif stats.concentration_per_ml:
        concentration = stats.concentration_per_ml
        basis = "measured concentration (no dilution recorded: the sample as measured)"
    else:
        concentration, basis = None, None
    protein_per_ml = _number(description.get("protein_ug_per_ml"))
    protein_total = _number(description.get("protein_ug"))
    volume = _number(description.get("volume_ml"))
    ratio = None
    if concentration and protein_per_ml:
        ratio = concentration / protein_per_ml
    elif concentration and protein_total and volume:
        ratio = concentration * volume / protein_total
    result: dict[str, Any] = {
        "particles_per_ug": ratio,
        "class": None,
        "status": "unverified",
        "note": "classes recalled from Webber & Clayton 2013 (FACTS.md): unverified",
        "particles_basis": basis,
    }
    if ratio is None:
        missing = []
        if not concentration:
            missing.append("particle concentration not measured or stated (particles_per_ml)")
        if not (protein_per_ml or (protein_total and volume)):
            missing.append("protein not stated (protein_ug_per_ml, or protein_ug and volume_ml)")
        result["note"] = "; ".join(missing)
        return result
    for low, high, name in PURITY_CLASSES:
        if (low is None or ratio >= low) and (high is None or ratio <= high):
            result["class"] = name
            break
    else:
        result["class"] = "between published classes"
    return result


def _as_list(value: Any) -> list[Any]:
    if not value:
        return []
    return [value] if isinstance(value, str) else list(value)


def _found_or_missing(match: re.Match[str] | None, detected: str, kind: str) -> str:
    if match:
        return f"{match.group(0)} detected"
    return f"no {kind} EV protein among the markers detected ({detected or 'none listed'})"


def _markers(description: dict[str, Any], key: str) -> str:
    value = description.get(key) or []
    if isinstance(value, str):
        value = [value]
    return " ".join(str(v) for v in value).casefold()


def misev2018(
    description: dict[str, Any],
    instrument: str | None,
    ratio: dict[str, Any] | None = None,
) -> list[ChecklistItem]:
    detected = _markers(description, "markers_detected")
    absent = _markers(description, "markers_absent")
    checked = _markers(description, "contaminants_checked")
    source = description.get("starting_material") or {}
    imaging = description.get("em_images")

    def item(text: str, ok: bool | None, detail: str | None = None) -> ChecklistItem:
        # a detail says what was found or what is missing; nothing when nothing was described
        status = "unknown" if ok is None else ("pass" if ok else "fail")
        shown = detail if ok is not None or text.startswith("two global") else None
        return ChecklistItem(item=text, status=status, detail=shown)  # type: ignore[arg-type]

    has_markers = "markers_detected" in description
    ratio = ratio or {}
    if ratio.get("particles_per_ug"):
        ratio_ok: bool | None = True
        ratio_detail = (
            f"{ratio['particles_per_ug']:.3g} particles/µg protein ({ratio.get('class')}; "
            f"particles: {ratio.get('particles_basis')})"
        )
    else:
        ratio_ok = False if description else None
        ratio_detail = ratio.get("note") or "protein and particle concentration not stated"
    detected_text = ", ".join(str(v) for v in _as_list(description.get("markers_detected")))
    return [
        item(
            "source quantified (starting volume, cell number or tissue mass)",
            bool(source) if "starting_material" in description else None,
            str(source) if source else None,
        ),
        item(
            "two global quantifications (protein, particles, lipid) and their ratio",
            ratio_ok,
            ratio_detail,
        ),
        item(
            "a transmembrane/GPI-anchored EV protein (CD9, CD63, CD81, integrins, MFGE8)",
            bool(re.search(TRANSMEMBRANE, detected)) if has_markers else None,
            _found_or_missing(re.search(TRANSMEMBRANE, detected), detected_text, "transmembrane"),
        ),
        item(
            "a cytosolic EV protein (TSG101, ALIX, annexins, Rabs, syntenin)",
            bool(re.search(CYTOSOLIC, detected)) if has_markers else None,
            _found_or_missing(re.search(CYTOSOLIC, detected), detected_text, "cytosolic"),
        ),
        item(
            CONTAMINANT_ITEM,
            bool(re.search(CONTAMINANT, f"{absent} {checked}"))
            if ("markers_absent" in description or "contaminants_checked" in description)
            else None,
            None
            if re.search(CONTAMINANT, f"{absent} {checked}")
            else "no contaminant among markers_absent / contaminants_checked",
        ),
        item(
            "single-EV imaging, wide field and close up (EM, AFM)",
            bool(imaging) if "em_images" in description else None,
            None if imaging else "em_images not given",
        ),
        item(
            "a single-particle method that is not imaging (NTA, TRPS, high-resolution flow)",
            instrument in SINGLE_PARTICLE if instrument else None,
            instrument
            if instrument in SINGLE_PARTICLE
            else f"{instrument} is an ensemble method"
            if instrument
            else "instrument not known",
        ),
    ]


def ev_metric(description: dict[str, Any]) -> list[ChecklistItem]:
    """EV-METRIC-like components (recalled, unverified: FACTS.md); inapplicable ones omitted.
    A failed component says what is missing."""
    raw = description.get("isolation")
    iso: dict[str, Any] = raw if isinstance(raw, dict) else {}
    isolation = (" ".join(str(v) for v in iso.values()) if iso else str(raw or "")).casefold()
    negatives = (
        f"{_markers(description, 'markers_absent')}{_markers(description, 'contaminants_checked')}"
    )
    items: list[tuple[str, bool, str]] = [
        (
            "EV-enriched protein(s) shown",
            bool(_markers(description, "markers_detected")),
            "markers_detected not stated",
        ),
        (
            "non-EV-enriched protein(s) assessed",
            bool(negatives),
            "markers_absent / contaminants_checked not stated",
        ),
        (
            "EM with wide-field and close-up images",
            bool(description.get("em_images")),
            "em_images not stated",
        ),
        (
            "density-gradient validation",
            "gradient" in isolation,
            "no density gradient in the isolation",
        ),
        (
            "EV density reported",
            description.get("density_g_ml") is not None,
            "density_g_ml not stated",
        ),
    ]
    if "centrifug" in isolation or "uc" in isolation.split():
        labels = {"g_force": "g-force", "time_min": "time", "rotor": "rotor"}
        missing = [label for key, label in labels.items() if not iso.get(key)]
        items.append(
            (
                "centrifugation g-force, time and rotor reported",
                not missing,
                f"{' and '.join(missing)} not stated",
            )
        )
    if description.get("antibodies_used", bool(_markers(description, "markers_detected"))):
        items.append(
            (
                "antibody clone and dilution reported",
                bool(description.get("antibodies")),
                "antibodies (clone, dilution) not stated",
            )
        )
    if description.get("lysates_used"):
        items.append(
            (
                "lysis buffer reported",
                bool(description.get("lysis_buffer")),
                "lysis_buffer not stated",
            )
        )
    return [
        ChecklistItem(
            item=name, status="pass" if ok else "fail", detail=None if ok else missing_part
        )
        for name, ok, missing_part in items
    ]


def warnings_for(
    description: dict[str, Any],
    data: SizeData,
    fractions: dict[str, dict[str, float]],
    checklist: list[ChecklistItem],
    definitions: Sequence[EvDefinition] = (),
) -> list[str]:
    out = []
    called = (
        f"{description.get('ev_type', '')} {description.get('name', '')} {data.name}".casefold()
    )
    large = fractions.get("misev2023", {}).get("large EV")
    if "exosome" in called and large is not None and large >= 0.2:
        out.append(
            f"called 'exosomes' but {large:.0%} of particles are larger than 200 nm (MISEV2023 "
            "large EVs); consider 'small EVs' or a size-based separation"
        )
    by_item = {c.item.split(" (")[0]: c for c in checklist}
    contaminant = by_item.get("a non-EV contaminant assessed")
    if contaminant is not None and contaminant.status != "pass":
        out.append("no negative (non-EV contaminant) marker such as calnexin was checked")
    single = by_item.get("a single-particle method that is not imaging")
    if single is not None and single.status == "fail":
        out.append(
            f"{data.instrument} is an ensemble method: add a single-particle method "
            "(NTA, TRPS, high-resolution flow)"
        )
    iso = description.get("isolation")
    if (
        isinstance(iso, dict)
        and "centrifug" in str(iso.get("method", "")).casefold()
        and not (iso.get("g_force") and iso.get("time_min"))
    ):
        out.append("ultracentrifugation without g-force and time cannot be reproduced")
    if data.weighting == "intensity":
        out.append(
            "intensity-weighted (DLS) sizes over-represent large particles; statistics "
            "are intensity-weighted, not number-weighted, and no concentration or subtype "
            "fraction is derived from them"
        )
    for source, pairs in overlapping(definitions).items():
        if source in fractions:
            out.append(
                f"{source}: definitions overlap ({'; '.join(pairs)}): their fractions add to "
                "more than 100 %"
            )
    return [*out, *data.notes]


def qc_sample(
    data: SizeData, description: dict[str, Any], definitions: Sequence[EvDefinition]
) -> QCSample:
    stats = size_stats(data)
    fractions = subtype_fractions(data, definitions)
    ratio = purity(description, stats)
    checklist = misev2018(description, data.instrument or description.get("instrument"), ratio)
    metric = ev_metric(description)
    completeness = sum(c.status == "pass" for c in metric) / len(metric) if metric else 0.0
    return QCSample(
        name=str(description.get("name") or data.name),
        instrument=data.instrument or description.get("instrument"),
        stats=stats,
        subtype_fractions=fractions,
        purity=ratio,
        misev2018=checklist,
        completeness=round(completeness, 3),
        ev_metric=metric,
        warnings=warnings_for(description, data, fractions, checklist, definitions),
        measurement=Measurement(
            instrument=data.instrument_model,
            settings=data.settings,
            stated=data.stated,
            replicates=[Replicate(**vars(r)) for r in data.replicates],
        ),
        overlapping={k: v for k, v in overlapping(definitions).items() if k in fractions},
    )
