"""EV characterisation QC: size statistics, subtype fractions per definition, purity, MISEV2018,
an EV-METRIC-like completeness score and the warnings a reviewer would raise.

Statistics of binned exports treat each bin's particles as sitting at the bin centre, so
percentiles are exact to within one bin; per-particle exports use every particle.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from exoatlas.ingest.sizes import SizeData
from exoatlas.model import ChecklistItem, EvDefinition, QCSample, SizeStats

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


def size_stats(data: SizeData) -> SizeStats:
    pairs = sorted(zip(data.sizes_nm, data.weights, strict=True))
    total = sum(w for _, w in pairs)
    mean = sum(s * w for s, w in pairs) / total

    def percentile(p: float) -> float:
        target = p * total
        running = 0.0
        for size, weight in pairs:
            running += weight
            if running >= target - 1e-12:
                return size
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
    concentration = total if data.weight_kind == "concentration" else None
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
    definition of that source covers."""
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
    concentration = _number(description.get("particles_per_ml")) or stats.concentration_per_ml
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
    }
    if ratio is None:
        result["note"] = "needs particles_per_ml and protein_ug_per_ml (or protein_ug + volume_ml)"
        return result
    for low, high, name in PURITY_CLASSES:
        if (low is None or ratio >= low) and (high is None or ratio <= high):
            result["class"] = name
            break
    else:
        result["class"] = "between published classes"
    return result


def _markers(description: dict[str, Any], key: str) -> str:
    value = description.get(key) or []
    if isinstance(value, str):
        value = [value]
    return " ".join(str(v) for v in value).casefold()


def misev2018(description: dict[str, Any], instrument: str | None) -> list[ChecklistItem]:
    detected = _markers(description, "markers_detected")
    absent = _markers(description, "markers_absent")
    checked = _markers(description, "contaminants_checked")
    source = description.get("starting_material") or {}
    imaging = description.get("em_images")

    def item(text: str, ok: bool | None, detail: str | None = None) -> ChecklistItem:
        status = "unknown" if ok is None else ("pass" if ok else "fail")
        return ChecklistItem(item=text, status=status, detail=detail)  # type: ignore[arg-type]

    has_markers = "markers_detected" in description
    quantities = [
        k
        for k in ("protein_ug", "protein_ug_per_ml", "particles_per_ml")
        if _number(description.get(k)) is not None
    ]
    return [
        item(
            "source quantified (starting volume, cell number or tissue mass)",
            bool(source) if "starting_material" in description else None,
            str(source) if source else None,
        ),
        item(
            "two global quantifications (protein, particles, lipid) and their ratio",
            len({q.split("_")[0] for q in quantities}) >= 2 if description else None,
            ", ".join(quantities) or None,
        ),
        item(
            "a transmembrane/GPI-anchored EV protein (CD9, CD63, CD81, integrins, MFGE8)",
            bool(re.search(TRANSMEMBRANE, detected)) if has_markers else None,
        ),
        item(
            "a cytosolic EV protein (TSG101, ALIX, annexins, Rabs, syntenin)",
            bool(re.search(CYTOSOLIC, detected)) if has_markers else None,
        ),
        item(
            CONTAMINANT_ITEM,
            bool(re.search(CONTAMINANT, f"{absent} {checked}"))
            if ("markers_absent" in description or "contaminants_checked" in description)
            else None,
        ),
        item(
            "single-EV imaging, wide field and close up (EM, AFM)",
            bool(imaging) if "em_images" in description else None,
        ),
        item(
            "a single-particle method that is not imaging (NTA, TRPS, high-resolution flow)",
            instrument in SINGLE_PARTICLE if instrument else None,
            instrument,
        ),
    ]


def ev_metric(description: dict[str, Any]) -> list[ChecklistItem]:
    """EV-METRIC-like components (recalled, unverified: FACTS.md); inapplicable ones omitted."""
    raw = description.get("isolation")
    iso: dict[str, Any] = raw if isinstance(raw, dict) else {}
    isolation = (" ".join(str(v) for v in iso.values()) if iso else str(raw or "")).casefold()
    items = [
        ("EV-enriched protein(s) shown", bool(_markers(description, "markers_detected"))),
        (
            "non-EV-enriched protein(s) assessed",
            bool(
                f"{_markers(description, 'markers_absent')}"
                f"{_markers(description, 'contaminants_checked')}"
            ),
        ),
        ("EM with wide-field and close-up images", bool(description.get("em_images"))),
        ("density-gradient validation", "gradient" in isolation),
        ("EV density reported", description.get("density_g_ml") is not None),
    ]
    if "centrifug" in isolation or "uc" in isolation.split():
        items.append(
            (
                "centrifugation g-force, time and rotor reported",
                all(iso.get(k) for k in ("g_force", "time_min", "rotor")),
            )
        )
    if description.get("antibodies_used", bool(_markers(description, "markers_detected"))):
        items.append(("antibody clone and dilution reported", bool(description.get("antibodies"))))
    if description.get("lysates_used"):
        items.append(("lysis buffer reported", bool(description.get("lysis_buffer"))))
    return [ChecklistItem(item=name, status="pass" if ok else "fail") for name, ok in items]


def warnings_for(
    description: dict[str, Any],
    data: SizeData,
    fractions: dict[str, dict[str, float]],
    checklist: list[ChecklistItem],
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
    if data.weight_kind == "intensity":
        out.append(
            "intensity-weighted (DLS) sizes over-represent large particles; statistics "
            "are intensity-weighted, not number-weighted"
        )
    return out


def qc_sample(
    data: SizeData, description: dict[str, Any], definitions: Sequence[EvDefinition]
) -> QCSample:
    stats = size_stats(data)
    fractions = subtype_fractions(data, definitions)
    checklist = misev2018(description, data.instrument or description.get("instrument"))
    metric = ev_metric(description)
    completeness = sum(c.status == "pass" for c in metric) / len(metric) if metric else 0.0
    return QCSample(
        name=str(description.get("name") or data.name),
        instrument=data.instrument or description.get("instrument"),
        stats=stats,
        subtype_fractions=fractions,
        purity=purity(description, stats),
        misev2018=checklist,
        completeness=round(completeness, 3),
        ev_metric=metric,
        warnings=warnings_for(description, data, fractions, checklist),
    )
