"""Sample descriptions (YAML or JSON) -> a checked mapping, with bounded work.

A description comes from a user's file or a web form, so it is untrusted: YAML anchors and
aliases are refused (a few hundred bytes of nested aliases expand to gigabytes: "billion laughs"),
and every description is limited in size, nesting depth and number of nodes before it is turned
into Python values. JSON gets the same limits. The fields the QC report reads are then checked for
type, so ``instrument: 42`` or ``starting_material: 7`` is one clear error, not a crash later.
"""

from __future__ import annotations

import datetime
import json
import math
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from exoatlas.errors import InputError
from exoatlas.ingest.files import read_text_file

MAX_DESCRIPTION_BYTES = 256 * 1024
MAX_DEPTH = 20
MAX_NODES = 10_000
DESCRIPTION_SUFFIXES = {".yaml", ".yml", ".json"}

_TEXT = ("name", "ev_type", "instrument", "lysis_buffer")
_TEXT_OR_MAPPING = ("starting_material", "isolation")
_TEXT_OR_LIST = ("markers_detected", "markers_absent", "contaminants_checked")
_NUMBERS = ("particles_per_ml", "protein_ug_per_ml", "protein_ug", "volume_ml", "density_g_ml")
_FLAGS = ("antibodies_used", "lysates_used")
_JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)


def read_description(path: Path) -> dict[str, Any]:
    """A sample description file (``.yaml``, ``.yml`` or ``.json``), checked."""
    text = read_text_file(path, suffixes=DESCRIPTION_SUFFIXES, max_bytes=MAX_DESCRIPTION_BYTES)
    kind = "json" if path.suffix.lower() == ".json" else "yaml"
    return parse_description(text.lstrip("\ufeff"), str(path), kind=kind)


def parse_description(
    text: str, where: str = "the description", *, kind: str = "yaml"
) -> dict[str, Any]:
    """A description's text (YAML, which also reads JSON, or strict JSON), checked.

    Empty text is an empty description. Anything over the limits, anything that is not a
    mapping and any field of the wrong type is an InputError naming ``where``."""
    if not text.strip():
        return {}
    size = len(text.encode("utf-8"))
    if size > MAX_DESCRIPTION_BYTES:
        limit = MAX_DESCRIPTION_BYTES
        raise InputError(f"{where}: {size:,} bytes is over the {limit:,}-byte limit")
    data = _load_json(text, where) if kind == "json" else _load_yaml(text, where)
    return check_description(data, where)


def check_description(data: Any, where: str = "the description") -> dict[str, Any]:
    """A parsed description (from a file, a form or a JSON body) checked and made plain:
    a mapping of text keys, no non-finite numbers, the QC fields of the right type."""
    if not isinstance(data, dict):
        raise InputError(f"{where}: a description must be a mapping of fields")
    plain: dict[str, Any] = _plain(data, where, depth=0, budget=[MAX_NODES])
    for key in _TEXT:
        _expect(plain, key, where, "text", lambda v: isinstance(v, str), name_ok=key == "name")
    for key in _TEXT_OR_MAPPING:
        _expect(plain, key, where, "text or a mapping", lambda v: isinstance(v, str | dict))
    for key in _TEXT_OR_LIST:
        _expect(
            plain,
            key,
            where,
            "text or a list of text",
            lambda v: isinstance(v, str) or (isinstance(v, list) and all(_scalar(x) for x in v)),
        )
    for key in _NUMBERS:
        _expect(plain, key, where, "a number", _numberlike)
    for key in _FLAGS:
        _expect(plain, key, where, "true or false", lambda v: isinstance(v, bool))
    return plain


def _expect(
    data: dict[str, Any],
    key: str,
    where: str,
    wanted: str,
    ok: Callable[[Any], bool],
    *,
    name_ok: bool = False,
) -> None:
    value = data.get(key)
    if value is None:
        return
    if name_ok and isinstance(value, int | float) and not isinstance(value, bool):
        data[key] = str(value)  # a sample called 2021 is still a name
        return
    if not ok(value):
        raise InputError(f"{where}: {key} must be {wanted}, not {_describe(value)}")


def _describe(value: Any) -> str:
    if isinstance(value, bool):
        return f"{str(value).lower()} (a flag)"
    if isinstance(value, int | float):
        return f"the number {value!r}"
    if isinstance(value, list):
        return f"a list of {len(value)}"
    if isinstance(value, dict):
        return "a mapping"
    return repr(value)[:60]


def _scalar(value: Any) -> bool:
    return isinstance(value, str | int | float) and not isinstance(value, bool)


def _numberlike(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int | float):
        return True
    if not isinstance(value, str):
        return False
    try:
        number = float(value.replace(",", "").replace("×10^", "e").replace("x10^", "e"))
    except ValueError:
        return True  # text such as "not measured": the report says the number is missing
    return math.isfinite(number)


def _plain(value: Any, where: str, *, depth: int, budget: list[int]) -> Any:
    """JSON-like values only; dates become ISO text; limits checked again for any source."""
    budget[0] -= 1
    if budget[0] < 0:
        raise InputError(f"{where}: more than {MAX_NODES:,} values; a description is small")
    if depth > MAX_DEPTH:
        raise InputError(f"{where}: nested deeper than {MAX_DEPTH} levels")
    if isinstance(value, dict):
        out: dict[str, Any] = {}
        for key, item in value.items():
            if not isinstance(key, str | int):  # int covers YAML keys such as 100000 or yes
                raise InputError(f"{where}: field names must be text, not {_describe(key)}")
            out[str(key)] = _plain(item, where, depth=depth + 1, budget=budget)
        return out
    if isinstance(value, list | tuple):
        return [_plain(item, where, depth=depth + 1, budget=budget) for item in value]
    if isinstance(value, float) and not math.isfinite(value):
        raise InputError(f"{where}: {value!r} is not a finite number")
    if isinstance(value, datetime.date):
        return value.isoformat()
    if value is None or isinstance(value, str | int | float | bool):
        return value
    raise InputError(f"{where}: unsupported value of type {type(value).__name__}")


def _load_yaml(text: str, where: str) -> Any:
    import yaml

    try:
        loader: type[yaml.SafeLoader] = yaml.CSafeLoader  # type: ignore[assignment]
    except AttributeError:  # PyYAML built without libyaml
        loader = yaml.SafeLoader
    try:
        # events first: anchors, aliases, depth and node count are refused before any value
        # is built, so an alias bomb costs the size of its text, not of its expansion
        depth = nodes = 0
        for event in yaml.parse(text, Loader=loader):
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                raise InputError(
                    f"{where}: YAML anchors and aliases (&, *) are not allowed in a description"
                )
            if isinstance(event, yaml.NodeEvent):
                nodes += 1
                if nodes > MAX_NODES:
                    raise InputError(
                        f"{where}: more than {MAX_NODES:,} values; a description is small"
                    )
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    raise InputError(f"{where}: nested deeper than {MAX_DEPTH} levels")
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
        return yaml.load(text, Loader=loader)  # a safe loader: plain values only
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f" line {mark.line + 1}:" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise InputError(f"{where}:{line} not a valid description: {problem}") from exc


def _load_json(text: str, where: str) -> Any:
    depth = deepest = 0
    for char in _JSON_STRING.sub("", text):
        if char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth -= 1
    if deepest > MAX_DEPTH:
        raise InputError(f"{where}: nested deeper than {MAX_DEPTH} levels")

    def refuse(constant: str) -> Any:
        raise InputError(f"{where}: {constant} is not a finite number")

    try:
        return json.loads(text, parse_constant=refuse)
    except json.JSONDecodeError as exc:
        raise InputError(f"{where}: line {exc.lineno}: not a valid description: {exc.msg}") from exc
    except ValueError as exc:  # e.g. an integer with more digits than Python converts
        raise InputError(f"{where}: not a valid description: {exc}") from exc
