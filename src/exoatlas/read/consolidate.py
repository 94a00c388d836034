"""One finding per effect of an abstract: restatements folded into the result they restate.

An abstract states most results twice or three times: in the title, in a results sentence, in
a mechanism sentence ('exosomal miR-X promoted M2 polarisation by ...') and in the conclusion.
The finding is the results sentence's; the others add what they name (cargo, targets,
pathways) to it. A later summary, conclusion or mechanism sentence (``cues.tsv`` 'summary')
restates an earlier finding when it names the same process with the same direction and no model
of its own that differs ('in vitro' after 'in mice' is a second finding); two results sentences
stating one effect are two experiments, both kept. The title is read last: a title claim the
abstract states is a restatement; one it does not (an abstract cut short) stays. Claims of
disease-level severity ('alleviated myocarditis', 'reduced tissue injury', 'improved the
clinical score') count as one effect.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence

from exoatlas.ground import normalise_mirna
from exoatlas.model import Directed, Entity, Evidence, Finding
from exoatlas.read.rebuilt import FindingRecord, R
from exoatlas.vocab import cues, rules
from exoatlas.vocab.hierarchy import MIRNA_ROOT

TITLE_SECTION = 'section "Title"'


def _effect_key(finding: Finding) -> tuple[str, str]:
    process = finding.outcome.process
    if process is None:
        return ("", finding.outcome.direction)
    severity = process.kind == "disease" or process.label in cues.cue_literals("severity_process")
    return ("severity" if severity else process.key(), finding.outcome.direction)


def _sentence_model(evidence: Evidence) -> str:
    return cues.model_of(evidence.text or "")


def _restates(later: str, earlier: str) -> bool:
    return later in ("unknown", "mixed") or later == earlier or earlier in ("unknown", "mixed")


def _union_entities(a: Sequence[Entity], b: Sequence[Entity]) -> list[Entity]:
    """a then b, each concept once (the first naming kept)."""
    out: list[Entity] = []
    seen: set[str] = set()
    for e in (*a, *b):
        if e.key() not in seen:
            seen.add(e.key())
            out.append(e)
    return out


def _union_directed(a: Sequence[Directed], b: Sequence[Directed]) -> list[Directed]:
    seen = {d.entity.key() for d in a}
    return [*a, *(d for d in b if d.entity.key() not in seen)]


def _merged(kept: Finding, extra: Finding) -> Finding:
    """The kept finding with what the restatement adds (cargo, targets, pathways)."""
    return kept.model_copy(
        update={
            "cargo": _union_entities(kept.cargo, extra.cargo),
            "targets": _union_directed(kept.targets, extra.targets),
            "pathways": _union_directed(kept.pathways, extra.pathways),
        }
    )


def consolidate(records: Sequence[R], rebuild: Callable[[Finding, Evidence], R]) -> list[R]:
    """The records of one abstract with restatements folded in, in reading order."""
    numbered = list(enumerate(records))
    title = [(n, r) for n, r in numbered if r.evidence.locator.startswith(TITLE_SECTION)]
    body = [(n, r) for n, r in numbered if not r.evidence.locator.startswith(TITLE_SECTION)]
    kept: list[R | None] = []
    first: dict[tuple[str, str], list[tuple[int, str]]] = {}
    order: dict[int, int] = {}
    folded: list[tuple[int, R]] = []  # title claims folded into a body finding
    for position, (number, record) in enumerate([*body, *title]):
        key = _effect_key(record.finding)
        model = _sentence_model(record.evidence)
        is_title = position >= len(body)
        earlier = first.get(key, [])
        restating = is_title or bool(cues.cue("summary").search(record.evidence.text or ""))
        match = next((i for i, m in earlier if restating and _restates(model, m)), None)
        if match is not None and key[0]:
            held = kept[match]
            assert held is not None
            kept[match] = rebuild(_merged(held.finding, record.finding), held.evidence)
            if is_title:
                folded.append((number, record))
            continue
        first.setdefault(key, []).append((len(kept), model))
        order[len(kept)] = number
        kept.append(record)
    for number, record in _tie_broken_by_title([r for r in kept if r is not None], folded):
        order[len(kept)] = number
        kept.append(record)
    ranked = sorted(range(len(kept)), key=lambda i: order[i])
    return [r for r in (kept[i] for i in ranked) if r is not None]


def _tie_broken_by_title(kept: Sequence[R], folded: Sequence[tuple[int, R]]) -> list[tuple[int, R]]:
    """When the abstract's findings are as many one way as another (a harmful arm beside a
    healthy one: 'EVs of myeloma MSCs promoted tumour growth, those of normal MSCs inhibited
    it'), the title's claim, folded into the finding it restates, says which way the paper
    reads: it stands as its own evidence (the title and the result sentence both state it)."""
    roles = Counter(
        role_family(r.finding.outcome.role)
        for r in kept
        if r.finding.outcome.role not in ("unknown", "neutral")
    )
    top = max(roles.values(), default=0)
    leaders = {role for role, n in roles.items() if n == top}
    titled = {role_family(r.finding.outcome.role) for _, r in folded} & leaders
    if len(leaders) < 2 or len(titled) != 1:
        return []
    return [(n, r) for n, r in folded if role_family(r.finding.outcome.role) in titled][:1]


def record_cargo(records: Sequence[FindingRecord], named: Sequence[Entity]) -> list[Entity]:
    """The cargo an abstract names for its EVs: what its findings carry, then the miRNAs its
    vesicle sentences name (``named``), in order, once each."""
    return _union_entities([e for r in records for e in r.finding.cargo], named)


def propagate_cargo(
    records: Sequence[R], cargo: Sequence[Entity], rebuild: Callable[[Finding, Evidence], R]
) -> list[R]:
    """Findings whose sentence names no cargo take the cargo the abstract names for its EVs:
    an abstract that says its EVs act through miR-X says so of each effect it reports."""
    if not cargo:
        return list(records)
    out = [
        r
        if r.finding.cargo
        else rebuild(r.finding.model_copy(update={"cargo": list(cargo)}), r.evidence)
        for r in records
    ]
    # a cargo the abstract names in a sentence with no effect ('exosomal miR-X also took part'),
    # when every effect names its own: the first effect takes it too, or the abstract loses it
    carried = {_stem(e) for r in out for e in r.finding.cargo}
    orphans = [e for e in cargo if _stem(e) not in carried and e.curie != MIRNA_ROOT]
    if orphans and out:
        first = out[0].finding
        out[0] = rebuild(
            first.model_copy(update={"cargo": [*first.cargo, *orphans]}), out[0].evidence
        )
    return out


def _stem(entity: Entity) -> str:
    """A cargo's identity with a miRNA's arm and species left out (miR-125b-5p is miR-125b)."""
    if entity.kind == "mirna":
        name = normalise_mirna(re.sub(r"^(?:hsa|mmu|rno)-", "", entity.label.split(" ")[0]))
        if name:
            return "mirna:" + re.sub(r"-[35]p$", "", name)
    return entity.key()


_FAMILY = {"protective": "repair", "regenerative": "repair"}


def role_family(role: str) -> str:
    """A role with protective and regenerative as one (both repair)."""
    return _FAMILY.get(role, role)


def settle_roles(
    records: Sequence[R],
    rebuild: Callable[[Finding, Evidence], R],
    *,
    repair: bool = False,
    harm: bool = False,
) -> list[R]:
    """A change of a process with no valence of its own (autophagy, a pathway's activity) takes
    the role the abstract's other findings give the EVs: in a paper where the EVs repair, the
    autophagy they raise is part of the repair; in a tumour paper, of what they do to it.
    ``repair``: the abstract, no tumour study, calls what its EVs do beneficial ('the
    cardioprotective effects of MSC-exosomes'): with no other finding to go by, its changes are
    part of that repair. ``harm``: it calls what the MSCs or their vesicles do unwanted or
    procoagulant (``abstract_settle.says_harm``): with no other finding, its changes are that
    harm."""
    roles = Counter(
        role_family(r.finding.outcome.role)
        for r in records
        # (a denied change, 'no adverse effects were seen', states no change: no role to give)
        if r.finding.outcome.role not in ("unknown", "neutral") and not r.evidence.negated
    )
    if not roles and repair:
        roles["repair"] = 1
    elif not roles and harm:
        roles["pathogenic"] = 1
    if not roles:
        return list(records)
    top = max(roles.values())
    leaders = sorted(role for role, n in roles.items() if n == top)
    if len(leaders) > 1:
        return list(records)  # no majority: the role stays unknown
    out = []
    for r in records:
        outcome = r.finding.outcome
        if outcome.role != "unknown" or outcome.direction not in ("increase", "decrease"):
            out.append(r)
            continue
        role = leaders[0]
        if role == "repair":
            role = "protective" if outcome.direction == "decrease" else "regenerative"
        finding = r.finding.model_copy(
            update={"outcome": outcome.model_copy(update={"role": role})}
        )
        out.append(rebuild(finding, r.evidence))
    return out


def drop_opposed(records: Sequence[R], framing: str) -> list[R]:
    """Findings of an abstract that frames what its EVs do as ``framing`` ('protective': no
    tumour study, it calls their effects beneficial), less those whose role opposes it
    (``role_opposition.tsv``: pathogenic, pro-tumour). Such a finding is far likelier a misreading
    (a stimulus read as the agent, a lost direction) than a result the abstract's own framing
    contradicts: both such findings read on the dev set were wrong, and no gold row has one.
    A negated one stays: it denies the harm ('did not induce any toxicity'), which
    ``state_no_change`` states after the learned filter (a safety study kept nothing else; the
    filter counts it with no role, ``finding_score._role``)."""
    opposed = set(rules.opposed_roles(framing))
    return [r for r in records if r.evidence.negated or r.finding.outcome.role not in opposed]


def opposition_stands(records: Sequence[R], framing: str, titled: Sequence[R]) -> bool:
    """Do the abstract's findings that oppose ``framing`` stand against its benefit words? They
    do when the title states one ('... aggravate hepatic steatosis'; ``titled``: the title's
    findings as read, before ``consolidate`` folds them into the body findings they restate:
    'primed stem cells induce M1 polarization through EVs' over an abstract that calls the
    cells immunomodulatory, helper K29's real periodontitis abstract) or when two or more of them
    are at least half of its findings with a role: then the benefit words ('a source of
    therapeutic EVs') name what the abstract warns against, not what it found, and
    ``drop_opposed`` is not applied (round-10 fresh abstracts: a study of harmful EVs from
    obese donors' stromal cells lost every finding to one 'therapeutic')."""
    opposed = set(rules.opposed_roles(framing))
    if any(r.finding.outcome.role in opposed for r in titled):
        return True
    roles = [r.finding.outcome.role for r in records]
    roles = [role for role in roles if role not in ("unknown", "neutral")]
    against = sum(role in opposed for role in roles)
    return against >= 2 and 2 * against >= len(roles)  # one alone is likelier a misreading


def settle_source(
    records: Sequence[R], source: Entity | None, rebuild: Callable[[Finding, Evidence], R]
) -> list[R]:
    """Findings whose sentence names MSCs only generically ('MSC-Exos', 'the exosomes') take the
    source the abstract names for them ('exosomes of bone marrow MSCs (MSC-Exos)')."""
    if source is None:
        return list(records)
    generic = rules.concept("generic_msc")
    return [
        rebuild(r.finding.model_copy(update={"msc_source": source}), r.evidence)
        if r.finding.msc_source is None or r.finding.msc_source.curie == generic
        else r
        for r in records
    ]


def settle_wound_collagen(
    records: Sequence[R], rebuild: Callable[[Finding, Evidence], R], title: str
) -> list[R]:
    """In an abstract about healing wounds or skin (its title: ``wound_repair_title``, and no
    scar or fibrosis: ``wound_scar_title``) collagen the EVs lay down is part of the repair: a
    raised collagen readout read as a harm ('increased collagen deposition', collagen I read as
    fibrosis) is regenerative."""
    if not cues.cue_found("wound_repair_title", title) or cues.cue_found("wound_scar_title", title):
        return list(records)
    out = []
    for r in records:
        outcome, text = r.finding.outcome, (r.evidence.text or "").casefold()
        label = outcome.process.label.casefold() if outcome.process else ""
        collagen = "collagen" in label or (label == "fibrosis" and "fibro" not in text)
        if outcome.role == "pathogenic" and outcome.direction == "increase" and collagen:
            update = {"outcome": outcome.model_copy(update={"role": "regenerative"})}
            r = rebuild(r.finding.model_copy(update=update), r.evidence)
        out.append(r)
    return out


def state_no_change(records: Sequence[R], rebuild: Callable[[Finding, Evidence], R]) -> list[R]:
    """A negated change ('the EVs did not increase tumour growth', 'did not reduce fibrosis')
    states that the EVs left the process as it was: no direction, and the role
    ``role_rules.tsv`` gives a denied change (a safety result in a tumour model is no pro-tumour
    finding). Applied after the learned filter, which weighs the negation itself. A hedge does
    not keep the direction the parse's negation denies ('rated a potential non-irritant, and did
    not induce any toxicity' is no rise in toxicity): both are the parse's, scoped to the
    trigger; the keyword window's flags are the whole sentence's, so there a hedge keeps it."""
    out = []
    for r in records:
        outcome = r.finding.outcome
        # (a hedge keeps the direction only of the keyword window's findings, whose negation
        # is any 'not' of the sentence: 'may reduce X without inducing Y')
        scoped = not r.evidence.extractor.endswith(" window")
        if (
            r.evidence.negated
            and (scoped or not r.evidence.hedged)
            and outcome.direction != "unknown"
        ):
            unchanged = {"direction": "unknown", "role": rules.no_change_role()}
            update = {"outcome": outcome.model_copy(update=unchanged)}
            r = rebuild(r.finding.model_copy(update=update), r.evidence)
        out.append(r)
    return out
