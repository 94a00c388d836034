"""Server-rendered pages: Jinja2 with autoescaping on; every asset is bundled."""

from __future__ import annotations

from functools import cache
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

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
