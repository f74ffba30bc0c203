"""The events of many reports -> incidents: one happening told by several reports is one incident.

Events are taken the most precise first (a day, then a week, then a month), in date order; each
joins the incident it is compatible with as a whole (with every event already in it, by
helpers.link.same_happening), the closest one when several are, or opens a new incident. An
incident holds at most one event per report: a report that tells its happening twice (the lede,
then the details) was made one event by its own assembly, so it is never a second source.
Candidates are looked up by place, day and type family (helpers.link.candidates), so linking
stays near linear in events.

Ids are deterministic: an incident is named after the event that opened it.
"""
from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date

from helpers.codebook import event_types
from helpers.link.figures import fatalities, incident_figures
from helpers.link.candidates import CandidateIndex
from helpers.link.same_happening import Telling, distance_between, distance_bounds, told_together, type_families
from helpers.records import Claim, Event, Incident, Report

_HIERARCHY = event_types()


@dataclass(eq=False)  # one incident is equal only to itself: looked up by identity in the index
class _Open:
    """An incident while events are still joining it (mutable inside this module only)."""
    number: int
    tellings: list[Telling] = field(default_factory=list)
    reports: set[str] = field(default_factory=set)

    def accepts(self, t: Telling) -> bool:
        if t.report_id in self.reports:
            return False
        for told in self.tellings:
            if not told_together(told, t):
                return False
        return True

    def add(self, t: Telling) -> None:
        self.tellings.append(t)
        self.reports.add(t.report_id)

    def tells_other_dates(self, t: Telling) -> bool:
        return not any((told.start, told.end) == (t.start, t.end) for told in self.tellings)

    def mean_km(self, t: Telling) -> float:
        distances = [distance_between(told, t) for told in self.tellings]
        return sum(d for d in distances if d is not None) / len(distances)

    def mean_km_bounds(self, t: Telling) -> tuple[float, float]:
        bounds = [b for told in self.tellings if (b := distance_bounds(told, t)) is not None]
        return sum(b[0] for b in bounds) / len(self.tellings), sum(b[1] for b in bounds) / len(self.tellings)


def _closest(fitting: list[_Open], t: Telling) -> _Open:
    """The incident told with the same dates, then the nearest, then the first opened. Geodesics
    (slow) are measured only when the dates leave more than one in the running and the great
    circle's bounds on the distances do not single out the nearest."""
    dates = {g: g.tells_other_dates(t) for g in fitting}
    best = min(dates.values())
    running = [g for g in fitting if dates[g] == best]
    if len(running) == 1:
        return running[0]
    bounds = {g: g.mean_km_bounds(t) for g in running}
    nearest = min(running, key=lambda g: bounds[g][1])
    if all(bounds[nearest][1] < bounds[g][0] for g in running if g is not nearest):
        return nearest
    return min(running, key=lambda g: (g.mean_km(t), g.number))


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
    index = CandidateIndex()
    for event in dated:
        t = Telling(event)
        kind = family[event.event_type, event.actor1]
        fitting = [g for g in index.candidates(t, kind) if g.accepts(t)]
        # ties end with the incident's number: the choice does not depend on the set's order
        group = _closest(fitting, t) if len(fitting) > 1 else fitting[0] if fitting else None
        if group is None:
            group = _Open(len(groups))
            groups.append(group)
        group.add(t)
        index.file(t, kind, group)
    undated = [[e] for e in events if not (e.date_start and e.date_end)]
    return [sorted((t.event for t in g.tellings), key=reading_order) for g in groups] + undated


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
    if len(events) == 1:  # most incidents: nothing to choose between
        place = typed = events[0]
    else:
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
