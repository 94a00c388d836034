"""Train the finding scorer (``read.finding_score``) on the dev split of the gold set, measure it
by 5-fold cross-validation grouped by record, and write ``vocab/data/finding_score.tsv``.

Every finding the reader gives a dev record (unfiltered) is labelled matched / not matched by the
rules of ``exoatlas eval --gold``; method-row statements are left out, as the eval leaves them out
of precision. An L2 logistic regression (Newton's method, numpy) is fitted on the features of
``read.finding_score``. Cross-validation: records are put in 5 folds by a hash of their id; for
each fold a model trained on the other four scores the fold's findings, and the eval's finding
precision, recall and F1 are computed after dropping the findings scoring below a threshold (the
matching redone on what is kept). Deterministic: same gold, corpus and reader, same table.

    .venv/bin/python scripts/train_finding_scorer.py --gold gold --corpus ../shared/corpus
    .venv/bin/python scripts/train_finding_scorer.py --report-only   # CV only, no table written

Dev records only: held-apart text is never read.
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import json
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from exoatlas.analyze.evaluate_gold import match_findings
from exoatlas.analyze.scorer_data import (
    DevSet,
    Example,
    gold_fingerprint,
    load_dev,
    reader_fingerprint,
)
from exoatlas.read.finding_score import kept

FOLDS = 5
MIN_RECORDS = 3  # a word is a feature when the sentences of at least this many records hold it
THRESHOLDS = (0.0, 0.2, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7)
LAMBDAS = (1.0, 3.0, 10.0, 30.0)
TABLE = Path(__file__).resolve().parents[1] / "src/exoatlas/vocab/data/finding_score.tsv"


def fold_of(record: str) -> int:
    return int(hashlib.sha256(record.encode()).hexdigest(), 16) % FOLDS


def vocabulary(examples: Sequence[Example], words: bool = True) -> list[str]:
    """Feature names of the training examples; a word only when enough records hold it."""
    records: dict[str, set[str]] = defaultdict(set)
    for e in examples:
        for name in e.features:
            records[name].add(e.record)
    return sorted(
        name
        for name, held in records.items()
        if not name.startswith("w:") or (words and len(held) >= MIN_RECORDS)
    )


def fit(examples: Sequence[Example], lam: float, words: bool = True) -> dict[str, float]:
    """L2-penalised logistic regression (the bias unpenalised), by Newton's method."""
    train = [e for e in examples if e.label is not None]
    names = vocabulary(train, words)
    index = {n: i for i, n in enumerate(names)}
    x = np.zeros((len(train), len(names)))
    for row, e in enumerate(train):
        for name, value in e.features.items():
            if name in index:
                x[row, index[name]] = value
    y = np.array([e.label for e in train], dtype=float)
    penalty = np.full(len(names), lam)
    penalty[index["bias"]] = 1e-6
    w = np.zeros(len(names))
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        gradient = x.T @ (p - y) + penalty * w
        hessian = (x.T * (p * (1 - p))) @ x + np.diag(penalty)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.max(np.abs(step)) < 1e-10:
            break
    return {n: float(v) for n, v in zip(names, w, strict=True)}


def probability(weights: dict[str, float], features: dict[str, float]) -> float:
    z = sum(weights.get(n, 0.0) * v for n, v in features.items())
    return float(1.0 / (1.0 + np.exp(-np.clip(z, -30, 30))))


Keep = Callable[[list[float], list[str]], list[bool]]


def by_threshold(t: float) -> Keep:
    """The reader's own rule (``finding_score.kept``)."""
    return lambda scores, _: kept(scores, t)


def sentence_best(t: float) -> Keep:
    """In a sentence that gave several findings keep the best-scoring one; then the threshold."""

    def keep(scores: list[float], locators: list[str]) -> list[bool]:
        best: dict[str, float] = {}
        for s, loc in zip(scores, locators, strict=True):
            best[loc] = max(best.get(loc, 0.0), s)
        return [s >= t and s >= best[loc] for s, loc in zip(scores, locators, strict=True)]

    return keep


_MEMO: dict[tuple[str, tuple[bool, ...]], tuple[int, int]] = {}


def evaluate(dev: DevSet, scores: dict[str, list[float]], keep: Keep, rids: Sequence[str]) -> dict:
    """The eval's finding counts on these records after dropping what ``keep`` drops."""
    matched = read = gold = 0
    for rid in rids:
        records = dev.read[rid]
        mask = tuple(keep(scores.get(rid, []), [r.evidence.locator for r in records]))
        if (rid, mask) not in _MEMO:
            kept = [r for r, k in zip(records, mask, strict=True) if k]
            hit, left_out = match_findings(dev.corpus[rid], dev.rows[rid], kept)
            _MEMO[rid, mask] = (len(hit), len(kept) - len(left_out))
        m, r = _MEMO[rid, mask]
        matched += m
        read += r
        gold += dev.gold_rows(rid)
    p = matched / read if read else 0.0
    r = matched / gold if gold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"matched": matched, "read": read, "gold": gold, "p": p, "r": r, "f1": f1}


def out_of_fold(
    dev: DevSet,
    examples: Sequence[Example],
    lam: float,
    words: bool,
    fold: Callable[[str], int] = fold_of,
    folds: int = FOLDS,
) -> dict[str, list[float]]:
    """Each record's findings scored by the model trained on the other folds."""
    scores: dict[str, list[float]] = {e.record: [] for e in examples}
    for f in range(folds):
        weights = fit([e for e in examples if fold(e.record) != f], lam, words)
        for e in examples:
            if fold(e.record) == f:
                scores[e.record].append(probability(weights, e.features))
    return scores


def variants() -> list[tuple[str, Keep]]:
    return [(f"t={t}", by_threshold(t)) for t in THRESHOLDS] + [
        (f"best+t={t}", sentence_best(t)) for t in (0.0, 0.3, 0.4, 0.5)
    ]


def cross_validate(dev: DevSet, examples: Sequence[Example]) -> dict:
    folds = [[rid for rid in dev.records if fold_of(rid) == f] for f in range(FOLDS)]
    out: dict[str, dict] = {}
    for words in (False, True):
        for lam in LAMBDAS:
            scores = out_of_fold(dev, examples, lam, words)
            for name, keep in variants():
                per_fold = [evaluate(dev, scores, keep, rids) for rids in folds]
                pooled = evaluate(dev, scores, keep, dev.records)
                out[f"words={words} lam={lam} {name}"] = {"pooled": pooled, "folds": per_fold}
    return out


def inner_fold(record: str) -> int:
    return int(hashlib.sha256(f"inner {record}".encode()).hexdigest(), 16) % (FOLDS - 1)


def nested(dev: DevSet, examples: Sequence[Example]) -> dict:
    """Lambda, words and threshold chosen inside each outer training part (4-fold inner CV,
    pooled F1), the chosen model trained on that part and applied to the outer fold: an honest
    estimate of the whole procedure, selection included."""
    per_fold, chosen = [], []
    all_scores: dict[str, list[float]] = {}
    thresholds: dict[str, float] = {}
    for f in range(FOLDS):
        inner = [e for e in examples if fold_of(e.record) != f]
        inner_rids = sorted({e.record for e in inner})
        best: tuple[float, str, float, bool, float] | None = None
        for words in (False, True):
            for lam in LAMBDAS:
                scores = out_of_fold(dev, inner, lam, words, inner_fold, FOLDS - 1)
                for t in THRESHOLDS:
                    f1 = evaluate(dev, scores, by_threshold(t), inner_rids)["f1"]
                    if best is None or f1 > best[0] + 1e-9:
                        best = (f1, f"words={words} lam={lam} t={t}", lam, words, t)
        assert best is not None
        weights = fit(inner, best[2], best[3])
        outer = [rid for rid in dev.records if fold_of(rid) == f]
        for e in examples:
            if fold_of(e.record) == f:
                all_scores.setdefault(e.record, []).append(probability(weights, e.features))
        for rid in outer:
            thresholds[rid] = best[4]
        scores = {rid: all_scores.get(rid, []) for rid in outer}
        per_fold.append(evaluate(dev, scores, by_threshold(best[4]), outer))
        chosen.append(f"{best[1]} (inner F1 {best[0]:.3f})")
    matched = sum(m["matched"] for m in per_fold)
    read = sum(m["read"] for m in per_fold)
    gold = sum(m["gold"] for m in per_fold)
    p, r = matched / read, matched / gold
    pooled = {"matched": matched, "read": read, "gold": gold, "p": p, "r": r}
    pooled["f1"] = 2 * p * r / (p + r) if p + r else 0.0
    return {"pooled": pooled, "folds": per_fold, "chosen": chosen}


def _fmt(m: dict) -> str:
    counts = f"{m['matched']}/{m['read']}/{m['gold']}"
    return f"P {m['p']:.3f} R {m['r']:.3f} F1 {m['f1']:.3f} ({counts})"


def report(cv: dict) -> None:
    base = cv["words=False lam=1.0 t=0.0"]
    base_f1 = [m["f1"] for m in base["folds"]]
    print(f"reader as is: {_fmt(base['pooled'])}; per fold F1 {[round(f, 3) for f in base_f1]}")
    for name, result in cv.items():
        f1 = [m["f1"] for m in result["folds"]]
        gain = [a - b for a, b in zip(f1, base_f1, strict=True)]
        print(
            f"{name:34} {_fmt(result['pooled'])}  fold F1 "
            + " ".join(f"{f:.3f}" for f in f1)
            + f"  gain mean {np.mean(gain):+.3f} min {min(gain):+.3f} max {max(gain):+.3f}"
        )


def write_table(
    weights: dict[str, float], threshold: float, provenance: str, path: Path = TABLE
) -> None:
    lines = ["feature\tweight\tsource"]
    lines.append(f"threshold\t{threshold}\t{provenance}")
    for name in sorted(weights, key=lambda n: (n != "bias", n)):
        if abs(weights[name]) >= 1e-4:
            lines.append(f"{name}\t{weights[name]:.4f}\ttrained (see the threshold row)")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold", type=Path, default=Path("gold"))
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpus"))
    parser.add_argument("--lam", type=float, default=10.0, help="L2 strength of the shipped model")
    parser.add_argument("--threshold", type=float, default=0.55, help="shipped drop threshold")
    parser.add_argument("--words", action=argparse.BooleanOptionalAction, default=False)
    parser.add_argument("--date", default=datetime.datetime.now(datetime.UTC).date().isoformat())
    parser.add_argument("--report-only", action="store_true", help="CV only; write no table")
    parser.add_argument("--json", type=Path, help="write the CV results here as JSON")
    args = parser.parse_args()
    dev = load_dev(args.gold, args.corpus)
    examples = dev.examples()
    labels = Counter(e.label for e in examples)
    print(f"dev records {len(dev.records)}; findings {len(examples)}: {dict(labels)}")
    cv = cross_validate(dev, examples)
    report(cv)
    honest = nested(dev, examples)
    base_f1 = [m["f1"] for m in cv["words=False lam=1.0 t=0.0"]["folds"]]
    gain = [m["f1"] - b for m, b in zip(honest["folds"], base_f1, strict=True)]
    print(f"nested CV (selection inside each fold): {_fmt(honest['pooled'])}")
    for m, c, g in zip(honest["folds"], honest["chosen"], gain, strict=True):
        print(f"  fold {_fmt(m)}  gain {g:+.3f}  chose {c}")
    cv["nested"] = honest
    if args.json:
        args.json.write_text(json.dumps(cv, indent=1))
    if args.report_only:
        return
    chosen = cv[f"words={args.words} lam={args.lam} t={args.threshold}"]
    base = cv["words=False lam=1.0 t=0.0"]

    def folds(result: dict) -> str:
        return " ".join(f"{m['f1']:.3f}" for m in result["folds"])

    def prf(result: dict) -> str:
        m = result["pooled"]
        return f"P {m['p']:.3f} R {m['r']:.3f} F1 {m['f1']:.3f} (folds {folds(result)})"

    provenance = (
        f"scripts/train_finding_scorer.py on {args.date}: L2 logistic regression "
        f"(lambda {args.lam}, words {args.words}) on the {len(dev.records)} dev records of "
        f"gold/records.tsv ({labels[1]} matched, {labels[0]} unmatched findings); "
        f"gold {gold_fingerprint(dev.gold)}; reader {reader_fingerprint(examples)}; "
        f"5-fold CV by record: unfiltered {prf(base)}; this model {prf(chosen)}; nested CV "
        f"(lambda, words, threshold chosen inside each fold) {prf(honest)}"
    )
    write_table(fit(examples, args.lam, args.words), args.threshold, provenance)
    print(f"wrote {TABLE}")


if __name__ == "__main__":
    main()
