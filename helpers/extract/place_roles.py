"""Which of a sentence's places are where its event happened: not an actor's or a source's name, a person's,
a month's, a city that speaks for its government, nor where a source sits, where fire came from or people went,
nor a place that only names an event already told (data/lexicon/patterns.csv)."""
from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from helpers.extract.dates import is_month_after_day
from helpers.extract.discourse import seat_of_source, speaks_from
from helpers.extract.lexicon import country_adjectives, named_pattern, sources_named
from helpers.extract.places import find_places
from helpers.records import ActorMention, DateSpan, PlaceMention, Sentence, replace

if TYPE_CHECKING:  # mentions.py, which holds TriggerHit, reads its places from here
    from helpers.extract.mentions import TriggerHit


_GLOSS = re.compile(r"\s*\([^()]*\)")


def _glosses(text: str, actors: tuple[ActorMention, ...], end: int) -> list[tuple[int, int]]:
    """"HTS (formerly Al-Nusra Front, a group banned in Russia)": brackets right after an actor's
    name describe the actor; the places they name are not where anything happened."""
    return [m.span() for a in actors if (m := _GLOSS.match(text, a.end, end))]


_NAMING_REACH = 60  # characters before a name where words can make it a person's ("who gave his name only as")


def sentence_places(text: str, sentence: Sentence, actors: tuple[ActorMention, ...], dates: tuple[DateSpan, ...],
                    triggers: tuple[TriggerHit, ...]) -> tuple[PlaceMention, ...]:
    """The places the sentence names (places.py), those a source sits at or something comes from marked so, and
    those that name an event already told ("The day after the Atarib raid, ...")."""
    # an actor's or a source's name is no place ("SANA's reporter" is not the village of Sana), nor where a
    # source sits an event's place (data/lexicon/patterns.csv: seat_of_source, origin)
    # nor is a date's month ("ISIS 8 Nov ambushed ..." is not the village of Nov)
    named = [(a.start, a.end) for a in actors] + [
        m.span() for m in sources_named(text, sentence.start, sentence.end)] + _glosses(
        text, actors, sentence.end) + [(d.start, d.end) for d in dates]
    found = [p for p in find_places(text, sentence.start, sentence.end, exclude=named)
             if not named_pattern("person_named").search(text, max(sentence.start, p.start - _NAMING_REACH), p.start)
             and not named_pattern("government_by").search(text, max(sentence.start, p.start - _NAMING_REACH), p.start)
             and not named_pattern("person_apposition").match(text, p.end)
             and not named_pattern("told_to").search(text, max(sentence.start, p.start - _NAMING_REACH), p.start)
             and not _credit(text, sentence, p)
             and not is_month_after_day(text, p.start, p.surface)
             and not _government_subject(text, sentence, p)]
    # a bundle item's dateline city is where it was filed; "Activists in the town, which lies on the main highway
    # between Damascus and Aleppo, said": what a relative clause says of where a town lies locates it
    dateline = named_pattern("item_dateline").match(text, sentence.start, sentence.end)
    marked = [replace(p, relation="source") if dateline and p.end <= dateline.end()
              else replace(p, relation="described") if named_pattern("place_description").search(text, sentence.start, p.start)
              else replace(p, relation="origin") if named_pattern("origin").search(text, sentence.start, p.start)
              and not _near_the_origin(text, sentence, p)
              else replace(p, relation="destination") if named_pattern("destination").search(text, sentence.start, p.start)
              else replace(p, relation="source") if seat_of_source(text, sentence, p) or speaks_from(text, sentence, p)
              else replace(p, relation="anchor") if any(_names_event_told(text, sentence, p, t) for t in triggers)
              else p for p in found]
    for k in range(1, len(marked)):  # "analysts in Athens and Brussels": the places listed with one share its role
        before, place = marked[k - 1], marked[k]
        if before.relation in _SHARED_ROLES and place.relation not in _SHARED_ROLES and \
                _LISTED_NEXT.fullmatch(text, before.end, place.start):
            marked[k] = replace(place, relation=before.relation)
    return _one_name_each(text, tuple(marked))


@cache
def _from_a_country_near() -> re.Pattern:
    """"crossed from Syria near ...": a country named as where people came from, then a place that locates them."""
    countries = "|".join(map(re.escape, sorted(country_adjectives(), key=len, reverse=True)))
    return re.compile(rf"\bfrom\s+(?:{countries})\s*,?\s*(?:near|outside|close\s+to|at)\s+(?:the\s+)?"
                      rf"(?:[\w'’-]+\s+){{0,2}}$")


def _near_the_origin(text: str, sentence: Sentence, place: PlaceMention) -> bool:
    """"suspects who had crossed from Syria near al-Qaim": they came from Syria; the place that follows, "near
    al-Qaim", is where they were."""
    return _from_a_country_near().search(text, sentence.start, place.start) is not None


_SHARED_ROLES = ("origin", "destination", "source", "anchor", "described")  # the places listed with one share these
NOT_WHERE_IT_HAPPENED = ("between", "away", *_SHARED_ROLES)  # the relations of a place no event is placed at
_LISTED_NEXT = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)(?:in\s+|near\s+)?")  # "Arsal, in Lebanon"


_CLOSING_BRACKET = re.compile(r"\s*\)\W*$")


def _credit(text: str, sentence: Sentence, place: PlaceMention) -> bool:
    """"..., SANA reported (Al Jazeera).": a digest's credit in brackets after the source names an outlet."""
    return _CLOSING_BRACKET.match(text, place.end, sentence.end) is not None and named_pattern(
        "credit_bracket").search(text, max(sentence.start, place.start - _NAMING_REACH), place.start) is not None


def _government_subject(text: str, sentence: Sentence, place: PlaceMention) -> bool:
    """"Moscow says its jets strike only terrorists", "the losses Damascus has suffered": a city that speaks or
    wants is its government; not one that locates what comes before it ("the Nusra Front in Lebanon claimed")."""
    return named_pattern("government_verb").match(text, place.end) is not None and \
        _LOCATIVE_BEFORE.search(text, max(sentence.start, place.start - 12), place.start) is None


_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|from|of|to|into|on|around|outside|inside)\s+(?:the\s+)?$", re.I)


def _names_event_told(text: str, sentence: Sentence, place: PlaceMention, hit: TriggerHit) -> bool:
    """"The day after the Atarib raid": the place names an event already told, not where this one happened."""
    if hit.start < place.end or text[place.end:hit.start].strip():
        return False
    anchor = named_pattern("named_event_anchor").search(text, sentence.start, hit.start)
    return anchor is not None and anchor.start() <= place.start


_OPEN_BRACKET = re.compile(r"\s*\(\s*")


def _one_name_each(text: str, places: tuple[PlaceMention, ...]) -> tuple[PlaceMention, ...]:
    """"Dêrik (al-Malikiyah)", "Qamishlo (Qamishli)", "Kobani (Kobanê)": a place's other name in brackets is the
    same place, kept once: the name the gazetteer knows, else the one in plain letters, else the bracketed one,
    with what the words before the first name said of it ("near the town of")."""
    kept = list(places)
    for k, (p, q) in enumerate(zip(places, places[1:])):
        # (not "al-Suqaylabiyah (Hama province)"; a road's end, "between Kobani (Kobanê) and ...", is left to its route)
        if not (_OPEN_BRACKET.fullmatch(text, p.end, q.start) and text.startswith(")", q.end)
                and p.country == q.country and p.kind == q.kind == "point" and p.relation != "between"):
            continue
        if (p.latitude is None) != (q.latitude is None):
            first = p.latitude is not None
        else:
            first = p.location.isascii() and not q.location.isascii()
        kept[k], kept[k + 1] = (p, None) if first else (None, replace(
            q, relation=p.relation, geo_precision=max(p.geo_precision, q.geo_precision)))
    return tuple(p for p in kept if p is not None)
