"""What a phrase names as the agent of a change, as a kind: ``product`` (the study's EVs: an EV
word, an abbreviation the text defines for them, MSCs, or the treatment the abstract gives),
``cargo`` (a miRNA or other RNA), ``reference`` ('they', 'these') or ``other``. Used by
``read.agents`` and the frame readers."""

from __future__ import annotations

import re
from typing import Any

from exoatlas.read.reading import current
from exoatlas.vocab import cues

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")  # the dependencies of a clause's subject

Span = tuple[int, int]  # characters of the parsed text: where the agent is named


def span_of(first: Any, last: Any) -> Span:
    """Where two tokens and the words between them are named (characters of the parsed text)."""
    return first.idx, last.idx + len(last.text)


def subtree_span(token: Any) -> Span:
    """Where a token's phrase is named."""
    return span_of(token.left_edge, token.right_edge)


def names_only_foreign(text: str, products: tuple[str, ...]) -> bool:
    """Does a phrase or sentence name vesicles only as another origin's: by the document's short
    forms for them ('BC-EVs promoted tumour growth') or written out (``cues.tsv`` 'foreign_ev')?
    Then it says nothing of the study's EVs. The short forms are the document's being read
    (``read.reading``: set by the reader from ``statement.foreign_abbreviations``)."""
    defined = current().foreign
    shorts = [s for s in defined if s in text]
    # a name the abstract gives its EVs that is only a vesicle word ('exosomes (EXO)') names
    # anyone's vesicles: 'EXOs from MCT-injured mice' are the sick animals'
    named = [p for p in products if p in text]
    generic = [p for p in named if cues.cue("ev").fullmatch(p)]
    if len(generic) < len(named):
        return False  # ('MSC-EVs', 'BMSC-Exos': the abstract's own)
    # written out ('EVs from the serum of septic mice (S-EVs) increased X', 'EVs from mice
    # with MCT-induced PH induce PH in healthy mice')
    written = cues.cue_found("foreign_ev", text)
    if not shorts and not written:
        return False
    # and written out: 'EVs from the serum of septic mice (S-EVs) increased X, whereas ...'
    text = cues.cue("foreign_ev").sub(_unless_msc, text)
    for short in shorts:
        text = re.sub(rf"(?<![\w-]){re.escape(short)}(?![\w-])", " ", text)
    return not cues.cue_found("ev", text) and not cues.cue_found("msc", text)


def _unless_msc(match: re.Match[str]) -> str:
    """Another origin's vesicles blanked out, unless the match names MSCs after all."""
    return match.group() if cues.names_msc(match.group()) else " "


_REFERENCES = frozenset({"they", "them", "these", "which", "it", "both", "this", "that"})


def subtree_text(token: Any) -> str:
    """A token's phrase as words: what ``agent_kind`` is asked of."""
    return " ".join(t.text for t in token.subtree)


def written_phrase(token: Any) -> str:
    """A token's phrase as the text writes it ('MSC-EV', 'adipose-derived'; ``subtree_text``
    joins the tokens: 'MSC - EV')."""
    return str(token.doc[token.left_edge.i : token.right_edge.i + 1].text)


def agent_kind(text: str, products: tuple[str, ...]) -> str:
    """The kind of agent a phrase names (see the module docstring); ``products`` are the names
    the abstract gives its EVs."""
    written = text.replace(" - ", "-") if " - " in text else text
    ablated = cues.cue("ablated_vesicles").match(text)
    if ablated and names_vesicles(text[ablated.end() :].split(" by ")[0], products):
        return "other"  # 'by RNase treatment of the EVs': a control that takes the EVs apart
    excluded = cues.cue("excluded_agent").search(written)
    if (
        excluded
        and not names_vesicles(written[: excluded.start()], products)
        and names_vesicles(excluded.group(), products)
    ):
        return "other"  # 'MSCs, but not MSC-EVs, reduced X': the vesicles did not act
    if names_vesicles(text, products):
        return "other" if names_only_foreign(written, products) else "product"
    lowered = text.casefold()
    if re.search(r"\bmir|\bmicrorna|\blet-\d|lncrna|circrna|cargo", lowered):
        return "cargo"
    if lowered.split()[0] in _REFERENCES if lowered.split() else False:
        # (not 'these BMSCs', 'these stem cells': the parent cells the abstract named,
        # ``cues.tsv`` 'reference_to_other')
        return "other" if cues.cue("reference_to_other").match(written.casefold()) else "reference"
    if cues.cue("product_reference").match(lowered):
        return "reference"  # 'the formulation', 'the construct': the engineered vesicles
    if cues.cue_found("msc", text):
        return "product"
    # 'vehicle treatment', 'saline-injected mice': the control arm (not 'the treatment,
    # compared with saline')
    if cues.cue_found("comparison_group", cues.cue("comparison_phrase").sub(" ", text)):
        return "other"
    if cues.cue_found("treated_group", written):
        return "product"  # 'treated mice', 'in treated corneas': those given the EVs
    # 'the treatment', 'IV administration': the EVs the abstract gives; not 'TGF-beta1
    # treatment' or 'treatment with LPS', a stimulus written as a symbol before the word or as
    # what it is 'with' or 'of'
    dose = cues.cue("given_dose").search(text)
    if dose is not None and not cues.cue("stimulus_symbol").search(text[: dose.start()]):
        return "product"  # 'a single intranasal dose', not 'a dose of cisplatin', 'STZ injections'
    # (the phrase as written: 'of streptozotocin-diabetic mice' is a model, not a drug given)
    given = cues.cue("given_treatment").search(written)
    if given is not None and not cues.cue_found("standing_treatment", written):
        named = cues.cue("given_what").match(written, given.end())
        # (what it is 'of' or 'with', with the words after it: 'of ethanol fed mice' names the
        # model, not the drug given, ``cues.tsv`` 'drug_word')
        what = written[: given.start()] + (named.group(1) if named else "")
        drug = written[: given.start()] + (written[named.start(1) :] if named else "")
        if not cues.cue("stimulus_symbol").search(what) and not cues.cue_found("drug_word", drug):
            return "product"  # (not 'rapamycin treatment', 'treatment with metformin')
    return "other"


def names_vesicles(text: str, products: tuple[str, ...]) -> bool:
    """Does a phrase name the EVs: an EV word or a name the abstract gives them (the agent, or
    what a control takes apart: 'of the EVs', not 'the disruption of NLRP3 assembly')?"""
    # a phrase given as its tokens joined by spaces writes a hyphenated name 'A - B'
    written = text.replace(" - ", "-") if " - " in text else text
    # ('MSC - EXs': the short form after a hyphen is an EV word only so written)
    return any(p in written for p in products) or cues.cue_found("ev", written)


def antecedent_elsewhere(
    reference: str, sentence: str, previous: str | None, products: tuple[str, ...]
) -> bool:
    """Does a reference ('These molecules', 'this factor') name its head noun as the sentence
    before did, when that sentence named no vesicles ('Changes in age-linked molecules drive X.
    These molecules suppress bone formation')? Then it refers to that noun, not to
    the study's vesicles. Only a noun for a class of molecules (``cues.tsv``
    'antecedent_noun': not 'this treatment', 'these injections', 'these particles', which name
    what the study gave), in a sentence that names no vesicles, after one that names none
    ('Exosomes carrying miR-X were given. These molecules ...' may be their cargo)."""
    words = reference.casefold().split()
    if previous is None or len(words) < 2 or words[0] not in _REFERENCES:
        return False
    noun = words[-1]
    if noun not in cues.cue_literals("antecedent_noun"):
        return False
    if names_vesicles(sentence, products) or names_vesicles(previous, products):
        return False
    stem = noun[:-1] if noun.endswith("s") and len(noun) > 4 else noun
    return re.search(rf"\b{re.escape(stem)}", previous.casefold()) is not None
