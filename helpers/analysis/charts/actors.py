"""Who the reports name: mentions per actor over time, mentions by actor type and actor, actors in the same events.

Colour means counts (a sequential scale, grey for none) in the heat maps and actor type
(the codebook's colours) in the bar chart.
"""
from __future__ import annotations

import matplotlib
import matplotlib.dates as mdates
import numpy as np
import pandas as pd
from matplotlib.patches import Patch

from helpers.analysis.charts.style import (SEQUENTIAL_CMAP, actor_type_color, date_axis, new_figure, no_data,
                                           set_titles, styled)
from helpers.analysis.views import cooccurrence_matrix, most_frequent, period_grid, period_start


@styled
def mentions_heatmap(mentions: pd.DataFrame, reports: pd.DataFrame, max_actors: int = 25):
    """Mentions per actor per day (week or month for long spans), actors ordered by total mentions."""
    m = mentions[mentions["date"].notna()]
    n_actors = m["actor"].nunique()
    actors = most_frequent(m["actor"], max_actors)
    extra = f"{n_actors - len(actors)} less-mentioned actors not shown" if n_actors > len(actors) else ""
    fig = new_figure(12, 1.9 + 0.3 * max(len(actors), 4), reports,
                     pd.DataFrame({"date_start": m["date"], "date_end": m["date"]}), extra=extra)
    ax = fig.subplots()
    if not len(m):
        set_titles(fig, "Actor mentions per day")
        no_data(ax, "No actor mentions in these reports.")
        ax.set_xlabel("date")
        ax.set_ylabel("actor")
        return fig
    freq, unit, periods = period_grid(m["date"])
    set_titles(fig, f"Actor mentions per {unit}",
               "Each cell counts the sentences naming an actor, dated by the event they tell "
               f"(else the report's date); {len(m)} mentions in all.")
    m = m[m["actor"].isin(actors)].assign(period=lambda d: period_start(d["date"], freq))
    grid = m.pivot_table(index="actor", columns="period", values="char_start", aggfunc="count", fill_value=0)
    grid = grid.reindex(index=actors, columns=periods, fill_value=0)
    step = {"D": 1, "W-MON": 7}.get(freq, 30.4)
    x0 = mdates.date2num(periods[0]) - step / 2
    x1 = mdates.date2num(periods[-1]) + step / 2
    data = grid.to_numpy(dtype=float)
    masked = np.ma.masked_where(data == 0, data)
    cmap = matplotlib.colormaps[SEQUENTIAL_CMAP].with_extremes(bad="#f4f4f4")
    im = ax.imshow(masked, aspect="auto", cmap=cmap, vmin=0, vmax=max(1, data.max()), interpolation="nearest",
                   extent=(x0, x1, len(actors) - 0.5, -0.5))
    if data.size <= 600:
        for (i, j), v in np.ndenumerate(data):
            if v:
                ax.text(mdates.date2num(periods[j]), i, f"{int(v)}", ha="center", va="center", fontsize=7.5,
                        color="white" if v > 0.6 * data.max() else "#222222")
    ax.set_yticks(range(len(actors)), actors)
    ax.grid(False)
    start, end = periods[0], periods[-1]
    date_axis(ax, start, end, f"date of the event ({unit})")
    ax.set_xlim(x0, x1)
    ax.set_ylabel("actor (most mentioned first)")
    cb = fig.colorbar(im, ax=ax, shrink=0.9, pad=0.01)
    cb.set_label(f"mentions per {unit} (grey = none)")
    return fig


@styled
def actor_types_chart(mentions: pd.DataFrame, reports: pd.DataFrame, max_actors: int = 20):
    """Mentions by actor type (ACLED inter codes) and by actor, each bar coloured by actor type."""
    fig = new_figure(12, 1.9 + 0.28 * max(min(mentions["actor"].nunique(), max_actors), 8), reports,
                     pd.DataFrame({"date_start": mentions["date"], "date_end": mentions["date"]}))
    set_titles(fig, "Who is mentioned: actor types and actors",
               "Mentions = sentences naming the actor. Types are ACLED's inter codes; "
               "colour = actor type in both panels.")
    ax1, ax2 = fig.subplots(1, 2, width_ratios=[1, 1.5])
    if not len(mentions):
        for ax in (ax1, ax2):
            no_data(ax, "No actor mentions.")
            ax.set_xlabel("mentions")
        ax1.set_ylabel("actor type")
        ax2.set_ylabel("actor")
        return fig
    types = mentions["actor_type"].fillna("").replace("", "(no type)")
    by_type = types.value_counts()
    order = sorted(by_type.items(), key=lambda kv: (-kv[1], kv[0]))
    ax1.barh([k for k, _ in order], [v for _, v in order], color=[actor_type_color(k) for k, _ in order])
    for i, (_, v) in enumerate(order):
        ax1.text(v, i, f" {v}", va="center", fontsize=8.5)
    ax1.invert_yaxis()
    ax1.xaxis.set_major_locator(matplotlib.ticker.MaxNLocator(integer=True))
    ax1.set_xlabel("mentions")
    ax1.set_ylabel("actor type")
    ax1.set_title("By actor type")
    ax1.set_xlim(0, max(by_type) * 1.2)
    ax1.grid(axis="y", visible=False)
    top = most_frequent(mentions["actor"], max_actors)
    counts = mentions["actor"].value_counts()
    type_of = mentions.drop_duplicates("actor").set_index("actor")["actor_type"].fillna("")
    ax2.barh(top, [counts[a] for a in top], color=[actor_type_color(type_of.get(a, "")) for a in top])
    for i, a in enumerate(top):
        ax2.text(counts[a], i, f" {counts[a]}", va="center", fontsize=8.5)
    ax2.invert_yaxis()
    ax2.xaxis.set_major_locator(matplotlib.ticker.MaxNLocator(integer=True))
    ax2.set_xlabel("mentions")
    ax2.set_ylabel("actor")
    ax2.set_title("By actor" + (f" (top {len(top)} of {len(counts)})" if len(counts) > len(top) else ""))
    ax2.set_xlim(0, counts.max() * 1.15)
    ax2.grid(axis="y", visible=False)
    handles = [Patch(color=actor_type_color(k), label=k) for k, _ in order]
    fig.legend(handles=handles, title="Actor type (colour)", loc="outside right upper")
    return fig


@styled
def cooccurrence_chart(events: pd.DataFrame, reports: pd.DataFrame, max_actors: int = 20):
    """Heat map of how often two actors appear in the same event (actor1, assoc_actor1, actor2, assoc_actor2)."""
    matrix = cooccurrence_matrix(events)
    shown = list(matrix.index[:max_actors])
    extra = f"{len(matrix) - len(shown)} actors in fewer events not shown" if len(matrix) > len(shown) else ""
    size = 2.6 + 0.42 * max(len(shown), 5)
    fig = new_figure(size + 2.8, size + 0.6, reports, events, extra=extra)
    set_titles(fig, "Actors appearing in the same events",
               "Cell = events naming both actors (as actor1/actor2 or associated);\n"
               "diagonal = events naming the actor at all.")
    ax = fig.subplots()
    if not len(shown):
        no_data(ax, "No event names an actor.")
        ax.set_xlabel("actor")
        ax.set_ylabel("actor")
        return fig
    m = matrix.loc[shown, shown].to_numpy(dtype=float)
    masked = np.ma.masked_where(m == 0, m)
    cmap = matplotlib.colormaps[SEQUENTIAL_CMAP].with_extremes(bad="#f4f4f4")
    im = ax.imshow(masked, cmap=cmap, vmin=0, vmax=max(1, m.max()), interpolation="nearest")
    for (i, j), v in np.ndenumerate(m):
        if v:
            ax.text(j, i, f"{int(v)}", ha="center", va="center", fontsize=8,
                    color="white" if v > 0.6 * m.max() else "#222222",
                    fontweight="bold" if i == j else "normal")
    ax.set_xticks(range(len(shown)), shown, rotation=40, ha="right", rotation_mode="anchor")
    ax.set_yticks(range(len(shown)), shown)
    ax.grid(False)
    ax.set_xlabel("actor")
    ax.set_ylabel("actor")
    cb = fig.colorbar(im, ax=ax, shrink=0.8, pad=0.02)
    cb.set_label("events together (grey = none)")
    return fig
