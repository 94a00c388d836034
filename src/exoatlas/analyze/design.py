"""Therapy design advisor: evidence-backed choices of MSC source, preconditioning, isolation,
loading, targeting and route, with the risks — every line citing claim ids or a sourced fact, and
saying plainly where there is no evidence. A research-planning aid, not medical advice.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Sequence
from functools import cache
from typing import Any

from exoatlas.analyze.titles import organs
from exoatlas.assemble import all_retracted
from exoatlas.model import Claim, DesignReport, Entity, MethodFact, Rec, Trial
from exoatlas.vocab import read_tsv, rules
from exoatlas.vocab.hierarchy import ancestors, refines, related

DISCLAIMER = (
    "A research-planning aid drawn from the curated literature in this atlas (mostly preclinical, "
    "many claims from review tables). It is not medical advice and not a substitute for reading "
    "the cited studies."
)
GOAL_ROLES = {
    "regenerate": {"regenerative", "protective"},
    "treat_tumor": {"anti_tumor"},
    "deliver_drug": {"anti_tumor"},
}
RATING = {"low": 1.0, "medium": 2.0, "high": 3.0, "slow": 1.0, "fast": 3.0}


@cache
def _rules() -> list[dict[str, str]]:
    return read_tsv("design_rules.tsv")


def priority_weights(priority: str) -> dict[str, float]:
    """Aspect -> weight for an isolation priority (vocab/data/design_rules.tsv)."""
    return {
        r["value"]: float(r["weight"])
        for r in _rules()
        if r["rule"] == "priority" and r["key"] == priority
    }


def dropped_without_cargo(goal: str) -> set[str]:
    return {r["value"] for r in _rules() if r["rule"] == "goal_without_cargo" and r["key"] == goal}


PRIORITY_ASPECTS = {"purity": (), "yield": (), "scale": (), "gmp": ()}


def _neoplasm() -> str:
    return rules.concept("neoplasm")


def _disease_matches(indication: Entity, claim: Claim, *, broader: bool) -> bool:
    disease = claim.finding.recipient.disease
    if disease is None or not disease.curie or not indication.curie:
        return False
    if refines(disease.curie, indication.curie):
        return True  # the same disease or a more specific one
    if _equivalent(indication, claim) is not None:
        return True
    if broader and disease.curie in ancestors(indication.curie) and disease.curie != _neoplasm():
        return True
    return bool(organs(indication.label) & organs(disease.label)) if broader else False


def _equivalent(indication: Entity, claim: Claim) -> rules.DiseaseEquivalent | None:
    """The rule of ``disease_anatomy.tsv`` by which the claim's disease in its tissue is evidence
    for the indication (kidney + ischaemia-reperfusion -> acute kidney injury), if any."""
    disease, tissue = claim.finding.recipient.disease, claim.finding.recipient.tissue
    if disease is None or tissue is None or not disease.curie or not tissue.curie:
        return None
    for rule in rules.disease_equivalents():
        if (
            indication.curie
            and refines(rule.indication, indication.curie)
            and refines(disease.curie, rule.condition)
            and (tissue.curie == rule.tissue or related(tissue.curie, rule.tissue))
        ):
            return rule
    return None


def relevant_claims(
    indication: Entity, goal: str, claims: Sequence[Claim]
) -> tuple[list[Claim], str]:
    """Claims for the indication (and its MeSH descendants, and a condition in the organ that
    ``disease_anatomy.tsv`` counts as it); if none, its ancestors/organ."""
    exact = [c for c in claims if _disease_matches(indication, c, broader=False)]
    if exact:
        scope = f"{indication.label} (and narrower diseases"
        counted: dict[str, int] = defaultdict(int)
        for claim in exact:
            rule = _equivalent(indication, claim)
            if rule is not None and not refines(
                claim.finding.recipient.disease.curie or "",  # type: ignore[union-attr]
                indication.curie or "",
            ):
                counted[rule.label] += 1
        for label, n in sorted(counted.items()):
            scope += f"; {label} counted as {indication.label}: {n} claim(s)"
        return exact, scope + ")"
    broad = [c for c in claims if _disease_matches(indication, c, broader=True)]
    return broad, f"diseases broader than or in the same organ as {indication.label}"


def _disputed(members: Sequence[Claim]) -> list[str]:
    return sorted({item for c in members for item in c.disputed})


def _dispute_note(members: Sequence[Claim]) -> str:
    """'; 1 claim disputed by the audit (audit:...)' or ''."""
    flagged = [c for c in members if c.disputed]
    if not flagged:
        return ""
    return f"; {len(flagged)} claim(s) disputed by the audit ({', '.join(_disputed(flagged))})"


def _model_mix(claims: Sequence[Claim]) -> str:
    counts: dict[str, int] = defaultdict(int)
    for claim in claims:
        counts[claim.finding.model] += 1
    return ", ".join(f"{n} {m.replace('_', ' ')}" for m, n in sorted(counts.items()))


def _noisy_or(values: Sequence[float]) -> float:
    product = 1.0
    for value in values:
        product *= 1.0 - value
    return round(1.0 - product, 4)


def _group(claims: Sequence[Claim], key: Any) -> dict[str, list[Claim]]:
    groups: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        for label in key(claim):
            groups[label].append(claim)
    return groups


def _ranked(groups: dict[str, list[Claim]], what: str, scope: str) -> list[Rec]:
    recs = [
        Rec(
            option=label,
            rationale=f"{len(members)} claim(s) for {scope} ({_model_mix(members)}); "
            f"best belief {max(c.belief for c in members):.2f}" + _dispute_note(members),
            claims=[c.id for c in sorted(members, key=lambda c: -c.belief)],
            score=_noisy_or([c.belief for c in members]),
            disputed=_disputed(members),
        )
        for label, members in groups.items()
    ]
    recs.sort(key=lambda r: (-(r.score or 0), r.option))
    return recs or [
        Rec(option="no evidence", rationale=f"no claim in the atlas names {what} for {scope}")
    ]


def design(
    indication: Entity,
    goal: str,
    claims: Sequence[Claim],
    facts: Sequence[MethodFact],
    trials: Sequence[Trial],
    *,
    cargo: str | None = None,
    priority: str = "gmp",
    loading_rows: Sequence[dict[str, Any]] = (),
    biodistribution_rows: Sequence[dict[str, Any]] = (),
) -> DesignReport:
    wanted = GOAL_ROLES[goal]
    claims = [c for c in claims if not all_retracted(c.evidence)]  # retracted: left out
    related, scope = relevant_claims(indication, goal, claims)
    useful = [c for c in related if c.finding.outcome.role in wanted]
    sections: dict[str, list[Rec]] = {}
    sections["msc_source"] = _ranked(
        _group(useful, lambda c: [c.finding.msc_source.label] if c.finding.msc_source else []),
        "an MSC source",
        scope,
    )
    primed = [c for c in claims if c.finding.outcome.role in wanted and c.finding.preconditioning]
    sections["preconditioning"] = _ranked(
        _group(primed, lambda c: [e.label for e in c.finding.preconditioning]),
        "a preconditioning",
        "this goal in any disease",
    )
    sections["isolation"] = _isolation(facts, priority, claims, related)
    dropped = dropped_without_cargo(goal) if cargo is None else set()
    sections["loading"] = (
        [
            Rec(
                option="no loading",
                rationale="native vesicles carry their own cargo for this goal; give --cargo "
                "to plan loading a drug or RNA",
            )
        ]
        if "loading" in dropped
        else _loading(facts, goal, cargo, loading_rows, claims)
    )
    targeting = _targeting(facts, claims, related, goal)
    if "targeting_tumour" in dropped:
        targeting = [r for r in targeting if not _tumour_only(r, claims)] or [
            Rec(
                option="no targeting evidence for this goal",
                rationale="the strategies in the atlas target tumours; none is shown for tissue "
                "repair",
            )
        ]
    sections["targeting"] = targeting
    sections["route"] = _routes(indication, trials, related, claims)
    return DesignReport(
        indication=indication,
        goal=goal,  # type: ignore[arg-type]
        sections=sections,
        risks=_risks(indication, claims, related, facts, biodistribution_rows),
        disclaimer=DISCLAIMER,
    )


def _facts_by_method(facts: Sequence[MethodFact], kind: str) -> dict[str, list[MethodFact]]:
    out: dict[str, list[MethodFact]] = defaultdict(list)
    for fact in facts:
        if fact.method.kind == kind:
            out[fact.method.label].append(fact)
    return out


def _isolation(
    facts: Sequence[MethodFact], priority: str, claims: Sequence[Claim], related: Sequence[Claim]
) -> list[Rec]:
    """Methods scored by the weighted ratings sources give them; a method rated on fewer than
    half of the weight is not ranked (score None), and a criterion no source rates is named."""
    weights = priority_weights(priority)
    total = sum(weights.values())
    rated_anywhere = {f.aspect for f in facts if f.value in RATING}
    unrated = [a.replace("_", " ") for a in weights if a not in rated_anywhere]
    recs = []
    for method, method_facts in _facts_by_method(facts, "isolation_method").items():
        ratings = {f.aspect: f.value for f in method_facts if f.value in RATING}
        here = {a: w for a, w in weights.items() if a in ratings}
        covered = sum(here.values())
        score = (
            round(sum(RATING[ratings[a]] * w for a, w in here.items()) / covered, 3)
            if covered and covered * 2 >= total
            else None
        )
        recovery = next((f for f in method_facts if f.aspect == "recovery"), None)
        used = [c.id for c in related if any(e.label == method for e in c.finding.isolation)]
        parts = [f"{a} {ratings[a]}" for a in weights if a in ratings]
        missing = [a.replace("_", " ") for a in weights if a not in ratings]
        if missing:
            parts.append(f"no source rates its {', '.join(missing)}")
        if score is None:
            parts.append("not ranked: rated on too little of what this priority weighs")
        if recovery:
            parts.append(f"recovery {recovery.value} ({recovery.status})")
        drawbacks = [f.value for f in method_facts if f.aspect == "drawback"]
        if drawbacks:
            parts.append(f"drawback: {drawbacks[0]}")
        sources = sorted({f.source for f in method_facts})[:2]
        recs.append(
            Rec(
                option=method,
                rationale="; ".join(parts) + f" — {'; '.join(sources)}",
                claims=used,
                facts=[fact_id(f) for f in method_facts],
                score=score,
            )
        )
    recs.sort(key=lambda r: (r.score is None, -(r.score or 0), r.option))
    weighed = ", ".join(f"{a.replace('_', ' ')} ×{w:g}" for a, w in weights.items())
    note = f"priority {priority} weighs {weighed}"
    if unrated:
        note += f"; no source in the atlas rates any method on {', '.join(unrated)}"
    return [Rec(option=f"what '{priority}' weighs", rationale=note, score=None), *recs]


def fact_id(fact: MethodFact) -> str:
    """A stable id for a sourced fact, so a recommendation can cite it."""
    import hashlib

    key = "\x1f".join(
        [fact.method.curie or fact.method.label, fact.aspect, fact.value, fact.source]
    )
    return "fact:" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:12]


def _cargo_class(cargo: str | None, goal: str) -> str:
    if cargo is None:
        return "small molecule" if goal == "deliver_drug" else "RNA"
    lowered = cargo.casefold()
    if any(k in lowered for k in ("mir", "sirna", "rna", "oligo", "dna")):
        return "RNA"
    if any(k in lowered for k in ("ase", "protein", "antibod", "catalase")):
        return "protein"
    return "small molecule"


def _loading(
    facts: Sequence[MethodFact],
    goal: str,
    cargo: str | None,
    rows: Sequence[dict[str, Any]],
    claims: Sequence[Claim],
) -> list[Rec]:
    cargo_class = _cargo_class(cargo, goal)
    molecule = {"small molecule": "Small", "RNA": "Oligo", "protein": "Large"}[cargo_class]
    matching = [r for r in rows if r.get("molecule_type") == molecule] or list(rows)
    if cargo:
        same_drug = [r for r in rows if str(r.get("drug", "")).casefold() == cargo.casefold()]
        matching = same_drug or matching
    capacity: dict[str, list[float]] = defaultdict(list)
    for row in matching:
        capacity[str(row["method"])].append(float(row["capacity_pct"]))
    recs = []
    for method, method_facts in _facts_by_method(facts, "loading_method").items():
        efficiencies = [f"{f.value} ({f.status})" for f in method_facts if f.aspect == "efficiency"]
        pros = [f.value for f in method_facts if f.aspect == "advantage"]
        cons = [f.value for f in method_facts if f.aspect == "drawback"]
        values = capacity.get(method, [])
        parts = []
        if values:
            of_cargo = bool(cargo) and any(
                str(r.get("drug", "")).casefold() == (cargo or "").casefold() for r in matching
            )
            studies = f"studies of {cargo}" if of_cargo else f"{cargo_class} studies"
            median = statistics.median(values)
            parts.append(
                f"loading dataset: median {median:.2f} % wt/wt over {len(values)} {studies}"
            )
        if efficiencies:
            parts.append("efficiency " + "; ".join(efficiencies[:2]))
        if pros:
            parts.append(f"+ {pros[0]}")
        if cons:
            parts.append(f"− {cons[0]}")
        used = [c.id for c in claims if any(e.label == method for e in c.finding.loading)]
        recs.append(
            Rec(
                option=method,
                rationale="; ".join(parts) or "no efficiency data",
                claims=used,
                score=round(statistics.median(values), 3) if values else None,
            )
        )
    recs.sort(key=lambda r: (r.score is None, -(r.score or 0), r.option))
    return recs


def _targeting(
    facts: Sequence[MethodFact], claims: Sequence[Claim], related: Sequence[Claim], goal: str
) -> list[Rec]:
    recs = []
    for strategy, method_facts in _facts_by_method(facts, "engineering").items():
        used = [c for c in claims if any(e.label == strategy for e in c.finding.engineering)]
        here = [c.id for c in used if c in related]
        principle = next(
            (f.value for f in method_facts if f.aspect in ("principle", "advantage")), ""
        )
        recs.append(
            Rec(
                option=strategy,
                rationale=f"{principle}; {len(used)} claim(s) use it"
                + (f", {len(here)} for this indication" if here else ""),
                claims=[c.id for c in used],
                score=float(len(here) * 2 + len(used)),
            )
        )
    recs.sort(key=lambda r: (-(r.score or 0), r.option))
    return recs


def _tumour_only(rec: Rec, claims: Sequence[Claim]) -> bool:
    """A targeting strategy every one of whose claims is about a tumour."""
    by_id = {c.id: c for c in claims}
    roles = {by_id[i].finding.outcome.role for i in rec.claims if i in by_id}
    tumour = "tumour" in rec.rationale.casefold() or "tumor" in rec.rationale.casefold()
    return tumour or (bool(roles) and roles <= {"pro_tumor", "anti_tumor"})


def _routes(
    indication: Entity, trials: Sequence[Trial], related: Sequence[Claim], claims: Sequence[Claim]
) -> list[Rec]:
    """Routes with their evidence: registered trials for related conditions, the route a claim
    for the indication carries, and the route its evidence sentences state (``route_cues.tsv``);
    sentences of claims in the same organ count too, and say so."""
    from exoatlas.ground import ground_mention

    indication_organs = organs(indication.label)
    counts: dict[str, list[str]] = defaultdict(list)
    for trial in trials:
        conditions = [v.value for v in trial.fields.get("condition", [])]
        conditions += [v.value for v in trial.fields.get("title", [])]
        grounded = [g.best for c in conditions if (g := ground_mention(c, "disease")).best]
        same = any(
            g.curie
            and indication.curie
            and (refines(g.curie, indication.curie) or refines(indication.curie, g.curie))
            for g in grounded
        ) or any(organs(c) & indication_organs for c in conditions)
        if not same:
            continue
        for value in trial.fields.get("route", []):
            route = ground_mention(value.value, "route").best
            if route is not None:
                counts[route.label].append(trial.nct)
    recs = [
        Rec(
            option=name,
            rationale=f"used in {len(set(ncts))} registered trial(s) for related "
            f"conditions: {', '.join(sorted(set(ncts)))}",
            score=float(len(set(ncts))),
        )
        for name, ncts in counts.items()
    ]
    here = {c.id for c in related}
    organ = [c for c in claims if c.id not in here and _same_organ(indication_organs, c)]
    by_route: dict[str, dict[str, list[Claim]]] = defaultdict(lambda: defaultdict(list))
    for scope, members in (("for this indication", related), ("in the same organ", organ)):
        for claim in members:
            for route_name in _claim_routes(claim):
                by_route[route_name][scope].append(claim)
    for name, scopes in by_route.items():
        parts = [f"{len(m)} claim(s) {scope}" for scope, m in scopes.items()]
        members = [c for m in scopes.values() for c in m]
        recs.append(
            Rec(
                option=name,
                rationale="stated by the evidence of "
                + " and ".join(parts)
                + " (the claim's route or its sentence)"
                + _dispute_note(members),
                claims=[c.id for c in members],
                disputed=_disputed(members),
                score=(
                    len(scopes.get("for this indication", []))
                    + len(scopes.get("in the same organ", [])) / 2
                )
                / 10,
            )
        )
    recs.sort(key=lambda r: (-(r.score or 0), r.option))
    return recs or [
        Rec(
            option="no evidence",
            rationale="no trial, claim or evidence sentence for related conditions names a route",
        )
    ]


def _same_organ(indication_organs: frozenset[str], claim: Claim) -> bool:
    recipient = claim.finding.recipient
    words = " ".join(e.label for e in (recipient.disease, recipient.tissue) if e is not None)
    return bool(indication_organs & organs(words)) if words else False


@cache
def _route_labels() -> dict[str, str]:
    from exoatlas.vocab import exoatlas_terms

    return {t.curie: t.label for t in exoatlas_terms() if t.kind == "route"}


def _claim_routes(claim: Claim) -> set[str]:
    """Route labels a claim carries or its (non-retracted) evidence sentences state."""
    out = {claim.finding.route.label} if claim.finding.route else set()
    labels = _route_labels()
    for evidence in claim.evidence:
        if evidence.text and not evidence.retracted:
            out |= {labels.get(r, r) for r in rules.routes_stated(evidence.text)}
    return out


def _pair(claim: Claim) -> list[str]:
    source = claim.finding.msc_source.label if claim.finding.msc_source else "MSC"
    disease = claim.finding.recipient.disease
    return [f"{source} × {disease.label if disease else 'unspecified tumour'}"]


def _risks(
    indication: Entity,
    claims: Sequence[Claim],
    related: Sequence[Claim],
    facts: Sequence[MethodFact],
    biodistribution: Sequence[dict[str, Any]],
) -> list[Rec]:
    risks = []
    cancer = bool(indication.curie and rules.tumour_disease(indication.curie))
    pro = [c for c in claims if c.finding.outcome.role == "pro_tumor"]
    pairs = _group(pro, _pair)
    here = {c.id for c in related}

    def order(item: tuple[str, list[Claim]]) -> tuple[bool, int, str]:
        pair, members = item
        return (not any(c.id in here for c in members), -len(members), pair)

    for pair, members in sorted(pairs.items(), key=order):
        hits = [c for c in members if c.id in here]
        if cancer or hits:
            risks.append(
                Rec(
                    option=f"promotes tumour: {pair}",
                    rationale=f"{len(members)} pro-tumour claim(s)"
                    + (" — this indication" if hits else "")
                    + _dispute_note(members),
                    claims=[c.id for c in members],
                    score=_noisy_or([c.belief for c in members]),
                    disputed=_disputed(members),
                )
            )
    if not cancer:
        risks.append(
            Rec(
                option="tumour promotion in patients with occult cancer",
                rationale=f"{len(pro)} claims in the atlas show MSC-EVs promoting a "
                "tumour; screen patients",
                claims=[c.id for c in pro][:20],
            )
        )
    trapping = [
        f
        for f in facts
        if f.method.label == "intravenous" and f.aspect in ("drawback", "biodistribution")
    ]
    detail = "; ".join(f"{f.value} ({f.source})" for f in trapping)
    if biodistribution:
        liver = [r["organs"]["liver"] for r in biodistribution if "liver" in r["organs"]]
        if liver:
            median = statistics.median(liver)
            detail += (
                f"; biodistribution dataset: median liver share {median:.0f} over {len(liver)}"
            )
    fallback = "most systemically given EVs end in liver and spleen"
    risks.append(
        Rec(
            option="trapping in liver, spleen and lung after intravenous injection",
            rationale=detail or fallback,
        )
    )
    return risks
