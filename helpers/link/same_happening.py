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

from functools import lru_cache

from helpers.extract.assembly import Mention, sides_compatible, types_compatible
from helpers.geo import distance_km
from helpers.geo.geometry import great_circle_km
from helpers.records import Event

SAME_PLACE_KM = 3.0
NEAR_KM = 10.0
AREA_KM = 60.0


def _types(a: Event, b: Event) -> bool:
    return _types_of(a.event_type, a.actor1, b.event_type, b.actor1)


@lru_cache(maxsize=1 << 16)  # (types x lexicon actors) squared at most; 4096 was too few for 10k reports
def _types_of(type_a: str, actor_a: str, type_b: str, actor_b: str) -> bool:
    """The assembly's rule, which reads only the types and the acting sides; asked once per combination."""
    def mention(event_type: str, actor1: str) -> Mention:
        event = Event("", "", None, None, "", event_type, "", actor1, (), "", (), "", "", None, None, None, "", 0, 0)
        return Mention(event, dated=True, generic=False, frame=-1)
    ma, mb = mention(type_a, actor_a), mention(type_b, actor_b)
    return types_compatible(ma, mb) or types_compatible(mb, ma)


def type_families(keys) -> dict[tuple[str, str], int]:
    """(event type, actor1) -> a family number: the keys _types links, directly or through
    others. _types reads nothing else, so events of two families are never one happening, and
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
# Syria): a pair farther apart than a limit by this margin is farther on the ellipsoid too.
_MARGIN = 1.01


@lru_cache(maxsize=1 << 18)
def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """The geodesic distance where a rule may accept it; farther than any rule allows, the great
    circle's (a hundred times quicker). Reports name the same towns again and again, so each
    pair is measured once."""
    rough = great_circle_km(a, b)
    return rough if rough > AREA_KM * _MARGIN else distance_km(a, b)


def _dates(a: Event, b: Event) -> bool:
    if None in (a.date_start, a.date_end, b.date_start, b.date_end):
        return False
    if a.date_precision == "day" and b.date_precision == "day":
        return a.date_start == b.date_start
    return a.date_start <= b.date_end and b.date_start <= a.date_end


def _governorate(e: Event) -> bool:
    return bool(e.admin1) and e.location == e.admin1


def is_area(e: Event) -> bool:
    """A region, or a place named like its governorate: matched to a point within AREA_KM."""
    return e.geo_precision == 3 or _governorate(e)


def place_distance(a: Event, b: Event) -> float | None:
    """How far apart two events' places are, in km, when they can be the same place; else None.
    The same name is 0 km whatever the coordinates."""
    if a.country != b.country or not a.location or not b.location:
        return None
    if a.location.casefold() == b.location.casefold():
        return 0.0
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return None
    # Each rule is read before the distance is measured, so that only pairs a rule can accept
    # cost a measure.
    points = sorted([(a.latitude, a.longitude), (b.latitude, b.longitude)])
    if is_area(a) or is_area(b):
        area, other = (a, b) if is_area(a) else (b, a)
        if is_area(other):
            return None  # two differently named regions: reports that disagree on where, not one place
        if _governorate(area):
            return _km(*points) if area.admin1 == other.admin1 else None
        if area.admin1 not in ("", other.admin1):
            return None
        km = _km(*points)
        return km if km <= AREA_KM else None
    near = 2 in (a.geo_precision, b.geo_precision)
    if great_circle_km(*points) > (NEAR_KM if near else SAME_PLACE_KM) * _MARGIN:
        return None
    km = _km(*points)
    if km <= SAME_PLACE_KM or (km <= NEAR_KM and near):
        return km
    return None


def same_happening(a: Event, b: Event) -> bool:
    """Could events a and b, from two different reports, tell one happening?"""
    if a.report_id == b.report_id or not (_types(a, b) and _dates(a, b)):
        return False
    if not a.location or not b.location:
        sides_a, sides_b = {a.actor1, a.actor2} - {""}, {b.actor1, b.actor2} - {""}
        return (a.date_precision == b.date_precision == "day" and a.event_type == b.event_type
                and bool(sides_a) and sides_a == sides_b)
    return sides_compatible(a, b) and place_distance(a, b) is not None
