"""Our incidents beside another dataset's events on one time line, matched pairs joined."""
from __future__ import annotations

import matplotlib.dates as mdates
import numpy as np
import pandas as pd
from matplotlib.lines import Line2D

from helpers.analysis.charts.style import date_axis, new_figure, no_data, set_titles, styled

MATCHED, UNMATCHED = "#1f4e79", "#c0392b"
ROWS = {"ours": 1.0, "theirs": 0.0}


def _size(deaths: pd.Series) -> np.ndarray:
    """Marker area grows with the best death figure; an event without one is a small marker."""
    return 30 + 14 * deaths.astype("Float64").fillna(0).astype(float).to_numpy()


def _mid(frame: pd.DataFrame) -> np.ndarray:
    start = mdates.date2num(frame["date_start"])
    end = mdates.date2num(frame["date_end"].fillna(frame["date_start"]))
    return (start + end) / 2


@styled
def comparison_chart(ours: pd.DataFrame, theirs: pd.DataFrame, pairs: pd.DataFrame, reports: pd.DataFrame,
                     their_name: str, their_source: str):
    """Two rows of markers on one date axis, ours above theirs; a line joins each matched pair.

    pairs: helpers.analysis.compare.match's output (positions in ours and theirs)."""
    fig = new_figure(12, 4.2, reports, extra=f"Compared with: {their_source}")
    set_titles(fig, f"Our incidents and {their_name}'s events, matched by date and place",
               "A marker is one incident (ours) or one event (theirs), at the middle of its dates; its area grows "
               "with the best death figure. A grey line joins a matched pair (within a day and 25 km).")
    ax = fig.subplots()
    ax.set_ylabel("dataset")
    dated = [f for f in (ours, theirs) if len(f) and f["date_start"].notna().any()]
    if not dated:
        no_data(ax, "Neither dataset has a dated event.")
        ax.set_xlabel("date of the event (day)")
        return fig
    x = {"ours": _mid(ours), "theirs": _mid(theirs)}
    for i, j in zip(pairs["ours"], pairs["theirs"]):
        ax.plot([x["ours"][i], x["theirs"][j]], [ROWS["ours"], ROWS["theirs"]], color="#999999", lw=0.8, zorder=1)
    for name, frame, matched in (("ours", ours, set(pairs["ours"])), ("theirs", theirs, set(pairs["theirs"]))):
        colors = [MATCHED if k in matched else UNMATCHED for k in range(len(frame))]
        ax.scatter(x[name], np.full(len(frame), ROWS[name]), s=_size(frame["best"]), c=colors, alpha=0.75,
                   edgecolors="white", linewidths=0.6, zorder=2)
    ax.set_yticks([ROWS["theirs"], ROWS["ours"]], [f"{their_name} ({len(theirs)})", f"ours ({len(ours)})"])
    ax.set_ylim(-0.6, 1.6)
    ax.grid(axis="y", visible=False)
    start = min(f["date_start"].min() for f in dated)
    end = max(f["date_end"].fillna(f["date_start"]).max() for f in dated)
    date_axis(ax, start, end, "date of the event (day)")
    handles = [Line2D([], [], marker="o", ls="", color=MATCHED, label="matched"),
               Line2D([], [], marker="o", ls="", color=UNMATCHED, label="in one dataset only"),
               Line2D([], [], marker="o", ls="", color="#777777", markersize=np.sqrt(30 + 14 * 10),
                      label="10 deaths (best)")]
    fig.legend(handles=handles, title="Marker", loc="outside right upper")
    return fig
