"""A timeline's entry lines, which open on their own date ("17 June 2020 — Russian jets strike ...", "7 June: Two
children were killed ..."), and a record's field for the day it tells of ("Incident date: January 28, 2020"): the
date of what follows however old (dates.py), and an entry owes no side to the one before (context_sides.py).
"""
from __future__ import annotations

import re

from helpers.extract.lexicon import named_pattern

_ENTRY_OPENING = re.compile(r"[\s*•·>#|-]*")  # a list item's bullet before a timeline entry's date
_ENTRY_DASH = re.compile(r"\s*(?:[—–|:]|-{1,2}(?=\s))\s*")  # between its date and what happened


def opens_entry(text: str, start: int, end: int) -> bool:
    """Does the date open a timeline's entry line ("17 June 2020 — Russian jets strike ...", "7 June: Two
    children were killed ...", "May 14 | Gunmen attacked ...") or fill a record's field for the day it
    tells of ("Incident date: January 28, 2020")?"""
    line_start = text.rfind("\n", 0, start) + 1
    if named_pattern("date_label").regex.fullmatch(text, line_start, start):
        return _LINE_END.match(text, end) is not None
    return _ENTRY_OPENING.fullmatch(text, line_start, start) is not None and _ENTRY_DASH.match(text, end) is not None


_LINE_END = re.compile(r"[ \t.]*(?:\n|$)")
