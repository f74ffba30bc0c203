"""Could two events of two reports be one happening? The within-report assembly's rules
(helpers.extract.assembly: types and sides), with dates and places read as spans and distances,
because two outlets name the same day and the same place in different words.

- Types: the assembly's rule (the same type, or fighting and the shelling that joins it with
  the same actor), tried both ways round since neither report comes first by right.
- Sides: the assembly's rule (one side in common, or a side not named).
- Dates: the spans overlap ("on Tuesday" and "on 13 September" are the same day; a week's
  undated "meanwhile" holds any day of it). Two days stated to the day must be the same day.
- Places: the same name; or two points within SAME_PLACE_KM (one town under two gazetteer
  entries); or within NEAR_KM when one of them is only "near" its town; or a town inside the
  region the other names (same governorate and within AREA_KM of the region's centre, or any
  town of a governorate named as a whole). Different countries are never one place.
- An event with no place at all matches only the same day, type and sides.

The distances, and why: SAME_PLACE_KM = 3 km is less than the distance between any two towns
of one district in the gazetteer's densest areas (4-8 km), so two named towns are
never merged by it. NEAR_KM = 10 km is the radius of "near X", "on the outskirts of X", "X's
countryside" at geo_precision 2. AREA_KM = 60 km is the half-width of the regions reports name
(a governorate's eastern or southern countryside, a stretch of desert, a river bank): a region's
centroid is within it of the towns the region holds.
"""
from __future__ import annotations

import math
from functools import cache, lru_cache

from helpers.extract.assembly import UNNAMED, Mention, types_compatible
from helpers.extract.lexicon import air_arm
from helpers.geo import distance_km
from helpers.geo.geometry import great_circle_km
from helpers.records import Event

SAME_PLACE_KM = 3.0
NEAR_KM = 10.0
AREA_KM = 60.0


@cache  # one per type and acting side: type_families asks of every pair of them
def _mention(event_type: str, actor1: str) -> Mention:
    """An event as the assembly's type rule reads it: its type and its acting side."""
    event = Event("", "", None, None, "", event_type, "", actor1, (), "", (), "", "", None, None, None, "", 0, 0)
    return Mention(event, dated=True, generic=False, frame=-1)


@lru_cache(maxsize=1 << 16)  # (types x lexicon actors) squared at most; 4096 was too few for 10k reports
def _types_of(type_a: str, actor_a: str, type_b: str, actor_b: str) -> bool:
    """The assembly's rule, which reads only the types and the acting sides; asked once per combination."""
    ma, mb = _mention(type_a, actor_a), _mention(type_b, actor_b)
    return types_compatible(ma, mb) or types_compatible(mb, ma)


def type_families(keys) -> dict[tuple[str, str], int]:
    """(event type, actor1) -> a family number: the keys _types_of links, directly or through
    others. It reads nothing else, so events of two families are never one happening, and
    an incident's events are all of one family: linking looks for candidates only there."""
    keys = sorted(set(keys))
    family: dict[tuple[str, str], int] = {}
    for number, first in enumerate(keys):
        if first in family:
            continue
        family[first], todo = number, [first]
        while todo:
            a = todo.pop()
            for b in keys:
                if b not in family and _types_of(*a, *b):
                    family[b] = number
                    todo.append(b)
    return family


# Great-circle distances are within 0.6% of geodesic ones anywhere on earth (within 0.3% in
# Syria): a pair farther apart than a limit by this margin is farther on the ellipsoid too, and
# a pair nearer than the limit by it is nearer too.
MARGIN = 1.01


@lru_cache(maxsize=1 << 18)
def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """The geodesic distance where a rule may accept it; farther than any rule allows, the great
    circle's (a hundred times quicker). Reports name the same towns again and again, so each
    pair is measured once."""
    rough = great_circle_km(a, b)
    return rough if rough > AREA_KM * MARGIN else distance_km(a, b)


class Telling:
    """An event as the rules below read it, worked out once per event: linking asks the rules
    about hundreds of thousands of pairs, and each pair then reads fields rather than working
    out an event's sides, span and kind of place again."""
    __slots__ = ("event", "report_id", "event_type", "actor1", "sides", "named_sides", "dated", "start", "end",
                 "day", "located", "name", "country", "point", "admin1", "governorate", "area", "near")

    def __init__(self, e: Event):
        self.event = e
        self.report_id, self.event_type, self.actor1 = e.report_id, e.event_type, e.actor1
        # a state's forces and its air arm are one side, a side's helpers on it (helpers.extract.assembly.sides_compatible)
        self.sides = frozenset({air_arm(x) for x in (e.actor1, e.actor2, *e.assoc_actor1, *e.assoc_actor2)} - {"", UNNAMED})
        self.named_sides = frozenset({e.actor1, e.actor2} - {""})  # as written: events with no place
        self.dated = e.date_start is not None and e.date_end is not None
        self.start, self.end = e.date_start, e.date_end
        self.day = e.date_precision == "day"
        self.located = bool(e.location)
        self.name = e.location.casefold()
        self.country, self.admin1 = e.country, e.admin1
        self.point = None if e.latitude is None or e.longitude is None else (e.latitude, e.longitude)
        self.governorate = bool(e.admin1) and e.location == e.admin1
        # a region, or a place named like its governorate: matched to a point within AREA_KM
        self.area = e.geo_precision == 3 or self.governorate
        self.near = e.geo_precision == 2


def _dates(a: Telling, b: Telling) -> bool:
    if not (a.dated and b.dated):
        return False
    if a.day and b.day:
        return a.start == b.start
    return a.start <= b.end and b.start <= a.end


_SAME_NAME = ()  # the rule of two places of one name: 0 km whatever the coordinates
_ANY_DISTANCE = math.inf  # a governorate named as a whole holds any town of it


def _place_rule(a: Telling, b: Telling) -> tuple | None:
    """Which rule could make two events' places one: None when none can; _SAME_NAME; or the two
    points (ordered as sorted() orders them, for _km's cache) and the farthest they may be apart.
    Each rule is read before any distance is measured, so that only pairs a rule can accept cost
    a measure."""
    if a.country != b.country or not a.located or not b.located:
        return None
    if a.name == b.name:
        return _SAME_NAME
    if a.point is None or b.point is None:
        return None
    points = (b.point, a.point) if b.point < a.point else (a.point, b.point)
    if a.area or b.area:
        area, other = (a, b) if a.area else (b, a)
        if other.area:
            return None  # two differently named regions: reports that disagree on where, not one place
        if area.governorate:
            return (points, _ANY_DISTANCE) if area.admin1 == other.admin1 else None
        if area.admin1 not in ("", other.admin1):
            return None
        return points, AREA_KM
    return points, NEAR_KM if a.near or b.near else SAME_PLACE_KM


def distance_between(a: Telling, b: Telling) -> float | None:
    """How far apart two events' places are, in km, when they can be the same place; else None.
    The same name is 0 km whatever the coordinates."""
    rule = _place_rule(a, b)
    if rule is None:
        return None
    if rule is _SAME_NAME:
        return 0.0
    points, limit = rule
    if limit == _ANY_DISTANCE:
        return _km(*points)
    if great_circle_km(*points) > limit * MARGIN:
        return None
    km = _km(*points)
    return km if km <= limit else None


def distance_bounds(a: Telling, b: Telling) -> tuple[float, float] | None:
    """Bounds on distance_between(a, b), from the great circle alone, for two events told_together
    joins (so that a rule with a limit accepted them): None where it gives None, the very number
    where it needs no geodesic, else the great circle's within MARGIN either way."""
    rule = _place_rule(a, b)
    if rule is None:
        return None
    if rule is _SAME_NAME:
        return 0.0, 0.0
    points, limit = rule
    rough = great_circle_km(*points)
    if limit == _ANY_DISTANCE and rough > AREA_KM * MARGIN:
        return rough, rough  # what _km gives there
    return rough / MARGIN, rough * MARGIN


def one_place(a: Telling, b: Telling) -> bool:
    """distance_between(a, b) is not None, with the geodesic measured only where the great circle
    cannot settle it: within MARGIN of the limit on either side (a hundredth of the pairs)."""
    rule = _place_rule(a, b)
    if rule is None:
        return False
    if rule is _SAME_NAME:
        return True
    points, limit = rule
    if limit == _ANY_DISTANCE:
        return True
    rough = great_circle_km(*points)
    if rough > limit * MARGIN:
        return False
    if rough * MARGIN <= limit:  # the geodesic is within 0.6 % of it: within the limit too
        return True
    return _km(*points) <= limit


def told_together(a: Telling, b: Telling) -> bool:
    """Could the events told by a and b, from two different reports, be one happening? The rules
    are read cheapest and most often decisive first: on a large archive most pairs differ in sides."""
    if a.report_id == b.report_id:
        return False
    if not (a.located and b.located):  # no place at all: only the same day, type and sides
        return (a.day and b.day and a.dated and b.dated and a.start == b.start and a.event_type == b.event_type
                and bool(a.named_sides) and a.named_sides == b.named_sides)
    if a.sides and b.sides and a.sides.isdisjoint(b.sides):  # helpers.extract.assembly.sides_compatible
        return False
    return (_types_of(a.event_type, a.actor1, b.event_type, b.actor1) and _dates(a, b)
            and one_place(a, b))


def same_happening(a: Event, b: Event) -> bool:
    """Could events a and b, from two different reports, tell one happening?"""
    return told_together(Telling(a), Telling(b))
