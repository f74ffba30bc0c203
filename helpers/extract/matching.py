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


def _alternation(parts: list[tuple[str, str]], end: str = r"(?![\w-])") -> re.Pattern:
    body = "|".join(p for _, p in sorted(parts, key=lambda sp: (-len(sp[0]), sp[0])))
    return re.compile(rf"(?<![\w-])(?:{body}){end}")


def phrase_regex(phrases: Iterable[str]) -> re.Pattern:
    """Literal phrases, matched case-insensitively on word boundaries (a hyphen joins words)."""
    return _alternation([(p, "(?i:" + _literal(p) + ")") for p in set(phrases) if p])


def case_sensitive(surface: str) -> bool:
    """An acronym is matched as written ("IS" is not the verb "is", "SAA" not "saa"); a name of
    words in any case ("Turkish army" matches "Turkish Army")."""
    return any(c.isupper() for c in surface) and not any(c.islower() for c in surface)


def surface_regex(surfaces: Iterable[str]) -> re.Pattern:
    """Lexicon surfaces on word boundaries, acronyms case-sensitively and the rest in any case.
    A name may lead a hyphenated word ("a PKK-run entity", "ISIS-held villages")."""
    return _alternation([(s, _literal(s) if case_sensitive(s) else "(?i:" + _literal(s) + ")")
                         for s in set(surfaces) if s], end=r"(?!\w)")


def longest_first(found: Iterable[T], span: Callable[[T], tuple[int, int]]) -> list[T]:
    """The items whose spans do not overlap a longer one (the earlier of two equal ones), in text order."""
    kept: list[T] = []
    taken: list[tuple[int, int]] = []
    for item in sorted(found, key=lambda x: (span(x)[0] - span(x)[1], span(x)[0])):
        start, end = span(item)
        if all(end <= s or start >= e for s, e in taken):
            kept.append(item)
            taken.append((start, end))
    return sorted(kept, key=lambda x: span(x)[0])
