"""How often things happen: incidents per day (week or month for long spans), grouped, how precise
their dates are, and how many report mentions were merged into them.

Incidents, not report mentions, are counted: an attack three outlets report is one attack, so
frequency does not rise where coverage is heavy (the flaw of counting mentions). An incident
dated only to a span of N days (week or month precision) counts 1/N on each of its days
(views.spread_events), so a week of fighting is never piled on one day.
"""
from __future__ import annotations

import matplotlib
import matplotlib.dates as mdates
import numpy as np
import pandas as pd
from matplotlib.patches import Patch

from helpers.analysis.charts.style import (OTHER_COLOR, OUTSIDE_SYRIA, actor_color, actor_order, admin1_color, date_axis,
                                           event_type_color, new_figure, no_data, precision_color, set_titles,
                                           styled, sub_event_type_color)
from helpers.analysis.views import actor_names, most_frequent, period_grid, period_start, spread_events
from helpers.codebook import taxonomy

GROUPINGS = {
    "event_type": "event type",
    "sub_event_type": "event type: sub-type",
    "admin1": "governorate",
    "actor1": "acting side (actor1)",
}


def _group_values(incidents: pd.DataFrame, by: str) -> pd.Series:
    """Each incident's group; a blank one gets a label in parentheses (coloured grey)."""
    if by == "sub_event_type":
        return incidents["event_type"].fillna("") + ": " + incidents["sub_event_type"].fillna("")
    values = incidents[by].fillna("").astype(str)
    blank = {"admin1": "(region across governorates)", "actor1": "(no named actor)"}.get(by, "(unknown)")
    values = values.where(values != "", blank)
    if by == "admin1" and "country" in incidents:  # a province of Turkey or Iraq is no Syrian governorate
        country = incidents["country"].fillna("Syria")
        values = values.where(country.isin(["Syria", ""]), OUTSIDE_SYRIA + ": " + country + ")")
    return values


def _group_color(by: str, value: str, actors: tuple[str, ...]) -> str:
    if by == "event_type":
        return event_type_color(value)
    if by == "sub_event_type":
        et, _, sub = value.partition(": ")
        return sub_event_type_color(et, sub)
    if by == "admin1":
        return admin1_color(value if not value.startswith("(region") else "")
    return actor_color(value if not value.startswith("(") else "", actors)  # actor1


@styled
def attack_frequency_chart(incidents: pd.DataFrame, reports: pd.DataFrame, by: str = "event_type",
                           max_groups: int = 10):
    """Incidents per day (week, month for long spans) by event type, sub-type, governorate or acting side.

    A span incident (week or month precision) counts 1/N on each of its N days (hatched), so a
    week of fighting is not piled on one day; day-precise ones are solid. The right panel
    shows how many incidents are day-, week- and month-precise.
    """
    if by not in GROUPINGS:
        raise ValueError(f"by must be one of {sorted(GROUPINGS)}")
    fig = new_figure(12, 5.8, reports, incidents)
    gs = fig.add_gridspec(2, 2, width_ratios=[3.3, 1], height_ratios=[1.6, 1])
    ax, axl, axp = fig.add_subplot(gs[:, 0]), fig.add_subplot(gs[0, 1]), fig.add_subplot(gs[1, 1])
    axl.axis("off")
    # each incident's group first, then only what the bars need spread over the days: a large
    # archive's incidents cover millions of days
    spread = spread_events(incidents[["incident_id", "date_start", "date_end"]].assign(group=_group_values(incidents, by)))
    title_unit = "day"
    if len(spread):
        start, end = spread["day"].min(), spread["day"].max()
        freq, title_unit, periods = period_grid(spread["day"])
    set_titles(fig, f"Incidents per {title_unit} by {GROUPINGS[by]}",
               "One incident per happening, however many reports tell it. Rule: an incident dated only to a span "
               "of N days (week/month precision) counts 1/N on each of its days (hatched); a day-precise one "
               "counts 1 on its day (solid).")
    ax.set_ylabel(f"incidents per {title_unit}")
    mentions = int(incidents["number_of_sources"].sum()) if len(incidents) else 0
    ax.set_title(f"{len(incidents)} incidents ({mentions} report mentions merged), "
                 f"{int(incidents['date_start'].notna().sum())} dated")
    if not len(spread):
        no_data(ax, "No dated incidents in these reports.")
        ax.set_xlabel("date")
    else:
        actors = actor_order(actor_names(incidents))
        top = most_frequent(spread.drop_duplicates("incident_id")["group"], max_groups)
        n_other = spread["group"].nunique() - len(top)
        other = f"Other ({n_other} groups)"
        spread.loc[~spread["group"].isin(top), "group"] = other
        spread["period"] = period_start(spread["day"], freq)
        table = spread.pivot_table(index="period", columns=["group", "span"], values="weight",
                                   aggfunc="sum", fill_value=0.0)
        table = table.reindex(periods.union(table.index), fill_value=0.0)
        x = mdates.date2num(table.index)
        width = {"D": 0.8, "W-MON": 5.6}.get(freq, 24.0)
        offset = {"D": 0.0, "W-MON": 3.5}.get(freq, 14.0)
        bottom = np.zeros(len(table))
        handles = []
        groups = top + ([other] if n_other > 0 else [])
        for g in groups:
            color = OTHER_COLOR if g == other else _group_color(by, g, actors)
            for span in (False, True):
                if (g, span) not in table.columns:
                    continue
                vals = table[(g, span)].to_numpy()
                ax.bar(x + offset, vals, width=width, bottom=bottom, color=color if not span else "white",
                       edgecolor=color, hatch="////" if span else None, linewidth=0.8 if span else 0)
                bottom += vals
            total = spread.loc[spread["group"] == g, "incident_id"].nunique()
            handles.append(Patch(facecolor=color, edgecolor=color, label=f"{g} ({total})"))
        handles += [Patch(facecolor="#666666", label="day-precise incident (solid)"),
                    Patch(facecolor="white", edgecolor="#666666", hatch="////",
                          label="share of a week/month incident (hatched)")]
        axl.legend(handles=handles, title=f"{GROUPINGS[by].capitalize()} (incidents)", loc="upper left",
                   borderaxespad=0, alignment="left")
        ax.set_ylim(0, max(1.0, bottom.max()) * 1.15)
        if freq == "D":
            date_axis(ax, start, end, "date (day)")
        else:  # bars stand at their period's start: the axis runs to the last period's end
            last = table.index.max() + pd.Timedelta(days=6 if freq == "W-MON" else 27)
            date_axis(ax, table.index.min(), last, f"date ({title_unit} starting)")
    _precision_panel(axp, incidents)
    return fig


def _precision_panel(ax, incidents: pd.DataFrame) -> None:
    """How many incidents are dated to the day, the week and the month (codebook order), and undated."""
    counts = incidents["date_precision"].fillna("").replace("", "undated").value_counts()
    precisions = tuple(taxonomy().precision_colors)
    levels = [p for p in precisions if p in counts.index] + sorted(set(counts.index) - set(precisions))
    levels = levels or list(precisions)
    vals = [int(counts.get(p, 0)) for p in levels]
    ax.barh(levels, vals, color=[precision_color(p) for p in levels])
    for i, v in enumerate(vals):
        ax.text(v, i, f" {v}", va="center", fontsize=9)
    ax.invert_yaxis()
    ax.set_xlim(0, max(vals + [1]) * 1.35)
    ax.xaxis.set_major_locator(matplotlib.ticker.MaxNLocator(nbins=4, integer=True))
    ax.set_xlabel("incidents")
    ax.set_ylabel("date precision")
    ax.set_title("Incidents by date precision")
    ax.grid(axis="y", visible=False)


@styled
def merging_chart(events: pd.DataFrame, incidents: pd.DataFrame, reports: pd.DataFrame):
    """How many report mentions (events) were merged into how many incidents, and how many reports
    tell each incident."""
    fig = new_figure(10, 3.6, reports, events)
    set_titles(fig, "Report mentions merged into incidents",
               "An event is one report's telling; an incident is the happening, however many reports tell it. "
               "Charts count incidents.")
    left, right = fig.subplots(1, 2, width_ratios=[1, 1.4])
    counts = [len(events), len(incidents)]
    left.barh(["report mentions (events)", "incidents"], counts, color=["#9e9e9e", "#2b2b2b"])
    for i, v in enumerate(counts):
        left.text(v, i, f" {v}", va="center", fontsize=9)
    left.invert_yaxis()
    left.set_xlim(0, max(counts + [1]) * 1.25)
    left.set_xlabel("rows")
    left.set_title("Before and after merging")
    left.grid(axis="y", visible=False)
    sources = incidents["number_of_sources"].value_counts().sort_index() if len(incidents) else pd.Series(dtype=int)
    right.bar([str(n) for n in sources.index], sources.to_numpy(), color="#2b2b2b")
    for x, v in enumerate(sources.to_numpy()):
        right.text(x, v, f"{v}", ha="center", va="bottom", fontsize=9)
    right.set_xlabel("reports that tell the incident")
    right.set_ylabel("incidents")
    right.set_ylim(0, max(list(sources.to_numpy()) + [1]) * 1.2)
    right.set_title("Incidents by number of reports telling them")
    right.grid(axis="x", visible=False)
    return fig
