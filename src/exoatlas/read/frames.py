"""Claims the deep reader reads without a trigger verb: a benefit named by an adjective and owned
by the EVs ('protective effects of MSC-EVs on X', 'the EVs were protective against X',
'MSC-EVs exhibited neuroprotective effects'). Used by ``read.deep``; the prefixed adjectives
('anti-apoptotic', 'pro-angiogenic') are read in ``read.prefixed_adjectives``."""

from __future__ import annotations

import re
from typing import Any

from exoatlas.read.agent_kind import agent_kind, subtree_text
from exoatlas.read.agents import agent_of, agent_words, product_modifier
from exoatlas.read.arms import agent_is_arm
from exoatlas.read.deep_outcome import DeepOutcome
from exoatlas.read.doctext import text_of
from exoatlas.read.object_states import called_small
from exoatlas.read.objects import ground_object
from exoatlas.read.outcome import parse_outcomes
from exoatlas.read.reading import current
from exoatlas.read.scope import MODALS as _MODALS
from exoatlas.read.scope import concluded, is_unasserted, trigger_scope
from exoatlas.read.therapy_frames import (
    FINITE,
    frame_targets,
    name_run,
    purpose_title,
    therapy_owner,
)
from exoatlas.vocab import cues, rules


def benefit_frames(doc: Any, products: tuple[str, ...], tumour: bool) -> list[DeepOutcome]:
    """'Protective effects of MSC-exosomes on sepsis-induced kidney injury', 'prophylactic
    evidence of MSC-EVs in cardiotoxicity', 'the protective role of MSC-EVs in X' (a title's
    usual claim): the EVs lower the harm (or raise the good) named after 'on', 'in', 'against'
    or 'for'; with none named, the effect an adjective names itself ('cardioprotective effects
    of MSC-EVs': less injury; 'reparative functions of exosomes from MSCs': repair)."""
    out: list[DeepOutcome] = []
    benefit = cues.cue("benefit_adjective")
    immune = cues.cue("benefit_adjective_immune")  # not a benefit in a tumour study
    lowering = cues.cue("lowering_adjective")  # 'the inhibitory effect of EVs on X'
    raising = cues.cue("raising_adjective")  # 'the oncogenic role of EVs in X'
    nouns = (*cues.cue_literals("effect_noun"), *cues.cue_literals("benefit_noun"))
    for noun in doc:
        of = None  # the EVs named in a protection noun's 'of' phrase
        lowers = raises = False
        if called_small(noun):
            continue  # 'showed limited protection against X': weighed small
        if noun.dep_ == "acomp" and benefit.match(noun.lower_):
            # 'the EVs were protective against X', 'were neuroprotective after stroke'
            adjectives, owner = [noun], _predicating_verb(noun, products)
        elif _predicate(noun) is not None and cues.cue_found("effective_adjective", noun.text):
            # 'MSC-EVs are effective in treating X', 'were effective against X', 'were safe
            # and effective for the treatment of X', 'seem effective in treating X'
            adjectives, owner = [], _effective_verb(noun, products)
        elif noun.lower_ in (*nouns, "evidence", "efficacy"):
            adjectives = [
                c
                for c in noun.children
                if c.dep_ == "amod"
                and (benefit.match(_written(c)) or (not tumour and immune.match(c.lower_)))
            ]
            lowers = not adjectives and any(
                c.dep_ in ("amod", "compound") and lowering.match(c.lower_) for c in noun.children
            )  # ('inhibitory effects on X', 'inhibition effects on X')
            raises = (
                not adjectives
                and not lowers
                and any(
                    c.dep_ in ("amod", "compound")
                    and raising.match(c.lower_)
                    and not _written(c).startswith(("anti-", "non-"))
                    for c in noun.children
                )
            )  # ('the oncogenic role of EVs in gastric cancer', 'promoting effects on X';
            # not 'anti-oncogenic effects', parsed as 'anti', '-', 'oncogenic')
            grown = (
                []
                if adjectives or lowers or raises
                else [
                    c
                    for c in noun.children
                    if c.dep_ == "amod" and cues.cue_found("growth_adjective", _written(c))
                ]
            )  # ('osteogenic effects of MSC-EVs': the process the adjective names, raised)
            owner = _owner(noun, products) if adjectives or lowers or raises or grown else None
            if grown:
                # (in a title, or a sentence with a verb: not one cut short before its verb)
                stated = doc.user_data.get("title") or any(t.tag_ in FINITE for t in doc)
                # (nor a comparison or a review of such effects: 'We compared the osteogenic
                # effects of A and B', 'Comparison of ...', '...: a systematic review')
                weighed = cues.cue_found("growth_adjective_weighed", text_of(doc))
                if owner is not None and stated and not weighed and not _doubted(noun):
                    out += _named_by_adjective(grown, tumour, "growth_adjective_effect")
                continue
        elif cues.cue("protection_noun").match(noun.lower_):
            # a title's 'Neuroprotection by MSC-EVs in stroke': the EVs its 'by' phrase names
            # (not 'Lack of neuroprotection by ...', nor a question)
            # or the EVs that showed it ('the EVs conferred neuroprotection')
            asked = "?" in text_of(doc) or _lacked(noun)
            owner = (
                _product_after(noun, "by", products)
                or _displaying_verb(noun, products)
                or product_modifier(noun, products)  # ('MSC exosome-mediated cytoprotection')
            )
            # ('Protection of MSC-EVs against X' names them in its 'of' phrase: then only a
            # disease is what they protect against, not 'from damage during lyophilization')
            of = None if owner is not None else _product_after(noun, "of", products)
            # or set beside them in a verbless title ('MSC exosomes: renoprotection in AKI')
            verbless = noun.dep_ in ("ROOT", "appos") or any(t.text == ":" for t in doc[: noun.i])
            beside = None if owner or of or not verbless else therapy_owner(noun, products)
            adjectives, owner = [noun], None if asked else (owner or of or beside)
        elif noun.lower_ in cues.cue_literals("therapy_noun") or (
            noun.dep_ == "ROOT" and noun.i == 0 and cues.cue_found("treating_gerund", noun.text)
        ):
            # a title's 'MSC-derived exosomes: a promising therapy for liver fibrosis',
            # 'Treatment of X with MSC-EVs', 'Treating X with MSC-EVs'; a therapy's own kind
            # may name its effect ('an effective anticancer therapy')
            adjectives = [c for c in noun.children if c.dep_ in ("amod", "compound")]
            owner = therapy_owner(noun, products)
        elif noun.dep_ == "ROOT" and noun.tag_.startswith("NN"):
            # a title's 'MSC exosomes for acute kidney injury: a preclinical study'
            out += [
                DeepOutcome(process, direction, "deep:nominal", "product")
                for process, direction in purpose_title(noun, products, tumour)
            ]
            continue
        else:
            continue
        if owner is None or _doubted(noun):
            continue
        shielded = _shielded_tumour(noun) if tumour and not (lowers or raises) else None
        if shielded is not None:
            # 'protective effects on breast cancer cells against doxorubicin': the tumour is
            # what they protect, from the drug (its resistance) or from harm (its survival)
            out.append(
                DeepOutcome(rules.process_entity(shielded), "increase", "deep:nominal", "product")
            )
            continue
        found = len(out)
        for process, direction in frame_targets(
            noun, owner, tumour, lowering=lowers, raising=raises
        ):
            if of is None or rules.is_recipient_disease(process):
                out.append(DeepOutcome(process, direction, "deep:nominal", "product"))
        if len(out) == found and of is None and not (lowers or raises):
            out += _named_by_adjective(adjectives, tumour)
    return out + _displayed_changes(doc, products, tumour) + _shielding_verbs(doc, products, tumour)


def _doubted(noun: Any) -> bool:
    """Is a claim's noun unasserted, negated, undermined or lacked ('showed no protective
    effect on X', 'impaired the protective effect', 'Lack of protective role of X', 'no
    evidence for an oncogenic role of X')?"""
    return bool(is_unasserted(noun) or trigger_scope(noun)[0] or undermined(noun) or _lacked(noun))


def _displayed_changes(doc: Any, products: tuple[str, ...], tumour: bool) -> list[DeepOutcome]:
    """'Patients who received the exosomes exhibited complete healing', 'rats given the EVs
    showed functional recovery': a change named alone (``process_cues.tsv``
    'named_alone_is_change') as what the EVs' group displayed (``_displaying_verb``)."""
    out: list[DeepOutcome] = []
    for noun in doc:
        if noun.dep_ != "dobj" or not noun.tag_.startswith("NN"):
            continue
        if not cues.cue("change_display_verb").match(noun.head.lower_):
            continue
        verb = _displaying_verb(noun, products)
        if verb is None or trigger_scope(noun)[0] or agent_of(verb, products) != "product":
            continue  # (not 'They showed complete healing' of another arm named before)
        if any(c.dep_ == "aux" and c.lower_ in ("have", "has") for c in verb.children):
            continue  # ('MSC-Exos have exhibited healing in animal studies': background)
        if any(
            t.tag_.startswith(("VB", "JJR", "RBR")) or rules.polarity_of(t.text) is not None
            for t in noun.subtree
        ):
            # ('a mechanism that enhances repair', 'higher cytotoxicity', 'a decrease in
            # X': a change a trigger or a comparative of the phrase states, read as such)
            continue
        text = " ".join(t.text for t in noun.subtree)
        found = parse_outcomes(text, tumour=tumour)
        if found and found[0][1] in ("increase", "decrease"):
            out.append(DeepOutcome(found[0][0], found[0][1], "deep:verb", "product"))
    return out


def _shielding_verbs(doc: Any, products: tuple[str, ...], tumour: bool) -> list[DeepOutcome]:
    """'The EVs protected leukaemia cells from imatinib': a protecting verb (polarity 'restore')
    whose object names tumour cells (``cues.tsv`` 'tumour_cells_phrase') and whose 'from' or
    'against' phrase a drug, not a harm ('shielded_from_drug'; 'from drug-induced apoptosis'
    is read as the apoptosis lowered): the tumour's drug resistance rises."""
    out: list[DeepOutcome] = []
    for verb in doc if tumour else ():
        way = rules.polarity_of(verb.text) or rules.verb_polarity_of(verb.text, verb.tag_)
        if not verb.tag_.startswith("VB") or way != "restore":
            continue
        held = [c for c in verb.children if c.dep_ == "dobj"]
        if not any(cues.cue_found("tumour_cells_phrase", subtree_text(c)) for c in held):
            continue
        shields = [
            p
            for h in (verb, *held)
            for p in h.children
            if p.dep_ == "prep" and p.lower_ in ("from", "against")
        ]
        if not any(
            cues.cue("shielded_from_drug").match(subtree_text(p))
            and not any(ground_object(g, tumour) for g in p.children if g.dep_ == "pobj")
            for p in shields
        ):
            continue
        negated, hedged = trigger_scope(verb)
        if negated or hedged or is_unasserted(verb) or _shielded_by_other(verb, products):
            continue
        gain = cues.cue_literals("shielded_tumour_gain")[0]
        out.append(DeepOutcome(rules.process_entity(gain), "increase", "deep:verb", "product"))
    return out


def _shielded_by_other(verb: Any, products: tuple[str, ...]) -> bool:
    """Is the shield another's: an agent no product of the EVs, a loss-of-function arm of
    them ('EVs lacking miR-21'), an inhibitor ('blocking exosome release with GW4869'), or one
    the words before the verb deny ('no longer protected')?"""
    agent, span = agent_words(verb, products)
    text = text_of(verb.doc)
    before = text[: verb.idx]
    return (
        agent != "product"
        or agent_is_arm(text, span, verb.idx)
        or cues.cue_found("inhibitor_agent", before)
        # ('no longer', 'hardly' right before the verb: the guard words of a claim adjective)
        or cues.cue_found("claim_adjective_guard", before[-12:])
    )


def _shielded_tumour(noun: Any) -> str | None:
    """The tumour's gain when a benefit noun's 'on' / 'for' phrase names tumour cells
    (``cues.tsv`` 'tumour_cells_phrase'): drug resistance when it is against a drug
    ('drug_word', 'chemotherapy'), else cell survival; None when it names none."""
    named = [
        " ".join(t.text for t in p.subtree)
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ in ("on", "for", "to")
    ]
    if not any(cues.cue_found("tumour_cells_phrase", text) for text in named):
        return None
    rest = noun.doc[noun.i :].text
    against = cues.cue("shielded_from_drug").search(rest)
    return cues.cue_literals("shielded_tumour_gain")[0 if against else 1]


def undermined(noun: Any) -> bool:
    """Is a benefit what its sentence says something impairs or alters ('obesity impaired the
    immunomodulatory function of MSC-EVs', 'may affect their protective effects'; ``cues.tsv``
    'benefit_undermined', said of the words before the noun's phrase)?"""
    before = noun.doc.text[max(0, noun.left_edge.idx - 60) : noun.left_edge.idx]
    return cues.benefit_undermined(before, noun.doc.text)


def _owner(noun: Any, products: tuple[str, ...]) -> Any:
    """The EVs whose benefit a noun names ('protective effects of MSC-EVs'), or the verb whose
    subject, the EVs, displays it; None otherwise."""
    return (
        _product_after(noun, "of", products)
        or _cargo_in_product(noun, products)
        or _displaying_verb(noun, products)
    )


def _cargo_in_product(noun: Any, products: tuple[str, ...]) -> Any:
    """'Tumour-suppressive role of miR-X in MSC-derived EVs in bladder cancer', the parse hanging
    the 'in' phrase on the noun: the EVs that carry the cargo its 'of' phrase names, or None."""
    cargo = [
        g
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj" and agent_kind(subtree_text(g), products) == "cargo"
    ]
    if not cargo:
        return None
    after = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("in", "from")]
    after = [c for c in after if c.i == cargo[0].right_edge.i + 1]
    found = _product_after(noun, after[0].lower_, products) if after else None
    # (vesicles named, not the cells: 'Protective role of miR-223 in MSCs in sepsis')
    if found is None or not cues.cue_found("ev", noun.doc[after[0].i : found.i + 1].text):
        return None
    return found


def _lacked(noun: Any) -> bool:
    """Is a noun the 'of' phrase of a noun of absence ('lack of neuroprotection') or of one 'no'
    denies ('no evidence for a protective role'), or the subject of a predicate that denies it
    ('neuroprotection was not observed', 'was absent', 'failed to reach significance';
    ``cues.tsv`` 'denied_predicate')?"""
    holder = noun.head.head if noun.head.lower_ in ("of", "for") else None
    denied = holder is not None and any(
        c.dep_ == "det" and c.lower_ == "no" for c in holder.children
    )
    absent = holder is not None and cues.cue("absence_noun").match(holder.lower_) is not None
    # ('lack of neuroprotection', 'no evidence for a protective role of X'; not 'no loss of
    # the protective effect', an absence denied)
    if absent != denied:
        return True
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = noun.head
    if re.match(r"(?:lost|lose[sd]?|losing)$", verb.lower_):
        # ('the protective effect was lost after storage'; not 'was not lost')
        return not any(c.dep_ == "neg" for c in verb.children)
    if rules.polarity_of(verb.text) == "decrease":
        return False  # ('was not abolished by freezing': an undoing denied, the benefit kept)
    own = {t.i for t in noun.subtree}
    said = " ".join(t.text for t in noun.head.subtree if t.i not in own)
    return cues.cue_found("denied_predicate", said)


def _product_after(noun: Any, preposition: str, products: tuple[str, ...]) -> Any:
    """The EVs a noun's phrase after ``preposition`` names ('effects of MSC-EVs',
    'neuroprotection by MSC-EVs'), or None."""
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == preposition:
            for g in c.children:
                if g.dep_ != "pobj":
                    continue
                # a name the parse split ('of human umbilical cord | MSC-derived vesicles'):
                # the words that run on after the object up to the vesicles' noun
                run = name_run(g)
                if run is not None and agent_kind(run.text, products) == "product":
                    return run[-1]
                if agent_kind(subtree_text(g), products) == "product":
                    # ('effects of the MSCs and their EVs on X': the EVs, whose phrase the
                    # parse gives the 'on' phrase)
                    vesicles = [
                        c for c in g.children if c.dep_ == "conj" and cues.cue_found("ev", c.text)
                    ]
                    return vesicles[0] if vesicles and not cues.cue_found("ev", g.text) else g
    return None


def _predicating_verb(adjective: Any, products: tuple[str, ...]) -> Any:
    """'The EVs were protective against X': the copula whose subject, the EVs, the benefit
    adjective is said of, in a result's past tense and neither negated nor hedged; None
    otherwise ('EVs may be protective', 'are protective' in a background); a title's or a
    conclusion's present tense is its claim ('MSC exosomes are cardioprotective in X', 'In
    conclusion, MSC exosomes are protective in X')."""
    verb = adjective.head
    claimed = verb.tag_ in ("VBZ", "VBP") and (
        bool(verb.doc.user_data.get("title"))
        or concluded(verb)
        or cues.cue_found("conclusion_opening", text_of(verb.doc))  # 'In conclusion, ...'
    )
    if claimed and cues.cue_found("claim_adjective_guard", text_of(verb.doc)):
        return None  # ('are no longer protective', 'X, but not MSC exosomes, are protective')
    if (verb.tag_ != "VBD" and not claimed) or any(trigger_scope(verb)) or is_unasserted(verb):
        return None
    return verb if agent_of(verb, products) in ("product", "reference") else None


def _effective_verb(adjective: Any, products: tuple[str, ...]) -> Any:
    """'MSC-EVs are (were, proved) effective in treating X': the verb whose subject, the EVs,
    the adjective is said of, neither negated, hedged nor under a modal; None otherwise."""
    verb = _predicate(adjective)
    if verb is None:
        return None
    if not verb.tag_.startswith("VB") or any(trigger_scope(verb)) or is_unasserted(verb):
        return None
    if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children):
        return None
    if any(cues.cue_found("hedge", c.text) for c in adjective.children if c.dep_ == "advmod"):
        return None  # 'potentially effective'
    return verb if agent_of(verb, products) in ("product", "reference") else None


_PREDICATIVE = ("acomp", "oprd")  # the complement of a copula, or of 'prove'


def _predicate(adjective: Any) -> Any:
    """The verb an adjective is said of the subject by: its head when it is the verb's
    complement ('were effective', 'proved effective'), or the first adjective's head when it is
    coordinated with that complement ('were safe and effective', 'well tolerated and
    effective'); None otherwise."""
    if adjective.dep_ == "conj" and adjective.head.dep_ in _PREDICATIVE:
        adjective = adjective.head
    verb = adjective.head
    if adjective.dep_ not in _PREDICATIVE or not verb.tag_.startswith("VB"):
        return None
    # ('proved effective'; not 'seemed effective', a hedge)
    hedge = verb.lower_ in cues.cue_literals("ev_statement_hedge_verb")
    return None if adjective.dep_ == "oprd" and hedge else verb


def _displaying_verb(noun: Any, products: tuple[str, ...]) -> Any:
    """'MSC-EVs exhibited protective effects against X', 'showed neuroprotective effects in
    stroke rats': the verb (``cues.tsv`` 'benefit_display_verb') whose subject, the EVs, holds
    the effect named as its object, in a result's past tense; None otherwise or when hedged."""
    verb = noun.head
    role = _role_holder(noun)
    if role is not None:
        noun, verb = role, role.head  # 'MSC-Exos played a key role in neuroprotection'
    if noun.dep_ != "dobj" or not cues.cue("benefit_display_verb").match(verb.lower_):
        return None
    titled = bool(verb.doc.user_data.get("title"))  # a title's present tense is its claim
    # (and a review's: what its abstract says the EVs do is the knowledge it reviews)
    stated = titled or current().review
    if verb.tag_ not in ("VBD", "VBN") and not concluded(verb) and not stated:
        # 'MSCs and their EVs exert protective effects': background, not a result (unless the
        # study's conclusion: 'these findings indicate that the EVs exert ...')
        return None
    if is_unasserted(verb) or any(trigger_scope(verb)):
        return None  # 'EVs did not show protective effects', 'may exert'...
    return verb if agent_of(verb, products) in ("product", "reference") else None


def _role_holder(noun: Any) -> Any:
    """The 'role' whose 'in' phrase names the noun ('played a key role in neuroprotection'),
    or None."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "in":
        return None
    held = [prep.head] if prep.head.lower_ in ("role", "part") else []
    # ('in' hung on the verb: 'played | a key role | in neuroprotection')
    held += [c for c in prep.head.children if c.dep_ == "dobj" and c.lower_ in ("role", "part")]
    # (not 'played no role in neuroprotection')
    return next((r for r in held if not any(c.lower_ == "no" for c in r.children)), None)


def _written(adjective: Any) -> str:
    """An adjective as written, lower case, with the words a hyphen joins it to before it
    ('anti-tumor' parsed as 'anti', '-', 'tumor')."""
    doc, i = adjective.doc, adjective.i
    if (
        i >= 2
        and doc[i - 1].text == "-"
        and not doc[i - 2].whitespace_
        and not doc[i - 1].whitespace_
    ):
        return f"{doc[i - 2].lower_}-{adjective.lower_}"
    return str(adjective.lower_)


def _named_by_adjective(
    adjectives: list[Any], tumour: bool, group: str = "benefit_adjective_effect"
) -> list[DeepOutcome]:
    """The effect a benefit adjective names itself (``cues.tsv`` 'benefit_adjective_effect'),
    or a growth adjective ('growth_adjective_effect': 'osteogenic' names osteoblast
    differentiation raised)."""
    out = []
    for adjective in adjectives:
        for phrase, pattern in cues.cue_group(group):
            if pattern.match(_written(adjective)):
                out += [
                    DeepOutcome(p, d, "deep:nominal", "product")
                    for p, d in parse_outcomes(phrase, tumour=tumour)
                    if d != "unknown"
                ]
                break
    return out
