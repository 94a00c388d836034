"""Tables over HTTP: ``?format=csv|tsv`` (or ``Accept: text/csv``) on list endpoints and pages.

The rows come from ``analyze.tabular``, the same flattening as the CLI's ``--format csv``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Literal

from fastapi import Request, Response

from exoatlas.analyze.tabular import MEDIA_TYPES, Row, table_text

TableFormat = Literal["json", "csv", "tsv"]
ACCEPTED = {"text/csv": "csv", "text/tab-separated-values": "tsv"}


def table_format(request: Request, fmt: str | None) -> str | None:
    """'csv' or 'tsv' when the request asks for a table (``?format=`` wins over ``Accept``)."""
    if fmt is not None:
        return fmt if fmt in ("csv", "tsv") else None
    accept = request.headers.get("accept", "")
    for media, name in ACCEPTED.items():
        if media in accept:
            return name
    return None


def table_response(
    rows: Iterable[Row], fmt: str, name: str, columns: Sequence[str] | None = None
) -> Response:
    """The rows as a downloadable CSV/TSV file (formula-leading cells neutralised)."""
    return Response(
        table_text(rows, fmt, columns),
        media_type=MEDIA_TYPES[fmt],
        headers={"Content-Disposition": f'attachment; filename="{name}.{fmt}"'},
    )
