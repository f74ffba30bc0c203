"""How many digits in a row every match of a regular expression holds, read off the expression
itself: a line without that many digits in a row cannot match, and is not tried.

Every header line, body lines among them, is tried against each date-line format, whose lazy
"<name> ... <date>" scan tries a date at every position: most of ingest's regex time. A date
format needs its year's four digits, so a line without four digits in a row skips the scan.
Nothing is assumed of data/ingest/header_formats.csv: the bound is derived from each compiled
pattern, and it is a lower bound (whatever the analysis does not know counts as no digit).
"""
from __future__ import annotations

import re
from typing import NamedTuple

try:  # the parser behind re, the same in every CPython the project supports (3.11-3.13)
    from re import _constants as sre, _parser as sre_parse
except ImportError:  # pragma: no cover - older layouts
    import sre_constants as sre  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

_DIGIT_CHARS = range(ord("0"), ord("9") + 1)  # inside \d, whatever the flags


class _Runs(NamedTuple):
    """Lower bounds on the digits in a row in every match of a piece of a pattern."""
    prefix: int  # at its start
    suffix: int  # at its end
    inner: int  # anywhere
    width: int | None  # it always matches exactly this many characters, every one a digit; else None


_NOTHING = _Runs(0, 0, 0, 0)  # matches the empty string (an anchor, a lookaround)
_UNKNOWN = _Runs(0, 0, 0, None)  # may match anything: breaks every run


def _digit(n: int) -> _Runs:
    return _Runs(n, n, n, n)


def _then(a: _Runs, b: _Runs) -> _Runs:
    """a followed by b."""
    width = a.width + b.width if a.width is not None and b.width is not None else None
    prefix = a.width + b.prefix if a.width is not None else a.prefix
    suffix = b.width + a.suffix if b.width is not None else b.suffix
    return _Runs(prefix, suffix, max(a.inner, b.inner, a.suffix + b.prefix, prefix, suffix), width)


def _either(options: list[_Runs]) -> _Runs:
    widths = {o.width for o in options}
    return _Runs(min(o.prefix for o in options), min(o.suffix for o in options), min(o.inner for o in options),
                 widths.pop() if len(widths) == 1 else None)


def _all_digits(items) -> bool:
    """A character class that holds digits only."""
    for op, av in items:
        if op is sre.LITERAL and av in _DIGIT_CHARS:
            continue
        if op is sre.RANGE and av[0] in _DIGIT_CHARS and av[1] in _DIGIT_CHARS:
            continue
        if op is sre.CATEGORY and av is sre.CATEGORY_DIGIT:
            continue
        return False
    return bool(items)


def _sequence(items) -> _Runs:
    runs = _NOTHING
    for op, av in items:
        runs = _then(runs, _item(op, av))
    return runs


def _item(op, av) -> _Runs:
    if op is sre.LITERAL:
        return _digit(1) if av in _DIGIT_CHARS else _UNKNOWN
    if op is sre.IN:
        return _digit(1) if _all_digits(av) else _UNKNOWN
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):  # zero width
        return _NOTHING
    if op is sre.SUBPATTERN:
        return _sequence(av[-1])
    if op is getattr(sre, "ATOMIC_GROUP", None):
        return _sequence(av)
    if op is sre.BRANCH:
        return _either([_sequence(option) for option in av[1]])
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None)):
        low, high, body = av
        if low == 0:
            return _NOTHING if high == 0 else _Runs(0, 0, 0, None)
        once = _sequence(body)
        runs = once
        for _ in range(min(low, 8) - 1):  # the first `low` copies are always there
            runs = _then(runs, once)
        return runs if low == high else runs._replace(width=None)
    return _UNKNOWN


def digits_in_a_row(pattern: re.Pattern) -> int:
    """The digits in a row that every match of `pattern` holds (0 when it need hold none)."""
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    except Exception:  # a pattern this parser cannot read again: assume nothing
        return 0
    return _sequence(list(parsed)).inner


# Per pattern, by identity: hashing a compiled pattern hashes its whole program, which for a date
# format with every month and weekday name costs more than the test saves. Each entry holds its
# pattern, so that no other pattern can take its id while the entry is here.
_RUN_NEEDED: dict[int, tuple[re.Pattern, re.Pattern | None]] = {}


def cannot_match(pattern: re.Pattern, line: str) -> bool:
    """True when the line lacks the digits in a row every match of `pattern` holds."""
    entry = _RUN_NEEDED.get(id(pattern))
    if entry is None or entry[0] is not pattern:
        n = digits_in_a_row(pattern)
        entry = _RUN_NEEDED[id(pattern)] = (pattern, re.compile(rf"\d{{{n}}}") if n else None)
    return entry[1] is not None and entry[1].search(line) is None
