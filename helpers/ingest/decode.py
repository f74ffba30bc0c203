"""Bytes -> text: byte order marks, a declared HTML charset, UTF-8, the fallback, binary files.

The order is in data/ingest/README.md (Encodings). Every attempt is strict, so that bytes
that fit no encoding make the file unreadable instead of text with replacement characters.
"""
from __future__ import annotations

import codecs
import re
import unicodedata

# Bytes that are neither UTF-8 (with or without BOM), UTF-16 with a BOM, nor in an HTML
# file's declared <meta charset> are decoded with this, strictly (data/ingest/README.md).
FALLBACK_ENCODING = "cp1252"

# A file is binary when more than this share of its bytes (or decoded characters) are
# control characters other than tab, newline, carriage return and form feed.
MAX_CONTROL_SHARE = 0.10

_CONTROL_BYTES = bytes(sorted(frozenset(range(0x20)) - {0x09, 0x0A, 0x0C, 0x0D} | {0x7F}))
# unicodedata's category Cc (C0, DEL and C1 controls) less tab, newline, vertical tab, form feed
# and carriage return: counted with one regular expression rather than a lookup per character.
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_HTML_START = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])", re.IGNORECASE | re.DOTALL)
_META_CHARSET = re.compile(rb"<meta\b[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9._:-]+)", re.IGNORECASE)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def looks_html(text: str) -> bool:
    """An HTML page whatever its file name: it opens with a doctype or an <html> tag."""
    return bool(_HTML_START.match(text[:4096]))


def _declared_charset(raw: bytes) -> str | None:
    match = _META_CHARSET.search(raw[:8192])
    if not match:
        return None
    name = match.group(1).decode("ascii", "ignore")
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    # As browsers do (WHATWG Encoding): Latin-1 and ASCII labels mean windows-1252.
    return "cp1252" if codec in ("latin-1", "iso8859-1", "ascii") else codec


def _decode_bytes(raw: bytes, is_html: bool) -> tuple[str | None, str, str]:
    """(text, status, error): text is None when the bytes are binary or do not decode."""
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(encoding), "ok", ""
            except UnicodeDecodeError as exc:
                return None, "unreadable", (
                    f"cannot decode the file as {encoding} (its byte order mark says so): "
                    f"{exc.reason} at byte offset {exc.start}"
                )
    nul = raw.find(b"\x00")
    if nul >= 0:
        return None, "binary", f"the file holds NUL bytes (the first at byte offset {nul}): it is binary, not text"
    controls = len(raw) - len(raw.translate(None, _CONTROL_BYTES))  # the bytes deleted are the controls
    if controls > MAX_CONTROL_SHARE * len(raw):
        share = round(100 * controls / len(raw))
        return None, "binary", f"{share}% of the bytes are control characters: the file is binary, not text"

    declared = _declared_charset(raw) if is_html or looks_html(raw[:4096].decode("latin-1")) else None
    encodings = [declared, "utf-8"] if declared else ["utf-8", FALLBACK_ENCODING]
    tried = []
    for encoding in dict.fromkeys(encodings):
        try:
            return raw.decode(encoding), "ok", ""
        except UnicodeDecodeError as exc:
            label = f"the declared {encoding}" if encoding == declared else (
                "the fallback " + encoding if encoding == FALLBACK_ENCODING else encoding)
            tried.append(f"{label} (byte 0x{raw[exc.start]:02x} at offset {exc.start})")
    return None, "unreadable", "the bytes do not decode as " + " nor as ".join(tried)


def decode(raw: bytes, is_html: bool) -> tuple[str | None, str, str]:
    """(text, status, error): the file's text in NFC without BOMs and zero-width spaces, or None
    with the status (empty, binary, unreadable) and the error that say why there is none."""
    if not raw:
        return None, "empty", "the file is empty (0 bytes)"
    text, status, error = _decode_bytes(raw, is_html)
    if text is None:
        return None, status, error
    text = unicodedata.normalize("NFC", text.replace("\ufeff", "").replace("\u200b", ""))
    if not text.strip():
        return None, "empty", "the file holds only whitespace"
    controls = len(_CONTROL_CHARS.findall(text))
    if controls > MAX_CONTROL_SHARE * len(text):
        share = round(100 * controls / len(text))
        return None, "binary", f"{share}% of the characters are control characters: the file is binary, not text"
    return text, "ok", ""
