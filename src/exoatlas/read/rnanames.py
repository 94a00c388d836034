"""miRNA names as abstracts write them beyond miRBase's own form: a dash other than '-', a
space or a tilde inside the name ('miR–21' with an en dash, 'microRNA 21', 'miR-17~92'), and
clusters named by their first and last members ('the miR-17-92 cluster'), which the lexicon knows
as the host gene (MIR17HG). The mention finder (``read.mentions``) reads them as miRNA cargo."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from exoatlas.ground import lexicon
from exoatlas.model import Entity
from exoatlas.vocab import cues

# an RNA name whose class word is joined to its number by an en dash, a minus sign, a space or
# a figure dash, or whose members are joined by a tilde ('miR–21–5p', 'microRNA 126',
# 'miR-17~92'); a space only before a number that no unit follows ('miRNA 24 h after'), the
# number (with its arm: 'microRNA 21-5p') ending the word or joined to a word tail
# ('microRNA 126-enriched', 'miRNA 24-3p-rich', not '24-hour')
_JOINED = re.compile(
    r"(?<![\w-])(?:(?:hsa|mmu|rno)[-\u2012\u2013\u2212])?(?:mi(?:cro)?-?r(?:na)?|let|pir(?:na)?)"
    r"(?:[-\u2012\u2013\u2014\u2212]|\s(?=\d+[a-z]?(?:-[35]p)?(?:(?![\w-])|-(?!(?:hours?|days?|weeks?|fold|times)\b)(?=[a-z]{3}))(?!\s*(?:h|hrs?|hours?|d|days?|weeks?|"
    r"months?|years?|min|minutes|s|sec|nM|[μµ]M|mM|mg|ng|[μµ]g|%|times|fold|groups?|"
    r"patients?|mice|rats|samples?|cells?|doses?|sites?|genes?)\b)))?"
    r"\d[\w\u2012\u2013\u2212~-]*",
    re.IGNORECASE,
)
_DASHES = str.maketrans({"\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-"})
_CLUSTER_TILDE = re.compile(r"(?<=\d)~(?=\d+(?![\w~]))")  # 'miR-17~92', not 'miR-23a~27a~24-2'
_HINTS = ("mir", "micror", "let", "pir")


def joined_rna_names(sentence: str) -> str:
    """The sentence with such names written with plain hyphens (one character for one, so
    offsets stay); any other sentence as it is."""
    lowered = sentence.casefold()
    if not any(h in lowered for h in _HINTS):
        return sentence
    return _JOINED.sub(_plain, sentence)


def _plain(match: re.Match[str]) -> str:
    name = match.group()
    head = re.match(r"(?i)(?:(?:hsa|mmu|rno)\S)?(?:mi(?:cro)?-?r(?:na)?|let|pir(?:na)?)", name)
    assert head is not None
    cut = head.end()
    joint = name[cut : cut + 1]
    if joint.isspace() and not head.group().casefold().startswith("mi"):
        return name  # 'let 5 mice rest': a space joins only a miRNA's class word
    if joint.isspace() or joint in "\u2012\u2013\u2014\u2212":
        name = f"{name[:cut]}-{name[cut + 1 :]}"
    return _CLUSTER_TILDE.sub("-", name.translate(_DASHES))


def mirna_host(text: str) -> Entity | None:
    """A miRNA cluster or host gene named in a miRNA's form ('miR-17-92' -> MIR17HG): what the
    lexicon knows the whole name as, when that is one gene whose symbol is a miRNA gene's."""
    if not re.match(r"(?i)(?:(?:hsa|mmu|rno)-)?mi(?:cro)?-?r(?:na)?-\d", text):
        return None
    matches = lexicon().get(text)
    if not matches:
        return None
    best = matches[0]
    top = {m.term.curie for m in matches if m.score == best.score}
    if len(top) > 1 or best.term.kind != "gene" or best.score < 0.8:
        return None
    if not best.term.label.upper().startswith("MIR"):
        return None
    return best.term.entity(text)


# what an lncRNA or circRNA does to a miRNA it holds: the miRNA named next is its target
_SPONGE = re.compile(
    r"\b(?:spong\w*|adsorb\w*|sequester\w*|decoys?|ceRNAs?\s+(?:of|for)|(?:bind\w*|bound)(?:\s+to)?|"
    r"interact\w*\s+with)\s+(?:the\s+|to\s+)?(?:[\w()-]+\s+){0,2}$",
    re.IGNORECASE,
)


def acted_on(sentence: str, mention: Any, earlier: Sequence[Any]) -> bool:
    """Is a name what an RNA named before it acts on, not the vesicles' cargo: a later link of an
    axis written with slashes ('miR-146a-5p/TRAF6', 'lncRNA-X/miR-206/GIT1': a gene after an RNA,
    a miRNA after an lncRNA or circRNA; 'miR-23a/27a' are two miRNAs, both carried), or a miRNA
    an RNA sponges or an lncRNA or circRNA binds ('circX sponged miR-124', 'by sponging
    miR-206', 'as a miR-124 sponge'), or that starts an axis after an lncRNA or circRNA ('circX
    acted through the miR-124/GENE axis')? ``earlier``: the sentence's RNA
    mentions (``read.mentions.Mention``) before this one."""
    mirna = mention.entity.kind == "mirna"
    window = sentence[max(0, mention.start - 40) : mention.start]
    if mirna and (
        cues.cue("rna_acted_on", "before").search(window)
        or cues.cue("rna_acted_on", "after").match(sentence[mention.end : mention.end + 60])
    ):
        return True  # 'by targeting miR-Y', 'miR-Y was a target of X', 'via miR-Y adsorption'
    if mirna and re.search(r"(?i)\bspong|\bceRNA", window):
        return bool(_SPONGE.search(window))  # sponged by whatever the sentence names
    if not earlier:
        return False
    long_rna = [m for m in earlier if m.entity.kind != "mirna"]
    before = sentence[: mention.start].rstrip()
    if before.endswith("/"):
        link = next((m for m in reversed(earlier) if m.end >= len(before) - 1), None)
        if link is not None:
            return not mirna or link.entity.kind != "mirna"
    if mirna and long_rna and sentence[mention.end : mention.end + 1] == "/":
        return True  # 'circX promoted repair through the miR-Y/GENE axis': the circRNA's axis
    after = sentence[mention.end : mention.end + 10]
    if mirna and re.match(r"(?i)\s+spong", after) and re.search(r"(?i)\bas\s+an?\s+$", window):
        return True  # 'circX acted as a miR-Y sponge'
    return bool(mirna and long_rna and _SPONGE.search(window))


def carried_rnas(sentence: str, mentions: Sequence[Any]) -> list[Entity]:
    """The RNAs (miRNAs, lncRNAs, circRNAs, piRNAs) a sentence names as the vesicles' cargo:
    each RNA mention but those another RNA named before it acts on (``acted_on``)."""
    rnas = [m for m in mentions if m.entity.kind == "mirna" or m.rna]
    out = []
    for i, m in enumerate(rnas):
        if not acted_on(sentence, m, rnas[:i]):
            out.append(m.entity)
    return out
