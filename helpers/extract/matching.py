"""One rule wherever phrases or spans compete for the same words: the longest match wins.

Lexicon phrases become one regular expression whose alternatives are tried longest first
("Syrian Arab Air Force" before "Syrian Arab Army"); spans found by separate rules (number
phrases, region names) are kept longest first, and a span that overlaps a kept one is dropped.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TypeVar

T = TypeVar("T")


def _literal(phrase: str) -> str:
    return r"\s+".join(re.escape(word) for word in phrase.split())


# The characters other than c and C that (?i:c) matches (re's case-insensitive matching of
# Unicode); a test checks the table against every code point.
ASCII_FOLDS = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


def any_case_class(c: str) -> str:
    """A class of exactly the characters (?i:c) matches, for an ASCII c."""
    c = c.lower()
    return f"[{re.escape(c + c.upper() + ASCII_FOLDS.get(c, ''))}]"


def _alternation(parts: list[tuple[str, bool]], end: str = r"(?![\w-])") -> re.Pattern:
    """parts: (surface, matched in any case), tried longest first. re would try each alternative
    in turn at every word start; grouped under their first character, a plain class it tests at
    once, they match the very same spans: no character opens alternatives of two groups, and
    each group keeps their order."""
    parts = sorted(parts, key=lambda sp: (-len(sp[0]), sp[0]))
    if not all(surface.split() and surface.split()[0][0].isascii() for surface, _ in parts):
        body = "|".join(f"(?i:{_literal(s)})" if any_case else _literal(s) for s, any_case in parts)
        return re.compile(rf"(?<![\w-])(?:{body}){end}")
    groups: dict[str, list[str]] = {}
    for surface, any_case in parts:
        first, *words = surface.split()
        rest = re.escape(first[1:]) + "".join(r"\s+" + re.escape(w) for w in words)
        rest = f"(?i:{rest})" if any_case else f"(?<={re.escape(first[0])}){rest}"
        groups.setdefault(first[0].lower(), []).append(rest)
    body = "|".join(f"{any_case_class(c)}(?:{'|'.join(rests)})"
                    for c, rests in groups.items())
    return re.compile(rf"(?<![\w-])(?:{body}){end}")


def phrase_regex(phrases: Iterable[str]) -> re.Pattern:
    """Literal phrases, matched case-insensitively on word boundaries (a hyphen joins words)."""
    return _alternation([(p, True) for p in set(phrases) if p])


def case_sensitive(surface: str) -> bool:
    """An acronym is matched as written ("IS" is not the verb "is", "SAA" not "saa"); a name of
    words in any case ("Turkish army" matches "Turkish Army")."""
    return any(c.isupper() for c in surface) and not any(c.islower() for c in surface)


def surface_regex(surfaces: Iterable[str]) -> re.Pattern:
    """Lexicon surfaces on word boundaries, acronyms case-sensitively and the rest in any case.
    A name may lead a hyphenated word ("a PKK-run entity", "ISIS-held villages")."""
    return _alternation([(s, not case_sensitive(s)) for s in set(surfaces) if s], end=r"(?!\w)")


def longest_first(found: Iterable[T], span: Callable[[T], tuple[int, int]]) -> list[T]:
    """The items whose spans do not overlap a longer one (the earlier of two equal ones), in text order."""
    found = list(found)
    if len(found) < 2:  # most passages hold none or one: nothing to compare
        return found
    kept: list[T] = []
    taken: list[tuple[int, int]] = []
    for item in sorted(found, key=lambda x: (span(x)[0] - span(x)[1], span(x)[0])):
        start, end = span(item)
        if all(end <= s or start >= e for s, e in taken):
            kept.append(item)
            taken.append((start, end))
    return sorted(kept, key=lambda x: span(x)[0])
