"""Long non-coding, circular and piwi-interacting RNAs named as such: 'lncRNA H19', 'circHIPK3',
'hsa_circ_0001236', 'piR-36712'.

Used by ``ground.ground_mention`` (an lncRNA named by an HGNC symbol is that gene) and by the
reader's mention finder (``read.mentions``), which carries them as cargo like miRNAs.
"""

from __future__ import annotations

import re

from exoatlas.model import Entity

# 'lncRNA H19', 'LncRNA-KLF3-AS1', 'long non-coding RNA MEG3', 'lncRNA-9969': the class word, then
# a name written as a symbol or a number (never a word: 'lncRNA expression')
_LNCRNA = re.compile(
    r"^(?i:lnc-?RNA|long\s+non-?\s?coding\s+RNA)s?[\s_-]+"
    r"(?P<name>(?:[A-Z0-9][A-Za-z0-9.]*|[a-z]{1,4}[A-Z0-9][A-Za-z0-9.]*)(?:[-_][A-Za-z0-9.]+)*)$"
)
# 'circHIPK3', 'circ-ITCH', 'hsa_circ_0001236', 'circRNA_0001946', 'CircSTAT3', 'circular RNA ITCH':
# circ (RNA), then a circBase number or a host gene's symbol (a capital first: 'circulating' is no
# circRNA)
_CIRCRNA = re.compile(
    r"^(?:(?i:hsa|mmu|rno)[_-])?(?i:circular\s+RNA|circ(?:-?RNA)?)[\s_-]?"
    r"(?P<name>\d{4,}|(?!RNAs?$)[A-Z][A-Za-z0-9]*(?:[-_.][A-Za-z0-9]+)*)$"
)

# 'piR-36712', 'piRNA-823', 'piR-hsa-27620', 'piRNA-DQ598677': piR (NA), then its number (two
# digits at least: 'PIR-1' is no piRNA)
_PIRNA = re.compile(r"^(?i:piR(?:NA)?)[\s_-]?(?P<name>(?i:hsa|mmu|rno)-\d+|\d{2,}|DQ\d{6})$")


def ground_ncrna(text: str) -> Entity | None:
    """A long non-coding or circular RNA named as one ('lncRNA H19', 'circHIPK3',
    'hsa_circ_0001236'); None for anything else. An lncRNA whose name is an HGNC symbol is that
    gene (H19, MALAT1, KLF3-AS1); any other is ungrounded, labelled in one form ('lncRNA-9969',
    'circ_0001236' for hsa_circ_0001236 and circRNA_0001236, 'circHIPK3' for circ-HIPK3,
    'piR-823' for piRNA-823), the text kept as written."""
    text = text.strip()
    lnc = _LNCRNA.match(text)
    if lnc is not None:
        name = lnc["name"]
        from exoatlas.ground import lexicon  # ground imports this module

        # the symbol in any case: mouse papers write 'lncRNA Tug1', 'lncRNA Malat1'
        symbol = [
            m
            for m in lexicon().get(name)
            if m.term.kind == "gene" and m.term.label.casefold() == name.casefold()
        ]
        if len(symbol) == 1:
            return symbol[0].entity(text)
        return Entity(label=f"lncRNA-{name}", kind="other", grounded=False, text=text)
    piwi = _PIRNA.match(text)
    if piwi is not None:
        return Entity(label=f"piR-{piwi['name']}", kind="other", grounded=False, text=text)
    circ = _CIRCRNA.match(text)
    if circ is not None:
        name = circ["name"]
        label = f"circ_{name}" if name[0].isdigit() else f"circ{name}"
        return Entity(label=label, kind="other", grounded=False, text=text)
    return None
