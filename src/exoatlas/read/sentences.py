"""Sentence splitting that survives 'et al.', 'e.g.', '[12]', '×g', initials and decimals."""

from __future__ import annotations

import re

from exoatlas.vocab.english import is_common_word

# Tokens that end with a period without ending the sentence (compared case-insensitively).
ABBREVIATIONS = frozenset(
    [
        "al",
        "e.g",
        "eg",
        "i.e",
        "ie",
        "fig",
        "figs",
        "vs",
        "approx",
        "ca",
        "cf",
        "no",
        "nos",
        "ref",
        "refs",
        "dr",
        "mr",
        "mrs",
        "ms",
        "prof",
        "st",
        "sp",
        "spp",
        "resp",
        "incl",
        "min",
        "max",
        "vol",
        "ed",
        "eds",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mol",
        "biol",
    ]
)
_BOUNDARY = re.compile(
    r"""[.!?]                    # terminal punctuation
        ['"’”)\]]*               # closing quotes or brackets
        (?:\s*\[[\d,\s–-]+\])?   # a citation group printed after the period
        \s+                      # then space
        (?![\[(][\d,\s–-]+[\])]\s*[.,;])  # not a citation that closes this sentence
        (?=[A-Z0-9\[("“‘]|mi(?:R|RNA|croRNA)\b|let-\d|[a-z]{1,4}(?:[A-Z]{2}|-?[A-Z]-[A-Z]|-[A-Z]{2})
           |(?:hsa|mmu|rno)[-_]\w|(?:circ|lnc)(?:RNA|[-_]\w)
           |p\d{2,3}\b|[α-ωΑ-Ω][-\w])  # the next starts
        # (a capital, a digit, a prefixed abbreviation such as hBMSC, hucMSC, hP-MSC, huc-MSC, an
        # RNA's name written in lower case: hsa_circ_0002021, circRNA, lncRNA, a protein named
        # 'p' and its mass: p53, p62, or a name that opens with a Greek letter: α-SMA, β-cells)""",
    re.VERBOSE,
)


def _token_before(head: str) -> str:
    """The word (letters, digits, dots) before the final . ! or ? and any closing quotes or
    brackets; '' when there is none. A scan from the end: a regex anchored at $ would retry
    from every position of the window."""
    rest = head.rstrip("'\"’”)]")
    if not rest or rest[-1] not in ".!?":
        return ""
    rest = rest[:-1]
    start = len(rest)
    while start > 0 and (rest[start - 1].isalnum() or rest[start - 1] in "._"):
        start -= 1
    return rest[start:]


def _is_false_boundary(text: str, end: int, all_capitals: bool = False) -> bool:
    """True when the period before ``end`` belongs to an abbreviation, initial or number. In a
    text written all in capitals (some journals' titles) every word looks like an acronym, so
    the abbreviations are read as such there ('EXOSOMES VS. MICROVESICLES')."""
    head = text[max(0, end - 60) : end].rstrip()  # the token before the period is short
    token = _token_before(head.split("[")[0] if head.endswith("]") else head)
    if not token:
        return False
    written = token.rstrip(".")
    token = written.casefold()
    if (token in ABBREVIATIONS or token.replace(".", "") in ABBREVIATIONS) and (
        all_capitals or not _acronym(written)
    ):
        return True
    # a single capital initial ("Smith J. reported", "A. Smith")
    # ('under H/R. Then': a letter after a slash is no initial)
    initial = len(token) == 1 and token.isalpha() and head[-2:-1].isupper() and head[-3:-2] != "/"
    return initial and not _letter_ends_sentence(head, text[end:])


def _letter_ends_sentence(head: str, after: str) -> bool:
    """A capital letter after a word, with an acronym or a common English word next, is a name's
    last letter and its period ends the sentence ('the release of troponin T. Together with',
    'from G0/G1 to S. HGF was induced'); an initial stands first, after another initial or after
    'by' ('A. Smith'), and a genus's letter before a species ('S. Typhimurium') is followed by a
    rare word."""
    words = head[:-1].split()
    before = words[-2] if len(words) >= 2 else ""
    if len(before) < 2 or not before[-1].isalnum():
        return False
    following = after.split()[0].strip(",;:()") if after.split() else ""
    capitals = sum(c.isupper() for c in following)
    if capitals >= 2:
        return True
    # ('by A. Smith': after a short function word a capitalised common word may be a surname)
    short_function_word = before.islower() and len(before) <= 3
    return following.isalpha() and is_common_word(following) and not short_function_word


def _acronym(written: str) -> bool:
    """An all-capital word of two or more letters ('ED', 'MS', 'NO', 'DR', 'CF') is an acronym, not
    one of the abbreviations above, which are written in lower case or with one capital ('ed.',
    'No.', 'Dr.', 'cf.'): its period ends the sentence ('... rats with ED. Their ...')."""
    return len(written) >= 2 and written.isalpha() and written.isupper()


_HYPHENS = {0x2010: "-", 0x2011: "-"}
# an en dash joining a compound modifier, as style guides of many journals write it ('stem
# cell–derived exosomes', 'MSC–EVs'); not one between digits (a range: '50–100 nm'); one
# before a mature miRNA's arm ('miR-150–5p', a typesetter's dash) is its name's hyphen
_JOINING_DASH = re.compile(r"(?<=[\w)\]])\u2013(?=[^\W\d_])|(?<=\d)\u2013(?=[35]p\b)")


def unify_dashes(text: str) -> str:
    """Unicode and non-breaking hyphens, and en dashes joining words, as '-' (same length):
    'miR‑25‑3p' is miR-25-3p, 'cell–derived' is cell-derived, and so is an abbreviation's closing
    bracket joined to the next word ('stromal cell (hBMSC)–derived exosomes')."""
    if "\u2010" in text or "\u2011" in text:
        text = text.translate(_HYPHENS)
    if "\u2013" in text:
        text = _JOINING_DASH.sub("-", text)
    return text


def split_sentences(text: str) -> list[str]:
    """Split a paragraph into sentences; whitespace inside sentences is normalised."""
    text = unify_dashes(text)
    text = " ".join(text.split())
    if not text:
        return []
    sentences: list[str] = []
    start = 0
    all_capitals = text.isupper()
    for match in _BOUNDARY.finditer(text):
        cut = match.end()
        if _is_false_boundary(text, match.start() + 1, all_capitals):
            continue
        sentence = text[start:cut].strip()
        if sentence:
            sentences.append(sentence)
        start = cut
    rest = text[start:].strip()
    if rest:
        sentences.append(rest)
    return sentences
