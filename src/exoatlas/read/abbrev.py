"""Abbreviations a text defines, found with the Schwartz–Hearst algorithm (PSB 2003).

'bone marrow MSC-derived exosomes (BMSC-Exos)' defines BMSC-Exos; 'BMSC-Exos (exosomes from bone
marrow MSCs)' the same the other way round. A short form is 2–15 characters (product names such as
hUC-MSC-sEVs run longer than the paper's 10) with a letter, at most two words, starting with a
letter or digit; its characters must appear, in order, in the long form, the first one at the
start of a word. A product name puts its parent cells first and its vesicles last where the
long form names the vesicles first ('exosomes derived from BMSCs (BMSC-Exos)', 'EVs of
hypoxic MSCs (Hypo-EVs)'): when the short form's characters are not in the long form's order, its
last hyphenated part is tried first ('Exos BMSC'). A short form that numbers one of several arms
('exosomes of cord MSCs (Exo1)') is matched by its letters.
"""

from __future__ import annotations

import re
from functools import lru_cache

from exoatlas.vocab import cues

_PAREN = re.compile(r"\(([^()]{1,40})\)")
# where a long form's clause starts: it stays inside its clause
_CLAUSE_CUT = re.compile(r"[.;:!?]\s|,\s(?:and|or|but|which)\s")
# a short form numbering one of several vesicle arms ('Exo1', 'EV-2', 'BM-Exo2'): its letters,
# then the number (only vesicle words: 'a microRNA (miR-21)' defines no 'miR-21')
_AFTER_SIBLING = re.compile(r"\)(?=\s*(?:,|;|and\b|or\b|vs\b|versus\b))")
_AFTER_DEFINITION = re.compile(  # a short form's parenthesis, not a dose's ('(20 ng/mL)')
    r"\([A-Za-z][\w-]{0,14}\)\s+(?:with|were|was|and|or|vs\.?|versus|than|compared|to|while|"
    r"whereas)\s"
)
_ELLIPTICAL_ARM = re.compile(r"^(?:and|or|vs\.?|versus)\s+((?:from|of|derived from)\s.+)$")
# a few letters and a vesicle word: 'DEVs', 'dEVs', 'P-Exos'
_VESICLE_SUFFIXED = re.compile(r"^([A-Za-z]{1,3})-?(?:s?EVs?|Exos?|EXOs?|MVs?)$")
# what may stand before an initials form's cells: the vesicle word, if the clause holds it, and
# the word linking them to their parent cells ('EVs: secreted by', 'EVs from', 'exosomes of')
_INITIALS_LINK = re.compile(
    r"^(?:.*\b(?:EVs?|sEVs?|exosomes?|Exos?|vesicles?|microvesicles?|MVs?)[\s:,]+)?"
    r"(?:(?:secreted|released|derived|isolated|obtained|produced|shed)\s+)?(?:by|from|of)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
_ARM_NUMBER = re.compile(r"^((?:[A-Za-z]+-)?(?:exos?|s?evs?|mvs?|ex))[-_ ]?\d{1,2}$", re.IGNORECASE)


def _best_long_form(short: str, long: str) -> str | None:
    """Schwartz–Hearst: match the short form's characters right to left in the long form."""
    if not short:
        return None
    s = len(short) - 1
    l_index = len(long) - 1
    while s >= 0:
        c = short[s].casefold()
        if not c.isalnum():
            s -= 1
            continue
        while l_index >= 0 and (
            long[l_index].casefold() != c
            or (s == 0 and l_index > 0 and long[l_index - 1].isalnum())
        ):
            l_index -= 1
        if l_index < 0:
            return None
        l_index -= 1
        s -= 1
    start = long.rfind(" ", 0, l_index + 1) + 1
    return long[start:].strip()


def _initials_form(short: str, long: str) -> str | None:
    """A short form of a few letters and a vesicle word ('DEVs', 'dEVs', 'P-Exos') whose letters
    are the initials, in order, of the long form's last words, which name MSCs, the vesicle
    word named before them ('vesicles released by decidual MSCs (DEVs)'): Schwartz–Hearst
    looks for the vesicle word's letters after the others and finds none. The long form from
    the word of the first letter ('decidual MSCs'); None for any other short form, or words
    naming no MSCs (the donors of a compared arm: ``read.triage``)."""
    tail = _VESICLE_SUFFIXED.match(short)
    if tail is None:
        return None
    words = long.split()
    at = len(words)
    for letter in reversed(tail.group(1)):
        at -= 1
        while at >= 0 and words[at][0].casefold() != letter.casefold():
            at -= 1
        if at < 0:
            return None
    named = " ".join(words[at:])
    if not cues.names_msc(named):
        # the initials of the cells' tissue after them: 'EVs released by MSCs from umbilical
        # cord (UEVs)' names the MSCs from 'MSCs'
        at = _cells_before_tissue(words, at)
        if at < 0:
            return None
        named = " ".join(words[at:])
    # (only the vesicles' own link to the cells before them: not 'EVs from tumour cells
    # conditioned by cord MSCs (UCEVs)', whose MSCs are not the parent cells)
    linked = _INITIALS_LINK.search(" ".join(words[:at]) + " ")
    return named if linked and cues.names_msc(named) else None


def _cells_before_tissue(words: list[str], at: int) -> int:
    """Where the MSC name standing just before the tissue at ``at`` starts ('MSCs from human
    umbilical cord', 'mesenchymal stem cells of the cord': its 'from' or 'of' two words before
    the tissue at most, the name up to four words); -1 if none."""
    for j in range(at - 2, max(at - 5, -1), -1):
        if words[j + 1].casefold() not in ("from", "of"):
            continue
        for k in range(j, max(j - 4, -1), -1):
            if cues.names_msc(" ".join(words[k : j + 1])):
                return k
    return -1


def arm_number(short: str) -> re.Match[str] | None:
    """A short form numbering one of several vesicle arms ('Exo1', 'EV-2'), its letters as
    group 1."""
    return _ARM_NUMBER.match(short)


def _rotated(short: str) -> str:
    """'BMSC-Exos' -> 'Exos BMSC': the last hyphenated part first ('' when there is none)."""
    head, dash, tail = short.rpartition("-")
    return f"{tail} {head}" if dash and head and tail else ""


def _valid_short(short: str) -> bool:
    return (
        2 <= len(short) <= 15
        and len(short.split()) <= 2
        and short[0].isalnum()
        and any(ch.isalpha() for ch in short)
    )


def find_abbreviations(text: str) -> dict[str, str]:
    """Short form -> long form for every abbreviation the text defines (first definition wins)."""
    return dict(_abbreviations(text))


@lru_cache(maxsize=1024)
def _abbreviations(text: str) -> dict[str, str]:
    """``find_abbreviations``, kept per text: a deep read asks it of the same abstract from
    several places (its products, its cargo, its preparations, other vesicles)."""
    found: dict[str, str] = {}
    for match in _PAREN.finditer(text):
        inner = match.group(1).split(";")[0].split(",")[0].strip()
        before = text[: match.start()].rstrip()
        if not inner or not before:
            continue
        valid = _valid_short(inner)
        window = min(len(inner) + 5, len(inner) * 2) if valid else 1
        # the last words only: splitting all that comes before each bracket of a whole
        # abstract would cost its length squared
        words = before.rsplit(None, window)[-window:]
        if valid:
            long = " ".join(words)
            # the long form stays inside its clause
            long = _CLAUSE_CUT.split(long)[-1]
            numbered = arm_number(inner)
            whole = long
            if not numbered:  # (a numbered arm's own split is below)
                # nor does it reach back over an earlier definition the clause goes on from
                # ('EVs of X (UC-Exos) with those from Y (BM-Exos)': Y's starts after 'with')
                long = _AFTER_DEFINITION.split(long)[-1].strip()
            if numbered:
                # a numbered arm's starts after its sibling's short form ('... (Exo1) and from X
                # (Exo2)'; not one inside it: 'stromal cell (MSC)-derived vesicles (MEx1)')
                long = _AFTER_SIBLING.split(long)[-1].strip()
            best = _best_long_form(inner, long) or _best_long_form(_rotated(inner), long)
            if best is None and long != whole and " those " not in whole:
                # ('(MSC-EVs) and from hypoxia-preconditioned MSCs (HP-EVs)': the letters
                # only the earlier definition holds; not a compared arm's 'with those from')
                best = _best_long_form(inner, whole) or _best_long_form(_rotated(inner), whole)
            if best is None and numbered:
                # 'exosomes of cord MSCs (Exo1)': the arm's number is no letter of the long form
                letters = numbered.group(1)
                best = _best_long_form(letters, long) or _best_long_form(_rotated(letters), long)
                # ... or an arm left elliptical ('exosomes of X (Exo1) and of Y (Exo2)'): its
                # own words, which the first arm's vesicle word completes (``read.triage``)
                elliptical = _ELLIPTICAL_ARM.match(long)
                best = best or (elliptical.group(1) if elliptical else None)
            if best is None and not numbered:
                best = _initials_form(inner, long)  # 'EVs secreted by decidual MSCs (DEVs)'
            if best and len(best) > len(inner) and inner not in found:
                found[inner] = best
        elif len(words) and _valid_short(words[-1]) and len(inner.split()) > 1:
            # 'BMSC-Exos (bone marrow MSC exosomes)': the short form before the parenthesis
            short = words[-1].strip(",;:")
            best = _best_long_form(short, inner)
            if best and short not in found:
                found[short] = best
    for short, long in named_forms(text):
        found.setdefault(short, long)
    return found


def defines_short_forms(text: str) -> bool:
    """Might the text define a short form: a bracket, or a name given in words
    (``cues.tsv`` 'named_short_form_anywhere')? The cheap test before looking."""
    return "(" in text or cues.cue_found("named_short_form_anywhere", text)


def named_forms(text: str) -> list[tuple[str, str]]:
    """Short forms the text names in words rather than brackets ('exosomes from cord MSCs,
    referred to here as MEx', 'vesicles from primed cells are called pEVs'; ``cues.tsv``
    'named_short_form'), each with the clause before it as its long form. Only a name with a
    capital or a digit after its first letter: 'referred to as exosomes' names no short form."""
    if not cues.cue_found("named_short_form_anywhere", text):
        return []
    out = []
    for match in cues.cue("named_short_form").finditer(text):
        short = match.group("short")
        if not _valid_short(short) or not any(c.isupper() or c.isdigit() for c in short[1:]):
            continue
        before = _CLAUSE_CUT.split(text[: match.start()])[-1]
        # (the noun phrase the name is given to, after the clause's verb or preposition:
        # 'EVs were taken up by macrophages, termed here AMs' names the macrophages)
        before = cues.cue("named_form_cut").split(before)[-1]
        words = before.split()[-12:]
        if words:
            out.append((short, " ".join(words).strip(" ,")))
    return out
