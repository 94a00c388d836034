"""Bytes of an instrument export -> text, in the encoding it was written in.

Instruments write UTF-8, UTF-16 with a byte-order mark, or a Windows code page (ISO-8859-1 /
cp1252: NanoSight and ZetaView write `nm²`, `µ`, `ø` as single bytes). A BOM decides; valid UTF-8
is UTF-8; otherwise charset-normalizer chooses among the single-byte code pages instruments use.
NUL bytes are left in the text: the caller recognises the export first (ZetaView writes NULs
into its zeta-potential profiles) and applies the binary check only to what it did not recognise.
"""

from __future__ import annotations

import codecs
import re

from exoatlas.errors import InputError

BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
SINGLE_BYTE = ["cp1252", "latin_1"]
_NON_ASCII = re.compile(rb"[\x80-\xff]")


def decode_export(data: bytes, where: str) -> tuple[str, str]:
    """(text, encoding name) of an export; an InputError when it is not text in any of them."""
    for bom, codec in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), codec
            except UnicodeDecodeError as exc:
                raise InputError(
                    f"{where}: starts with a {codec} byte-order mark but is not {codec} text "
                    f"(byte {exc.start})"
                ) from exc
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    # ASCII lines read the same in every candidate, and long numeric tables look like noise to
    # the detector: it judges only the lines that hold other bytes (NULs removed: ZetaView
    # writes them after 'µ', and they make any file look binary)
    sample = b"\n".join(
        line.replace(b"\x00", b"") for line in data.splitlines() if _NON_ASCII.search(line)
    )
    best = from_bytes(sample, cp_isolation=SINGLE_BYTE).best()
    if best is None:
        raise InputError(f"{where}: not text in UTF-8, UTF-16 or a Windows/ISO-8859-1 code page")
    codec = best.encoding
    try:
        return data.decode(codec), codec
    except UnicodeDecodeError as exc:  # cp1252 leaves five bytes undefined
        if codec != "latin_1":
            return data.decode("latin_1"), "latin_1"
        raise InputError(f"{where}: not text (byte {exc.start})") from exc
