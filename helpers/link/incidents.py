"""The events of many reports -> incidents: one happening told by several reports is one incident.

Events are taken the most precise first (a day, then a week, then a month), in date order; each
joins the incident it is compatible with as a whole (with every event already in it, by
helpers.link.same_happening), the closest one when several are, or opens a new incident. An
incident holds at most one event per report: a report that tells its happening twice (the lede,
then the details) was made one event by its own assembly, so it is never a second source.
Candidates are looked up by place (the name; a grid of quarter degrees for two points, wider than
the 10 km the rules allow them, and of whole degrees for a point and a region, wider than the
60 km; the governorate for events placed only at a governorate; the day for events with no
place), by day and by type family (helpers.link.same_happening.type_families), so linking stays
near linear in events.

Ids are deterministic: an incident is named after the event that opened it.
"""
from __future__ import annotations

import hashlib
import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from helpers.codebook import event_types
from helpers.link.figures import fatalities, incident_figures
from helpers.link.same_happening import is_area, place_distance, same_happening, type_families
from helpers.records import Claim, Event, Incident, Report

_HIERARCHY = event_types()


@dataclass(eq=False)  # one incident is equal only to itself: looked up by identity in the index
class _Open:
    """An incident while events are still joining it (mutable inside this module only)."""
    number: int
    events: list[Event] = field(default_factory=list)
    reports: set[str] = field(default_factory=set)

    def accepts(self, event: Event) -> bool:
        return (event.report_id not in self.reports
                and all(same_happening(e, event) for e in self.events))

    def add(self, event: Event) -> None:
        self.events.append(event)
        self.reports.add(event.report_id)

    def closeness(self, event: Event) -> tuple:
        """Smaller is closer: the same dates told, then the distance between the places."""
        same_span = any((e.date_start, e.date_end) == (event.date_start, event.date_end) for e in self.events)
        distances = [place_distance(e, event) for e in self.events]
        km = sum(d for d in distances if d is not None) / len(distances)
        return (not same_span, km, self.number)


def _governorate_level(event: Event) -> bool:
    return bool(event.admin1) and event.location == event.admin1


def _places_filed(event: Event) -> list[tuple]:
    """The place cells an event is filed under."""
    if not event.location:
        return [("unplaced",)]
    keys = [("name", event.location.casefold())]
    if event.admin1:
        keys.append(("admin1", event.admin1))
        if _governorate_level(event):
            keys.append(("governorate", event.admin1))
    if event.latitude is not None and event.longitude is not None:
        lat, lon = event.latitude, event.longitude
        if is_area(event):
            keys.append(("area", math.floor(lat), math.floor(lon)))
        else:
            keys += [("point", math.floor(lat), math.floor(lon)), ("near", math.floor(lat * 4), math.floor(lon * 4))]
    if event.date_precision == "day":
        keys.append(("placed",))
    return keys


def _places_looked_up(event: Event) -> list[tuple]:
    """The place cells that hold every incident the event could join."""
    if not event.location:
        return [("placed",), ("unplaced",)]
    keys = [("name", event.location.casefold()), ("unplaced",)]
    if event.admin1:
        keys.append(("admin1" if _governorate_level(event) else "governorate", event.admin1))
    if event.latitude is not None and event.longitude is not None:
        # Two regions are one place only by name; a region and a point within 60 km; two points
        # within 10 km: a quarter degree is 22 km or more of longitude up to 37 degrees north.
        lat, lon = math.floor(event.latitude), math.floor(event.longitude)
        keys += [("point", lat + i, lon + j) for i in (-1, 0, 1) for j in (-1, 0, 1)] if is_area(event) else \
            [("area", lat + i, lon + j) for i in (-1, 0, 1) for j in (-1, 0, 1)]
        if not is_area(event):
            lat, lon = math.floor(event.latitude * 4), math.floor(event.longitude * 4)
            keys += [("near", lat + i, lon + j) for i in (-1, 0, 1) for j in (-1, 0, 1)]
    return keys


def _days(event: Event) -> list[date]:
    return [event.date_start + timedelta(days=n) for n in range((event.date_end - event.date_start).days + 1)]


def group_events(events: list[Event], published: dict[str, date | None]) -> list[list[Event]]:
    """The events grouped by happening, each group in the order its reports were published.

    The most precise events go first (a day, then a week, then a month), so that a day's attack
    opens its incident and a week's vaguer telling joins it, rather than the other way round."""
    def reading_order(e: Event):
        return (published.get(e.report_id) or date.max, e.report_id, e.char_start)

    dated = sorted((e for e in events if e.date_start and e.date_end),
                   key=lambda e: ((e.date_end - e.date_start).days, e.date_start, *reading_order(e)))
    groups: list[_Open] = []
    family = type_families((e.event_type, e.actor1) for e in dated)
    # (type family, place cell) -> day -> incidents there then, as an ordered set; most cells an
    # event looks in hold nothing, and are passed over with one look-up rather than one a day
    index: dict[tuple, dict[date, dict[_Open, None]]] = defaultdict(lambda: defaultdict(dict))
    for event in dated:
        days = _days(event)
        kind = family[event.event_type, event.actor1]
        candidates: set[_Open] = set()
        for place in _places_looked_up(event):
            if by_day := index.get((kind, place)):
                for day in days:
                    if found := by_day.get(day):
                        candidates.update(found)
        fitting = [g for g in candidates if g.accepts(event)]
        # closeness ends with the incident's number: the choice does not depend on the set's order
        group = min(fitting, key=lambda g: g.closeness(event)) if fitting else None
        if group is None:
            group = _Open(len(groups))
            groups.append(group)
        group.add(event)
        for place in _places_filed(event):
            for day in days:
                index[kind, place][day][group] = None
    undated = [[e] for e in events if not (e.date_start and e.date_end)]
    return [sorted(g.events, key=reading_order) for g in groups] + undated


def incident_id(first_event_id: str) -> str:
    return "I-" + hashlib.sha256(first_event_id.encode("utf-8")).hexdigest()[:16]


def _precision(start: date | None, end: date | None) -> str:
    """The codebook's rule: day for one day, week for up to 7 days, month for longer."""
    if start is None or end is None:
        return ""
    days = (end - start).days + 1
    return "day" if days == 1 else "week" if days <= 7 else "month"


def _ordered_union(groups, drop: set[str]) -> tuple[str, ...]:
    seen = dict.fromkeys(a for g in groups for a in g)
    return tuple(a for a in seen if a and a not in drop)


def incident(events: list[Event], claims: list[Claim], published: dict[str, date | None],
             outlet_of: dict[str, str]) -> Incident:
    """One incident from the events that tell it (in publication order) and their claims."""
    starts = [e.date_start for e in events if e.date_start]
    ends = [e.date_end for e in events if e.date_end]
    start, end = (max(starts), min(ends)) if starts and ends else (None, None)
    names = Counter(e.location for e in events if e.location)
    place = min(events, key=lambda e: (e.geo_precision or 9, -names[e.location] if e.location else 0))
    typed = min(events, key=lambda e: _HIERARCHY.index(e.event_type))  # ACLED's hierarchy when reports differ
    actor1 = typed.actor1 or next((e.actor1 for e in events if e.actor1 and e.actor1 != typed.actor2), "")
    actor2 = typed.actor2 or next((e.actor2 for e in events if e.actor2 and e.actor2 != actor1), "")
    figures = incident_figures(claims, published, outlet_of)
    return Incident(
        incident_id=incident_id(events[0].event_id),
        event_ids=tuple(e.event_id for e in events),
        report_ids=tuple(e.report_id for e in events),
        date_start=start, date_end=end, date_precision=_precision(start, end),
        event_type=typed.event_type, sub_event_type=typed.sub_event_type,
        actor1=actor1, assoc_actor1=_ordered_union((e.assoc_actor1 for e in events), {actor1, actor2}),
        actor2=actor2, assoc_actor2=_ordered_union((e.assoc_actor2 for e in events), {actor1, actor2}),
        location=place.location, admin1=place.admin1, country=place.country,
        latitude=place.latitude, longitude=place.longitude, geo_precision=place.geo_precision,
        figures=figures, fatalities=fatalities(figures),
    )


def link_incidents(reports: list[Report], events: list[Event], claims: list[Claim]) -> list[Incident]:
    """Every event in exactly one incident, incidents in date order."""
    published = {r.report_id: r.published for r in reports}
    outlet_of = {r.report_id: r.outlet or r.publisher for r in reports}
    claims_of: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        claims_of[c.event_id].append(c)
    incidents = [incident(group, [c for e in group for c in claims_of[e.event_id]], published, outlet_of)
                 for group in group_events(events, published)]
    return sorted(incidents, key=lambda i: (i.date_start or date.max, i.date_end or date.max, i.incident_id))
