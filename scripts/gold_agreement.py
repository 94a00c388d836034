#!/usr/bin/env python3
"""Agreement between the first annotation pass (gold/*_{A,B,C}.tsv) and the independent second
pass (gold/second/*.tsv) on the records the second pass covers.

Prints:
  * relevance agreement (raw and Cohen's kappa), and agreement on `kind` and `truncated`;
  * finding-level agreement as F1 between the passes. Two rows match when they are on the same
    record and field, their spans share at least one word, and direction and role are the same
    ("strict"). A "loose" matching (shared word only) is also reported, and on the loosely matched
    pairs the agreement on direction, role, cargo and model;
  * with --details, every disagreement (relevance, unmatched rows, attribute differences).

Offsets are read against the title/abstract text in the corpus, which is never copied anywhere.

    python3 scripts/gold_agreement.py --gold gold --corpus ../shared/corpus [--details]
"""

import argparse
import csv
import json
import os
import re
import sys
from collections import Counter, defaultdict

WORD = re.compile(r"\w+", re.UNICODE)


def read_tsv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def load_corpus(corpus):
    texts = {}
    for name in sorted(os.listdir(corpus)):
        if not name.endswith(".jsonl"):
            continue
        with open(os.path.join(corpus, name), encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                for key in ([f"pmid:{d['pmid']}"] if d.get("pmid") else []) + (
                    [f"doi:{d['doi']}"] if d.get("doi") else []
                ):
                    texts.setdefault(
                        key, {"title": d.get("title") or "", "abstract": d.get("abstract") or ""}
                    )
    return texts


def word_set(text, start, end):
    """Indices of the words of `text` that the half-open span [start, end) touches."""
    return {i for i, m in enumerate(WORD.finditer(text)) if m.start() < end and m.end() > start}


def kappa(pairs):
    n = len(pairs)
    if not n:
        return float("nan"), float("nan")
    po = sum(a == b for a, b in pairs) / n
    ca, cb = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    pe = sum(ca[k] * cb[k] for k in set(ca) | set(cb)) / (n * n)
    return po, (po - pe) / (1 - pe) if pe < 1 else float("nan")


def norm_cargo(value):
    items = set()
    for part in (value or "").split(";"):
        part = part.strip().lower()
        part = re.sub(r":(up|down)$", "", part)
        part = re.sub(r"^(hsa|mmu|rno)-", "", part)
        if part:
            items.add(part)
    return frozenset(items)


def effect_words(row):
    return set(WORD.findall((row["effect"] or "").lower()))


def match(rows1, rows2, spans, strict):
    """Greedy one-to-one matching of rows whose spans share a word.

    Several rows often share one list sentence, so candidate pairs are ranked by: same direction
    and role, same preparation (source, preconditioning, engineering), overlap of the words of
    `effect`, then span Jaccard. The ranking only decides which pairs are formed; whether a pair
    may be formed at all depends on the span (and, when strict, direction and role)."""
    cands = []
    for i, a in enumerate(rows1):
        for j, b in enumerate(rows2):
            if a["span_field"] != b["span_field"]:
                continue
            same_dr = a["direction"] == b["direction"] and a["role"] == b["role"]
            if strict and not same_dr:
                continue
            wa, wb = spans[id(a)], spans[id(b)]
            inter = len(wa & wb)
            if inter:
                same_prep = all(a[c] == b[c] for c in ("msc_source", "preconditioning")) and bool(
                    a["engineering"]
                ) == bool(b["engineering"])
                ea, eb = effect_words(a), effect_words(b)
                ej = len(ea & eb) / len(ea | eb) if ea | eb else 0.0
                cands.append(((same_dr, same_prep, ej, inter / len(wa | wb)), i, j))
    cands.sort(reverse=True)
    used1, used2, pairs = set(), set(), []
    for _, i, j in cands:
        if i not in used1 and j not in used2:
            used1.add(i)
            used2.add(j)
            pairs.append((rows1[i], rows2[j]))
    return (
        pairs,
        [r for k, r in enumerate(rows1) if k not in used1],
        [r for k, r in enumerate(rows2) if k not in used2],
    )


def f1(n_match, n1, n2):
    p = n_match / n2 if n2 else float("nan")
    r = n_match / n1 if n1 else float("nan")
    return p, r, (2 * n_match / (n1 + n2) if n1 + n2 else float("nan"))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gold", default="gold")
    ap.add_argument("--second", default=None, help="second-pass folder (default GOLD/second)")
    ap.add_argument("--corpus", default="../shared/corpus")
    ap.add_argument("--details", action="store_true", help="list every disagreement")
    args = ap.parse_args()
    second = args.second or os.path.join(args.gold, "second")

    texts = load_corpus(args.corpus)
    batch_of = {r["record"]: r["batch"] for r in read_tsv(os.path.join(args.gold, "records.tsv"))}
    j1, f1rows = {}, defaultdict(list)
    for b in sorted(set(batch_of.values())):
        for r in read_tsv(os.path.join(args.gold, f"judgements_{b}.tsv")):
            j1[r["record"]] = r
        for r in read_tsv(os.path.join(args.gold, f"findings_{b}.tsv")):
            f1rows[r["record"]].append(r)
    j2 = {r["record"]: r for r in read_tsv(os.path.join(second, "judgements.tsv"))}
    f2rows = defaultdict(list)
    for r in read_tsv(os.path.join(second, "findings.tsv")):
        f2rows[r["record"]].append(r)

    records = [r for r in j2 if r in j1]
    missing = [r for r in j2 if r not in j1]
    print(
        f"records in second pass: {len(j2)}; also in first pass: {len(records)}"
        + (f"; missing from first pass: {missing}" if missing else "")
    )

    # ---- judgements
    print("\n== record judgements (first pass vs second pass)")
    for col in ("relevant", "kind", "truncated"):
        po, k = kappa([(j1[r][col], j2[r][col]) for r in records])
        print(f"  {col:10s} raw agreement {po:.3f}  Cohen's kappa {k:.3f}")
    counts = Counter((j1[r]["relevant"], j2[r]["relevant"]) for r in records)
    print("  relevant (first, second) counts:", dict(sorted(counts.items())))

    # ---- findings
    spans = {}
    for rows in list(f1rows.values()) + list(f2rows.values()):
        for row in rows:
            text = texts[row["record"]][row["span_field"]]
            spans[id(row)] = word_set(text, int(row["span_start"]), int(row["span_end"]))
    tot = Counter()
    attr = Counter()
    per_batch = defaultdict(Counter)
    details = []
    for rec in records:
        a, b = f1rows.get(rec, []), f2rows.get(rec, [])
        sp, s1, s2 = match(a, b, spans, strict=True)
        lp, _, _ = match(a, b, spans, strict=False)
        for key, val in (("n1", len(a)), ("n2", len(b)), ("strict", len(sp)), ("loose", len(lp))):
            tot[key] += val
            per_batch[batch_of.get(rec, "?")][key] += val
        for x, y in lp:
            attr["pairs"] += 1
            attr["direction"] += x["direction"] == y["direction"]
            attr["role"] += x["role"] == y["role"]
            attr["cargo"] += norm_cargo(x["cargo"]) == norm_cargo(y["cargo"])
            attr["model"] += x["model"] == y["model"]
            diffs = [
                c
                for c in ("direction", "role", "cargo", "model")
                if (norm_cargo(x[c]) != norm_cargo(y[c]) if c == "cargo" else x[c] != y[c])
            ]
            if diffs:
                details.append(
                    f"  {rec} first row {x['row']} ({x['effect']}) vs second row {y['row']} "
                    f"({y['effect']}): " + "; ".join(f"{c} {x[c]!r} / {y[c]!r}" for c in diffs)
                )
        for x in s1:
            details.append(
                f"  {rec} first row {x['row']} unmatched (strict): {x['effect']} {x['direction']} "
                f"{x['role']} {x['span_field']}[{x['span_start']}:{x['span_end']}]"
            )
        for y in s2:
            details.append(
                f"  {rec} second row {y['row']} unmatched (strict): {y['effect']} {y['direction']} "
                f"{y['role']} {y['span_field']}[{y['span_start']}:{y['span_end']}]"
            )

    print("\n== findings")
    print(f"  rows: first pass {tot['n1']}, second pass {tot['n2']}")
    for kind in ("strict", "loose"):
        p, r, f = f1(tot[kind], tot["n1"], tot["n2"])
        label = (
            "span word overlap + same direction + same role"
            if kind == "strict"
            else "span word overlap only"
        )
        print(
            f"  {kind:6s} ({label}): matched {tot[kind]}  "
            f"P(second vs first) {p:.3f}  R {r:.3f}  F1 {f:.3f}"
        )
    for b in sorted(per_batch):
        c = per_batch[b]
        print(
            f"    batch {b}: first {c['n1']}, second {c['n2']}, "
            f"strict F1 {f1(c['strict'], c['n1'], c['n2'])[2]:.3f}, "
            f"loose F1 {f1(c['loose'], c['n1'], c['n2'])[2]:.3f}"
        )
    n = attr["pairs"]
    print(f"  on the {n} loosely matched pairs:")
    for c in ("direction", "role", "cargo", "model"):
        print(f"    {c:9s} agreement {attr[c] / n if n else float('nan'):.3f} ({attr[c]}/{n})")

    if args.details:
        print("\n== disagreements")
        for rec in records:
            for col in ("relevant", "kind", "truncated"):
                if j1[rec][col] != j2[rec][col]:
                    print(f"  {rec} {col}: first {j1[rec][col]!r} / second {j2[rec][col]!r}")
        print("\n".join(details))
    return 0


if __name__ == "__main__":
    sys.exit(main())
