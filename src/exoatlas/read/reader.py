"""Documents -> findings: the sentence reader.

Per sentence: mentions (MSC source, EV type, cargo, recipient, targets, pathways); the changes it
states, from the dependency parse (``read.deep``) or, when the parse finds none, from the keyword
window (``read.outcome``); the role from the rule tables (``vocab.rules``: valence x direction x
disease context); model cues; negation and hedging; citation markers resolved against the
document's reference list. The MSC source, EV type and disease carry over from earlier sentences
of the same section when a sentence does not repeat them ("These exosomes also ..."). Every
evidence's confidence is its pattern family's measured rate (``extractor_confidence.tsv``). An
abstract's findings pass the learned scorer last (``read.finding_score``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace
from functools import partial
from typing import Any

from exoatlas.ingest.references import citation_numbers
from exoatlas.ingest.text import TextDocument
from exoatlas.model import Entity, Evidence, Finding, Outcome, Recipient, Record
from exoatlas.read.abstract_settle import settle_abstract, titled_tumour, tumour_section
from exoatlas.read.agent_kind import antecedent_elsewhere, names_only_foreign
from exoatlas.read.agentless import agentless_results, another_arm_given
from exoatlas.read.ahead import (
    background,
    is_notice,
    is_review,
    own_account_start,
    parse_ahead,
    products_of,
)
from exoatlas.read.arms import anaphor_of_arm
from exoatlas.read.cargo import carried_genes
from exoatlas.read.company import by_company
from exoatlas.read.consolidate import state_no_change
from exoatlas.read.context import SectionContext, sentence_slots
from exoatlas.read.deep import read_parsed
from exoatlas.read.deep_outcome import DeepOutcome
from exoatlas.read.defined import defined_sources
from exoatlas.read.effectors import effector_abbreviations, study_effectors
from exoatlas.read.finding_score import keep_likely, sentence_parts
from exoatlas.read.given import stimulus_purpose, vesicles_clause_after
from exoatlas.read.groups import (
    model_group_clause,
    names_other_group,
    other_arms,
    other_group_before,
)
from exoatlas.read.locate import section_sentences, sentence_locator
from exoatlas.read.mentions import Mention, find_mentions
from exoatlas.read.model_made import made_passive
from exoatlas.read.msc_vesicles import msc_product_in, source_mentions
from exoatlas.read.opposite import (
    product_clause,
    reversed_back,
    reversed_by_product,
)
from exoatlas.read.outcome import parse_outcomes
from exoatlas.read.preparations import DocumentPreparations, Preparation
from exoatlas.read.properties import FAMILY as PROPERTY_FAMILY
from exoatlas.read.properties import Statement, finding_of, is_neutral, read_statements
from exoatlas.read.reading import Reading, current, reading
from exoatlas.read.repair import joined_causes, title_cased
from exoatlas.read.reparse import held_reading, reparsed
from exoatlas.read.review_topic import cut_short, review_topic, tumour_aimed, tumour_promoted
from exoatlas.read.rnanames import acted_on, carried_rnas
from exoatlas.read.role_of import finding_role, harm
from exoatlas.read.scope import sentence_hedged, undone_sentence
from exoatlas.read.spelled import defined_terms
from exoatlas.read.statement import (
    about_cells_alone,
    about_other_vesicles,
    foreign_abbreviations,
    free_cargo_alone,
    msc_given_alone,
    others_acting_on_mscs,
    spelled_foreign,
)
from exoatlas.read.targets import directed, target_direction, targets_of
from exoatlas.read.triage import about_msc_ev, other_compared_arms
from exoatlas.read.where import Where
from exoatlas.read.window_gate import vesicles_in_play, window_allowed
from exoatlas.vocab import cues, rules

EXTRACTOR = "reader:sentence/0.2"
WINDOW_FAMILY = "window"
UNNAMED_FAMILY = "deep:unnamed"


ReadRecord = Record  # the one (finding, evidence) type, exoatlas.model.Record


def read_document(
    document: TextDocument,
    *,
    force: bool = False,
    deep: bool = True,
    parsed: Mapping[str, Any] | None = None,
    scored: bool = True,
) -> Iterator[ReadRecord]:
    """Findings of one document (nothing for a document not about MSC-EVs unless ``force``;
    nothing for a MEDLINE record not about MSC-EVs even then: relevance needs MSC-derived
    vesicles as the agent, and an irrelevant record yields no findings).

    ``deep``: parse the sentences that hold a trigger word (``read.deep``); without it, the
    keyword window alone (fast, for batch triage measurements). ``parsed``: those sentences
    already parsed (``parse_ahead`` of documents including this one). ``scored``: drop the
    findings of an abstract the learned scorer finds unlikely (``read.finding_score``)."""
    if document.kind == "medline" and is_notice(document):
        return  # ('Retraction Note: ...', 'Correction to: ...': no effect of its own)
    document = title_cased(document)  # ('MSC EXOSOMES ALLEVIATE ...' read as written so)
    if (not force or document.kind == "medline") and not about_msc_ev(document):
        return  # an abstract that names no MSC-derived vesicles yields no findings, forced or not
    window = not deep or document.kind != "medline"
    every = " ".join(s for section in document.sections for s in section_sentences(section))
    terms = defined_terms(every)  # 'OA' read as the 'osteoarthritis (OA)' it defined
    abstract = document.kind == "medline"
    # 'S-EVs' for serum EVs, 'fEVs' for 'those from dermal fibroblasts': another's vesicles
    foreign = (*foreign_abbreviations(every), *other_compared_arms(every)) if abstract else ()
    review = abstract and is_review(document)  # (what its EVs 'offer' is its content)
    # ('Group II: the toxin alone': its results are not the EVs')
    others, baseline, alone = other_arms(every, products_of(document)) if abstract else ((),) * 3
    state = Reading(  # (``read.reading``)
        terms, foreign, review, other_labels=others, baseline_labels=baseline, stimulus_labels=alone
    )
    with reading(state):
        records = list(_read(document, deep, window=window, parsed=parsed))
    if deep and document.kind == "medline" and all(is_neutral(r) for r in records):
        # an abstract whose every claim the parse missed still says what it is about (what it
        # states of the EVs themselves, ``read.properties``, is no claim of an effect)
        # (a change with no direction is no guess worth keeping: 'cells formed more metastases'
        # read without knowing whose vesicles or which way)
        with reading(state):
            guessed = [
                r
                for r in _read(document, False, window=True)
                if not is_neutral(r) and r.finding.outcome.direction != "unknown"
            ]
        records = [*guessed, *records]  # the parse is done: no re-parse
    # (an effect of the EVs the abstract denies: no topic is read over it)
    denied = any(r.evidence.negated and r.finding.msc_source for r in records)
    if document.kind == "medline":
        records = settle_abstract(records, document, UNNAMED_FAMILY)
    if scored and document.kind == "medline":
        # trained on abstracts only: on whole papers (the seed reviews) it dropped good findings;
        # trained on effects: a neutral finding (``read.properties``) is no example of one
        effects = keep_likely([r for r in records if not is_neutral(r)], document)
        records = [r for r in records if is_neutral(r) or r in effects]
    if (
        deep
        and (review or cut_short(document))
        and not denied
        and not any(r.finding.msc_source for r in records)
    ):
        # a review that states no effect as established is still about MSC-EVs: what its title
        # sets them beside, hedged (``read.review_topic``); so is a study whose abstract, as the
        # source kept it, says no more than its title's aim ('Therapeutic effects of MSC-EVs in
        # experimental silicosis' over a cut-short abstract)
        records = [*_topic(document, state), *records]
    yield from state_no_change(records, ReadRecord)


def _topic(document: TextDocument, state: Reading) -> list[ReadRecord]:
    """A review's topic, hedged (``read.review_topic``); none when its abstract is about a
    tumour, where a review may weigh the vesicles either way, unless its title aims them at the
    tumour (``tumour_aimed``) or, a review's, sets them in its course (``tumour_promoted``)."""
    title = document.title or ""
    aim = tumour_aimed(title)  # (an anti-tumour aim; a review's may set them in its course)
    promoted = state.review and tumour_promoted(title)
    if not (aim or promoted) and tumour_section(
        title, [p for s in document.sections for p in s.paragraphs]
    ):
        return []
    with reading(replace(state, topic=True, tumour_aim=aim, tumour_promoted=promoted)):
        topics = [
            Record(r.finding, r.evidence.model_copy(update={"hedged": True}))
            for r in _read(document, False, window=False)
        ]
    return settle_abstract(topics, document, UNNAMED_FAMILY)


def _read(
    document: TextDocument,
    deep: bool,
    *,
    window: bool,
    parsed: Mapping[str, Any] | None = None,
) -> Iterator[ReadRecord]:
    references = {r.number for r in document.references}
    paragraphs = [p for section in document.sections for p in section.paragraphs]
    products = products_of(document)
    preparations = DocumentPreparations(" ".join([document.title or "", *paragraphs]))
    abstract = document.kind == "medline"
    whole_model = cues.model_of(" ".join(paragraphs)) if abstract else "unknown"
    others = abstract and others_acting_on_mscs(document.title or "", products)
    review = abstract and is_review(document)
    # the MSC sources any of its sentences names: a sentence is searched for those only
    every = " ".join(s for section in document.sections for s in section_sentences(section))
    defined = defined_sources(every)  # its own abbreviations' sources ('haMSC' as adipose)
    sources = frozenset(label for label, _ in source_mentions(every, None, defined))
    effectors = effector_abbreviations(every)  # 'hepatic stellate cells (HSCs)'
    foreign = tuple(foreign_abbreviations(every).items()) if abstract else ()
    effectors += study_effectors(document.title or "", every)  # fibroblasts in fibrosis
    by_text: Mapping[str, Any] = {}
    if deep:  # the sentences with a trigger word, not background (maybe other documents')
        by_text = parse_ahead([document]) if parsed is None else parsed
    for section in document.sections:
        sentences = section_sentences(section)
        parses = {i: by_text[s] for i, s in enumerate(sentences) if s in by_text}
        tumour = tumour_section(section.title, section.paragraphs) or bool(
            abstract and document.title and titled_tumour(document.title)
        )
        if abstract and section.title == "Title" and not tumour:
            # a title's tumour is its abstract's ('Exosomes from BM-MSCs increase the population
            # of CSCs' above an abstract about colon cancer)
            tumour = tumour_section("", [p for s in document.sections[1:] for p in s.paragraphs])
        context = SectionContext(sources, defined)
        # a sentence naming no model is of the experiment the section last named ('In vivo,
        # EVs reduced X. They also ...'); a title names its own or none
        carried = "unknown" if section.title == "Title" else whole_model
        opening = own_account_start(sentences) if abstract and not review else 0  # (a review's
        # 'EVs can X' before 'In this review, we' is the established effect it reviews)
        parts = sentence_parts(sentences, section.title)  # 'RESULTS: ...' labels inside it
        for index, sentence in enumerate(sentences, start=1):
            if index < opening and cues.cue_found("capability_modal", sentence):
                context.add(sentence)  # what the EVs can do, before the study's own account
                continue
            place = (document.id, section.title, index, tumour, carried, window, abstract)
            where = Where(*place, others, effectors, review, parts[index - 1], foreign)
            found = list(
                _read_sentence(
                    where,
                    sentence,
                    context,
                    references,
                    parses.get(index - 1),
                    (products, preparations),
                )
            )
            context.ev_result = context.ev_result or any(not is_neutral(r) for r in found)
            if (
                abstract
                # (or, before the study's own account opens, a passive past tense of giving:
                # 'Mice were injected with MSC-EVs. We found ...')
                and (index >= opening or cues.cue_found("vesicles_given_past", sentence))
                and cues.cue_found("vesicles_given", sentence)
            ):
                # the last thing given is what the agentless results after it are of: not the
                # EVs when it was something else ('mice then received the parent MSCs', 'an
                # antagonist') or the EVs' vehicle ('exosome-depleted medium')
                context.ev_given = (
                    msc_product_in(sentence, products)
                    and not cues.cue_found("altered_product_arm", sentence)
                    and not another_arm_given(sentence, products)  # ('... or dexamethasone')
                )
            yield from found
            own = cues.model_of(sentence) if abstract else "unknown"
            if own != "unknown" and section.title != "Title":
                carried = own


def _read_sentence(
    where: Where,
    sentence: str,
    context: SectionContext,
    references: set[int],
    parsed: Any,
    named: tuple[tuple[str, ...], DocumentPreparations],
) -> Iterable[ReadRecord]:
    products, preparations = named
    topic = current().topic  # (its title, or the sentence saying what it reviews)
    if (
        topic
        and where.section != "Title"
        and not cues.cue_found("review_record", sentence)
        and not cues.cue_found("review_use_claim", sentence)  # 'are used to treat X'
        and not cues.cue_found("review_discussed", sentence)  # 'We also discussed MSC-EVs ...'
    ):
        return []
    last = context.last_sentence(parsed)
    # (a title states the study's own claim: 'X plays a role in MSC exosomes protecting ...')
    titled = where.section == "Title"
    if (
        where.abstract
        and not topic
        and not titled
        and (
            background(sentence, products, review=where.review)
            # (a structured abstract's 'Background:' part: what is known, not this study's,
            # unless it says what this study found: 'Here we found that ...')
            or (
                where.part == "background"
                and not where.review
                and not cues.cue_found("own_result_report", sentence)
            )
        )
    ):
        context.add(sentence)
        return []
    tumour = where.tumour or cues.tumour_study_words(sentence) > 0  # (or its cell lines)
    read = partial(read_parsed, tumour=tumour, effectors=where.effectors)
    parsed_outcomes = read(parsed, products) if parsed is not None else []
    if topic:  # (a tumour the abstract is about: the review may weigh the EVs either way)
        uses = cues.cue_found("review_use_claim", sentence)
        aim, promoted = current().tumour_aim, current().tumour_promoted
        parsed_outcomes = (
            []
            if where.tumour and not (aim or promoted)
            else review_topic(sentence, products, uses, aim, promoted)
        )
    usable = any(o.agent != "other" and not o.undone for o in parsed_outcomes)
    again = None if parsed is None else reparsed(sentence, products, parsed if usable else None)
    first = parsed
    if again is not None:  # 'MSC-EVs counteract X' misparsed as one noun: as 'They counteract X'
        parsed, parsed_outcomes = again, read(again, products)
    if parsed is not None:  # ('EVs alleviate type 1 diabetes', the name split: held as one)
        parsed, parsed_outcomes = held_reading(
            sentence, parsed, parsed_outcomes, products, read, first
        )
    # in an abstract's results free cargo (a mimic, a miRNA alone) is not the EVs (a review's
    # 'exosomal miR-21 promotes X' is a claim about the EVs' cargo); an inhibitor, knock-down
    # or co-treatment undoing the EVs' effect states only the EVs' own effects it names
    not_the_evs = [
        o
        for o in parsed_outcomes
        if (o.agent == "cargo" or (o.undone and not o.native)) and where.abstract
    ]
    # a Results section, or a sentence that names the measurement behind what it says, reports
    # what was observed
    results = (
        bool(cues.cue("results_section").search(where.section))
        or where.part == "results"  # under a 'Results:' label of a one-paragraph abstract
        or cues.cue_found("observed_evidence", sentence)
    )
    # 'These exosomal proteins raised X' after a knock-out arm's sentence: the harm is that
    # arm's (what the EVs lose), not the EVs' own; what it says they do for good stays
    # and so is a harm of vesicles loaded with an inhibitor ('apoptosis was raised by exosomes
    # loaded with a miR-21 inhibitor'): their benefits are the engineered product's own
    arm = where.abstract and (
        anaphor_of_arm(sentence, last[0] if last else None)
        or cues.cue_found("inhibitor_cargo", sentence)
    )
    # another arm's asserted change: a later agentless result of the section may be its
    context.other_result = context.other_result or any(
        o.agent == "other" and not (o.negated or o.hedged) for o in parsed_outcomes
    )
    # (levels in a disease's tissues, or what the untreated model animals showed: not the EVs')
    own_state = cues.cue_found("disease_expression", sentence)
    model_end = model_group_clause(sentence, products)
    deep_outcomes = [
        o
        for o in parsed_outcomes
        if o.agent != "other"
        and not (o.agent == "none" and (own_state or o.trigger_at < model_end))
        # ('X of the rats in the model group rose', the group misparsed away)
        and not (
            o.agent in ("none", "reference")
            and other_group_before(sentence, o.trigger_at, products)
        )
        # ('cells were stimulated with a cytokine to induce injury': how the model was made)
        and not (o.agent == "none" and stimulus_purpose(parsed, o.trigger_at, products))
        and not (arm and o.agent in ("none", "product") and harm(o.process, o.direction, tumour))
        and not (harm(o.process, o.direction, tumour) and made_passive(sentence, o.trigger_at))
        # ('LPS increased X, administration of EVs improved Y' with LPS misparsed: a harm with
        # no agent, before the vesicles are named, is the stimulus's)
        and not (
            o.agent == "none"
            and o.trigger_at > 0
            and harm(o.process, o.direction, tumour)
            and vesicles_clause_after(parsed, o.trigger_at, products)
        )
        # ('These molecules inhibit X' after a sentence naming such molecules, not the EVs)
        and not (o.agent == "reference" and _referred_elsewhere(sentence, o, last, products))
        and (not o.hedged or (o.ability and results))  # 'EVs could reduce X' under Results
        and (o.process.grounded or o.unnamed)
        and o not in not_the_evs
    ]
    if not tumour and not topic:  # 'inhibited kidney injury and cellular proliferation': one end
        deep_outcomes = by_company(deep_outcomes, sentence)
    cells_alone = where.abstract and about_cells_alone(sentence, products)
    if where.abstract and free_cargo_alone(sentence, products):
        deep_outcomes, cells_alone = [], True  # ('treatment with exogenous let-7c prevents X')
    spelled = spelled_foreign(sentence, where.foreign)  # 'CCSMC-EXOs': another's vesicles
    if where.abstract and (
        about_other_vesicles(spelled, products, others=where.others)
        or names_only_foreign(sentence, products)  # 'BC-EVs raised X' ('those from cancer cells')
    ):
        deep_outcomes, cells_alone = [], True  # another source's vesicles: not the MSC-EVs'
    if cells_alone:
        # what MSCs themselves did: only the EVs' own effects it names are findings
        given = msc_given_alone(sentence)  # ('Injection of MSCs prolonged life span')
        deep_outcomes = [
            o
            for o in deep_outcomes
            if o.native or not (o.agent == "product" or (o.agent == "none" and given))
        ]
    outcomes: list[tuple[Entity, str, DeepOutcome | None]] = [
        (o.process, o.direction, o) for o in deep_outcomes
    ]
    undone = where.abstract and undone_sentence(sentence)
    # 'while the opposite ...', 'which the EVs reversed'
    reverse = reversed_by_product(
        sentence, products, tumour=tumour, parsed=parsed, effectors=where.effectors
    )
    reverse = reverse or reversed_back(
        sentence, products, tumour=tumour, previous=last, effectors=where.effectors
    )
    if reverse and not topic:  # (none named in the earlier clause: the parse's own reading stands)
        outcomes, undone = reverse, True
    # (the keyword window cannot tell which group a change is said of: 'in the model group'; it
    # reads only the clause naming the EVs, not a stimulus's: 'whereas ...', nor a sentence that
    # withholds them: 'Before the EVs were given, X rose')
    window = where.window and not (not_the_evs or undone or cells_alone)
    window = window and window_allowed(sentence, products, model_end=model_end)
    placed = context.ev_given or context.ev_result or where.part == "results"
    if window and where.abstract and not vesicles_in_play(sentence, products, placed, context):
        window = False  # ('Stroke causes persistent motor deficits': an opening, no EVs in it)
    if not outcomes and window and not names_other_group(sentence, products):
        # (not an aside it leaves open: '...; however, whether they raise Y remains unknown')
        clause = cues.cue("open_question_aside").sub(" ", product_clause(sentence, products))
        clause = cues.cue("model_participle_bare").sub(" ", clause)  # 'on induced X': the model
        changes = parse_outcomes(joined_causes(clause), tumour=tumour, changes_only=True)
        outcomes = [(p, d, None) for p, d in changes if not (arm and harm(p, d, tumour))]
    # a sentence that states no effect of the EVs may state a property of them (neutral)
    statements: dict[DeepOutcome, Statement] = {}
    if not outcomes and parsed is not None and not undone and not cells_alone:
        for s in read_statements(parsed, products, preparations):
            found = DeepOutcome(s.process, s.direction, PROPERTY_FAMILY, "product", trigger_at=s.at)
            statements[found] = s
        outcomes = [(o.process, o.direction, o) for o in statements]
    if not outcomes:
        context.add(sentence)
        return []
    mentions = find_mentions(sentence)
    own = sentence_slots(sentence, mentions, context.sources, context.defined)
    source, ev = own["source"], own["ev"]
    by_kind: dict[str, list[Mention]] = {}
    for m in mentions:
        by_kind.setdefault(m.entity.kind, []).append(m)
    cargo = carried_rnas(sentence, mentions)
    down, _ = target_direction()
    cargo_verb = cues.cue("cargo_verb")
    rnas = [m for m in mentions if m.entity.kind == "mirna" or m.rna]
    for m in by_kind.get("gene", []) + by_kind.get("drug", []) + by_kind.get("other", []):
        before = sentence[max(0, m.start - 40) : m.start]
        axis = acted_on(sentence, m, [r for r in rnas if r.end <= m.start])  # 'miR-X/GENE'
        parent = cues.cue_found("msc", m.text)  # 'X derived from human MSCs': the cells
        if cargo_verb.search(before) and not down.search(before) and not axis and not parent:
            cargo.append(m.entity)
    cargo += carried_genes(sentence)
    cargo = [e for i, e in enumerate(cargo) if e.key() not in {c.key() for c in cargo[:i]}]
    inherited = {slot: own[slot] or context.get(slot) for slot in own}
    context.add(sentence, own)
    mentions_product = bool(
        source
        or ev
        or cargo
        or cues.cue_found("ev", sentence)
        or any(p in sentence for p in products)
        or any(o.agent in ("product", "reference", "cargo") for o in deep_outcomes)
        # (a reversing clause names the EVs' group: 'and the levels in the treated group fell')
        or bool(reverse and not topic)
        or bool(statements)  # (each said of the EVs, or of the particles a tracker counts)
    )
    if not mentions_product:
        agentless = agentless_results(
            sentence,
            context,
            deep_outcomes,
            products,
            abstract=where.abstract,
            review=where.review,
            tumour=where.tumour,
            others=where.others,
            part=where.part,
        )
        if not agentless:
            return []
        outcomes = [(o.process, o.direction, o) for o in agentless]
    targets = targets_of(sentence, mentions, cargo, deep_outcomes)
    pathways = directed(sentence, mentions, "pathway")
    recipient = Recipient(
        cell=by_kind["cell_type"][0].entity if "cell_type" in by_kind else None,
        cell_line=by_kind["cell_line"][0].entity if "cell_line" in by_kind else None,
        tissue=by_kind["tissue"][0].entity if "tissue" in by_kind else None,
        disease=inherited["disease"],
    )
    cites = [f"ref:{n}" for n in citation_numbers(sentence) if not references or n in references]
    model = cues.model_of(sentence)
    if model == "unknown":
        model = where.model
    records = []
    groups = [
        _preparations(o, parsed, preparations, context)
        if o is not None and o not in statements and parsed is not None
        else []  # (a change turned round from the sentence before has no parse of this one)
        for _, _, o in outcomes
    ]
    for group in groups:
        if len(group) > 1:
            context.preparations = group
    for (process, direction, deep_outcome), group in zip(outcomes, groups, strict=True):
        unnamed = deep_outcome is not None and deep_outcome.unnamed
        if not process.grounded and not unnamed:
            continue
        # a measure with no valence: only an abstract's other findings give its role; an
        # effect with no agent: only an abstract's sentences are all about its EVs
        if (
            unnamed
            and not where.abstract
            and deep_outcome
            and (not deep_outcome.valence or deep_outcome.agent == "none")
        ):
            continue
        family = deep_outcome.family if deep_outcome else WINDOW_FAMILY
        evidence = Evidence(
            document=where.document,
            locator=sentence_locator(where.section, where.index),
            text=sentence,
            cites=cites,
            extractor=f"{EXTRACTOR} {family}",
            negated=deep_outcome.negated
            if deep_outcome
            else bool(cues.cue("negation").search(sentence)),
            hedged=sentence_hedged(sentence, deep_outcome),
            confidence=rules.confidence(family),
        )
        disease = recipient.disease
        if process.kind == "disease":
            disease = process
        finding = Finding(
            msc_source=inherited["source"],
            ev_type=inherited["ev"] or rules.concept_entity("default_ev_type", "ev_type"),
            cargo=cargo,
            recipient=recipient.model_copy(update={"disease": disease}),
            targets=targets,
            pathways=pathways,
            outcome=Outcome(
                process=process,
                direction=direction,  # type: ignore[arg-type]
                role=rules.valence_role(deep_outcome.valence, direction, tumour=tumour)
                if deep_outcome is not None and unnamed
                else finding_role(process, direction, disease, tumour, deep_outcome),
            ),
            model=model,  # type: ignore[arg-type]
        )
        if deep_outcome in statements:
            finding = finding_of(finding, statements[deep_outcome])
        # one finding per preparation that does it ('both Exo and RA-Exo reduced X')
        each: list[Preparation | None] = list(group) or [None]
        for preparation in each:
            if preparation is not None:
                finding = finding.model_copy(
                    update={
                        "preconditioning": list(preparation.preconditioning),
                        "engineering": list(preparation.engineering),
                    }
                )
            records.append(ReadRecord(finding, evidence))
    return records


def _preparations(
    outcome: DeepOutcome, parsed: Any, preparations: DocumentPreparations, context: SectionContext
) -> list[Preparation]:
    """The preparations that do a change the parse read: those its agent names, or those a
    subject that refers back ('both treatments') names through the context."""
    text = parsed.text
    found = preparations.of_agent(text, outcome.agent_span, outcome.trigger_at)
    stronger = cues.cue("preparation_stronger_in").search(text, outcome.trigger_at)
    if found and stronger:
        # '…, which were more evident with primed EVs': the primed EVs do it too
        better = [p for p in preparations.in_sentence(text) if p.start >= stronger.end()]
        if better and better[0].key() not in {p.key() for p in found}:
            found = [*found, better[0]]
    if found:
        return found
    start, end = outcome.agent_span
    subject = text[start:end] if end > start else text[: outcome.trigger_at]
    if cues.cue("preparation_reference").search(subject):
        return list(context.preparations)
    return []


def _referred_elsewhere(
    sentence: str, outcome: DeepOutcome, last: tuple[str, Any] | None, products: tuple[str, ...]
) -> bool:
    """Is the reference the change's agent is ('These molecules') one to the sentence before?"""
    start, end = outcome.agent_span
    previous = last[0] if last else None
    return end > start and antecedent_elsewhere(sentence[start:end], sentence, previous, products)
