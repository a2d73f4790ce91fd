"""Bytes to text: the declared encoding when it is right, else a detected one.

News pages still arrive in legacy encodings (windows-1251 Russian pages, Shift_JIS, latin-1);
a wrong guess corrupts every later stage, so each candidate is tried strictly in turn.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.IGNORECASE)
BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Pages that say "iso-8859-1" almost always mean windows-1252 (as browsers assume).
ALIASES = {"iso-8859-1": "windows-1252", "latin-1": "windows-1252", "ascii": "windows-1252"}


def decode_document(data: bytes, *, declared: str | None = None, html: bool = False) -> str:
    """The text of `data`: BOM, then declared and meta charsets, then UTF-8, then detection."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    for encoding in _candidates(data, declared=declared, html=html):
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    return _detected(data)


def _candidates(data: bytes, *, declared: str | None, html: bool) -> list[str]:
    names = [declared] if declared else []
    if html:
        match = META_CHARSET.search(data[:4096])
        if match:
            names.append(match.group(1).decode("ascii", "ignore"))
    names.append("utf-8")
    return [ALIASES.get(name.lower(), name.lower()) for name in names]


def _detected(data: bytes) -> str:
    best = from_bytes(data[:200_000]).best()
    encoding = best.encoding if best is not None else "windows-1252"
    return data.decode(encoding, errors="replace")
