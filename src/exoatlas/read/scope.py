"""The scope of a trigger in the parse: negation and hedges that govern it, whether the
sentence asserts it as this study's result, and whether it belongs to a loss-of-function
result. Used by ``read.deep``; the sentence-level hedge of a finding's evidence and the
keyword window's loss-of-function test (``sentence_hedged``, ``undone_sentence``) by
``read.reader``."""

from __future__ import annotations

import re
from typing import Any

from exoatlas.read.agent_kind import subtree_text
from exoatlas.read.deep_outcome import DeepOutcome
from exoatlas.read.doctext import text_of
from exoatlas.read.doubt import not_significant, sentence_unsure, trend_toward, without_denied
from exoatlas.read.reading import current
from exoatlas.vocab import cues, rules

# set on a parse whose first word the reader wrote for the vesicles' name (``read.reparse``)
VESICLES_AS_PRONOUN = "exoatlas: the first word stands for the vesicles"

MODALS = frozenset({"may", "might", "could", "would"})
HEDGE_ADVERBS = frozenset({"potentially", "possibly", "probably", "perhaps"})


def is_undone(trigger: Any) -> bool:
    """Is the trigger part of a loss-of-function result: a reversal verb governs it ('X was
    reversed by the inhibitor', 'reversed the declined apoptosis'), or an inhibitor, knock-down
    or co-treatment is what does it ('LY-cotreated EVs enhanced apoptosis')?"""
    reversal = cues.cue("reversal_verb")
    node = trigger
    for _ in range(6):
        if reversal.match(node.lower_) and not _done_by_vesicles(node):
            return True
        # 'the EVs reversed the hypoxia-induced apoptosis': the EVs' own action, unless an
        # inhibitor undoes it further up ('their reversal of X was blocked by ML385')
        for child in node.children:
            # (or a modifier the parse hung on it: 'its antagomiR restored X' misparsed)
            if _means_clause(node, child):
                continue  # 'EVs attenuate X by silencing SGK1': how the EVs do it
            if child.dep_ in ("nsubj", "nsubjpass", "agent", "csubj", "npadvmod") or (
                child.dep_ == "prep" and child.lower_ in ("after", "by", "with", "upon")
            ):
                text = " ".join(t.text for t in child.subtree)
                if (
                    cues.cue_found("inhibitor_agent", text)
                    and not _inhibitor_as_cargo(text)
                    and not cues.cue_found("mimic_product", text)  # (a gain-of-function product)
                    and not _cargo_phrase_into(child)
                    and not _vesicles_as_alternative(child)
                ):
                    return True
        if node.head.i == node.i or node.dep_ in ("relcl", "advcl", "ccomp"):
            break
        node = node.head
    return False


def _vesicles_as_alternative(subject: Any) -> bool:
    """Are the vesicles one of alternatives joined by 'or', each named apart from the
    manipulation ('the EVs or a knock-down of the receptor lowered X')? Each did it alone, so
    the vesicles' change is their own."""
    # (the alternatives may be parsed as the manipulation's modifier: '[BMSC-exosomes or
    # NOTCH2] downregulation')
    for head in subject.subtree:
        if not any(c.dep_ == "cc" and c.lower_ == "or" for c in head.children):
            continue
        for item in (head, *head.conjuncts):
            inside = {t.i for c in item.children if c.dep_ in ("conj", "cc") for t in c.subtree}
            words = " ".join(t.text for t in item.subtree if t.i not in inside)
            if cues.cue_found("ev", words) and not cues.cue_found("inhibitor_agent", words):
                return True
    return False


def _means_clause(verb: Any, child: Any) -> bool:
    """Is ``child`` a 'by' + gerund phrase saying how the active verb's subject, the vesicles,
    do it ('EVs attenuate joint injury by silencing SGK1')? Not a passive's agent ('X was raised
    by silencing miR-21': the loss-of-function arm), nor a subject other than the vesicles
    ('MSCs raised X by blocking their exosome release'), nor a phrase acting on the vesicles or
    their cells ('by knocking down miR-29 in MSCs', 'by blocking vesicle release'), nor one
    naming cells, a cargo or an RNA (``cues.tsv`` 'means_clause_not')."""
    gerunds = [g for g in child.children if g.dep_ == "pcomp" and g.tag_ == "VBG"]
    if child.dep_ != "prep" or child.lower_ != "by" or not gerunds:
        return False
    if any(c.dep_ == "conj" for g in gerunds for c in g.children):
        return False  # ('... by silencing PTEN and inhibited X': the parse joined a clause to it)
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not any(cues.cue_found("ev", subtree_text(c)) for c in subjects):
        return False
    # (to the sentence's end: the parser may hang 'miR-29 in MSCs' elsewhere)
    phrase = text_of(child.doc)[child.idx :]
    return not (
        cues.cue_found("ev", phrase)
        or cues.names_msc(phrase)
        or cues.cue_found("vesicle_release_blocked", phrase)
        or cues.cue_found("means_clause_not", phrase)  # (cells, cargo, an RNA: the arm)
    )


def _inhibitor_as_cargo(text: str) -> bool:
    """'Exosomes carrying a miR-21 inhibitor', 'exosome-mediated delivery of an antagomiR':
    vesicles named loaded with the inhibitor or delivering it, in one phrase (``cues.tsv``
    'inhibitor_cargo'): the study's engineered product, not a co-treatment undoing the EVs'
    effect ('EVs carrying miR-126 together with an Akt inhibitor', 'delivery of GW4869')."""
    return cues.cue_found("inhibitor_cargo", text)


def _cargo_phrase_into(child: Any) -> bool:
    """Does a phrase naming vesicles with an inhibitor as their cargo (``_inhibitor_as_cargo``)
    start before this child and run into it ('Exosomes derived from BMSCs with a miR-X
    inhibitor', the parse hanging the 'with' phrase on 'derived')?"""
    start = child.left_edge.idx
    return any(
        m.start() < start < m.end() for m in cues.cue("inhibitor_cargo").finditer(child.doc.text)
    )


def _done_by_vesicles(verb: Any) -> bool:
    """Is the subject (or the passive agent) of a reversal verb the EVs (its noun phrase up to its
    head names them, not 'an inhibitor given after the EVs'), with no inhibitor or co-treatment
    named?"""
    doc = verb.doc
    named: set[int] = set()
    # a verb coordinated after another with no subject of its own shares its subject ('MSC
    # exosomes prevent and reverse pulmonary hypertension')
    own = any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in verb.children)
    shared = verb.head if verb.dep_ == "conj" and verb.head.tag_.startswith("VB") else None
    if shared is not None and any(c.dep_ == "neg" for c in shared.children):
        shared = None  # ('did not prevent and reverse X': no subject shared with a denial)
    for child in (*verb.children, *(shared.children if shared is not None and not own else ())):
        # or the passive agent: 'the raised NLRP3 was reversed by MSC-EV treatment'
        if child.dep_ in ("nsubj", "agent"):
            named.update(t.i for t in child.subtree if t.i <= child.i or child.dep_ == "agent")
            # a subject the small parser split in two ('Human umbilical cord' and 'MSC-derived
            # EVs' both subjects; 'Mesenchymal' the subject, 'stem cell-derived exosomes' its
            # apposition): the whole name before the verb
            for part in child.children:
                if part.dep_ == "appos" and part.i < verb.i:
                    named.update(t.i for t in part.subtree if t.i <= part.i)
                # 'An intrathecal injection of MSC sEVs reversed X': what was given is the
                # subject's ('administration_head'; an inhibitor given so undoes, as before),
                # when it is the vesicles alone (not 'exosomes from aged MSCs', 'with IL-17')
                if (
                    part.dep_ == "prep"
                    and part.lower_ in ("of", "with", "to")
                    and cues.cue("administration_head").match(child.lower_)
                ):
                    given = [g for p in part.children for g in _given_nouns(p)]
                    named.update(t.i for g in given if _given_alone(g) for t in g.subtree)
    if not named:
        return False
    if doc.user_data.get(VESICLES_AS_PRONOUN) and 0 in named:
        return True  # the vesicles' name the reader wrote as 'They' (``read.reparse``)
    text = " ".join(doc[i].text for i in sorted(named))
    return cues.cue_found("ev", text) and not cues.cue("inhibitor_agent").search(text)


def _given_nouns(noun: Any) -> list[Any]:
    """What an administration's 'of' phrase gives: its noun, or for those who received it
    ('Treatment of the diabetic mice with MSC exosomes'; ``cues.tsv`` 'bearer_noun') the noun of
    their 'with' phrase."""
    if not cues.cue("bearer_noun").match(noun.lower_):
        return [noun]
    return [g for w in noun.children if w.dep_ == "prep" and w.lower_ == "with" for g in w.children]


def _given_alone(noun: Any) -> bool:
    """Is a noun given ('injection of <noun>') the vesicles alone: nothing after it (no 'from
    aged MSCs', no 'with IL-17'), no arm's word before it ('RNase-treated', ``cues.tsv``
    'given_arm_word')?"""
    if noun.dep_ != "pobj" or any(c.i > noun.i and c.dep_ != "punct" for c in noun.children):
        return False
    return not cues.cue_found("given_arm_word", " ".join(t.text for t in noun.subtree))


def _asked(trigger: Any) -> bool:
    """Is the trigger in a direct question: the first sentence-final mark after it, outside
    brackets, is '?' ('Do the EVs aggravate X?', a title that asks; not 'reduced X (is this
    mediated by Y?) and improved Z')?"""
    depth = 0
    for token in trigger.doc[trigger.i :]:
        depth += (token.text in ("(", "[")) - (token.text in (")", "]"))
        if depth < 0:
            return False  # the trigger is inside brackets that close before any mark
        if depth == 0 and token.text in (".", "?", "!"):
            return bool(token.text == "?")
    return False


def is_unasserted(trigger: Any) -> bool:
    """A change the sentence does not assert as this study's result: an aim ('we aimed to
    determine whether EVs promote'), a question, or earlier work ('EVs have been shown to',
    'EVs reported to reduce X')."""
    if _asked(trigger):
        return True  # 'Do MSC exosomes aggravate pulmonary hypertension?'
    node = trigger
    for _ in range(6):
        for child in node.children:
            if child.dep_ == "mark" and child.lower_ in cues.cue_literals("question_mark"):
                return True
        if _purpose(node):
            return True  # 'To enhance the EVs' effect on X, we ...', 'an approach to raise X'
        if node is not trigger and node.tag_.startswith("VB"):
            if cues.cue("aim_verb").match(node.lower_) and not _found_that(node, trigger):
                return True
            auxes = {c.lower_ for c in node.children if c.dep_ in ("aux", "auxpass")}
            if (
                cues.cue("report_verb").match(node.lower_)
                and auxes & {"been"}
                and (auxes & {"have", "has"})
                and not current().review  # (a review's claims are all of earlier work)
            ):
                return True  # 'have been shown to', 'has been reported'
            if cues.cue("prior_report").match(node.lower_) and any(
                c.dep_ == "xcomp" and c.left_edge.i <= trigger.i <= c.right_edge.i
                for c in node.children
            ):
                return True  # 'exosomes reported to alleviate X', 'EVs, known to reduce Y'
            if (
                cues.cue("use_passive").match(node.lower_)
                and any(c.dep_ == "auxpass" for c in node.children)
                and any(
                    c.dep_ in ("xcomp", "advcl")
                    and c.left_edge.i <= trigger.i <= c.right_edge.i
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                    for c in node.children
                )
            ):
                return True  # 'the vesicles are now widely used to treat X'
            if _measured(node, trigger):
                return True  # 'cell counts were done to measure the protective effect of X'
        if node.head.i == node.i:
            break
        node = node.head
    return False


def _found_that(verb: Any, trigger: Any) -> bool:
    """'We determined that the EVs reduced X' (past tense, the study's own subject, a 'that'
    clause holding the change): what was determined is a finding, not an aim ('to determine
    whether', 'we hypothesized that' stay aims; ``cues.tsv`` 'finding_aim_verb',
    'own_report_subject')."""
    if verb.tag_ != "VBD" or not cues.cue("finding_aim_verb").match(verb.lower_):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    said = " ".join(t.lower_ for s in subjects for t in s.subtree)
    if not subjects or not cues.cue("own_report_subject").match(said):
        return False  # 'Smith and colleagues determined that ...': others' work
    return any(
        c.dep_ == "ccomp"
        and c.left_edge.i <= trigger.i <= c.right_edge.i
        and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        for c in verb.children
    )


def _measured(node: Any, trigger: Any) -> bool:
    """A method done to measure what the trigger names ('were done to measure the
    ameliorating effect of the EVs'); not a clause it shows ('performed to show that ...')."""
    if not cues.cue("method_passive").match(node.lower_) or not any(
        c.dep_ == "auxpass" for c in node.children
    ):
        return False
    return any(
        c.dep_ in ("xcomp", "advcl")
        and cues.cue("measure_verb").match(c.lower_)
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        and c.left_edge.i <= trigger.i <= c.right_edge.i
        and not any(
            g.dep_ == "ccomp" and g.left_edge.i <= trigger.i <= g.right_edge.i for g in c.children
        )
        for c in node.children
    )


def _purpose(verb: Any) -> bool:
    """A purpose infinitive: a fronted 'To X, we did Y' clause, or 'a strategy (an approach) to
    X' (``purpose_noun``): what it names is what the study set out to do, no result."""
    to = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if verb.tag_ != "VB" or to is None:
        return False
    if verb.dep_ == "advcl" and verb.i < verb.head.i:
        start: int = verb.left_edge.i
        opening: int = verb.sent.start
        return start == opening or verb.doc[start : start + 2].text.lower() == "in order"
    # ('served as an approach to raise X' with the infinitive hung on the verb)
    before = verb.doc[to.i - 1] if to.i > 0 else None
    nouns = cues.cue_literals("purpose_noun")
    return (verb.dep_ == "acl" and verb.head.lower_ in nouns) or (
        before is not None and before.lower_ in nouns
    )


def modal_lifted(trigger: Any) -> bool:
    """Is the trigger a past or present-tense verb coordinated after a modal passive, and so
    no verb of that modal ('the EVs could be taken up by the cells and promoted their growth':
    'could promote' otherwise)? A bare or active first verb shares it ('could reduce X and
    improved Y')."""
    return (
        trigger.dep_ == "conj"
        and trigger.tag_ in ("VBD", "VBZ")
        and any(c.dep_ == "auxpass" for c in trigger.head.children)
    )


def trigger_scope(trigger: Any, modals: frozenset[str] = MODALS) -> tuple[bool, bool]:
    """Negation and hedging that govern the trigger (its own or its governing verbs')."""
    negated = hedged = False
    node = trigger
    # a finite verb coordinated after a negated one has a clause of its own ('did not raise ALT
    # but lowered fibrosis'); a bare one shares the first's auxiliary and its 'not' ('did not
    # raise X or lower Y')
    before = trigger.i - 1
    while before > 0 and trigger.doc[before].tag_ == "RB":
        before -= 1
    # ... or a trigger right after 'but' / 'and' the parser hung on the next noun ('but reduced X')
    own_clause = before >= 0 and trigger.doc[before].lower_ in ("but", "and", "yet", "whereas")
    lifted = modal_lifted(trigger)
    for _ in range(3):
        # 'did not fail to reduce X', 'never failed to': the two denials cancel
        failing = node.lower_.startswith("fail") and node.tag_.startswith("VB")
        failure_denied = failing and any(
            c.dep_ == "neg" or c.lower_ == "never" for c in node.children
        )
        for child in node.children:
            if failure_denied and (child.dep_ == "neg" or child.lower_ == "never"):
                continue
            # 'did not reduce X', and a change noun's own 'no' ('no reduction in X was seen')
            # ('were not decreased' with the 'not' hung on the auxiliary)
            denied = child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ == "no")
            denied = denied or (
                child.dep_ in ("aux", "auxpass") and any(g.dep_ == "neg" for g in child.children)
            )
            if denied and not (own_clause and node is not trigger):
                negated = True
            if (
                child.dep_ == "aux"
                and child.lower_ in modals
                and not (lifted and node.i == trigger.head.i)
            ):
                hedged = True
            if child.dep_ == "advmod" and child.lower_ in HEDGE_ADVERBS:
                hedged = True
        if failing and not failure_denied:
            negated = True  # 'failed to reduce X'; not a governing noun ('liver failure')
        if cues.cue("trend_word").match(node.lower_) and node is not trigger:
            hedged = True  # 'the EVs tended to reduce X': a trend, no result
        # (and a change noun's verb: 'failed to offer protection against X')
        noun = node is trigger and node.tag_.startswith("NN") and node.dep_ == "dobj"
        if (node.dep_ not in ("xcomp", "conj", "amod") and not noun) or node.head.i == node.i:
            break
        own_clause = own_clause or (node.dep_ == "conj" and node.tag_ in ("VBD", "VBZ", "VBP"))
        bare_verb = node.dep_ == "conj" and node.tag_ == "VB"
        node = node.head
        if bare_verb and node.dep_ == "dobj" and node.tag_.startswith("NN"):
            # 'could restrain X and increase Y' misparsed with the second verb a conjunct of
            # X: it shares the first verb's modal, as its other parse would
            node = node.head
    negated = negated or _neither_subject(trigger) or _ability_lost(trigger)
    negated = negated or _report_denied(trigger) or without_denied(trigger)
    hedged = hedged or _purpose_of_hedged(trigger) or trend_toward(trigger)
    hedged = hedged or not_significant(trigger.doc.text, trigger.idx, len(trigger.text))
    return negated, hedged or _state_under_modal(trigger)


def _report_denied(trigger: Any) -> bool:
    """Is the trigger's clause what a negated report verb says ('the analysis did not confirm
    that the EVs reduce X', 'we did not find that ...'; ``cues.tsv`` 'denied_report_verb')?"""
    report = trigger.head
    return (
        trigger.dep_ == "ccomp"
        and report.i != trigger.i
        and cues.cue("denied_report_verb").match(report.lower_) is not None
        and any(c.dep_ == "neg" or c.lower_ == "never" for c in report.children)
        # ('we did not just confirm that ...; we also found': more, not less)
        and not any(c.lower_ in ("just", "only", "merely", "simply") for c in report.children)
    )


def _ability_lost(trigger: Any) -> bool:
    """Is the trigger what an ability the subject lost or lacks would do ('aged MSC-EVs lost
    their ability to reduce lung injury', 'lacked the capacity to reduce X'; ``cues.tsv``
    'capacity_noun', 'absence_verb')? Then the change is denied."""
    ability = trigger.head
    lost = (
        trigger.dep_ in ("acl", "xcomp")
        and ability.i != trigger.i
        and ability.lower_ in cues.cue_literals("capacity_noun")
        and ability.dep_ == "dobj"
        and cues.cue("absence_verb").match(ability.head.lower_) is not None
    )
    if not lost:
        return False
    # not a loss itself denied: 'did not lose their ability', 'never lost', 'without losing',
    # 'freezing did not cause them to lose'
    verb = ability.head
    if verb.dep_ == "pcomp" and verb.head.lower_ == "without":
        return False
    governing = [verb, *list(verb.ancestors)[:2]]
    return (
        not any(c.dep_ == "neg" or c.lower_ == "never" for v in governing for c in v.children)
        and not trigger_scope(verb)[0]
    )


def _state_under_modal(trigger: Any) -> bool:
    """A state named by its participle as the cause in what a verb hedged by 'may' or 'might'
    says ('LV function may have been attenuated by increased cardiac fibrosis'): part of the
    prospect, no result. Only in a cause's place ('by', 'through', 'via', 'due to') and not a
    state the sentence points back to ('the decreased apoptosis may account for this', 'the
    reduced fibrosis may have helped': an observed result, only its link hedged); 'could' is
    left out: in a report it is the past of 'can' (``ability_only``)."""
    noun = trigger.head
    if trigger.dep_ != "amod" or any(c.dep_ == "det" for c in noun.children):
        return False
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head  # 'by increased fibrosis and enhanced apoptosis': the list's place
    if noun.dep_ != "pobj":
        return False
    prep = noun.head
    # 'due to', 'owing to', 'because of', 'as a result of': the phrase's first word is its head
    if prep.dep_ == "pcomp" or prep.head.lower_ in ("due", "owing", "because"):
        prep = prep.head
    if prep.lower_ == "of" and prep.head.lower_ == "result":
        prep = prep.head.head
    if prep.lower_ not in ("by", "through", "via", "due", "owing", "because", "as"):
        return False
    verb = prep.head
    prospect = MODALS - frozenset(cues.cue_literals("ability_modal"))
    return verb.tag_.startswith("VB") and any(
        c.dep_ == "aux" and c.lower_ in prospect for c in verb.children
    )


def _neither_subject(trigger: Any) -> bool:
    """'Neither the EVs nor the cells reduced X', '... resulted in an improvement of X': a
    subject opened by 'neither' negates the verb it governs, and what that verb leads to."""
    doc = trigger.doc
    if "neither" not in doc.user_data:  # once per sentence parsed: most have none
        doc.user_data["neither"] = any(t.lower_ == "neither" for t in doc)
    # ('Neither IM nor IV injection of the EVs improved X', 'a single dose of neither A nor B
    # resulted in ...': 'neither' parsed as a determiner or deeper in the subject denies it
    # all the same; not inside a clause of its own within the subject)
    return doc.user_data["neither"] and any(
        t.lower_ == "neither" and not _in_clause(t, subject)
        for node in (trigger, *trigger.ancestors)
        for subject in node.children
        if subject.dep_ in ("nsubj", "nsubjpass")
        for t in subject.subtree
    )


def _in_clause(token: Any, top: Any) -> bool:
    """Is the token inside a clause (a verb of its own) or a modifying phrase other than an
    'of' phrase below ``top``?"""
    node = token
    while node.i != top.i and node.head.i != node.i:
        if node.tag_.startswith("VB") and node.dep_ in ("relcl", "acl", "advcl", "ccomp"):
            return True
        if node.dep_ == "prep" and node.lower_ != "of":
            return True  # 'EVs from donors with neither A nor B': a modifier of the EVs
        node = node.head
    return False


def _purpose_of_hedged(trigger: Any) -> bool:
    """An infinitive whose governing clause is hedged states a prospect, not a result: 'EVs could
    be a promising vehicle to ameliorate X', 'may serve as a tool to reduce X'."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children):
        return False
    node = trigger
    for _ in range(6):
        if node.head.i == node.i:
            break
        node = node.head
        if any(c.dep_ == "aux" and c.lower_ in MODALS for c in node.children):
            # a hedged change governing it ('miR-X could diminish Y to promote Z') is read on
            # its own; a prospect ('could be a vehicle', 'may serve as a tool') hedges it
            return rules.polarity_of(node.text) is None
    return False


def ability_only(trigger: Any) -> bool:
    """Is an ability modal ('EVs could reduce X') the trigger's only hedge? In a report of what
    was observed it is the past of 'can', not a prospect (``reported_result``, a Results
    section); 'may', 'might', hedge adverbs and a prospect's purpose stay hedges."""
    _, hedged = trigger_scope(trigger)
    if not hedged:
        return False
    abilities = frozenset(cues.cue_literals("ability_modal"))
    _, other = trigger_scope(trigger, MODALS - abilities)
    return not other


def reported_result(trigger: Any) -> bool:
    """Is the trigger's clause what a past-tense report verb says was observed ('we found that
    EVs could reduce X', 'it was shown that …')? The first report verb governing it decides:
    a result verb in the past (``matrix_verb`` 'result') whose subject is this study
    (``own_report_subject``) yes; 'suggest', 'indicate', 'Smith et al. found' no."""
    found = _report_verb(trigger)
    if found is None:
        return False
    node, kind = found
    auxes = {c.lower_ for c in node.children if c.dep_ in ("aux", "auxpass")}
    past = node.tag_ == "VBD" or bool(auxes & {"was", "were"})
    return kind == "result" and past and not auxes & {"have", "has"} and _own(node)


def concluded(trigger: Any) -> bool:
    """Is the trigger's clause what this study's own report verb states, in any tense ('these
    findings indicate that EVs exert X', 'we conclude that ...'): the study's conclusion, not a
    general statement of what EVs do, nor what 'has' been confirmed before?"""
    found = _report_verb(trigger)
    if found is None:
        return False
    node = found[0]
    auxes = {c.lower_ for c in node.children if c.dep_ in ("aux", "auxpass")}
    return not auxes & {"have", "has"} and _own(node)


def _report_verb(trigger: Any) -> tuple[Any, str] | None:
    """The first report verb (``matrix_verb``) governing the trigger, with its kind."""
    node = trigger
    for _ in range(6):
        if node.head.i == node.i:
            break
        node = node.head
        if not node.tag_.startswith("VB"):
            continue
        kind = next((v for v, p in cues.cue_group("matrix_verb") if p.match(node.lower_)), None)
        if kind is not None:
            return node, kind
    return None


def _own(report: Any) -> bool:
    """Does a report verb report this study's observation ('we found', 'our results showed',
    'it was found'), not another's ('Smith et al. showed', 'they found': a review citing)?"""
    subjects = [c for c in report.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return True
    own = cues.cue("own_report_subject")
    return all(own.match(" ".join(t.text for t in s.subtree)) for s in subjects)


def sentence_hedged(sentence: str, outcome: DeepOutcome | None) -> bool:
    """Is a finding's evidence hedged: a hedge word in its sentence, less an ability modal read
    as a result ('we found that EVs could reduce X') or one a verb of its own clause follows
    ('the EVs could be taken up by the cells and promoted their growth': ``modal_lifted``); a
    keyword-window finding (no ``outcome``) also by a trend or a change called not significant
    (``sentence_unsure``)."""
    if outcome is not None and (outcome.ability or outcome.lifted):
        abilities = "|".join(cues.cue_literals("ability_modal"))
        sentence = re.sub(rf"\b(?:{abilities})\b", " ", sentence, flags=re.IGNORECASE)
    if outcome is not None and outcome.trigger_at > 0:
        # ('the EVs eased the disease, which promises a therapy'; 'X was reduced,
        # which may be caused by Y'): a comment after the stated change hedges itself only
        aside = cues.cue("trailing_aside").search(sentence, outcome.trigger_at)
        sentence = sentence[: aside.start()] if aside else sentence
    return bool(cues.cue("hedge").search(sentence)) or (
        outcome is None and sentence_unsure(sentence)
    )


def undone_sentence(sentence: str) -> bool:
    """An inhibitor, knock-down or co-treatment and a reversal verb: a loss-of-function result,
    which the keyword window cannot read the right way round."""
    if not cues.cue_found("inhibitor_agent", sentence):
        return False
    reversal = cues.cue("reversal_verb")
    return any(reversal.match(word) for word in re.findall(r"[a-z]+", sentence.casefold()))
