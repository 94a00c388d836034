"""Pages that take a file: the EV QC report (a structured form, or an example) and the audit of
a document of one's own. Uploads are read in memory (a temporary file for the audit) and never
stored."""

import base64
import math
import tempfile
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, File, Form, UploadFile
from fastapi.responses import HTMLResponse

from exoatlas.atlas import Atlas
from exoatlas.errors import InputError
from exoatlas.model import Discrepancy, QCSample
from exoatlas.web import render_page
from exoatlas.web.offload import Offloader
from exoatlas.web.present import Documents, human


def qc_compute(
    data: bytes, name: str, described: dict[str, Any], definitions: list[Any]
) -> tuple[list[QCSample], list[list[str]], bytes]:
    """Reports, their summary lines and the size plot of an uploaded export (a forked job)."""
    from exoatlas.analyze.qc import qc_sample
    from exoatlas.analyze.qc_report import histogram_png, summary_lines
    from exoatlas.ingest.sizes import parse_size_bytes

    samples = parse_size_bytes(data, name, tsv=name.endswith(".tsv"), where=name)
    reports = [qc_sample(s, described, definitions) for s in samples]
    return reports, [summary_lines(r) for r in reports], histogram_png(samples, definitions)


def audit_bytes(atlas: Atlas, data: bytes, suffix: str) -> tuple[list[Discrepancy], list[str], str]:
    """Audit an uploaded file through a temporary copy; the path is returned so warnings can
    name the upload instead."""
    with tempfile.TemporaryDirectory(prefix="exoatlas-audit-") as folder:
        path = Path(folder) / f"upload{suffix}"
        path.write_bytes(data)
        reports, warnings = atlas.audit([path])
        return reports, warnings, str(path)


def audit_upload_job(location: str, data: bytes, suffix: str) -> tuple[Any, ...]:
    """``audit_bytes`` against the atlas at ``location``, opened afresh and read-only (a forked
    job must not use the server's connection)."""
    with Atlas(location, readonly=True) as atlas:
        return audit_bytes(atlas, data, suffix)


def register_form_pages(
    app: FastAPI, get_atlas: Callable[[], Awaitable[Atlas]], offloader: Offloader
) -> None:
    AtlasDep = Annotated[Atlas, Depends(get_atlas)]

    def page(template: str, nav: str = "", status: int = 200, **context: Any) -> HTMLResponse:
        return HTMLResponse(render_page(template, nav=nav, **context), status_code=status)

    @app.get("/qc", response_class=HTMLResponse, include_in_schema=False)
    async def qc_form() -> HTMLResponse:
        return page("qc_upload.html", nav="/qc", error=None, form={})

    @app.get("/qc/example", response_class=HTMLResponse, include_in_schema=False)
    async def qc_example(atlas: AtlasDep) -> HTMLResponse:
        from exoatlas.analyze.qc_examples import make_export

        example = make_export("nanosight", seed=3, large_fraction=0.3)
        description = {
            "name": "UC-MSC exosomes (example)",
            "ev_type": "exosome",
            "msc_source": "umbilical cord MSC",
            "isolation": {"method": "ultracentrifugation", "g_force": 100000, "time_min": 70},
            "protein_ug": 2,
            "volume_ml": 0.5,
            "markers_detected": ["CD63", "CD81"],
        }
        data = example.text.encode("utf-8")
        return await _qc_result(atlas, data, "example-nanosight.csv", description, True)

    @app.post("/qc", response_class=HTMLResponse, include_in_schema=False)
    async def qc_report(
        atlas: AtlasDep,
        export: Annotated[UploadFile, File()],
        description: Annotated[str, Form()] = "",
        name: Annotated[str, Form()] = "",
        ev_type: Annotated[str, Form()] = "",
        msc_source: Annotated[str, Form()] = "",
        isolation: Annotated[str, Form()] = "",
        g_force: Annotated[str, Form()] = "",
        time_min: Annotated[str, Form()] = "",
        protein_ug: Annotated[str, Form()] = "",
        volume_ml: Annotated[str, Form()] = "",
        markers_detected: Annotated[list[str] | None, Form()] = None,
        markers_absent: Annotated[list[str] | None, Form()] = None,
        em_images: Annotated[str, Form()] = "",
    ) -> HTMLResponse:
        fields = {
            "name": name,
            "ev_type": ev_type,
            "msc_source": msc_source,
            "isolation": isolation,
            "g_force": g_force,
            "time_min": time_min,
            "protein_ug": protein_ug,
            "volume_ml": volume_ml,
            "markers_detected": markers_detected or [],
            "markers_absent": markers_absent or [],
            "em_images": em_images,
        }
        data = await export.read(20_000_001)
        try:
            if len(data) > 20_000_000:
                raise InputError("the export is over 20 MB")
            described = {**_description(description), **_structured(fields)}
        except InputError as exc:
            return page("qc_upload.html", nav="/qc", status=422, error=str(exc), form=fields)
        return await _qc_result(atlas, data, export.filename or "upload", described, False, fields)

    async def _qc_result(
        atlas: Atlas,
        data: bytes,
        name: str,
        described: dict[str, Any],
        example: bool,
        fields: dict[str, Any] | None = None,
    ) -> HTMLResponse:
        try:
            reports, summaries, png = await offloader.run(
                qc_compute, data, name, described, atlas.definitions()
            )
        except InputError as exc:
            return page("qc_upload.html", nav="/qc", status=422, error=str(exc), form=fields or {})
        image = "data:image/png;base64," + base64.b64encode(png).decode("ascii")
        return page(
            "qc_result.html",
            nav="/qc",
            reports=reports,
            summaries=summaries,
            image=image,
            example=example,
            documents=Documents(atlas),
        )

    @app.post("/audit", response_class=HTMLResponse, include_in_schema=False)
    async def audit_upload(
        atlas: AtlasDep, document: Annotated[UploadFile, File()]
    ) -> HTMLResponse:
        """Audit a file of one's own, read in memory and a temporary file; never stored."""
        data = await document.read()
        name = Path(document.filename or "upload.txt").name
        suffix = Path(name).suffix.lower() or ".txt"
        try:
            if atlas.location is None:  # an in-memory atlas cannot be opened by another process
                reports, warnings, path = audit_bytes(atlas, data, suffix)
            else:
                reports, warnings, path = await offloader.run(
                    audit_upload_job, atlas.location, data, suffix
                )
        except InputError as exc:
            return page(
                "audit.html",
                documents=Documents(atlas),
                status=422,
                name=name,
                reports=[],
                warnings=[],
                error=str(exc),
            )
        warnings = [w.replace(path, name) for w in warnings]
        return page(
            "audit.html",
            documents=Documents(atlas),
            name=name,
            reports=reports,
            warnings=warnings,
            error=None,
        )


def _number(text: str) -> float | None:
    try:
        value = float(text.replace(",", "").strip())
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def _structured(fields: dict[str, Any]) -> dict[str, Any]:
    """The QC form's fields as the description the QC report reads; empty fields omitted."""
    out: dict[str, Any] = {}
    for key in ("name", "ev_type", "msc_source"):
        if str(fields[key]).strip():
            out[key] = str(fields[key]).strip()[:200]
    if str(fields["isolation"]).strip():
        isolation: dict[str, Any] = {"method": str(fields["isolation"]).strip()[:200]}
        for key in ("g_force", "time_min"):
            if (value := _number(str(fields[key]))) is not None:
                isolation[key] = value
        out["isolation"] = isolation
    for key in ("protein_ug", "volume_ml"):
        if (value := _number(str(fields[key]))) is not None:
            if value < 0:
                raise InputError(f"{human(key)} cannot be negative")
            out[key] = value
    for key in ("markers_detected", "markers_absent"):
        if fields[key]:
            out[key] = [str(m)[:50] for m in fields[key][:30]]
    if fields["em_images"]:
        out["em_images"] = True
    return out


def _description(text: str) -> dict[str, Any]:
    from exoatlas.ingest.description import parse_description

    return parse_description(text, "the description")
