"""Fold every spelling of a place name to one key: "Ma‘arrat an Nu‘mān" and "Maarat al-Numan" meet.

The gazetteer writes GeoNames spellings, news writes English and French ones. The Arabic
articles and the spellings of "tell" (data/geo/name_words.csv) and the ordered letter rules
(data/geo/transliteration.csv) are data; this module applies them.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from helpers import paths
from helpers.facts import Column, Schema, note, read_rows, text

_MARKS = re.compile(r"[’‘'`´ʿʾʻʼ]")  # ayn and hamza marks, apostrophes: "Ra’s", "‘Ayn", "Dar'a"


@dataclass(frozen=True)
class NameRules:
    articles: frozenset[str]  # dropped when a name is folded
    inner_articles: frozenset[str]  # articles that may stand alone inside a name ("Jisr ash Shughur")
    tell: frozenset[str]
    letters: tuple[tuple[re.Pattern, str], ...]  # applied in order to each word


@cache
def name_rules() -> NameRules:
    words = read_rows(paths.GEO_DIR / "name_words.csv",
                      Schema((text("phrase"), text("role", choices=("article", "tell")),
                              text("inside_name", required=False, choices=("yes", "no")), note()), key="phrase"))
    letters = read_rows(paths.GEO_DIR / "transliteration.csv",
                        Schema((Column("regex", kind="regex"), text("replacement", required=False), note())))
    return NameRules(
        articles=frozenset(w["phrase"] for w in words if w["role"] == "article"),
        inner_articles=frozenset(w["phrase"] for w in words if w["inside_name"] == "yes"),
        tell=frozenset(w["phrase"] for w in words if w["role"] == "tell"),
        letters=tuple((re.compile(r["regex"]), r["replacement"]) for r in letters),
    )


@cache
def fold_place_name(name: str) -> str:
    """One key for every spelling of a name: "Ma‘arrat an Nu‘mān" and "Maarat al-Numan" both give
    "marat numan"."""
    if name.isascii():  # most spellings: nothing to decompose, and casefold is lower
        text_ = _MARKS.sub("", name.lower())
    else:
        text_ = unicodedata.normalize("NFKD", name)
        text_ = _MARKS.sub("", "".join(c for c in text_ if not unicodedata.combining(c)).casefold())
    words = re.findall(r"[^\W\d_]+", text_)  # digits and punctuation fall away
    articles = name_rules().articles
    words = [w for w in words if w not in articles] or words
    # letters no rule turns into Latin ones (Arabic script) fall away
    return " ".join(filter(None, (re.sub(r"[^a-z]+", "", _fold_word(w)) for w in words)))


@cache
def _fold_word(word: str) -> str:
    rules = name_rules()
    if word in rules.tell:
        return "tl"
    for pattern, repl in rules.letters:
        word = pattern.sub(repl, word)
    return word
