"""Proteins and genes the EVs carry, named in running text: 'HGF-overexpressing MSC-EVs',
'exosomal Nrf2', 'EVs enriched in TSG-6', 'MSCs deliver Nrf2 via EVs', 'knockdown of GSTO1 in
the EVs'. The frames are cues (``cues.tsv``, group ``cargo_frame``); the name each frame holds is
grounded as a gene or protein through the lexicon (an alias such as Nrf2 -> NFE2L2 counts here,
where running text alone would not be trusted with it). miRNAs are read elsewhere (mentions)."""

from __future__ import annotations

from functools import lru_cache

from exoatlas.ground import ground_mention
from exoatlas.model import Entity
from exoatlas.vocab import rules

_KINDS = ("gene", "other")
_MIN_SCORE = 0.8
_RNA_PREFIXES = ("mir", "microrna", "let-", "lnc", "circ", "antagom", "pre-mir", "pri-mir")


def _symbol_like(name: str) -> bool:
    """Written as a gene or protein symbol: three characters or more with a capital after the
    first letter or a digit ('Nrf2', 'HGF', 'TSG-6'), not a word ('the', 'Protein') nor an RNA."""
    if len(name) < 3 or name.casefold().startswith(_RNA_PREFIXES):
        return False
    return any(c.isdigit() for c in name) or any(c.isupper() for c in name[1:])


def carried_genes(sentence: str) -> list[Entity]:
    """Genes and proteins a sentence names as carried by the EVs, in order, once each."""
    return list(_carried_genes(sentence))


@lru_cache(maxsize=4096)
def _carried_genes(sentence: str) -> tuple[Entity, ...]:
    """carried_genes, kept per sentence: the reader asks twice for many sentences (the
    document's vesicle cargo, then the sentence's own); entities are frozen."""
    lowered = sentence.casefold()
    if not any(w in lowered for w in ("exo", "ves", "ev", "sev")):
        return ()
    out: list[Entity] = []
    for _, pattern in rules.cues("cargo_frame"):
        for match in pattern.finditer(sentence):
            name = match.group("name")
            after = sentence[match.end("name") : match.end("name") + 12]
            if not _symbol_like(name) or rules.is_inhibitor(name) or rules.is_inhibitor(after):
                continue  # a word, a miRNA (read elsewhere), or an siRNA against the gene
            found = ground_mention(name, _KINDS)
            entity = found.best
            if entity is None or not found.scores or found.scores[0] < _MIN_SCORE:
                continue
            if entity.key() not in {e.key() for e in out}:
                out.append(entity.model_copy(update={"text": name}))
    return tuple(out)
