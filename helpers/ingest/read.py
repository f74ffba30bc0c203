"""Ingest: one input file -> one Report (header fields, clean body text, status, error).

The rules live here; the phrases they use live in data/ingest/ (see its README.md):
boilerplate.txt (lines to drop and where the republisher's footer starts), publishers.txt
(republishers such as Global Research), ignore.txt (names in the input folder that are not
reports) and html_drop.txt (class/id names of HTML page furniture).

Nothing here raises for a bad input file: every file gets a Report whose status and error
say what happened, so that reports.csv has one row for every input entry.

Statuses set here: ok, no_date, empty, binary, unreadable, too_large, duplicate, skipped
(the build may later turn ok into no_events).
"""
from __future__ import annotations

import codecs
import fnmatch
import hashlib
import html as html_lib
import os
import re
import stat
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path

from bs4 import BeautifulSoup
from bs4.element import Comment, Declaration, Doctype, NavigableString, ProcessingInstruction, Tag
from dateutil import parser as date_parser

from helpers.paths import INGEST_DIR
from helpers.records import Report

DEFAULT_MAX_BYTES = 2_000_000
# Bytes that are neither UTF-8 (with or without BOM), UTF-16 with a BOM, nor in an HTML
# file's declared <meta charset> are decoded with this, strictly (data/ingest/README.md).
FALLBACK_ENCODING = "cp1252"

TEXT_SUFFIXES = (".txt", ".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm")
REPORT_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES

# A file is binary when more than this share of its bytes (or decoded characters) are
# control characters other than tab, newline, carriage return and form feed.
MAX_CONTROL_SHARE = 0.10

NO_DATE_ERROR = "no publication date line found; dates in the text cannot be resolved"
FOLDER_ERROR = "folder: reports are read from the top level only"


# ---------------------------------------------------------------------------------------
# Pattern files (data/ingest/)


@dataclass(frozen=True)
class _Patterns:
    drop: tuple[re.Pattern, ...]
    footer: tuple[re.Pattern, ...]
    republishers: dict[str, str]  # normalized spelling -> name to show
    ignore: tuple[str, ...]
    html_drop: tuple[re.Pattern, ...]


def _data_lines(path: Path) -> list[tuple[int, str]]:
    """(line number, text) of the non-comment, non-blank lines of a pattern file."""
    out = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if line and not line.startswith("#"):
            out.append((number, line))
    return out


def _compile(path: Path, number: int, pattern: str) -> re.Pattern:
    try:
        return re.compile(pattern, re.IGNORECASE)
    except re.error as exc:
        raise ValueError(f"{path}, line {number}: bad regular expression {pattern!r}: {exc}") from exc


@lru_cache(maxsize=4)
def _load_patterns(ingest_dir: Path = INGEST_DIR) -> _Patterns:
    bp_path = ingest_dir / "boilerplate.txt"
    sections: dict[str, list[re.Pattern]] = {"drop": [], "footer": []}
    current = None
    for number, line in _data_lines(bp_path):
        header = re.fullmatch(r"\[(\w+)\]", line)
        if header:
            current = header.group(1).lower()
            if current not in sections:
                raise ValueError(f"{bp_path}, line {number}: unknown section [{current}] (use [drop] or [footer])")
            continue
        if current is None:
            raise ValueError(f"{bp_path}, line {number}: pattern before any [drop] or [footer] section")
        sections[current].append(_compile(bp_path, number, line))

    republishers: dict[str, str] = {}
    for _, line in _data_lines(ingest_dir / "publishers.txt"):
        names = [name.strip() for name in line.split("|") if name.strip()]
        for name in names:
            republishers[_norm_name(name)] = names[0]

    ignore = tuple(line for _, line in _data_lines(ingest_dir / "ignore.txt"))
    html_path = ingest_dir / "html_drop.txt"
    html_drop = tuple(_compile(html_path, n, line) for n, line in _data_lines(html_path))
    return _Patterns(tuple(sections["drop"]), tuple(sections["footer"]), republishers, ignore, html_drop)


def _norm_name(name: str) -> str:
    return re.sub(r"[\W_]+", "", name.casefold())


# ---------------------------------------------------------------------------------------
# Public API


def read_report(path: Path, root: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Report:
    """Read one report file. Never raises for bad input: status and error say what happened."""
    return _read(Path(path), Path(root), max_bytes)[0]


def read_folder(input_dir: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> list[Report]:
    """One Report for every entry at the top level of input_dir, sorted by path.

    Raises FileNotFoundError / NotADirectoryError when input_dir itself is missing or a file.
    """
    input_dir = Path(input_dir)
    if not input_dir.exists():
        raise FileNotFoundError(f"input folder not found: {input_dir}")
    if not input_dir.is_dir():
        raise NotADirectoryError(f"input path is not a folder: {input_dir}")
    patterns = _load_patterns()
    seen: dict[str, str] = {}  # full sha256 of the bytes -> path of the first file with them
    reports = []
    for name in sorted(os.listdir(input_dir)):
        path = input_dir / name
        rel = _rel_path(path, input_dir)
        skip = _skip_reason(path, name, patterns)
        if skip:
            reports.append(_skipped(rel, skip))
            continue
        report, digest = _read(path, input_dir, max_bytes)
        if digest is not None and report.status != "empty":
            if digest in seen:
                report = Report(
                    report_id=_path_id(rel),
                    path=rel,
                    status="duplicate",
                    error=f"same content as {seen[digest]}",
                )
            else:
                seen[digest] = rel
        reports.append(report)
    return reports


# ---------------------------------------------------------------------------------------
# Files, ids, statuses


def _rel_path(path: Path, root: Path) -> str:
    return os.path.relpath(path, root).replace(os.sep, "/")


def _path_id(rel: str) -> str:
    return hashlib.sha256(rel.encode("utf-8")).hexdigest()[:16]


def _skipped(rel: str, error: str) -> Report:
    return Report(report_id=_path_id(rel), path=rel, status="skipped", error=error)


def _skip_reason(path: Path, name: str, patterns: _Patterns) -> str:
    for pattern in patterns.ignore:
        if fnmatch.fnmatchcase(name.casefold(), pattern.casefold()):
            return f"ignored: the name matches {pattern!r} in data/ingest/ignore.txt"
    try:
        mode = path.stat().st_mode
    except OSError:
        return ""  # a broken link: _read reports it as unreadable
    if stat.S_ISDIR(mode):
        return FOLDER_ERROR
    if not stat.S_ISREG(mode):
        return "not a regular file (a device, socket or pipe)"
    suffix = path.suffix.lower()
    if suffix not in REPORT_SUFFIXES:
        shown = f"({suffix})" if suffix else "(no extension)"
        return f"not a report file {shown}; reports are {', '.join(REPORT_SUFFIXES)}"
    return ""


def _read(path: Path, root: Path, max_bytes: int) -> tuple[Report, str | None]:
    """The Report and the full sha256 of the bytes (None when the bytes were not read)."""
    rel = _rel_path(path, root)
    try:
        st = path.stat()
        if stat.S_ISDIR(st.st_mode):
            return _skipped(rel, FOLDER_ERROR), None
        if not stat.S_ISREG(st.st_mode):
            return _skipped(rel, "not a regular file (a device, socket or pipe)"), None
        if st.st_size > max_bytes:
            digest = _hash_file(path)
            error = (
                f"file is {st.st_size:,} bytes, over the limit of {max_bytes:,} bytes; nothing was "
                f"extracted (raise the limit with --max-bytes {st.st_size}, or max_bytes= in Python)"
            )
            return Report(report_id=digest[:16], path=rel, status="too_large", error=error), digest
        raw = path.read_bytes()
    except OSError as exc:
        reason = exc.strerror or str(exc)
        return Report(report_id=_path_id(rel), path=rel, status="unreadable",
                      error=f"cannot read the file: {reason}"), None
    digest = hashlib.sha256(raw).hexdigest()
    try:
        fields = _extract(raw, path.suffix.lower())
    except Exception as exc:  # a parser bug must not stop the folder: say so instead
        fields = {"status": "unreadable", "error": f"ingest failed on this file: {type(exc).__name__}: {exc}"}
    return Report(report_id=digest[:16], path=rel, **fields), digest


def _hash_file(path: Path) -> str:
    sha = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            sha.update(chunk)
    return sha.hexdigest()


# ---------------------------------------------------------------------------------------
# Decoding

_CONTROL_BYTES = frozenset(range(0x20)) - {0x09, 0x0A, 0x0C, 0x0D} | {0x7F}
_HTML_START = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])", re.IGNORECASE | re.DOTALL)
_META_CHARSET = re.compile(rb"<meta\b[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9._:-]+)", re.IGNORECASE)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _looks_html(text: str) -> bool:
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


def _decode(raw: bytes, is_html: bool) -> tuple[str | None, str, str]:
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
    controls = sum(1 for b in raw if b in _CONTROL_BYTES)
    if controls > MAX_CONTROL_SHARE * len(raw):
        share = round(100 * controls / len(raw))
        return None, "binary", f"{share}% of the bytes are control characters: the file is binary, not text"

    declared = _declared_charset(raw) if is_html or _looks_html(raw[:4096].decode("latin-1")) else None
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


# ---------------------------------------------------------------------------------------
# From bytes to Report fields


def _extract(raw: bytes, suffix: str) -> dict:
    if not raw:
        return {"status": "empty", "error": "the file is empty (0 bytes)"}
    text, status, error = _decode(raw, suffix in HTML_SUFFIXES)
    if text is None:
        return {"status": status, "error": error}
    text = unicodedata.normalize("NFC", text.replace("\ufeff", "").replace("\u200b", ""))
    if not text.strip():
        return {"status": "empty", "error": "the file holds only whitespace"}
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f\v")
    if controls > MAX_CONTROL_SHARE * len(text):
        share = round(100 * controls / len(text))
        return {"status": "binary", "error": f"{share}% of the characters are control characters: the file is binary, not text"}

    patterns = _load_patterns()
    if suffix in HTML_SUFFIXES or _looks_html(text):
        blocks, html_title = _html_blocks(text, patterns)
    else:
        blocks, html_title = _text_blocks(text), ""
    doc = _clean(blocks, html_title, patterns)

    fields = {
        "title": doc.title,
        "outlet": doc.outlet,
        "publisher": doc.publisher,
        "published": doc.published,
        "republished": doc.republished,
        "text": doc.text,
    }
    if not doc.text:
        fields.update(status="empty", error="no report text is left after removing the header lines and boilerplate")
    elif doc.published is None:
        error = NO_DATE_ERROR
        if doc.republished is not None:
            error = (f"no publication date line found (only the republisher's, {doc.publisher} "
                     f"{doc.republished.isoformat()}); dates in the text cannot be resolved")
        fields.update(status="no_date", error=error)
    else:
        fields.update(status="ok", error="")
    return fields


# ---------------------------------------------------------------------------------------
# Blocks: a block is a list of lines that belong together (a paragraph of a text file, or
# one block element of an HTML page). A line is a (text, starts_item) pair: starts_item
# marks a list item, which is a paragraph of its own.

Line = tuple[str, bool]

_LIST_ITEM = re.compile(r"^\s{0,3}[-*+]\s+(?=\S)")
_HEADING = re.compile(r"^\s{0,3}#{1,6}(?:\s+|$)")
_HEADING_CLOSE = re.compile(r"\s+#+\s*$")
_RULE = re.compile(r"^\s{0,3}(?:([-_=])\s*\1(?:\s*\1)+|(\*\s*){3,})\s*$")
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_QUOTE = re.compile(r"^\s{0,3}(?:>\s?)+")
_REF_DEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*\S+")
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_ESCAPED = re.compile("[\U000F0000-\U000F007F]")
_IMAGE = re.compile(r"!\[[^\]]*\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"]*\")?\)")
_LINK = re.compile(r"\[([^\]]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"]*\")?\)")
_REF_LINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
_AUTOLINK = re.compile(r"<((?:https?|ftp)://[^\s<>]+|mailto:[^\s<>]+|[^\s<>@]+@[^\s<>]+\.[^\s<>]+)>", re.IGNORECASE)
_HTML_COMMENT = re.compile(r"<!--.*?-->")
_INLINE_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EM_STAR = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*]+?)(?<=[^\s*])\*(?![\w*])")
_EM_UNDER = re.compile(r"(?<![\w_])_(?=[^\s_])([^_]+?)(?<=[^\s_])_(?![\w_])")
_STRIKE = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~")
_CODE = re.compile(r"`([^`]+)`")
_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#\d{1,7}|#[xX][0-9A-Fa-f]{1,6});")
_SPACES = re.compile(r"\s+")


def _collapse(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def _clean_markup(line: str) -> str:
    """Markdown and inline HTML of one line -> its plain text (whitespace collapsed)."""
    line = _ESCAPE.sub(lambda m: chr(0xF0000 + ord(m.group(1))), line)  # protect "\(" etc.
    line = _HTML_COMMENT.sub("", line)
    line = _IMAGE.sub("", line)
    line = _LINK.sub(r"\1", line)
    line = _REF_LINK.sub(r"\1", line)
    line = _AUTOLINK.sub(r"\1", line)
    line = _INLINE_TAG.sub("", line)
    line = _CODE.sub(r"\1", line)
    for _ in range(2):  # "***x***" is strong inside emphasis
        line = _STRONG.sub(r"\2", line)
        line = _STRIKE.sub(r"\1", line)
        line = _EM_STAR.sub(r"\1", line)
        line = _EM_UNDER.sub(r"\1", line)
    line = _ENTITY.sub(lambda m: html_lib.unescape(m.group(0)), line)
    line = _ESCAPED.sub(lambda m: chr(ord(m.group(0)) - 0xF0000), line)
    return _collapse(line)


def _text_blocks(text: str) -> list[list[Line]]:
    """Plain text and Markdown: blank lines separate blocks; markup is removed per line."""
    blocks: list[list[Line]] = []
    current: list[Line] = []
    in_fence = False
    for raw_line in text.splitlines():
        if _FENCE.match(raw_line):
            in_fence = not in_fence
            continue
        if not raw_line.strip():
            if current:
                blocks.append(current)
                current = []
            continue
        if not in_fence:
            if _REF_DEF.match(raw_line) or _RULE.match(raw_line):
                continue
            if _HEADING.match(raw_line):
                heading = _clean_markup(_HEADING_CLOSE.sub("", _HEADING.sub("", raw_line)))
                if current:
                    blocks.append(current)
                current = []
                if heading:
                    blocks.append([(heading, False)])
                continue
            raw_line = _QUOTE.sub("", raw_line)
        item = bool(_LIST_ITEM.match(raw_line)) and not in_fence
        if item:
            raw_line = _LIST_ITEM.sub("", raw_line)
        line = _clean_markup(raw_line) if not in_fence else _collapse(raw_line)
        if line:
            current.append((line, item))
    if current:
        blocks.append(current)
    return blocks


_DROP_TAGS = frozenset({
    "script", "style", "noscript", "nav", "footer", "template", "iframe", "svg", "form",
    "button", "select", "textarea", "input", "object", "embed", "canvas", "head", "menu",
})
_DROP_ROLES = frozenset({"navigation", "contentinfo", "search", "complementary", "menu", "menubar"})
_KEEP_TAGS = frozenset({"html", "body", "main", "article"})
_BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog",
    "div", "dl", "dt", "fieldset", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6",
    "header", "hgroup", "hr", "html", "li", "main", "ol", "p", "pre", "section", "summary",
    "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
})


def _is_furniture(tag: Tag, patterns: _Patterns) -> bool:
    name = tag.name.lower()
    if name in _DROP_TAGS:
        return True
    if tag.has_attr("hidden") or str(tag.get("aria-hidden", "")).lower() == "true" and not tag.get_text(strip=True):
        return True
    if name in _KEEP_TAGS or tag.find(["h1", "main", "article"]):
        return False
    if name == "header" and tag.find(["nav", "ul", "ol", "menu"]):
        return True
    if str(tag.get("role", "")).lower() in _DROP_ROLES:
        return True
    names = list(tag.get("class") or [])
    if tag.get("id"):
        names.append(str(tag.get("id")))
    return any(p.fullmatch(n) for n in names for p in patterns.html_drop)


def _html_blocks(text: str, patterns: _Patterns) -> tuple[list[list[Line]], str]:
    soup = BeautifulSoup(text, "html.parser")
    head_title = _collapse(soup.title.get_text(" ")) if soup.title else ""
    for tag in list(soup.find_all(True)):
        if not tag.decomposed and _is_furniture(tag, patterns):
            tag.decompose()
    h1 = soup.find("h1")
    title = _collapse(h1.get_text(" ")) if h1 else ""
    title = title or head_title

    blocks: list[list[Line]] = []
    buffer: list[str] = []

    def flush() -> None:
        line = _collapse("".join(buffer))
        buffer.clear()
        if line:
            blocks.append([(line, False)])

    def walk(node: Tag) -> None:
        for child in node.children:
            if isinstance(child, (Comment, Declaration, Doctype, ProcessingInstruction)):
                continue
            if isinstance(child, NavigableString):
                buffer.append(str(child))
            elif isinstance(child, Tag):
                name = child.name.lower()
                if name == "br":
                    flush()
                elif name in _BLOCK_TAGS or name == "li":
                    flush()
                    walk(child)
                    flush()
                else:
                    walk(child)

    walk(soup)
    flush()
    return blocks, title


# ---------------------------------------------------------------------------------------
# Header lines: title, "By X", "<Name>, <date>", "<Name> <date>", bare dates

_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]|2\d)\d\d"
_DATE = (rf"(?:(?:{_WEEKDAY},?\s+)?(?:{_MONTH}\s+{_DAY},?\s+{_YEAR}|{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR})"
         rf"|{_YEAR}-[01]\d-[0-3]\d)")
_TIME = r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d\d(?::\d\d)?(?:\s*[ap]\.?m\.?)?(?:\s+[a-z]{2,5})?)?"
_DATE_LINE = re.compile(rf"^(?P<name>.*?)[\s,;:|·•–—-]*(?<![\w-])(?P<date>{_DATE}){_TIME}\s*$", re.IGNORECASE)
_BY_LINE = re.compile(r"^by\s*:?\s+(?P<name>\S.*)$", re.IGNORECASE)
_LABEL = re.compile(r"^(?:(?P<updated>(?:last\s+)?updated|modified|edited)|(?:first\s+)?published|posted|date|dated)"
                    r"(?:\s+(?:on|at))?$", re.IGNORECASE)
_NAME_CONNECTORS = frozenset({"and", "&", "of", "the", "de", "del", "der", "al", "el", "la", "le", "von", "van", "for", "on", "in"})
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*$")


def _is_name(name: str) -> bool:
    """A byline or date-line name: a few words, each capitalized (or a connector)."""
    words = name.split()
    if not words or len(words) > 8 or _SENTENCE_END.search(name) and not re.search(r"\b[A-Z][a-z]?\.$", name):
        return False
    if not (words[0][0].isupper() or words[0][0].isdigit() or words[0][0] in "@("):
        return False
    return all(w[0].isupper() or w[0].isdigit() or w[0] in "@(&-" or w.casefold().strip(",") in _NAME_CONNECTORS
               for w in words)


def _parse_date(phrase: str) -> date | None:
    phrase = re.sub(r"\s+of\s+", " ", phrase, flags=re.IGNORECASE)
    try:
        return date_parser.parse(phrase, default=datetime(1900, 1, 1)).date()
    except (ValueError, OverflowError):
        return None


@dataclass(frozen=True)
class _HeaderLine:
    kind: str  # by | date | updated | drop | other
    name: str = ""
    when: date | None = None


def _split_date(line: str) -> tuple[str, date] | None:
    """'<Name>, <date>' / '<Name> <date>' / '<date>' -> (name, date), else None."""
    match = _DATE_LINE.match(line)
    if not match:
        return None
    when = _parse_date(match.group("date"))
    if when is None:
        return None
    return match.group("name").strip(" \t,;:|·•–—-"), when


def _header_line(line: str, patterns: _Patterns) -> _HeaderLine:
    by = _BY_LINE.match(line)
    if by:
        name, when = by.group("name").strip(), None
        split = _split_date(name)
        if split:
            name, when = split
        if _is_name(name):
            return _HeaderLine("by", name, when)
    split = _split_date(line)
    if split:
        name, when = split
        label = _LABEL.match(name)
        if label:
            return _HeaderLine("updated" if label.group("updated") else "date", "", when)
        if not name or _is_name(name):
            return _HeaderLine("date", name, when)
    if any(p.search(line) for p in patterns.drop):
        return _HeaderLine("drop")
    return _HeaderLine("other")


# ---------------------------------------------------------------------------------------
# Header zone, body, footer


@dataclass
class _Doc:
    title: str = ""
    outlet: str = ""
    publisher: str = ""
    published: date | None = None
    republished: date | None = None
    text: str = ""


_DATED = ("by", "date", "updated")
_HEADER_SEARCH_BLOCKS = 10  # a byline or date line further down is not a header
_HEADER_BLOCK_WORDS = 40  # nor is one after a block this long
_TITLE_MAX_WORDS = 20


def _words(block: list[Line]) -> int:
    return sum(len(text.split()) for text, _ in block)


def _body_like(block: list[Line], after_dates: bool) -> bool:
    joined = " ".join(text for text, _ in block)
    words = len(joined.split())
    if words >= 25:
        return True
    return bool(_SENTENCE_END.search(joined)) and words >= (2 if after_dates else 4)


def _clean(blocks: list[list[Line]], html_title: str, patterns: _Patterns) -> _Doc:
    doc = _Doc()
    kinds = [[_header_line(text, patterns) for text, _ in block] for block in blocks]

    # The header ends at the last byline or date line among the first few short blocks,
    # and then takes in the following lines that are not prose (Global Research's
    # "Region:", "Theme:" lines and their wrapped tails), up to the first prose block.
    last_dated = -1
    for i, block in enumerate(blocks[:_HEADER_SEARCH_BLOCKS]):
        if any(k.kind in _DATED for k in kinds[i]):
            last_dated = i
        if _words(block) >= _HEADER_BLOCK_WORDS:
            break
    header: list[tuple[int, str, _HeaderLine]] = []  # (block index, text, kind)
    body_blocks: list[list[Line]] | None = None
    for i, block in enumerate(blocks):
        lines = list(zip(block, kinds[i]))
        if i < last_dated:
            header.extend((i, line[0], kind) for line, kind in lines)
            continue
        if i == last_dated:
            cut = max(j for j, (_, kind) in enumerate(lines) if kind.kind in _DATED) + 1
            header.extend((i, line[0], kind) for line, kind in lines[:cut])
            lines = lines[cut:]
        while lines and lines[0][1].kind != "other":  # header lines on top of a block
            header.append((i, lines[0][0][0], lines[0][1]))
            lines.pop(0)
        rest = [line for line, _ in lines]
        if rest and _body_like(rest, last_dated >= 0):
            body_blocks = [rest] + blocks[i + 1:]
            break
        header.extend((i, line[0], kind) for line, kind in lines)

    if body_blocks is None:
        # No prose block: the body is the plain lines after the last date line (or, with no
        # date line, after the title block).
        if last_dated >= 0:
            after = last_dated
        else:
            after = next((b for b, _, k in header if k.kind == "other"), -1)
            if after >= 0 and (_words(blocks[after]) > _TITLE_MAX_WORDS or after == len(blocks) - 1):
                after -= 1  # too long for a title, or nothing after it: it is body text
        body_blocks = []
        for b, text, kind in header:
            if b > after and kind.kind == "other":
                if body_blocks and body_blocks[-1][0][1] == b:
                    body_blocks[-1].append((text, b))
                else:
                    body_blocks.append([(text, b)])
        header = [h for h in header if not (h[0] > after and h[2].kind == "other")]
        body_blocks = [[(text, False) for text, _ in block] for block in body_blocks]

    _fill_header(doc, header, html_title, patterns)
    paragraphs = _body_paragraphs(body_blocks, patterns)
    if html_title and doc.title in paragraphs:
        paragraphs.remove(doc.title)
    doc.text = "\n\n".join(_join_broken(paragraphs))
    return doc


def _fill_header(doc: _Doc, header: list[tuple[int, str, _HeaderLine]], html_title: str, patterns: _Patterns) -> None:
    # the title: the first plain header line, with the lines wrapped under it in its block
    title_parts: list[str] = []
    title_block = -1
    for block, text, kind in header:
        if title_parts and (kind.kind != "other" or block != title_block):
            break
        if kind.kind == "other":
            title_parts.append(text)
            title_block = block
    doc.title = html_title or " ".join(title_parts)
    header_lines = [(text, kind) for _, text, kind in header]

    bylines = [k for _, k in header_lines if k.kind == "by"]
    doc.outlet = bylines[0].name if bylines else ""
    own: list[tuple[str, date]] = [(k.name, k.when) for k in bylines if k.when]
    for _, k in header_lines:
        if k.kind != "date":
            continue
        republisher = patterns.republishers.get(_norm_name(k.name)) if k.name else None
        if republisher:
            if doc.republished is None:
                doc.publisher, doc.republished = republisher, k.when
        else:
            own.append((k.name, k.when))
    if not own:
        return
    if doc.outlet:
        outlet = _norm_name(doc.outlet)
        match = [d for n, d in own if _norm_name(n) == outlet] or [d for n, d in own if not n]
        doc.published = match[0] if match else own[0][1]
    else:
        named = [n for n, _ in own if n]
        doc.outlet = named[0] if named else ""
        doc.published = own[0][1]


def _body_paragraphs(blocks: list[list[Line]], patterns: _Patterns) -> list[str]:
    """Body lines -> paragraphs, without the boilerplate lines and the footer."""
    paragraphs: list[str] = []
    current: list[str] = []

    def flush() -> bool:
        """End the current paragraph; True when it turned out to start the footer."""
        text = _collapse(" ".join(current))
        current.clear()
        if not text:
            return False
        if any(p.search(text) for p in patterns.footer):
            return bool(paragraphs)
        if not any(p.search(text) for p in patterns.drop):
            paragraphs.append(text)
        return False

    for block in blocks:
        for text, item in block:
            if any(p.search(text) for p in patterns.footer):
                if paragraphs or current:
                    flush()
                    return paragraphs
                continue  # boilerplate above the body: drop the line only
            if any(p.search(text) for p in patterns.drop):
                if flush():
                    return paragraphs
                continue
            if item and flush():
                return paragraphs
            current.append(text)
        if flush():
            return paragraphs
    return paragraphs


_OPENERS = "\"'“‘(«["


def _join_broken(paragraphs: list[str]) -> list[str]:
    """A paragraph without sentence-final punctuation that is followed by one starting
    with a lowercase letter is one paragraph broken by the source: join the two."""
    out: list[str] = []
    for para in paragraphs:
        first = para.lstrip(_OPENERS)[:1]
        if out and first.islower() and not _SENTENCE_END.search(out[-1]):
            out[-1] = f"{out[-1]} {para}"
        else:
            out.append(para)
    return out
