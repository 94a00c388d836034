"""Untrusted XML: no entity expansion, no external entities, no network, no DTD loading."""

from __future__ import annotations

import re
from typing import IO

from exoatlas.errors import InputError

_ENTITY_DECL = re.compile(rb"<!ENTITY", re.IGNORECASE)


def check_prolog(head: bytes, where: str) -> None:
    """Refuse documents that declare entities (billion laughs, external entities)."""
    if _ENTITY_DECL.search(head):
        raise InputError(f"{where}: the XML declares entities; refusing to expand them")


def parser_options() -> dict[str, object]:
    return {
        "resolve_entities": False,
        "no_network": True,
        "load_dtd": False,
        "huge_tree": False,
        "recover": False,
    }


def peek(stream: IO[bytes], size: int = 65536) -> bytes:
    head = stream.read(size)
    stream.seek(0)
    return head
