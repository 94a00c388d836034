"""What a trigger's object names: a process (the process cues, then GO), the process a measure's
'of' phrase names, or a recipient disease. Used by ``read.deep`` and ``read.comparative``."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from exoatlas.ground import ground_mention
from exoatlas.model import Entity
from exoatlas.read.disease_names import good_inside_disease
from exoatlas.read.doctext import text_of
from exoatlas.read.misparsed import disease_after_participle
from exoatlas.read.outcome import parse_outcomes
from exoatlas.read.phrases import (
    AMOUNTS,
    marker_readout,
    names_with_modifiers,
    placed_text,
    prefixed_span_text,
    span_text,
    without_triggers,
)
from exoatlas.read.ratios import read_ratio
from exoatlas.read.spelled import spelled_out
from exoatlas.vocab import cues, rules

_ARTICLES = ("a", "an", "the", "this", "these", "that", "its", "their", "our")
# 'microglia and astrocyte activation': two modifiers sharing one head noun
_SHARED_HEAD = re.compile(r"^(?P<a>[\w+-]+) (?:and|or) (?P<b>[\w+-]+) (?P<head>[\w+ -]+)$")


def _graded_repair(token: Any, phrase: str, tumour: bool) -> Entity | None:
    """A histological score that grades a repair (``repair_graded``): one whose own words or
    the verb's 'for' or 'in' phrase name the healing ('a higher histological score at the
    repair site', 'For tendon-bone healing, ...'; ``repair_attached``; its own 'of' phrase, if
    any, must name it), in a sentence with no words of damage (``damage_grade_sentence``) and
    not said of a control group. A scale that grows with the repair (``higher_better_scale``:
    O'Driscoll, ICRS) is read so either way; an unnamed one only as it rises (a lower score
    beside a healed tissue is a damage score's). A damage scale (``lower_better_scale``:
    Wakitani, Mankin) never is."""
    folded = phrase.casefold()
    found = [g for g, measure in cues.cue_group("repair_graded") if measure.search(folded)]
    if not found or cues.cue("damage_grade_sentence").search(token.sent.text):
        return None
    if cues.cue("lower_better_scale").search(folded):
        return None
    own = [c for c in token.children if c.dep_ == "prep"]
    of = [c for c in own if c.lower_ == "of"]
    if of and not cues.cue("repair_attached").search(_subtree_text(of[0])):
        return None  # 'the histological score of fatty infiltration'
    verb = token.head if token.head.tag_.startswith("VB") else None
    if verb is not None and token.dep_ in ("dobj", "nsubjpass", "nsubj"):
        own += [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("for", "in", "at")]
        controls = cues.cue_literals("control_arm_word")
        subject = [c for c in verb.children if c.dep_ == "nsubj" and c.i != token.i]
        if any(t.lower_ in controls for c in subject for t in c.subtree):
            return None  # 'the saline group had a higher score than the EV group'
    if not cues.cue("repair_attached").search(" ".join(_subtree_text(c) for c in own)):
        return None
    rising_words = cues.cue_literals("rising_word")
    rising = (
        any(c.dep_ == "amod" and c.lower_ in rising_words for c in token.children)
        or (token.dep_ == "dobj" and token.head.lower_ in cues.cue_literals("rising_verb"))
        or (  # 'the score at the repair site was higher in the EV group'
            token.dep_ == "nsubj"
            and verb is not None
            and any(c.dep_ == "acomp" and c.lower_ in rising_words for c in verb.children)
        )
    )
    if not (rising or cues.cue("higher_better_scale").search(folded)):
        return None
    read = parse_outcomes(found[0], tumour=tumour)
    return read[0][0] if read else None


def _own_words(noun: Any) -> str:
    """An 'of' object's whole phrase, up to a trigger verb the parser hung on it ('differentiation
    of ADSCs and inhibit apoptosis': 'inhibit apoptosis' is the next change, not the cells')."""
    end = noun.right_edge.i
    for t in noun.doc[noun.i + 1 : end + 1]:
        if t.tag_.startswith("VB") and rules.polarity_of(t.text) is not None:
            end = t.i - 1
            break
    while end > noun.i and noun.doc[end].dep_ in ("cc", "punct"):
        end -= 1
    return str(noun.doc[noun.left_edge.i : end + 1].text)


def _subtree_text(token: Any) -> str:
    return " ".join(t.text for t in token.subtree)


def ground_object(token: Any, tumour: bool) -> list[tuple[Entity, bool]]:
    """The processes or disease an object phrase names, each with whether the phrase names its
    opposite ('chemosensitivity' names drug resistance, reversed). Not a good process a harm
    adjective makes its harm ('prevented abnormal neurogenesis', 'aberrant angiogenesis';
    ``cues.tsv`` 'harm_adjective'): that is no change of the good the vocabulary names."""
    found = _ground_object(token, tumour)
    if found and any(
        c.dep_ == "amod" and c.lower_ in cues.cue_literals("harm_adjective") for c in token.children
    ):
        return [(p, f) for p, f in found if not _beneficial(p)]
    if any(
        c.dep_ == "amod" and c.lower_ in cues.cue_literals("reverse_adjective")
        for c in token.children
    ):
        # 'promoted reverse cardiac remodeling': the recovery from the remodelling it names
        reversed_ = cues.cue_literals("reverse_named_process")
        return [(p, not f) if p.label in reversed_ else (p, f) for p, f in found]
    return found


def _resisted(token: Any, tumour: bool) -> list[tuple[Entity, bool]]:
    """'increased resistance to apoptosis', 'conferred ferroptosis resistance', 'the resistance
    of neurons to oxidative stress': more resistance is less of the harm resisted, when the
    'to' phrase (on the noun, or on the verb after it) or a noun before it names a harmful
    process ('insulin resistance', 'resistance to cisplatin' name none: read as written)."""
    held = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "to"]
    held += [
        c
        for c in token.head.children
        if c.dep_ in ("prep", "dative") and c.lower_ == "to" and c.i > token.i
    ]
    named = [g for c in held for g in c.children if g.dep_ == "pobj"]
    named += [c for c in token.lefts if c.dep_ in ("compound", "nmod") and c.tag_[:2] == "NN"]
    return _first_harm(named, "process", tumour)


def _treated_disease(token: Any, tumour: bool) -> list[tuple[Entity, bool]]:
    """'enhance osteoarthritis treatment', 'improves treatment of uveitis': a better treatment
    of a disease is less of it (a verb's own object: not 'Limitations of X therapy for Y', a
    title of doubt), when the noun's modifier or its 'of' / 'for' / 'against' phrase
    names a harmful disease ('the treatment of cells with X', 'cisplatin treatment' name none:
    read as written)."""
    named = [c for c in token.lefts if c.dep_ in ("compound", "nmod") and c.tag_[:2] == "NN"]
    named += [
        g
        for c in token.children
        if c.dep_ == "prep" and c.lower_ in ("of", "for", "against")
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return _first_harm(named, "disease", tumour)


def _first_harm(named: list[Any], kind: str, tumour: bool) -> list[tuple[Entity, bool]]:
    """The first harmful ``kind`` ('process', 'disease') the nouns name, turned round: what the
    noun they hang on (a resistance, a treatment) holds off."""
    for noun in named:
        for process, flipped in ground_object(noun, tumour):
            found = rules.valence(process)
            if process.kind == kind and found is not None and found.valence == "harmful":
                return [(process, not flipped)]
    return []


def _beneficial(process: Entity) -> bool:
    found = rules.valence(process)
    return found is not None and found.valence == "beneficial"


def _ground_object(token: Any, tumour: bool) -> list[tuple[Entity, bool]]:
    if token.lower_ in cues.cue_literals("vesicle_tropism_noun"):
        return []  # 'enhanced tumour tropism': where the vesicles go, no effect (nor a tumour)
    if token.lower_ in AMOUNTS:
        # 'pro-inflammatory cytokine secretion', 'the levels of inflammatory cytokines': the
        # amount's modifiers or its 'of' phrase may name a process (never a gene's amount)
        named = [span_text(token).rsplit(" ", 1)[0]] if token.i > 0 else []
        named += [
            span_text(g)
            for c in token.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children
            if g.dep_ == "pobj"
        ]
        if token.lower_ in cues.cue_literals("disease_activity_head"):
            # 'suppresses the activity of colon cancer': a disease's activity is the disease
            # (an enzyme's or a cell's activity is read below, as an amount)
            diseases = [
                (p, f)
                for c in token.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children
                if g.dep_ == "pobj"
                for p, f in ground_object(g, tumour)
                if p.kind == "disease" and rules.valence(p)
            ]
            if diseases:
                return diseases
        # or the whole phrase when it names a process itself ('insulin secretion', 'tear
        # secretion': GO processes an own readout sweep found read as nothing)
        for text in (*named, span_text(token)):
            found = parse_outcomes(without_triggers(spelled_out(text)), tumour=tumour)
            if found:
                return [(found[0][0], found[0][1] == "decrease")]
        process = rules.go_process(span_text(token)) if token.i > 0 else None
        return [(process, False)] if process is not None and rules.valence(process) else []
    if cues.cue("protection_noun").match(token.lower_):
        # 'promoted neuroprotection': more protection is less of the harm it keeps off
        kept = parse_outcomes(cues.cue_literals("protected_effect")[0], tumour=tumour)
        return [(kept[0][0], True)] if kept else []
    if cues.cue("resistance_noun").match(token.lower_):
        resisted = _resisted(token, tumour)
        if resisted:
            return resisted
    if token.lower_ in cues.cue_literals("disease_treatment_head") and token.head.tag_[:2] == "VB":
        treated = _treated_disease(token, tumour)
        if treated:
            return treated
    # ('attenuated OA': the abstract's own short forms read as what it defined them for)
    written = prefixed_span_text(token) + _gerund_after(token)
    named_with = disease_after_participle(token.head)
    if named_with is not None and named_with.i == token.i:
        written = f"{token.head.text} {written}"  # ('necrotizing' misparsed as its verb)
    phrase = spelled_out(written)
    ratio = read_ratio(token, phrase, tumour)
    if ratio is not None:
        return ratio
    # with its 'of' phrase first: 'the proliferation of T cells', 'the activation of microglia'
    # name a more specific process than their head noun alone
    # ('reduced the inhibition of proliferation' is a change of a change: read.compose), but
    # an activation names a process with its 'of' phrase ('the activation of microglia')
    # (and a restoring noun names the good it restores with its modifiers: 'promoted functional
    # (neurological, motor) recovery' is functional recovery, kept whole)
    activation = names_with_modifiers(token.text)
    of = [spelled_out(span_text(g)) for g in of_objects(token)]
    of = of if activation or not rules.polarity_of(token.text) else []
    # or with where it goes: 'the polarization of microglia towards the M2 phenotype'
    toward = [
        f"{phrase} {' '.join(t.text for t in c.subtree)}"
        for c in token.children
        if c.dep_ == "prep"
        and (
            c.lower_ in ("towards", "toward", "to", "into")
            # 'cytotoxicity against tumour cells' (not 'the response against the graft')
            or (c.lower_ == "against" and token.lower_ in cues.cue_literals("against_phrase_head"))
            # 'improved the ability for fracture repair': what the ability is for
            or (c.lower_ == "for" and token.lower_ in cues.cue_literals("capacity_noun"))
        )
    ]
    # ('the polarization of microglia towards the M2 phenotype': the phrase hung on the 'of')
    # (as written: "T helper 1 (Th1) and Th17 cells", not split at its brackets)
    whole = [_own_words(g) for g in of_objects(token)][:1] if of else []
    whole = [spelled_out(w) for w in whole]
    whole = [f"{phrase} of {w}" for w in whole if w != of[0] and len(w.split()) <= 8]
    # (the whole 'of' phrase first: 'the polarization of microglia towards M2' names where they
    # went, which 'the polarization of microglia' alone does not)
    # ('decreased and increased M1 and M2 markers, respectively': which goes with which is the
    # coordination of the verbs, not read here)
    respectively = "respectively" in text_of(token.doc)[token.idx :].casefold()
    both = [] if respectively else _each_modifier(phrase, activation, tumour)
    if both:
        return both
    graded = _graded_repair(token, phrase, tumour)
    if graded is not None:
        return [(graded, False)]
    # (a process that is named with where it happens: new vessels formed within plaques)
    placed = parse_outcomes(without_triggers(placed_text(token)), tumour=tumour)
    if placed and placed[0][0].label in cues.cue_literals("placed_process"):
        return [(placed[0][0], placed[0][1] == "decrease")]
    for text in whole + ([f"{phrase} of {of[0]}"] if of else []) + toward + [phrase]:
        found = parse_outcomes(text if activation else without_triggers(text), tumour=tumour)
        whole_name = good_inside_disease(phrase, found[0]) if found else None
        if whole_name is not None:
            return [(whole_name, False)]
        if found:
            # ('the loss of muscle mass': a decline of what names a harm's opposite is the harm;
            # not 'hair loss', where the decline is the cue's own word)
            if found[0][1] == "decrease" and _declined_opposite(token, text, found[0][0]):
                return [(found[0][0], False)]
            return [(found[0][0], found[0][1] == "decrease" or _lost(token, found[0][0]))]
    for text in whole:
        # ('the number of activated microglia': the blanked trigger word was the process's own
        # name, microglial activation, ``cues.tsv`` 'state_participle')
        if cues.cue_found("state_participle", text):
            found = parse_outcomes(text, tumour=tumour)
            if found and found[0][1] == "increase":
                return [(found[0][0], False)]
    if activation and phrase == token.text and _recovers_from_harm(token, tumour):
        # 'promoted recovery after spinal cord injury': a bare restoring noun names the
        # function regained after the harm its 'after' phrase names (not 'EV recovery
        # following ultracentrifugation': no harm)
        regained = parse_outcomes(cues.cue_literals("recovered_function")[0], tumour=tumour)
        if regained:
            return [(regained[0][0], False)]
    for completed, head in cues.cue_group("elliptic_process"):
        # 'wounds ... accelerated closure': a head the sentence's own subject completes
        if head.match(token.lower_) and completed.split()[0] in token.sent.text.casefold():
            elliptic = parse_outcomes(completed, tumour=tumour)
            if elliptic:
                return [(elliptic[0][0], False)]
    general = cues.cue_literals("go_too_general")
    # (not a short form the document defines otherwise: 'heart rate (HR)'; nor the head alone
    # of a phrase naming a disease whole: 'mechanical hypersensitivity' is hyperalgesia, not
    # the immune hypersensitivity its head names)
    whole_disease = ground_mention(phrase, "disease").best if phrase != token.text else None
    alone = spelled_out(token.text) == token.text and not (
        whole_disease is not None and rules.is_recipient_disease(whole_disease)
    )
    for text in (phrase, token.text) if alone else (phrase,):
        process = rules.go_process(text)
        if process is not None and process.label not in general:
            return [(process, False)]
    for kind_name, death in cues.cue_group("cells_death"):
        # 'triggered tumour cell death', 'the death of cancer cells': a kind of cells' death
        # GO names no term for (its own kinds were read above)
        if any(
            death.match(text) for text in (phrase, *whole, *(f"{phrase} of {o}" for o in of[:1]))
        ):
            process = rules.go_process(kind_name)
            return [(process, False)] if process is not None else []
    liability = token.lower_ in cues.cue_literals("disease_liability_head")  # ('... to AF')
    course = liability or token.lower_ in cues.cue_literals("disease_course_head")
    if rules.effect_head(token.lower_) == "measure" or course:
        # 'the progress of ALS', 'the number of apoptotic cells': a measure (effect_heads.tsv)
        # of what its 'of' phrase names ('the number of Ki67-positive cells': the cells' marker;
        # 'the incidence of necrotizing enterocolitis', its disease misparsed as a clause)
        # ('reduced susceptibility to AF': the parse hangs the 'to' phrase on the verb)
        verbs = [c for c in token.head.children if c.i > token.i] if liability else []
        for c in [*token.children, *verbs]:
            if c.dep_ != "prep" or c.lower_ not in (("of", "to", "for") if liability else ("of",)):
                continue
            if liability and c.lower_ != "of":
                # ('tumour susceptibility to radiotherapy': a liability to no disease is none)
                return [
                    (p, f)
                    for g in c.children
                    if g.dep_ == "pobj"
                    for p, f in ground_object(g, tumour)
                    if rules.valence(p) and p.kind == "disease"
                ]
            for g in c.children:
                if g.dep_ == "pobj":
                    inner = [(p, f) for p, f in ground_object(g, tumour) if rules.valence(p)]
                    if inner or marker_readout(g):
                        return inner or marker_readout(g)
                for d in (d for d in g.children if g.dep_ == "pcomp" and d.dep_ == "dobj"):
                    if g.tag_ == "VBG":
                        # 'the number of surviving cortical neurons': an adjective misparsed
                        # as a gerund taking the cells as its object; the measure as written,
                        # its first process as the inner branch's (a 'decrease' from a cue
                        # naming the opposite, a count of neurons for their loss, flips it)
                        counted = [
                            (p, way == "decrease")
                            for p, way in parse_outcomes(
                                token.doc[token.i : d.i + 1].text, tumour=tumour
                            )[:1]
                            if rules.valence(p)
                        ]
                        if counted:
                            return counted
                    clause = ground_mention(g.doc[g.i : d.i + 1].text, "disease").best
                    if clause is not None and rules.is_recipient_disease(clause):
                        return [(clause, False)]
        if liability and token.i + 1 < len(token.doc) and token.nbor().lower_ in ("to", "for"):
            return []  # ('tumour susceptibility to radiotherapy', its 'to' misparsed as a verb's)
        # or of the disease the words before it name: its own ('the corneal opacity score',
        # 'the pelvic pain score', 'osteophyte formation') or a defined short form's ('delayed
        # IDD progression')
        before = phrase.rsplit(" ", 1)[0] if phrase != token.text else ""
        measured = ground_mention(before, "disease").best if before else None
        staged = cues.cue("stage_adjective").sub("", before, count=1)
        if measured is None and staged != before:  # 'delayed early OA progression'
            measured = ground_mention(staged, "disease").best
        if measured is not None and rules.is_recipient_disease(measured):
            return [(measured, False)]
    if token.lower_ in cues.cue_literals("model_noun"):
        # 'repaired a Parkinson's disease model', 'rescued the mouse model of colitis': what
        # changed is the disease the model is of
        words = written.split()[:-1]
        named = [" ".join(words[1:] if words and words[0].lower() in _ARTICLES else words)]
        for text in named + [span_text(g) for g in of_objects(token)]:
            modelled = ground_mention(spelled_out(text), "disease").best if text else None
            if modelled is not None and rules.is_recipient_disease(modelled):
                return [(modelled, False)]
    disease = ground_mention(phrase, "disease").best
    unmodelled = _unqualified(phrase)
    if disease is None and unmodelled != phrase:
        # 'experimental bronchopulmonary dysplasia', 'murine acute lung injury': the disease
        # a model is of (MeSH names a few with the word, 'Encephalomyelitis, ..., Experimental');
        # 'life-threatening acute GVHD', 'severe experimental colitis': how grave, not which
        disease = ground_mention(unmodelled, "disease").best
    words = unmodelled.split()
    listed = {"and", "or", "&"} & set(words) or "," in unmodelled  # (a list: its own reading)
    for k in range(1, len(words) - 1) if disease is None and not listed else ():
        # 'severe chronic allergic airway remodeling': the disease its last words name
        disease = ground_mention(" ".join(words[k:]), "disease").best
        if disease is not None:
            break
    if disease is None and phrase != token.text:
        disease = ground_mention(spelled_out(token.text), "disease").best
    if disease is not None and rules.is_recipient_disease(disease):
        return [] if names_protein(token, phrase) else [(disease, False)]
    return host_state(token, tumour)


def _unqualified(phrase: str) -> str:
    """A disease phrase without the words before its name saying it is modelled, how far it has
    gone, how grave it is or which organ has it ('severe experimental colitis' -> 'colitis',
    'renal ischemia-reperfusion injury' -> 'ischemia-reperfusion injury'; ``cues.tsv``
    'model_adjective', 'stage_adjective', 'severity_adjective', 'organ_adjective'), stacked in
    any order."""
    names = ("model_adjective", "stage_adjective", "severity_adjective", "organ_adjective")
    qualifiers = [cues.cue(n) for n in names]
    for _ in range(3):
        stripped = phrase
        for qualifier in qualifiers:
            stripped = qualifier.sub("", stripped, count=1)
        if stripped == phrase:
            break
        phrase = stripped
    return phrase


def host_state(token: Any, tumour: bool) -> list[tuple[Entity, bool]]:
    """The disease the animals, patients, organs or cells a claim is about have (``cues.tsv``
    'host_noun'), named by a modifier ('septic mice', 'ischaemic hearts'; 'disease_adjective')
    or a 'with' phrase ('rats with myocardial infarction'); [] when none is named."""
    if token.lower_ not in cues.cue_literals("host_noun"):
        return []
    named = [
        disease
        for c in token.children
        if c.dep_ == "amod"
        for disease, adjective in cues.cue_group("disease_adjective")
        if adjective.match(c.lower_)
    ]
    named += [
        spelled_out(span_text(g))
        for c in token.children
        if c.dep_ == "prep" and c.lower_ == "with"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    for text in named:
        disease = ground_mention(text, "disease").best
        if disease is not None and rules.is_recipient_disease(disease):
            return [(disease, False)]
        for process, direction in parse_outcomes(without_triggers(text), tumour=tumour):
            valence = rules.valence(process)
            if valence is not None and valence.valence == "harmful":  # ('fibrotic livers')
                return [(process, direction == "decrease")]
    return []


def _recovers_from_harm(token: Any, tumour: bool) -> bool:
    """Does a restoring noun's 'after' ('following', 'post') phrase name a harm: an injury, a
    disease, a harmful process ('recovery after stroke', '... following myocardial infarction')?"""
    after = cues.cue_literals("recovered_after")
    # (the parse may hang the phrase on the verb: 'promote recovery after stroke')
    heads = [token, token.head] if token.dep_ == "dobj" else [token]
    for c in (c for head in heads for c in head.children):
        if c.dep_ != "prep" or c.lower_ not in after:
            continue
        for g in (g for g in c.children if g.dep_ == "pobj"):
            for process, flipped in ground_object(g, tumour):
                found = rules.valence(process)
                if found is not None and found.valence == "harmful" and not flipped:
                    return True
    return False


def _gerund_after(token: Any) -> str:
    """' healing' when the parser hung the process on the noun as a participle ('promoted
    diabetic wounds healing': 'wounds' the object, 'healing' a clause on it), else ''."""
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if after is None or after.head.i != token.i or after.dep_ != "acl" or after.tag_ != "VBG":
        return ""
    return " " + after.text if after.lower_ in cues.cue_literals("process_gerund") else ""


def names_protein(token: Any, phrase: str) -> bool:
    """Is a tumour the phrase names only the start of a protein's name, as the words after it
    show ('B-cell lymphoma 2 (Bcl-2)', 'B-cell lymphoma 2-associated X protein', 'Wilms tumour 1')?
    The words that make a tumour's name a protein's are ``tumour_context``'s own exceptions:
    the phrase names a tumour there and no longer does with the next words."""
    named = cues.tumour_words(phrase)
    if not named:
        return False
    after = token.doc[token.i + 1 : token.i + 4].text
    return cues.tumour_words(f"{phrase} {after}") < named + cues.tumour_words(after)


def of_objects(token: Any) -> list[Any]:
    """The objects of a noun's 'of' phrase ('the apoptosis of neurons': neurons); for a noun
    with none of its own, the 'of' phrase of the last noun coordinated with it when the nouns
    after it have no article of their own ('the proliferation, migration and phenotype
    switching of smooth muscle cells': each of the smooth muscle cells; not 'apoptosis and
    the proliferation of fibroblasts')."""
    own = _own_of_objects(token)
    if own or not token.tag_.startswith("NN"):
        return own
    later = [c for c in token.conjuncts if c.i > token.i and c.tag_.startswith("NN")]
    if not later or any(d.dep_ in ("det", "poss") for c in later for d in c.children):
        return []
    if any(_own_of_objects(c) for c in later[:-1]):
        return []
    if later[-1].lower_ in cues.cue_literals("parallel_change_noun"):
        return []  # ('suppression of Th17 cells and expansion of Tregs': a change of its own)
    return _own_of_objects(later[-1])


def _own_of_objects(token: Any) -> list[Any]:
    return [
        g
        for c in token.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
    ]


def _each_modifier(phrase: str, activation: bool, tumour: bool) -> list[tuple[Entity, bool]]:
    """'microglia and astrocyte activation': two processes when each modifier with the shared
    head names a different one (microglial and astrocyte activation); [] otherwise."""
    split = _SHARED_HEAD.match(phrase)
    if split is None or parse_outcomes(split["a"], tumour=tumour):
        return []  # 'apoptosis and ROS accumulation': the first names its own process
    out: dict[str, tuple[Entity, bool]] = {}
    for modifier in (split["a"], split["b"]):
        text = f"{modifier} {split['head']}"
        found = parse_outcomes(text if activation else without_triggers(text), tumour=tumour)
        if not found:
            return []
        out.setdefault(found[0][0].key(), (found[0][0], found[0][1] == "decrease"))
    return list(out.values()) if len(out) > 1 else []


def _declined_opposite(token: Any, text: str, process: Entity) -> bool:
    """Is the object a decline noun ('loss', 'fall') of words that name the opposite of a
    process on their own ('muscle mass', read as atrophy lowered)?"""
    if not cues.cue("decline_noun").match(token.lower_):
        return False
    rest = re.sub(rf"\b{re.escape(token.text)}\b", " ", text, count=1)
    alone = parse_outcomes(without_triggers(rest), tumour=None)
    return bool(alone) and alone[0][0].key() == process.key() and alone[0][1] == "decrease"


def _lost(token: Any, process: Entity) -> bool:
    """'prevented the loss of renal function', 'reduced memory impairment', 'reversed autophagy
    inhibition': a head noun of decline (``cues.tsv`` 'decline_noun') names less of what its
    'of' phrase or its modifiers ground to (a trigger word among them is dropped from the
    phrase grounded, and with it the decline); not of a harm named with it ('the loss of
    neurons', 'cognitive impairment' grounded as cognitive dysfunction), which a pure change
    noun never is ('enhanced apoptosis inhibition': less apoptosis)."""
    # a change noun that never names a harm itself ('enhanced apoptosis inhibition', 'promoted
    # inflammation resolution', 'ROS scavenging'; ``cues.tsv`` 'pure_decline_noun')
    pure = cues.cue("pure_decline_noun").match(token.lower_) is not None
    if not pure and not cues.cue("decline_noun").match(token.lower_):
        return False
    word = token.lower_  # singular: 'losses' -> 'loss', 'deficits' -> 'deficit'
    if word.endswith("sses"):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    if word in process.label.casefold():
        return False  # a harm named with the decline noun: 'loss of neurons'
    if pure:
        return True
    found = rules.valence(process)
    return found is None or found.valence != "harmful"


def harm_setting(token: Any, obj: Any, objects: Sequence[Any] = ()) -> bool:
    """Is a harm noun's 'in' phrase the disease it is seen in, not what is impaired ('attenuated
    motor impairment in spinal cord injury', 'improved neurological deficits in stroke rats':
    the impairment lessened, not the injury raised)? The noun names a harm by decline
    (``cues.tsv`` 'decline_noun', not a pure change: 'a reduction in fibrosis' lowers fibrosis)
    and its 'in' phrase grounds as a disease (its last words may: 'neonatal brain injury') or
    names the animals or people of the model; a pure change noun's too, after another of its
    ``objects`` ('attenuated the decrease in bone density in osteoporosis')."""
    if obj.head.lower_ != "in" or not cues.cue("decline_noun").match(token.lower_):
        return False
    if cues.cue("pure_decline_noun").match(token.lower_) and not any(o.i < obj.i for o in objects):
        return False
    words = [t.text for t in obj.subtree if t.i <= obj.i]  # ('neonatal brain injury')
    if obj.lower_ in cues.cue_literals("contrast_group_subject"):
        return True  # ('deficits in stroke rats', 'in diabetic patients': the model)
    return any(ground_mention(" ".join(words[k:]), "disease").best for k in range(len(words)))
