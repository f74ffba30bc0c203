"""Number phrases -> (low, high) by the codebook's rules (section 6), from data/lexicon/quantities.csv.

"at least 20" -> (20, None), "up to 10" -> (None, 10), "between 5 and 8" -> (5, 8), "a dozen" -> (12, 12).
The phrase patterns and number words are data; this module only compiles and applies them.
"""
from __future__ import annotations

import re
from functools import cache, lru_cache

from helpers.extract.lexicon import number_words, quantity_patterns, zero_phrases
from helpers.extract.matching import DIGITS_FIRST, PhrasePattern, any_case_class, longest_first
from helpers.records import Quantity

# "5,900", and "5 900" as South African and French papers group thousands (a space, a thin or a no-break space)
DIGITS = r"\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?![\d,.])|\d+"


@cache
def _number_regex() -> str:
    words = number_words()
    tens = sorted((w for w, v in words.items() if v % 10 == 0 and 20 <= v < 100), key=len, reverse=True)
    units = sorted((w for w, v in words.items() if 1 <= v <= 9), key=len, reverse=True)
    compound = rf"(?:{'|'.join(tens)})[- ](?:{'|'.join(units)})"
    single = "|".join(re.escape(w).replace(r"\ ", " ").replace(" ", r"\s+")
                      for w in sorted(words, key=len, reverse=True))
    return rf"(?:{DIGITS}|{compound}|{single})"


@lru_cache(maxsize=4096)  # a pure function of the words; reports write the same few numbers again and again
def number_value(token: str) -> int:
    token = " ".join(token.lower().replace("-", " ").split())
    if re.fullmatch(r"\d[\d, ]*", token):
        return int(token.replace(",", "").replace(" ", ""))
    words = number_words()
    if token in words:
        return words[token]
    return sum(words[w] for w in token.split())


_FIRST_WORD = re.compile(r"\w+")


@cache
def _number_first_words() -> frozenset[str]:
    """The words a number opens with: digits, or the first word of a number word ("twenty" of "twenty-five")."""
    return frozenset(_FIRST_WORD.match(w).group() for w in number_words()) | {DIGITS_FIRST}


def _first_words(pattern: str) -> frozenset[str] | None:
    """The words a phrase pattern's matches open with (matching.PhrasePattern); None: not known."""
    if pattern.startswith(("{N}", "{M}")):
        return _number_first_words()
    first = _FIRST_WORD.match(pattern)
    return frozenset([first.group().lower()]) if first and first.group().isascii() else None


@cache
def _compiled() -> list[tuple[PhrasePattern, str, str, tuple[str, ...], bool]]:
    """(regex searched at its first words, low, high, the lowercase words the regex cannot match
    without, whether it needs a number) per phrase pattern."""
    number = _number_regex()
    compiled = []
    for pattern, low, high in quantity_patterns():
        # "{N}-{M}" takes digits only, so that "twenty-five" stays one number.
        n_expr = DIGITS if "}-{" in pattern else number
        body = r"\s+".join(re.escape(part) for part in pattern.split())
        body = body.replace(r"\{N\}", f"(?P<N>{n_expr})").replace(r"\{M\}", f"(?P<M>{n_expr})")
        body = body.replace(r"\-", "-")
        needed = tuple(w.lower() for w in re.split(r"\{[NM]\}|\s+", pattern) if w)
        regex = rf"(?<![\w-])(?i:{body})(?![\w-])"
        if body[0].isascii() and body[0].isalpha():  # re skips in one test to where a plain class matches
            regex = rf"{any_case_class(body[0])}(?<![\w-](?s:.))(?i:{body[1:]})(?![\w-])"
        compiled.append((PhrasePattern(re.compile(regex), _first_words(pattern)), low, high, frozenset(needed),
                         "{N}" in pattern or "{M}" in pattern))
    compiled.append((zero_phrases()[1], "0", "0", frozenset(), False))  # "no casualties", "without losses"
    return compiled


@cache
def _needed_words() -> tuple[str, ...]:
    """Every word some pattern cannot match without: looked for once per passage, not once per pattern."""
    return tuple(sorted({w for *_, needed, _ in _compiled() for w in needed}))


@cache
def _number_end() -> re.Pattern:
    """What every number holds: a digit, or the last word of a number word ("a dozen"); found
    anywhere, as a substring test would (one search, not one test per word)."""
    ends = {w.split()[-1] for w in number_words()}
    return re.compile("|".join(["[0-9]"] + [re.escape(w) for w in sorted(ends)]))


@lru_cache(maxsize=4096)  # passages share a few combinations of words: the choice is made once per combination
def _applicable(present: frozenset[str] | None, numberless: bool) -> tuple[tuple[PhrasePattern, str, str], ...]:
    """(regex, low, high) of the patterns, in file order, that can match a passage holding the
    `present` words (None: not known, every pattern) and, unless `numberless`, a number."""
    return tuple((regex, low, high) for regex, low, high, needed, numbered in _compiled()
                 if present is None or not (numbered and numberless or not needed <= present))


def _bound(spec: str, m: re.Match) -> int | None:
    if not spec:
        return None
    if spec in ("N", "M"):
        return number_value(m.group(spec))
    return int(spec)


def find_quantities(text: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    """Every number phrase in text[start:end], longest first where they overlap, in text order."""
    end = len(text) if end is None else end
    found = []
    # Most patterns cannot match where their words are missing: a substring test skips them. Only
    # on ASCII text, where matching case-insensitively is exactly matching the lowercased text.
    segment = text[start:end]
    lowered = segment.lower() if segment.isascii() else None
    if lowered is None:
        patterns = _applicable(None, False)
    else:
        patterns = _applicable(frozenset(w for w in _needed_words() if w in lowered),
                               _number_end().search(lowered) is None)
    for regex, low, high in patterns:
        for m in regex.finditer(text, start, end):
            found.append(Quantity(m.start(), m.end(), m.group(), _bound(low, m), _bound(high, m)))
    return longest_first(found, lambda q: (q.start, q.end))


def parse_quantity(phrase: str) -> tuple[int | None, int | None]:
    """(low, high) of a phrase that is one number phrase as a whole; ValueError otherwise."""
    for q in find_quantities(phrase):
        if q.start == 0 and q.end == len(phrase.strip()):
            return q.low, q.high
    raise ValueError(f"not a number phrase: {phrase!r}")
