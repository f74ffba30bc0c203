"""Charts on small hand-made tables that follow the codebook (no build needed)."""
from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import pandas as pd
import pytest
from matplotlib.collections import PathCollection
from matplotlib.text import Annotation

from helpers.analysis import charts, views
from helpers.analysis.charts import casualties, frequency, style
from helpers.analysis.load import Tables
from helpers.codebook import taxonomy
from helpers.extract import lexicon
from helpers.paths import GEO_DIR

REPORTS = [
    dict(report_id="r1", path="a.txt", title="A", outlet="South Front", publisher="Global Research",
         published="2020-07-03", republished="2020-07-05", n_chars=100, status="ok"),
    dict(report_id="r2", path="b.txt", title="B", outlet="South Front", publisher="Global Research",
         published="2020-07-06", republished="2020-07-07", n_chars=100, status="ok"),
    dict(report_id="r3", path="c.pdf", status="unreadable", error="not text"),
]


def event(event_id, start, end, precision, **kw):
    row = dict(event_id=event_id, report_id="r1", date_start=start, date_end=end, date_precision=precision,
               event_type="Battles", sub_event_type="Armed clash", actor1="Islamic State",
               actor2="Syrian Arab Army", location="somewhere", admin1="Homs", latitude=34.5,
               longitude=38.6, geo_precision=1, evidence="x", char_start=0, char_end=1)
    row.update(kw)
    return row


EVENTS = [
    event("e1", "2020-07-02", "2020-07-02", "day", assoc_actor2="Russian Aerospace Forces", geo_precision=3),
    event("e2", "2020-06-30", "2020-07-06", "week", report_id="r2"),
    event("e3", "2020-07-05", "2020-07-05", "day", event_type="Strategic developments", sub_event_type="Arrests",
          actor1="US-led coalition", assoc_actor1="Syrian Democratic Forces", actor2="Islamic State",
          admin1="Deir ez-Zor", latitude=35.3, longitude=40.1, report_id="r2"),
]


def as_incidents(events: list[dict]) -> list[dict]:
    """Each event its own incident, told by one report (what linking gives reports that share no happening)."""
    return [{**{k: v for k, v in e.items() if k not in ("event_id", "report_id", "evidence", "char_start", "char_end")},
             "incident_id": f"i-{e['event_id']}", "number_of_sources": 1, "report_ids": e["report_id"],
             "event_ids": e["event_id"]} for e in events]


def claim(claim_id, event_id, category, low, high, phrase, victim, claimant, confirmed="unknown"):
    return dict(claim_id=claim_id, event_id=event_id, report_id="r1", category=category, low=low, high=high,
                phrase=phrase, victim=victim, claimant=claimant, confirmed=confirmed, evidence="x",
                char_start=0, char_end=1)


CLAIMS = [
    claim("c1", "e1", "killed_or_injured", None, 10, "up to 10", "Syrian Arab Army", "pro-opposition media", "no"),
    claim("c2", "e2", "killed", 20, None, "at least 20", "Syrian Arab Army", "pro-opposition sources"),
    claim("c3", "e2", "killed", None, 10, "up to 10", "Islamic State", "pro-government sources"),
    claim("c4", "e3", "detained", 4, None, "at least 4", "Islamic State", "unattributed"),
    claim("c5", "e1", "killed", 7, 7, "seven", "Islamic State", "pro-government sources"),
    claim("c6", "e1", "killed", 2, 5, "two to five", "Islamic State", "Syrian Observatory for Human Rights"),
]

MENTIONS = [
    dict(report_id="r1", actor="Islamic State", actor_type="Rebel group", surface="ISIS", date="2020-07-02",
         char_start=0, char_end=4),
    dict(report_id="r1", actor="Syrian Arab Army", actor_type="State forces", surface="army", date="2020-07-02",
         char_start=10, char_end=14),
    dict(report_id="r2", actor="Islamic State", actor_type="Rebel group", surface="ISIS", date="2020-07-05",
         char_start=0, char_end=4),
]


@pytest.fixture
def t() -> Tables:
    return Tables.from_frames(REPORTS, EVENTS, CLAIMS, MENTIONS, as_incidents(EVENTS))


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


def all_charts(t: Tables) -> dict:
    figs = {
        "casualties": charts.casualty_chart(t.casualties, t.events, t.reports),
        "contested": charts.contested_claims_chart(t.casualties, t.events, t.reports),
        "heatmap": charts.mentions_heatmap(t.mentions, t.reports),
        "types": charts.actor_types_chart(t.mentions, t.reports),
        "cooccurrence": charts.cooccurrence_chart(t.events, t.reports),
    }
    for by in frequency.GROUPINGS:
        figs[f"frequency_{by}"] = charts.attack_frequency_chart(t.incidents, t.reports, by=by)
    if (GEO_DIR / "syria_outline.geojson").exists():
        figs["map"] = charts.event_map(t.incidents, t.reports)
    return figs


def source_text(fig) -> str:
    texts = [x.get_text() for x in fig.texts if x.get_gid() == style.SOURCE_GID]
    assert len(texts) == 1, "exactly one source line"
    return texts[0]


def main_axes(fig):
    """Axes that plot data: not colour bars, not the legend holder."""
    return [ax for ax in fig.axes if ax.get_label() != "<colorbar>" and ax.axison]


# --- reading numbers --------------------------------------------------------------------------

@pytest.mark.parametrize("low, high, kind", [
    (7, 7, "exact"), (2, 5, "range"), (20, None, "at_least"), (None, 10, "up_to"), (None, None, "unknown"),
    (0, 0, "exact"), (pd.NA, 3, "up_to"),
])
def test_claim_kind_follows_the_codebook(low, high, kind):
    assert views.claim_kind(low, high) == kind


# --- every chart: title, labelled axes, source line -------------------------------------------

def test_every_chart_has_title_axis_labels_and_source_line(t):
    for name, fig in all_charts(t).items():
        assert fig.get_suptitle().strip(), name
        for ax in main_axes(fig):
            # panels stacked on one time axis carry the x label once, on the bottom panel
            xlabel = any(a.get_xlabel() for a in ax.get_shared_x_axes().get_siblings(ax))
            assert xlabel and ax.get_ylabel(), (name, title(ax))
        # the dates run over what the chart draws (events, or mentions) and the publication dates
        span = "2–6 Jul 2020" if name in ("heatmap", "types") else "30 Jun–6 Jul 2020"
        assert source_text(fig).startswith(f"Source: 2 South Front reports, {span}; extraction by this project"), name


def test_charts_with_a_legend_where_colour_means_something(t):
    figs = all_charts(t)
    for name in ("casualties", "contested", "types") + (("map",) if "map" in figs else ()):
        assert figs[name].legends, name
    for name in ("frequency_event_type", "frequency_actor1"):
        assert any(ax.get_legend() for ax in figs[name].axes), name
    for name in ("heatmap", "cooccurrence"):  # colour bars say what colour means
        assert any(ax.get_label() == "<colorbar>" and ax.get_ylabel() for ax in figs[name].axes), name


def test_units_on_axes(t):
    cas = charts.casualty_chart(t.casualties, t.events, t.reports)
    assert {ax.get_ylabel() for ax in main_axes(cas)} == {"reported people"}
    freq = charts.attack_frequency_chart(t.incidents, t.reports)
    assert "incidents per day" in [ax.get_ylabel() for ax in freq.axes]


def test_charts_work_on_empty_tables():
    empty = Tables.from_frames(REPORTS)
    for name, fig in all_charts(empty).items():
        assert fig.get_suptitle().strip(), name
        assert source_text(fig).startswith("Source: 2 South Front reports"), name


# --- source line ------------------------------------------------------------------------------

def test_source_line_is_built_from_the_reports_table(t):
    assert style.source_line(t.reports) == "Source: 2 South Front reports, 3–6 Jul 2020; extraction by this project"
    line = style.source_line(t.reports, t.events)
    assert "30 Jun–6 Jul 2020" in line
    mixed = Tables.from_frames(REPORTS + [dict(report_id="r4", outlet="SOHR", published="2021-01-02", status="ok")])
    assert style.source_line(mixed.reports) == (
        "Source: 3 reports (2 South Front, 1 SOHR), 3 Jul 2020–2 Jan 2021; extraction by this project")
    one = Tables.from_frames(REPORTS[:1])
    assert style.source_line(one.reports) == "Source: 1 South Front report, 3 Jul 2020; extraction by this project"


# --- casualties: ranges, open ends, spans -----------------------------------------------------

def title(ax) -> str:
    return "".join(ax.get_title(loc=loc) for loc in ("left", "center", "right"))


def panel(fig, title_start: str):
    return next(ax for ax in fig.axes if title(ax).startswith(title_start))


def test_week_precision_claim_is_drawn_over_its_span_not_on_one_day(t):
    fig = charts.casualty_chart(t.casualties, t.events, t.reports)
    ax = panel(fig, "Killed (")
    x0 = mdates.date2num(pd.Timestamp("2020-06-30")) - 0.45
    x1 = mdates.date2num(pd.Timestamp("2020-07-06")) + 0.45
    spans = [line for line in ax.get_lines() if list(line.get_xdata()) == [x0, x1]]
    # "at least 20" (a line at 20) and "up to 10" (a dashed line at 10) both span the week
    assert sorted(float(line.get_ydata()[0]) for line in spans) == [10.0, 20.0]
    assert any(line.get_linestyle() == "--" for line in spans)


def test_at_least_claim_is_open_ended(t):
    fig = charts.casualty_chart(t.casualties, t.events, t.reports)
    ax = panel(fig, "Detained")
    arrows = [a for a in ax.texts if isinstance(a, Annotation) and a.arrow_patch is not None]
    assert len(arrows) == 1
    (x_from, y_from) = arrows[0].xyann
    start = ax.transData.transform((x_from, y_from))
    tip = arrows[0].xycoords.transform(arrows[0].xy)
    # upward from N, the same short length on every scale (no upper bound is drawn or implied)
    assert y_from == 4 and tip[0] == start[0]
    assert tip[1] - start[1] == pytest.approx(casualties.ARROW_POINTS * fig.dpi / 72)
    assert all(max(line.get_ydata(), default=0) <= 4 for line in ax.get_lines())


def test_up_to_claim_is_a_range_from_zero(t):
    fig = charts.casualty_chart(t.casualties, t.events, t.reports)
    ax = panel(fig, "Killed or injured")
    dashed = [line for line in ax.get_lines() if line.get_linestyle() == "--"]
    assert [list(map(float, line.get_ydata())) for line in dashed] == [[0.0, 10.0]]
    assert dashed[0].get_alpha() < 1  # confirmed = no: the report doubts it, drawn faded


def test_claims_on_one_day_stand_side_by_side(t):
    fig = charts.casualty_chart(t.casualties, t.events, t.reports)
    ax = panel(fig, "Killed (")
    day = mdates.date2num(pd.Timestamp("2020-07-02"))
    xs = {float(line.get_xdata()[0]) for line in ax.get_lines()
          if len(line.get_xdata()) and abs(float(line.get_xdata()[0]) - day) < 0.5
          and [float(y) for y in line.get_ydata()] in ([7.0], [2.0, 5.0])}
    assert len(xs) == 2  # the exact 7 and the range 2-5, by two claimants, not on top of each other


def test_overlapping_span_claims_keep_their_glyphs_apart(t):
    """The week's "at least 20" and "up to 10" cover the same days: their glyphs stand apart."""
    fig = charts.casualty_chart(t.casualties, t.events, t.reports)
    ax = panel(fig, "Killed (")
    at_least = [a for a in ax.texts if isinstance(a, Annotation)]  # the arrows of "at least" claims
    up_to = [line for line in ax.get_lines() if line.get_linestyle() == "--" and len(line.get_xdata()) == 2
             and line.get_xdata()[0] == line.get_xdata()[1]]  # the vertical dashed "up to" bar
    assert at_least and up_to
    assert all(abs(a.xy[0] - bar.get_xdata()[0]) > 1 for a in at_least for bar in up_to)


def test_long_spans_chart_casualties_per_week_as_chart_02_does():
    start = pd.Timestamp("2019-01-01")
    events = [event(f"e{i}", str((start + pd.Timedelta(days=3 * i)).date()),
                    str((start + pd.Timedelta(days=3 * i)).date()), "day") for i in range(240)]
    claims = [claim(f"c{i}", f"e{i}", "killed", 2, 2, "two", "Civilians", "SOHR") for i in range(240)]
    t = Tables.from_frames(REPORTS, events, claims, incidents=as_incidents(events))
    cas = charts.casualty_chart(t.casualties, t.events, t.reports, t.incidents)
    freq = charts.attack_frequency_chart(t.incidents, t.reports)
    assert cas.get_suptitle().startswith("Reported casualties per week")
    assert freq.get_suptitle().startswith("Incidents per week")
    assert main_axes(cas)[-1].get_xlabel() == "date of the incident (week starting)"


def test_contested_claims_are_one_row_per_claimant(t):
    fig = charts.contested_claims_chart(t.casualties, t.events, t.reports)
    ax = main_axes(fig)[0]
    labels = [tick.get_text() for tick in ax.get_yticklabels()]
    # e1 has three claimants (c1, c5, c6), e2 two (c2, c3); e3 only one and is not shown
    assert sorted(labels) == sorted(["pro-opposition media", "pro-government sources",
                                     "Syrian Observatory for Human Rights", "pro-government sources",
                                     "pro-opposition sources"])


# --- attack frequency -------------------------------------------------------------------------

def test_span_events_are_spread_evenly_over_their_days(t):
    spread = views.spread_events(t.events)
    week = spread[spread["event_id"] == "e2"]
    assert len(week) == 7 and week["span"].all()
    assert week["weight"].sum() == pytest.approx(1.0)
    assert spread["weight"].sum() == pytest.approx(len(t.events))
    assert not spread.loc[spread["event_id"] == "e1", "span"].any()


def test_frequency_chart_shows_date_precision_counts(t):
    fig = charts.attack_frequency_chart(t.incidents, t.reports)
    ax = next(ax for ax in fig.axes if ax.get_ylabel() == "date precision")
    assert [tick.get_text() for tick in ax.get_yticklabels()] == ["day", "week"]
    assert sorted(p.get_width() for p in ax.patches) == [1, 2]
    assert "1/N" in " ".join(x.get_text() for x in fig.texts)  # the spreading rule is stated in the chart


def test_wide_date_ranges_switch_to_weeks_and_months():
    start = pd.Timestamp("2019-01-01")
    reports = [dict(report_id=f"r{i}", outlet="SOHR", published=str((start + pd.Timedelta(days=3 * i)).date()),
                    status="ok") for i in range(240)]
    events = [event(f"e{i}", str((start + pd.Timedelta(days=3 * i)).date()),
                    str((start + pd.Timedelta(days=3 * i)).date()), "day", report_id=f"r{i}") for i in range(240)]
    mentions = [dict(report_id=f"r{i}", actor="Islamic State", actor_type="Rebel group", surface="IS",
                     date=str((start + pd.Timedelta(days=3 * i)).date()), char_start=0, char_end=2) for i in range(240)]
    t = Tables.from_frames(reports, events, [], mentions, as_incidents(events))
    fig = charts.attack_frequency_chart(t.incidents, t.reports)
    assert fig.get_suptitle().startswith("Incidents per week")
    assert source_text(fig).startswith("Source: 240 SOHR reports, 1 Jan 2019–")
    heat = charts.mentions_heatmap(t.mentions, t.reports)
    assert heat.get_suptitle().startswith("Actor mentions per week")
    long_events = [event("x", "2015-01-01", "2015-01-01", "day")] + events
    long = Tables.from_frames(reports, long_events, incidents=as_incidents(long_events))
    assert charts.attack_frequency_chart(long.incidents, long.reports).get_suptitle().startswith("Incidents per month")


# --- actors -----------------------------------------------------------------------------------

def test_cooccurrence_counts_both_sides_and_associated_actors(t):
    m = views.cooccurrence_matrix(t.events)
    assert (m.values == m.values.T).all()
    assert m.loc["Islamic State", "Islamic State"] == 3
    assert m.loc["Islamic State", "Syrian Arab Army"] == 2
    assert m.loc["US-led coalition", "Syrian Democratic Forces"] == 1  # assoc_actor1
    assert m.loc["Syrian Arab Army", "Russian Aerospace Forces"] == 1  # assoc_actor2


def test_colours_are_fixed(t):
    assert style.event_type_color("Battles") == taxonomy().event_type_colors["Battles"]
    order = style.actor_order(["Zeta group", "Alpha group"])
    first = style.actor_color("Islamic State", order)
    order = style.actor_order(["Zeta group", "Alpha group", "Another new group"])
    assert style.actor_color("Islamic State", order) == first
    assert style.actor_color("Zeta group", order) == style.actor_color("Zeta group", order)
    lexicon_actors = list(lexicon.actors().actors)
    if len(lexicon_actors) >= 2:
        assert style.actor_color(lexicon_actors[0], order) != style.actor_color(lexicon_actors[1], order)


# --- map --------------------------------------------------------------------------------------

@pytest.mark.skipif(not (GEO_DIR / "syria_outline.geojson").exists(), reason="data/geo not there")
def test_map_draws_region_incidents_hollow_and_sizes_by_their_dead():
    # the incidents' figures as linking gives them for CLAIMS (helpers.link.figures): e1's killed ISIS,
    # "seven" and "two to five" from two voices -> best 2; e2: 20 soldiers and up to 10 ISIS -> 30; e3: 4 detained
    figures = {"e1": dict(killed_best=2), "e2": dict(killed_best=30), "e3": dict(detained_best=4)}
    incidents = [dict(i, **figures[i["event_ids"]]) for i in as_incidents(EVENTS)]
    t = Tables.from_frames(REPORTS, EVENTS, CLAIMS, MENTIONS, incidents)
    fig = charts.event_map(t.incidents, t.reports)
    ax = main_axes(fig)[0]
    scatters = [c for c in ax.collections if isinstance(c, PathCollection) and c.get_gid() != "other-harm"]
    crosses = [c for c in ax.collections if c.get_gid() == "other-harm"]
    assert sum(len(c.get_offsets()) for c in crosses) == 1  # e3: detained, no dead
    hollow = [c for c in scatters if len(c.get_offsets()) and c.get_facecolors().size == 0]
    filled = [c for c in scatters if len(c.get_offsets()) and c.get_facecolors().size]
    assert sum(len(c.get_offsets()) for c in hollow) == 1  # e1 has geo_precision 3
    assert sum(len(c.get_offsets()) for c in filled) == 2
    assert views.incident_killed_size(t.incidents).to_dict() == {"i-e1": 2.0, "i-e2": 30.0, "i-e3": 0.0}
    assert views.incident_other_harm(t.incidents).to_dict() == {"i-e1": False, "i-e2": False, "i-e3": True}


# --- saving -----------------------------------------------------------------------------------

def test_save_figure_is_byte_identical_and_carries_no_timestamp(t, tmp_path):
    fig = charts.casualty_chart(t.casualties, t.events, t.reports)
    charts.save_figure(fig, "a", tmp_path)
    first = (tmp_path / "a.png").read_bytes()
    charts.save_figure(fig, "a", tmp_path)
    assert (tmp_path / "a.png").read_bytes() == first
    again = charts.casualty_chart(t.casualties, t.events, t.reports)
    charts.save_figure(again, "b", tmp_path)
    assert (tmp_path / "b.png").read_bytes() == first
    assert first.startswith(b"\x89PNG")
    for marker in (b"Creation Time", b"Software", b"matplotlib version"):
        assert marker not in first
    assert not list(tmp_path.glob("*.tmp"))


def test_a_crowded_day_draws_its_largest_claims_and_counts_the_rest():
    """A year of daily reports must not smear a day into a blot, nor take minutes to draw."""
    events = [event(f"e{i}", "2020-07-02", "2020-07-02", "day") for i in range(40)]
    claims = [claim(f"c{i}", f"e{i}", "killed", i + 1, i + 1, str(i + 1), "Civilians", f"source {i}") for i in range(40)]
    t = Tables.from_frames(REPORTS, events, claims, incidents=as_incidents(events))
    fig = charts.casualty_chart(t.casualties, t.events, t.reports, t.incidents)
    ax = panel(fig, "Killed (")
    dots = sorted(float(line.get_ydata()[0]) for line in ax.get_lines() if line.get_marker() == "o")
    assert dots == [float(n) for n in range(25, 41)]  # the 16 largest
    assert "24 smaller claim(s) not drawn" in source_text(fig)


def test_a_place_outside_syria_is_no_governorate_in_the_frequency_chart():
    incidents = pd.DataFrame({"admin1": ["Idlib", "", "Van"], "country": ["Syria", "Syria", "Turkey"]})
    assert list(frequency._group_values(incidents, "admin1")) == [
        "Idlib", "(region across governorates)", "(outside Syria: Turkey)"]
