"""Server-rendered pages: Jinja2 with autoescaping on; every asset is bundled."""

from __future__ import annotations

import base64
from collections.abc import Sequence
from functools import cache
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

from exoatlas.model import QCSample
from exoatlas.render import claim_chain, directed_label, entity_label


@cache
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("exoatlas.web", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
    )
    from exoatlas.web.present import human, missing_text, model_label, role_label

    env.globals.update(
        chain=claim_chain,
        label=entity_label,
        directed=directed_label,
        human=human,
        missing_text=missing_text,
        role_label=role_label,
        model_label=model_label,
    )
    env.filters["human"] = human
    env.filters["missing_text"] = missing_text
    env.filters["first_upper"] = lambda text: str(text)[:1].upper() + str(text)[1:]
    return env


def render_page(template: str, **context: Any) -> str:
    return environment().get_template(template).render(**context)


def qc_html_report(reports: Sequence[QCSample], png: bytes) -> str:
    """The standalone QC report (``qc --html``): the same body as the served QC page."""
    from exoatlas.analyze.qc_report import summary_lines

    image = "data:image/png;base64," + base64.b64encode(png).decode("ascii")
    summaries = [summary_lines(r) for r in reports]
    return render_page("qc.html", reports=reports, image=image, summaries=summaries)
