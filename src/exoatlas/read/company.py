"""What the effects a sentence lists together tell of one another's role. An author names the
vesicles' effects together because they serve one end: 'the EVs inhibited kidney injury and
cellular proliferation' lowers a proliferation the author counts as part of the harm, and 'the
EVs inhibited fibroblast proliferation and fibrosis and promoted apoptosis' raises a death the
author counts as a good. A change whose role turns on whose cells show it (proliferation,
migration, apoptosis: ``tumour_increase`` in ``valence.tsv``), said by the same agent in
the same sentence as a change whose role does not, and read against that change's role, is read
as of cells that are the disease (``effector``) when that reading agrees. Only a repair's company
is read: a harm read in the same sentence may itself be misread ('drove M2 polarization,
inflammation reduction' parsed as a rise in inflammation), and one misread harm should not
make the changes listed with it harms as well. Not in a tumour, whose
cells the vocabulary already tells apart; not where the sentence sets one clause against another
('but', 'whereas': a side effect the author reports as one), and not for cells it names as the
host's own ('tubular cell proliferation'). Used by ``read.reader``."""

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
    out = []
    for o in outcomes:
        given = {
            role_family(rules.role(s.process, s.direction, tumour=False))
            for s in outcomes
            if s.agent_span == o.agent_span and _asserted(s) and _fixed(s)
        }
        if given == {"repair"} and _asserted(o) and not (o.effector or o.host or _fixed(o)):
            wanted = "repair"
            own = role_family(rules.role(o.process, o.direction, tumour=False))
            as_effector = role_family(
                rules.role(o.process, o.direction, tumour=False, effector=True)
            )
            if own not in (wanted, "unknown") and as_effector == wanted:
                o = replace(o, effector=True)
        out.append(o)
    return out


def _asserted(o: DeepOutcome) -> bool:
    return o.agent in _ACTING and not (o.negated or o.hedged or o.undone or o.unnamed)


def _fixed(o: DeepOutcome) -> bool:
    """Is the change's role the same whoever's cells show it?"""
    return rules.role(o.process, o.direction, tumour=False) == rules.role(
        o.process, o.direction, tumour=False, effector=True
    )
