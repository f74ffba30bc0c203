"""The words every match of a regular expression holds, read off the expression itself: a stretch
of text holding none of them cannot match, and is not scanned.

The named patterns of data/lexicon/patterns.csv are searched in every sentence ("tally",
"running_total", "history") or before every place and number ("origin", "toll"), and most
sentences hold none of their words: "running_total" cannot match without "since", "origin"
without "from". Nothing is assumed of the patterns: the pieces are derived from each compiled
pattern (as helpers/ingest/digit_runs.py derives digits), and whatever the analysis does not know
requires nothing, so a pattern it cannot read is always scanned.
"""
from __future__ import annotations

import re
import sys
from collections.abc import Iterator

try:  # the parser behind re, the same in every CPython the project supports (3.11-3.13)
    from re import _constants as sre, _parser as sre_parse
except ImportError:  # pragma: no cover - older layouts
    import sre_constants as sre  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

from helpers.extract.matching import lowercase

_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT))


def _most_telling(options: list[frozenset[str]]) -> frozenset[str] | None:
    """Of several sets of pieces a match must hold one of, the one fewest stretches should hold,
    counting a piece as rarer by half with each character ("since" before ten verbs of harm,
    twelve month names before "in" and seven other prepositions)."""
    return min(options, key=lambda o: sum(0.5 ** len(piece) for piece in o), default=None)


def _sequence(items) -> frozenset[str] | None:
    """Pieces one of which every match of these items in a row holds (lowercase ASCII), or None."""
    options: list[frozenset[str]] = []
    run = ""  # literal characters in a row: every match holds them as written
    for op, av in list(items) + [(None, None)]:
        if op is sre.LITERAL and chr(av).isascii():
            run += chr(av).lower()
            continue
        if run:
            options.append(frozenset([run]))
            run = ""
        found = _item(op, av)
        if found:
            options.append(found)
    return _most_telling(options)


def _item(op, av) -> frozenset[str] | None:
    if op is sre.SUBPATTERN:
        return _sequence(av[-1])
    if op is getattr(sre, "ATOMIC_GROUP", None):
        return _sequence(av)
    if op in _REPEATS and av[0] >= 1:
        return _sequence(av[2])
    if op is sre.BRANCH:
        alternatives = [_sequence(alternative) for alternative in av[1]]
        return frozenset().union(*alternatives) if all(alternatives) else None
    return None  # a class, an anchor, a lookaround, an optional part: requires nothing


def required_pieces(pattern: re.Pattern) -> frozenset[str] | None:
    """Lowercase ASCII strings one of which every match of pattern holds; None when none is known."""
    return _sequence(sre_parse.parse(pattern.pattern, pattern.flags))


class GatedPattern:
    """A compiled pattern that searches a stretch only when it holds one of its required pieces.

    Exact: a match holds a piece, whose letters re matches in any case only as themselves in
    either case, except for four characters outside ASCII (matching.ASCII_FOLDS); a text holding
    one of those is scanned the plain way. Otherwise its lowercase holds the piece as written."""

    def __init__(self, regex: re.Pattern):
        self.regex = regex
        self.pattern = regex.pattern
        pieces = required_pieces(regex)
        self.pieces = re.compile("|".join(map(re.escape, sorted(pieces)))) if pieces else None

    def _may_match(self, text: str, pos: int, endpos: int) -> bool:
        if self.pieces is None:
            return True
        lowered = lowercase(text)
        return lowered is None or self.pieces.search(lowered, pos, endpos) is not None

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        return self.regex.match(text, pos, endpos)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        return self.regex.search(text, pos, endpos) if self._may_match(text, pos, endpos) else None

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match]:
        return self.regex.finditer(text, pos, endpos) if self._may_match(text, pos, endpos) else iter(())
