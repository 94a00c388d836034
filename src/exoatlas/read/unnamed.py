"""Effects the vocabulary does not name: an object phrase read as an ungrounded effect from its
head noun's valence (``effect_heads.tsv``) or what its verb presupposes (``verb_valence.tsv``)."""

from __future__ import annotations

from typing import Any

from exoatlas.ground import ground_mention
from exoatlas.model import Entity
from exoatlas.read.objects import ground_object
from exoatlas.read.outcome import parse_outcomes
from exoatlas.read.phrases import (
    AGAINST,
    AMOUNTS,
    has_own_modifier,
    hyphen_before,
    span_text,
    without_triggers,
)
from exoatlas.vocab import cues, rules

_THINGS = ("cell_type", "tissue", "gene", "drug", "cell_line")


def unnamed_effect(
    obj: Any, trigger: Any, polarity: str, *, tumour: bool = False
) -> tuple[Entity, str, str] | None:
    """An object phrase the vocabulary does not name, as an ungrounded effect with its valence
    and direction: 'increased the tear volume' (a measure: up), 'maintained corneal integrity'
    (a beneficial head: up), 'relieved the asymmetric rotation' (a verb that presupposes a
    harm: down). None when neither the head noun nor the verb says what the phrase is.
    ``tumour``: a tumour study, where immune cells counted by subset are not read."""
    head = obj.lower_
    if trigger.dep_ == "amod" and obj.dep_ == "pobj" and obj.head.lower_ == "of":
        return None  # ('the apoptosis of activated T cells': the cells' state, not a change)
    if cues.cue("neutral_governor").match(head) and not any(
        c.dep_ in ("amod", "acl", "relcl") for c in obj.children
    ):
        # ('via restoration of X and modulation of Y': a change of no direction; not
        # 'inhibited the pathological changes' nor 'the alterations caused by diabetes', its
        # adjective or clause the harm)
        return None
    measured = _measured_disease(obj, polarity)
    if measured is not None:
        return measured
    kind = rules.effect_head(head)
    if kind == "measure" and _shared_measure(obj):
        return None
    if kind in (None, "measure") and any(
        c.dep_ == "amod"
        and (c.lower_ in cues.cue_literals("harm_adjective") or _disease_behaviour(c, head))
        for c in obj.children
    ):
        # 'improved the pathological changes', 'reduced depressive-like behaviour': whatever
        # changed, a harm
        kind = "harmful"
    if (
        kind is None
        and polarity in ("restore", "decrease")
        and cues.cue("neutral_governor").match(head)
    ):
        # ('improved the histological changes', 'reversed the morphological alterations': a
        # change that is made better, undone or lessened is a harm lessened)
        kind = "harmful"
    # (an effect head the tagger took for a gerund: 'reduced paw swelling')
    gerund = obj.tag_ == "VBG" and kind is not None and obj.dep_ in ("dobj", "nsubjpass", "pobj")
    if (obj.tag_ not in ("NN", "NNS") and not gerund) or not head.isalpha():
        return None
    if kind is None and polarity == "restore" and cues.cue("protect_verb").match(trigger.lower_):
        return _kept_from_harm(obj, trigger)  # (also 'protected retinal ganglion cells')
    if (
        kind is None
        and polarity == "restore"
        and cues.cue("cell_saving_verb").match(trigger.lower_)
    ):
        kept = _kept_from_harm(obj, trigger)  # ('rescued dopaminergic neurons')
        if kept is not None:
            return kept
    counted = _counted_cells(obj)
    if counted == "regulatory":
        return None  # 'Foxp3+ cells': regulatory cells, read where the vocabulary names them
    if counted and tumour:
        return None  # in a tumour study fewer T cells may feed the tumour or starve it
    if counted:
        kind = "harmful"  # 'reduced Th17 cells': immune effector cells, a harm in inflammation
    elif polarity == "decrease" and not tumour and _immune_work(obj):
        # 'impaired NK cell function': the immune attack lessened, as its activation is (not
        # 'improved T cell function', whose writer values the function, nor a tumour's)
        kind = "harmful"
    elif (
        head in cues.cue_literals("unnamed_not_effect")
        or head in cues.cue_literals("time_unit")
        or cues.is_organism(head)
    ):
        return None  # (heads that never name an effect, whatever the verb presupposes)
    if head in cues.cue_literals("method_noun"):
        return None  # 'an improved protocol': how the EVs were made, no effect of theirs
    if head in AMOUNTS or head in cues.cue_literals("effect_noun") or is_trigger(obj):
        return None  # an amount of a gene, the EVs' effect, or a trigger read on its own
    presupposed = rules.object_valence(trigger.text)
    if kind is None and presupposed is None:
        return None
    valence = kind if kind in ("harmful", "beneficial") else ""
    if kind is None:
        valence = presupposed or ""
    direction = polarity
    if polarity == "restore":
        if not valence:
            return None  # 'improved the score': which way the score went is not said
        direction = "decrease" if valence == "harmful" else "increase"
    if kind == "measure" and presupposed == "harmful":
        valence = "harmful"  # 'alleviated the clinical score': the score measures a harm
    if kind == "measure" and not valence:
        # 'increased the lesion weight': a measure of what its modifier names
        named = {
            head
            for c in obj.children
            if c.dep_ in ("compound", "amod")
            for head in [rules.effect_head(c.lower_)]
            if head in ("harmful", "beneficial")
        }
        valence = named.pop() if len(named) == 1 else ""
        modifiers = [
            obj.doc[c.left_edge.i : c.i + 1].text
            for c in obj.children
            if c.dep_ in ("compound", "amod")
        ]
        if modifiers and all(ground_mention(m, ("disease",)).best for m in modifiers):
            # 'the aneurysm diameter', 'the atherosclerotic plaque area': a disease's size (not
            # 'the healed wound area', whose other word says which way it went)
            valence = "harmful"
    words = without_triggers(span_text(obj)).split()
    words += [
        w
        for c in obj.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
        for w in ("of", *without_triggers(span_text(g)).split())
    ]
    while words and words[0].casefold() in ("the", "a", "an", "its", "their"):
        words = words[1:]
    # (a space for the underscore ``read.repair`` joins a name with: 'type_I collagen')
    label = " ".join(words).replace("_", " ")
    if not words or cues.cue("ev").search(label):
        return None  # 'improved the EV yield': a property of the EVs, not an effect of theirs
    if cues.cue_found("signalling_ratio", label):
        return None  # 'increased the pAMPK/AMPK ratio': a pathway's activity, not an effect
    if kind is None and any(ground_mention(t, _THINGS).best for t in (obj.text, label)):
        return None  # 'restored the neurons', 'raised BDNF': a thing, not an effect
    entity = Entity(label=label, kind="process", grounded=False, text=label)
    return entity, valence, direction


def _shared_measure(obj: Any) -> bool:
    """A bare measure joined to a measure its modifier or 'of' phrase names ('reduced tumor
    volume and weight', 'the weight and volume of the tumours'): it measures the same thing,
    read with the other one, and is no effect of its own."""
    if has_own_modifier(obj):
        return False
    return any(
        rules.effect_head(other.lower_) == "measure"
        and any(
            c.dep_ in ("compound", "amod") or (c.dep_ == "prep" and c.lower_ == "of")
            for c in other.children
        )
        for other in obj.conjuncts
    )


def _measured_disease(obj: Any, polarity: str) -> tuple[Entity, str, str] | None:
    """'improved several indices of ALI', 'reduced the signs of colitis': the measures of a
    disease their 'of' phrase names (``disease_measure_noun``) stand for the disease, lowered
    when they improved or fell."""
    if obj.lower_ not in cues.cue_literals("disease_measure_noun") or polarity == "increase":
        return None
    for prep in obj.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for named in prep.children:
            if named.dep_ != "pobj":
                continue
            text = span_text(named)
            disease = ground_mention(text, ("disease",)).best
            if disease is not None and disease.kind == "disease":
                return disease, "harmful", "decrease"
            for process, flipped in ground_object(named, tumour=False):
                if not flipped and rules.restore_direction(process) == "decrease":
                    return process, "harmful", "decrease"  # a harm ('renal damage')
    return None


def is_trigger(token: Any) -> bool:
    return token.text[:1].isalpha() and rules.polarity_of(token.text) is not None


def _kept_from_harm(obj: Any, trigger: Any) -> tuple[Entity, str, str] | None:
    """What a verb of protection does to a tissue or cells it names ('protected the
    myocardium', 'protected neurons'), or to animals it names as injured ('protected the injured
    rats'): they were kept from harm, the effect a protective adjective names (``cues.tsv``
    'protected_effect'); None for anything else, or when a 'from' / 'against' phrase names the
    harm itself ('protected neurons from apoptosis')."""
    named = any(
        c.dep_ == "prep" and c.lower_ in AGAINST for word in (trigger, obj) for c in word.children
    )
    # the head noun or its phrase ('protected retinal ganglion cells': 'cells' names none), or
    # animals named as injured ('protected MCAO-injured rats', 'protected the injured mice')
    body = (obj.text, span_text(obj))
    # (``cues.tsv`` 'injured_animal_modifier'; not 'non-' or 'sham-injured rats',
    # 'injury_denied_prefix')
    injured = cues.is_organism(obj.text) and any(
        c.dep_ == "amod"
        and cues.cue("injured_animal_modifier").match(c.lower_) is not None
        and not (
            c.i >= 2
            and hyphen_before(c)
            and cues.cue("injury_denied_prefix").match(c.doc[c.i - 2].lower_) is not None
        )
        for c in obj.children
    )
    if named or not (injured or any(ground_mention(t, ("tissue", "cell_type")).best for t in body)):
        return None
    found = parse_outcomes(cues.cue_literals("protected_effect")[0])
    return (found[0][0], "harmful", "decrease") if found else None


def _counted_cells(obj: Any) -> str:
    """Immune cells named by subset or marker ('Th17 cells', 'CD4+ T cells', 'CD68+ macrophages'):
    'effector', or 'regulatory' ('Foxp3+ cells'), or '' (``counted_cell_head``,
    ``counted_cell_modifier``, ``counted_cell_regulatory``)."""
    if obj.lower_ not in cues.cue_literals("counted_cell_head"):
        return ""
    modifiers = [t.lower_ for t in obj.lefts if t.dep_ in ("compound", "amod", "nmod", "nummod")]
    if any(cues.cue("counted_cell_regulatory").search(m) for m in modifiers):
        return "regulatory"
    marker = cues.cue("counted_cell_modifier")
    return "effector" if any(marker.match(m) for m in modifiers) else ""


def _immune_work(obj: Any) -> bool:
    """Is the object an immune effector cell's work ('NK cell function', 'the activity of
    T cells'; ``cues.tsv`` 'immune_work_head', 'immune_work_owner'), named by its compounds or
    its 'of' phrase?"""
    if obj.lower_ not in cues.cue_literals("immune_work_head"):
        return False
    if cues.cue_found("immune_defence_context", obj.doc.text):
        return False  # (in an infection or a vaccine the attack is the defence)
    owner = [t for t in obj.lefts if t.dep_ in ("compound", "amod", "nmod")]
    owner += [g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.subtree]
    words = " ".join(w.text for t in owner for w in ([t] if t.dep_ != "compound" else t.subtree))
    return cues.cue_found("immune_work_owner", words)


def _disease_behaviour(modifier: Any, head: str) -> bool:
    """Is a behaviour's modifier one a disease model shows (``cues.tsv``
    'disease_behaviour_modifier'), alone ('repetitive behaviours') or as the stem of a '-like'
    compound ('depressive-like behaviour'; not 'antidepressant-like', 'wild type-like')?"""
    if head not in ("behaviour", "behavior", "behaviours", "behaviors"):
        return False
    stems = cues.cue_literals("disease_behaviour_modifier")
    doc = modifier.doc
    if modifier.lower_ == "like" and modifier.i >= 2 and doc[modifier.i - 1].text in ("-", "‐"):
        return doc[modifier.i - 2].lower_ in stems
    return modifier.lower_.removesuffix("-like") in stems
