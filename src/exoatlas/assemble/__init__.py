"""Evidence -> claims (``claims``) and the rules between claims (``pairs``): pure functions the
store and the benchmarks both call."""

from exoatlas.assemble.claims import (
    MIN_BELIEF,
    MODEL_WEIGHT,
    Key,
    all_retracted,
    assemble,
    belief,
    claim_from_records,
    claim_id,
    claim_key,
    disputes,
    evidence_weight,
    merge_findings,
)
from exoatlas.assemble.pairs import (
    PairKey,
    classify,
    mirna_name,
    pair_keys,
    pair_probes,
    refines_claim,
)

__all__ = [
    "MIN_BELIEF",
    "MODEL_WEIGHT",
    "Key",
    "PairKey",
    "all_retracted",
    "assemble",
    "belief",
    "claim_from_records",
    "claim_id",
    "claim_key",
    "classify",
    "disputes",
    "evidence_weight",
    "merge_findings",
    "mirna_name",
    "pair_keys",
    "pair_probes",
    "refines_claim",
]
