"""Round-30 reader rules, from helpers' real abstracts (collections A30-G30) rewritten as our own
probe sentences."""

from __future__ import annotations

from exoatlas.read.finding_score import Scorer, keep_likely
from exoatlas.read.reader import ReadRecord

from .reading import _document, read_records
from .test_reader_round26 import TUMOUR, TUMOUR_TITLE


def _roles(records: list[ReadRecord]) -> list[str]:
    return sorted(r.finding.outcome.role for r in records)


def test_the_scorer_leaves_the_leading_role_ahead() -> None:
    records = read_records(TUMOUR_TITLE, *TUMOUR)
    assert _roles(records) == ["anti_tumor", "anti_tumor", "protective"], _roles(records)
    # it trusts every role but doubts the xenograft sentence: kept alone, the one anti-tumour
    # finding left would tie with the protective aside
    doubting = Scorer({"bias": 0.0, "role:anti_tumor": 3.0, "role:protective": 3.0}, 0.5)
    doubting.weights["w:xenograft"] = -6.0
    kept = keep_likely(records, _document(TUMOUR_TITLE, TUMOUR), doubting)
    assert _roles(kept) == ["anti_tumor", "anti_tumor", "protective"]


def test_the_scorer_still_drops_a_doubted_finding_that_leaves_the_lead() -> None:
    records = read_records(TUMOUR_TITLE, *TUMOUR)
    doubting = Scorer({"bias": 0.0, "role:anti_tumor": 3.0, "role:protective": -3.0}, 0.5)
    kept = keep_likely(records, _document(TUMOUR_TITLE, TUMOUR), doubting)
    assert _roles(kept) == ["anti_tumor", "anti_tumor"]
