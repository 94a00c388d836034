"""The role of a change the reader found: the rule tables (``vocab.rules``: valence x direction
x disease context) with what the sentence and its parse add (a tumour context, the host's own
cells, the verb's valence)."""

from __future__ import annotations

from exoatlas.model import Entity, Role
from exoatlas.read.deep_outcome import DeepOutcome
from exoatlas.read.effectors import cells_growing
from exoatlas.vocab import cues, rules


def outcome_role(process: Entity, direction: str, disease: Entity | None, sentence: str) -> Role:
    """The role of a change, by the rule tables; a tumour context is a neoplasm as the disease or a
    tumour word in the sentence."""
    tumour = bool(disease and disease.curie and rules.tumour_disease(disease.curie)) or bool(
        cues.tumour_words(sentence) > 0
    )
    return rules.role(process, direction, tumour=tumour)


def harm(process: Entity, direction: str, tumour: bool) -> bool:
    """Is this change a harm by the rule tables (pathogenic, or pro-tumour in a tumour)?"""
    return rules.role(process, direction, tumour=tumour) in ("pathogenic", "pro_tumor")


def finding_role(
    process: Entity,
    direction: str,
    disease: Entity | None,
    tumour: bool,
    said: DeepOutcome | None,
) -> Role:
    """The role of a change the reader found: the rule tables', in a tumour when the disease is
    a neoplasm and not when the change is a named disease of its own lessened or worsened, nor
    when the parse says it is the host's cells; a process of no valence takes its verb's."""
    if disease is not None and disease.curie and rules.tumour_disease(disease.curie):
        tumour = True
    elif (
        process.kind == "disease"
        and process.curie
        and process.label not in cues.cue_literals("disease_course")
    ):
        tumour = False  # a disease other than a tumour, lessened or worsened: its own harm
    if said is not None and said.host and not cells_growing(process):
        tumour = False  # 'reduced tubular cell apoptosis' in tumour-bearing mice: the host's
    effector = said is not None and said.effector
    role = rules.role(process, direction, tumour=tumour, effector=effector)
    if role == "unknown" and said is not None and said.valence and not said.unnamed:
        return rules.valence_role(said.valence, direction, tumour=tumour)  # (its verb's)
    return role
