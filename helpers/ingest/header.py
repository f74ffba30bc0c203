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

SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*$")
_INITIAL = re.compile(r"\b[A-Z][a-z]?\.$")  # "Jane Q." or "Co.": a full stop that ends no sentence
_SEPARATORS = " \t,;:|·•–—-"  # between a date line's name and its date


@dataclass(frozen=True)
class HeaderLine:
    kind: str  # by | date | updated | drop | other
    name: str = ""
    when: date | None = None


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


@lru_cache(maxsize=4096)  # every line above a body is tried as a date line, and archives repeat dates
def parse_date(phrase: str, year: int | None = 1900) -> date | None:
    """A date as a header writes it; without a year in the phrase, `year` (None: no date)."""
    phrase = re.sub(r"\s+of\s+", " ", phrase, flags=re.IGNORECASE).replace("،", ",")
    if year is None and not re.search(r"\b\d{4}\b", phrase):
        return None
    # 05/01/2024 is 5 January outside the US, where the outlets this reads write it so
    day_first = re.fullmatch(r"\s*\d{1,2}[./-]\d{1,2}[./-]\d{4}\s*", phrase) is not None
    try:
        return date_parser.parse(phrase, default=datetime(year or 1900, 1, 1), dayfirst=day_first).date()
    except (ValueError, OverflowError):
        return None


def _split_date(line: str, formats: Formats) -> tuple[str, date] | None:
    """'<Name>, <date>' / '<Name> <date>' / '<date>' -> (name, date), else None."""
    for pattern in formats.date_lines:
        if cannot_match(pattern, line):  # its date's year needs digits the line lacks (digit_runs.py)
            continue
        match = pattern.match(line)
        when = parse_date(match.group("date")) if match else None
        if when is not None:
            return match.group("name").strip(_SEPARATORS), when
    return None


def header_line(line: str, formats: Formats) -> HeaderLine:
    by = next(filter(None, (pattern.match(line) for pattern in formats.bylines)), None)
    if by:
        name, when = by.group("name").strip(), None
        split = _split_date(name, formats)
        if split:
            name, when = split
        if _is_name(name, formats):
            return HeaderLine("by", name, when)
    split = _split_date(line, formats)
    if split:
        name, when = split
        if any(pattern.match(name) for pattern in formats.updated_labels):
            return HeaderLine("updated", "", when)
        if any(pattern.match(name) for pattern in formats.published_labels):
            return HeaderLine("date", "", when)
        if not name or _is_name(name, formats):
            return HeaderLine("date", name, when)
    if any(p.search(line) for p in formats.drop):
        return HeaderLine("drop")
    return HeaderLine("other")
