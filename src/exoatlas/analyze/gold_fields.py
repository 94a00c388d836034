"""How a read finding's fields are compared with a gold row's (``analyze.evaluate_gold``): the MSC
source, cargo and targets (miRNA names, grounded concepts, else folded text), the disease and the
process (a grounded match or a shared word stem: the first five letters of a word of four or more),
and the model."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache

from exoatlas.analyze.compare import same_process
from exoatlas.analyze.conflicts import mirna_name
from exoatlas.analyze.evaluate import compatible
from exoatlas.analyze.evaluate_gold_data import GoldRow
from exoatlas.ground import ground_mention, normalise_mirna
from exoatlas.model import Entity, Finding
from exoatlas.ncrna import ground_ncrna

STEM = 5
_WORD = re.compile(r"\w+")
_PARENTHESIS = re.compile(r"\([^)]*\)")
_MINOR_WORDS = frozenset({"with", "from", "into", "cell", "cells", "level", "levels", "marker"})


def _stems(text: str) -> set[str]:
    return {
        w.casefold()[:STEM]
        for w in _WORD.findall(text)
        if len(w) >= 4 and w.casefold() not in _MINOR_WORDS
    }


def _entity_text(entity: Entity) -> str:
    return f"{entity.label} {entity.text or ''}"


@cache
def _grounded(text: str, kinds: tuple[str, ...]) -> Entity | None:
    if not text:
        return None
    return ground_mention(text, kinds).best


def name_key(name: str) -> str:
    """A cargo or target name as compared: miRNA name, else grounded concept, else folded."""
    name = re.sub(r":(?:up|down)$", "", name.strip(), flags=re.IGNORECASE)
    name = re.sub(r"\s+cluster$", "", name, flags=re.IGNORECASE)  # 'miR-17-92 cluster'
    mirna = normalise_mirna(re.sub(r"^(?:hsa|mmu|rno)-", "", name, flags=re.IGNORECASE))
    if mirna:
        return f"mirna:{mirna}"
    ncrna = ground_ncrna(name)
    if ncrna is not None and not ncrna.grounded:  # one form: circ_0001236 for hsa_circ_0001236
        return f"ncrna:{ncrna.label.casefold()}"
    entity = _grounded(name, ("gene", "drug", "other", "mirna"))
    return entity.key() if entity is not None else f"text:{name.casefold()}"


def entity_key(entity: Entity) -> str:
    mirna = mirna_name(entity)
    if mirna:
        return f"mirna:{mirna}"
    if entity.grounded and entity.curie:
        return entity.key()
    return name_key(entity.text or entity.label)


def same_name(a: str, b: str) -> bool:
    """Equal keys, or a miRNA arm and its precursor (miR-21-5p ~ miR-21)."""
    if a == b:
        return True
    if a.startswith("mirna:") and b.startswith("mirna:"):
        x, y = a.removeprefix("mirna:"), b.removeprefix("mirna:")
        return re.sub(r"-[35]p$", "", x) == re.sub(r"-[35]p$", "", y) and (
            x == re.sub(r"-[35]p$", "", x) or y == re.sub(r"-[35]p$", "", y)
        )
    return False


def same_names(gold: Iterable[str], read: Iterable[Entity]) -> bool:
    """Every gold name has a read entity and every read entity a gold name."""
    g = [name_key(n) for n in gold]
    r = [entity_key(e) for e in read]
    return all(any(same_name(x, y) for y in r) for x in g) and all(
        any(same_name(x, y) for x in g) for y in r
    )


def _source_right(row: GoldRow, finding: Finding) -> bool:
    gold = _grounded(row.msc_source or "MSC", ("msc_source",))
    read = finding.msc_source
    if read is None:
        return False
    if gold is None:
        return bool(_stems(row.msc_source) & _stems(_entity_text(read)))
    return gold.key() == read.key()


def _disease_right(row: GoldRow, finding: Finding) -> bool:
    read = finding.recipient.disease
    if not row.disease:
        return read is None
    if read is None:
        return False
    gold = _grounded(row.disease, ("disease",))
    if gold is not None and compatible(gold, read) and read.grounded:
        return True
    return bool(_stems(row.disease) & _stems(_entity_text(read)))


def _process_right(row: GoldRow, finding: Finding) -> bool:
    read = finding.outcome.process
    if read is None:
        return False
    effect = _PARENTHESIS.sub(" ", row.effect).strip()
    gold = _grounded(effect, ("process", "pathway", "disease"))
    if gold is not None and (gold.key() == read.key() or same_process(gold, read)):
        return True
    return bool(_stems(effect) & _stems(_entity_text(read)))


FIELDS: dict[str, Callable[[GoldRow, Finding], bool]] = {
    "source": _source_right,
    "cargo": lambda row, f: same_names(row.cargo, f.cargo),
    "target": lambda row, f: same_names(row.cargo_target, [d.entity for d in f.targets]),
    "disease": _disease_right,
    "process": _process_right,
    "model": lambda row, f: f.model == (row.model or "unknown"),
}
