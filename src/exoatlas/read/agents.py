"""Who does a change: the agent of a trigger in the parse, as a kind (product | cargo |
reference | other | none). The product is the study's EVs (an EV word, an abbreviation the text
defines for them, MSCs or a treatment); cargo a miRNA or other RNA; a reference 'they' / 'these'.
Used by ``read.deep``."""

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
from exoatlas.read.cargo import symbol_like
from exoatlas.read.doctext import text_of
from exoatlas.read.given import (
    fronted_given,
    given_to_passive,
    other_group,
    phrase_words,
    subject_groups,
    treated_subject_verb,
    treated_with_product,
)
from exoatlas.read.groups import names_label
from exoatlas.read.phrases import is_value
from exoatlas.read.reading import current
from exoatlas.vocab import cues, rules


def misparsed_object(subject: Any) -> bool:
    """The small parser reads a list of verb phrases ('alleviated the damage, inhibited X') as
    a clause with its own subject: the 'subject' right after a trigger verb that has no object
    is that verb's object, and not the agent of the clause it was hung on."""
    clause = subject.head
    governor = clause.head
    if subject.dep_ != "nsubj" or clause.dep_ != "ccomp" or governor.i == clause.i:
        return False
    if not governor.tag_.startswith("VB") or rules.polarity_of(governor.text) is None:
        return False
    if any(c.dep_ in ("dobj", "nsubjpass") for c in governor.children):
        return False
    return bool(0 < subject.left_edge.i - governor.i <= 2)


def agent_of(trigger: Any, products: tuple[str, ...]) -> str:
    """What does the change: the subject of the trigger or of the verb governing it."""
    return agent_words(trigger, products)[0]


def agent_words(trigger: Any, products: tuple[str, ...]) -> tuple[str, Span]:
    """``agent_of`` with where the agent is named (kind, span; an empty span for none)."""
    kind, span = _agent_words(trigger, products)
    if kind == "cargo":
        kind, span = _carried_cargo(trigger, products) or (kind, span)
    if kind == "product" and _cells_against_vesicles(trigger, span, products):
        return "other", span
    if _model_made(trigger, products):
        return "other", span
    return kind, span


def _carried_cargo(trigger: Any, products: tuple[str, ...]) -> tuple[str, Span] | None:
    """'Exosomes carrying miR-125b protect against X' misparsed with the RNA as the subject of
    a clause the carrying verb governs: the vesicles that carry it are the agent."""
    node = trigger
    for _ in range(3):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.dep_ == "acl" and cues.cue_found("ev_loading", node.text):
            vesicles = node.head
            words = " ".join(t.text for t in vesicles.subtree if t.i < node.i)
            if agent_kind(words, products) == "product":
                return "product", span_of(vesicles.left_edge, trigger.doc[trigger.i - 1])
            return None
    return None


def _without_clauses(noun: Any) -> str:
    """A passive agent's words without a relative clause of change of their own ('by OGD, which
    was suppressed by the EVs': OGD did it, not the EVs); a carrier's clause stays ('by a glue
    containing the EVs', 'by the hydrogel that contained the EVs')."""
    clauses = [c for c in noun.children if c.dep_ == "relcl" and rules.polarity_of(c.text)]
    inside = {t.i for c in clauses for t in c.subtree}
    return " ".join(t.text for t in noun.subtree if t.i not in inside)


def _model_made(trigger: Any, products: tuple[str, ...]) -> bool:
    """Is the trigger a passive verb of making a model ('Colitis was induced with DSS and the
    mice were treated with EVs', ``cues.tsv`` 'model_induction_verb') whose own 'by', 'with',
    'using' or 'through' phrase names what made it, not the product? How the disease was
    made, not what the EVs did ('apoptosis was induced by the EVs' is theirs)."""
    if not cues.cue("model_induction_verb").match(trigger.lower_):
        return False
    if not any(c.dep_ in ("auxpass", "nsubjpass") for c in trigger.children):
        return False
    # what made it, named: 'by CCl4', 'with DSS', 'using bleomycin' (else the passive may be
    # the EVs' own: 'angiogenesis was induced after EV treatment')
    phrases = [c for c in trigger.children if c.dep_ in ("agent", "prep")]
    # ('induced in mice by CCl4': the 'by' phrase hung on the animals)
    phrases += [
        p
        for c in phrases
        if c.lower_ == "in"
        for g in c.children
        if g.dep_ == "pobj"
        for p in g.children
        if p.dep_ == "prep"
    ]
    makers = [
        g
        for c in phrases
        if c.dep_ == "agent" or c.lower_ in ("by", "with", "using", "through")
        for g in c.children
        if g.dep_ == "pobj"
    ]
    if makers:
        return not any(agent_kind(_without_clauses(g), products) == "product" for g in makers)
    # or its subject names the maker ('Ligature-induced periodontitis was induced'), or the
    # animals it was made in with no maker at all ('Periodontitis was induced in the rats')
    subjects = [c for c in trigger.children if c.dep_ == "nsubjpass"]
    subject = " ".join(trigger.doc[c.left_edge.i : c.right_edge.i + 1].text for c in subjects)
    animals = [
        g.text
        for c in phrases
        if c.lower_ == "in"
        for g in c.children
        if g.dep_ == "pobj" and cues.cue_found("model_animals", g.text)
    ]
    return cues.cue_found("model_maker_in_subject", subject) or bool(
        animals and _a_disease(subject)
    )


def _a_disease(text: str) -> bool:
    """Does the text name a disease (a model made), not a process ('angiogenesis was induced in
    mice after EV treatment' is the EVs' own)?"""
    from exoatlas.ground import ground_mention

    disease = ground_mention(text, "disease").best if text else None
    return disease is not None and rules.is_recipient_disease(disease)


def _cells_against_vesicles(trigger: Any, span: Span, products: tuple[str, ...]) -> bool:
    """Is a product agent the MSCs themselves, set against their vesicles in the same sentence
    ('Transplantation of MSCs reduced fibrosis, whereas the exosomes had no effect', 'MSCs were
    more effective than their EVs')? The agent names MSCs but no vesicles, and a contrast or
    comparison word (``cues.tsv`` 'contrast_mark', 'comparator_word') after the agent comes
    before vesicles named after it. MSCs named alone stay the product ('MSCs lowered X via
    their EVs')."""
    sentence = trigger.sent
    start, end = span
    if end <= start:
        return False
    agent = text_of(sentence.doc)[start:end]
    if not cues.cue_found("msc", agent) or agent_kind(agent, ()) != "product":
        return False
    if cues.cue_found("ev", agent) or any(p in agent for p in products):
        return False
    after = text_of(sentence.doc)[end : end + 12]
    if after.startswith("-") and cues.cue_found("ev", after.split(" ")[0]):
        return False  # 'thMSC-EVs' split by the tokenizer: the vesicles after all
    against = set(cues.cue_literals("contrast_mark")) | set(cues.cue_literals("comparator_word"))
    seen_against = False
    for token in sentence:
        if token.idx < end:
            continue  # what is set against the cells comes after them
        if token.lower_ in against:
            seen_against = True
        elif seen_against and cues.cue_found("ev", token.text):
            return True
    return False


def _agent_words(trigger: Any, products: tuple[str, ...]) -> tuple[str, Span]:
    if trigger.dep_ == "amod":
        # a sentence misparsed as one noun phrase: the product is a modifier before the trigger
        before = [c for c in trigger.head.lefts if c.i < trigger.i and c.dep_ != "det"]
        before += [c for c in trigger.lefts if c.dep_ != "det"]
        # or a sibling of the noun it was hung on ('we found that EVs ..., increased X')
        before += [
            c
            for c in trigger.head.head.children
            if c.right_edge.i < trigger.i and c.dep_ in ("dobj", "nsubj", "nsubjpass")
        ]
        text = " ".join(t.text for c in before for t in c.subtree)
        if text and agent_kind(text, products) == "product":
            first = min(before, key=lambda c: c.left_edge.i).left_edge
            last = max(before, key=lambda c: c.right_edge.i).right_edge
            return "product", span_of(first, last)
    if trigger.tag_.startswith("NN"):
        named = product_modifier(trigger, products)
        if named is not None:
            return "product", subtree_span(named)  # 'exosome-mediated protection'
    found = _clause_agent(trigger, products)
    if found[0] == "none":
        found = observed_in(trigger, products) or found
    if found[0] in ("none", "other") and trigger.tag_.startswith("NN"):
        # a noun's own phrase may name what the recipient was given ('an increase in neurite
        # length in neurons treated with the EVs'); a verb's subject is its agent
        given = treated_with_product(trigger, products)
        return ("product", given) if given is not None else found
    return found


def product_modifier(noun: Any, products: tuple[str, ...]) -> Any:
    """The modifier of a noun that names the EVs as what brings it about ('exosome-mediated
    protection', 'MSC exosome-mediated cytoprotection', 'EV-induced neuroprotection'), or
    None."""
    for c in noun.lefts:
        if c.dep_ in ("amod", "compound", "nmod") and agent_kind(subtree_text(c), products) == (
            "product"
        ):
            return c
    return None


def observed_in(trigger: Any, products: tuple[str, ...]) -> tuple[str, Span] | None:
    """'A reduction in X was observed in the EV group', 'reduced fibrosis was seen in rats given
    the EVs': a change named as the subject of a passive of observation (``cues.tsv``
    'observation_passive') is said of the group the verb's first 'in' (or 'after') phrase
    names: the EVs' (``product``), or a comparison group's ('was seen in the model group':
    ``other``). None when no such phrase names either (a comparator never: 'than in ...')."""
    subject = trigger.head if trigger.dep_ == "amod" else trigger
    if subject.dep_ != "nsubjpass" or not cues.cue("observation_passive").match(
        subject.head.lower_
    ):
        return None
    verb = subject.head
    # the verb's own phrases after it, then the subject's group ('an improvement of X in the
    # EV group was observed')
    own = [p for p in verb.children if p.dep_ == "prep" and p.i > verb.i]
    for phrase in own or subject_groups(verb):
        if phrase.lower_ in cues.cue_literals("comparator_word"):
            return None
        if phrase.lower_ not in ("in", "among", "after", "following"):
            continue
        text = phrase_words(phrase)
        kind = agent_kind(text, products)
        if kind == "product":
            return "product", subtree_span(phrase)
        heads = [g for g in phrase.children if g.dep_ == "pobj"]
        if kind == "other" and (
            (heads and heads[0].lower_ in cues.cue_literals("comparison_group_noun"))
            or cues.cue_found("comparison_group", text)
            or names_label(text, current().other_labels)
        ):
            return "other", subtree_span(phrase)
        return None
    return None


def _raises(verb: Any, trigger: Any) -> bool:
    """Is the verb a report verb whose 'to' clause holds the trigger ('was found to lower')?"""
    return bool(cues.cue("report_verb").match(verb.lower_)) and any(
        c.dep_ == "xcomp" and c.left_edge.i <= trigger.i <= c.right_edge.i for c in verb.children
    )


def _bare(subject: Any, products: tuple[str, ...]) -> bool:
    """A raised subject that can only be the study's EVs: it names them, or is the bare
    treatment ('the treatment', not 'cisplatin treatment')."""
    text = subtree_text(subject)
    if agent_kind(text, products) == "product" and cues.cue_found("ev", text):
        return True
    words = [t.lower_ for t in subject.subtree if t.dep_ != "det"]
    return words in (["treatment"], ["therapy"], ["administration"])


def _clause_agent(trigger: Any, products: tuple[str, ...]) -> tuple[str, Span]:
    """The subject (or passive agent) of the trigger or of a verb governing it, and its span."""
    given = given_to_passive(trigger, products)
    if given is not None:
        return "product", given
    group = other_group(trigger, products)
    if group is not None:
        return "other", group
    node = trigger
    hops = 0
    conjoined = False  # reached through a conjunct ('which was complete, and reduced X')
    while hops < 4:
        if node.i != trigger.i and node.tag_.startswith("VB"):
            # 'When the cells were given the EVs, X fell through the induction of Y'
            opening = fronted_given(node, products) or treated_subject_verb(node, products)
            if opening is not None:
                return "product", opening
        subjects = [c for c in node.children if c.dep_ in SUBJECT_DEPS]
        # a noun made a compound of a verb is its subject misparsed ('cord MSC-derived exosomes
        # transfer X': 'cord' the subject, 'exosomes' a compound of 'transfer'), or a modifier
        # of it ('Exosome-transmitted LINC00461 promotes X', the RNA's name tagged an adjective)
        subjects += [
            c for c in node.lefts if c.dep_ in ("compound", "amod") and node.tag_.startswith("VB")
        ]
        if not subjects and node.tag_.startswith("VB"):
            # an RNA's name misparsed as an adverb: 'miR-375 from BMSC exosomes suppressed X'
            subjects = [
                c
                for c in node.lefts
                if c.dep_ == "advmod"
                and agent_kind(subtree_text(c), products) in ("product", "cargo")
            ]
        # a passive agent holding the trigger is what was seen, not who did it: 'the benefit,
        # evidenced by reduced apoptosis', 'as indicated by increased viability'
        agents = [
            g
            for c in node.children
            if c.dep_ == "agent" and not c.left_edge.i <= trigger.i <= c.right_edge.i
            for g in c.children
            if g.dep_ == "pobj" and not is_value(g)  # (not 'by approximately 30%', 'by half')
        ]
        # the passive subject is the object; of two subjects (a misparse: 'umbilical cord'
        # and 'MSC-derived exosomes' both hung on the verb) the product is the agent
        subjects = [c for c in subjects if not misparsed_object(c)]
        described = _what_the_noun_does(node, subjects, products)
        if described is not None:
            return "other", described
        if _which_of_a_clause(node, subjects):
            # 'Cardiomyocytes rarely divide, which limits regeneration': 'which' stands for the
            # clause before, whose subject is the agent (not a reference to the EVs)
            node, hops = node.head, hops + 1
            continue
        antecedent = _antecedent(node, subjects)
        if antecedent is not None:
            return "other", antecedent
        clause = None if conjoined or agents else _clause_of_relative(node, subjects, products)
        if clause is not None and not clause.tag_.startswith("VB"):
            return "other", subtree_span(clause)  # (the verbless case: the noun is the agent)
        if clause is not None:
            node, hops = clause, hops + 1
            continue
        if _expletive_report(node, trigger):
            # 'It showed that X rose': the report's expletive 'it' is no reference to the EVs
            subjects = [c for c in subjects if c.lower_ != "it"]
        if cues.cue("report_verb").match(node.lower_):
            # 'we found that EVs ... and decreased X' misparsed: what was found is the agent
            subjects += [
                c for c in node.children if c.dep_ == "dobj" and c.right_edge.i < trigger.i
            ]
        if _observers(node, trigger, subjects):
            subjects = []  # 'we noted a suppression of X': the observers are no agent of it
        # 'the treatment was found to lower X': a raising verb's subject is the lowering's
        raising = node.i != trigger.i and _raises(node, trigger)
        named = [
            (agent_kind(_without_clauses(candidate), products), subtree_span(candidate))
            for candidate in agents
        ] + [
            (agent_kind(subtree_text(candidate), products), span)
            for candidate in subjects
            if candidate.dep_ != "nsubjpass" or agents or (raising and _bare(candidate, products))
            for span in [subtree_span(candidate)]
        ]
        named += _one_written_word(subjects, products)
        if named:
            return next((n for n in named if n[0] == "product"), named[0])
        root = verbless_root(node)
        if root is not None:
            span = span_of(root.left_edge, node.doc[node.i - 1])
            return agent_kind(node.doc[root.left_edge.i : node.i].text, products), span
        if node.dep_ in ("relcl", "acl") and node.head.i != node.i:
            if node.head.lower_ not in cues.cue_literals("capacity_noun"):
                return agent_kind(node.head.text, products), span_of(node.head, node.head)
            # 'EVs showed a superior ability to mitigate X': whoever has the ability does it
            node, hops = node.head, hops + 1
            continue
        if node.head.i == node.i:
            break
        # coordinated verbs share the first one's subject, however long the list ('X raised A,
        # lowered B, ..., and increased F'): a conjunct's step to its head is no step out
        hops += node.dep_ != "conj" or not node.head.tag_.startswith("VB")
        conjoined = conjoined or node.dep_ == "conj"
        node = node.head
    return "none", (0, 0)


def _observers(node: Any, trigger: Any, subjects: list[Any]) -> bool:
    """Are the subjects the ones who observed the change the node's object (or 'that' clause)
    names ('We noted a significant suppression of apoptosis', 'we observed reduced fibrosis';
    ``cues.tsv`` 'observation_passive' said actively, 'report_subject'), or the result or assay
    that showed it ('Western blotting showed decreased X', 'result_report_verb',
    'result_source_subject')? Then the change has no agent named here: the study's own, as its
    passive ('a suppression of X was noted') has."""
    if node.i == trigger.i or not subjects:
        return False
    observed = cues.cue("observation_passive").match(node.lower_)
    reported = cues.cue("result_report_verb").match(node.lower_)
    if not (observed or reported):
        return False
    held = [
        c
        for c in node.children
        if (c.dep_ == "dobj" and c.left_edge.i <= trigger.i)
        or (c.dep_ == "ccomp" and c.left_edge.i <= trigger.i <= c.right_edge.i)
    ]
    # ('we noted ...'; a result or an assay that showed it: 'Western blotting showed ...')
    return bool(held) and all(
        cues.cue("report_subject").match(s.lower_)
        or (reported and cues.cue_found("result_source_subject", subtree_text(s)))
        for s in subjects
    )


def _expletive_report(node: Any, trigger: Any) -> bool:
    """Does the trigger sit in a 'that' clause the node governs ('It showed that X rose', 'it
    was found that ...'), so an 'it' subject of the node is the expletive, not the EVs?"""
    return any(
        c.dep_ == "ccomp" and c.left_edge.i <= trigger.i <= c.right_edge.i for c in node.children
    )


def _clause_of_relative(node: Any, subjects: list[Any], products: tuple[str, ...]) -> Any:
    """The verb of the clause a relative clause's 'which' stands for, when the noun it hangs on
    is not the EVs: 'the bacteria drew in neutrophils, which resulted in inflammation' says what
    the clause's subject (the bacteria) led to, 'the EVs reduced apoptosis of Schwann cells, which
    improved conduction' (or 'which was associated with less X') what the EVs did; 'the EVs,
    which lowered X' is the EVs' own; the noun itself when no verb governs it and the clause is
    in the present tense. None when the clause is not such a relative clause."""
    if len(subjects) != 1 or subjects[0].tag_ != "WDT":
        return None
    if subjects[0].dep_ != "nsubj" and not cues.cue("cooccurrence_passive").match(node.lower_):
        return None  # ('apoptosis, which was attenuated by the EVs': the pronoun is what changed)
    if any(c.dep_ == "neg" for c in node.children):
        return None  # ('..., which was not associated with X'): no result to take over
    if node.dep_ != "relcl":
        return None
    noun = node.head
    if noun.i == node.i or not noun.tag_.startswith("NN"):
        return None
    if agent_kind(noun.doc[noun.left_edge.i : noun.i + 1].text, products) != "other":
        return None
    verb = noun.head
    while not verb.tag_.startswith("VB") and verb.head.i != verb.i:
        verb = verb.head
    if verb.tag_.startswith("VB") and verb.i != noun.i:
        return verb
    # no verb above the noun (a background sentence whose verb the tagger made a noun:
    # 'synoviocytes show invasion and apoptosis resistance, which cause joint damage'): a
    # present tense says what that noun does, not the EVs a bare 'which' would be taken for
    return noun if node.tag_ in ("VBZ", "VBP") else None


def _what_the_noun_does(node: Any, subjects: list[Any], products: tuple[str, ...]) -> Span | None:
    """Where the noun a present-tense relative clause hangs on is named, when the clause's subject
    is its relative pronoun and the noun is a molecule written as a symbol (capitals or digits),
    neither the EVs nor their cargo: 'the EVs reduced TNF-alpha, which promotes apoptosis' says
    what TNF-alpha does in general, not that the EVs raised apoptosis (a past tense, 'which
    improved conduction', is what followed the change; so is a process or an injury, unless the
    EVs lowered it and the clause raises something: 'reduced oxidative stress, which causes
    apoptosis'). The parse may hang the clause on the verb instead ('reduced IL-17, which
    promotes X'): then the symbol just before the comma is the noun."""
    if node.tag_ not in ("VBZ", "VBP") or node.head.i == node.i:
        return None
    if len(subjects) != 1 or subjects[0].tag_ != "WDT" or subjects[0].dep_ != "nsubj":
        return None
    noun = _described_noun(node, subjects[0])
    if noun is None:
        return None
    words = noun.doc[noun.left_edge.i : noun.i + 1]
    raising = rules.polarity_of(node.text) or rules.verb_polarity_of(node.text, node.tag_)
    if node.dep_ == "relcl" and _lowered(noun) and raising == "increase":
        # ('the EVs reduced oxidative stress, which causes apoptosis': what the lowered harm
        # does in general, not a change the EVs made)
        return span_of(words[0], words[-1])
    if not (noun.tag_.startswith("NN") or noun.tag_ == "CD"):
        return None  # ('IL-17' may be tagged a number)
    if not any(symbol_like(w.text) for w in words):
        return None  # ('EVs attenuate injury, which reduces apoptosis': what the change led to)
    if agent_kind(words.text, products) != "other":
        return None
    return span_of(words[0], words[-1])


def _described_noun(node: Any, pronoun: Any) -> Any:
    """The noun a 'which' / 'that' clause describes: its head, or, when the parse hung the
    clause on the verb before it, that verb's object just before the pronoun (and its comma)."""
    if node.dep_ == "relcl":
        return node.head
    if node.dep_ != "advcl" or pronoun.i < 2:
        return None
    before = pronoun.doc[pronoun.i - 1]
    if before.text == ",":
        before = pronoun.doc[before.i - 1]
    return before if before.dep_ == "dobj" and before.head.i == node.head.i else None


def _lowered(noun: Any) -> bool:
    """Is the noun what a lowering verb lowered, itself or through 'of' ('reduced the level of
    IL-17')?"""
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.i != noun.i:
        noun = noun.head.head
    return noun.dep_ == "dobj" and rules.polarity_of(noun.head.text) == "decrease"


def _which_of_a_clause(node: Any, subjects: list[Any]) -> bool:
    """Is the clause's only subject a 'which' that stands for the clause it hangs on (', which
    limits X' after a verb, or after a verb the tagger made a noun with a subject of its own:
    'fibroblasts exhibit growth, which drives X'), not for a noun ('the EVs, which reduced X')?"""
    return (
        len(subjects) == 1
        and subjects[0].lower_ == "which"
        and node.dep_ in ("advcl", "relcl", "ccomp", "conj")
        and node.head.i != node.i
        and (
            node.head.tag_.startswith("VB")
            or (node.dep_ == "advcl" and any(c.dep_ == "nsubj" for c in node.head.children))
        )
    )


def _antecedent(node: Any, subjects: list[Any]) -> Span | None:
    """Where a disease a relative clause hangs on is named, when the clause's subject is its
    relative pronoun ('a complication of diabetes, which raises mortality'): the disease does
    what the clause says, not the EVs a bare 'which' would be taken for (None otherwise)."""
    if node.dep_ != "relcl" or node.head.i == node.i or not node.head.tag_.startswith("NN"):
        return None
    pronoun = next((s for s in subjects if s.tag_ == "WDT"), None)
    if pronoun is None or pronoun.i <= node.head.left_edge.i:
        return None
    governor = node.head
    while governor.dep_ in ("pobj", "prep", "dobj", "conj") and governor.head.i != governor.i:
        governor = governor.head
    if rules.polarity_of(governor.text) is not None:
        return None  # 'the EVs reduced apoptosis of X, which improved Y': the change led on
    last = node.doc[pronoun.i - 1]
    while last.i > node.head.left_edge.i and not last.text[:1].isalnum():
        last = node.doc[last.i - 1]  # the comma before 'which'
    span = span_of(node.head.left_edge, last)
    if agent_kind(text_of(node.doc)[span[0] : span[1]], ()) != "other":
        return None
    nouns = list(node.doc[node.head.left_edge.i : last.i + 1])
    if node.head.dep_ == "attr":  # 'Sepsis is a syndrome that raises mortality'
        subject = [t for c in node.head.head.children if c.dep_ == "nsubj" for t in c.subtree]
        if subject and agent_kind(" ".join(t.text for t in subject), ()) == "other":
            return span  # 'TGF-β1 is a cytokine that promotes fibrosis': a definition of X
        nouns += subject
    return span if any(_a_disease(_noun_words(n)) for n in nouns if n.tag_[:2] == "NN") else None


def _noun_words(noun: Any) -> str:
    """A noun with the modifiers before it ('diabetic peripheral neuropathy')."""
    first = min((c.i for c in noun.lefts if c.dep_ in ("compound", "amod")), default=noun.i)
    return str(noun.doc[first : noun.i + 1].text)


def _one_written_word(subjects: list[Any], products: tuple[str, ...]) -> list[tuple[str, Span]]:
    """Subjects that are pieces of one written word the tokenizer split at its hyphens
    ('3D-GS-HMExos' read as the subjects '3D', 'GS' and 'HMExos'): that word as one more
    candidate, asked whole (none when the subjects are apart in the text)."""
    if len(subjects) < 2 or any(c.dep_ == "nsubjpass" for c in subjects):
        return []
    doc = subjects[0].doc
    first = min(c.left_edge.i for c in subjects)
    last = max(c.right_edge.i for c in subjects)
    word = doc[first : last + 1]
    if any(t.whitespace_ for t in word[:-1]):
        return []
    return [(agent_kind(word.text, products), span_of(word[0], word[-1]))]


def verbless_root(trigger: Any) -> Any | None:
    """'Microvesicles released from MSCs protected against X': the small parser reads the past
    tense as a participle of 'MSCs' and leaves the sentence without a verb. Then the trigger is
    the sentence's verb and the noun phrase it ends (the root noun) its subject."""
    if trigger.dep_ != "acl" or trigger.tag_ not in ("VBN", "VBD"):
        return None
    if any(c.dep_ == "agent" for c in trigger.children):
        return None  # a true passive: 'fibrosis attenuated by the exosomes
    root = trigger.sent.root
    if not root.tag_.startswith("NN") or root.i >= trigger.i:
        return None
    if any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") and t.i != trigger.i for t in trigger.sent):
        return None  # a finite verb elsewhere: the participle may be one
    return root
