"""What a sentence states of the MSC-EV product itself: neutral findings (role ``neutral``).

Three kinds of statement (gold/GUIDE.md role ``neutral_or_method``), read from the dependency
parse with the EV product as what changed or was measured:

- **A property changed by a named condition**: the yield, concentration, size, content or
  quality of the EVs raised, lowered or left unchanged by a culture condition, bioreactor, medium,
  preconditioning, isolation method, storage or label ('3D culture gave a 20-fold higher EV
  concentration', 'labels did not affect the basic properties of the EVs'). The property noun's
  own phrase, the clause's subject or a possessive ('their') must name the EVs, and a condition
  must be named (``ev_condition``, or a preparation step, ``read.preparations``).
- **Cargo content**: 'miR-X was enriched in the exosomes', 'EVs of primed MSCs contained higher
  levels of A and B than native EVs'. The cargo is what the finding carries; routine EV markers
  (``ev_marker``: CD63, TSG101 …) are characterisation, not cargo.
- **Biodistribution**: 'the EVs crossed the blood-brain barrier', 'accumulated in the injured
  kidney', 'promoted the homing of the EVs to the brain', 'sustained release of the exosomes'.

Not read: uptake, routine characterisation with no condition and no change, hedged or unasserted
statements (``read.scope``), sentences about the MSCs alone. The reader asks only sentences that
state no effect of the EVs. Cue words are ``cues.tsv`` groups ``ev_property``,
``ev_property_direction``, ``ev_content``, ``ev_content_noun``, ``ev_homing``, ``ev_barrier``,
``ev_marker``, ``ev_condition``, ``ev_comparison``, ``ev_statement_unasserted``,
``ev_statement_modal``, ``ev_statement_hedge_verb``; the processes are the concepts ``ev_yield``,
``ev_size``, ``ev_cargo``, ``ev_quality``, ``ev_biodistribution`` of ``concepts.tsv`` (valence
neutral). The findings have role ``neutral``: ``exoatlas eval --gold`` counts them for relevance
and cargo; the learned finding scorer (``read.finding_score``) judges effects and leaves them be.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache
from typing import Any

from exoatlas.model import Entity, Finding
from exoatlas.read.agent_kind import SUBJECT_DEPS
from exoatlas.read.cargo import carried_genes
from exoatlas.read.doctext import text_of
from exoatlas.read.mentions import find_mentions
from exoatlas.read.preparations import DocumentPreparations
from exoatlas.read.rebuilt import FindingRecord, R
from exoatlas.read.scope import is_unasserted, trigger_scope
from exoatlas.vocab import cues, gate, lookup, rules

FAMILY = "deep:property"
CARGO = "ev_cargo"
_OBJECTS = ("dobj", "nsubjpass", "nsubj", "attr", "pobj", "appos")
_POSSESSIVES = frozenset({"their", "its"})
_CLAUSES = ("conj", "ccomp", "advcl")
_NOT_RESULTS = ("background", "tumour_ev", "ev_statement_unasserted")
_ASIDES = ("relcl", "advcl", "acl", "ccomp")
_FINITE = ("VBD", "VBZ", "VBP", "MD")
_CARGO_KINDS = ("mirna", "gene")


@dataclass(frozen=True)
class Statement:
    """One thing a sentence states of the EV product."""

    kind: str  # a concept name: ev_yield | ev_size | ev_cargo | ev_quality | ev_biodistribution
    direction: str
    cargo: tuple[Entity, ...] = ()
    preconditioning: tuple[Entity, ...] = ()
    engineering: tuple[Entity, ...] = ()
    isolation: tuple[Entity, ...] = ()
    conditioned: bool = False  # a named condition or a preparation with a step
    at: int = field(default=0, compare=False)  # where its key word is in the parsed text

    @property
    def process(self) -> Entity:
        return rules.concept_entity(self.kind, "process")


def _words_of(groups: tuple[str, ...], values: tuple[str, ...] = ()) -> re.Pattern[str]:
    """One search pattern for the words of these cue groups (anchors dropped)."""
    parts = [
        p.pattern.removeprefix("(?:^|\\s)").strip("^$")
        for group in groups
        for v, p in cues.cue_group(group)
        if not values or v in values
    ]
    return re.compile(r"\b(?:" + "|".join(f"(?:{p})" for p in parts) + r")\b", re.IGNORECASE)


@cache
def _cheap() -> tuple[re.Pattern[str], ...]:
    """Cheap tests before parsing: a homing word or noun; a property noun or production verb; a
    content word; a named condition; a name with a digit or a capital after its first letter (a
    cargo); a word that says how a property changed."""
    return (
        _words_of(("ev_homing",), ()),
        _words_of(("ev_property",), ("ev_biodistribution",)),
        _words_of(("ev_property", "ev_production_verb")),
        _words_of(("ev_content",)),
        re.compile("|".join(p.pattern for _, p in cues.cue_group("ev_condition")), re.IGNORECASE),
        re.compile(r"\b[A-Za-z]+-?\d|\b[A-Za-z][a-z]*[A-Z]"),
        _words_of(("ev_property_direction",)),
    )


def candidate(sentence: str, products: tuple[str, ...] = ()) -> bool:
    """Might the sentence state something of the EVs? It names EVs and a homing word, a property
    with a named condition, or a content word with a cargo or a condition."""
    if not _names_evs(sentence, products):
        return False
    homing, distribution, noun, content, condition, name, changed = _cheap()
    found = gate.found  # (the word lists searched by their literals: the same answer, faster)
    if found(homing, sentence) or found(distribution, sentence):
        return True
    if found(noun, sentence) and found(condition, sentence) and found(changed, sentence):
        return True
    return found(content, sentence) and bool(name.search(sentence) or found(condition, sentence))


def read_statements(
    doc: Any, products: tuple[str, ...], preparations: DocumentPreparations | None = None
) -> list[Statement]:
    """What a parsed sentence states of the EV product, each kind and direction once."""
    text = text_of(doc)
    if not candidate(text, products) or any(cues.cue_found(n, text) for n in _NOT_RESULTS):
        return []
    conditions = _Lazy(text, preparations)
    out: list[Statement] = []
    for token in doc:
        found = (
            _property(token, products, conditions)
            or _homing(token, products)
            or _made(token, products, conditions)
        )
        if found is None:
            found = _content(token, products, conditions) or _measured(token, products, conditions)
        if found is not None and not any(
            (s.kind, s.direction) == (found.kind, found.direction) for s in out
        ):
            out.append(found)
    return out


# -- the named condition -----------------------------------------------------------------------


class _Lazy:
    """The conditions a sentence names, found when a statement asks for them."""

    def __init__(self, text: str, preparations: DocumentPreparations | None) -> None:
        self._text = text
        self._preparations = preparations

    @cached_property
    def found(self) -> _Conditions:
        return _conditions(self._text, self._preparations)

    @property
    def named(self) -> bool:
        return self.found.named


@dataclass(frozen=True)
class _Conditions:
    named: bool
    preconditioning: tuple[Entity, ...] = ()
    engineering: tuple[Entity, ...] = ()
    isolation: tuple[Entity, ...] = ()


def _conditions(text: str, preparations: DocumentPreparations | None) -> _Conditions:
    """The conditions a sentence names: the preparations' steps first, then ``ev_condition``."""
    pre: list[Entity] = []
    eng: list[Entity] = []
    iso: list[Entity] = []
    for p in preparations.in_sentence(text) if preparations is not None else []:
        pre += p.preconditioning
        eng += p.engineering
    named = bool(pre or eng)
    for value, pattern in cues.cue_group("ev_condition"):
        match = pattern.search(text)
        if match is None:
            continue
        named = True
        slot, _, label = value.partition(" ")
        kind = {"isolation": "isolation_method"}.get(slot, slot)
        if slot == "none" or (slot == "preconditioning" and pre):
            continue
        term = lookup(match.group(), kind) or lookup(label, kind)
        entity = (
            term.entity(text=match.group())
            if term is not None
            else Entity(label=label, kind=kind, grounded=False, text=match.group())  # type: ignore[arg-type]
        )
        (iso if slot == "isolation" else pre if slot == "preconditioning" else eng).append(entity)
    return _Conditions(named, _unique(pre), _unique(eng), _unique(iso))


def _unique(entities: Sequence[Entity]) -> tuple[Entity, ...]:
    seen: dict[str, Entity] = {}
    for e in entities:
        seen.setdefault(e.key(), e)
    return tuple(seen.values())


def _stated(kind: str, direction: str, at: int, lazy: _Lazy, **more: Any) -> Statement:
    c = lazy.found
    return Statement(
        kind,
        direction,
        preconditioning=c.preconditioning,
        engineering=c.engineering,
        isolation=c.isolation,
        conditioned=c.named,
        at=at,
        **more,
    )


# -- the parse ---------------------------------------------------------------------------------


def _words(token: Any) -> str:
    return " ".join(t.text for t in token.subtree)


def _names_evs(text: str, products: tuple[str, ...]) -> bool:
    """Does the text name the EVs, or the particles a tracking measure counts of them?"""
    return (
        cues.cue_found("ev", text)
        or any(p in text for p in products)
        or cues.cue_found("ev_measured", text)
    )


def _evs_subject(subjects: Sequence[Any], products: tuple[str, ...]) -> bool:
    """Does a subject name the EVs themselves, not the recipients given them ('the group
    treated with the EVs had higher levels of A': ``cues.tsv`` 'ev_treated_holder')?"""
    holder = cues.cue("ev_treated_holder")
    return any(_names_evs(_words(s), products) for s in subjects if not holder.match(s.lower_))


def _asserted(token: Any) -> tuple[bool, bool]:
    """(asserted, negated): not an aim, question or earlier work, not hedged, not under 'seem'."""
    negated, hedged = trigger_scope(token)
    if hedged or is_unasserted(token):
        return False, negated
    node = token
    for _ in range(8):
        modals = cues.cue_literals("ev_statement_modal")
        if node.lower_ in cues.cue_literals("ev_statement_hedge_verb") or any(
            c.dep_ == "aux" and c.lower_ in modals for c in node.children
        ):
            return False, negated
        if node.head.i == node.i or (node.tag_.startswith("VB") and node.dep_ in _CLAUSES):
            break  # a verb's own clause ends here ('X seems attractive, and labels do not ...')
        node = node.head
    return True, negated


def _direction_word(token: Any) -> str | None:
    """The direction a change word gives a property ('higher', 'reduced', 'did not affect')."""
    for value, pattern in cues.cue_group("ev_property_direction"):
        if pattern.match(token.lower_):
            return value
    polarity = rules.polarity_of(token.text) if token.text[:1].isalpha() else None
    return {"restore": "increase"}.get(polarity or "", polarity)


def _governor(token: Any) -> Any:
    """The first of a coordination ('size and concentration'): the one the parse attaches."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def _change_of(noun: Any) -> tuple[Any, str] | None:
    """The word that says how a property noun changed, and the direction: its modifier
    ('higher concentration'), the verb it is the object or subject of ('increased EV
    production', 'RNA contents were reduced'), or a change noun it is 'in' ('an increase in the
    concentration', 'consistency in size')."""
    for child in noun.children:
        if child.dep_ in ("amod", "advmod", "compound") and (d := _direction_word(child)):
            return child, d
    head = _governor(noun)
    if head.dep_ in _OBJECTS and head.head.i != head.i:
        governor = head.head
        if governor.dep_ == "prep" and governor.lower_ in ("in", "of") and head.dep_ == "pobj":
            governor = governor.head
        if (d := _direction_word(governor)) is not None:
            return governor, d
        for child in governor.children:  # 'showed consistency in size', 'was higher'
            if child.dep_ in ("dobj", "attr", "acomp") and (d := _direction_word(child)):
                return child, d
        if governor.dep_ == "csubj":  # 'the content of EVs from X kept in Y was reduced'
            for child in governor.head.children:
                if child.dep_ in ("acomp", "attr") and (d := _direction_word(child)):
                    return child, d
    if head.dep_ == "pobj" and head.head.lower_ == "in":
        # 'an ~40-fold increase, depending on the method, in EV production' (misattached)
        for t in reversed(noun.doc[max(0, head.head.i - 12) : head.head.i]):
            if t.tag_ in _FINITE:
                break
            if t.tag_.startswith("NN") and (d := _direction_word(t)):
                return t, d
    return None


def _product_named(noun: Any, products: tuple[str, ...]) -> bool:
    """Is the property the EVs': named in the noun's own phrase ('EV yield', 'concentration of
    EVs'), by a possessive in a sentence naming EVs, or as the clause's subject?"""
    if _names_evs(_words(noun), products):
        return True
    if any(c.lower_ in _POSSESSIVES for c in noun.children) and _names_evs(
        text_of(noun.doc), products
    ):
        return True
    node = noun
    for _ in range(5):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.tag_.startswith("VB"):
            subjects = [c for c in node.children if c.dep_ in SUBJECT_DEPS]
            if not subjects and node.dep_ == "conj":  # 'EVs were collected and showed ...'
                subjects = [c for c in node.head.children if c.dep_ in SUBJECT_DEPS]
            return any(_names_evs(_words(s), products) for s in subjects)
    return False


def _yield_of_evs(noun: Any, products: tuple[str, ...]) -> bool:
    """Is an amount the EVs' own: 'EV yield', 'production of exosomes' (the noun's modifiers,
    or the head of its 'of' phrase with its modifiers, name the EVs)?"""
    heads = [noun] + [
        g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
    ]
    for head in heads:
        words = [t.text for t in head.lefts if t.dep_ in ("compound", "amod", "nmod")]
        if _names_evs(" ".join([*words, head.text if head is not noun else ""]), products):
            return True
    # 'EVs isolated by ultrafiltration had a higher concentration': an amount with no 'of'
    # phrase that the EVs, as the subject, hold (``cues.tsv`` 'benefit_display_verb')
    verb = noun.head
    return (
        noun.dep_ == "dobj"
        and len(heads) == 1
        and cues.cue("benefit_display_verb").match(verb.lower_) is not None
        and any(c.dep_ in SUBJECT_DEPS and _names_evs(_words(c), products) for c in verb.children)
    )


def _phrase(noun: Any) -> str:
    before = [c.lower_ for c in noun.lefts if c.dep_ in ("amod", "compound")]
    return " ".join([*before, noun.lower_])


def _property(token: Any, products: tuple[str, ...], c: _Lazy) -> Statement | None:
    """A property of the EVs changed (or left unchanged) by a named condition."""
    if not token.tag_.startswith("NN"):
        return None
    phrase = _phrase(token)
    kind = next((v for v, p in cues.cue_group("ev_property") if p.search(phrase)), None)
    if kind is None:
        return None
    if kind == "ev_yield" and not _yield_of_evs(token, products):
        return None  # 'the concentration of CD63 in the EVs' is no yield
    if not _product_named(token, products):
        return None
    change = _change_of(token)
    if change is None or (kind != "ev_biodistribution" and not c.named):
        return None
    word, direction = change
    asserted, negated = _asserted(word)
    if not asserted:
        return None
    return _stated(kind, "unknown" if negated else direction, token.idx, c)


def _made(token: Any, products: tuple[str, ...], c: _Lazy) -> Statement | None:
    """'MSCs grown as spheroids released more exosomes': the EVs, with a comparative, as what a
    production verb made under a named condition (their yield)."""
    if token.dep_ != "dobj" or not _names_evs(token.text, products):
        return None
    verb = token.head
    if not verb.tag_.startswith("VB") or not cues.cue("ev_production_verb").match(verb.lower_):
        return None
    said = [(m, d) for m in token.children if m.dep_ == "amod" for d in [_direction_word(m)] if d]
    if not said or said[0][1] == "unknown" or not c.named:
        return None
    asserted, negated = _asserted(verb)
    if not asserted:
        return None
    # ('yielded larger particles': their size, not how many)
    word, direction = said[0]
    kind = "ev_size" if word.lower_ in cues.cue_literals("ev_size_comparative") else "ev_yield"
    return _stated(kind, "unknown" if negated else direction, token.idx, c)


def _homing(token: Any, products: tuple[str, ...]) -> Statement | None:
    """'The EVs crossed the blood-brain barrier / accumulated in the injured kidney'."""
    if not token.tag_.startswith("VB") or not cues.cue("ev_homing").match(token.lower_):
        return None
    if token.dep_ == "amod" or (token.dep_ == "acl" and token.head.dep_ != "ROOT"):
        return None  # 'the accumulated EVs': what the EVs are, not a result
    # ('The EVs accumulated in X' parsed verbless, the verb a participle of the vesicles: the
    # sentence's only verb, its head noun the subject, without the participle's own words)
    acl = token.dep_ == "acl"
    subjects = [token.head] if acl else [c for c in token.children if c.dep_ in SUBJECT_DEPS]
    if not subjects and token.dep_ == "conj":
        subjects = [c for c in token.head.children if c.dep_ in SUBJECT_DEPS]
    if not subjects and token.dep_ == "advcl":
        # 'labelled EVs accumulated in X' misparsed: 'labelled' the verb, the EVs its object
        subjects = [c for c in token.head.children if c.dep_ == "dobj" and c.i == token.i - 1]
    inside = {t.i for t in token.subtree} if acl else set()  # (not 'Macrophages accumulated
    # in the kidney after EV injection')
    named = [" ".join(t.text for t in s.subtree if t.i not in inside) for s in subjects]
    if not any(_names_evs(words, products) for words in named):
        return None
    if re.match(r"cross|pass|penetrat", token.lower_) and not cues.cue("ev_barrier").search(
        _words(token)
    ):
        return None
    if not any(c.dep_ in ("prep", "dobj", "advmod") for c in token.children):
        return None
    asserted, negated = _asserted(token)
    if not asserted:
        return None
    return Statement("ev_biodistribution", "unknown" if negated else "increase", at=token.idx)


def _content(token: Any, products: tuple[str, ...], c: _Lazy) -> Statement | None:
    """'miR-X was enriched in the EVs', 'EVs of primed MSCs contained higher levels of A'."""
    if not token.tag_.startswith(("VB", "JJ")) or not _cheap()[3].search(token.lower_):
        return None
    value = next((v for v, p in cues.cue_group("ev_content") if p.match(token.lower_)), None)
    if value is None:
        return None
    subjects = [s for s in token.children if s.dep_ in SUBJECT_DEPS]
    if not subjects and token.dep_ in ("acomp", "conj", "xcomp"):
        subjects = [s for s in token.head.children if s.dep_ in SUBJECT_DEPS]
    rest = [t for t in token.children if t.dep_ not in (*SUBJECT_DEPS, "aux", "auxpass", "neg")]
    # the EVs carry it ('EVs contained A', 'EVs were enriched in A') or it is in the EVs ('A
    # was enriched / raised in the EVs'); 'EVs raised A' is an effect on the recipient
    direction, _, placed = value.partition(" ")
    if not placed and _evs_subject(subjects, products):
        holder = rest
    elif value != "unknown" and any(
        r.dep_ == "prep"
        and r.lower_ in ("in", "within", "into")
        and _names_evs(_words(r), products)
        and not _treated_holder(r)
        for r in rest
    ):
        holder = subjects
    else:
        return None
    # the holder's words, less its asides ('..., which regulated EGFR')
    asides: set[int] = set()
    for t in holder:
        for w in t.subtree:
            if w.dep_ in _ASIDES and w.i not in asides:  # an aside within one is counted once
                asides.update(a.i for a in w.subtree)
    spans = [(w.idx, w.idx + len(w.text)) for t in holder for w in t.subtree if w.i not in asides]
    cargo = _cargo_in(text_of(token.doc), spans)
    compared = bool(cues.cue("ev_comparison").search(text_of(token.doc)))
    if not cargo and not (c.named and compared and direction != "unknown"):
        return None
    asserted, negated = _asserted(token)
    if not asserted or negated:
        return None
    # 'contained higher levels of A', 'A was highly expressed in the EVs'
    modifiers = [m for t in holder for m in t.subtree if m.dep_ == "amod"]
    modifiers += [m for m in token.children if m.dep_ == "advmod"]
    for modifier in modifiers:
        found = next((v for v, p in cues.cue_group("ev_content") if p.match(modifier.lower_)), "")
        if found.split(" ")[0] in ("increase", "decrease"):
            direction = found.split(" ")[0]
    return _stated(CARGO, direction, token.idx, c, cargo=cargo)


def _treated_holder(prep: Any) -> bool:
    """'in the exosome group', 'in EV-treated mice': the recipients given the EVs, not the EVs."""
    holder = cues.cue("ev_treated_holder")
    return any(o.dep_ == "pobj" and holder.match(o.lower_) for o in prep.children)


def _measured(token: Any, products: tuple[str, ...], c: _Lazy) -> Statement | None:
    """'An analysis of the EVs showed a high abundance of A and B': a cargo amount, raised or
    lowered, that what the clause's subject analysed (the EVs) showed."""
    if not token.tag_.startswith("NN") or not cues.cue("ev_content_noun").match(token.lower_):
        return None
    direction = None
    for child in token.children:
        value = next((v for v, p in cues.cue_group("ev_content") if p.match(child.lower_)), "")
        if child.dep_ == "amod" and value.split(" ")[0] in ("increase", "decrease"):
            direction = value.split(" ")[0]
    verb = token.head
    if direction is None or token.dep_ != "dobj" or not verb.tag_.startswith("VB"):
        return None
    if not _evs_subject([s for s in verb.children if s.dep_ in SUBJECT_DEPS], products):
        return None
    spans = [
        (w.idx, w.idx + len(w.text))
        for p in token.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for w in p.subtree
    ]
    cargo = _cargo_in(text_of(token.doc), spans)
    asserted, negated = _asserted(verb)
    if not cargo or not asserted or negated:
        return None
    return _stated(CARGO, direction, token.idx, c, cargo=cargo)


@lru_cache(maxsize=256)
def _mentions(text: str) -> tuple[Any, ...]:
    """A sentence's mentions, found once: several of its words may ask for its cargo."""
    return tuple(find_mentions(text))


def _cargo_in(text: str, spans: list[tuple[int, int]]) -> tuple[Entity, ...]:
    """The RNAs, genes and proteins named inside these character spans (routine EV markers
    left out), once each."""

    def inside(start: int) -> bool:
        return any(a <= start < b for a, b in spans)

    found: list[Entity] = []
    for m in _mentions(text):
        if inside(m.start) and (m.rna or m.entity.kind in _CARGO_KINDS):
            found.append(m.entity)
    for match in cues.cue("rna_fragment").finditer(text):
        if inside(match.start()):
            name = match.group()
            found.append(Entity(label=name, kind="mirna", grounded=False, text=name))
    found += [e for e in carried_genes(text) if e.text and inside(text.find(e.text))]
    marker = cues.cue("ev_marker")
    kept = [e for e in found if not marker.match(e.text or e.label) and not marker.match(e.label)]
    # a named cargo ('miR-21', 'TSG-6'), not a class ('miRNAs', 'proteins')
    return _unique([e for e in kept if e.kind == "gene" or re.search(r"\d", e.text or e.label)])


# -- the findings ------------------------------------------------------------------------------


def finding_of(finding: Finding, statement: Statement) -> Finding:
    """A finding the reader built for a statement's sentence, made the statement's: role
    neutral, the statement's cargo (and the sentence's) and its conditions."""
    cargo = _unique([*statement.cargo, *finding.cargo])
    return finding.model_copy(
        update={
            "outcome": finding.outcome.model_copy(update={"role": "neutral"}),
            "cargo": list(cargo) if statement.kind == CARGO else list(finding.cargo),
            "preconditioning": list(statement.preconditioning),
            "engineering": list(statement.engineering),
            "isolation": list(statement.isolation),
            "targets": [],
            "pathways": [],
        }
    )


def is_neutral(record: FindingRecord) -> bool:
    return record.finding.outcome.role == "neutral"


def settle_statements(records: Sequence[R], title: Callable[[R], bool]) -> list[R]:
    """An abstract's neutral findings, less restatements: a title's statement of a kind the
    abstract also states; and, in an abstract that states effects, a statement with no condition
    (a biodistribution, a content) unless it names a cargo no effect carries. A change of the EVs
    caused by a named condition is a finding of its own (issue 15's rows); the same statement with
    no condition is characterisation beside the effects (it stays in an abstract with no effect:
    a methods paper says what it is about through it)."""
    body_kinds = {
        r.finding.outcome.process.key()
        for r in records
        if is_neutral(r) and not title(r) and r.finding.outcome.process is not None
    }
    carried = {e.key() for r in records if not is_neutral(r) for e in r.finding.cargo}
    effects = any(not is_neutral(r) for r in records)
    out = []
    for r in records:
        finding = r.finding
        if is_neutral(r) and finding.outcome.process is not None:
            if title(r) and finding.outcome.process.key() in body_kinds:
                continue
            plain = not (finding.preconditioning or finding.engineering or finding.isolation)
            if plain and effects and all(e.key() in carried for e in finding.cargo):
                continue
        out.append(r)
    return out
