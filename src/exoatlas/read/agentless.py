"""Results an abstract states with no agent at all ('Infarct size was significantly reduced.'),
credited to the MSC vesicles when the section has read their effect or is the abstract's Results
part. Used by ``read.reader`` for a sentence that names no product."""

from __future__ import annotations

from exoatlas.read.context import SectionContext
from exoatlas.read.deep_outcome import DeepOutcome
from exoatlas.read.groups import names_other_group
from exoatlas.vocab import cues, rules


def agentless_results(
    sentence: str,
    context: SectionContext,
    outcomes: list[DeepOutcome],
    products: tuple[str, ...],
    *,
    abstract: bool,
    review: bool,
    tumour: bool,
    others: bool,
    part: str,
) -> list[DeepOutcome]:
    """'Infarct size was significantly reduced.', 'Cardiac function improved at 4 weeks.': a
    result an abstract states with no agent at all, after an earlier sentence of its section
    read an effect of the EVs or in its labelled Results part, is theirs, when it is a benefit
    (a harm said so is most often the injury the model made: 'apoptosis rose after ischaemia');
    not in a tumour study, a review, a study of others' vesicles acting on MSCs, a sentence
    naming another group or how the model was made."""
    # (a structured abstract's Results part is the study's results: its agentless benefit is
    # theirs, with no EV result read yet (the record is about MSC-EVs), until the section
    # states another arm's change: '5-ASA alleviated X. Y was also attenuated.')
    # (so after a sentence giving the EVs to the animals or cells: 'Mice received MSC-EVs.
    # Apoptosis was inhibited.')
    placed = (part == "results" or context.ev_given) and not context.other_result
    if not abstract or review or tumour or others:
        return []
    if not (context.ev_result or placed):
        return []
    if placed and any(
        o.agent == "none" and not _said_of_its_thing(sentence, o.trigger_at) for o in outcomes
    ):
        # a change something unnamed did ('5-ASA alleviated X', its subject misparsed): another
        # arm may be speaking, and the part's later agentless results may be its too
        context.other_result = context.other_result or not context.ev_result
    if cues.tumour_words(sentence) or names_other_group(sentence, products):
        return []
    if cues.cue_found("model_made_phrase", sentence):
        return []
    return [
        o
        for o in outcomes
        if o.agent == "none"
        and not (o.negated or o.hedged or o.undone)
        and _beneficial(o)
        # by its place alone only a change said of its thing ('X was reduced', 'X improved'),
        # not one a misparsed subject does ('5-ASA alleviated weight loss')
        and (context.ev_result or _said_of_its_thing(sentence, o.trigger_at))
    ]


def _beneficial(outcome: DeepOutcome) -> bool:
    """Is the change a benefit: a named process by the role rules, or one the vocabulary does
    not name by its valence word ('Lung oedema was reduced', 'Tendon healing was improved')?"""
    if outcome.unnamed:
        role = rules.valence_role(outcome.valence, outcome.direction, tumour=False)
    elif outcome.process.grounded:
        role = rules.role(
            outcome.process, outcome.direction, tumour=False, effector=outcome.effector
        )
    else:
        return False
    return role in ("protective", "regenerative")


def _said_of_its_thing(sentence: str, at: int) -> bool:
    """Is the change at ``at`` a passive ('fibrosis was attenuated') or an intransitive verb
    ('cardiac function improved at 4 weeks'), whose changed thing is its subject (``cues.tsv``
    'passive_before', 'no_object_after'), or a noun of change an observation passive closes
    ('nominal_observed_after')?"""
    return bool(
        cues.cue("passive_before").search(sentence[:at])
        or cues.cue("no_object_after").match(sentence[at:])
        or cues.cue("observed_change_before").search(sentence[:at])  # ('we noted a fall in X')
        or cues.cue("nominal_observed_after").match(sentence[at:])  # ('a decrease of X was seen')
    )
