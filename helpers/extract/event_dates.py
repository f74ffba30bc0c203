"""Which of a sentence's dates can date an event (dates.py finds and resolves them all): not history, a
statement's own day, how things stood "as of" a day, the period a happening is compared over.
"""
from __future__ import annotations

import re
from datetime import date

from helpers.extract.dates import NOT_EVENT_DATES, find_dates
from helpers.extract.lexicon import named_pattern
from helpers.records import DateSpan


def _statement_date(text: str, start: int, d: DateSpan) -> bool:
    """The day a statement was made ("In a statement on Friday, the SDF said ..."), not the event's."""
    return bool(named_pattern("statement_date").search(text, start, d.start))


def is_event_date(text: str, start: int, d: DateSpan) -> bool:
    """Can a date found in the sentence starting at `start` date an event? Not "In 2019", not
    "As of July 6", "By Friday morning" (how things stood then), not "said on Wednesday", not "the heaviest
    this month" (what a happening is compared over)."""
    return d.rule not in NOT_EVENT_DATES and d.date_start is not None and not _statement_date(text, start, d) \
        and _STANDING_AT.search(text, max(start, d.start - 8), d.start) is None \
        and not named_pattern("comparison_period").search(text, max(start, d.start - _COMPARISON_REACH), d.start)


_COMPARISON_REACH = 100  # characters from a superlative to the period it compares over


_STANDING_AT = re.compile(r"\b(?:by|as\s+of)\s+$", re.I)


def dating_events(text: str, start: int, found: list[DateSpan]) -> list[DateSpan]:
    """Of the dates found in the sentence starting at `start`, those that can date an event; how long a
    situation has lasted gives way to any other ("where Turkey has been waging an offensive since January,
    Turkish artillery shelled villages on Monday")."""
    dating = [d for d in found if is_event_date(text, start, d)]
    # "died on Saturday in a hospital in Kilis of wounds he suffered when regime artillery shelled Anadan on
    # February 22": the day of the death is not the day of the happening that caused it
    wounds = named_pattern("died_of_wounds").search(text, start, max(d.end for d in dating)) \
        if len(dating) > 1 else None
    if wounds and any(d.start >= wounds.end() for d in dating):
        dating = [d for d in dating if d.start >= wounds.end()]
    if any(d.rule != "since_to_published" for d in dating):
        return [d for d in dating if d.rule != "since_to_published"]
    return dating


def event_dates(text: str, start: int, end: int, published: date | None,
                previous: date | None = None) -> list[DateSpan]:
    """The resolved dates in text[start:end] that can date an event."""
    return dating_events(text, start, find_dates(text, start, end, published, previous))
