"""The people a sentence counts (codebook section 6): each number phrase with the people it counts ("at least
20 soldiers", "a woman and her two children", "put the toll at 11 SNA fighters"), and the casualty word when the
phrase itself names one ("the death toll at 12"). Who they were and what happened to them is claims.py's job.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from helpers.extract.clauses import says
from helpers.extract.dates import is_year_of_date
from helpers.extract.lexicon import (alternation, casualty_words, claim_pattern, lookup, named_pattern, triggers,
                                      victim_nouns, words, zero_phrases)
from helpers.extract.quantities import find_quantities
from helpers.records import Quantity, Sentence


@dataclass(frozen=True)
class PeopleCount:
    quantity: Quantity
    start: int  # the whole noun phrase, number included
    end: int
    noun: str  # "" when the number counts casualties directly ("8 casualties among civilians")
    possessive: bool  # "two of its fighters": the speaker's own people
    category: str = ""  # set when the number counts casualties directly


@cache
def _noun_regex() -> re.Pattern:
    """The noun a count counts, past up to three words before it, a name in quotes among them
    ('at least 19 "Daesh" militants')."""
    nouns = sorted(victim_nouns(), key=len, reverse=True)
    return re.compile(r"[\"”]?\s+(?:of\s+)?(?:(?P<det>the|its|their|our|his|her)\s+)?[\"“]?(?P<mods>(?:[\w'’/.-]+[\"”]?\s+){0,3}?)(?P<noun>" +
                      "|".join(map(re.escape, nouns)) + r")(?![\w-])", re.I)


def _breaks_phrase(mods: str) -> bool:
    """A verb or preposition among the words between a number and its noun ("5 were killed in shelling on soldiers"),
    but for "and" before a word for allies ("19 HTS and allied fighters": an acronym is no verb either)."""
    mods_words = mods.split()
    return any(w.lower() in words("count_stop") and not w.isupper()
               and not (k + 1 < len(mods_words) and mods_words[k + 1].lower() in words("ally_modifier"))
               for k, w in enumerate(mods_words))


# What stands between the words of a count, compiled once rather than at every number
_SPACE = re.compile(r"\s+")
_NEXT_WORD = re.compile(r"\s+([\w-]+)")  # the word after a counted noun ("a civilian car")
_COMMA = re.compile(r"\s*,\s*")
_AND = re.compile(r"\s*and\s*(?:(?:his|her|their)\s+)?")  # "a woman and her two daughters": the subset goes on
_SPACED_AND = re.compile(r"\s+and\s+")
_AGE_LIST = re.compile(r"\s*(?:,|and|or|to)\s*")  # "aged six and nine"


_BARE_END = re.compile(r"\s*(?:[,;.)]|$)")  # a number that ends its phrase: no noun, no "days", no "times"
_CLOSING_QUOTES = "\"”’'"


def people_counts(text: str, sentence: Sentence, denial: bool) -> list[PeopleCount]:
    counts = []
    noun_regex = _noun_regex()
    table, casualty = casualty_words()
    zero = zero_phrases()[0]
    skipped: list[int] = []  # ends of counts that only say who the people counted before were
    tolls: list[PeopleCount] = []  # counts a toll's words name ("put the toll at 11 SNA fighters")
    crowds: list[PeopleCount] = []  # the sizes of crowds that gathered, who are no count of people harmed
    quantities = find_quantities(text, sentence.start, sentence.end)
    quantities = _without_ages(text, sentence, quantities)
    for q in quantities:
        word = q.phrase.lower()
        if " ".join(word.split()) in zero:  # claimed below, with the category the phrase names
            continue
        direct = _SPACE.match(text, q.end)
        direct = casualty.match(text, direct.end()) if direct else None
        if direct and word not in ("a", "an", "no", "any"):
            counts.append(PeopleCount(q, q.start, direct.end(), "", False, lookup(table, direct.group())))
            continue
        toll = named_pattern("toll").search(text, sentence.start, q.start)
        if toll:  # "the death toll at 12": killed; "the number of injured at four": injured
            harm = casualty.search(toll.group())
            # "the number of ISIS militants killed in the clashes at 17": the people counted are named in it;
            # "put the toll at 11 SNA fighters": after it
            named = noun_regex.match(text, q.end, sentence.end)
            start = toll.start() if harm else q.start
            counts.append(PeopleCount(q, start, named.end() if named else q.end, named.group("noun").lower() if named
                                      else "", False, lookup(table, harm.group()) if harm else "killed"))
            tolls.append(counts[-1])
            continue
        m = noun_regex.match(text, q.end + (text[q.end:q.end + 1] in _CLOSING_QUOTES), sentence.end)  # '"dozens" of them'
        # "two IS militants": an acronym is no verb
        if m and (_breaks_phrase(m.group("mods")) or any(
                m.group("mods")[h.end():].strip() for h in casualty.finditer(m.group("mods")))):
            # a verb or preposition between number and noun ("a shell killed a child", not "two wounded soldiers"):
            # not one noun phrase
            m = None
        if m is None:
            elided = named_pattern("elided_count").match(text, q.end, sentence.end)
            # "Two men were killed and a third was wounded"; alone, not an article: "Dozens more were wounded"
            if elided and (counts or word not in ("a", "an", "one")) and casualty.match(text, elided.end()):
                counts.append(PeopleCount(q, q.start, elided.end(), "others" if counts else "", False))
            harm = [h for h in casualty.finditer(text, counts[-1].end if counts else sentence.start, q.start)
                    if not text[h.end():q.start].strip()]
            # "killing two soldiers and wounding three"; a number alone after the harm ("killing 11, state media said",
            # "killing three and abducting two others")
            and_harm = _SPACED_AND.match(text, q.end)
            bare = _BARE_END.match(text, q.end) or (and_harm and casualty.match(text, and_harm.end()))
            if harm and word not in ("a", "an", "no", "any") and (counts or bare):
                counts.append(PeopleCount(q, q.start, q.end, counts[-1].noun if counts else "", False,
                                          lookup(table, harm[-1].group())))
            continue
        noun = m.group("noun").lower()
        if word in ("a", "an") and (noun.endswith("s") or noun in words("plural_only")):
            continue
        after = _NEXT_WORD.match(text, m.end(), sentence.end)
        if after and after.group(1).lower() in words("thing"):
            continue  # "targeted a civilian car"
        if says(text, m.end(), sentence.end) or _cited(text, sentence, q.start) \
                or named_pattern("inverted_speaker").search(text, max(sentence.start, q.start - 14), q.start):
            # "..., two residents said", "per an SDF field commander", '..." said an activist': who told it
            continue
        if words("pronoun_count") & {noun} and not _harm_next_to(text, q.start, m.end(), sentence, casualty):
            continue  # "killing two of them", "seven of them were arrested" count; "one of them hit a post" does not
        # "Five children were among the dead" (but "eight civilians were among the dead" is the civilians' own count)
        among_dead = noun not in words("side_people") and named_pattern("subset_after").match(text, m.end(), sentence.end)
        if named_pattern("subset").search(text[max(sentence.start, q.start - 30):q.start]) or among_dead or (
                counts and (word in ("a", "an") or counts[-1].noun in words("plural_only"))
                and _COMMA.fullmatch(text, counts[-1].end, q.start)) or (
                skipped and _AND.fullmatch(text, skipped[-1], q.start)):
            # "two civilians, a woman and a child, were killed", "three people, two patients and a nurse",
            # "five, including two children": who the counted people were, not more people
            skipped.append(m.end())
            continue
        if word == "any" and not denial:
            continue
        # an organisation's own people: "two of its fighters", "eight of the group's fighters", and a speaker's
        # ("we lost three of our fighters," an SDF commander said)
        det, mods = (m.group("det") or "").lower(), m.group("mods").lower().split()
        possessive = det in ("its", "their", "our") or \
            det == "the" and bool(mods) and mods[0] in words("own_organisation")
        joined = counts and _SPACED_AND.fullmatch(text, counts[-1].end, q.start)
        single_after_single = joined and word in ("a", "an") and counts[-1].quantity.phrase.lower() in ("a", "an")
        civilians_listed = joined and victim_nouns().get(noun) == victim_nouns().get(counts[-1].noun) == "civilians"
        if counts and (_kin(text, counts[-1], q.start) or single_after_single or civilians_listed):
            # "a woman and her two children": one count of 3; "a woman and a child": of 2; "two nurses and a
            # patient": of 3
            counts[-1] = _joined(text, counts[-1], q.low, q.high, m.end())
            continue
        # "pulled two bodies from the rubble": a count of the dead is a death toll; so is one a toll's count
        # runs on to ("the toll at 11 SNA fighters and four SDF fighters")
        dead = "killed" if victim_nouns().get(noun) == "dead" else counts[-1].category if joined and \
            counts[-1] in tolls else ""
        counts.append(PeopleCount(q, q.start, m.end(), noun, possessive, dead))
        if _gathered(text, m.end(), sentence.end):
            # "hundreds of people demonstrated": a crowd's size, no one harmed; what a number after it counts
            # ("opened fire on hundreds of protesters who took to the streets, killing three") is of that crowd
            crowds.append(counts[-1])
            continue
        kin = _KIN.match(text, m.end(), sentence.end)
        single = noun_regex.match(text, kin.end() - 1, sentence.end) if kin else None
        if single and not any(kin.end() <= other.start < single.end() for other in quantities) \
                and not single.group("noun").lower().endswith(("s", "ren", "men")):  # "a man and his daughter": 2
            counts[-1] = _joined(text, counts[-1], 1, 1, single.end())
    counts, kin = _kin_harmed(text, sentence, [c for c in counts if c not in crowds], table, casualty)
    return sorted(counts + kin, key=lambda c: c.start)


_TO_VERB_REACH = 6  # words from a counted noun to the crowd's verb ("of the town of Hajin took to the streets")


def _gathered(text: str, start: int, end: int) -> bool:
    """Do the counted people gather, march or protest (a crowd's word, triggers.csv, as their verb), right after
    their noun or a place they come from ("Dozens of residents of the town of Hajin took to the streets")? A
    protest named ("arrested many participants of the protests") is no verb of theirs."""
    table, pattern = triggers()
    at, named = start, False
    for _ in range(_TO_VERB_REACH):
        found = pattern.match(text, at + 1, end) if text[at:at + 1].isspace() else None
        if found and (t := lookup(table, found.group())).event_type in ("Protests", "Riots") and t.kind == "standalone":
            return not named
        word = _NEXT_WORD.match(text, at, end)
        if word is None:
            return False
        named, at = word.group(1).lower() in words("article"), word.end()
    return False


@cache
def _kin_regex() -> re.Pattern:
    """A narrator's or a victim's own people named one by one ("my cousin Hamza", "his son"): a possessive and a
    word for one person (function_words.csv)."""
    return re.compile(rf"\b(?:{alternation('person_possessive')})\s+(?:[\w-]+\s+)?(?P<noun>{alternation('one_person')})"
                      r"(?![\w-])(?:\s+(?-i:[A-Z][\w'’-]+))?", re.I)


_HARMED_AFTER = re.compile(r"\s*(?:(?:was|had\s+been|has\s+been)\s+)?")


def _kin_harmed(text: str, sentence: Sentence, counts: list[PeopleCount], table: dict[str, str],
                casualty: re.Pattern) -> tuple[list[PeopleCount], list[PeopleCount]]:
    """One person a harm word names by kin or trade with a possessive, and no number: "killed my cousin Hamza",
    "my brother was killed", "shot my brother dead" each count one; "killing his wife and two children", three.
    (the counts, the one listed with its person joined; the new counts)"""
    counts, found = list(counts), []
    for m in _kin_regex().finditer(text, sentence.start, sentence.end):
        listed = next((c for c in counts if _SPACED_AND.fullmatch(text, m.end(), c.start)), None)
        if any(c.start < m.end() and m.start() < c.end for c in counts):
            continue
        harm_after = casualty.match(text, _HARMED_AFTER.match(text, m.end()).end())
        harm_before = next((h for h in casualty.finditer(text, max(sentence.start, m.start() - 30), m.start())
                            if not text[h.end():m.start()].strip()), None)
        harm = harm_after or harm_before
        if harm is None:
            continue
        one = Quantity(m.start(), m.end(), m.group(), 1, 1)
        if listed is not None:  # the person, with the count listed after "and" added
            counts[counts.index(listed)] = _joined(text, replace(listed, quantity=one, start=m.start()),
                                                   listed.quantity.low, listed.quantity.high, listed.end)
        else:
            found.append(PeopleCount(one, m.start(), m.end(), m.group("noun").lower(), False,
                                     lookup(table, harm.group())))
    return counts, found


def _without_ages(text: str, sentence: Sentence, quantities: list[Quantity]) -> list[Quantity]:
    """"a brother and sister aged six and nine", "boys aged between 11 and 14": ages count no one;
    nor does a date's year ("in April 2016 deaths rose"), nor the one family counted people are of ("three members
    of one family")."""
    kept, age_end = [], -1
    for q in quantities:
        if is_year_of_date(text, q.start, q.phrase) or _of_one_family(text, sentence, q):
            continue
        if named_pattern("age").search(text, max(sentence.start, q.start - 12), q.start) or (
                age_end >= 0 and _AGE_LIST.fullmatch(text, age_end, q.start)):
            age_end = q.end
        else:
            kept.append(q)
    return kept


_FAMILY_REACH = 12  # characters around a count that "of one family" spans: "of ", " family"


def _of_one_family(text: str, sentence: Sentence, q: Quantity) -> bool:
    """"three members of one family": the family the people counted are of, no count of its own."""
    found = named_pattern("one_family").search(text, max(sentence.start, q.start - _FAMILY_REACH),
                                               min(sentence.end, q.end + _FAMILY_REACH))
    return found is not None and found.start("count") == q.start


def _cited(text: str, sentence: Sentence, start: int) -> bool:
    """Does an attribution ("according to", "per an") end at the count, or hold its article?"""
    return any(m.start() < start and not text[m.end():start].strip() or m.start() < start < m.end()
               for m in claim_pattern("attribution").finditer(text, max(sentence.start, start - 20), start + 3))


def _harm_next_to(text: str, start: int, end: int, sentence: Sentence, casualty: re.Pattern) -> bool:
    """Is a harm word right before the count or right after its noun phrase ("were arrested")?"""
    elided = named_pattern("elided_count").match(text, end, sentence.end)
    if elided is not None and casualty.match(text, elided.end()):
        return True
    return any(not text[m.end():start].strip() for m in casualty.finditer(text, max(sentence.start, start - 40), start))


# "a man and his daughter", "a woman and her two children": a family counted together
_KIN = re.compile(r"\s+and\s+(?:his|her|their)\s", re.I)


def _kin(text: str, before: PeopleCount, start: int) -> bool:
    kin = _KIN.match(text, before.end)
    return kin is not None and kin.end() == start


def _joined(text: str, count: PeopleCount, low: int | None, high: int | None, end: int) -> PeopleCount:
    q = count.quantity
    total = Quantity(q.start, end, text[q.start:end], None if q.low is None or low is None else q.low + low,
                     None if q.high is None or high is None else q.high + high)
    return replace(count, quantity=total, end=end)
