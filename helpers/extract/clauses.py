"""Where a sentence's clauses begin, and the words before a position in them: what the rules that read a
trigger's own clause share (whether it happened, who did it, who speaks)."""
from __future__ import annotations

import re
from functools import cache, lru_cache

from helpers.extract.lexicon import alternation, norm_word

WORD = re.compile(r"[\w'’-]+")


@cache
def _clause_boundary() -> re.Pattern:
    # a bracketed aside ("the Syrian National Army (SNA)") is no clause of its own: the clause goes on after it
    return re.compile(rf"[,;:]|\b(?:{alternation('clause_boundary')})\b", re.I)


@lru_cache(maxsize=64)  # asked for one trigger by each rule that reads its clause (happened, perfect, sides)
def clause_start(text: str, sentence_start: int, position: int) -> int:
    """Where the clause holding `position` starts: after the last comma, "that", "which" ... before it."""
    start = sentence_start
    for boundary in _clause_boundary().finditer(text, sentence_start, position):
        start = boundary.end()
    return start


@lru_cache(maxsize=16)  # asked again for the same trigger by each test of whether it happened
def words_before(text: str, start: int, stop: int) -> tuple[str, ...]:
    return tuple(map(norm_word, WORD.findall(text[start:stop])))  # a WORD holds no whitespace
