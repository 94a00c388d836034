"""When the keyword window may read a sentence the parse found no change in.

The window (``read.outcome``) sees words, not who does what: it cannot tell which group a
change is said of ('in the model group'), and it reads any clause. So it reads only a sentence
whose changes could be the EVs' own: not one that withholds them ('Before the EVs were given, X
rose'), says how the model was made or how an effect was measured, blocks vesicle release, says
the EVs' effect was abolished, names a knock-out arm first, compares with the EVs, opens with
the untreated model animals, or says the EVs hardly undid the change.
"""

from __future__ import annotations

from exoatlas.read.arms import arm_named_first
from exoatlas.read.groups import product_only_compared
from exoatlas.read.opposite import scarcely_undone
from exoatlas.vocab import cues

# phrases (cues.tsv) after which the window's reading would be another group's or the model's
_WITHHOLDING_CUES = (
    "product_withheld_phrase",  # 'Before the EVs were given, X rose'
    "model_made_phrase",  # how the model was made
    "effect_measured",  # how an effect was measured
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
        or product_only_compared(sentence, products)  # 'Compared with the EVs'
        or scarcely_undone(sentence)  # '..., which the EVs hardly attenuated'
    )
