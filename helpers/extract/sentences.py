"""Cleaned text -> sentences with character offsets (paragraph breaks always end a sentence)."""
from __future__ import annotations

import re

from helpers.extract.lexicon import abbreviations
from helpers.records import Sentence

# A full stop, "!" or "?" (optionally closed by a quote or bracket), then space, then what starts a sentence.
BOUNDARY = re.compile(r"""[.!?]["'”’)\]]?(?=\s+["'“‘(\[]?[A-Z0-9])""")
PARAGRAPH = re.compile(r"\n\s*\n")
_INITIALS = re.compile(r"(?:[A-Z]\.)+")  # "U.S.", "U.N."


def _ends_with_abbreviation(text: str, stop: int) -> bool:
    word = text[:stop + 1].rsplit(None, 1)[-1] if text[:stop + 1].strip() else ""
    return word in abbreviations() or _INITIALS.fullmatch(word) is not None


def split_sentences(text: str) -> list[Sentence]:
    sentences: list[Sentence] = []
    for paragraph, para in enumerate(_paragraph_spans(text)):
        start, end = para
        cursor = start
        for m in BOUNDARY.finditer(text, start, end):
            if _ends_with_abbreviation(text[cursor:m.end()], m.start() - cursor):
                continue
            _add(sentences, text, cursor, m.end(), paragraph)
            cursor = m.end()
        _add(sentences, text, cursor, end, paragraph)
    return sentences


def _paragraph_spans(text: str):
    start = 0
    for m in PARAGRAPH.finditer(text):
        yield start, m.start()
        start = m.end()
    yield start, len(text)


def _add(sentences: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        sentences.append(Sentence(start, end, text[start:end], paragraph))
