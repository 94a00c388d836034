"""When the keyword window may read a sentence the parse found no change in.

The window (``read.outcome``) sees words, not who does what: it cannot tell which group a
change is said of ('in the model group'), and it reads any clause. So it reads only a sentence
whose changes could be the EVs' own: not one that withholds them ('Before the EVs were given, X
rose'), says how the model was made or how an effect was measured, blocks vesicle release, says
the EVs' effect was abolished, names a knock-out arm first, compares with the EVs, opens with
the untreated model animals, says the EVs hardly undid the change, or states a change in a first
clause naming no EVs before a clause that names them with a change but no process of its own.
"""

from __future__ import annotations

from exoatlas.read.agent_kind import agent_kind, names_vesicles
from exoatlas.read.arms import arm_named_first
from exoatlas.read.context import SectionContext
from exoatlas.read.groups import product_only_compared
from exoatlas.read.opposite import scarcely_undone
from exoatlas.read.outcome import parse_outcomes
from exoatlas.vocab import cues, rules

# phrases (cues.tsv) after which the window's reading would be another group's or the model's
_WITHHOLDING_CUES = (
    "product_withheld_phrase",  # 'Before the EVs were given, X rose'
    "model_made_phrase",  # how the model was made
    "effect_measured",  # how an effect was measured
    "measure_taken",  # '..., and clinical scores were determined by assessing X'
    "vesicle_release_blocked",  # 'by blocking vesicle release'
    "ev_effect_abolished",  # 'the EVs' effects on X were weakened by an inhibitor'
)


def window_allowed(sentence: str, products: tuple[str, ...], *, model_end: int) -> bool:
    """May the keyword window read ``sentence``? ``model_end``: where a clause about the
    untreated model animals ends (``read.groups.model_group_clause``; 0 if none)."""
    if model_end:  # 'I/R rats showed lower miR-X and more apoptosis'
        return False
    if any(cues.cue_found(name, sentence) for name in _WITHHOLDING_CUES):
        return False
    return not (
        arm_named_first(sentence, products)  # 'EVs of X-KO MSCs raised Y'
        or _changed_before_vesicles(sentence, products)  # 'X rose with Y, and the EV group'
        or product_only_compared(sentence, products)  # 'Compared with the EVs'
        or scarcely_undone(sentence)  # '..., which the EVs hardly attenuated'
    )


def _changed_before_vesicles(sentence: str, products: tuple[str, ...]) -> bool:
    """'The score rose with the disease, and the levels in the EV group fell': a first clause
    (``cues.tsv`` 'window_clause_break') that states a change and names no vesicles, before a
    clause that names the EVs with a change but no process of its own. The window would give the
    first clause's process to the EVs (not 'X shrank, and this benefit was due to the EVs': only
    the first changes; nor '..., and the EVs protected cells from apoptosis': its own process)."""
    first, *rest = cues.cue("window_clause_break").split(sentence)
    changed = rules.polarity_pattern().search
    if not rest or cues.cue_found("ev", first) or changed(first) is None:
        return False
    return any(
        agent_kind(clause, products) == "product"
        and changed(clause) is not None
        and not parse_outcomes(clause)
        for clause in rest
    )


def vesicles_in_play(
    sentence: str, products: tuple[str, ...], placed: bool, context: SectionContext
) -> bool:
    """May the window give an abstract sentence's changes to the EVs at all: it or an earlier
    sentence of its section names them (or the MSCs), or it is ``placed`` after a sentence
    giving them or reading their effect, or in a Results part? Not an opening before any names
    them ('Stroke causes persistent motor deficits': when the parse read nothing in a cut-short
    abstract, the window read such an opening as the EVs' harm)."""
    return placed or any(_names_them(s, products) for s in (sentence, *context.earlier()))


def _names_them(sentence: str, products: tuple[str, ...]) -> bool:
    return names_vesicles(sentence, products) or cues.cue_found("msc", sentence)
