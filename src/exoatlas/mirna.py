"""miRNA names: a written mention ('microRNA-21-5p', 'hsa-miR-21', 'let-7a') normalised and
grounded to miRBase v22 (mature when the arm is named, else the precursor), and the species a text's
context names. Used by ``exoatlas.ground``, which re-exports these names."""

from __future__ import annotations

import re

from exoatlas.model import Entity
from exoatlas.vocab import Term, mirbase

_MIRNA = re.compile(
    r"^(?:(?P<species>hsa|mmu|rno)-)?"
    r"(?:ago-?)?(?:(?P<mir>micro\s*-?\s*rna|mirna|mir)|(?:mir-)?(?P<let>let))[-\s]?"
    # (a one-letter paralogue written after a hyphen, 'miR-146-a', is 'miR-146a')
    r"(?P<num>\d+)(?:-(?=[a-z](?:-|$)))?(?P<letter>[a-z]{0,2})"
    r"(?:-(?P<locus>\d))?"
    r"(?:-(?P<arm>[35]p))?"
    r"(?P<star>\*)?"
    r"(?P<family>\s+family|\s+cluster)?$",
    re.IGNORECASE,
)
_SPECIES_CUES = (
    (re.compile(r"\b(?:murine|mouse|mice)\b", re.IGNORECASE), "mmu"),
    (re.compile(r"\brats?\b", re.IGNORECASE), "rno"),
)


def normalise_mirna(text: str) -> str | None:
    """'microRNA-21-5p', 'MiR-21', 'hsa-miR-21' -> 'miR-21-5p' / 'miR-21'; None if not a miRNA."""
    match = _MIRNA.match(text.strip())
    if match is None:
        return None
    stem = "let" if match["let"] else "miR"
    name = f"{stem}-{match['num']}{match['letter'].lower()}"
    if match["locus"]:
        name += f"-{match['locus']}"
    if match["arm"]:
        name += f"-{match['arm'].lower()}"
    if match["star"]:
        name += "*"
    if match["family"]:
        name += " family"
    return name


def species_from_context(context: str | None) -> str:
    if context:
        for pattern, species in _SPECIES_CUES:
            if pattern.search(context):
                return species
    return "hsa"


def _mirna_term(accession_entry: mirbase.MirbaseEntry) -> Term:
    entry = accession_entry
    return Term(entry.curie, entry.name, "mirna", (), mirbase.SOURCE, parents=entry.precursors)


def ground_mirna(text: str, species: str = "hsa") -> Entity | None:
    """A miRNA mention -> mature (arm given) or precursor (arm unknown) entity; None if not one.

    A mouse or rat mention stays ungrounded (no verified miRBase table for them here).
    """
    match = _MIRNA.match(text.strip())
    if match is None:
        return None
    species = (match["species"] or species).lower()
    base = f"{match['num']}{match['letter'].lower()}"
    is_let = bool(match["let"])
    written = text.strip()
    if species != "hsa" or match["family"]:
        if match["family"] and species == "hsa":
            stem = f"{'let' if is_let else 'mir'}-{base}"
            return Entity(
                curie=f"exoatlas:mirna_family.{stem}",
                label=f"{stem} family",
                kind="mirna",
                grounded=True,
                text=written,
            )
        name = f"{species}-{normalise_mirna(written)}"
        return Entity(label=name, kind="mirna", grounded=False, text=written)
    table = mirbase.entries()
    locus = f"-{match['locus']}" if match["locus"] else ""
    mature_stem = f"hsa-{'let' if is_let else 'miR'}-{base}"
    hairpin_stem = f"hsa-{'let' if is_let else 'mir'}-{base}"
    if match["arm"] and not match["star"]:
        arm = match["arm"].lower()
        for name in (f"{mature_stem}{locus}-{arm}", f"{mature_stem}-{arm}"):
            if name in table:
                return _mirna_term(table[name]).entity(written)
    if not match["arm"] and not match["star"] and mature_stem + locus in table:
        return _mirna_term(table[mature_stem + locus]).entity(written)
    # no arm (or star strand): the precursor, arm unknown
    if hairpin_stem + locus in table:
        return _mirna_term(table[hairpin_stem + locus]).entity(written)
    loci = mirbase.loci().get(hairpin_stem)
    if loci:
        members = ", ".join(e.name for e in loci)
        return Entity(
            curie=f"exoatlas:mirna_loci.{hairpin_stem}",
            label=f"{hairpin_stem} ({members})",
            kind="mirna",
            grounded=True,
            text=written,
        )
    return Entity(
        label=normalise_mirna(written) or written, kind="mirna", grounded=False, text=written
    )
