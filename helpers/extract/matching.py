"""One rule wherever phrases or spans compete for the same words: the longest match wins.

Lexicon phrases become one regular expression whose alternatives are tried longest first
("Syrian Arab Air Force" before "Syrian Arab Army"); spans found by separate rules (number
phrases, region names) are kept longest first, and a span that overlaps a kept one is dropped.
A report is searched for a vocabulary only at the words its phrases can start with (PhrasePattern).
"""
from __future__ import annotations

import re
import sys
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from typing import TypeVar

T = TypeVar("T")


APOSTROPHES = "'’"  # "Turkey's" as typed, "Turkey’s" as a page's typography sets it


def _escape(word: str) -> str:
    """A word of a phrase as a regex, its apostrophe either kind."""
    return re.escape(word).replace("'", f"[{APOSTROPHES}]")


# Between a phrase's words: spaces and at most one line break, never a paragraph's end ("... north of
# Damascus" closing a caption, then "Government forces launched ...", is no "Damascus government").
WORD_GAP = r"(?:[^\S\n]+\n?|\n)[^\S\n]*"


def _literal(phrase: str) -> str:
    return WORD_GAP.join(_escape(word) for word in phrase.split())


# The characters other than c and C that (?i:c) matches (re's case-insensitive matching of
# Unicode); a test checks the table against every code point.
ASCII_FOLDS = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


def any_case_class(c: str) -> str:
    """A class of exactly the characters (?i:c) matches, for an ASCII c."""
    c = c.lower()
    return f"[{re.escape(c + c.upper() + ASCII_FOLDS.get(c, ''))}]"


def _alternation(parts: list[tuple[str, bool]], end: str = r"(?![\w-])") -> PhrasePattern:
    """parts: (surface, matched in any case), tried longest first. re would try each alternative
    in turn at every word start; grouped under their first character, a plain class it tests at
    once, they match the very same spans: no character opens alternatives of two groups, and
    each group keeps their order."""
    parts = sorted(parts, key=lambda sp: (-len(sp[0]), sp[0]))
    if not all(surface.split() and surface.split()[0][0].isascii() for surface, _ in parts):
        body = "|".join(f"(?i:{_literal(s)})" if any_case else _literal(s) for s, any_case in parts)
        return PhrasePattern(re.compile(rf"(?<![\w-])(?:{body}){end}"), _first_words(parts), _quoted(parts))
    groups: dict[str, list[str]] = {}
    for surface, any_case in parts:
        first, *words = surface.split()
        rest = _escape(first[1:]) + "".join(WORD_GAP + _escape(w) for w in words)
        rest = f"(?i:{rest})" if any_case else f"(?<={re.escape(first[0])}){rest}"
        groups.setdefault(first[0].lower(), []).append(rest)
    body = "|".join(f"{any_case_class(c)}(?:{'|'.join(rests)})"
                    for c, rests in groups.items())
    return PhrasePattern(re.compile(rf"(?<![\w-])(?:{body}){end}"), _first_words(parts), _quoted(parts))


_WORD = re.compile(r"\w+")


# Letters outside ASCII that re's case-insensitive matching pairs only with the characters lower()
# maps to them (a test checks each against every code point): a word of them and ASCII letters
# stands for itself in lowercase, as "Türkiye's defence ministry" opens with "türkiye".
LOWERCASE_SAFE = frozenset("ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿğş")


# Marks a name may be quoted in ('the "Al-Fath al-Mubin" operations room'): a phrase may open with
# one, right before its first word
OPENING_QUOTES = "\"“'‘"


def _first_words(parts: list[tuple[str, bool]]) -> frozenset[str] | None:
    """The word (a run of \\w) each phrase opens with, after an opening quote mark, in lowercase;
    None when a phrase opens with anything else ("-x") or with a letter outside ASCII that
    lowercase cannot stand for."""
    firsts = [_WORD.match(surface[1:] if surface[:1] in OPENING_QUOTES else surface) for surface, _ in parts]
    if not all(f and all(c.isascii() or c in LOWERCASE_SAFE for c in f.group().lower()) for f in firsts):
        return None
    return frozenset(f.group().lower() for f in firsts)


def _quoted(parts: list[tuple[str, bool]]) -> bool:
    return any(surface[:1] in OPENING_QUOTES for surface, _ in parts)


class PhrasePattern:
    """A vocabulary's alternation (as _alternation compiles it, or any pattern whose matches open
    with one of first_words, standing whole), searched only at the words of the text that one of
    its phrases opens with, not at every character of every sentence.

    Exact: the pattern cannot match but where its phrase's first word stands whole (its lookbehind
    needs no word character before it; after that word the phrase has a space or a sign, or ends
    where its end needs no word character), so every match starts at a word of the text that is,
    in lowercase, one of the vocabulary's first words, or at the quote mark a quoted phrase opens
    with right before such a word; finditer tries the compiled pattern at those places in text
    order, from where its previous match ended, as re's own scan would. Lowercase is how re matches
    an ASCII letter in any case except for four characters outside ASCII (ASCII_FOLDS): a text
    holding one of them is scanned the plain way, and so is a search ending inside a word."""

    def __init__(self, regex: re.Pattern, first_words: frozenset[str] | None, quoted: bool = False):
        self.regex = regex
        self.first_words = first_words
        self.quoted = quoted  # some phrase opens with a quote mark

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        return self.regex.match(text, pos, endpos)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        return next(self.finditer(text, pos, endpos), None)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match]:
        # Not a generator itself: a report asks hundreds of times per sentence, and most asks end
        # in re's own iterator (a short text) or in nothing (none of the first words in range).
        if self.first_words is None or len(text) < _INDEXED_LENGTH:
            return self.regex.finditer(text, pos, endpos)
        endpos = min(endpos, len(text))
        words = _word_index(text)
        if words is None or (endpos > 0 and _WITHIN_WORD.match(text, endpos - 1)):
            # a search that ends inside a word may match the start of it, which the index has not
            return self.regex.finditer(text, pos, endpos)
        starts = words.starts(self)
        if not starts:  # a quarter of the asks: none of the vocabulary's first words in the whole text
            return iter(())
        first = bisect_left(starts, pos)
        last = bisect_left(starts, endpos, first)
        if first == last:
            return iter(())
        return self._matches_at(text, starts[first:last], pos, endpos)

    def _matches_at(self, text: str, starts: list[int], pos: int, endpos: int) -> Iterator[re.Match]:
        """The pattern tried at each start in turn (at a quote mark right before it first, as a scan
        reaches it first), from where its previous match ended."""
        resume = pos
        for start in starts:
            if self.quoted and start > resume and text[start - 1] in OPENING_QUOTES and (
                    m := self.regex.match(text, start - 1, endpos)):
                yield m
                resume = m.end()
            elif start >= resume and (m := self.regex.match(text, start, endpos)):
                yield m
                resume = m.end()


# Among a vocabulary's first words: any word that opens with a digit ("{N} to {M}"); no word is written so
DIGITS_FIRST = "#digits"
# A text shorter than this is scanned the plain way: indexing its words would cost about as much,
# and the index of a long report is not pushed out of the cache by the many short strings.
_INDEXED_LENGTH = 256
_WITHIN_WORD = re.compile(r"\w\w")
_FOLDED_OUTSIDE_ASCII = "".join(ASCII_FOLDS.values())


class _WordIndex:
    """Where each word of a text starts, by its lowercase form, and per vocabulary the starts of
    the words its phrases open with (worked out at the vocabulary's first search of the text)."""

    def __init__(self, text: str):
        self.lowered = text.lower()  # position for position: the one character lower() lengthens folds outside ASCII
        at: dict[str, list[int]] = {}
        for m in _WORD.finditer(text):
            word = m.group().lower()
            filed = at.get(word)
            if filed is None:
                at[word] = [m.start()]
            else:
                filed.append(m.start())
        # what \d matches: a number's digits open it; read once per distinct word, not per word
        digits = [k for word, starts in at.items() if word[0].isdecimal() for k in starts]
        if digits:
            at[DIGITS_FIRST] = sorted(digits)
        self.at = at
        self.words = set(at)
        self._starts: dict[PhrasePattern, list[int]] = {}

    def starts(self, vocabulary: PhrasePattern) -> list[int]:
        found = self._starts.get(vocabulary)
        if found is None:
            opening = vocabulary.first_words & self.words
            if len(opening) == 1:  # one of its first words in the text (most vocabularies have one): filed in order
                found = self.at[next(iter(opening))]
            else:
                found = sorted([k for w in opening for k in self.at[w]])
            self._starts[vocabulary] = found
        return found


@lru_cache(maxsize=4)  # every vocabulary and sentence of a report asks for the same text's words
def _word_index(text: str) -> _WordIndex | None:
    if any(c in text for c in _FOLDED_OUTSIDE_ASCII):
        return None
    return _WordIndex(text)


def lowercase(text: str) -> str | None:
    """The text in lowercase, position for position: a lowercase ASCII piece stands in it wherever
    re's case-insensitive matching finds the piece in the text. None when the text holds one of the
    four characters re folds to an ASCII letter (ASCII_FOLDS). A long report's is made once, with
    its word index."""
    if len(text) >= _INDEXED_LENGTH:
        words = _word_index(text)
        return words.lowered if words is not None else None
    return None if any(c in text for c in _FOLDED_OUTSIDE_ASCII) else text.lower()


def phrase_regex(phrases: Iterable[str]) -> PhrasePattern:
    """Literal phrases, matched case-insensitively on word boundaries (a hyphen joins words)."""
    return _alternation([(p, True) for p in set(phrases) if p])


def case_sensitive(surface: str) -> bool:
    """An acronym is matched as written ("IS" is not the verb "is", "SAA" not "saa"); a name of
    words in any case ("Turkish army" matches "Turkish Army")."""
    return any(c.isupper() for c in surface) and not any(c.islower() for c in surface)


def surface_regex(surfaces: Iterable[str]) -> PhrasePattern:
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
