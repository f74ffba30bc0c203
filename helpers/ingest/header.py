"""Header lines: what one line above the body says (a byline, a date line, boilerplate, or other).

The formats of bylines, date lines and their labels are data/ingest/header_formats.csv; the
rules for what counts as a name stay here.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from datetime import date, datetime

from dateutil import parser as date_parser

from helpers.ingest.digit_runs import cannot_match
from helpers.ingest.formats import Formats

SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*(?:\[\d{1,3}\])*$")  # and an encyclopedia's footnote marks: ".[2]"
_INITIAL = re.compile(r"\b[A-Z][a-z]?\.$")  # "Jane Q." or "Co.": a full stop that ends no sentence
_SEPARATORS = " \t,;:|·•–—-"  # between a date line's name and its date
_TIME_OF_DAY = re.compile(r"\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?", re.IGNORECASE)
_PARTS = re.compile(r"\s*[|·•]\s*|\s+[-–—]\s+")  # between the parts of a byline


@dataclass(frozen=True)
class HeaderLine:
    kind: str  # by | date | updated | drop | other
    name: str = ""
    when: date | None = None
    month_first: date | None = None  # "11/5/2014" with no weekday to decide: the other reading of `when`


def _is_name(name: str, formats: Formats) -> bool:
    """A byline or date-line name: a few words, each capitalized (or a connector); an aside in
    brackets ("Tasnim News Agency (English service)") is not part of the name."""
    words = re.sub(r"\([^()]*\)", "", name).split()
    if not words or len(words) > 8 or SENTENCE_END.search(name) and not _INITIAL.search(name):
        return False
    if not (words[0][0].isupper() or words[0][0].isdigit() or words[0][0] in "@("):
        return False
    return all(w[0].isupper() or w[0].isdigit() or w[0] in "@(&-" or w.casefold().strip(",") in formats.name_connectors
               for w in words)


# The two forms most date lines take, "March 5, 2021" and "5 March 2021": read without dateutil's
# general parser, which takes a third of a millisecond a phrase.
_PLAIN_DATE = re.compile(r"(?P<m1>[A-Za-z]+) (?P<d1>\d{1,2}), (?P<y1>[1-9]\d{3})|(?P<d2>\d{1,2}) (?P<m2>[A-Za-z]+) (?P<y2>[1-9]\d{3})")
_MONTH_NAMES = date_parser.parserinfo()  # the month names and abbreviations dateutil reads


def _plain_date(phrase: str) -> date | None:
    """The date of a phrase of those two forms with a month dateutil names, the day the month has;
    else None, and dateutil judges the phrase (the same date; a test compares them)."""
    m = _PLAIN_DATE.fullmatch(phrase)
    month = m and _MONTH_NAMES.month(m["m1"] or m["m2"])
    if not month:
        return None
    try:
        return date(int(m["y1"] or m["y2"]), month, int(m["d1"] or m["d2"]))
    except ValueError:
        return None


@lru_cache(maxsize=4096)  # every line above a body is tried as a date line, and archives repeat dates
def parse_date(phrase: str, year: int | None = 1900) -> date | None:
    """A date as a header writes it, its names in English (Formats.in_english); without a year in the
    phrase, `year` (None: no date)."""
    phrase = re.sub(r"\s+(?:of|de)\s+", " ", phrase, flags=re.IGNORECASE).replace("،", ",")  # "14 de septiembre de 2022"
    phrase = re.sub(r",(?=\d{4})", ", ", phrase)  # "Mar 14,2022"
    phrase = _SHORT_YEAR.sub(r"\g<1>20\g<3>", phrase)  # "16/10/14" is 16 October 2014, "14-Mar-16" 14 March 2016
    if year is None and not re.search(r"\b\d{4}\b", phrase):
        return None
    if plain := _plain_date(phrase):
        return plain
    # 05/01/2024 is 5 January outside the US, where the outlets this reads write it so
    day_first = _NUMERIC_DATE.fullmatch(phrase) is not None
    try:
        return date_parser.parse(phrase, default=datetime(year or 1900, 1, 1), dayfirst=day_first).date()
    except (ValueError, OverflowError):
        return None


_SHORT_YEAR = re.compile(r"^(\s*\d{1,2}([./-])(?:\d{1,2}|[A-Za-z]{3,9})\2)(\d\d)\s*$")  # "16/10/14", "14-Mar-16"
_NUMERIC_DATE = re.compile(r"\s*\d{1,2}[./-]\s?\d{1,2}[./-]\s?\d{4}\s*")  # "05/01/2024", "8. 12. 2016"
_LAST_WORD = re.compile(r"([A-Za-z]+)\.?,?\s*$")


def _by_its_weekday(when: date, before: str) -> tuple[date, date | None]:
    """"Sat, 06/05/2021": a numeric date read day first whose weekday, named before it, fits only the
    month-first reading (a US site's) is that reading. With no weekday named, the month-first reading
    is kept beside it, for the lede's weekdays to decide (by_lede_weekdays)."""
    named = _LAST_WORD.search(before)
    weekday = _MONTH_NAMES.weekday(named.group(1)) if named else None
    if when.day > 12 or when.day == when.month:
        return when, None
    swapped = date(when.year, when.day, when.month)
    if weekday is None:
        return when, swapped
    return (swapped if swapped.weekday() == weekday and when.weekday() != weekday else when), None


def by_lede_weekdays(when: date, month_first: date, lede: str) -> date:
    """"Posted: 11/5/2014" over "... late Tuesday, an activist group said Wednesday": the reading of a
    numeric date whose day, or the day before it, the lede names by its weekday, when only that one does."""
    named = {_MONTH_NAMES.weekday(word) for word in _WORD.findall(lede)} - {None}

    def fits(day: date) -> bool:
        return day.weekday() in named or (day.weekday() - 1) % 7 in named
    return month_first if fits(month_first) and not fits(when) else when


_WORD = re.compile(r"\b[A-Z][a-z]{3,}\b")  # a weekday's whole name: not "Sun" of "Toronto Sun"


def _split_date(line: str, formats: Formats) -> tuple[str, date, date | None] | None:
    """'<Name>, <date>' / '<Name> <date>' / '<date>' -> (name, date, its month-first reading if open), else None."""
    for pattern in (*formats.date_lines, *formats.short_date_lines):
        if cannot_match(pattern, line):  # its date's year needs digits the line lacks (digit_runs.py)
            continue
        match = pattern.match(line)
        when = parse_date(formats.in_english(match.group("date"))) if match else None
        month_first = None
        if when is not None and _NUMERIC_DATE.fullmatch(match.group("date")):
            when, month_first = _by_its_weekday(when, formats.in_english(line[:match.start("date")]))
        if when is not None:
            name = match.group("name").strip(_SEPARATORS)
            # "8:05 AM · Jan 14, 2025", "Sat, 06/05/2021" name no one
            name = "" if _TIME_OF_DAY.fullmatch(name) or _MONTH_NAMES.weekday(name) is not None else name
            return name, when, month_first
    return None


def _without_label(name: str, formats: Formats) -> str:
    """"Global Times Published" (a byline and a labelled date on one line): the name without the label."""
    words = name.split()
    for k in range(1, len(words)):
        if any(p.match(" ".join(words[k:])) for p in (*formats.published_labels, *formats.updated_labels)):
            return " ".join(words[:k]).strip(_SEPARATORS)
    return name


def header_line(line: str, formats: Formats) -> HeaderLine:
    by = next(filter(None, (pattern.match(line) for pattern in formats.bylines)), None)
    if by:
        # "Source: Xinhua| 2016-11-17 23:08:41|Editor: Jane Roe": the name, then the date, among the parts
        name, *parts = _PARTS.split(by.group("name").strip())
        when = month_first = None
        for part in (name, *parts):
            split = _split_date(part, formats)
            if split:
                when, month_first = split[1:]
                name = _without_label(split[0], formats) if part == name else name
                break
        if _is_name(name, formats):
            return HeaderLine("by", name, when, month_first)
    split = _split_date(line, formats)
    if split:
        name, when, month_first = split
        if any(pattern.match(name) for pattern in formats.updated_labels):
            return HeaderLine("updated", "", when, month_first)
        if any(pattern.match(name) for pattern in formats.published_labels):
            return HeaderLine("date", "", when, month_first)
        if not name or _is_name(name, formats):
            return HeaderLine("date", name, when, month_first)
    if any(p.search(line) for p in formats.drop):
        return HeaderLine("drop")
    return HeaderLine("other")
