"""Reading user files safely: size limits, binary and encoding checks, one clear error each."""

from __future__ import annotations

from pathlib import Path

from exoatlas.errors import InputError

MAX_TEXT_BYTES = 50 * 1024 * 1024
TEXT_SUFFIXES = {"", ".txt", ".md", ".markdown", ".text"}


def read_text_file(
    path: Path, *, max_bytes: int = MAX_TEXT_BYTES, suffixes: set[str] | None = None
) -> str:
    """The text of a plain-text or markdown file, or an InputError saying what is wrong."""
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if not path.is_file():
        raise InputError(f"{path}: not a regular file")
    if path.suffix.lower() not in (suffixes or TEXT_SUFFIXES):
        raise InputError(
            f"{path}: '{path.suffix}' files are not read here yet; give a plain-text or "
            "markdown review (.txt, .md)"
        )
    size = path.stat().st_size
    if size == 0:
        raise InputError(f"{path}: the file is empty")
    if size > max_bytes:
        raise InputError(f"{path}: {size:,} bytes is over the {max_bytes:,}-byte limit")
    data = path.read_bytes()
    # a NUL anywhere, not only near the start: UTF-8 text never holds one (UTF-16 files, which
    # do, are decoded by the instrument-export readers before they get here)
    nul = data.find(b"\x00")
    if nul >= 0:
        raise InputError(f"{path}: binary data, not text (a NUL byte at byte {nul:,})")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not valid UTF-8 (byte {exc.start})") from exc
    if not text.strip():
        raise InputError(f"{path}: the file holds only whitespace")
    if not text.lstrip("\ufeff").strip():
        raise InputError(f"{path}: the file holds only a byte-order mark, no text")
    return text
