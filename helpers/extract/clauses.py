"""Where a sentence's clauses begin, and the words before a position in them: what the rules that read a
trigger's own clause share (whether it happened, who did it, who speaks)."""
from __future__ import annotations

import re
from functools import cache, lru_cache
from itertools import islice

from helpers.extract.lexicon import alternation, claim_pattern, lookup, named_pattern, norm_word, side_markers

WORD = re.compile(r"[\w'’-]+")
_SPACE = re.compile(r"\s+")


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


def says(text: str, end: int, stop: int | None = None, *, denies: bool = False) -> bool:
    """Is the noun phrase ending at `end` the subject of a say-verb right after it ("two residents said"), past its
    own abbreviation in brackets ("The Syrian Democratic Forces (SDF) said")? denies: a denial counts too ("...
    (SDF) denied the claim")."""
    stop = len(text) if stop is None else stop
    gap = _SPACE.match(text, _BRACKETED.match(text, end, stop).end(), stop)
    if gap is None:
        return False
    verbs = claim_pattern("say_verb", "denial") if denies else claim_pattern("say_verb")
    if verbs.match(text, gap.end(), stop) is not None:
        return True
    # "an SDF commander who asked not to be named told AFP": past how the source was heard
    aside = _speaking_aside_after().match(text, gap.end(), stop)
    return aside is not None and any(verbs.match(text, m.end(), stop) is not None
                                     for m in islice(_WORD_GAPS.finditer(text, aside.end(), stop), _ASIDE_WORDS + 1))


_WORD_GAPS = re.compile(r"(?<=\w)\s+")
_ASIDE_WORDS = 5  # "who gave his name as Abu Karim"


@cache
def _speaking_aside_after() -> re.Pattern:
    """How a source was heard, right after it ("who asked not to be named", "reached by telephone"): up to
    five words of it, past which its say-verb comes."""
    return re.compile(rf"(?:{alternation('speaking_aside')})\b")


_BRACKETED = re.compile(r"(?:\s*\([^()]{1,20}\)|\))?")  # "(SDF)" after the name, or the abbreviation's own ")"


def in_background_clause(text: str, start: int, position: int) -> bool:
    """Does `position` stand in a later clause (after `start`) that sets what came before at a distance in
    time from another happening ("..., hours after the council demanded a halt to the fighting across the
    country", "..., five weeks into Ankara's offensive against the YPG")?"""
    opening = clause_start(text, start, position)
    return opening > start and named_pattern("background_clause").match(text, opening, position) is not None


def circumstance_clause(text: str, start: int, position: int) -> bool:
    """Does `position` stand in a later clause of what went on around a strike ("Syrian warplanes pounded the
    district, as the regime's troops tried to break the resistance of the Free Syrian Army")? (In a fight on the
    ground, such a clause names the other side: "..., as fighters of the Free Syrian Army repelled ...".)"""
    opening = clause_start(text, start, position)
    return opening > start and named_pattern("circumstance_clause").match(text, opening, position) is not None


_PHRASE_REACH = 40  # "during the fierce fighting": the few words of a phrase before its word of fighting


def circumstance_phrase(text: str, start: int, end: int) -> bool:
    """Does the fighting from start to end stand in a phrase of what went on around a strike ("The round was fired
    from the Syrian side during fighting nearby", "shells fell on the camp amid clashes")? Fighting told with its
    sides ("fired during clashes between the army and Nusra fighters in Albu Kamal") is a happening of its own."""
    return named_pattern("circumstance_phrase").search(text, max(0, start - _PHRASE_REACH), start) is not None \
        and not _BETWEEN_SIDES.match(text, end)


_BETWEEN_SIDES = re.compile(r"\s+between\b")


def subject_clause_start(text: str, sentence_start: int, position: int) -> int:
    """Where the clause holding `position` starts, before an aside on who helped its subject ("its forces, alongside
    SDF partners, had captured", "government troops, backed by Russian air power, killed")."""
    opening = clause_start(text, sentence_start, position)
    aside = _LAST_ASIDE.search(text, sentence_start, opening)
    table, pattern = side_markers()
    marker = pattern.match(text, aside.start(1)) if aside else None
    return clause_start(text, sentence_start, aside.start()) if marker and lookup(table, marker.group()) == "support" \
        else opening


_LAST_ASIDE = re.compile(r",\s*([^,;]{1,100}),\s*$")
