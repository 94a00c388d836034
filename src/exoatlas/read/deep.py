"""The deep reader: who does what to whom, from spaCy's dependency parse.

Per sentence with a trigger word (``vocab/data/polarity.tsv``): the trigger's object (direct
object, passive subject, 'protect against X', 'reduction of X') is grounded as a process (the
process cues, then GO), or a disease (MeSH diseases, not behaviour terms); the trigger's polarity
gives the direction ('restore' words take it from the object's valence); the agent is the
trigger's subject (an EV product, an abbreviation the text defines for one, cargo, or a reference
such as 'they' / 'these vesicles'); negation and modal hedges count only inside the trigger's
scope; 'by targeting X' puts X down, 'via X' names a pathway. Adjectives such as 'anti-apoptotic'
('anti-' + a process) need no parse.

The parse itself is ``read.parsing``'s (spaCy's small English pipeline). Pattern families
(their measured error rates are the evidence confidence): ``deep:verb``, ``deep:nominal``,
``deep:adjective``.
"""

from __future__ import annotations

from typing import Any

from exoatlas.model import Entity
from exoatlas.read.agents import agent_words, verbless_root
from exoatlas.read.arms import agent_is_arm, settle_agents
from exoatlas.read.comparative import comparatives
from exoatlas.read.compose import (
    adverb_led,
    capacity_polarity,
    composed,
    effect_lessened,
    effect_on,
    neutrally_governed,
    outer_polarity,
    worsened,
)
from exoatlas.read.coordination import (
    OBJECT_DEPS,
    after_own_trigger,
    conjunct_objects,
    coordinated_trigger,
    crossed_trigger,
    denied_conjunct,
    describes_object,
    list_conjuncts,
    modifier_items,
    nearer_trigger,
    parallel_change,
)
from exoatlas.read.deep_outcome import DeepOutcome
from exoatlas.read.doctext import text_of
from exoatlas.read.doubt import aside_between
from exoatlas.read.effectors import names_its_cells, of_effector_cells, of_host_cells
from exoatlas.read.frames import benefit_frames
from exoatlas.read.given import shared_passive_subject
from exoatlas.read.intransitive import bare_subject, changed_subject, stimulus_subject
from exoatlas.read.lifespan import lifespan_frames
from exoatlas.read.misparsed import (
    before_misread_verb,
    misparsed_objects,
    stranded_passive_subject,
    subject_of_next_passive,
)
from exoatlas.read.model_made import (
    harm,
    made_model,
    model_verb_polarity,
    stimulus_change,
)
from exoatlas.read.modifiers import modifier_agent_words
from exoatlas.read.object_checks import (
    alleviated_state,
    native_effects,
    phrase_objects,
    plainly_named,
    presupposed_valence,
    raised_harm,
)
from exoatlas.read.object_shapes import (
    activated_cells,
    compound_objects,
    listed_head,
    lowered_state,
    modifier_of_shared_head,
    own_of_shared_head,
    pronoun_antecedent,
    verb_read_as_noun,
)
from exoatlas.read.object_states import (
    bearers_state,
    changed_by_own,
    counted_state,
    induced_by,
    outcome_objects,
    phrase_head,
    weakly_said,
)
from exoatlas.read.objects import ground_object, harm_setting
from exoatlas.read.paced import paced
from exoatlas.read.phrases import (
    AGAINST,
    comparative_direction,
    in_gene_name,
    listed_examples,
    marker_readout,
    mechanism,
)
from exoatlas.read.prefixed_adjectives import PREFIXED, asserted_by_product, prefixed_adjectives
from exoatlas.read.safety import safety_frames
from exoatlas.read.scope import (
    ability_only,
    is_unasserted,
    is_undone,
    modal_lifted,
    reported_result,
    trigger_scope,
)
from exoatlas.read.sensitize import sensitivity_frames
from exoatlas.read.serial import appositive_items, caused_apposition
from exoatlas.read.shift import shifts
from exoatlas.read.unnamed import is_trigger, unnamed_effect
from exoatlas.vocab import cues, rules

# a direction turned round (a smaller change, a reversed one)
TURNED: dict[str, rules.Polarity] = {"increase": "decrease", "decrease": "increase"}


def read_parsed(
    doc: Any,
    products: tuple[str, ...] = (),
    *,
    tumour: bool = False,
    stimulus: bool = False,
    effectors: tuple[str, ...] = (),
) -> list[DeepOutcome]:
    """Every change a parsed sentence states, in order. ``stimulus``: also each change another
    agent makes ('cisplatin raised X', agent ``other``), which a clause the EVs reverse needs;
    ``effectors``: the document's short forms for effector cells (``read.effectors``)."""
    out: list[DeepOutcome] = []
    seen: set[tuple[str, str]] = set()
    readouts: list[DeepOutcome] = []
    for token in doc:
        found = _from_trigger(token, products, tumour, stimulus, effectors)
        for outcome in found:
            key = (outcome.process.key(), outcome.direction)
            if outcome.readout:
                readouts.append(outcome)
            elif key not in seen:
                seen.add(key)
                out.append(outcome)
            elif not outcome.negated and outcome.agent != "other":
                # a second, asserted change of the same thing replaces a denied first ('the aged
                # EVs lost their ability to reduce X, whereas the young EVs reduced X')
                out = [
                    outcome if (o.process.key(), o.direction) == key and o.negated else o
                    for o in out
                ]
    named = {key for key, _ in seen}
    for outcome in readouts:
        # ('lowered α-SMA, suggesting an inhibition of fibroblast activation': the measured
        # change, not the reading of it after the aside that names the same process)
        out = [o if not aside_between(doc.text, outcome, o) else outcome for o in out]
        if outcome.process.key() not in named:
            named.add(outcome.process.key())
            seen.add((outcome.process.key(), outcome.direction))
            out.append(outcome)
    compared = [
        DeepOutcome(
            c.process,
            c.direction,
            "deep:unnamed" if c.unnamed else "deep:verb",
            c.agent,
            unnamed=c.unnamed,
            valence=c.valence,
            agent_span=c.span,
            trigger_at=c.at,
        )
        for c in (*comparatives(doc, products, tumour), *paced(doc, products, tumour))
        if c.process.key() not in {key for key, _ in seen}
    ]
    # a shift of state says which way each state went ('induced a switch of X from the
    # pro-inflammatory to the anti-inflammatory state' is no rise in inflammation)
    # ('directed macrophage polarization towards M2': the verb's shift and the noun's are one;
    # the first read of each process and direction is kept)
    first_read: dict[tuple[str, str], DeepOutcome] = {}
    for p, d, span, at in shifts(doc, products, tumour):
        first_read.setdefault(
            (p.key(), d), DeepOutcome(p, d, "deep:verb", "product", agent_span=span, trigger_at=at)
        )
    shifted = list(first_read.values())
    if shifted:
        keys = {o.process.key() for o in shifted}
        out = [o for o in out if o.process.key() not in keys] + shifted
        seen = {(k, d) for k, d in seen if k not in keys} | {
            (o.process.key(), o.direction) for o in shifted
        }
    framed = benefit_frames(doc, products, tumour) + sensitivity_frames(doc, products, tumour)
    framed += safety_frames(doc, products)  # 'the EVs showed no adverse effects'
    framed += lifespan_frames(doc, products)  # 'mice given the EVs survived longer'
    for outcome in framed + compared:
        key = (outcome.process.key(), outcome.direction)
        if key not in seen:
            seen.add(key)
            out.append(outcome)
    adjectives = (
        prefixed_adjectives(text_of(doc), tumour, doc, products)
        if PREFIXED.search(text_of(doc)) and asserted_by_product(doc, products)
        else []
    )
    for outcome in adjectives:
        key = (outcome.process.key(), outcome.direction)
        if (outcome.process.key(), "increase") in seen or (
            outcome.process.key(),
            "decrease",
        ) in seen:
            continue
        seen.add(key)
        out.append(outcome)
    return settle_agents(doc, out, products)  # a loss-of-function arm's, a stimulus's


def _from_trigger(
    token: Any,
    products: tuple[str, ...],
    tumour: bool,
    stimulus: bool = False,
    effectors: tuple[str, ...] = (),
) -> list[DeepOutcome]:
    polarity = rules.polarity_of(token.text) if token.text[:1].isalpha() else None
    # (a verb-only trigger the tagger took for a noun with an object: 'They fuel tumour growth')
    as_verb = "VB" if any(c.dep_ == "dobj" for c in token.children) else token.tag_
    polarity = polarity or rules.verb_polarity_of(token.text, as_verb) or adverb_led(token)
    if polarity == "increase" and any(
        c.dep_ == "prt" and c.lower_ == "down" for c in token.children
    ):
        polarity = "decrease"  # ('drove down inflammation')
    # 'EVs ameliorated induced lung fibrosis' misparsed with 'induced' its verb
    polarity = model_verb_polarity(token) or polarity
    if polarity is None and outcome_objects(token, tumour):
        polarity = "increase"  # 'led to axonal regeneration', 'resulted in bone formation'
    if polarity is None or describes_object(token) or bearers_state(token) or in_gene_name(token):
        return []
    if weakly_said(token):
        return []
    tag = token.tag_
    intransitive = bare = False
    if tag.startswith("VB"):
        family = "deep:verb"
        # an object with its own coordinated trigger is that trigger's ('promoted A, B and C,
        # while inhibited D' misparsed with D a second object of 'promoted')
        objects = [
            c
            for c in token.children
            if c.dep_ in OBJECT_DEPS and not (c.i > token.i + 1 and coordinated_trigger(c))
        ]
        passive = [o for o in objects if o.dep_ == "nsubjpass"]
        # 'the response triggered by the pathogen P. gingivalis was attenuated': the name
        # right after the first passive subject's phrase, misparsed as a second subject, is
        # that phrase's last noun, not a second thing that changed
        # (not a list: 'Lung, liver and kidney injury was mitigated', the first item's comma)
        objects = [
            o
            for o in objects
            if o not in passive[1:]
            or o.left_edge.i != passive[0].right_edge.i + 1
            or passive[0].right_edge.text in (",", "and", "or")
        ]
        if token.dep_ == "relcl" and token.head.i != token.i:
            # 'increased apoptosis, which the EVs attenuated': the pronoun is its antecedent
            objects = [token.head if o.tag_ == "WDT" else o for o in objects]
            objects = [x for o in objects for x in induced_by(o) or [o]]
        # ('X rose at day 3, whereas the EVs lowered it'): the pronoun is the other clause's X
        objects = [pronoun_antecedent(token, o) or o for o in objects]
        # 'protected X against Y', 'protected cells from Y' with the phrase hung on the object
        # (not a raising verb's: 'conferred protection against sepsis' lowers it, read.frames)
        # (a lowered object's 'from' phrase is its cause: 'alleviated fibrosis from obstruction')
        held = [o for o in objects if o.dep_ == "dobj" and polarity == "restore"]
        if polarity in ("restore", "decrease"):
            objects += [g for h in (token, *held) for g in phrase_objects(h, AGAINST)]
        if token.lower_ in cues.cue_literals("to_object_verb"):
            # 'the EVs contributed to chemoresistance': what they add to is the 'to' phrase
            # (not a change noun of its own: 'contributed to relief of X' is read from 'relief')
            objects += [
                g
                for g in phrase_objects(token, ("to",))
                if not changed_by_own(g) and rules.polarity_of(g.text) is None
            ]
        if (
            token.dep_ in ("amod", "acl")
            and token.head.tag_.startswith("NN")
            and token.head.lower_ not in cues.cue_literals("capacity_noun")
            and verbless_root(token) is None
            and not nearer_trigger(token)
            and not counted_state(token)
        ):
            # 'the reduced fibrosis', 'fibrosis induced by'; a compound's phrase ('EVs hastened
            # wound closure' misparsed as one noun phrase: the trigger on 'wound')
            # ('BMSC-exos alleviated kidney fibrosis' with the participle on 'kidney' and the
            # phrase the sentence's root; not 'restoring impaired alveoli function')
            misparsed = token.head.dep_ == "compound" and (
                token.tag_ == "VBD" or phrase_head(token).dep_ == "ROOT"
            )
            head = phrase_head(token) if misparsed else token.head
            objects.append(head)
            if polarity == "restore" and head.i > token.i:
                # 'hucMSC-exo protected cardiomyocytes from injury' misparsed as one noun
                # phrase: the harm after 'from'/'against' on the noun the trigger modifies
                objects += phrase_objects(head, AGAINST)
        # 'boosted migration, and β-gal staining was diminished' misparsed with 'staining' an
        # object of 'boosted': a noun right before 'was'/'were' and a participle is the
        # subject of that passive, which is its own change (read from the participle)
        objects = [o for o in objects if not subject_of_next_passive(o)]
        objects += outcome_objects(token, tumour)
        if not objects:
            objects = misparsed_objects(token) or shared_passive_subject(token)
            objects = objects or conjunct_objects(token)  # 'prevent and treat X'
        if not objects and tag == "VBN":
            objects = stranded_passive_subject(token)
        if not objects and token.lower_ in cues.cue_literals("to_object_verb"):
            return []  # ('reduced inflammation contributes to X': its subject is no change)
        if not objects and changed_subject(token, products) is not None:
            objects = [changed_subject(token, products)]
            intransitive = True
        elif not objects and stimulus:
            # a stimulus's change the EVs then turned round: whatever its adjuncts ('serum
            # creatinine rose after ischaemia; this rise was reduced by the EVs')
            objects = stimulus_subject(token)
            intransitive = bool(objects)
        if not objects and bare_subject(token, products) is not None:
            objects, bare = [bare_subject(token, products)], True  # 'Fibrosis decreased.'
    elif tag[:2] in ("JJ", "NN") and any(c.dep_ == "dobj" for c in token.children):
        # a verb the tagger took for an adjective or a noun: 'and repressed X', 'EVs alleviates X'
        family = "deep:verb"
        objects = [c for c in token.children if c.dep_ == "dobj"]
    elif tag.startswith("JJ") and token.dep_ == "amod" and token.head.tag_.startswith("NN"):
        if alleviated_state(token, tumour):
            return []  # 'alleviated the weight loss and elevated BUN': the state lessened
        family = "deep:verb"  # 'MSC-exosomes enhanced survival' misparsed as one noun phrase
        objects = [phrase_head(token)]
    elif tag.startswith("NN"):
        family = "deep:nominal"
        if polarity in TURNED and any(
            c.dep_ == "amod" and comparative_direction(c) == "decrease" for c in token.children
        ):
            polarity = TURNED[polarity]  # 'a smaller decline in EF': EF kept higher than without
        if neutrally_governed(token) or (not stimulus and stimulus_change(token)):
            return []  # 'altered the activation of X' (no way said), 'LPS-mediated rise in X'
        if token.lower_ in cues.cue_literals("model_making_noun") and _after_time_word(token):
            return []  # 'the EVs given 90 min after the induction of an injury': the model
        objects = [
            g
            for c in token.children
            # 'protection of neurons from apoptosis' (a restore noun's harm after 'from')
            if c.dep_ == "prep"
            and (c.lower_ in ("of", "in") or (polarity == "restore" and c.lower_ in AGAINST))
            for g in c.children
            if g.dep_ == "pobj" and g.lower_ not in cues.cue_literals("time_unit")
        ]
        objects = [o for o in objects if not harm_setting(token, o, objects)]  # 'in SCI'
        objects = [before_misread_verb(o) for o in objects]  # '... of Y alleviates X'
        if polarity != "restore" and any(o.head.lower_ == "of" for o in objects):
            # 'enhancement of the EVs' efficacy in osteoarthritis': the 'in' phrase is where
            objects = [o for o in objects if o.head.lower_ == "of"]
        if not objects and token.dep_ == "dobj":
            # 'abolished the cisplatin-triggered rise in X': its phrase misparsed onto the verb
            objects = [
                g
                for c in token.head.children
                if c.dep_ == "prep" and c.lower_ in ("of", "in") and c.i == token.i + 1
                for g in c.children
                if g.dep_ == "pobj"
            ]
        if not any(o.head.lower_ == "of" for o in objects):
            objects += compound_objects(token)  # 'promoted skin barrier restoration in mice'
        if not objects and token.dep_ == "amod" and token.head.tag_.startswith("NN"):
            family = "deep:verb"  # 'EVs suppress Th1 activation' misparsed as one noun phrase
            objects = [phrase_head(token)]
        if not objects and verb_read_as_noun(token) is not None:
            family = "deep:verb"  # 'A and B alleviate X' with the verb tagged as a noun
            objects = [verb_read_as_noun(token)]
        if _own_restore(token, polarity, products) and not any(
            o.head.lower_ in ("of", *AGAINST) for o in objects
        ):
            # 'EV-mediated functional recovery (in rats)': the recovery itself, not where
            objects = [token]
    else:
        return []
    # (not a cause named with the harm it caused: 'rescued deprivation (OGD)-induced injury')
    objects = [o for o in objects if not caused_apposition(o)] + [
        a for o in list(objects) for a in appositive_items(o) if a.i > token.i
    ]
    # ('attenuated renal injury and cell proliferation' parsed as one noun phrase; only where the
    # last item names something alone: else the sentence is read again, split, ``read.reparse``)
    items = [(o, m) for o in list(objects) for m in modifier_items(o)]
    objects += [m for o, m in items if m.i > token.i and listed_head(o, tumour)]
    # (the item's conjunct right before the head is the head's own modifier: 'promoted
    # angiogenesis and wound healing' parsed as [angiogenesis and wound] healing: no 'wound')
    tails = {c.i for o, m in items for c in m.conjuncts if c.i == o.i - 1}
    # a conjunct before the trigger is not the object of a trigger it precedes ('X elevated A
    # and reduced B' misparsed with A and B as conjuncts; a passive subject's conjuncts are),
    # nor is one with a trigger of its own ('... and reduced B')
    objects += [
        c
        for o in list(objects)
        for c in list_conjuncts(o)
        if (c.i > token.i or o.i < token.i)
        and not after_own_trigger(o, c)
        and not parallel_change(token, c)
        and not denied_conjunct(c)  # ('reduced A but not B')
        and c.i not in tails
    ]
    objects = [o for o in objects if not crossed_trigger(token, o)]
    # 'improved the functions of the cells, including A and B': the examples changed too
    objects = [x for o in objects for x in (o, *listed_examples(o))]
    if polarity in ("increase", "decrease"):  # patients are never raised nor lowered: the
        # setting ('induce X in diabetic patients' misparsed, 'a reduction in X in diabetic mice')
        objects = [o for o in objects if not cues.is_organism(o.lower_)]
    out = []
    named = ("product", (0, 0)) if intransitive else modifier_agent_words(token, products)
    named = ("none", (0, 0)) if bare else named
    agent, agent_span = named or agent_words(token, products)
    if agent == "product" and agent_is_arm(text_of(token.doc), agent_span, token.idx):
        agent = "other"  # 'sh-X-Exos raised apoptosis': what the EVs lose, not what they do
    if agent == "other" and not stimulus:
        # 'I/R-induced apoptosis', 'damage induced by H/R': not the study's EVs; only the EVs'
        # own effects it names count ('an antagomiR abolished the EVs' anti-apoptotic effects')
        objects = [o for o in objects if o.lower_ in cues.cue_literals("effect_noun")]
    negated, hedged = trigger_scope(token)
    unasserted = is_unasserted(token)
    ability = ability_only(token) and not unasserted  # 'EVs could reduce X': a result only in
    hedged = (hedged and not (ability and reported_result(token))) or unasserted  # a report
    # a change noun another trigger acts on ('attenuated the decrease in X'): what it does to
    # the change gives the process's direction
    outer = outer_polarity(token) if family == "deep:nominal" and polarity != "restore" else None
    outer = outer or capacity_polarity(token)  # ('a reduced capacity to activate T cells')
    if outer is not None and token.dep_ in ("nsubjpass", "dobj") and token.head.i != token.i:
        # ('the increase in X was not attenuated by the EVs': the verb turning it is denied)
        negated = negated or trigger_scope(token.head)[0]
    targets, pathways = mechanism(token)
    undone = is_undone(token)
    effector = host = cells = False  # per object, below

    def said(process: Entity, direction: str, kind: str, **detail: Any) -> DeepOutcome:
        """What this trigger says of one process, with the clause's agent and scope."""
        return DeepOutcome(
            process,
            direction,
            kind,
            agent,
            negated,
            hedged,
            targets,
            pathways,
            undone=undone,
            agent_span=agent_span,
            trigger_at=token.idx,
            ability=ability,
            lifted=modal_lifted(token),
            effector=effector,
            host=host,
            cells=cells,
            **detail,
        )

    made = made_model(token)  # ('on induced liver injury': the disease model, no change)
    raising = cues.cue_literals("restore_raising_verb")  # ('improved X': up; 'rescued X' may not)
    for obj in objects:
        effector = of_effector_cells(token, obj, effectors)
        host = not effector and of_host_cells(obj)
        cells = names_its_cells(obj)
        native = native_effects(obj, products, tumour)
        if native is not None:
            # 'X abolished the anti-apoptotic effects of the EVs': what the EVs do, whatever
            # is done to it (a loss-of-function design states the EVs' own effect)
            out += [
                DeepOutcome(p, d, family, "product", negated, hedged, targets, pathways, True)
                for p, d in native
            ]
            continue
        if agent == "other" and not stimulus:
            continue
        acted = (
            None if token.head.i == obj.i else effect_on(obj, lambda t: ground_object(t, tumour))
        )
        if acted is not None:  # 'counteracted the inhibitory effect of X on Y': Y up
            out += [
                DeepOutcome(p, composed(d, polarity), family, agent, negated, hedged, targets)
                for p, d in acted
            ]
            continue
        if effect_lessened(obj if obj.dep_ != "conj" else obj.head, polarity):
            continue  # 'the effects on X (and Y) were reduced': X's own direction is not said
        grounded = (
            own_of_shared_head(token, obj, tumour)
            or listed_head(obj, tumour)
            or ground_object(obj, tumour)
            or modifier_of_shared_head(token, obj, tumour)
            or activated_cells(token, obj, tumour)
        )
        readout = False
        if not grounded:
            grounded = marker_readout(obj, token)
            readout = bool(grounded)
        # (what a 'from' / 'against' phrase names is a harm kept off, lowered, or no effect:
        # 'saved the rats from a toxin-induced X' raised no good toxin)
        kept_off = obj.dep_ == "pobj" and obj.head.lower_ in AGAINST
        if not grounded and (stimulus or agent in ("product", "reference", "none")):
            found = unnamed_effect(obj, token, polarity, tumour=tumour)
            if found is not None and kept_off and found[2] != "decrease":
                found = None
            if found is not None:
                process, valence, unnamed_direction = found
                direction = composed(unnamed_direction, outer)
                out.append(said(process, direction, "deep:unnamed", unnamed=True, valence=valence))
        lowered = lowered_state(obj, token)  # 'reversed the impaired X': X up
        for process, flipped in grounded:
            if made and obj.i == token.head.i and harm(process):
                continue  # ('on induced liver injury': the model)
            if made and obj.head.i == token.i and raised_harm(process, tumour):
                continue  # ('MSC EVs and induced hepatotoxicity', a title: the model)
            # (a raising verb raises the lowered state: 'increased the H2O2-suppressed X'; not a
            # modifier beside the lowering one, a misparse: 'with upregulated miR-X reduced Y')
            flipped = flipped != (lowered and (polarity != "increase" or token.dep_ == "amod"))
            direction = worsened(composed(polarity, outer), token.text, process)
            if flipped and polarity != "restore":
                direction = "decrease" if direction == "increase" else "increase"
            if polarity == "restore":
                direction = rules.restore_direction(process)
                if direction == "unknown" and (
                    lowered
                    or (
                        presupposed_valence(token, process) == "beneficial"
                        and any(token.lower_.startswith(v) for v in raising)
                        and plainly_named(obj)
                    )
                ):
                    # 'restored the suppressed autophagy', 'improved collagen synthesis': back up
                    direction = "increase"
                if direction == "unknown":
                    continue
            # (what the verb presupposes gives a process of no valence its role: 'improved /
            # attenuated collagen synthesis'; ``read.role_of.finding_role``)
            presupposed = presupposed_valence(token, process) if tag.startswith("VB") else ""
            out.append(said(process, direction, family, readout=readout, valence=presupposed))
    return out


def _after_time_word(noun: Any) -> bool:
    """Does a time word ('after', 'before', ``cues.tsv`` 'time_preposition') open the noun's
    phrase as a conjunction the parser made of it ('after the induction of an injury resulted in
    ...', the noun the verb's subject)? (As its preposition: ``compose.neutrally_governed``.)"""
    marks = cues.cue_literals("time_preposition")
    return noun.dep_ in ("nsubj", "nsubjpass") and any(
        c.dep_ == "mark" and c.lower_ in marks and c.i == noun.left_edge.i - 1
        for c in noun.head.children
    )


def _own_restore(noun: Any, polarity: str | None, products: tuple[str, ...]) -> bool:
    """A restoring noun whose own modifier names the EVs as its cause ('EV-mediated functional
    recovery', 'exosome-induced repair') and which no other trigger governs: the noun is the
    good the EVs raised (not 'impaired the EV-mediated recovery', read from 'impaired', nor
    one a clause says something of as its subject)."""
    if polarity != "restore" or noun.dep_ in ("nsubj", "nsubjpass"):
        return False  # ('the EV-mediated recovery was absent': what the clause says of it)
    if any(is_trigger(a) for a in noun.ancestors):
        return False  # ('led to an impairment of the EV-mediated recovery')
    return agent_words(noun, products)[0] == "product" and any(
        c.dep_ in ("amod", "compound")
        and c.lower_.endswith(tuple(cues.cue_literals("own_cause_participle")))
        for c in noun.lefts
    )
