"""miRNAs an abstract's long RNAs act on, read once for the whole abstract.

An abstract about an lncRNA or circRNA the vesicles carry names the miRNA that RNA sponges,
binds or targets in one sentence ('X can sponge miR-Y', 'miR-Y was the target gene of X') and
then names it again where the vesicles act ('EVs lowered miR-Y expression', 'a miR-Y inhibitor
and the X exosomes both reduced the damage'). Only the first sentence says what the miRNA is to
the vesicles: it is what their long RNA acts on, in the recipient cells, and so no cargo of
theirs anywhere in the abstract (``read.rnanames.acted_on`` reads the sentence itself)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from exoatlas.ground import normalise_mirna
from exoatlas.model import Entity, Evidence, Finding
from exoatlas.read.mentions import find_mentions
from exoatlas.read.rebuilt import R
from exoatlas.read.rnanames import acted_on
from exoatlas.vocab import cues

# a cheap gate before the mentions are found: a verb or noun of acting on an RNA
_HINT = re.compile(
    r"spong|target|bind|bound|adsorb|sequest|cerna|decoy|interact|relation|associat|regulat|"
    r"suppress|inhibit",  # every verb or noun of ``acted_on`` and the ``rna_acted_on`` rows
    re.IGNORECASE,
)


# a word that may be a gene symbol, and one in capitals ('XIST', 'MALAT1')
_WORD = re.compile(r"[A-Za-z][\w.-]*")
_CAPITALS = re.compile(r"[A-Z][A-Z0-9]{2,}")

# the link of a slash axis just before a name ('PVT1/' of 'the PVT1/miR-Y/GENE axis')
_AXIS_LINK = re.compile(r"(?<![\w/-])([A-Za-z][\w.-]*)/$")


def mirna_stem(entity: Entity) -> str:
    """A miRNA's name without species and arm (hsa-miR-138-5p -> miR-138); '' for other kinds."""
    if entity.kind != "mirna":
        return ""
    name = normalise_mirna(re.sub(r"^(?:hsa|mmu|rno)-", "", entity.label.split(" ")[0]))
    return re.sub(r"-[35]p$", "", name) if name else ""


def acted_on_mirnas(sentences: Iterable[str]) -> frozenset[str]:
    """The stems of the miRNAs some sentence names as what another RNA acts on: what
    ``acted_on`` reads in the sentence, or the second of a pair a long RNA starts ('the
    interaction between X and miR-Y', the ``rna_acted_on``/``pair`` cue; 'the X/miR-Y/GENE
    axis') when the abstract names X as a long RNA (``long_rnas``): an lncRNA named by its gene
    symbol is no RNA mention of its own, so the sentence alone cannot tell."""
    texts = list(sentences)
    out: set[str] = set()
    pairs: list[tuple[str, str]] = []  # (the pair's first name, the miRNA's stem)
    for sentence in texts:
        lowered = sentence.casefold()
        if ("mir" not in lowered and "let-" not in lowered) or not (
            "/" in sentence or _HINT.search(sentence)
        ):
            continue
        rnas = [m for m in find_mentions(sentence) if m.entity.kind == "mirna" or m.rna]
        for i, mention in enumerate(rnas):
            if mention.entity.kind != "mirna":
                continue
            if acted_on(sentence, mention, rnas[:i]):
                out.add(mirna_stem(mention.entity))
                continue
            window = sentence[max(0, mention.start - 80) : mention.start]
            pair = cues.cue("rna_acted_on", "pair").search(window)
            if pair is not None:
                pairs.append((pair.group("first"), mirna_stem(mention.entity)))
            axis = _AXIS_LINK.search(window)  # 'the X/miR-Y/GENE axis', X a gene's symbol
            if axis is not None:
                pairs.append((axis.group(1), mirna_stem(mention.entity)))
    if pairs:
        long = long_rnas(texts)
        out |= {stem for first, stem in pairs if first.casefold() in long}
    out.discard("")
    return frozenset(out)


def long_rnas(sentences: Sequence[str]) -> frozenset[str]:
    """The names (casefolded) an abstract gives long RNAs: a name written after 'lncRNA' or as a
    circRNA anywhere in it ('exosomal lncRNA X' makes a later bare 'X' one), and each name that is
    an HGNC non-coding RNA symbol (``ncrna_symbol``: 'KLF3-AS1', 'LINC00511')."""
    out: set[str] = set()
    symbol = cues.cue("ncrna_symbol")
    for sentence in sentences:
        lowered = sentence.casefold()
        if any(w in lowered for w in ("lnc", "circ", "long non")):
            for m in find_mentions(sentence):
                if m.rna and m.entity.kind != "mirna":
                    out.add(m.text.split()[-1].casefold())
                    out.add(m.entity.label.casefold())
        for token in _WORD.finditer(sentence):  # one pass: a pattern needing a digit inside
            word = token.group()  # a run retried from each letter (quadratic on long runs)
            if not (_CAPITALS.match(word) or any(c.isdigit() for c in word)):
                continue
            if symbol.match(word.rstrip(".,;:")) and word[:1].isupper():
                out.add(word.rstrip(".,;:").casefold())
    return frozenset(out)


def not_acted_on(cargo: Sequence[Entity], acted: frozenset[str]) -> list[Entity]:
    """The cargo less the miRNAs the abstract's long RNAs act on."""
    return [e for e in cargo if not acted or mirna_stem(e) not in acted]


def drop_acted_on(
    records: Sequence[R], acted: frozenset[str], rebuild: Callable[[Finding, Evidence], R]
) -> list[R]:
    """Findings without the miRNAs the abstract's long RNAs act on in their cargo."""
    if not acted:
        return list(records)
    out = []
    for r in records:
        kept = not_acted_on(r.finding.cargo, acted)
        if len(kept) == len(r.finding.cargo):
            out.append(r)
        else:
            out.append(rebuild(r.finding.model_copy(update={"cargo": kept}), r.evidence))
    return out
