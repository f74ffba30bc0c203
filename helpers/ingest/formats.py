"""Load what ingest recognises (data/ingest/*.csv, see its README.md) once, checked and compiled.

Every file goes through helpers/facts.py, so a typo (an unknown column or section, a bad
regular expression) stops the build with the file and row named. header_formats.csv holds
its regular expressions in pieces: a row of kind `part` is a building block that later rows
use as {name}, and {month} and {weekday} are the names in month_names.csv and
weekday_names.csv.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from helpers.facts import Column, Row, Schema, note, read_rows, split_list, text, value_error
from helpers.paths import INGEST_DIR

HEADER_KINDS = ("part", "date", "short_date", "by", "updated", "published", "file_name", "dateline", "lead", "footer")
# The named groups the code reads from a header format of each kind.
_NEEDED_GROUPS = {"date": ("name", "date"), "short_date": ("name", "date"), "by": ("name",), "file_name": ("date",), "dateline": ("place", "date"),
                  "lead": ("date",), "footer": ("date",)}
_PART_NAME = re.compile(r"[a-z_]+")
_PART_USE = re.compile(r"\{([a-z_]+)\}")  # never a repetition such as {1,2}: those are digits

_BOILERPLATE = Schema((text("section", choices=("drop", "footer", "imprint", "entry_stamp", "footnotes")),
                       Column("regex", kind="regex"), note()),
                      key="regex")
_PUBLISHERS = Schema((text("name"), Column("aliases", required=False, kind="list"), note()), key="name")
_IGNORE = Schema((text("pattern"), note()), key="pattern")
_HTML_DROP = Schema((Column("regex", kind="regex"), text("kind", choices=("furniture", "discussion", "gallery")),
                     note()), key="regex")
_META_DATES = Schema((text("attribute", choices=("name", "property", "itemprop", "script_key", "title_of_class")),
                      text("value"), note()), key="value")
_NAME_CONNECTORS = Schema((text("word"), note()), key="word")
_CALENDAR_NAMES = Schema((text("name"), Column("abbreviations", required=False, kind="list"),
                          Column("other_languages", required=False, kind="list")), key="name")
_HEADER_FORMATS = Schema((text("format"), text("kind", choices=HEADER_KINDS), Column("regex", kind="regex"), note()),
                         key="format")


@dataclass(frozen=True)
class Formats:
    """Everything ingest recognises, compiled; one instance per data folder."""

    drop: tuple[re.Pattern, ...]  # boilerplate lines removed wherever they are
    footer: tuple[re.Pattern, ...]  # lines where the republisher's footer starts
    imprint: tuple[re.Pattern, ...]  # lines that name who publishes the page ("© 2019 ...")
    entry_stamps: tuple[re.Pattern, ...]  # a live page's time stamp on a line of its own: an entry begins
    footnotes: tuple[re.Pattern, ...]  # a line that opens a block of footnotes (a PDF's rule over a page's notes)
    republishers: dict[str, str]  # normalized spelling -> name to show
    ignore: tuple[str, ...]  # glob patterns of folder entries that are not reports
    html_drop: tuple[re.Pattern, ...]  # class names and ids of HTML page furniture
    html_drop_but_discussion: tuple[re.Pattern, ...]  # the same but a discussion's (kept on a page that is one)
    html_drop_but_gallery: tuple[re.Pattern, ...]  # the same but a photo gallery's (kept on a page that is one)
    gallery_hint: re.Pattern  # a gallery's class name anywhere in a page: the page may be one
    meta_dates: tuple[tuple[str, str], ...]  # (attribute, value) of the meta tags that give a page's date, first wins
    script_date: re.Pattern | None  # a key of a page's own script object and its ISO date (group 1), if any rows
    hover_dates: tuple[str, ...]  # class names of elements that show a time as "3 hours ago", its date in their title
    date_lines: tuple[re.Pattern, ...]  # "<name>, <date>": groups name and date
    short_date_lines: tuple[re.Pattern, ...]  # a bare date of a two-digit year ("16/10/14"): groups name and date
    bylines: tuple[re.Pattern, ...]  # "By <name>": group name
    updated_labels: tuple[re.Pattern, ...]  # a date line's name that makes its date an edit's
    published_labels: tuple[re.Pattern, ...]  # a date line's name that leaves its date the outlet's
    file_name_dates: tuple[re.Pattern, ...]  # a date in a file's name: group date
    datelines: tuple[re.Pattern, ...]  # the dateline opening a body: groups place, date, agency
    lead_dates: tuple[re.Pattern, ...]  # a full date in the first paragraph: group date
    footer_dates: tuple[re.Pattern, ...]  # a publication date in the last lines: group date
    name_connectors: frozenset[str]  # lowercase words a capitalized name may hold ("Centre for Research")
    in_other_languages: dict[str, str]  # a month's or weekday's name in another language -> its English name
    other_language_names: re.Pattern  # any of those names

    def in_english(self, phrase: str) -> str:
        """"14 Eylül 2022", "mercredi 14 septembre 2022": the calendar's names as the date parser reads them."""
        return self.other_language_names.sub(lambda found: self.in_other_languages[found.group().casefold()], phrase)


def norm_name(name: str) -> str:
    """A name as compared: case, spaces and punctuation ignored."""
    return re.sub(r"[\W_]+", "", name.casefold())


def _compiled(rows: list[Row]) -> tuple[re.Pattern, ...]:
    return tuple(re.compile(row["regex"], re.IGNORECASE) for row in rows)


@lru_cache(maxsize=4)
def load_formats(ingest_dir: Path = INGEST_DIR) -> Formats:
    boilerplate = read_rows(ingest_dir / "boilerplate.csv", _BOILERPLATE)
    republishers: dict[str, str] = {}
    for row in read_rows(ingest_dir / "publishers.csv", _PUBLISHERS):
        for spelling in (row["name"], *split_list(row["aliases"])):
            republishers[norm_name(spelling)] = row["name"]
    header = _header_formats(ingest_dir)
    in_other_languages = {**_other_languages(ingest_dir / "month_names.csv"),
                          **_other_languages(ingest_dir / "weekday_names.csv")}
    meta_dates = read_rows(ingest_dir / "meta_dates.csv", _META_DATES)
    html_drop = read_rows(ingest_dir / "html_drop.csv", _HTML_DROP)
    return Formats(
        drop=_compiled([row for row in boilerplate if row["section"] == "drop"]),
        footer=_compiled([row for row in boilerplate if row["section"] == "footer"]),
        imprint=_compiled([row for row in boilerplate if row["section"] == "imprint"]),
        entry_stamps=_compiled([row for row in boilerplate if row["section"] == "entry_stamp"]),
        footnotes=_compiled([row for row in boilerplate if row["section"] == "footnotes"]),
        republishers=republishers,
        ignore=tuple(row["pattern"] for row in read_rows(ingest_dir / "ignore.csv", _IGNORE)),
        html_drop=_compiled(html_drop),
        html_drop_but_discussion=_compiled([row for row in html_drop if row["kind"] != "discussion"]),
        html_drop_but_gallery=_compiled([row for row in html_drop if row["kind"] != "gallery"]),
        gallery_hint=re.compile("|".join(row["regex"] for row in html_drop if row["kind"] == "gallery") or "(?!)",
                                re.I),
        meta_dates=tuple((row["attribute"], row["value"]) for row in meta_dates
                         if row["attribute"] not in ("script_key", "title_of_class")),
        hover_dates=tuple(row["value"].lstrip(".") for row in meta_dates if row["attribute"] == "title_of_class"),
        script_date=_script_date([row["value"] for row in meta_dates if row["attribute"] == "script_key"]),
        date_lines=header["date"],
        short_date_lines=header["short_date"],
        bylines=header["by"],
        updated_labels=header["updated"],
        published_labels=header["published"],
        file_name_dates=header["file_name"],
        datelines=header["dateline"],
        lead_dates=header["lead"],
        footer_dates=header["footer"],
        name_connectors=frozenset(row["word"].casefold()
                                  for row in read_rows(ingest_dir / "name_connectors.csv", _NAME_CONNECTORS)),
        in_other_languages=in_other_languages,
        other_language_names=re.compile(rf"(?<!\w)(?:{_alternation(in_other_languages)})(?!\w)", re.IGNORECASE),
    )


def _calendar_names(path: Path) -> str:
    """The names, abbreviations and names in other languages of a calendar file as one alternation."""
    return _alternation({word.casefold() for row in read_rows(path, _CALENDAR_NAMES)
                         for word in (row["name"], *split_list(row["abbreviations"]), *split_list(row["other_languages"]))})


def _alternation(words) -> str:
    """Longest first, so that "sept" is tried before "sep" as an optional suffix would be."""
    return "|".join(re.escape(word) for word in sorted(words, key=lambda word: (-len(word), word)))


def _other_languages(path: Path) -> dict[str, str]:
    """A calendar file's names in other languages -> the row's English name; a name in two rows is an error."""
    found: dict[str, str] = {}
    for row in read_rows(path, _CALENDAR_NAMES):
        for word in split_list(row["other_languages"]):
            if found.get(word.casefold(), row["name"]) != row["name"]:
                raise value_error(path, row.line, "other_languages", f"{word!r} already names {found[word.casefold()]}")
            found[word.casefold()] = row["name"]
    return found


def _header_formats(ingest_dir: Path) -> dict[str, tuple[re.Pattern, ...]]:
    """The compiled header formats by kind, in file order, their parts filled in."""
    path = ingest_dir / "header_formats.csv"
    parts = {"month": _calendar_names(ingest_dir / "month_names.csv"),
             "weekday": _calendar_names(ingest_dir / "weekday_names.csv")}
    by_kind: dict[str, list[re.Pattern]] = {kind: [] for kind in HEADER_KINDS if kind != "part"}
    for row in read_rows(path, _HEADER_FORMATS):
        unknown = [name for name in _PART_USE.findall(row["regex"]) if name not in parts]
        if unknown:
            raise value_error(path, row.line, "regex", f"{{{unknown[0]}}} is no part defined above this row; "
                              "the parts are " + ", ".join(f"{{{name}}}" for name in parts))
        regex = _PART_USE.sub(lambda use: f"(?:{parts[use.group(1)]})", row["regex"])
        try:
            pattern = re.compile(regex, re.IGNORECASE)
        except re.error as exc:
            raise value_error(path, row.line, "regex", "with its parts filled in, the value is not a valid "
                              f"regular expression ({exc})") from exc
        missing = [group for group in _NEEDED_GROUPS.get(row["kind"], ()) if group not in pattern.groupindex]
        if missing:
            raise value_error(path, row.line, "regex", f"a format of kind {row['kind']!r} needs the named "
                              "group(s) " + ", ".join(f"(?P<{group}>...)" for group in missing))
        name = row["format"]
        if row["kind"] != "part":
            by_kind[row["kind"]].append(pattern)
        elif not _PART_NAME.fullmatch(name):
            raise value_error(path, row.line, "format", f"{name!r} cannot name a part: use lowercase letters and _")
        elif name in parts:
            raise value_error(path, row.line, "format", f"the part {{{name}}} comes from {name}_names.csv")
        else:
            parts[name] = regex
    return {kind: tuple(patterns) for kind, patterns in by_kind.items()}


def _script_date(keys: list[str]) -> re.Pattern | None:
    """'"dateCreated": "2025-06-12T18:40:11Z"' in a page's script, for the keys meta_dates.csv names."""
    if not keys:
        return None
    return re.compile(rf'["\']?(?:{"|".join(map(re.escape, keys))})["\']?\s*:\s*["\'](\d{{4}}-\d\d-\d\d)')
