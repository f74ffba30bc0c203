"""Linking across reports: when two reports' events are one happening, the incidents they form, and
each incident's casualty figures. Hand-made events; places and distances from the gazetteer."""
from __future__ import annotations

from dataclasses import replace
import math
from datetime import date, timedelta

import pytest

from helpers.geo.geometry import great_circle_km
from helpers.link.candidates import grid_cells_within
from helpers.link.candidates import CandidateIndex
from helpers.link.figures import incident_figures
from helpers.link.incidents import group_events, link_incidents
from helpers.link.same_happening import same_happening
from helpers.records import Claim, Event, Report

D = date(2022, 9, 10)


def event(report: str, n: int = 1, **kw) -> Event:
    fields = dict(event_id=f"{report}-E{n:03d}", report_id=report, date_start=D, date_end=D, date_precision="day",
                  event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile attack",
                  actor1="Syrian Arab Army", assoc_actor1=(), actor2="Civilians", assoc_actor2=(),
                  location="Sarmin", admin1="Idlib", latitude=35.90403, longitude=36.72501, geo_precision=1,
                  evidence="", char_start=0, char_end=1)
    fields.update(kw)
    return Event(**fields)


WEEK = dict(date_start=date(2022, 9, 4), date_end=date(2022, 9, 10), date_precision="week")
# Places near Sarmin, at their gazetteer coordinates: Afes 7.2 km away, Saraqib 8.5 km.
AFES = dict(location="Afes", latitude=35.9069, longitude=36.80419)
SARAQIB = dict(location="Saraqib", latitude=35.86447, longitude=36.80591)
SAME_TOWN_OTHER_ENTRY = dict(location="Sarmeen", latitude=35.915, longitude=36.725)  # ~1 km

CASES = [  # (what a coder would say, the second report's event, same happening?)
    ("the same town, day and sides", {}, True),
    ("the same town, sides told differently but one in common", dict(actor2=""), True),
    ("the next day", dict(date_start=date(2022, 9, 11), date_end=date(2022, 9, 11)), False),
    ("a week's undated telling that holds the day", WEEK, True),
    ("other sides entirely", dict(actor1="Turkish Armed Forces", actor2="Syrian Democratic Forces"), False),
    ("one side's helper named as the actor, the other's target told otherwise",
     dict(actor1="Russian Aerospace Forces", assoc_actor1=("Syrian Arab Army",), actor2="Hayat Tahrir al-Sham"), True),
    ("one town under two gazetteer entries, 1 km apart", SAME_TOWN_OTHER_ENTRY, True),
    ("a neighbouring town 7 km away, both named as towns", AFES, False),
    ("'near' a town 7 km away", dict(AFES, geo_precision=2), True),
    ("'near' a town 8 km away", dict(SARAQIB, geo_precision=2), True),
    ("the region that holds the town", dict(location="eastern Idlib countryside", latitude=35.85,
                                            longitude=36.9, geo_precision=3), True),
    ("a region of another governorate", dict(location="eastern Homs", admin1="Homs", latitude=34.45,
                                             longitude=38.77, geo_precision=3), False),
    ("the governorate as a whole", dict(location="Idlib", latitude=35.93, longitude=36.63, geo_precision=3), True),
    ("a town of the same name in another country", dict(country="Turkey"), False),
    ("the fighting and the shelling that joins it", dict(event_type="Battles", sub_event_type="Armed clash"), True),
    ("a protest in the town that day", dict(event_type="Protests", sub_event_type="Peaceful protest",
                                            actor1="Protesters", actor2=""), False),
    ("no place, same day, type and sides", dict(location="", admin1="", latitude=None, longitude=None,
                                                geo_precision=None), True),
    ("no place and no sides", dict(location="", admin1="", latitude=None, longitude=None, geo_precision=None,
                                   actor1="", actor2=""), False),
]


@pytest.mark.parametrize("why, second, expected", CASES, ids=[c[0] for c in CASES])
def test_same_happening(why, second, expected):
    a, b = event("r1"), event("r2", **second)
    assert same_happening(a, b) is expected
    assert same_happening(b, a) is expected  # neither report comes first by right


def test_two_events_of_one_report_are_never_one_incident():
    assert not same_happening(event("r1", 1), event("r1", 2))


PUBLISHED = {"r1": date(2022, 9, 11), "r2": date(2022, 9, 11), "r3": date(2022, 9, 12), "r4": date(2022, 9, 13)}


def test_three_reports_of_one_attack_are_one_incident_with_three_sources():
    events = [event("r1"), event("r2", **SAME_TOWN_OTHER_ENTRY), event("r3", **WEEK),
              event("r4", date_start=date(2022, 9, 12), date_end=date(2022, 9, 12))]  # a later strike: its own
    groups = group_events(events, PUBLISHED)
    assert sorted(len(g) for g in groups) == [1, 3]
    told = next(g for g in groups if len(g) == 3)
    assert [e.report_id for e in told] == ["r1", "r2", "r3"]  # in the order the reports were published


def test_a_report_that_tells_its_happening_twice_stays_one_source():
    """Its own assembly kept two events apart: linking never puts them in one incident."""
    events = [event("r1", 1), event("r1", 2), event("r2")]
    groups = group_events(events, PUBLISHED)
    assert sorted(len(g) for g in groups) == [1, 2]
    assert all(len({e.report_id for e in g}) == len(g) for g in groups)


def test_a_days_attack_opens_the_incident_a_week_summary_joins():
    """The week's vaguer telling joins the day's incident, not the other way round, whatever the order."""
    week = event("r1", **WEEK)
    day_a, day_b = event("r2"), event("r3")
    for order in ([week, day_a, day_b], [day_b, week, day_a]):
        groups = group_events(order, PUBLISHED)
        assert sorted(len(g) for g in groups) == [3]


def test_incidents_and_ids_do_not_depend_on_input_order():
    events = [event("r1"), event("r2", **AFES), event("r3", **dict(AFES, geo_precision=2)), event("r4", **WEEK)]
    reports = [Report(r, f"{r}.txt", published=d) for r, d in PUBLISHED.items()]
    first = link_incidents(reports, events, [])
    again = link_incidents(reports[::-1], events[::-1], [])
    assert first == again
    assert sum(i.number_of_sources for i in first) == len(events)


def test_incident_takes_the_most_precise_date_and_place_and_the_higher_type():
    events = [event("r1", **dict(WEEK, location="eastern Idlib countryside", latitude=35.85, longitude=36.9,
                                 geo_precision=3)),
              event("r2", event_type="Battles", sub_event_type="Armed clash")]
    reports = [Report("r1", "a.txt", published=PUBLISHED["r1"]), Report("r2", "b.txt", published=PUBLISHED["r2"])]
    [incident] = link_incidents(reports, events, [])
    assert (incident.date_start, incident.date_end, incident.date_precision) == (D, D, "day")
    assert (incident.location, incident.geo_precision) == ("Sarmin", 1)
    assert incident.event_type == "Battles"  # ACLED's hierarchy when reports differ
    assert incident.number_of_sources == 2 and incident.report_ids == ("r1", "r2")



def random_events(seed: int, n: int) -> list[Event]:
    """Events crowded into a few days, towns and regions (some far north, where a degree of
    longitude is short), so that most pairs are near misses of some rule."""
    import random
    rng = random.Random(seed)
    centres = [(35.9, 36.7), (36.2, 37.1), (33.5, 36.3), (55.75, 37.6), (69.6, 18.9)]
    sides = ["Syrian Arab Army", "Islamic State", "Civilians", "Turkish Armed Forces", "Unidentified armed group", ""]
    types = [("Explosions/Remote violence", "Shelling/artillery/missile attack"), ("Battles", "Armed clash"),
             ("Protests", "Peaceful protest")]
    events = []
    for k in range(n):
        lat, lon = rng.choice(centres)
        start = D + timedelta(days=rng.randrange(4))
        span = rng.choice([0, 0, 6])
        kind = rng.choice(["town", "town", "near", "region", "governorate", "none"])
        event_type, sub = rng.choice(types)
        events.append(event(f"r{rng.randrange(n // 2)}", k, date_start=start, date_end=start + timedelta(days=span),
                            date_precision="day" if span == 0 else "week", event_type=event_type, sub_event_type=sub,
                            actor1=rng.choice(sides), actor2=rng.choice(sides),
                            location="" if kind == "none" else "Idlib" if kind == "governorate" else f"place {rng.randrange(30)}",
                            admin1="" if kind == "none" else rng.choice(["Idlib", "Aleppo", ""]) if kind != "governorate" else "Idlib",
                            latitude=None if kind == "none" else lat + rng.uniform(-0.7, 0.7),
                            longitude=None if kind == "none" else lon + rng.uniform(-0.7, 0.7),
                            geo_precision={"near": 2, "region": 3}.get(kind, 1)))
    return events


@pytest.mark.parametrize("seed", range(5))
def test_looking_up_candidates_finds_every_incident_the_rules_accept(seed, monkeypatch):
    """The index is a shortcut: linking gives the incidents it would give comparing each event
    with every incident opened before it."""
    events = random_events(seed, 400)
    published = {e.report_id: date(2022, 9, 20) for e in events}
    indexed = group_events(events, published)
    opened = []
    monkeypatch.setattr(CandidateIndex, "candidates", lambda self, t, family: set(opened))
    monkeypatch.setattr(CandidateIndex, "file", lambda self, t, family, incident: opened.append(incident))
    assert group_events(events, published) == indexed
    assert sum(len(g) for g in indexed) == len(events) > len(indexed)



@pytest.mark.parametrize("seed", range(5))
def test_the_nearest_incident_is_chosen_as_measuring_every_geodesic_would(seed, monkeypatch):
    """The great circle's bounds only spare geodesics: the choice between incidents is the same."""
    from helpers.link import incidents
    events = random_events(seed, 400)
    published = {e.report_id: date(2022, 9, 20) for e in events}
    bounded = group_events(events, published)
    monkeypatch.setattr(incidents._Open, "mean_km_bounds", lambda self, t: (0.0, math.inf))
    assert group_events(events, published) == bounded

@pytest.mark.parametrize("latitude", [0.0, 33.5, 37.2, -45.0, 69.6, 88.0])
def test_the_grid_cells_around_a_point_hold_every_point_within_the_distance(latitude):
    import random
    rng = random.Random(latitude)
    for per_degree, km in ((4, 10.1), (1, 60.6)):
        for _ in range(300):
            centre = (latitude + rng.uniform(-0.5, 0.5), rng.uniform(-10, 10))
            cells = set(grid_cells_within(centre, km, per_degree))
            other = (centre[0] + rng.uniform(-1, 1), centre[1] + rng.uniform(-3, 3))
            if great_circle_km(centre, other) <= km:
                assert (math.floor(other[0] * per_degree), math.floor(other[1] * per_degree)) in cells

# --- casualty figures ------------------------------------------------------------------------

def claim(report: str, category: str, low, high, victim: str, claimant: str) -> Claim:
    return Claim(claim_id=f"{report}-{claimant}-{victim}", event_id=f"{report}-E001", report_id=report,
                 category=category, low=low, high=high, phrase="", victim=victim, claimant=claimant,
                 confirmed="unknown", evidence="", char_start=0, char_end=1)


def figures(claims: list[Claim]) -> dict:
    published = {r: date(2022, 9, n) for n, r in enumerate(["r1", "r2", "r3"], start=11)}
    return {f.category: f for f in incident_figures(claims, published, {"r1": "Wire", "r2": "Monitor", "r3": "Local"})}


FIGURE_CASES = [  # (what a coder would check, claims, category, (low, best, high), contested)
    ("one exact number", [claim("r1", "killed", 7, 7, "Civilians", "SOHR")], "killed", (7, 7, 7), False),
    ("three voices disagree: best is the middle figure, never the mean",
     [claim("r1", "killed", 5, 5, "Syrian Arab Army", "SOHR"),
      claim("r2", "killed", 2, 2, "Syrian Arab Army", "Syrian Arab Army"),
      claim("r3", "killed", 12, 12, "Syrian Arab Army", "opposition sources")], "killed", (2, 5, 12), True),
    ("two voices: best is the lower one", [claim("r1", "killed", 3, 3, "Civilians", "SOHR"),
                                           claim("r2", "killed", 4, 4, "Civilians", "White Helmets")],
     "killed", (3, 3, 4), True),
    ("different victims add up, they do not disagree",
     [claim("r1", "killed", 20, None, "Syrian Arab Army", "opposition sources"),
      claim("r2", "killed", None, 10, "Islamic State", "pro-government sources")], "killed", (30, 30, 30), False),
    ("a voice that updates its toll counts with its latest figure",
     [claim("r1", "killed", 5, 5, "Civilians", "SOHR"), claim("r3", "killed", 7, 7, "Civilians", "SOHR")],
     "killed", (7, 7, 7), False),
    ("'5 to 10': low 5, high 10", [claim("r1", "injured", 5, 10, "Civilians", "SOHR")], "injured", (5, 5, 10), False),
    ("two outlets' own unattributed words are two voices",
     [claim("r1", "killed", 2, 2, "Civilians", "unattributed"), claim("r2", "killed", 3, 3, "Civilians", "unattributed")],
     "killed", (2, 2, 3), True),
    ("a toll without a victim is read with the one named victim group",
     [claim("r1", "killed", 7, 7, "Civilians", "Civil Defence"), claim("r2", "killed", 9, 9, "", "SOHR")],
     "killed", (7, 7, 9), True),
]


@pytest.mark.parametrize("why, claims, category, expected, contested", FIGURE_CASES, ids=[c[0] for c in FIGURE_CASES])
def test_incident_figures(why, claims, category, expected, contested):
    f = figures(claims)[category]
    assert (f.low, f.best, f.high) == expected
    assert f.contested is contested


def test_acled_fatalities_are_the_lowest_credible_number_killed():
    events = [event("r1"), event("r2")]
    claims = [replace(claim("r1", "killed", 5, 5, "Civilians", "SOHR"), event_id="r1-E001"),
              replace(claim("r2", "killed", 2, 2, "Civilians", "Syrian Arab Army"), event_id="r2-E001"),
              replace(claim("r2", "injured", 9, 9, "Civilians", "Syrian Arab Army"), event_id="r2-E001")]
    reports = [Report("r1", "a.txt", published=PUBLISHED["r1"]), Report("r2", "b.txt", published=PUBLISHED["r2"])]
    [incident] = link_incidents(reports, events, claims)
    assert incident.fatalities == 2 and incident.contested
