"""Untrusted XML: no entity expansion, no external entities, no network, no DTD loading."""

from __future__ import annotations

import re
from typing import IO

from exoatlas.errors import InputError

_ENTITY_DECL = re.compile(rb"<!ENTITY", re.IGNORECASE)
_NOISE = re.compile(rb"<!--.*?-->|<\?.*?\?>", re.DOTALL)
_NAME_START = re.compile(rb"<[A-Za-z_:\x80-\xff]")


def check_prolog(data: bytes, where: str) -> None:
    """Refuse documents that declare entities (billion laughs, external entities) anywhere in
    the prolog: everything before the root element, however long."""
    root = _root_start(data)
    if _ENTITY_DECL.search(data if root is None else data[:root]):
        raise InputError(f"{where}: the XML declares entities; refusing to expand them")


def check_stream(stream: IO[bytes], where: str) -> None:
    """``check_prolog`` on a stream, read until its root element starts; rewound after."""
    buffer = b""
    while True:
        chunk = stream.read(max(65536, len(buffer)))  # doubling: linear in the prolog's size
        buffer += chunk
        if _root_start(buffer) is not None or not chunk:
            break
    stream.seek(0)
    check_prolog(buffer, where)


def _root_start(data: bytes) -> int | None:
    """Where the root element starts; None if ``data`` ends before it does.

    Comments and processing instructions are skipped (they may hold ``<a``). Inside the DTD a
    ``<name`` can only follow the first ``<!ENTITY`` (in its value), so the text before the
    first ``<name`` always holds that declaration if there is one."""
    cleaned = _NOISE.sub(lambda m: b" " * len(m.group()), data)
    root = _NAME_START.search(cleaned)
    if root is None:
        return None
    unclosed = [i for i in (cleaned.find(b"<!--"), cleaned.find(b"<?")) if 0 <= i < root.start()]
    return None if unclosed else root.start()


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
