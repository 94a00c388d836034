"""What the changes a sentence lists together tell of one another's role. An author lists what
the vesicles lessened because it serves one end: 'the EVs inhibited kidney injury and cellular
proliferation' lowers a proliferation the author counts as part of the harm. A lowered change
whose role turns on whose cells show it (proliferation, migration: ``tumour_increase`` in
``valence.tsv``), of cells the sentence does not name, listed by the same agent with a lowered
change whose role does not turn so and is a repair (an injury, a fibrosis lessened), is read as
of cells that are the disease (``effector``). Only lowered changes and only a repair's company:
a rise listed with a benefit may be the harm the author reports ('promoted recovery and
increased apoptosis'), and a harm read in the sentence may itself be misread ('drove M2
polarization, inflammation reduction' parsed as a rise in inflammation). Not for cells the
sentence names ('the proliferation of cardiac progenitor cells', 'Schwann cell migration',
'endothelial proliferation', or the cells a sentence opens with: their own repair lessened,
``read.effectors``), not for vessels (a lowered angiogenesis is the tissue's repair lessened),
not in a wound or a regeneration (migration and proliferation are the repair itself), not in a
tumour, whose cells the vocabulary already tells apart, and not where the sentence sets one
clause against another ('but', 'whereas': a side effect the author reports as one). The words
are ``cues.tsv``'s 'company_*' and 'named_cells' rows. Used by ``read.reader``."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from exoatlas.read.consolidate import role_family
from exoatlas.read.deep_outcome import DeepOutcome
from exoatlas.vocab import cues, rules

_ACTING = ("product", "reference", "none")


def by_company(outcomes: Sequence[DeepOutcome], sentence: str) -> list[DeepOutcome]:
    """The outcomes, each whose role its company settles marked ``effector`` (module doc)."""
    if len(outcomes) < 2 or cues.cue_found("company_contrast", sentence):
        return list(outcomes)
    if cues.cue_found("company_repair_setting", sentence) or cues.cue_found(
        "company_cells_opening", sentence
    ):
        return list(outcomes)  # a wound's or regeneration's repair; cells named at its opening
    exempt = cues.cue("company_exempt_process")
    out = []
    for o in outcomes:
        given = {
            role_family(rules.role(s.process, s.direction, tumour=False))
            for s in outcomes
            if s.agent_span[0] == o.agent_span[0]
            and s.agent == o.agent
            and _lessened(s)
            and _fixed(s)
        }
        if (
            given == {"repair"}
            and _lessened(o)
            and not (o.effector or o.cells or _fixed(o) or exempt.search(o.process.label))
            and role_family(rules.role(o.process, o.direction, tumour=False)) != "repair"
            and role_family(rules.role(o.process, o.direction, tumour=False, effector=True))
            == "repair"
        ):
            o = replace(o, effector=True)
        out.append(o)
    return out


def _lessened(o: DeepOutcome) -> bool:
    """An asserted decrease said by the sentence's EVs (or with no agent named)."""
    return (
        o.direction == "decrease"
        and o.agent in _ACTING
        and not (o.negated or o.hedged or o.undone or o.unnamed)
    )


def _fixed(o: DeepOutcome) -> bool:
    """Is the change's role the same whoever's cells show it?"""
    return rules.role(o.process, o.direction, tumour=False) == rules.role(
        o.process, o.direction, tumour=False, effector=True
    )
