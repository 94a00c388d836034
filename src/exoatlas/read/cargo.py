"""Proteins and genes the EVs carry, named in running text: 'HGF-overexpressing MSC-EVs',
'exosomal Nrf2', 'EVs enriched in TSG-6', 'MSCs deliver Nrf2 via EVs', 'knockdown of GSTO1 in
the EVs'. The frames are cues (``cues.tsv``, group ``cargo_frame``); the name each frame holds is
grounded as a gene or protein through the lexicon (an alias such as Nrf2 -> NFE2L2 counts here,
where running text alone would not be trusted with it). miRNAs are read elsewhere (mentions)."""

from __future__ import annotations

import re
from functools import lru_cache

from exoatlas.ground import ground_mention
from exoatlas.model import Entity
from exoatlas.read.abbrev import find_abbreviations
from exoatlas.vocab import cues, gate, rules
from exoatlas.vocab.english import word_zipf

_KINDS = ("gene", "other")
_MIN_SCORE = 0.8
_RNA_PREFIXES = ("mir", "microrna", "let-", "lnc", "circ", "pir", "antagom", "pre-mir", "pri-mir")
# a name written as a symbol ('IL-10', 'TGF-β', 'HIF-1α', 'miR-21'), case kept
_NAME = re.compile(r"(?:[A-Z][A-Za-z0-9]*|[a-z]{1,4}[A-Z0-9][A-Za-z0-9]*)(?:-[A-Za-z0-9αβγδκ]+)*")
_ITEMS = re.compile(r"\s*,\s*(?:and|or)\s+|\s*,\s*|\s+(?:and|or)\s+")
_BRACKETED = re.compile(r"^[^()]{1,60}\(\s*([^()]+?)\s*\)")


def symbol_like(name: str) -> bool:
    """Written as a gene or protein symbol: three characters or more with a capital after the
    first letter or a digit ('Nrf2', 'HGF', 'TSG-6'), or a protein's capitalised name that is
    a rare word ('Klotho', 'Periostin'; a Greek prefix set aside: 'α-Klotho'), not
    a word ('the', 'Protein') nor an RNA."""
    name = _GREEK_PREFIX.sub("", name)
    if len(name) < 3 or name.casefold().startswith(_RNA_PREFIXES):
        return False
    if any(c.isdigit() for c in name) or any(c.isupper() for c in name[1:]):
        return True
    # a rare word only: 'Scar', 'Spike', 'Particle' are English words that are gene aliases too
    return len(name) >= 4 and name.isalpha() and name[0].isupper() and word_zipf(name) < _RARE_ZIPF


_RARE_ZIPF = 3.0  # wordfreq Zipf: 'klotho' 1.4, 'scar' 3.8, 'protein' 4.5


_GREEK_PREFIX = re.compile(r"^[αβγδκ]-?")


def carried_genes(sentence: str) -> list[Entity]:
    """Genes and proteins a sentence names as carried by the EVs, in order, once each."""
    return list(_carried_genes(sentence))


@lru_cache(maxsize=4096)
def _carried_genes(sentence: str) -> tuple[Entity, ...]:
    """carried_genes, kept per sentence: the reader asks twice for many sentences (the
    document's vesicle cargo, then the sentence's own); entities are frozen. A name the sentence
    defines in brackets ('angiopoietin-1 (Ang-1)') is read as its symbol where the frame holds
    the long form or the bracket ('X (Ang-1) was abundant in the EVs', 'EVs contained a large
    amount of X (Ang-1) mRNA'), and as its long form where the symbol names two genes."""
    lowered = sentence.casefold()
    vesicles = ("exo", "ves", "ev", "sev", "secretom", "mv", "-ex")
    if not any(w in lowered for w in vesicles) and not lost_in_parent_cells(sentence):
        return ()  # no vesicle named, nor a loss in their parent cells ('these effects')
    long_forms = (
        _gene_abbreviations(sentence)
        if "(" in sentence and _SYMBOL_IN_BRACKETS.search(sentence)
        else {}
    )
    out = list(_framed(sentence, long_forms))
    if long_forms:
        plain = _shortened(sentence, long_forms)
        if plain != sentence:
            out += [e for e in _framed(plain, long_forms) if e.key() not in {x.key() for x in out}]
    return tuple(out)


# a gene symbol's look in brackets: a capital or digit after its first letters ('(Ang-1)')
_SYMBOL_IN_BRACKETS = re.compile(r"\([A-Za-z][a-z]{0,3}-?[A-Z0-9][A-Za-z0-9αβγκ-]{0,12}\)")


def _gene_abbreviations(sentence: str) -> dict[str, str]:
    """The symbols a sentence defines in brackets that may name a gene ('MFG-E8', 'Ang-1'), not
    its vesicles or their parent cells ('hucMSC-Exos', 'BMSCs')."""
    return {
        short: long
        for short, long in find_abbreviations(sentence).items()
        if symbol_like(short)
        and not cues.cue_found("ev", short)
        and not cues.cue_found("msc", short)
    }


def _shortened(sentence: str, long_forms: dict[str, str]) -> str:
    """The sentence with each long form and its bracketed symbol written as the symbol."""
    for short, long in long_forms.items():
        sentence = sentence.replace(f"{long} ({short})", short)
    return sentence


def _framed(sentence: str, long_forms: dict[str, str]) -> list[Entity]:
    """The names the cargo frames hold in one wording of a sentence."""
    folded = gate.fold(sentence)
    out: list[Entity] = []
    for value, pattern in cues.cue_group("cargo_frame"):
        if not gate.may_match(pattern, folded):
            continue
        for match in pattern.finditer(sentence):
            name = match.group("name")
            if cues.cue("rna_kind_before").search(sentence, 0, match.start("name")):
                continue  # 'circRNA ITCH': the RNA (read with the sentence's RNAs), not the gene
            if not _producer(match):
                continue  # a gene silenced in the recipients, not in the EVs' parent cells
            after = sentence[match.end("name") : match.end("name") + 12]
            own = match.end() > match.end("name")  # the frame names the loss itself ('with X
            # knockdown'): its inhibitor word is the frame's, not an siRNA named as cargo
            if cues.is_inhibitor(after) and not (value.startswith("producer") or own):
                continue  # an siRNA against the gene (silenced in the parent cells: their cargo)
            rest = sentence[match.start("name") :]
            bracketed = _BRACKETED.match(rest)
            one = bracketed and _one_name(rest[: bracketed.start(1)])
            if bracketed and one and _headed(name, rest, bracketed):
                name = bracketed.group(1)  # 'exosomal milk fat globule-EGF factor 8 (MFG-E8)'
            names = [name]
            if value in ("product_carries", "product_expressed"):  # 'EVs rich in TSG-6 and HGF'
                names += _listed(rest)
            if value == "product_expressed":
                if _recipients_before(sentence, match.start()):
                    continue  # 'mice that received the EVs showed higher HGF': the recipients'
                names = _not_markers(names)
                if not names:
                    continue  # 'the EVs expressed CD9, CD63 and CD90': a marker panel, not cargo
            for written in names:
                _add(out, written, long_forms)
    triggers = rules.polarity_pattern()
    for _, pattern in cues.cue_group("cargo_list"):
        if not gate.may_match(pattern, folded):
            continue
        for match in pattern.finditer(sentence):
            if _recipients_before(sentence, match.start()):
                continue  # 'cells that took up the EVs expressed higher levels of X and Y'
            # 'EVs released by MSCs reduced cytokines such as IL-6': what changed, not cargo
            if not triggers.search(match.group("between")):
                # ('a proteome of the EVs identified CD9, CD63 and TSG101': their markers)
                for written in _not_markers(_listed(match.group("list"))):
                    _add(out, written, long_forms)
    for _, pattern in cues.cue_group("cargo_ranked"):
        if not gate.may_match(pattern, folded):
            continue
        for match in pattern.finditer(sentence):
            if not triggers.search(match.group("between")):
                for written in _ranked(match.group("list")):
                    _add(out, written, long_forms)
    return out


def _not_markers(names: list[str]) -> list[str]:
    """The names that are not the vesicles' routine markers (``ev_routine_marker``); none when
    half or more are: a marker panel ('CD9, CD63 and CD81') names no cargo."""
    marker = cues.cue("ev_routine_marker")
    markers = [n for n in names if marker.match(n)]
    if 2 * len(markers) >= len(names):
        return []
    return [n for n in names if n not in markers]  # 'expressed PD-L1 and CD63'


def _recipients_before(sentence: str, start: int) -> bool:
    """Are the vesicles a frame starts at what recipients took in ('mice that received the EVs
    showed', 'macrophages that took up exosomes expressed'): a cue (``vesicles_received``) on
    the words just before them."""
    return bool(cues.cue("vesicles_received").search(sentence[max(0, start - 60) : start]))


def _ranked(text: str) -> list[str]:
    """The names a ranking names ('X (MCP-1) was the richest, then Y (HGF), TIMP-2
    and Z'): each bracketed symbol, and each list item that is a symbol itself."""
    out = [m.group(1) for m in _BRACKETED_ANYWHERE.finditer(text) if _NAME.fullmatch(m.group(1))]
    for item in _ITEMS.split(text):
        item = re.sub(r"^(?:followed by|then|next)\s+", "", item.strip().rstrip(",.;:"))
        first = re.match(rf"({_NAME.pattern})(?:\s+(?:was|were|is|are)\b|$)", item)
        if first is not None:
            out.append(first.group(1))  # 'TIMP-2', 'CCL5 were the most abundant'
    return out


_BRACKETED_ANYWHERE = re.compile(r"\(([^()\s]{2,15})\)")


def _producer(match: re.Match[str]) -> bool:
    """A frame that names the cells a gene was changed in ('knockdown of X in ADSCs') holds only
    when they are the EVs' parent cells: MSCs or cells called the parent or donor cells."""
    cells = match.groupdict().get("cells")
    return cells is None or bool(
        cues.cue("msc").search(cells) or cues.cue_found("vesicle_parent_cells", cells)
    )


def _add(out: list[Entity], name: str, long_forms: dict[str, str]) -> None:
    """A carried name grounded as a gene or protein, once (words and RNAs left out); a symbol
    that names two genes ('Ang-1') by the long form the sentence gives it."""
    if not symbol_like(name) or cues.is_inhibitor(name):
        return  # a word, a miRNA (read elsewhere), or an siRNA
    if cues.cue("ev_routine_marker").match(name):
        return  # 'CD63 in the exosomes': what shows they are EVs, not what they carry
    found = ground_mention(name, _KINDS)
    if found.best is None and _GREEK_PREFIX.match(name):
        found = ground_mention(_GREEK_PREFIX.sub("", name), _KINDS)  # 'α-Klotho': Klotho
    written = name
    if found.best is None and name in long_forms:
        written = long_forms[name]
        found = ground_mention(written, _KINDS)
    entity = found.best
    if entity is None or not found.scores or found.scores[0] < _MIN_SCORE:
        return
    if entity.key() not in {e.key() for e in out}:
        out.append(entity.model_copy(update={"text": written}))


def _headed(name: str, rest: str, bracketed: re.Match[str]) -> bool:
    """Is the bracketed symbol the name the frame holds: the frame caught a word of a long name
    ('exosomal milk fat globule-EGF factor 8 (MFG-E8)'), or a symbol that a head noun follows
    before the bracket ('the IGF-1 receptor (IGF-1R)': a receptor, not IGF-1)?"""
    if not symbol_like(name):
        return True
    between = rest[len(name) : bracketed.start(1)].strip(" (")
    return bool(between) and _NAME.fullmatch(bracketed.group(1)) is not None


def _one_name(text: str) -> bool:
    """Is the text before a bracketed symbol one long name (a few words, no clause break, no
    trigger: 'exosomal proteins reduced tumour necrosis factor (TNF)' is no cargo)?"""
    return (
        len(text.split()) <= 7
        and not re.search(r"[,;:]", text)
        # a trigger inside a hyphenated word is part of the name ('factor-stimulated gene 6')
        and not rules.polarity_pattern().search(re.sub(r"\w+(?:-\w+)+", " ", text))
    )


def _listed(text: str) -> list[str]:
    """The names a list starts with ('TSG-6 and HGF, along with small RNAs like ...' -> TSG-6,
    HGF), up to its first item that is no name; a long name with its symbol in
    brackets ('hepatocyte growth factor (HGF)') is its symbol."""
    out = []
    for item in _ITEMS.split(text.strip()):
        item = item.strip().rstrip(",.;:")  # the list may end the sentence
        bracketed = _BRACKETED.match(item)
        if bracketed and _one_name(item[: bracketed.start(1)]):
            if _NAME.fullmatch(bracketed.group(1)):
                out.append(bracketed.group(1))
            if item[bracketed.end() :].strip():
                break  # the list's last item, then the verb
            continue
        if _NAME.fullmatch(item):
            out.append(item)
            continue
        last = re.match(rf"({_NAME.pattern})\s", item)  # the list's last name, then the verb
        if last is not None:
            out.append(last.group(1))
        break
    return out


def lost_in_parent_cells(sentence: str) -> bool:
    """'Knockdown of miR-X in BMSCs abrogated these effects': a loss of function in the MSCs
    that takes the vesicles' effects away (``cues.tsv`` 'effect_abolished') names their cargo,
    though the sentence names the vesicles only as 'these effects'. The loss must be placed in
    the MSCs or the parent cells ('in BMSCs', 'in the parent cells'), not in the recipients
    ('in recipient cardiomyocytes')."""
    if not (
        cues.cue_found("loss_of_function_arm", sentence)
        and cues.cue_found("effect_abolished", sentence)
    ):
        return False
    for loss in cues.cue("loss_of_function_arm").finditer(sentence):
        placed = _PLACED_IN.search(sentence, loss.end(), loss.end() + 80)
        if placed is None:
            continue
        cells = placed.group(1)
        if cues.names_msc(cells) or cues.cue_found("vesicle_parent_cells", cells):
            return True
    return False


# where a loss of function was made: up to three words after its first 'in' ('silenced in the
# parent cells', 'knockdown of X in BMSCs')
_PLACED_IN = re.compile(r"\bin\s+(?:the\s+)?((?:[\w-]+\s+){0,2}[\w-]+)", re.IGNORECASE)
