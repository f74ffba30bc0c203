"""Where linking looks for the incidents an event could join: an index of the incidents opened so
far by type family, place cell and day, so that linking stays near linear in events.

An incident is filed under every cell and day of each of its events; an event looks in the cells
that hold every incident the rules (helpers.link.same_happening) could let it join, in the days
of its span: the place's name; the cells of a grid of quarter degrees within the 10 km the rules
allow two points, and of whole degrees within the 60 km they allow a point and a region (a
region that names its governorate looks only at that governorate's points); the governorate for
events placed only at a governorate; the day for events with no place. Types of
two families (helpers.link.same_happening.type_families) are never one happening, so each family
has cells of its own. What the index returns is only a shortlist: the rules decide.
"""
from __future__ import annotations

import math

from geopy.distance import EARTH_RADIUS

from helpers.link.same_happening import AREA_KM, MARGIN, NEAR_KM, Telling

STRETCH_DAYS = 7  # the index's unit of time: most spans are a day or a week
ANY_GOVERNORATE = None  # a point's cell that regions with no governorate look in
# how far apart, by the great circle, places a rule may join can be (helpers.link.same_happening)
_POINTS_KM, _AREA_KM = NEAR_KM * MARGIN, AREA_KM * MARGIN


# Rounding in grid_cells_within's bounds is far smaller than this: a cell is never missed for it.
_GRID_SLACK = 1.001


def grid_cells_within(point: tuple[float, float], km: float, per_degree: int) -> list[tuple[int, int]]:
    """The cells (floor(lat * per_degree), floor(lon * per_degree)) of a grid that hold every point
    within `km` of `point` by great_circle_km (helpers.geo.geometry), at any latitude. A great
    circle's angle is never less than its difference in latitude, and by the haversine formula
    sin(its difference in longitude / 2) * cos(the latitude farther from the equator) is never more
    than sin(its angle / 2): the two bound the rows and columns to look in."""
    lat, lon = point
    angle = km / EARTH_RADIUS * _GRID_SLACK  # radians
    dlat = math.degrees(angle)
    polar = math.radians(min(abs(lat) + dlat, 90.0))
    ratio = math.sin(angle / 2) / math.cos(polar) if math.cos(polar) > 0 else 2.0
    dlon = 180.0 if ratio >= 1 else math.degrees(2 * math.asin(ratio)) * _GRID_SLACK
    rows = range(math.floor((lat - dlat) * per_degree), math.floor((lat + dlat) * per_degree) + 1)
    columns = range(math.floor((lon - dlon) * per_degree), math.floor((lon + dlon) * per_degree) + 1)
    return [(row, column) for row in rows for column in columns]


def cells_filed(t: Telling, family: int) -> list[tuple]:
    """The place cells an event's incident is filed under."""
    if not t.located:
        return [(family, "unplaced")]
    keys = [(family, "name", t.name)]
    if t.admin1:
        keys.append((family, "admin1", t.admin1))
        if t.governorate:
            keys.append((family, "governorate", t.admin1))
    if t.point is not None:
        if t.area:  # under every cell of a point it may join
            keys += [(family, "area", t.admin1, *cell) for cell in grid_cells_within(t.point, _AREA_KM, 1)]
        else:
            lat, lon = math.floor(t.point[0]), math.floor(t.point[1])
            keys += [(family, "point", t.admin1, lat, lon), (family, "point", ANY_GOVERNORATE, lat, lon),
                     (family, "near", math.floor(t.point[0] * 4), math.floor(t.point[1] * 4))]
    if t.day:
        keys.append((family, "placed"))
    return keys


def cells_looked_up(t: Telling, family: int) -> list[tuple]:
    """The place cells that hold every incident the event could join."""
    if not t.located:
        return [(family, "placed"), (family, "unplaced")]
    keys = [(family, "name", t.name), (family, "unplaced")]
    if t.admin1:
        keys.append((family, "admin1" if t.governorate else "governorate", t.admin1))
    if t.point is not None:
        # Two regions are one place only by name; a region and a point within 60 km and of the
        # region's governorate, if it names one (a region is filed under every cell of a point
        # it may join); two points within 10 km.
        if t.area:
            governorate = t.admin1 or ANY_GOVERNORATE
            keys += [(family, "point", governorate, *cell) for cell in grid_cells_within(t.point, _AREA_KM, 1)]
        else:
            lat, lon = math.floor(t.point[0]), math.floor(t.point[1])
            keys.append((family, "area", t.admin1, lat, lon))
            if t.admin1:
                keys.append((family, "area", "", lat, lon))
            keys += [(family, "near", *cell) for cell in grid_cells_within(t.point, _POINTS_KM, 4)]
    return keys


class CandidateIndex:
    """(family, place cell) -> stretch of days -> the spans filed there and their incidents. A
    span is filed under each stretch it touches (a day's telling under one, a week's under one or
    two), and an event looks in the stretches its own span touches and keeps the incidents whose
    span overlaps its own: far fewer look-ups than one per cell and day, the same incidents.
    Reports name the same places again and again: each place's cells are worked out once, and kept
    as the cells' own tables of stretches, so that an event hashes no cell's key again."""

    def __init__(self) -> None:
        self._cells: dict[tuple, dict[int, list[tuple[int, int, object]]]] = {}
        self._filed: dict[tuple, list[dict]] = {}
        self._looked_up: dict[tuple, list[dict]] = {}

    def _stretches_of(self, cells: list[tuple]) -> list[dict]:
        """Each cell's table of stretches, made empty where nothing is filed yet: filing later fills
        the very table a look-up keeps."""
        return [self._cells.setdefault(cell, {}) for cell in cells]

    def candidates(self, t: Telling, family: int) -> set:
        first, last = t.start.toordinal(), t.end.toordinal()
        stretches = range(first // STRETCH_DAYS, last // STRETCH_DAYS + 1)
        place = (family, t.located, t.name, t.admin1, t.governorate, t.area, t.point)
        looked_up = self._looked_up.get(place)
        if looked_up is None:
            looked_up = self._looked_up[place] = self._stretches_of(cells_looked_up(t, family))
        found = set()
        for by_stretch in looked_up:
            if by_stretch:
                for stretch in stretches:
                    if filed := by_stretch.get(stretch):
                        found.update([incident for start, end, incident in filed if start <= last and end >= first])
        return found

    def file(self, t: Telling, family: int, incident) -> None:
        first, last = t.start.toordinal(), t.end.toordinal()
        entry = (first, last, incident)
        place = (family, t.located, t.name, t.admin1, t.governorate, t.area, t.point, t.day)
        filed_under = self._filed.get(place)
        if filed_under is None:
            filed_under = self._filed[place] = self._stretches_of(cells_filed(t, family))
        stretches = range(first // STRETCH_DAYS, last // STRETCH_DAYS + 1)
        for by_stretch in filed_under:
            for stretch in stretches:
                filed = by_stretch.get(stretch)
                if filed is None:
                    by_stretch[stretch] = [entry]
                else:
                    filed.append(entry)
