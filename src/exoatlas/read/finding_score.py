"""A learned check on the reader's findings: a logistic score of how likely a finding is right.

Each finding the sentence reader gives gets features known at read time (its pattern family,
where its sentence sits in the document, cues of the sentence, how many findings the sentence
gave, the kind of effect, the sentence's words); ``finding_score.tsv`` (``vocab/data``) holds one
weight per feature, trained on the dev split of the gold set by ``scripts/train_finding_scorer.py``
(provenance in the table's ``source`` column). A finding whose score is below the table's
threshold is dropped. Inference is a sum of table weights: no model library, no parse.

Features are names (value 1) except ``position`` (the sentence's place in its section, 0 to 1);
a word feature is ``w:<word>`` for a folded word of the sentence with a plural, past or gerund
ending cut off, counted once.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from exoatlas.ingest.text import TextDocument
from exoatlas.model import Record
from exoatlas.read.consolidate import role_family
from exoatlas.read.locate import section_sentences
from exoatlas.read.mentions import find_mentions
from exoatlas.vocab import cues, read_tsv, rules

TABLE = "finding_score.tsv"
_LOCATOR = re.compile(r'section "(.+)", sentence (\d+)')
_WORD = re.compile(r"[a-z][a-z-]{2,}")
_ENDING = re.compile(r"(?:ing|ed|es|s)$")
_ANAPHOR = re.compile(r"^(?:these|this|they|it|such|their|its)\b", re.IGNORECASE)
_PASSIVE = re.compile(r"\b(?:was|were|is|are|been|be)\s+(?:\w+ly\s+)?\w+(?:ed|en)\b", re.I)
_MODAL = re.compile(r"\b(?:can|could|may|might|would|will|should)\b", re.IGNORECASE)
_PRESENT = re.compile(r"\b(?:is|are|does|do)\b", re.IGNORECASE)
_STUDY = re.compile(
    r"\b(?:we|our|this study|the present study|these (?:data|results|findings))\b", re.I
)
# labels of a structured abstract's parts and of a paper's sections, by the part they name
_LABELS = (
    # ('Background aims:' of Cytotherapy, 'Background and Purpose:' of Stroke)
    (
        "background",
        r"(?:background|introduction)(?:(?: and)? (?:aims?|objectives?|purpose))?"
        r"|objectives?|aims?|purpose|context|rationale",
    ),
    (
        "methods",
        r"methods?|materials and methods|design|setting|procedures?|main outcome measures?",
    ),
    # ('Measurements and Main Results:' of the ATS journals)
    (
        "results",
        r"results?|(?:main |key |principal )?(?:results|findings)|observations?"
        r"|measurements and main results|main outcomes? and results"
        r"|(?:methods|approach) and results",
    ),
    ("conclusions", r"conclusions?|interpretation|discussion|significance|implications?"),
)
_LABEL_AT_START = re.compile(r"^\s*(?P<label>[A-Za-z][A-Za-z ]{2,30}?)\s*:", re.IGNORECASE)


def _part(label: str) -> str | None:
    folded = label.strip().casefold()
    for part, pattern in _LABELS:
        if re.fullmatch(pattern, folded):
            return part
    return None


@dataclass(frozen=True)
class Place:
    """Where a finding's sentence is: the part of the document (``title``, ``background``,
    ``methods``, ``results``, ``conclusions``, ``unlabelled``) and its place in its section."""

    part: str
    position: float  # 0 for the first sentence, 1 for the last
    first: bool
    last: bool


# a label-shaped opener the table does not know ('Clinical relevance:', 'Summary:')
_OTHER_LABEL = re.compile(r"^\s*(?=[^:]{2,45}:)[A-Z][A-Za-z]*(?: [A-Za-z]+){0,5}\s*:")


def sentence_parts(sentences: Sequence[str], section_title: str) -> tuple[str, ...]:
    """Each sentence's part of a section, for the reader (``Place.part``: a structured
    abstract's label opening a sentence holds until the next one; the section's own title
    before any). A Results or Background part ends at any other label ('Clinical relevance:',
    'Experimental approach:') and at a conclusion's opening words (``conclusion_opening``: 'In
    conclusion, ...'); a sentence interpreting the results (``interpretation_sentence``: 'We
    speculate that ...') is none of them; a Background part with no other known part, none."""
    out = list(_parts(tuple(sentences), _part(section_title) or "unlabelled"))
    current = None
    for index, sentence in enumerate(sentences):
        labelled = _LABEL_AT_START.match(sentence)
        if labelled and _part(labelled.group("label")) is not None:
            current = None  # the label's own part holds again
        elif _OTHER_LABEL.match(sentence) or cues.cue_found("conclusion_opening", sentence):
            current = "unlabelled"
        if current is not None and out[index] in ("results", "background"):
            out[index] = current  # (a label the table does not know ends either part)
        if out[index] == "results" and cues.cue_found("interpretation_sentence", sentence):
            out[index] = "unlabelled"
    if "background" in out and not any(p in ("methods", "results", "conclusions") for p in out):
        # a Background label no Methods, Results or Conclusions label follows is no structured
        # abstract (a source that kept only the first label, or a made-up 'Background:'
        # opening; a closing 'Keywords:' is no part): its sentences are unlabelled
        out = ["unlabelled" if p == "background" else p for p in out]
    return tuple(_continued_results(sentences, out))


def _continued_results(sentences: Sequence[str], parts: list[str]) -> list[str]:
    """An unlabelled abstract's account of its results: after a sentence saying what this study
    found (``cues.tsv`` 'own_result_report': 'Herein, we found that ...'), a sentence adding to it
    (``additive_opening``: 'Additionally, the exosomes could inhibit X') reports a result too,
    until a conclusion or an interpretation opens."""
    reporting = False
    for index, sentence in enumerate(sentences):
        ended = cues.cue_found("conclusion_opening", sentence) or cues.cue_found(
            "interpretation_sentence", sentence
        )
        if parts[index] != "unlabelled" or ended:
            reporting = False
        elif reporting and cues.cue_found("additive_opening", sentence):
            parts[index] = "results"
        if parts[index] == "unlabelled" and cues.cue_found("own_result_report", sentence):
            reporting = True
    return parts


@cache
def _parts(sentences: tuple[str, ...], section_part: str) -> tuple[str, ...]:
    """Each sentence's part: a label opening it ('RESULTS: ...') holds until the next one."""
    out = []
    current = section_part
    for sentence in sentences:
        found = _LABEL_AT_START.match(sentence)
        part = _part(found.group("label")) if found else None
        if part is not None:
            current = part
        out.append(current)
    return tuple(out)


def place(document: TextDocument, locator: str) -> Place:
    """The place of a sentence locator in a document (``unlabelled`` and 0 when it does not
    resolve)."""
    match = _LOCATOR.fullmatch(locator)
    section = document.section(match.group(1)) if match else None
    if match is None or section is None:
        return Place("unlabelled", 0.0, True, True)
    if section.title == "Title":
        return Place("title", 0.0, True, True)
    sentences = section_sentences(section)
    index = int(match.group(2)) - 1
    if not 0 <= index < len(sentences):
        return Place("unlabelled", 0.0, True, True)
    part = _parts(sentences, _part(section.title) or "unlabelled")[index]
    last = len(sentences) - 1
    return Place(part, index / last if last else 0.0, index == 0, index == last)


def words(sentence: str) -> set[str]:
    """The sentence's folded words, endings cut (the word features)."""
    out = set()
    for word in _WORD.findall(sentence.casefold()):
        cut = _ENDING.sub("", word) if len(word) > 5 else word
        out.add(cut)
    return out


def trigger_forms(sentence: str) -> set[str]:
    """The forms of the sentence's trigger words (polarity lexicon): ``past`` ('reduced'),
    ``present`` ('reduces', 'reduce'), ``gerund`` ('reducing'), ``noun`` ('reduction')."""
    out = set()
    for word in _WORD.findall(sentence.casefold()):
        if rules.polarity_of(word) is None:
            continue
        if word.endswith("ed"):
            out.add("past")
        elif word.endswith("ing"):
            out.add("gerund")
        elif word.endswith(("ion", "ment", "ance", "ence")):
            out.add("noun")
        else:
            out.add("present")
    return out


def features(record: Record, where: Place, siblings: int, restated: str = "no") -> dict[str, float]:
    """The features of a finding read from a sentence at ``where`` that gave ``siblings``
    findings in all (this one included); ``restated``: another sentence of the document gave
    the same effect and direction (``earlier``, ``later``) or not (``no``)."""
    evidence, finding = record.evidence, record.finding
    sentence = evidence.text or ""
    outcome = finding.outcome
    process = outcome.process
    out: dict[str, float] = {
        "bias": 1.0,
        f"family:{evidence.extractor.split()[-1]}": 1.0,
        f"part:{where.part}": 1.0,
        "position": where.position,
        f"siblings:{min(siblings, 3)}": 1.0,
        f"direction:{outcome.direction}": 1.0,
        f"role:{outcome.role}": 1.0,
        f"model:{finding.model}": 1.0,
        f"effect:{process.kind if process else 'none'}": 1.0,
        f"effect_source:{_source(process.curie if process else None)}": 1.0,
        f"restated:{restated}": 1.0,
    }
    flags = {
        "first": where.first and where.part != "title",
        "last": where.last and where.part != "title",
        "hedged": evidence.hedged,
        "negated": evidence.negated,
        "cites": bool(evidence.cites),
        "cargo": bool(finding.cargo),
        "targets": bool(finding.targets),
        "pathways": bool(finding.pathways),
        "disease": finding.recipient.disease is not None,
        "source_named": finding.msc_source is not None,
        "anaphor": bool(_ANAPHOR.match(sentence)),
        "passive": bool(_PASSIVE.search(sentence)),
        "modal": bool(_MODAL.search(sentence)),
        "present": bool(_PRESENT.search(sentence)),
        "study": bool(_STUDY.search(sentence)),
        "long": len(sentence) > 250,
    }
    flags |= {f"cue:{name}": cues.cue_found(name, sentence) for name in _CUES}
    flags["cue:model"] = cues.model_of(sentence) != "unknown"
    out |= {name: 1.0 for name, on in flags.items() if on}
    out |= {f"trigger:{form}": 1.0 for form in trigger_forms(sentence)}
    out |= {f"w:{w}": 1.0 for w in words(sentence)}
    return out


def _source(curie: str | None) -> str:
    return curie.split(":", 1)[0] if curie and ":" in curie else "none"


_CUES = ("ev", "msc", "summary", "tumour_context", "inhibitor_agent", "hedge", "negation")


@dataclass(frozen=True)
class Scorer:
    """Weights by feature name and the threshold below which a finding is dropped."""

    weights: dict[str, float]
    threshold: float

    def score(self, values: dict[str, float]) -> float:
        z = sum(self.weights.get(name, 0.0) * value for name, value in values.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@cache
def scorer() -> Scorer:
    """The shipped weights (``vocab/data/finding_score.tsv``)."""
    rows = read_tsv(TABLE)
    weights = {r["feature"]: float(r["weight"]) for r in rows if r["feature"] != "threshold"}
    threshold = next((float(r["weight"]) for r in rows if r["feature"] == "threshold"), 0.0)
    return Scorer(weights, threshold)


def finding_features(records: Sequence[Record], document: TextDocument) -> list[dict[str, float]]:
    """The features of each of a document's findings (read from its sentences)."""
    siblings = Counter(r.evidence.locator for r in records)
    seen: dict[tuple[str, str], list[int]] = {}
    for i, r in enumerate(records):
        seen.setdefault(_effect(r), []).append(i)
    out = []
    for i, r in enumerate(records):
        others = [j for j in seen[_effect(r)] if records[j].evidence.locator != r.evidence.locator]
        restated = "no" if not others else "earlier" if others[0] < i else "later"
        where = place(document, r.evidence.locator)
        out.append(features(r, where, siblings[r.evidence.locator], restated))
    return out


def _effect(record: Record) -> tuple[str, str]:
    process = record.finding.outcome.process
    return (process.key() if process else "", record.finding.outcome.direction)


def kept(scores: Sequence[float], threshold: float) -> list[bool]:
    """Which findings of a document stay: those scoring at least the threshold, and the best
    one when none does (the scorer judges which findings of a document are right, not whether
    the document is about MSC-EVs: a relevant abstract keeps a finding)."""
    mask = [s >= threshold for s in scores]
    if scores and not any(mask):
        mask[max(range(len(scores)), key=lambda i: (scores[i], -i))] = True
    return mask


def _role(record: Record) -> str:
    """A finding's role, protective and regenerative as one (both repair); a negated one has
    none (``consolidate.state_no_change`` makes it no change after this filter)."""
    if record.evidence.negated:
        return "neutral"
    return role_family(record.finding.outcome.role)


def _leading_role(records: Sequence[Record]) -> str | None:
    """The role most findings give (none for a tie, or when none gives a role)."""
    roles = Counter(_role(r) for r in records if _role(r) not in ("unknown", "neutral"))
    ranked = roles.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def _title_concepts(document: TextDocument) -> set[str]:
    """The keys of the concepts a document's title names (its grounded mentions; only a
    process or disease can be a finding's process, so only those ever match)."""
    return {m.entity.key() for m in find_mentions(document.title or "") if m.entity.grounded}


def keep_likely(
    records: Sequence[Record], document: TextDocument, chosen: Scorer | None = None
) -> list[Record]:
    """The findings ``kept`` by their score, in order; a cargo the document's findings name is
    never lost with them (the best-scoring finding carrying a cargo no kept finding carries
    stays too: what the vesicles carry is what the atlas is about), nor the abstract's
    statement of what its title names (of the leading role, asserted, not background), nor the
    role most of its findings give."""
    chosen = chosen or scorer()
    if not records or chosen.threshold <= 0.0:
        return list(records)
    scores = [chosen.score(v) for v in finding_features(records, document)]
    mask = kept(scores, chosen.threshold)
    leading = _leading_role(records)
    if leading and not any(k and _role(r) == leading for r, k in zip(records, mask, strict=True)):
        # nor is the abstract's role lost with them: when every finding of the role most of its
        # findings give is below the threshold, the best of them stays (the scorer judges which
        # statements are right, not what the vesicles do: a tumour the EVs shrink, said twice
        # in sentences the scorer doubts, is not turned into the one protective aside it keeps)
        best = max(
            (i for i, r in enumerate(records) if _role(r) == leading), key=lambda i: (scores[i], -i)
        )
        mask[best] = True
    carried = {c.key() for r, k in zip(records, mask, strict=True) if k for c in r.finding.cargo}
    for i in sorted(range(len(records)), key=lambda i: (-scores[i], i)):
        new = {c.key() for c in records[i].finding.cargo} - carried
        if not mask[i] and new:
            mask[i] = True
            carried |= new
    named = _title_concepts(document)
    held = {_effect(r)[0] for r, k in zip(records, mask, strict=True) if k}
    for i in sorted(range(len(records)), key=lambda i: (-scores[i], i)):
        # nor is what its title names: the abstract's best finding of a disease or process the
        # title names stays when no kept finding has it (a paper on a disease whose two
        # sentences stating its result the scorer doubts is not left with only its side
        # results); a statement of a result only: not the title's own finding, a hedged one,
        # one citing other work, nor one of the abstract's background or its opening sentence
        # (which sets out what others found, when no label says so)
        key = _effect(records[i])[0]
        evidence = records[i].evidence
        where = place(document, evidence.locator)
        if (
            not mask[i]
            and key in named
            and key not in held
            and _role(records[i]) == leading
            and not (evidence.hedged or evidence.cites)
            and where.part not in ("title", "background")
            and not where.first
        ):
            mask[i] = True
            held.add(key)
    if leading:
        # nor is its lead: a role most of its findings gave stays ahead of the others (two
        # restatements of a repair, one doubted, are not made a tie with one harm it keeps)
        for i in sorted(range(len(records)), key=lambda i: (-scores[i], i)):
            if _leading_role([r for r, k in zip(records, mask, strict=True) if k]) == leading:
                break
            if not mask[i] and _role(records[i]) == leading:
                mask[i] = True
    return [r for r, k in zip(records, mask, strict=True) if k]
