"""Who was given what: a change whose agent is the group or treatment a phrase names ('X was
reduced in the EV group', 'After treatment with the EVs, X fell', 'in neurons treated with the
EVs') rather than the subject; a comparison group's change ('was higher in the model group'); and
adjuncts that withhold the EVs. Used by ``read.agents`` and ``read.intransitive``."""

from __future__ import annotations

from typing import Any

from exoatlas.read.agent_kind import (
    SUBJECT_DEPS,
    Span,
    agent_kind,
    span_of,
    subtree_span,
    subtree_text,
)
from exoatlas.read.doctext import token_at
from exoatlas.read.groups import names_label, other_arm
from exoatlas.read.reading import current
from exoatlas.vocab import cues, rules


def given_to_passive(trigger: Any, products: tuple[str, ...]) -> Span | None:
    """'In the group given EVs, apoptosis was reduced', 'X was increased after EV treatment': a
    passive change with no 'by' agent is the product's when an adjunct of its own, or one that
    opens the sentence, names the product as what was given (a comparator never: 'compared with
    the EV group'). None otherwise (the governing clauses are asked as before)."""
    children = list(trigger.children)
    passive = any(c.dep_ == "nsubjpass" for c in children) or shared_passive_subject(trigger)
    if any(c.dep_ == "agent" for c in children):
        return None
    # 'X in the EV group was reduced', and an intransitive change said so ('the apoptosis rate
    # of cardiomyocytes in the EV group decreased')
    adjuncts = subject_groups(trigger)
    if not passive and not (adjuncts and trigger.tag_.startswith("VB")):
        return None
    if not passive:
        if any(c.dep_ == "dobj" for c in children):
            return None  # 'cells in the EV group took up X': a transitive verb's own subject
        children = []
    comparator = cues.cue("preparation_comparator")
    doc = trigger.doc
    first_subject = next((t.i for t in doc if t.dep_ in SUBJECT_DEPS), trigger.i)
    adjuncts += [c for c in children if c.dep_ == "prep"]
    if passive:
        adjuncts += [t for t in doc if t.dep_ == "prep" and t.right_edge.i < first_subject]
    for adjunct in adjuncts:
        before = doc[: adjunct.i].text + " " + adjunct.text + " "
        if comparator.search(before) or adjunct.lower_ in cues.cue_literals("comparator_word"):
            continue
        if withheld(adjunct):
            continue  # 'X was increased in diabetic rats before treatment': the state before
        if agent_kind(phrase_words(adjunct), products) == "product":
            return subtree_span(adjunct)
    return fronted_given(trigger, products)


def subject_groups(verb: Any) -> list[Any]:
    """The 'in' (or 'of') phrases of a verb's subject that name a group ('X in the EV group was
    reduced', 'the rate of X in the EV group fell'; ``cues.tsv`` 'comparison_group_noun')."""
    groups = cues.cue_literals("comparison_group_noun")
    return [
        p
        for c in verb.children
        if c.dep_ in ("nsubjpass", "nsubj")
        for p in c.children
        if p.dep_ == "prep"
        and p.lower_ in ("in", "of")
        and any(g.dep_ == "pobj" and g.lower_ in groups for g in p.children)
    ]


def fronted_given(verb: Any, products: tuple[str, ...]) -> Span | None:
    """'Following treatment with the EVs, X fell', 'When the cells were pretreated with the EVs,
    their X rose and their Y was suppressed': a phrase or clause that opens the sentence, before
    the change's subject, and names the product as what was given is the agent of that change
    and of a change coordinated with it. Not a contrast or concessive clause ('Although the
    EVs were given, X rose' states two events), a comparator ('Compared with the EV group'),
    or an inhibitor arm ('After blocking EV release, ...'). None otherwise."""
    main = verb
    if verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.tag_.startswith("VB"):
        main = verb.head  # the opening adjunct hangs on the first of the coordinated changes
    subjects = [c for c in main.children if c.dep_ in SUBJECT_DEPS]
    if not subjects:
        return None
    start = min(c.left_edge.i for c in subjects)
    later = [c for c in main.children if c.dep_ in ("advcl", "prep") and c.i > main.i]
    if any(cues.cue("inhibitor_agent").search(subtree_text(c)) for c in later):
        return None  # '..., X declined when the knock-down was applied': not the EVs' own
    opened = main.head if main.dep_ == "ccomp" and main.head.i < start else None
    if opened is not None and main.sent[0].lower_ in cues.cue_literals("temporal_opening"):
        # 'When the cells were given the EVs, X rose' parsed with the temporal clause as the
        # main one and the change as its complement
        if rules.polarity_of(opened.text) == "decrease":
            return None
        given = main.doc[main.sent.start : start].text
        if (
            not cues.cue("inhibitor_agent").search(given)
            and agent_kind(given, products) == "product"
        ):
            return span_of(main.doc[main.sent.start], main.doc[start - 1])
    sentence = main.sent
    opening = main.doc[sentence.start : start].text
    if cues.cue("concessive_opening").match(opening.lower()):
        return None
    contrast = cues.cue_literals("contrast_mark")
    comparator = cues.cue("preparation_comparator")
    for child in main.children:
        if child.dep_ not in ("advcl", "prep") or child.right_edge.i >= start:
            continue
        if any(m.dep_ == "mark" and m.lower_ in contrast for m in child.children):
            continue
        if withheld(child):
            return None  # 'Without the EVs, X rose': the state without them
        marks = [m.lower_ for m in child.children if m.dep_ == "mark"]
        if marks and not set(marks) & set(cues.cue_literals("temporal_opening")):
            continue  # 'If the EVs were given, ...', 'Because ...': not a treatment given
        if child.dep_ == "advcl" and rules.polarity_of(child.text) == "decrease":
            return None  # 'After EV release was blocked, X rose': a loss of the EVs
        words = phrase_words(child) if child.dep_ == "prep" else subtree_text(child)
        before = main.doc[sentence.start : child.i].text + " " + child.text + " "
        if child.lower_ in cues.cue_literals("comparator_word") or comparator.search(before):
            continue
        if cues.cue("inhibitor_agent").search(words):
            return None
        if agent_kind(words, products) == "product":
            return subtree_span(child)
    return None


def withheld(adjunct: Any) -> bool:
    """Does an adjunct withhold the EVs ('without the EVs', 'before the EVs were given', 'in the
    absence of the EVs'; ``cues.tsv`` 'product_withheld')?"""
    return cues.cue("product_withheld").match(subtree_text(adjunct).lower()) is not None


def shared_passive_subject(verb: Any) -> list[Any]:
    """'X was raised in the model group and reduced in the EV group', 'X was aggravated by A and
    alleviated by B': a coordinated participle with no subject of its own shares the passive
    subject of the verb it is coordinated with; a participle a report verb raises, that verb's
    passive subject (``_raised_subject``); empty otherwise."""
    if verb.dep_ == "xcomp" and verb.tag_ == "VBN" and verb.head.i != verb.i:
        return _raised_subject(verb)
    if verb.dep_ != "conj" or verb.tag_ != "VBN" or verb.head.i == verb.i:
        return []
    if any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in verb.children):
        return []
    head = list(verb.head.children)
    # 'EF decreased in the vehicle group but was preserved in the EV group': an intransitive
    # change's subject is what changed, so a passive coordinated with it shares it too
    intransitive = verb.head.tag_.startswith("VB") and not any(c.dep_ == "dobj" for c in head)
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    return [
        c for c in head if c.dep_ == "nsubjpass" or (c.dep_ == "nsubj" and intransitive and passive)
    ]


def _raised_subject(verb: Any) -> list[Any]:
    """'ALT and AST were found to be decreased', 'liver injury was shown to be alleviated by the
    EVs': the passive subject of a report verb (``cues.tsv`` 'raising_report_verb') is what its
    'to be' participle says changed."""
    if not any(c.dep_ == "auxpass" and c.lower_ == "be" for c in verb.children):
        return []
    if any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in verb.children):
        return []
    if not cues.cue("raising_report_verb").match(verb.head.lower_):
        return []
    return [c for c in verb.head.children if c.dep_ == "nsubjpass"]


def phrase_words(preposition: Any) -> str:
    """A prepositional phrase's words less a relative clause on its object: 'in the LPS group,
    which the EVs reversed' names the LPS group, not the EVs."""
    clauses = {
        t.i
        for g in preposition.children
        for r in g.children
        if r.dep_ == "relcl"
        for t in r.subtree
    }
    return " ".join(t.text for t in preposition.subtree if t.i not in clauses)


def other_group(trigger: Any, products: tuple[str, ...]) -> Span | None:
    """'Creatinine was raised in the model group', 'was higher in untreated rats': a passive or
    intransitive change the trigger's own 'in' phrase says of a group that is not the EVs'
    (``cues.tsv`` 'comparison_group_noun', 'comparison_group'): the comparison, not the EVs'
    effect. None when the trigger has a subject or agent naming the EVs, or no such phrase."""
    if _lessened_by_vesicles(trigger, products):
        # ('the increase in X in the model group was attenuated in the EV group': a change
        # the EVs lessen, its group phrase where the change was seen)
        return None
    for c in trigger.children:
        # the EVs as subject or agent, or a clause of the trigger's saying they were given
        # ('When the EVs were given, apoptosis was reduced in the model group')
        if c.dep_ in ("nsubj", "csubj", "agent", "advcl") and (
            agent_kind(subtree_text(c), products) == "product"
        ):
            return None
    return comparison_phrase(trigger, products)


def comparison_phrase(trigger: Any, products: tuple[str, ...]) -> Span | None:
    """Where the trigger's own 'in' phrase names a group that is not the EVs' ('in the model
    group', 'in untreated rats', 'in group II' of a text defining it so), or None."""
    for c in trigger.children:
        if c.dep_ != "prep" or c.lower_ not in ("in", "among"):
            continue
        heads = [g for g in c.children if g.dep_ == "pobj"]
        text = phrase_words(c)
        if not heads or agent_kind(text, products) != "other":
            continue
        if any(t.lower_ in ("same", "this", "that", "these") for t in heads[0].lefts):
            continue  # 'in the same group': the one the sentence named before
        if (
            heads[0].lower_ in cues.cue_literals("comparison_group_noun")
            or cues.cue_found("comparison_group", text)
            or names_label(text, current().other_labels)  # ('in group II': not given the EVs)
        ):
            return subtree_span(c)
    return None


def _lessened_by_vesicles(change: Any, products: tuple[str, ...]) -> bool:
    """Is a change noun the subject or object of a verb of lessening or restoring
    (``polarity.tsv`` 'decrease', 'restore') that is not denied and whose own phrase ('in the
    EV group', 'by the EVs') names the EVs, and no other arm ('the increase in X in the model
    group was attenuated in the EV group'; not 'was further increased in the MSC group', 'was
    not attenuated')?"""
    verb = change.head
    if (
        not change.tag_.startswith("NN")
        or change.dep_ not in ("nsubjpass", "dobj")
        or rules.polarity_of(verb.text) not in ("decrease", "restore")
        or any(c.dep_ == "neg" or c.lower_ in ("not", "neither", "nor") for c in verb.children)
    ):
        return False
    for c in verb.children:
        if c.dep_ in ("agent", "nsubj") or (
            c.dep_ == "prep" and c.lower_ in ("in", "by", "after", "following", "with")
        ):
            words = phrase_words(c) if c.dep_ == "prep" else subtree_text(c)
            if agent_kind(words, products) == "product" and not other_arm(words, products):
                return True
    return False


def treated_with_product(trigger: Any, products: tuple[str, ...]) -> Span | None:
    """'an increase in neurite length in neurons treated with the EVs', 'a decrease in lesions
    after EV treatment': where the trigger's own phrase names the product as what the recipient
    was given (None when it names none)."""
    for t in trigger.subtree:
        if t.lower_ in cues.cue_literals("treated_participle") or (
            t.dep_ == "prep" and t.lower_ in ("after", "following")
        ):
            text = " ".join(w.text for w in t.subtree)
            if agent_kind(text, products) == "product":
                return subtree_span(t)
    return None


def treated_subject_verb(verb: Any, products: tuple[str, ...]) -> Span | None:
    """'Chondrocytes treated with the EVs exhibited reduced apoptosis' parsed with 'treated' as
    the sentence's verb and 'exhibited' its conjunct: the conjunct, with no subject of its own,
    states what the cells given the product showed. The span of the 'with' / 'to' phrase naming
    the product, or None."""
    head = verb.head
    if (
        verb.dep_ != "conj"
        or head.i == verb.i
        or head.lower_ not in cues.cue_literals("treated_participle")
    ):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    if not any(c.dep_ == "nsubj" and c.i < head.i for c in head.children):
        return None
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("with", "to") or prep.i > verb.i:
            continue
        text = subtree_text(prep)
        if cues.cue_found("altered_product_arm", text):
            return None  # ('with the vehicle of the EVs', 'with exosome-free medium')
        if agent_kind(text, products) == "product":
            return subtree_span(prep)
    return None


def vesicles_clause_after(parsed: Any, at: int, products: tuple[str, ...]) -> bool:
    """Is the change at ``at`` followed by a clause of its own whose subject names the
    vesicles, coordinated with it ('LPS increased X, administration of the EVs improved Y', or
    a clause of contrast changing it again: 'X rose at day 3, whereas the EVs lowered it')?
    Not vesicles named in an adjunct of the change ('X rose when the cells were exposed to the
    EVs', 'in mice that received the EVs'): those say whose change it was."""
    if parsed is None:
        return False
    trigger = token_at(parsed, at)
    if trigger is None:
        return False
    for verb in parsed:
        if verb.i <= trigger.i or not _coordinated_under(verb, trigger):
            continue
        # its subject, or the doer of a passive one ('X rose in I/R rats and was reduced by
        # exosome treatment')
        doers = [c for c in verb.children if c.dep_ == "nsubj"]
        doers += [g for c in verb.children if c.dep_ == "agent" for g in c.children]
        for subject in doers:
            words = " ".join(t.text for t in subject.subtree)
            if cues.cue_found("ev", words) or any(p in words for p in products):
                return True
    return False


_ADJUNCT_DEPS = frozenset({"advcl", "relcl", "acl", "prep", "pobj", "pcomp", "agent", "mark"})


def _coordinated_under(verb: Any, trigger: Any) -> bool:
    """Does the verb hang under the trigger (or the trigger under it) through no adjunct: a
    clause of its own joined to the change, however the small parser labels the join? So is a
    clause of contrast that changes the same thing again ('X was raised at day 3, whereas the
    EVs lowered it at day 7': ``_changes_it_again``)."""
    for low, high in ((verb, trigger), (trigger, verb)):
        node = low
        while node.head.i != node.i and node.i != high.i:
            if node.dep_ in _ADJUNCT_DEPS and not _changes_it_again(node):
                break
            node = node.head
        if node.i == high.i:
            return True
    return False


def _changes_it_again(clause: Any) -> bool:
    """Is this a clause of contrast (``cues.tsv`` 'contrast_mark', parsed as an adverbial
    clause) whose object is 'it', the change it is set against ('..., whereas the EVs lowered
    it')? Not one that names other things ('X rose, while the EVs left Y unchanged': in a tumour
    study a rise with no agent is the EVs' own result)."""
    return (
        clause.dep_ == "advcl"
        and any(c.lower_ in cues.cue_literals("contrast_mark") for c in clause.children)
        and any(c.dep_ == "dobj" and c.lower_ == "it" for c in clause.children)
    )


def stimulus_purpose(parsed: Any, at: int, products: tuple[str, ...]) -> bool:
    """Is the change at ``at`` what a stimulus was given for ('Chondrocytes were treated with
    IL-1β to induce injury', 'rats were fed a high-fat diet to induce obesity'): an infinitive
    of purpose under a passive verb of giving whose object or 'with' phrase names something that
    is not the EVs? That is how the model was made, no change of the vesicles."""
    trigger = token_at(parsed, at)
    if trigger is None or trigger.dep_ not in ("advcl", "xcomp"):
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children):
        return False
    verb = trigger.head
    # (a second verb of giving shares the first's passive: 'were pretreated with the EVs and
    # then treated with LPS to induce inflammation')
    passive = verb if verb.dep_ != "conj" else verb.head
    if not any(c.dep_ in ("nsubjpass", "auxpass") for c in (*verb.children, *passive.children)):
        return False
    # (what was given: its object, or its 'with' or 'to' phrase: 'exposed to H2O2')
    given = [c for c in verb.children if c.dep_ == "dobj"] + [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in ("with", "to")
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return bool(given) and all(agent_kind(subtree_text(g), products) == "other" for g in given)
