"""Results an abstract states with no agent at all ('Infarct size was significantly reduced.'),
credited to the MSC vesicles when the section has read their effect or is the abstract's Results
part. Used by ``read.reader`` for a sentence that names no product."""

from __future__ import annotations

import re

from exoatlas.read.context import SectionContext
from exoatlas.read.deep_outcome import DeepOutcome
from exoatlas.read.groups import names_other_group
from exoatlas.read.mentions import find_mentions
from exoatlas.read.msc_vesicles import masked, msc_product_in
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
    if cues.cue_found("reference_agent", sentence):
        return []  # ('VEGF was a positive control, and tube formation rose': perhaps VEGF's)
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


def another_arm_given(sentence: str, products: tuple[str, ...]) -> bool:
    """Does a sentence giving the EVs give another agent as an alternative arm: a drug or MSCs
    joined to them by 'or', 'versus' or (after them) a comma of such a list ('received MSC-EVs or
    dexamethasone', 'MSC-EVs, MSCs or PBS'; ``cues.tsv`` 'arm_joiner'), or a reference agent
    ('with dexamethasone as a positive control'; 'reference_agent')? The agentless results after
    it may be that arm's; not a drug the EVs carry or were primed with ('atorvastatin-pretreated
    MSC-EVs'), nor the injury given with them ('cisplatin and MSC-EVs')."""
    if cues.cue_found("reference_agent", sentence):
        return True
    if not re.search(r"\b(?:or|versus|vs)\b", sentence, re.IGNORECASE):
        return False
    text = masked(sentence)
    anchors = [(m.start(), m.end()) for m in cues.cue("ev").finditer(text)]
    anchors += [(m.start(), m.end()) for m in cues.cue("msc").finditer(text)]
    anchors += [(m.start(), m.start() + len(p)) for p in products for m in _all(sentence, p)]
    others = [
        (m.start, m.end)
        for m in find_mentions(sentence)
        if m.entity.kind == "drug"
        and not _vesicles_or_msc(_item(sentence, m.start))
        and not cues.cue_found("vehicle_agent", sentence[m.start : m.end])
    ]  # (not a drug that primed or loaded them, 'or atorvastatin pretreated MSC-EVs', nor DMSO)
    for m in cues.cue("msc").finditer(text):
        if not msc_product_in(_item(sentence, m.start()), products):
            others.append((m.start(), m.end()))  # ('MSCs or MSC-EVs': the cells, another arm)
    joiner = cues.cue("arm_joiner")
    for start, end in others:
        for a_start, a_end in anchors:
            if a_start <= start < a_end or start <= a_start < end:
                continue  # (the same words)
            # (a comma only before an item after the EVs: 'Rats received streptozotocin,
            # MSC-EVs or saline' lists the injury first)
            before = sentence[end:a_start] if end <= a_start else ","
            if (a_end <= start and joiner.match(sentence[a_end:start])) or (
                "," not in before and joiner.match(before)
            ):
                return True
    return False


def _item(sentence: str, at: int) -> str:
    """The item of a list starting at ``at``: up to the next comma, bracket, 'or', 'and' or
    'versus'."""
    item = _ITEM.match(sentence, at)
    return item.group(0) if item else ""


def _vesicles_or_msc(words: str) -> bool:
    return cues.cue_found("ev", words) or cues.names_msc(masked(words))


_ITEM = re.compile(r"[^,;()]*?(?=\s*(?:[,;()]|\b(?:or|and|versus|vs)\b|$))", re.IGNORECASE)


def _all(sentence: str, phrase: str) -> list[re.Match[str]]:
    return list(re.finditer(re.escape(phrase), sentence))
