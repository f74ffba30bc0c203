"""The candidate place names of a passage: its tokens, maximal runs of capitalised words and the
regions.csv phrases in it, each looked up in the gazetteer (what places.py then reads around them).
"""
from __future__ import annotations

import calendar
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cache, lru_cache

from helpers.extract.lexicon import words
from helpers.extract.matching import longest_first
from helpers.geo.names import name_rules
from helpers.geo import ForeignPlace, Gazetteer, Place, Region, fold_place_name

_TOKEN = re.compile(r"[‘’'`]?[^\W\d_][\w‘’'`]*(?:-[\w‘’'`]+)*|\d+|[^\w\s]")
_QUOTES = "‘’'`"
_NOT_LETTER = re.compile(r"[\W\d_]")


@dataclass(eq=False)
class Hit:
    first: int  # token index of the name's first word
    last: int  # token index after the name
    name: str  # the name as written
    kind: str  # point | region | governorate
    places: list[Place] = field(default_factory=list)
    region: Region | None = None
    admin1: str = ""  # the governorate of a governorate hit; the context's guess for an unknown town
    s0: int = 0  # token range of the surface ("the village of X")
    s1: int = 0
    relation: str = "other"
    near: bool = False  # precision 2 from the relation ("near X", "west of X"); carried along a list
    vague: bool = False  # precision 2 from the name's own words ("X bridge", "outskirts of X")
    settlement: bool = False  # "the town of X", "X city": a place even when the gazetteer lacks it
    province: bool = False  # "X province", "the provinces of X": the governorate, not its capital
    foreign: ForeignPlace | None = None  # a place outside Syria
    group: int = 0


class Passage:
    """The tokens of text[start:end] and the gazetteer's word lists, for looking around a name."""

    def __init__(self, gaz: Gazetteer, text: str, start: int, end: int, exclude):
        self.gaz, self.text = gaz, text
        self.toks = list(_TOKEN.finditer(text, start, end))
        self.written = [m.group() for m in self.toks]
        self.low = [w.lower() for w in self.written]
        self.blocked = [False] * len(self.toks)
        ends = [m.end() for m in self.toks] if exclude else []
        for s, e in exclude:  # the tokens a span overlaps, found by bisection (tokens are in text order)
            for k in range(bisect_right(ends, s), len(self.toks)):
                if self.toks[k].start() >= e:
                    break
                self.blocked[k] = True

    def w(self, k: int) -> str:
        return self.low[k] if 0 <= k < len(self.low) else ""

    def role(self, first: int, n: int = 1) -> str | None:
        """The place_words.csv role of the n words from token `first`."""
        if first < 0 or first + n > len(self.low):
            return None
        return self.gaz.words.get(self.low[first] if n == 1 else " ".join(self.low[first:first + n]))

    def gap(self, k: int) -> str:
        """The text between token k-1 and token k."""
        return self.text[self.toks[k - 1].end():self.toks[k].start()]

    def span(self, first: int, last: int) -> str:
        return self.text[self.toks[first].start():self.toks[last - 1].end()]


# --- candidate spans --------------------------------------------------------------------------

@cache
def _regions_by_first_word(gaz: Gazetteer) -> dict[str, list[tuple[list[str], Region]]]:
    """regions.csv aliases as word lists, indexed by their first word: a passage's tokens are
    looked up, not every alias tried at every token."""
    index: dict[str, list[tuple[list[str], Region]]] = {}
    for alias, region in gaz.regions.items():
        words = alias.split()
        index.setdefault(words[0], []).append((words, region))
    return index


def region_phrases(p: Passage) -> list[Hit]:
    """regions.csv aliases as word sequences; the longest wins where they overlap."""
    found = []
    index = _regions_by_first_word(p.gaz)
    if index.keys().isdisjoint(p.low):  # most passages hold no word a region's name starts with
        return found
    for i, word in enumerate(p.low):
        for name_words, region in index.get(word, ()):
            n = len(name_words)
            if p.low[i:i + n] == name_words and not any(p.blocked[i:i + n]):
                found.append(Hit(i, i + n, region.name, "region", region=region))
    return longest_first(found, lambda h: (h.first, h.last))


@cache  # a pure function of the token, asked for every token of every sentence
def _is_name_word(tok: str) -> bool:
    core = tok.lstrip(_QUOTES)
    parts = [part.lstrip(_QUOTES) for part in core.split("-")]  # "al-‘Ayn": an ayn mark opens the part
    letters = _NOT_LETTER.sub("", core)
    if not all(parts) or (len(letters) > 1 and letters.isupper()):  # acronyms: US, SDF, ISIS
        return False
    if len(letters) < len(core.replace("-", "")) and any(c.isdigit() for c in core):
        return False  # "DeirEzzor24", "Step24": a brand that spells a place with digits is no place
    # Every part capitalised or a lowercase article before one ("al-Bab", "ez-Zor"); any other
    # lowercase part makes an adjective ("US-controlled", "Turkish-backed").
    return all(w[0].isupper() or (w in name_rules().articles and k + 1 < len(parts)) for k, w in enumerate(parts)) \
        and any(w[0].isupper() for w in parts)


# "in Zabadani Tuesday", "near Saraqib Feb. 17": a wire story's or an alert's day after a place is no part of its name
_DAY_WORDS = frozenset(w.lower() for w in (*calendar.day_name, *calendar.month_name[1:], *calendar.month_abbr[1:],
                                           "Sept"))
_POSSESSIVE_END = re.compile(r"(?:[’']s|(?<=s)[’'])$")
_POSSESSIVE = re.compile(r"[^\W\d_]{3,}(?:[’']s|(?<=s)[’'])")


def possessive(token: str) -> bool:
    """"Syria's", "Turkey’s", "Homs'": a name that owns the next one ends its run ("Ra’s al-Ain" is a name)."""
    return _POSSESSIVE.fullmatch(token) is not None and token[0].isupper()


def name_runs(p: Passage):
    """(first, last) token ranges of maximal capitalised runs, generic words trimmed off the ends."""
    i, n, written, article = 0, len(p.toks), p.written, words("article")
    name_word = list(map(_is_name_word, written))
    while i < n:
        try:  # to the next name word in one step: most words are none
            i = name_word.index(True, i)
        except ValueError:
            return
        j = i + 1
        while j < n:
            # the word first: most runs end at a word that is no name's, whatever stands before it
            if name_word[j]:
                step = 1
            elif written[j] in p.gaz.inner_articles and j + 1 < n and name_word[j + 1] \
                    and not p.gap(j + 1).strip(" \t"):
                step = 2
            else:
                break
            if p.gap(j).strip(" \t") or possessive(written[j - 1]):
                break
            j += step
        first, last = i, j
        whole = first + (first + 1 < last and p.low[first] in article), last
        # "al-Naim roundabout", "the Al-Naim Roundabout": a city's part named with a word that elsewhere is no name's
        part = next((k for k in (j + 1, j) if k <= n and p.role(k - 1) == "feature"
                     and fold_place_name(p.span(whole[0], k)) in p.gaz.town_parts), 0)
        if part:
            yield whole[0], part
            i = part
            continue
        # "In Homs", "The ...", "Tabqa Dam": words the lists know are not part of a name
        # ... but "Al Bab" keeps its Arabic article
        while first < last and (p.role(first) or p.low[first] in article) and not (
                first + 1 < last and _arabic_article(p.low[first], p.low[first + 1])):
            first += 1
        while last > first and (p.role(last - 1) not in (None, "stop") or p.low[last - 1] in _DAY_WORDS):
            last -= 1
        if (first, last) != whole and fold_place_name(p.span(*whole)) in p.gaz.foreign and not (
                first < last and fold_place_name(p.span(first, last)) in p.gaz.foreign):
            yield whole  # "the Eastern Military Zone": a foreign place named in words that elsewhere are no name's
        elif first < last:
            yield first, last
        i = j


def _arabic_article(word: str, following: str) -> bool:
    """"Al Bab", "An Nabk", "Ash Shaddadi": the Arabic article, whose consonant, where it is not "l", is the one
    that opens the next word (sun-letter assimilation); the "An" of "An Iraqi woman" is English."""
    return word in name_rules().articles and (word[1:] == "l" or following.startswith(word[1:]))


def name_hit(p: Passage, first: int, last: int) -> Hit | None:
    found = _look_up_name(p.gaz, p.span(first, last))
    if found is None:
        return None
    name, kind, places, admin1, foreign = found
    return Hit(first, last, name, kind, places=list(places), admin1=admin1, foreign=foreign)


@lru_cache(maxsize=65536)  # a pure function of the name as written; an archive names the same towns again and again
def _look_up_name(gaz: Gazetteer, name: str) -> tuple[str, str, tuple[Place, ...], str, ForeignPlace | None] | None:
    """(name, kind, gazetteer candidates, governorate, foreign place) of a capitalised run, or None
    when it names nothing."""
    folded = fold_place_name(name)
    if gaz.words.get(name.lower()) == "stop" or len(folded.replace(" ", "")) < 2:  # "M4" folds to "m"
        return None
    owner = _POSSESSIVE_END.sub("", name)  # "Türkiye's": not a Syrian village Turkiyah's
    foreign = gaz.foreign.get(folded) or gaz.foreign.get(fold_place_name(owner))
    if foreign and not any(c.feature_code.startswith(("PPLA", "PPLC", "ADM")) for c in gaz.candidates(owner)):
        return owner, "foreign", (), "", foreign
    if town := gaz.town_parts.get(folded):  # "the Aleppo district of al-Shaar": coded to the city
        return town, "point", tuple(gaz.candidates(town)), "", None
    places = gaz.candidates(name)
    # "Raqqa's countryside"; "Hama's" is the city's, not a village Hamas's
    if owner != name and (not places or gaz.candidates(owner) or gaz.governorate(owner)):
        name, places = owner, gaz.candidates(owner)
    gov = gaz.governorate(name)
    if gov:
        return name, "governorate", tuple(places), gov, None
    return name, "point", tuple(places), "", None
