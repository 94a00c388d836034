"""A prefixed adjective whose prefix is the polarity ('anti-apoptotic', 'pro-angiogenic',
'tumour-suppressive effects'), read where the EVs hold the effect, and whether a sentence asserts
something of the EVs at all (``asserted_by_product``). Used by ``read.deep``; split out of
``read.frames``, which reads the benefit frames."""

from __future__ import annotations

import re
from typing import Any

from exoatlas.ground import ground_mention
from exoatlas.read.agent_kind import SUBJECT_DEPS, agent_kind, subtree_text
from exoatlas.read.agents import agent_of, agent_words
from exoatlas.read.deep_outcome import DeepOutcome
from exoatlas.read.doctext import text_of
from exoatlas.read.outcome import parse_outcomes
from exoatlas.read.reading import current
from exoatlas.read.scope import MODALS as _MODALS
from exoatlas.read.scope import is_unasserted, trigger_scope
from exoatlas.vocab import cues, rules

_EFFECT_NOUN = (
    r"(?:effects?|propert\w+|activit\w+|capacit\w+|actions?|functions?|potential|roles?|abilit\w+)"
)
# up to four more adjectives listed before the effect noun (', immunomodulatory', ', and X')
_LISTED = r"(?:(?:,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)[\w-]+){0,4}"
PREFIXED = re.compile(
    # (the next conjunct matched in turn: 'anti-apoptotic and anti-inflammatory effects', a
    # list too: 'anti-inflammatory, immunomodulatory, and pro-angiogenic properties')
    rf"\b(?P<prefix>anti|pro)-?\s?(?P<rest>[a-z]{{4,}})(?={_LISTED}\s+{_EFFECT_NOUN}\b)"
    # or a prefixed process noun: 'effects on anti-apoptosis', 'anti-inflammation'
    r"|\b(?P<noun_prefix>anti)-(?P<noun_rest>[a-z]{4,}(?:tion|sis))\b(?!\s+(?:proteins?|genes?|"
    r"factors?|markers?|drugs?|agents?|cytokines?|molecules?|mediators?))"
    # or a process with a verbal adjective after it: 'tumor-suppressive effects',
    # 'fibrosis-promoting roles' (the adjective's own polarity is the direction)
    rf"|\b(?P<process>[a-z]{{4,}})-(?P<verbal>[a-z]{{4,}}(?:ing|ive|ory))"
    rf"(?={_LISTED}\s+{_EFFECT_NOUN}\b)",
    re.IGNORECASE,
)


def _prefixed(match: re.Match[str]) -> tuple[str, str] | None:
    """A PREFIXED match as (polarity, the process or disease word it directs); None when the
    verbal adjective after a process has no direction ('tumor-bearing effects')."""
    if match.group("prefix"):
        found = rules.prefix_polarity(match.group("prefix") + "-" + match.group("rest"))
    elif match.group("noun_prefix"):
        found = rules.prefix_polarity("anti-" + match.group("noun_rest"))
    else:
        polarity = rules.polarity_of(match.group("verbal"))
        found = (polarity, match.group("process")) if polarity in ("increase", "decrease") else None
    return found


def asserted_by_product(doc: Any, products: tuple[str, ...]) -> bool:
    """Does the sentence assert something of the EVs ('EVs exert anti-apoptotic effects'), not
    ask, plan or hedge it ('the anti-apoptotic role of EVs was explored', 'may have')? Properties
    it credits them with ('thanks to their anti-inflammatory properties', ``cues.tsv``
    'credited_properties') are asserted of its subject, the EVs."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is not None and root.i == 0 and root.tag_ == "VBG" and PREFIXED.match(text_of(doc)):
        # ('Antiaging properties of ...' parsed with the adjective a gerund taking the effect
        # noun as its object: the noun heads the title)
        root = next((c for c in root.children if c.dep_ == "dobj" and c.i == 1), root)
    if root is not None and root.lower_ in cues.cue_literals("titled_effect_noun"):
        # a verbless title states its effect as the study's own ('Anti-fibrotic effects of MSC
        # exosomes in liver fibrosis'; the vesicles or their MSCs in the noun's 'of' phrase);
        # not a sentence cut short ('However, the pro-angiogenic effect of MSC-EVs in X')
        cut = any(c.dep_ in ("det", "advmod", "cc") for c in root.children)
        return root.tag_.startswith("NN") and not cut and _titled_claim(doc, root)
    if root is None or not root.tag_.startswith("VB"):
        return False
    subjects = [t for t in doc if t.dep_ in SUBJECT_DEPS]
    foreign = [t for t in subjects if _another_s_vesicles(subtree_text(t))]
    if any(t.head == root for t in foreign) and not any(
        t not in foreign and agent_kind(subtree_text(t), products) == "product" for t in subjects
    ):
        # ('Unlike MSC-EVs, neutrophil EVs exert pro-inflammatory effects'; not when a clause of
        # its own says what the MSC-EVs do: '..., whereas MSC-EVs exerted anti-X effects')
        return False
    if cues.cue_found("credited_properties", text_of(doc)):
        # 'EVs are being explored for X, thanks to their anti-inflammatory properties': what
        # the sentence says they are, whatever it says is done with them
        return any(
            c.dep_ in SUBJECT_DEPS
            and agent_kind(subtree_text(c), products) in ("product", "reference")
            for c in root.children
        )
    if cues.cue("aim_verb").match(root.lower_) or is_unasserted(root):
        return False
    if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in root.children):
        return False
    if _found_to(root):
        # 'the vesicles were found to exert a pro-survival effect': this study's
        # finding (not 'have been shown to', earlier work), its subject the EVs
        subjects = [c for c in root.children if c.dep_ == "nsubjpass"]
        return any(agent_kind(subtree_text(c), products) == "product" for c in subjects)
    return agent_of(root, products) in ("product", "reference")


def _another_s_vesicles(words: str) -> bool:
    """Does a subject name another origin's vesicles ('neutrophil EVs', ``cues.tsv``
    'foreign_ev'), not MSCs'?"""
    return cues.cue_found("foreign_ev", words) and not cues.names_msc(words)


def _found_to(verb: Any) -> bool:
    """A past passive report verb of a result with an infinitive ('were found to', ``cues.tsv``
    'found_to_verb'; not 'have been found to', earlier work, nor 'were reported to'); in a
    review, whose claims are all of earlier work, 'have been found to' too."""
    passive = ("was", "were", "been") if current().review else ("was", "were")
    return (
        verb.lower_ in cues.cue_literals("found_to_verb")
        and any(c.dep_ == "xcomp" for c in verb.children)
        and any(c.dep_ == "auxpass" and c.lower_ in passive for c in verb.children)
    )


def prefixed_adjectives(
    sentence: str, tumour: bool, doc: Any = None, products: tuple[str, ...] = ()
) -> list[DeepOutcome]:
    """'anti-apoptotic', 'anti-inflammatory', 'pro-angiogenic': the prefix is the polarity; a
    disease after it ('anti-osteoporosis effects') only where the parse ``doc`` shows the EVs
    holding the effect (``_held_by_evs``); a tumour's own adjective ('pro-tumorigenic',
    'tumour-suppressive', ``cues.tsv`` 'tumour_adjective') names the tumour only where the
    vesicles themselves (``products``) display it ('the EVs exerted tumour-suppressive
    effects'; not 'the parental MSCs, which exerted pro-tumorigenic effects')."""
    out = []
    for match in PREFIXED.finditer(sentence):
        found = _prefixed(match)
        if found is None:
            continue
        polarity, rest = found
        displayed = None
        if cues.cue_found("tumour_adjective", rest):
            rest, displayed = "tumour", products
        processes = [p for p, _ in parse_outcomes(rest, tumour=tumour)]
        held = doc is not None and _held_by_evs(doc, match.start(), displayed)
        if not processes and held:
            # 'exerted anti-osteoporosis effects', 'the anti-colitis activity of the EVs': a
            # disease (not 'abrogated the antitumor effects of radiotherapy', 'showed no
            # antitumor effect', 'the anticancer activity of doxorubicin')
            disease = ground_mention(rest, "disease").best
            processes = [disease] if disease and rules.is_recipient_disease(disease) else []
        if not processes or polarity == "restore":
            continue
        if doc is not None and _held_by_other(doc, match.start()):
            continue  # ('the pro-inflammatory activity of macrophages was measured')
        # ('showed no anti-inflammatory effect', 'did not exert anti-apoptotic effects')
        denied = doc is not None and _denied(doc, match.start())
        out.append(DeepOutcome(processes[0], polarity, "deep:adjective", "none", negated=denied))
    return out


def _effect_noun(doc: Any, start: int) -> Any:
    """The noun a prefixed adjective at character ``start`` modifies ('effects'), or None."""
    words = [t for t in doc if t.idx >= start]
    if not words:
        return None
    noun = words[0]
    while noun.dep_ in ("amod", "compound", "punct", "npadvmod", "nmod") and noun.head.i > noun.i:
        noun = noun.head
    return noun


def _denied(doc: Any, start: int) -> bool:
    """Is the effect a prefixed adjective names denied: 'no' on its noun, or a negated or
    absence verb holding it ('did not exert anti-apoptotic effects', 'lacked anti-fibrotic
    activity')?"""
    noun = _effect_noun(doc, start)
    if noun is None:
        return False
    if any(c.dep_ == "neg" or c.lower_ in ("no", "little") for c in noun.children):
        return True
    listed = noun
    while listed.dep_ == "conj" and listed.head.i != listed.i:
        listed = listed.head
    verb = listed.head
    return listed.dep_ == "dobj" and (
        trigger_scope(verb)[0] or cues.cue("absence_verb").match(verb.lower_) is not None
    )


def _held_by_other(doc: Any, start: int) -> bool:
    """Is the effect a prefixed adjective at character ``start`` names another's: its noun's
    'of' phrase names neither the vesicles nor MSCs ('the pro-inflammatory activity of
    macrophages'), or a possessive owns it ('cisplatin's antitumor effects')?"""
    noun = _effect_noun(doc, start)
    return noun is not None and _named_owner(noun) is False


def _named_owner(noun: Any) -> bool | None:
    """Does an effect noun's own phrase name the vesicles (or MSCs) as its owner: True for an
    'of' phrase naming them, False for a possessive or an 'of' phrase naming another; None when
    the phrase names no owner."""
    if any(c.dep_ == "poss" and c.tag_ != "PRP$" for c in noun.children):
        return False  # ('cisplatin's antitumor effects'; not 'their', which the sentence says)
    of = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.subtree]
    if not of:
        return None
    words = " ".join(t.text for t in of)
    return cues.cue_found("ev", words) or cues.cue_found("msc", words)


def _held_by_evs(doc: Any, start: int, displayed: tuple[str, ...] | None = None) -> bool:
    """Is the effect a prefixed adjective at character ``start`` names held by the vesicles:
    the object of a displaying verb, asserted ('exerted anti-colitis effects', not 'showed no
    antitumor effect', 'did not exert'), or named with them in its 'of' phrase ('the intrinsic
    anti-osteoporosis function of these exosomes')? Not an effect a verb acts on ('abrogated the
    antitumor effects of radiotherapy'), nor another's ('cisplatin's antitumor effects')."""
    noun = _effect_noun(doc, start)
    if noun is None:
        return False
    owner = _named_owner(noun)
    if owner is False:
        return False
    if owner:
        return not rules.polarity_of(noun.head.text)
    listed = noun
    while listed.dep_ == "conj" and listed.head.i != listed.i:
        listed = listed.head  # ('showed enhanced uptake and anti-tumor effect')
    verb = listed.head
    shown = cues.cue("benefit_display_verb").match(verb.lower_) is not None or (
        # ('play an anti-tumor role')
        noun.lower_ in cues.cue_literals("role_noun")
        and cues.cue("role_verb").match(verb.lower_) is not None
    )
    return (
        listed.dep_ == "dobj"
        and shown
        and not is_unasserted(verb)
        and not trigger_scope(verb)[1]  # (hedged: 'may exert')
        and not _denied(doc, start)
        and (displayed is None or _shown_by_vesicles(verb, displayed))
    )


def _shown_by_vesicles(verb: Any, products: tuple[str, ...]) -> bool:
    """Is a displaying verb's subject the study's vesicles, named as vesicles ('the EVs
    exerted tumour-suppressive effects'; not 'the parental MSCs, which exerted ...', 'a miRNA,
    which has a tumour-suppressive role', nor 'tumour-derived exosomes exert ...')?"""
    kind, (start, end) = agent_words(verb, products)
    words = text_of(verb.doc)[start:end].replace(" - ", "-")
    if verb.dep_ == "relcl":  # ('the parental MSCs, which exerted ...': the noun it describes)
        head = verb.head
        words = " ".join(t.text for t in head.subtree if t.i < verb.i).replace(" - ", "-")
        kind = agent_kind(words, products)
    if words.casefold().split()[:1] in (["which"], ["that"], ["who"]):
        return False  # (a relative clause whose noun a comparison's blanking removed)
    if kind == "reference":  # ('They exerted ...'; not a relative 'which')
        return words.casefold().split()[:1] in (["they"], ["these"])
    named = cues.cue_found("ev", words) or any(p in words for p in products)
    return kind == "product" and named and not cues.cue_found("foreign_ev", words)


def _titled_claim(doc: Any, root: Any) -> bool:
    """Does a verbless title state its anti-/pro- effect as the study's own: it opens with the
    adjective ('Anti-fibrotic effects of ...'; not 'Negligible anti-tumour activity of ...'),
    its effect noun's 'of' phrase is headed by the vesicles or their MSCs (not 'T cells primed
    by MSC exosomes', 'exosome-depleted secretome'), and it asks nothing, names no review or
    protocol in its own words (``cues.tsv`` 'review_title_word'; a review's title stating the
    effect is its content), nor a limit, a loss of function or a comparison (``cues.tsv``
    'study_title_limits': 'blocking MSC exosome secretion')?"""
    text = text_of(doc)
    # (after any opening the parse was given as blanks: 'In vitro anticancer activity of EVs')
    if PREFIXED.match(text, len(text) - len(text.lstrip())) is None or "?" in text:
        return False
    if cues.cue_found("review_title_word", text) or cues.cue_found("study_title_limits", text):
        return False
    heads = [g for c in root.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    return any(cues.cue_found("ev", g.text) or cues.cue_found("msc", g.text) for g in heads)
