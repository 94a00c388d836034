"""The shape the reader's post-passes need of a read record: a finding with its evidence. The
passes (``consolidate``, ``properties``, ``acted``) rebuild records of whatever type they are
given (``read.reader.ReadRecord`` is ``exoatlas.model.Record``), so they take this protocol."""

from __future__ import annotations

from typing import Protocol, TypeVar

from exoatlas.model import Evidence, Finding


class FindingRecord(Protocol):
    @property
    def finding(self) -> Finding: ...

    @property
    def evidence(self) -> Evidence: ...


R = TypeVar("R", bound=FindingRecord)
