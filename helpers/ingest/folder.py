"""The input folder -> one Report per entry: which entries are reports, their ids, duplicates
and the status and error of each.

Nothing here raises for a bad input file: every file gets a Report whose status and error
say what happened, so that reports.csv has one row for every input entry. Statuses set
here: ok, no_date, empty, binary, unreadable, too_large, duplicate, skipped (the build may
later turn ok into no_events).
"""
from __future__ import annotations

import fnmatch
import hashlib
import os
import re
import stat
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from pathlib import Path

from helpers.ingest.decode import decode, looks_html
from helpers.ingest.document import read_document
from helpers.ingest.formats import Formats, load_formats, norm_name
from helpers.ingest.html import html_blocks
from helpers.ingest.markup import text_blocks
from helpers.ingest.metadata import read_metadata
from helpers.records import Report

DEFAULT_MAX_BYTES = 2_000_000

TEXT_SUFFIXES = (".txt", ".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm")
REPORT_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES

NO_DATE_ERROR = "no publication date line found; dates in the text cannot be resolved"
OUTSIDE_LINK_ERROR = "a link to a file outside the input folder: not read (only files inside the folder are)"
LINKED_FOLDER_ERROR = "a link to a folder: not followed (put the reports themselves in the input folder)"
_SPECIAL_FILE_ERROR = "not a regular file (a device, socket or pipe)"
# a byline that names a desk, not a person or an outlet ("By ToI Staff", "Reuters staff writer")
_STAFF_BYLINE = re.compile(r"\b(?:staff|staff\s+writers?|staff\s+reporters?|newsroom|news\s+desk)$", re.I)


def read_report(path: Path, root: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Report:
    """Read one report file. Never raises for bad input: status and error say what happened."""
    root = Path(root)
    return read_entry(Entry(str(root.absolute()), _rel_path(Path(path), root)), max_bytes=max_bytes)[0]


@dataclass(frozen=True)
class Entry:
    """One entry of the input folder as the listing finds it, before any byte of it is read: what a
    worker needs to read it anywhere (the parent streams entries, not texts, to the workers)."""
    root: str  # the input folder, absolute: workers on other machines read the same path
    rel: str  # relative to root, with forward slashes
    metadata: tuple[tuple[str, object], ...] = ()  # the fields its row of the folder's metadata.csv fills
    skipped: str = ""  # why it is listed but never read ("" for a report file)

    @property
    def path(self) -> Path:
        return Path(self.root) / self.rel


def list_folder(input_dir: Path) -> list[Entry]:
    """Every entry of input_dir and its subfolders in walk order (depth first, names sorted), which
    is the order duplicates are judged in: the first file with some bytes is the original.

    Raises FileNotFoundError / NotADirectoryError when input_dir itself is missing or a file.
    """
    input_dir = Path(input_dir)
    if not input_dir.exists():
        raise FileNotFoundError(f"input folder not found: {input_dir}")
    if not input_dir.is_dir():
        raise NotADirectoryError(f"input path is not a folder: {input_dir}")
    formats = load_formats()
    metadata = read_metadata(input_dir)
    root = str(input_dir.absolute())
    return [Entry(root, rel, tuple(sorted(metadata.get(rel, {}).items())), _skip_reason(item, formats))
            for rel, item in _entries(input_dir, "", formats)]


def read_entry(entry: Entry, *, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[Report, str | None]:
    """The Report of one listed entry and the full sha256 of its bytes (None when not read)."""
    final, raw, digest = load_entry(entry, max_bytes=max_bytes)
    return (final, digest) if final is not None else (ingest_entry(entry, raw, digest), digest)


def load_entry(entry: Entry, *, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[Report | None, bytes | None, str | None]:
    """An entry's bytes and their full sha256; or, for an entry that cannot or must not be read
    (skipped, a link outside the folder, too large, unreadable), its final Report instead of the
    bytes. Split from ingest_entry so that a cache can be asked about the bytes before ingesting."""
    rel, path = entry.rel, entry.path
    if entry.skipped:
        return _skipped(rel, entry.skipped), None, None
    if path.is_symlink() and not path.resolve().is_relative_to(Path(entry.root).resolve()):
        return _skipped(rel, OUTSIDE_LINK_ERROR), None, None
    try:
        st = path.stat()
        if stat.S_ISDIR(st.st_mode):
            return _skipped(rel, LINKED_FOLDER_ERROR), None, None
        if not stat.S_ISREG(st.st_mode):
            return _skipped(rel, _SPECIAL_FILE_ERROR), None, None
        if st.st_size > max_bytes:
            digest = _hash_file(path)
            error = (
                f"file is {st.st_size:,} bytes, over the limit of {max_bytes:,} bytes; nothing was "
                f"extracted (raise the limit with --max-bytes {st.st_size}, or max_bytes= in Python)"
            )
            return Report(report_id=digest[:16], path=rel, status="too_large", error=error), None, digest
        raw = path.read_bytes()
    except OSError as exc:
        reason = exc.strerror or str(exc)
        return Report(report_id=_path_id(rel), path=rel, status="unreadable",
                      error=f"cannot read the file: {reason}"), None, None
    return None, raw, hashlib.sha256(raw).hexdigest()


def ingest_entry(entry: Entry, raw: bytes, digest: str) -> Report:
    """The Report read from an entry's bytes: header fields, clean text, status; then what the
    folder's metadata.csv records for it."""
    name = Path(entry.rel).name
    try:
        fields = _report_fields(raw, Path(name).suffix.lower(), load_formats(), name)
    except Exception as exc:  # a parser bug must not stop the folder: say so instead
        fields = {"status": "unreadable", "error": f"ingest failed on this file: {type(exc).__name__}: {exc}"}
    report = Report(report_id=digest[:16], path=entry.rel, **fields)
    if entry.metadata and report.status in ("ok", "no_date"):
        report = _with_metadata(report, dict(entry.metadata))
    return report


class Duplicates:
    """Judges, entry by entry in walk order, whether a file has the same bytes as an earlier one."""

    def __init__(self) -> None:
        self._first: dict[str, str] = {}  # full sha256 of the bytes -> path of the first file with them

    def original_of(self, rel: str, digest: str | None, status: str) -> str:
        """The path of the earlier file with the same bytes, or "" (an empty file is no duplicate)."""
        if digest is None or status == "empty":
            return ""
        first = self._first.setdefault(digest, rel)
        return first if first != rel else ""


def duplicate_report(rel: str, original: str) -> Report:
    return Report(report_id=_path_id(rel), path=rel, status="duplicate", error=f"same content as {original}")


def read_folder(input_dir: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> list[Report]:
    """One Report for every entry of input_dir and its subfolders, sorted by path (relative to
    input_dir, with forward slashes): archives are kept as 2020/07/report.txt.

    Only regular files inside input_dir are read: a link that leads outside it, a hidden file or
    folder, or anything that is not a report is listed as skipped with the reason.
    Raises FileNotFoundError / NotADirectoryError when input_dir itself is missing or a file.
    """
    duplicates = Duplicates()
    reports = []
    for entry in list_folder(input_dir):
        report, digest = read_entry(entry, max_bytes=max_bytes)
        original = duplicates.original_of(entry.rel, digest, report.status)
        reports.append(duplicate_report(entry.rel, original) if original else report)
    return sorted(reports, key=lambda r: r.path)


def _entries(folder: Path, prefix: str, formats: Formats):
    """(path relative to the input folder, its os.DirEntry) of every entry below folder, depth first
    in name order; a folder is entered only when it is a real folder (not a link) whose name is not
    ignored (".git", hidden folders), and is itself listed when it is not entered. A DirEntry knows
    its kind from the listing itself: thousands of files cost no call to the system each."""
    with os.scandir(folder) as listing:
        items = sorted(listing, key=lambda item: item.name)
    for item in items:
        rel = prefix + item.name
        if _real_folder(item) and not _ignored(item.name, formats):
            yield from _entries(Path(item.path), rel + "/", formats)
        else:
            yield rel, item


def _real_folder(item: os.DirEntry) -> bool:
    try:
        return item.is_dir(follow_symlinks=False)
    except OSError:
        return False


def _ignored(name: str, formats: Formats) -> str:
    """The first pattern of data/ingest/ignore.csv the name matches (in any case), or ""."""
    folded = name.casefold()
    any_pattern, patterns = _ignore_patterns(formats.ignore)
    if not any_pattern.match(folded):  # most names: one test, not one per pattern
        return ""
    return next(pattern for pattern, regex in patterns if regex.match(folded))


@lru_cache(maxsize=4)
def _ignore_patterns(ignore: tuple[str, ...]) -> tuple[re.Pattern, tuple[tuple[str, re.Pattern], ...]]:
    """ignore.csv's glob patterns as fnmatch reads them, casefolded: each alone, and all as one."""
    translated = [fnmatch.translate(pattern.casefold()) for pattern in ignore]
    return (re.compile("|".join(translated) or "(?!)"),
            tuple((pattern, re.compile(t)) for pattern, t in zip(ignore, translated)))


def _with_metadata(report: Report, fields: dict) -> Report:
    """The report with what the folder's metadata.csv records for it: the collector's outlet and
    dates stand over the ones read from the text or its file name."""
    report = replace(report, **fields)
    if "published" in fields:
        report = replace(report, published_from="metadata", status="ok", error="")
    return report


def _rel_path(path: Path, root: Path) -> str:
    return os.path.relpath(path, root).replace(os.sep, "/")


def _path_id(rel: str) -> str:
    return hashlib.sha256(rel.encode("utf-8")).hexdigest()[:16]


def _skipped(rel: str, error: str) -> Report:
    return Report(report_id=_path_id(rel), path=rel, status="skipped", error=error)


def _skip_reason(item: os.DirEntry, formats: Formats) -> str:
    pattern = _ignored(item.name, formats)
    if pattern:
        return f"ignored: the name matches {pattern!r} in data/ingest/ignore.csv"
    if not _plain_file(item):
        try:
            mode = os.stat(item.path).st_mode
        except OSError:
            return ""  # a broken link: load_entry reports it as unreadable
        if stat.S_ISDIR(mode):
            return LINKED_FOLDER_ERROR
        if not stat.S_ISREG(mode):
            return _SPECIAL_FILE_ERROR
    suffix = Path(item.name).suffix.lower()
    if suffix not in REPORT_SUFFIXES:
        shown = f"({suffix})" if suffix else "(no extension)"
        return f"not a report file {shown}; reports are {', '.join(REPORT_SUFFIXES)}"
    return ""


def _plain_file(item: os.DirEntry) -> bool:
    """A regular file and no link, as the listing tells it (a link is followed by the caller)."""
    try:
        return item.is_file(follow_symlinks=False)
    except OSError:
        return False


def _hash_file(path: Path) -> str:
    sha = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            sha.update(chunk)
    return sha.hexdigest()


def _report_fields(raw: bytes, suffix: str, formats: Formats, name: str) -> dict:
    """The Report fields read from a file's bytes: its header fields, text, status and error.
    A file whose text gives no date takes the date its name gives ("2020-07-17_report.txt"),
    as archives are often named; published_from says which."""
    text, status, error = decode(raw, suffix in HTML_SUFFIXES)
    if text is None:
        return {"status": status, "error": error}
    html_published, site, title_site = None, "", ""
    if suffix in HTML_SUFFIXES or looks_html(text):
        blocks, html_title, html_published, site, title_site = html_blocks(text, formats)
    else:
        blocks, html_title = text_blocks(text), ""
    doc = read_document(blocks, html_title, formats)

    fields = dict(vars(doc))  # the Document's fields, plain values: nothing for asdict's deep copy to do
    if site and norm_name(site) not in formats.republishers:  # a republisher's site is not the outlet
        fields.update(outlet=site)
    elif (not doc.outlet or _STAFF_BYLINE.search(doc.outlet)) and title_site and \
            norm_name(title_site) not in formats.republishers:
        # no byline, or a desk's ("By ToI Staff"), and no site name for machines: the site the page's <title> names
        fields.update(outlet=title_site)
    if html_published is not None:
        fields.update(published=html_published, published_from="html meta")
    elif doc.published is None:
        fields.update(published=_file_name_date(name, formats), published_from="file name")
    if not doc.text:
        fields.update(status="empty", error="no report text is left after removing the header lines and boilerplate")
    elif fields["published"] is None:
        error = NO_DATE_ERROR
        if doc.republished is not None:
            error = (f"no publication date line found (only the republisher's, {doc.publisher} "
                     f"{doc.republished.isoformat()}); dates in the text cannot be resolved")
        fields.update(status="no_date", error=error, published_from="")
    else:
        fields.update(status="ok", error=_future_date(fields["published"], fields["republished"]))
    return fields


def _future_date(published: date, republished: date | None) -> str:
    """A published date after the republisher's or after today is kept as given, and said."""
    if republished is not None and published > republished:
        return (f"the published date {published.isoformat()} is after the republisher's "
                f"{republished.isoformat()}; kept as given")
    if published > date.today():
        return f"the published date {published.isoformat()} is in the future; kept as given"
    return ""


def _file_name_date(name: str, formats: Formats) -> date | None:
    for pattern in formats.file_name_dates:
        found = pattern.search(name)
        if found:
            try:
                return date.fromisoformat(found.group("date"))
            except ValueError:  # "2020-13-45": not a date after all
                continue
    return None
