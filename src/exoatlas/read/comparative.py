"""Results stated as a difference between groups: 'the EV group showed less apoptosis than the
vehicle group', 'tumour volume was smaller in mice given the EVs', 'vessel density was higher in
wounds treated with MSC-EVs'. The comparative (``cues.tsv`` 'comparative') gives the direction;
what it qualifies, the process (grounded as a trigger's object is); the group that holds it, or the
adjunct of the copula naming what was given, must be the EVs (never the comparator: 'than in the
EV group', 'compared with EV-treated mice'). What the vocabulary does not name is read by its head
noun's valence, as a trigger's object is ('showed less collagen deposition'; ``read.unnamed``).
The small parser's slips are taken as they come: a comparative tagged as a noun ('milder'
modifying or predicated of the process) and a subject read as a clause ('Rats given the EVs
had fewer X'). Used by ``read.deep``."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from exoatlas.model import Entity
from exoatlas.read.agent_kind import agent_kind, subtree_text
from exoatlas.read.comparator import (
    Turn,
    against_baseline,
    gain_only,
    held_by_comparator,
    than_control,
    vesicles_set_against,
)
from exoatlas.read.coordination import coordinated_trigger
from exoatlas.read.doctext import text_of
from exoatlas.read.doubt import trend_toward
from exoatlas.read.groups import other_arm, than_untreated
from exoatlas.read.msc_vesicles import msc_product_in
from exoatlas.read.objects import ground_object
from exoatlas.read.phrases import (
    AMOUNTS,
    comparative_direction,
    has_own_modifier,
    marker_readout,
)
from exoatlas.read.scope import is_unasserted, trigger_scope
from exoatlas.read.unnamed import unnamed_effect
from exoatlas.vocab import cues, rules

Span = tuple[int, int]


@dataclass(frozen=True)
class Compared:
    """What a comparative says of the EVs' group: the process, its direction, where the EVs
    are named and where the comparative is; ``valence`` set (harmful | beneficial, or empty for a
    measure) when the process is one the vocabulary does not name."""

    process: Entity
    direction: str
    span: Span
    at: int
    unnamed: bool = False
    valence: str = ""
    agent: str = "product"  # or 'none': a bare predicate naming no group ('X was lower')


def comparatives(doc: Any, products: tuple[str, ...], tumour: bool) -> list[Compared]:
    """Each comparative the sentence states of the EVs' group."""
    out: list[Compared] = []
    if not cues.cue("comparative_anywhere").search(text_of(doc)):
        return out  # most sentences hold no comparative: no walk over their tokens
    for word in doc:
        direction = comparative_direction(word)
        if direction is None:
            continue
        found = _held(word, products)
        if found is None:
            bare = _bare_predicate(word)
            if bare is not None and not any(trigger_scope(bare[1])):
                out += [
                    Compared(c.process, c.direction, (0, 0), c.at, c.unnamed, c.valence, "none")
                    for item in (bare[0], *bare[0].conjuncts)
                    for c in _compared(item, bare[1], direction, (0, 0), word, tumour)
                ]
            continue
        noun, verb, span, turn = found
        if turn != "kept":
            direction = "decrease" if direction == "increase" else "increase"
        negated, hedged = trigger_scope(verb)
        # ('showed no less X', 'there was no less X': the comparative denied on its noun)
        negated = negated or any(
            c.dep_ in ("det", "neg") and c.lower_ == "no" for c in (*noun.children, *word.children)
        )
        if negated or hedged or is_unasserted(verb) or trend_toward(word):
            continue  # (or 'showed a trend toward lower X': a trend, no result)
        items = [
            c
            for item in (noun, *_listed(noun, word))
            for c in _compared(item, verb, direction, span, word, tumour)
        ]
        if (turn == "kept" and against_baseline(word, tumour)) or gain_only(turn, tumour):
            # (set against a healthy group, or a bare control that may be one, only a gain
            # reads: the treated disease is worse than health)
            items = [c for c in items if better(c, tumour)]
        elif turn == "kept" and not tumour:
            held = word.doc.text[span[0] : span[1]]
            other = vesicles_set_against(word, held, products)
            if other is not None:
                # (control vesicles set against the engineered ones, outside a tumour: a harm
                # they hold more of is one the engineered vesicles lowered, 'the NC-Exos group
                # had more X than the miR-21-Exos group'; relative to the control vesicles)
                items = [_other_arm_gain(c, other) if _worse(c, tumour) else c for c in items]
        out += items
    return out


def _bare_predicate(word: Any) -> tuple[Any, Any] | None:
    """'Secretion of IL-1β was clearly lower.': a comparative predicated of a subject
    with no group, no 'than' and no adjunct anywhere (the subject and the copula), which
    ``read.agentless`` credits to the EVs only where the section has given them. The subject
    and the copula, or None."""
    verb = word.head
    if word.dep_ != "acomp" or verb.lower_ not in cues.cue_literals("copula"):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or not subjects[0].tag_.startswith("NN"):
        return None
    if any(t.lower_ == "than" and not than_untreated(t) for t in word.sent):
        return None  # (set against something other than the untreated: 'than with the MSCs')
    # (weak evidence: no doubt at all in the sentence, no 'no lower', no conditional 'if')
    text = word.sent.text
    if cues.cue_found("not_significant", text) or cues.cue_found("hedge", text):
        return None
    if any(c.dep_ == "neg" or c.lower_ in ("no", "not") for c in word.children):
        return None
    if any(c.dep_ == "mark" for c in verb.children):
        return None
    holders = (verb, word, subjects[0], *subjects[0].conjuncts)
    if any(
        c.dep_ in ("prep", "advcl", "relcl", "acl")
        and c.lower_ != "of"
        and not (c.lower_ == "than" and than_untreated(c))
        for h in holders
        for c in h.children
    ):
        return None
    return subjects[0], verb


def _other_arm_gain(compared: Compared, other: Span) -> Compared:
    """The change turned round and given to the preparation the 'than' phrase names: what it
    did relative to its control vesicles, not against the untreated disease."""
    direction = "decrease" if compared.direction == "increase" else "increase"
    return replace(compared, direction=direction, span=other)


def _worse(compared: Compared, tumour: bool) -> bool:
    """Is the change one the rule tables call a harm (pathogenic, pro-tumour)?"""
    if compared.unnamed:
        return bool(compared.valence) and (compared.valence == "harmful") == (
            compared.direction == "increase"
        )
    return rules.role(compared.process, compared.direction, tumour=tumour) in (
        "pathogenic",
        "pro_tumor",
    )


def better(compared: Compared, tumour: bool) -> bool:
    """Is the change one the rule tables call a gain (protective, regenerative, anti-tumour)?"""
    if compared.unnamed:
        if not compared.valence:
            return False
        return (compared.valence == "beneficial") == (compared.direction == "increase")
    role = rules.role(compared.process, compared.direction, tumour=tumour)
    return role in ("protective", "regenerative", "anti_tumor")


def _compared(
    noun: Any, verb: Any, direction: str, span: Span, word: Any, tumour: bool
) -> list[Compared]:
    grounded = ground_object(noun, tumour) or marker_readout(noun)
    for process, flipped in grounded[:1]:
        if flipped:
            direction = "decrease" if direction == "increase" else "increase"
        if word.lower_ in cues.cue_literals("comparative_evaluative") and _harmful(process):
            # a harm judged better is less of it ('infarct size was better in the EV group')
            direction = "decrease" if direction == "increase" else "increase"
        return [Compared(process, direction, span, word.idx)]
    if noun.i != word.i and not _vesicles_own_measure(noun, verb, word):
        unnamed = unnamed_effect(noun, verb, direction)
        if unnamed is not None:
            process, valence, direction = unnamed
            return [Compared(process, direction, span, word.idx, True, valence)]
    return []


def _vesicles_own_measure(noun: Any, verb: Any, word: Any) -> bool:
    """'EVs from treated MSCs displayed a larger size': a bare measure (no modifier but the
    comparative, no phrase but a 'than' one) the vesicles themselves show (a display verb,
    ``cues.tsv`` 'benefit_display_verb', whose subject names them) is a property of theirs, no
    effect."""
    if rules.effect_head(noun.lower_) != "measure" or has_own_modifier(noun, skip=(word,)):
        return False
    if not cues.cue("benefit_display_verb").match(verb.lower_):
        return False
    # (the subject's own noun: not 'the EV-treated tumours displayed a smaller size')
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(cues.cue("ev").fullmatch(s.text) for s in subjects)


def _listed(noun: Any, word: Any) -> list[Any]:
    """The nouns coordinated after the one a comparative qualifies, which it qualifies too:
    'showed higher proliferation, migration and tube formation', 'higher levels of A and B'
    (the list of an amount's 'of' phrase), or subjects listed before a predicate comparative.
    Not a conjunct with a comparative or trigger word
    of its own before it ('better function and less neuronal loss', 'and reduced apoptosis'):
    that word is read for it."""
    heads = [noun]
    if noun.lower_ in AMOUNTS:
        heads += [
            g
            for c in noun.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children
            if g.dep_ == "pobj"
        ]
    return [
        c
        for head in heads
        for c in head.conjuncts
        if c.i > head.i
        # (and a predicate's coordinated subjects: 'cardiac function and infarct size were
        # better in the EV group')
        and (c.i > word.i or (noun.dep_ in ("nsubj", "nsubjpass") and word.i > noun.i))
        and not any(
            m.dep_ in ("amod", "advmod", "nmod", "compound")
            and (comparative_direction(m) is not None or rules.polarity_of(m.text) is not None)
            # ('and less ventricular remodeling' with 'less' hung on the adjective)
            for m in (*c.lefts, *(g for x in c.lefts for g in x.lefts if g.dep_ == "advmod"))
        )
        and not coordinated_trigger(c)  # 'lower A, easier B, no C': B and C have their own
    ]


def _held(word: Any, products: tuple[str, ...]) -> tuple[Any, Any, Span, Turn] | None:
    """The noun the comparative qualifies, the verb of its clause, where the EVs are named and
    how the direction stands for the EVs' group (``read.comparator.Turn``): 'the EV group showed
    less X' (X the object of a verb whose subject is the EVs' group), 'X was smaller in mice
    given the EVs' (X the subject of a copula an adjunct of which names the EVs)."""
    noun = word.head
    climbed: list[Any] = []  # subjects of the clause a result clause hangs on
    # 'milder' tagged as a noun: a modifier of the process, predicated of it, or a second
    # object beside it ('showed milder fibrosis' read as showed [milder] [fibrosis])
    dep = {"nmod": "amod", "compound": "amod", "attr": "acomp"}.get(word.dep_, word.dep_)
    if not word.tag_.startswith(("JJR", "RBR")) and dep == "dative":
        noun = next((c for c in word.head.children if c.dep_ == "dobj"), word)
        dep = "amod"
    while dep == "advmod" and noun.dep_ in ("amod", "compound"):
        noun = noun.head  # 'showed less tubular necrosis' ('less' on 'tubular')
    while dep == "amod" and noun.dep_ in ("compound", "amod") and noun.head.i > noun.i:
        # 'resulted in faster wound closure' ('faster' on 'wound'), 'in less cardiomyocyte
        # apoptosis' ('less' on the noun read as an adjective)
        noun = noun.head
    governed = noun
    while governed.dep_ in ("conj", "appos") and governed.head.i != governed.i:
        # 'showed better function and less neuronal loss' ('had a smaller X, less Y and less
        # Z' with the second item parsed as the first's apposition)
        governed = governed.head
    change = governed.head.head
    if (
        governed.i != noun.i
        and governed.dep_ == "pobj"
        and governed.head.lower_ == "in"
        and change.dep_ == "dobj"
        and rules.polarity_of(change.text) is not None
    ):
        # 'showed a rise in the cell count and a higher viability': listed inside the phrase
        # of the change noun the verb governs
        governed = change
    if dep in ("amod", "advmod") and governed.dep_ == "dobj":
        verb = governed.head
        # ('we observed fewer apoptotic cells in the EV group': what the authors saw, held
        # by the group its 'in' phrase names)
        seen = cues.cue("observation_passive").match(verb.lower_) and any(
            c.dep_ == "nsubj" and c.lower_ == "we" for c in verb.children
        )
        # (or an assay that revealed them: 'TUNEL staining revealed fewer apoptotic cells')
        reported = cues.cue("result_report_verb").match(verb.lower_) and any(
            c.dep_ == "nsubj" and cues.cue_found("result_source_subject", subtree_text(c))
            for c in verb.children
        )
        if not (seen or reported or cues.cue("benefit_display_verb").match(verb.lower_)):
            return None
        # the group ('the EV group showed'), or what it was given ('Treated with EVs, the rats');
        # 'Rats given the EVs had' parsed as a clause subject
        holders = [c for c in verb.children if c.dep_ in ("nsubj", "csubj", "prep")]
        # (not a clause of contrast: in 'the model group showed more X, whereas the EV group
        # showed less' the EVs' group holds none of the first clause's X)
        contrast = cues.cue_literals("contrast_mark")
        holders += [
            c
            for c in verb.children
            if c.dep_ == "advcl"
            and not (
                any(g.lower_ in contrast for g in c.children)
                and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
            )  # ('while receiving the EVs', no subject of its own: what the group was given)
        ]
        if verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
            # 'Mice treated with the EVs showed less X' parsed as two verbs ('treated' the root,
            # 'showed' its conjunct): the group and what it was given hang on the first
            holders += [c for c in verb.head.children if c.dep_ in ("nsubj", "prep")]
        # ('Staining showed higher vessel density in the EV group': the group's 'in' phrase
        # hung on the object, or on the listed one the comparative qualifies)
        holders += [
            c
            for h in dict.fromkeys((governed, noun))
            for c in h.children
            if c.dep_ == "prep" and c.lower_ == "in"
        ]
    elif dep in ("amod", "advmod") and governed.dep_ == "pobj" and _outcome_verb(governed.head):
        # 'EV treatment resulted in less fibrosis', 'led to fewer apoptotic cells' ('less' may
        # be read as an adverb of the adjective before the noun: 'in less tubular apoptosis')
        verb = governed.head.head
        holders = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
        holders = [c for c in holders if not cues.cue("relative_pronoun").match(c.lower_)]
        if not holders and verb.dep_ in ("relcl", "advcl"):
            # 'the EVs lowered A, which resulted in less X' (the relative clause hung on A),
            # 'the EVs lowered A, resulting in less X': what the clause it hangs on ends with
            # ('both treatments', 'these vesicles' there name the arms the clause spoke of)
            holders = climbed = _clause_subjects(verb.head)
    elif dep in ("amod", "advmod") and _attendant_verb(governed) is not None:
        # 'the EVs attenuated the injury, with less apoptosis' / 'as shown by higher
        # viability': the readouts that spell out what the EVs' change did
        verb = _attendant_verb(governed)
        holders = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    elif (
        dep in ("amod", "advmod")
        and governed.dep_ == "nsubjpass"
        and cues.cue("observation_passive").match(governed.head.lower_)
    ):
        # 'less apoptosis was observed in the EV group (than in the model group)'
        verb = governed.head
        # its first 'in' phrase only ('less X was seen in the model group, and more in the EV
        # group' says nothing of the EVs' group in the first clause)
        holders = [
            c
            for c in verb.children
            if c.dep_ == "prep" and c.i > verb.i and c.lower_ not in ("than", "compared")
        ][:1]
        # or the one put before it: 'In the EV group, less X was observed (than in ...)'
        holders = (
            holders
            or [c for c in verb.children if c.dep_ == "prep" and c.i < governed.left_edge.i][-1:]
        )
    elif (
        dep == "advmod"
        and word.head.tag_ == "VBN"
        and word.head.lower_ in cues.cue_literals("degree_adjective")
        and any(c.dep_ == "nsubjpass" for c in word.head.children)
    ):
        # 'microgliosis was less pronounced in treated pups' parsed as a passive verb: how much
        # of its subject, held by the group its adjuncts name
        verb = word.head
        noun = next(c for c in verb.children if c.dep_ == "nsubjpass")
        holders = [c for c in verb.children if c.dep_ == "prep"]
    elif dep == "advmod" and word.head.dep_ == "acomp":
        # 'EV-treated cancer cells were more resistant to docetaxel': the adjective names it
        noun, verb = word.head, word.head.head
        holders = [c for c in verb.children if c.dep_ == "nsubj"]
        adjective = noun
        if noun.lower_ in cues.cue_literals("degree_adjective") and holders:
            # 'fibrosis was less severe in mice given the EVs': how much of the subject
            noun = holders[0]
            # its adjuncts, after the adjective or put before the subject ('In the EV group,')
            holders = [c for c in verb.children if c.dep_ == "prep" and c.i < noun.left_edge.i]
        holders += [
            c
            for h in (verb, adjective)
            for c in h.children
            if c.dep_ == "prep" and c.i > adjective.i
        ]
    elif dep == "acomp" and (
        word.lower_ not in cues.cue_literals("comparative_evaluative") or _judges_a_benefit(word)
    ):
        verb = word.head
        nouns = [c for c in verb.children if c.dep_ == "nsubj"]
        if not nouns:
            return None
        noun = nouns[0]
        # its adjuncts: 'was milder in rats given the EVs' ('that received the EVs' hung on it)
        holders = [
            c
            for h in (verb, word)
            for c in h.children
            if c.dep_ in ("prep", "relcl", "acl") and c.i > word.i
        ]
        # or the subject's own phrase: 'inflammation in EV-treated lungs was milder', 'the
        # growth of keratinocytes cultured with the EVs was greater' (the participle hung
        # on the process: only when it names the MSC vesicles themselves, not another arm's
        # 'exosome-depleted medium', 'the exosome inhibitor GW4869', 'tumour-derived exosomes')
        holders += [c for c in noun.children if c.dep_ == "prep"]
        holders += [
            c
            for c in noun.children
            if c.dep_ == "acl"
            and msc_product_in(subtree_text(c), products)
            and not cues.cue_found("given_arm_word", subtree_text(c))
        ]
        # or an adjunct put before the subject: 'In the EV group, X was lower than in the
        # vehicle group' (where the predicate holds, however far the clause fronts it)
        holders += [c for c in verb.children if c.dep_ == "prep" and c.i < noun.left_edge.i]
    elif (
        dep in ("amod", "advmod")
        and governed.dep_ == "attr"
        and any(c.dep_ == "expl" for c in governed.head.children)
    ):
        # 'There was less X in the EV group (than in the model group)': held by the group
        # its 'in' phrases name
        verb = governed.head
        holders = [c for c in (*verb.children, *governed.children) if c.dep_ == "prep"]
    elif _second_predicate(word):
        # 'X was higher in the model group and lower in the EV group': the second comparative
        # parsed as a conjunct of the first one's 'in'; the copula's subject, its own adjuncts
        verb = word.head.head
        noun = next(c for c in verb.children if c.dep_ == "nsubj")
        holders = [c for c in word.children if c.dep_ == "prep"]
    else:
        return None
    comparators = cues.cue_literals("comparator_word")
    for holder in holders:
        # without the comparator it holds: 'in PBS-treated [than in EV-treated rats]' is the
        # vehicle group, not the EVs'
        # nor a second comparative coordinated inside it: 'higher in the model group and
        # lower in the EV group' (the EVs' group is the second one's)
        cut = {
            t.i
            for d in holder.subtree
            if d.i != holder.i
            and (
                d.lower_ in comparators
                or (d.dep_ == "conj" and d.i != word.i and comparative_direction(d) is not None)
            )
            for t in d.subtree
        }
        words = [t for t in holder.subtree if t.i not in cut]
        before = holder.doc[: holder.i].text + " " + holder.text + " "
        if holder.lower_ in comparators or (
            holder.dep_ == "prep" and cues.cue("preparation_comparator").search(before)
        ):
            continue
        kind = agent_kind(" ".join(t.text for t in words), products)
        if kind == "product" and other_arm(holder.doc[words[0].i : words[-1].i + 1].text, products):
            continue  # ('the MSC group', 'the Exo+inhibitor group', 'group II and group IV')
        if kind == "product" or (kind == "reference" and holder in climbed):
            return noun, verb, (words[0].idx, words[-1].idx + len(words[-1].text)), "kept"
    return held_by_comparator(noun, verb, holders, products)


def _second_predicate(word: Any) -> bool:
    """Is a comparative the second of two predicated of one subject, parsed as a conjunct of
    the first one's adjunct ('was higher in A and lower in B': 'lower' on 'in')?"""
    if word.dep_ != "conj" or word.head.dep_ != "prep":
        return False
    verb = word.head.head
    return (
        verb.lower_ in cues.cue_literals("copula")
        and any(c.dep_ == "nsubj" for c in verb.children)
        and any(c.dep_ == "acomp" and comparative_direction(c) for c in verb.children)
    )


def _judges_a_benefit(word: Any) -> bool:
    """Is a judging comparative ('better') the predicate of a process the vocabulary calls
    beneficial or harmful ('motor function was better in EV-treated rats', 'infarct size was
    better': less of the harm, ``_compared``), not of results or outcomes ('the results were
    better in the loaded-EV group')?"""
    subjects = [c for c in word.head.children if c.dep_ == "nsubj"]
    if not subjects or rules.effect_head(subjects[0].lower_) is None:
        return False  # 'the results of the learning test were better': no process's own word
    if any(c.dep_ == "neg" or c.lower_ == "no" for c in word.children) or any(
        t.lower_ == "than" and not than_control(t) for t in word.head.subtree
    ):
        return False  # 'no better in EV-treated rats', 'better with the cells than with the EVs'
    if cues.cue_found("not_significant", text_of(word.doc)):
        return False  # 'better in EV-treated rats, but the difference was not significant'
    for process, flipped in ground_object(subjects[0], False)[:1]:
        found = rules.valence(process)
        return not flipped and found is not None and found.valence in ("beneficial", "harmful")
    return False


def _harmful(process: Any) -> bool:
    found = rules.valence(process)
    return found is not None and found.valence == "harmful"


def _outcome_verb(preposition: Any) -> bool:
    """'resulted in', 'led to' (``cues.tsv`` 'outcome_verb'): what the subject ended with."""
    verb = preposition.head
    return (
        preposition.lower_ in ("in", "to")
        and verb.i != preposition.i
        and bool(cues.cue("outcome_verb").match(verb.lower_))
    )


def _clause_subjects(word: Any) -> list[Any]:
    """The subjects of the clause a word is in: its nearest verb (itself or an ancestor), and
    for a conjoined verb without one, the first verb's ('the EVs lowered A and raised B')."""
    verb = word
    while not verb.tag_.startswith("VB") and verb.head.i != verb.i:
        verb = verb.head
    while True:
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
        if subjects or verb.dep_ != "conj" or verb.head.i == verb.i:
            return subjects
        verb = verb.head


def _attendant_verb(noun: Any) -> Any:
    """The trigger verb whose result a comparative phrase spells out: the noun's phrase (or the
    phrase it is listed in, or an 'of' phrase inside it the parser hung a conjunct on) is the
    object of the verb's attendant 'with' ('improved cardiac function, with less inflammation')
    or of the 'by' of an evidential participle on it ('attenuated the injury, as shown by
    higher viability'; ``cues.tsv`` 'evidential_participle'). None otherwise."""
    head = noun
    for _ in range(6):
        if head.dep_ in ("conj", "appos") and head.head.i != head.i:
            head = head.head
        elif head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.i != head.i:
            head = head.head.head
        else:
            break
    preposition = head.head
    if head.dep_ != "pobj" or preposition.i == head.i:
        return None
    verb = preposition.head
    if preposition.lower_ == "with" and preposition.dep_ == "prep":
        pass  # 'X improved A, with less B'
    elif preposition.lower_ == "by" and preposition.dep_ in ("agent", "prep"):
        if verb.dep_ != "advcl" or not cues.cue("evidential_participle").match(verb.lower_):
            return None
        verb = verb.head  # 'X attenuated A, as shown by higher B'
    else:
        return None
    if not verb.tag_.startswith("VB") or rules.polarity_of(verb.text) is None:
        return None
    return verb


def stated_comparatives(doc: Any, end: int, tumour: bool) -> list[Compared]:
    """Comparatives predicated of a subject before character ``end``, whoever's group holds
    them ('TGF-β1 levels were greater in injured rats than in sham rats'): the
    stimulus's changes a later clause says the EVs turned round (``read.opposite``)."""
    out: list[Compared] = []
    for word in doc:
        if word.idx >= end:
            break
        direction = comparative_direction(word)
        if (
            direction is None
            or word.dep_ != "acomp"
            or word.head.lower_ not in cues.cue_literals("copula")
        ):
            continue
        negated, _ = trigger_scope(word.head)
        subjects = [c for c in word.head.children if c.dep_ == "nsubj"]
        if negated or len(subjects) != 1 or not subjects[0].tag_.startswith("NN"):
            continue
        for item in (subjects[0], *subjects[0].conjuncts):
            out += _compared(item, word.head, direction, (0, 0), word, tumour)
    return out
