"""Days named by a religious holiday ("on the third day of Ramadan", "the second day of Eid"): the holiday's
first day each year comes from data/lexicon/holidays.csv, and the day named is the latest such day up to
publication, as a weekday is."""
from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from helpers.extract.lexicon import ALIASES, named_pattern, norm, rows
from helpers.extract.required_text import GatedPattern
from helpers.facts import ISO_DATE, Column, note, split_list, text
from helpers.records import DateSpan

_FIRST_DAYS = Column("first_days", kind="list", form=rf"{ISO_DATE}(?:\|{ISO_DATE})*")


@cache
def _holidays() -> dict[str, tuple[date, ...]]:
    """Each way a holiday is written (lowercase) -> the first days of every holiday it may name: a bare "Eid" is
    either feast."""
    found: dict[str, tuple[date, ...]] = {}
    for row in rows("holidays.csv", text("name"), ALIASES, _FIRST_DAYS, note(), key="name"):
        days = tuple(date.fromisoformat(day) for day in split_list(row["first_days"]))
        for alias in (row["name"], *split_list(row["aliases"])):
            found[norm(alias)] = tuple(sorted(found.get(norm(alias), ()) + days))
    return found


@cache
def _ordinals() -> dict[str, int]:
    return {norm(r["phrase"]): int(r["value"])
            for r in rows("ordinals.csv", text("phrase"), Column("value", kind="int"))}


@cache
def _holiday_regex() -> GatedPattern:
    def alternation(words) -> str:
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    pattern = named_pattern("holiday_day").pattern
    return GatedPattern(re.compile(pattern.replace("{holiday}", alternation(_holidays()))
                                   .replace("{ordinal}", alternation(_ordinals()))))


def holiday_days(text: str, start: int, end: int, published: date) -> list[DateSpan]:
    """The days text[start:end] names by a holiday, each the latest such day on or before publication."""
    found = []
    for m in _holiday_regex().finditer(text, start, end):
        offset = _ordinals()[norm(m.group("nth"))] - 1 if m.group("nth") else -1 if m.group("eve") else 0
        days = [first + timedelta(days=offset) for first in _holidays()[norm(m.group("holiday"))]]
        day = max((d for d in days if d <= published), default=None)
        if day is not None:
            found.append(DateSpan(m.start(), m.end(), m.group(), day, day, "day", "holiday"))
    return found
