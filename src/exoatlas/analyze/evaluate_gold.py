"""The reader measured against the development gold set of real PubMed records.

``exoatlas eval --gold gold --corpus ../shared/corpus`` feeds every gold record to the reader as a
MEDLINE-like document (a Title and an Abstract section, JATS markup stripped) and reads it deeply
(no triage), or scores a given ``exoatlas read --format jsonl`` output. Scores are given per split
(dev, heldout), each with its counts. Only records with a judgement are scored.

Matching rules (the acceptance rules of issue 15):

- **Relevance.** A record is judged relevant by the reader when at least one finding read from it
  has an MSC source; the gold says relevant when its judgement does. Precision, recall, F1 over
  records.
- **Span coverage.** A read finding's evidence sentence is found, word for word (case-folded word
  tokens, markup stripped), in the record's field the gold span is in; it *covers* the span when
  they share at least half of the span's words, or at least 80 % of the sentence's words lie
  inside the span (a span of several sentences is covered by each of them). A sentence that
  cannot be found word for word falls back to a bag of words with the same thresholds.
- **Finding match.** A read finding matches a gold row of the same record when its sentence covers
  the row's span, its outcome direction equals the row's direction, and its role is compatible:
  ``protective_regenerative`` with ``protective`` or ``regenerative``; ``anti_tumor``,
  ``pro_tumor`` and ``pathogenic`` each with itself. Matching is one-to-one (a maximum matching;
  among maximum matchings the one agreeing on most fields). Gold rows with role
  ``neutral_or_method`` are not finding targets: they count for relevance and cargo only, and a
  read finding whose sentence covers such a row's span and that matches no other row is left out
  of precision (it is neither right nor wrong). Precision = matched / read findings counted,
  recall = matched / gold rows with another role.
- **Fields on matched findings** (correct / matched pairs):
  ``source``: the gold MSC source grounds to the read finding's source concept (an unstated
  source is ``MSC``); ``cargo``: the same set of cargo (miRNA names compared by miRBase name, an
  arm matching its precursor; an lncRNA, circRNA or piRNA no lexicon knows by its one form,
  ``ncrna.ground_ncrna``: circ_0001236 for hsa_circ_0001236 and circRNA_0001236; other names by
  grounded concept, else folded text; ``:up``/``:down`` ignored), both empty counts as right;
  ``target``: the same set of target genes, likewise;
  ``disease``: both empty, or the same, hierarchy-related or same-organ disease (an ungrounded
  gold disease: a shared word stem with the read disease); ``process``: the gold effect grounds to
  the same or a related process, or shares a word stem (first five letters) with the read
  process's label or the words it was read from; ``model``: equal (an empty gold model is
  ``unknown``).
- **Cargo recall.** Each distinct cargo a relevant record's gold rows name (any role) is recalled
  when some finding read from that record carries it (compared as for the cargo field). The
  report also counts the gold cargo of relevant records read as irrelevant (no finding with an
  MSC source; counted whether or not a finding with no source carried it, so it may overlap the
  recalled count): cargo lost with its record rather than missed in a record that was read.
- **Majority role.** For each relevant record with gold rows of a role other than
  ``neutral_or_method``: the gold majority role (ties: any of the tied roles) against the most
  common role among its read findings (``protective`` and ``regenerative`` count as
  ``protective_regenerative``; ``neutral`` and ``unknown`` are not counted; none left: ``none``).
  The share right, and the confusion of the two (``papers``). ``findings`` is the confusion of
  roles over gold rows matched with the role ignored (same span and direction), ``none`` when no
  read finding covers the row with that direction.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import networkx as nx

from exoatlas.analyze.evaluate_gold_data import (
    SPLITS,
    CorpusRecord,
    GoldRow,
    GoldSet,
    check_spans,
    load_corpus,
    load_gold,
)
from exoatlas.analyze.gold_fields import FIELDS, entity_key, name_key, same_name
from exoatlas.errors import InputError
from exoatlas.ingest.records import Field
from exoatlas.model import Evidence, Finding
from exoatlas.read.reader import ReadRecord

ROLE_COMPATIBLE: dict[str, frozenset[str]] = {
    "protective_regenerative": frozenset({"protective", "regenerative"}),
    "anti_tumor": frozenset({"anti_tumor"}),
    "pro_tumor": frozenset({"pro_tumor"}),
    "pathogenic": frozenset({"pathogenic"}),
}
# a read role in the gold's role names (neutral and unknown say nothing about the paper's role)
READ_ROLE = {
    "protective": "protective_regenerative",
    "regenerative": "protective_regenerative",
    "anti_tumor": "anti_tumor",
    "pro_tumor": "pro_tumor",
    "pathogenic": "pathogenic",
}
NEUTRAL = "neutral_or_method"
SPAN_SHARE = 0.5  # of the gold span's words the sentence must contain
SENTENCE_SHARE = 0.8  # or of the sentence's words that lie inside the span
_WORD = re.compile(r"\w+")

Reader = Callable[[CorpusRecord], list[ReadRecord]]


# -- span coverage ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Words:
    """A field's word tokens, case-folded, with their character ranges."""

    words: tuple[str, ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    joined: str  # ' w1 w2 ... ' for locating a sentence

    @classmethod
    def of(cls, text: str) -> _Words:
        found = list(_WORD.finditer(text))
        words = tuple(m.group().casefold() for m in found)
        return cls(
            words,
            tuple(m.start() for m in found),
            tuple(m.end() for m in found),
            " " + " ".join(words) + " ",
        )

    def locate(self, sentence: str) -> range | None:
        """Word indices of ``sentence`` found word for word in the field, or None."""
        tokens = [w.casefold() for w in _WORD.findall(sentence)]
        if not tokens:
            return None
        at = self.joined.find(" " + " ".join(tokens) + " ")
        if at < 0:
            return None
        first = self.joined.count(" ", 0, at + 1) - 1
        return range(first, first + len(tokens))

    def within(self, start: int, end: int) -> range:
        """Word indices overlapping characters [start, end)."""
        inside = [
            i for i in range(len(self.words)) if self.starts[i] < end and self.ends[i] > start
        ]
        return range(inside[0], inside[-1] + 1) if inside else range(0)


@cache
def _field_words(field: Field) -> _Words:
    return _Words.of(field.text)


def _span_words(row: GoldRow, record: CorpusRecord) -> tuple[_Words, range]:
    field = record.field(row.span_field)
    words = _field_words(field)
    return words, words.within(*field.clean_range(row.span_start, row.span_end))


def covers(sentence: str | None, row: GoldRow, record: CorpusRecord) -> bool:
    """Does an evidence sentence cover a gold row's span? (rules in the module docstring)"""
    if not sentence:
        return False
    words, span = _span_words(row, record)
    if not span:
        return False
    found = words.locate(sentence)
    if found is None:
        if any(_field_words(record.field(f)).locate(sentence) for f in ("title", "abstract")):
            return False  # it is elsewhere in the record
        bag = Counter(w.casefold() for w in _WORD.findall(sentence))
        gold = Counter(words.words[i] for i in span)
        shared = sum((bag & gold).values())
        size = sum(bag.values())
    else:
        shared = len(set(span) & set(found))
        size = len(found)
    return shared >= SPAN_SHARE * len(span) or (size > 0 and shared >= SENTENCE_SHARE * size)


# -- scoring ---------------------------------------------------------------------------------


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f1, 3)}


def _matching(pairs: Mapping[tuple[int, int], float]) -> list[tuple[int, int]]:
    """A maximum one-to-one matching of (read, gold) pairs, heaviest among the maximum ones."""
    graph = nx.Graph()
    for (r, g), weight in pairs.items():
        graph.add_edge(("r", r), ("g", g), weight=weight)
    matched = nx.max_weight_matching(graph, maxcardinality=True)
    out = []
    for a, b in matched:
        read, gold = (a, b) if a[0] == "r" else (b, a)
        out.append((read[1], gold[1]))
    return sorted(out)


def _agreement(row: GoldRow, finding: Finding) -> int:
    return sum(check(row, finding) for check in FIELDS.values())


@dataclass
class _Tally:
    """Counts of one split, added record by record."""

    records: int = 0
    relevant: int = 0
    rows: int = 0
    neutral_rows: int = 0
    truncated: int = 0
    done: int = 0
    read: int = 0
    matched: int = 0
    left_out: int = 0
    rel_tp: int = 0
    rel_fp: int = 0
    rel_fn: int = 0
    rel_tn: int = 0
    cargo_gold: int = 0
    cargo_recalled: int = 0
    cargo_unread: int = 0  # gold cargo of relevant records read as irrelevant (lost with them)
    papers: int = 0
    papers_right: int = 0

    def __post_init__(self) -> None:
        self.fields: dict[str, int] = dict.fromkeys(FIELDS, 0)
        self.paper_roles: Counter[tuple[str, str]] = Counter()
        self.finding_roles: Counter[tuple[str, str]] = Counter()


def _match(
    record: CorpusRecord, rows: Sequence[GoldRow], read: Sequence[ReadRecord]
) -> tuple[list[tuple[int, int]], set[int], dict[tuple[int, int], bool]]:
    """The finding matching of one record: (read, gold) index pairs, the read findings left out
    as method-row statements, and which sentence covers which row."""
    cover = {
        (i, j): covers(r.evidence.text, row, record)
        for i, r in enumerate(read)
        for j, row in enumerate(rows)
    }
    pairs = {
        (i, j): 1.0 + 0.01 * _agreement(row, read[i].finding)
        for i in range(len(read))
        for j, row in enumerate(rows)
        if row.role != NEUTRAL
        and cover[i, j]
        and read[i].finding.outcome.direction == row.direction
        and read[i].finding.outcome.role in ROLE_COMPATIBLE[row.role]
    }
    matches = _matching(pairs)
    matched_read = {i for i, _ in matches}
    left_out = {
        i
        for i in range(len(read))
        if i not in matched_read
        and any(cover[i, j] for j, row in enumerate(rows) if row.role == NEUTRAL)
    }
    return matches, left_out, cover


def match_findings(
    record: CorpusRecord, rows: Sequence[GoldRow], read: Sequence[ReadRecord]
) -> tuple[set[int], set[int]]:
    """Which of a record's read findings match a gold row, and which are left out of precision
    (statements of a method row), by the rules above (``exoatlas eval --gold``)."""
    ordered = sorted(rows, key=lambda r: r.row)
    matches, left_out, _ = _match(record, ordered, read)
    return {i for i, _ in matches}, left_out


def _score_record(
    tally: _Tally,
    record: CorpusRecord,
    relevant: bool,
    rows: Sequence[GoldRow],
    read: Sequence[ReadRecord],
) -> None:
    tally.relevant += relevant
    said_relevant = any(r.finding.msc_source is not None for r in read)
    tally.rel_tp += relevant and said_relevant
    tally.rel_fp += not relevant and said_relevant
    tally.rel_fn += relevant and not said_relevant
    tally.rel_tn += not relevant and not said_relevant
    scored = [row for row in rows if row.role != NEUTRAL]
    tally.rows += len(scored)
    tally.neutral_rows += len(rows) - len(scored)
    matches, left_out, cover = _match(record, rows, read)

    def same_direction(i: int, j: int) -> bool:
        return cover[i, j] and read[i].finding.outcome.direction == rows[j].direction

    tally.read += len(read) - len(left_out)
    tally.left_out += len(left_out)
    tally.matched += len(matches)
    for i, j in matches:
        for name, check in FIELDS.items():
            tally.fields[name] += check(rows[j], read[i].finding)
    # roles with the role ignored: which role did the reader give the gold row's statement?
    loose = {
        (i, j): 1.0 + (0.5 if read[i].finding.outcome.role in ROLE_COMPATIBLE[rows[j].role] else 0)
        for i in range(len(read))
        for j in range(len(rows))
        if rows[j].role != NEUTRAL and same_direction(i, j)
    }
    given = {j: read[i].finding.outcome.role for i, j in _matching(loose)}
    for j, row in enumerate(rows):
        if row.role != NEUTRAL:
            tally.finding_roles[row.role, given.get(j, "none")] += 1
    if relevant:
        _score_cargo(tally, rows, read, said_relevant)
        _score_paper_role(tally, scored, read)


def _score_cargo(
    tally: _Tally, rows: Sequence[GoldRow], read: Sequence[ReadRecord], said_relevant: bool
) -> None:
    gold = {name_key(n) for row in rows for n in row.cargo}
    found = [entity_key(e) for r in read for e in r.finding.cargo]
    tally.cargo_gold += len(gold)
    tally.cargo_unread += 0 if said_relevant else len(gold)
    tally.cargo_recalled += sum(any(same_name(g, f) for f in found) for g in gold)


def _score_paper_role(tally: _Tally, scored: Sequence[GoldRow], read: Sequence[ReadRecord]) -> None:
    if not scored:
        return
    gold = Counter(row.role for row in scored)
    top = max(gold.values())
    majority = sorted(role for role, n in gold.items() if n == top)
    roles = Counter(
        READ_ROLE[r.finding.outcome.role] for r in read if r.finding.outcome.role in READ_ROLE
    )
    said = min(roles, key=lambda role: (-roles[role], role)) if roles else "none"
    right = said in majority
    tally.papers += 1
    tally.papers_right += right
    tally.paper_roles[said if right else majority[0], said] += 1


def _share(part: int, whole: int) -> float:
    return round(part / whole, 3) if whole else 0.0


def _confusion(counts: Counter[tuple[str, str]]) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = {}
    for (gold, said), n in sorted(counts.items()):
        out.setdefault(gold, {})[said] = n
    return out


def _report(tally: _Tally) -> dict[str, Any]:
    fp = tally.read - tally.matched
    fn = tally.rows - tally.matched
    findings = _prf(tally.matched, fp, fn) | {
        "matched": tally.matched,
        "read": tally.read,
        "gold": tally.rows,
        "left_out_neutral": tally.left_out,
    }
    relevance = _prf(tally.rel_tp, tally.rel_fp, tally.rel_fn) | {
        "tp": tally.rel_tp,
        "fp": tally.rel_fp,
        "fn": tally.rel_fn,
        "tn": tally.rel_tn,
    }
    return {
        "records": tally.records,
        "relevant": tally.relevant,
        "both_passes_done": tally.done,
        "truncated": tally.truncated,
        "gold_rows": tally.rows,
        "neutral_rows": tally.neutral_rows,
        "findings": findings,
        "fields_on_matched": {
            name: {
                "accuracy": round(right / tally.matched, 3) if tally.matched else 0.0,
                "right": right,
                "matched": tally.matched,
            }
            for name, right in tally.fields.items()
        },
        "relevance": relevance,
        "cargo": {
            "recall": round(tally.cargo_recalled / tally.cargo_gold, 3)
            if tally.cargo_gold
            else 0.0,
            "recalled": tally.cargo_recalled,
            "gold": tally.cargo_gold,
            "in_records_read_irrelevant": tally.cargo_unread,
        },
        "majority_role": {
            "accuracy": round(tally.papers_right / tally.papers, 3) if tally.papers else 0.0,
            "right": tally.papers_right,
            "papers": tally.papers,
        },
        "role_confusion": {
            "papers": _confusion(tally.paper_roles),
            "findings": _confusion(tally.finding_roles),
        },
    }


def score(
    gold: GoldSet,
    corpus: Mapping[str, CorpusRecord],
    read: Mapping[str, Sequence[ReadRecord]],
    splits: Sequence[str] = SPLITS,
) -> dict[str, Any]:
    """Scores per split of what was read from each judged gold record (rules: module doc)."""
    rows_of: dict[str, list[GoldRow]] = {}
    for row in gold.rows:
        rows_of.setdefault(row.record, []).append(row)
    tallies = {split: _Tally() for split in splits}
    for record_id, judgement in sorted(gold.judgements.items()):
        tally = tallies.get(gold.splits[record_id])
        if tally is None:
            continue
        tally.records += 1
        tally.truncated += judgement.truncated
        tally.done += judgement.done
        rows = sorted(rows_of.get(record_id, []), key=lambda r: r.row)
        _score_record(tally, corpus[record_id], judgement.relevant, rows, read.get(record_id, ()))
    unjudged = sorted(r for r in gold.splits if r not in gold.judgements)
    return {
        "splits": {split: _report(t) for split, t in tallies.items()},
        "unjudged_records": len(unjudged),
        "gold_files": list(gold.files),
    }


# -- reading ---------------------------------------------------------------------------------


def read_deeply(record: CorpusRecord) -> list[ReadRecord]:
    """The deep reader (no triage) on one record as a MEDLINE-like document."""
    from exoatlas.read.reader import read_document

    return list(read_document(record.document(), force=True))


def read_predictions(path: Path) -> dict[str, list[ReadRecord]]:
    """``exoatlas read --format jsonl`` output, grouped by document."""
    from pydantic import ValidationError

    out: dict[str, list[ReadRecord]] = {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read ({exc.__class__.__name__})") from exc
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            record = ReadRecord(
                Finding.model_validate(item["finding"]), Evidence.model_validate(item["evidence"])
            )
        except (json.JSONDecodeError, KeyError, TypeError, ValidationError):
            raise InputError(
                f"{path} line {number}: not a line of 'exoatlas read --format jsonl'"
            ) from None
        out.setdefault(record.evidence.document, []).append(record)
    return out


def evaluate_gold(
    gold_dir: Path,
    corpus_dir: Path,
    *,
    splits: Sequence[str] = SPLITS,
    predictions: Path | None = None,
    reader: Reader = read_deeply,
) -> dict[str, Any]:
    """Load the gold and the corpus, read (or load the predictions), score per split."""
    gold = load_gold(gold_dir)
    wanted = [r for r in gold.judgements if gold.splits[r] in splits]
    corpus = load_corpus(corpus_dir, wanted)
    check_spans(gold, corpus)
    if predictions is not None:
        read = read_predictions(predictions)
    else:
        read = {rid: reader(corpus[rid]) for rid in sorted(wanted)}
    result = score(gold, corpus, read, splits)
    result["reader"] = "predictions: " + str(predictions) if predictions else "deep reader"
    return result
