"""The cues of ``cues.tsv`` (``vocab/data``): the patterns the reader and the analyses look for
in running text (model cues, inhibitor forms, condition cues, triage cues, tumour context, MSC
names, negation, hedges), compiled once and gated (``vocab.gate``) so that most texts are
turned down without a regular-expression search.

Typical use::

    from exoatlas.vocab import cues
    cues.cue_found("hedge", "EVs may reduce fibrosis")   # True
    cues.model_of("in mice and in cultured cells")       # 'mixed'
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache, lru_cache

from exoatlas.vocab import curated_terms, gate, read_tsv

_LIST_REF = re.compile(r"\{([a-z_]+)\}")
_PATTERN_SYNTAX = re.compile(r"[\\()\[\]{}|?*+^$]")


@cache
def _cue_rows() -> tuple[tuple[str, str, str], ...]:
    """The cue rows; a pattern may name a literal-list cue as ``{group}`` (never a regex
    quantifier: letters only), which becomes the alternation of that list's words, so a list
    written once serves both the literal checks and the patterns built on it."""
    rows = [(r["group"], r["value"], r["pattern"]) for r in read_tsv("cues.tsv")]
    groups = Counter(g for g, _, _ in rows)  # one-row groups of plain words are word lists
    lists = {g: p for g, _, p in rows if groups[g] == 1 and not _PATTERN_SYNTAX.search(p)}

    def expand(match: re.Match[str]) -> str:
        if match.group(1) not in lists:
            raise ValueError(f"cues.tsv: {match.group()} names no one-row word list")
        return "(?:" + "|".join(map(re.escape, lists[match.group(1)].split(";"))) + ")"

    return tuple((g, v, _LIST_REF.sub(expand, p)) for g, v, p in rows)


@cache
def cue(group: str, value: str = "") -> re.Pattern[str]:
    """The pattern of one cue (case-insensitive), compiled once; KeyError for an unknown one."""
    for g, v, pattern in _cue_rows():
        if g == group and v == value:
            return re.compile(pattern, re.IGNORECASE)
    raise KeyError(f"no cue {group!r}/{value!r} in cues.tsv")


@lru_cache(maxsize=16384)
def cue_found(group: str, text: str) -> bool:
    """Does the cue (``cue(group)``) occur in the text? Kept per text: the reader asks it of the
    same sentence from several places."""
    return gate.found(cue(group), text)


@lru_cache(maxsize=16384)
def tumour_words(text: str) -> int:
    """How many tumour words (``tumour_context``) the text names as a disease or a model, not
    as the reason a drug is given ('an anticancer drug', 'used to treat solid cancers'), nor in a
    cancer therapy named as what harms an organ ('Radiotherapy for head and neck tumours
    damages the salivary glands', ``therapy_harm_indication``): a study of a chemotherapy's
    toxicity to the kidney is no tumour study; nor as a safety concern ('the potential
    tumorigenicity of MSCs', ``tumour_safety_mention``), nor as a tumour the EVs did not cause
    ('no tumour formation was observed', ``tumour_safety_denial``)."""
    pattern = cue("tumour_context")
    if not gate.may_match(pattern, gate.fold(text)):
        return 0
    text = cue("therapy_harm_indication").sub(" ", cue("tumour_as_indication").sub(" ", text))
    text = cue("tumour_safety_mention").sub(" ", text)  # ('the low tumorigenicity of EVs')
    text = cue("tumour_safety_denial").sub(" ", text)  # ('without promoting tumour growth')
    return len(pattern.findall(text))


@cache
def _tumour_lines() -> re.Pattern[str]:
    """The names (``cell_lines.tsv``) of the cell lines ``tumour_cell_lines.tsv`` lists as
    tumour models, case-sensitive, as whole tokens ('MCF-7', 'MDA-MB-231', 'CT26')."""
    wanted = {row["curie"] for row in read_tsv("tumour_cell_lines.tsv")}
    names = {n for t in curated_terms() if t.curie in wanted for n in (t.label, *t.synonyms)}
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w.-])(?:{alternatives})(?![\w-]|\.\w)")


@lru_cache(maxsize=16384)  # (asked of the same sentence by the section test and the reader)
def tumour_study_words(text: str) -> int:
    """Tumour words (``tumour_words``), the names of tumour-model cell lines and tumour types'
    abbreviations where it names no tumour in words: what makes a text a tumour study's ('EVs
    inhibited the growth of MCF-7 cells' names its tumour only by its cells, 'promote AML cell
    growth' by its initials)."""
    words = tumour_words(text)
    # (a tumour's initials count only in a text that names no tumour in words: where it does,
    # 'hepatocellular carcinoma (HCC)' is one tumour, already counted)
    initials = 0 if words else len(_tumour_abbreviations().findall(text))
    return words + len(_tumour_lines().findall(text)) + initials


@cache
def _tumour_abbreviations() -> re.Pattern[str]:
    """Tumour types' abbreviations (``cues.tsv`` 'tumour_abbreviation': 'HCC', 'PDAC', 'PCa'),
    case-sensitive, as whole tokens before the cells, patients, a tumour or its growth ('AML
    cells', 'HCC progression'; not 'HCC1937', nor a passing 'risk of HCC')."""
    names = sorted(cue_literals("tumour_abbreviation"), key=len, reverse=True)
    after = cue("tumour_abbreviation_head").pattern  # (what follows is case-insensitive)
    alternatives = "|".join(map(re.escape, names))
    return re.compile(rf"(?<![\w.-])(?:{alternatives})(?:-derived)?\s+(?i:{after})")


@lru_cache(maxsize=16384)
def names_msc(text: str) -> bool:
    """Does the text name MSCs, outside EMT and tumour-stroma wording ('mesenchymal transition',
    'stromal cells of the tumour')?"""
    folded = gate.fold(text)
    if gate.may_match(cue("not_msc"), folded):  # (most texts name neither: the gates first)
        text = cue("not_msc").sub(" ", text)
    return gate.found(cue("msc"), text)


@cache
def cue_group(group: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Every (value, pattern) of a cue group, in table order."""
    return tuple((v, re.compile(p, re.IGNORECASE)) for g, v, p in _cue_rows() if g == group)


@cache
def cue_literals(group: str) -> tuple[str, ...]:
    """A literal-list cue ('msc_literal'): the words, split on ';'."""
    for g, _, pattern in _cue_rows():
        if g == group:
            return tuple(pattern.split(";"))
    raise KeyError(group)


def is_organism(word: str) -> bool:
    """Is a word an organism a study treats or names: the animals of a model ('model_animals':
    'mice', 'rabbits', 'macaques') or people ('organism_noun': 'patients', 'infants', 'donors')?
    One test for the readers that keep organisms off effects and recipients."""
    return word.casefold() in cue_literals("organism_noun") or cue_found("model_animals", word)


@lru_cache(maxsize=4096)
def model_of(text: str) -> str:
    """in_vitro | animal | human | mixed (cell culture and animals) | unknown."""
    found = [v for v, pattern in cue_group("model") if gate.found(pattern, text)]
    if "in_vitro" in found and "animal" in found:
        return "mixed"
    return found[0] if found else "unknown"


def is_inhibitor(text: str) -> bool:
    """'antagomiR-21', 'si-PTEN', 'miR-21 knockdown': a form that is the opposite of its cargo."""
    return bool(cue("inhibitor").search(text))


def conditions(text: str) -> tuple[str, ...]:
    """Condition kinds a text names: engineering, loading, preconditioning."""
    return tuple(value for value, pattern in cue_group("condition") if pattern.search(text))


def benefit_undermined(before: str, context: str) -> bool:
    """Do the words ``before`` a benefit word say something impairs or alters it ('donor obesity
    may impair the immunomodulatory function of MSCs', ``cues.tsv`` 'benefit_undermined'), with
    no loss-of-function arm in ``context`` ('knockdown of miR-X impaired the protective effects
    of the exosomes': there the vesicles' own benefit is the finding)?"""
    return (
        cue("benefit_undermined").search(before) is not None
        and cue("loss_of_function_arm").search(context) is None
    )
