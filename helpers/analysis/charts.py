"""The one chart module: one style, fixed colours, a source line on every chart, deterministic PNGs.

Every chart function takes the tables (DataFrames as `helpers.load.load_tables` returns them),
returns a matplotlib Figure and never saves or shows anything itself; `save_figure` writes it.
Each figure has a title, labelled axes with units, a legend or colour bar wherever colour means
something, and a source line naming the reports it was drawn from (built from the reports table).
Nothing here knows a date, an actor or a place of particular reports: colours come from the
codebook's taxonomies (event types, actor types) and from data/lexicon/actors.csv, and time axes
pick their own resolution (day, week or month) from the span of the data.
"""
from __future__ import annotations

import colorsys
import contextlib
import csv
import functools
import hashlib
import json
import math
import os
import textwrap
from pathlib import Path

import matplotlib
import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.colors import to_hex, to_rgb
from matplotlib.lines import Line2D
from matplotlib.patches import Patch, Polygon as PolygonPatch

from helpers.paths import FIGURES_DIR, GEO_DIR, LEXICON_DIR, PROJ_ROOT

# --------------------------------------------------------------------------------------------
# Style: set in this one place.

STYLE = {
    "figure.facecolor": "white",
    "savefig.facecolor": "white",
    "figure.dpi": 100,
    "savefig.dpi": 150,
    "font.family": "DejaVu Sans",
    "font.size": 9.5,
    "axes.titlesize": 10.5,
    "axes.titleweight": "bold",
    "axes.titlelocation": "left",
    "axes.labelsize": 9.5,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "axes.axisbelow": True,
    "grid.color": "#d9d9d9",
    "grid.linestyle": "-",
    "grid.linewidth": 0.6,
    "legend.frameon": False,
    "legend.fontsize": 8.5,
    "legend.title_fontsize": 9,
    "xtick.labelsize": 8.5,
    "ytick.labelsize": 8.5,
    "hatch.linewidth": 0.8,
    "image.cmap": "YlOrRd",
    "svg.hashsalt": "sitreps",
}

DPI = 150
SOURCE_GID = "source-line"
SOURCE_TEXT_INCHES = 0.32  # height reserved at the bottom of every figure for the source line
SEQUENTIAL_CMAP = "YlOrRd"


@contextlib.contextmanager
def _style():
    """The project style for the duration of a block; only STYLE's keys are restored afterwards
    (plt.rc_context would also undo the interactive flag Jupyter's inline backend sets on first use,
    and later figures would then not be shown)."""
    saved = {key: matplotlib.rcParams[key] for key in STYLE}
    matplotlib.rcParams.update(STYLE)
    try:
        yield
    finally:
        matplotlib.rcParams.update(saved)


def _styled(chart):
    """Draw a chart under the project style whatever the caller's rcParams are."""
    @functools.wraps(chart)
    def wrapper(*args, **kwargs):
        with _style():
            return chart(*args, **kwargs)
    return wrapper


def set_style() -> None:
    """Apply the project's chart style to matplotlib globally (notebooks call this via setup_notebook)."""
    matplotlib.rcParams.update(STYLE)


# --------------------------------------------------------------------------------------------
# Colours: fixed, so that a colour means the same thing in every chart.

# ACLED's six event types (codebook section 2), in its hierarchy order.
EVENT_TYPE_COLORS = {
    "Battles": "#c0392b",
    "Explosions/Remote violence": "#e67e22",
    "Violence against civilians": "#8e44ad",
    "Protests": "#27ae60",
    "Riots": "#8d6e63",
    "Strategic developments": "#2c7fb8",
}
SUB_EVENT_TYPES = {
    "Battles": ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"],
    "Explosions/Remote violence": ["Air/drone strike", "Shelling/artillery/missile attack",
                                   "Remote explosive/landmine/IED", "Suicide bomb", "Grenade",
                                   "Chemical weapon"],
    "Violence against civilians": ["Attack", "Abduction/forced disappearance", "Sexual violence"],
    "Protests": ["Peaceful protest", "Protest with intervention", "Excessive force against protesters"],
    "Riots": ["Violent demonstration", "Mob violence"],
    "Strategic developments": ["Arrests", "Agreement", "Looting/property destruction",
                               "Headquarters or base established", "Non-violent transfer of territory",
                               "Disrupted weapons use", "Change to group/activity", "Other"],
}
# ACLED inter codes (codebook section 5).
ACTOR_TYPE_COLORS = {
    "State forces": "#1f4e79",
    "Rebel group": "#c0392b",
    "Political militia": "#7f3c8d",
    "Identity militia": "#a5682a",
    "Rioters": "#e67e22",
    "Protesters": "#27ae60",
    "Civilians": "#7f7f7f",
    "External/Other forces": "#11a579",
}
# Distinct colours for actors, handed out in the order of data/lexicon/actors.csv.
ACTOR_PALETTE = [
    "#4363d8", "#e6194b", "#f58231", "#911eb4", "#42b4d4", "#3cb44b", "#f032e6", "#9a6324",
    "#469990", "#000075", "#808000", "#800000", "#a9a9a9", "#7fb800", "#d4a017", "#fabed4",
    "#6b8e23", "#dcbeff", "#ff6f61", "#5f4b8b", "#2f4f4f", "#c71585", "#b8860b", "#1e90ff",
]
PRECISION_COLORS = {"day": "#2b2b2b", "week": "#8c8c8c", "month": "#c8c8c8"}
# Governorates, in the order of data/geo/syria_admin1.geojson (14 features).
GOVERNORATE_PALETTE = [
    "#393b79", "#ad494a", "#ff7f0e", "#9467bd", "#1f77b4", "#2ca02c", "#bcbd22", "#d62728",
    "#17becf", "#7b4173", "#8c564b", "#e377c2", "#637939", "#6baed6",
]
OTHER_COLOR = "#c7c7c7"
UNKNOWN_COLOR = "#8f8f8f"

# Casualty categories (codebook section 6), in reading order.
CATEGORIES = {
    "killed": "Killed",
    "injured": "Injured",
    "killed_or_injured": "Killed or injured",
    "missing": "Missing",
    "detained": "Detained",
}

_actor_order: list[str] = []


def _lexicon_actors() -> list[str]:
    path = LEXICON_DIR / "actors.csv"
    if not path.exists():
        return []
    with open(path, encoding="utf-8", newline="") as f:
        return [row["actor"].strip() for row in csv.DictReader(f) if (row.get("actor") or "").strip()]


def register_actors(names) -> None:
    """Fix the colour of every actor the tables name: lexicon order first, then the rest sorted.

    `load_tables` calls this once, so every chart of a session gives an actor the same colour.
    Actors never registered get a colour from a hash of their name (stable, but may repeat).
    """
    known = set(_actor_order)
    for name in _lexicon_actors() + sorted({n for n in names if isinstance(n, str) and n}):
        if name not in known:
            _actor_order.append(name)
            known.add(name)


def actor_color(name: str) -> str:
    if not name:
        return UNKNOWN_COLOR
    if not _actor_order:
        register_actors([])
    if name in _actor_order:
        return ACTOR_PALETTE[_actor_order.index(name) % len(ACTOR_PALETTE)]
    digest = int(hashlib.md5(name.encode("utf-8")).hexdigest(), 16)
    return ACTOR_PALETTE[digest % len(ACTOR_PALETTE)]


def event_type_color(event_type: str) -> str:
    return EVENT_TYPE_COLORS.get(event_type, UNKNOWN_COLOR)


def actor_type_color(actor_type: str) -> str:
    return ACTOR_TYPE_COLORS.get(actor_type, UNKNOWN_COLOR)


def _shade(color: str, i: int, n: int) -> str:
    """The i-th of n shades of a colour, from dark to light."""
    if n <= 1:
        return color
    h, l, s = colorsys.rgb_to_hls(*to_rgb(color))
    lo, hi = max(0.2, l - 0.15), min(0.85, l + 0.3)
    return to_hex(colorsys.hls_to_rgb(h, lo + (hi - lo) * i / (n - 1), s))


def sub_event_type_color(event_type: str, sub_event_type: str) -> str:
    subs = SUB_EVENT_TYPES.get(event_type, [])
    base = event_type_color(event_type)
    if sub_event_type in subs:
        return _shade(base, subs.index(sub_event_type), len(subs))
    return base


_admin1_order: list[str] = []


def admin1_color(admin1: str) -> str:
    """Governorates get colours in the order of the admin1 GeoJSON (stable across charts)."""
    if not admin1:
        return UNKNOWN_COLOR
    if not _admin1_order:
        try:
            _admin1_order.extend(f["properties"]["name"] for f in _geo("syria_admin1.geojson")["features"])
        except FileNotFoundError:
            pass
    palette = GOVERNORATE_PALETTE
    if admin1 in _admin1_order:
        return palette[_admin1_order.index(admin1) % len(palette)]
    return palette[int(hashlib.md5(admin1.encode("utf-8")).hexdigest(), 16) % len(palette)]


# --------------------------------------------------------------------------------------------
# Source line, dates and figure scaffolding.

READ_STATUSES = ("ok", "no_events")


def _fmt_span(start: pd.Timestamp, end: pd.Timestamp) -> str:
    """'3 Jul 2020', '3–6 Jul 2020', '29 Jun–6 Jul 2020', '28 Dec 2019–3 Jan 2020'."""
    if start == end:
        return f"{start.day} {start:%b %Y}"
    if start.year != end.year:
        return f"{start.day} {start:%b %Y}–{end.day} {end:%b %Y}"
    if start.month != end.month:
        return f"{start.day} {start:%b}–{end.day} {end:%b %Y}"
    return f"{start.day}–{end.day} {end:%b %Y}"


def source_line(reports: pd.DataFrame, events: pd.DataFrame | None = None, extra: str = "") -> str:
    """'Source: 2 South Front reports, 27 Jun–6 Jul 2020; extraction by this project'.

    Counts the reports that were read (status ok or no_events) and names their outlets; the
    dates run from the earliest event the chart draws (or the earliest publication date when no
    events are given) to the latest publication date.
    """
    read = reports[reports["status"].isin(READ_STATUSES)] if len(reports) else reports
    n = len(read)
    outlets = read["outlet"].replace("", "unknown outlet").value_counts() if n else pd.Series(dtype=int)
    noun = "report" if n == 1 else "reports"
    if len(outlets) == 1:
        who = f"{n} {outlets.index[0]} {noun}"
    elif 1 < len(outlets) <= 3:
        parts = ", ".join(f"{c} {o}" for o, c in sorted(outlets.items(), key=lambda oc: (-oc[1], oc[0])))
        who = f"{n} {noun} ({parts})"
    else:
        who = f"{n} {noun}" + (f" from {len(outlets)} outlets" if len(outlets) else "")
    dates = list(read["published"].dropna()) if n else []
    if events is not None and len(events):
        dates += list(events["date_start"].dropna()) + list(events["date_end"].dropna())
    span = f", {_fmt_span(min(dates), max(dates))}" if dates else ""
    text = f"Source: {who}{span}; extraction by this project"
    return text + (f". {extra}" if extra else "")


def _figure(width: float, height: float, reports: pd.DataFrame, events=None, extra: str = ""):
    """A constrained-layout figure with room at the bottom for the source line (and a line of notes)."""
    fig = plt.figure(figsize=(width, height), layout="constrained")
    text = source_line(reports, events)
    if extra:
        text += f"\n{extra}"
    bottom = (SOURCE_TEXT_INCHES + (0.14 if extra else 0)) / height
    fig.get_layout_engine().set(rect=(0, bottom, 1, 1 - bottom), h_pad=0.06, w_pad=0.06)
    fig.text(0.008, 0.1 / height, text, ha="left", va="bottom", fontsize=7.5, color="#555555",
             gid=SOURCE_GID, linespacing=1.4)
    return fig


def _title(fig, title: str, subtitle: str = "") -> None:
    """Figure title, and under it a smaller line saying what the reader sees and the drawing rules."""
    width = max(40, int((fig.get_figwidth() - 2.6) * 15.5))  # characters that fit left of a legend
    subtitle = "\n".join(textwrap.fill(part, width) for part in subtitle.split("\n")) if subtitle else ""
    blank = math.ceil(0.3 + (subtitle.count("\n") + 1) * 8.5 / 12.5) if subtitle else 0
    fig.suptitle(title + "\n" * blank, x=0.008, ha="left", fontsize=12.5, fontweight="bold")
    if subtitle:
        fig.text(0.008, 1 - 0.4 / fig.get_figheight(), subtitle, ha="left", va="top",
                 fontsize=8.5, color="#333333", gid="subtitle")


def _period(start: pd.Timestamp, end: pd.Timestamp) -> tuple[str, str]:
    """Resolution of a time axis: ('D', 'day') up to 3 months, ('W-MON', 'week') up to 3 years, else month."""
    days = (end - start).days + 1
    if days <= 92:
        return "D", "day"
    if days <= 3 * 366:
        return "W-MON", "week"
    return "MS", "month"


def _period_start(dates: pd.Series, freq: str) -> pd.Series:
    if freq == "D":
        return dates.dt.normalize()
    if freq == "W-MON":
        return (dates - pd.to_timedelta(dates.dt.day_of_week, unit="D")).dt.normalize()
    return dates.dt.to_period("M").dt.start_time


def _date_axis(ax, start: pd.Timestamp, end: pd.Timestamp, label: str = "date") -> None:
    """Sensible ticks for any span: daily ticks for a week, months for years."""
    locator = mdates.AutoDateLocator(minticks=3, maxticks=10)
    days = (end - start).days + 1
    if days <= 16:
        locator = mdates.DayLocator()
    elif days <= 45:
        locator = mdates.DayLocator(bymonthday=[1, 8, 15, 22])
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator, show_offset=True))
    ax.set_xlim(mdates.date2num(start) - 0.6, mdates.date2num(end) + 0.6)
    ax.set_xlabel(label)


def _no_data(ax, message: str) -> None:
    ax.text(0.5, 0.5, message, transform=ax.transAxes, ha="center", va="center", fontsize=10,
            color="#555555")
    ax.set_xticks([])
    ax.set_yticks([])


def _num(x) -> float | None:
    return None if x is None or pd.isna(x) else float(x)


def claim_kind(low, high) -> str:
    """How a claim's number reads (codebook section 6): exact, range, at_least, up_to or unknown."""
    low, high = _num(low), _num(high)
    if low is None and high is None:
        return "unknown"
    if low is None:
        return "up_to"
    if high is None:
        return "at_least"
    return "exact" if low == high else "range"


def _claims_with_events(casualties: pd.DataFrame, events: pd.DataFrame) -> pd.DataFrame:
    cols = ["event_id", "date_start", "date_end", "date_precision", "event_type", "location", "admin1"]
    ev = events[cols].drop_duplicates("event_id")
    claims = casualties.merge(ev, on="event_id", how="left")
    claims["kind"] = [claim_kind(lo, hi) for lo, hi in zip(claims["low"], claims["high"])]
    return claims


def _top(values: pd.Series, n: int) -> list:
    """The n most frequent values (ties broken by name), for legends that must stay readable."""
    counts = values.value_counts()
    order = sorted(counts.items(), key=lambda vc: (-vc[1], str(vc[0])))
    return [v for v, _ in order[:n]]


# --------------------------------------------------------------------------------------------
# Casualties over time.

KIND_LEGEND = [
    ("exact", "exact number N: dot at N"),
    ("range", "N to M: bar from N to M"),
    ("at_least", "at least N: arrow up from N (open-ended)"),
    ("up_to", "up to N: dashed bar from 0 to N"),
    ("span", "claim on a week/month-long event: band over its days"),
    ("unconfirmed", "doubted by the report itself: faded"),
]


def _kind_handles() -> list:
    k = "#444444"
    return [
        Line2D([], [], color=k, marker="o", linestyle="none", markersize=6, label=KIND_LEGEND[0][1]),
        Line2D([], [], color=k, marker="_", linestyle="-", lw=3, markersize=9, label=KIND_LEGEND[1][1]),
        Line2D([], [], color=k, marker="^", linestyle="-", lw=2, markersize=7, label=KIND_LEGEND[2][1]),
        Line2D([], [], color=k, marker="_", linestyle="--", lw=2, markersize=9, label=KIND_LEGEND[3][1]),
        Patch(facecolor=k, alpha=0.2, edgecolor=k, label=KIND_LEGEND[4][1]),
        Line2D([], [], color=k, marker="o", linestyle="-", lw=2, alpha=0.35, label=KIND_LEGEND[5][1]),
    ]


def _draw_claim_vertical(ax, x: float, low, high, kind: str, color: str, ext: float, alpha: float) -> None:
    low, high = _num(low), _num(high)
    if kind == "exact":
        ax.plot([x], [low], marker="o", markersize=6, color=color, alpha=alpha, zorder=4)
    elif kind == "range":
        ax.plot([x, x], [low, high], color=color, lw=3, alpha=alpha, solid_capstyle="butt", zorder=4)
        ax.plot([x, x], [low, high], marker="_", markersize=9, linestyle="none", color=color, alpha=alpha, zorder=4)
    elif kind == "at_least":
        ax.plot([x], [low], marker="_", markersize=9, color=color, alpha=alpha, zorder=4)
        ax.annotate("", xy=(x, low + ext), xytext=(x, low), zorder=4,
                    arrowprops=dict(arrowstyle="-|>", color=color, lw=2, alpha=alpha,
                                    shrinkA=0, shrinkB=0, mutation_scale=12))
    elif kind == "up_to":
        ax.plot([x, x], [0, high], color=color, lw=2, linestyle="--", alpha=alpha, zorder=4)
        ax.plot([x], [high], marker="_", markersize=9, color=color, alpha=alpha, zorder=4)


def _draw_claim_band(ax, x0: float, x1: float, low, high, kind: str, color: str, ext: float, alpha: float) -> None:
    """A claim on a span event: a band over its days (never piled on one day)."""
    low, high = _num(low), _num(high)
    mid = (x0 + x1) / 2
    bottom, top = {"exact": (low, low), "range": (low, high), "at_least": (low, low),
                   "up_to": (0.0, high)}[kind]
    if top > bottom:
        ax.fill_between([x0, x1], bottom, top, color=color, alpha=0.13 * alpha, lw=0, zorder=2)
    for y in {bottom, top} - ({0.0} if kind == "up_to" else set()):
        ax.plot([x0, x1], [y, y], color=color, lw=2, alpha=alpha, zorder=3,
                linestyle="--" if kind == "up_to" else "-")
    if kind == "at_least":
        ax.fill_between([x0, x1], low, low + ext, color=color, alpha=0.10 * alpha, lw=0, zorder=2)
        ax.annotate("", xy=(mid, low + ext), xytext=(mid, low), zorder=4,
                    arrowprops=dict(arrowstyle="-|>", color=color, lw=2, alpha=alpha,
                                    shrinkA=0, shrinkB=0, mutation_scale=12))


@_styled
def casualty_chart(casualties: pd.DataFrame, events: pd.DataFrame, reports: pd.DataFrame):
    """Reported killed / injured / missing / detained per day as low–high ranges, by victim side.

    One panel per category. A claim on a day-precise event is a vertical glyph on that day
    (several claims on one day stand side by side, those of one event together, ordered by
    claimant); a claim on a week- or month-precision event is a band over the event's days.
    Colour = the victim's side (the same actor colours as every other chart).
    """
    claims = _claims_with_events(casualties, events)
    unknown = int((claims["kind"] == "unknown").sum())
    undated = int(claims["date_start"].isna().sum())
    claims = claims[(claims["kind"] != "unknown") & claims["date_start"].notna()].copy()
    claims["date_end"] = claims["date_end"].fillna(claims["date_start"])
    cats = [c for c in CATEGORIES if c in set(claims["category"])]
    cats += sorted(set(claims["category"]) - set(CATEGORIES))
    notes = []
    if unknown:
        notes.append(f"{unknown} claim(s) without a number not drawn")
    if undated:
        notes.append(f"{undated} claim(s) on undated events not drawn")
    n_panels = max(1, len(cats))
    height = 1.6 + 1.75 * n_panels
    fig = _figure(12, height, reports, events, extra="; ".join(notes))
    _title(fig, "Reported casualties per day, by category and victim side",
           "Each glyph is one claim as a report gives it (low–high; nothing averaged or merged). "
           "Claims on events dated only to a week or month are bands over the event's days.")
    axes = fig.subplots(n_panels, 1, sharex=True, squeeze=False)[:, 0]
    if not len(claims):
        _no_data(axes[0], "No casualty claim with a number in these reports.")
        axes[0].set_xlabel("date of the event")
        axes[0].set_ylabel("reported people")
        return fig
    start, end = claims["date_start"].min(), claims["date_end"].max()
    claims["is_span"] = claims["date_end"] > claims["date_start"]
    victims_drawn: list[str] = []
    for ax, cat in zip(axes, cats):
        sub = claims[claims["category"] == cat]
        values = pd.concat([sub["low"], sub["high"]]).dropna()
        vmax = max(float(values.max()), 1.0) if len(values) else 1.0
        ext = max(vmax * 0.25, 1.0)
        # Bands first, so that day glyphs sit on top of them.
        for row in sub[sub["is_span"]].itertuples():
            color = actor_color(row.victim)
            alpha = 0.35 if row.confirmed == "no" else 1.0
            _draw_claim_band(ax, mdates.date2num(row.date_start) - 0.45, mdates.date2num(row.date_end) + 0.45,
                             row.low, row.high, row.kind, color, ext, alpha)
            victims_drawn.append(row.victim)
        day = sub[~sub["is_span"]].sort_values(["date_start", "event_id", "claimant", "victim", "claim_id"])
        for d, group in day.groupby("date_start", sort=True):
            n = len(group)
            width = min(0.8, 0.16 * n)
            for i, row in enumerate(group.itertuples()):
                x = mdates.date2num(d) - width / 2 + width * (i + 0.5) / n
                alpha = 0.35 if row.confirmed == "no" else 1.0
                _draw_claim_vertical(ax, x, row.low, row.high, row.kind, actor_color(row.victim), ext, alpha)
                victims_drawn.append(row.victim)
        ax.set_ylim(0, (vmax + ext) * 1.1)
        ax.set_ylabel("reported people")
        ax.set_title(f"{CATEGORIES.get(cat, cat)} ({len(sub)} claim{'s' if len(sub) != 1 else ''})")
        ax.yaxis.set_major_locator(matplotlib.ticker.MaxNLocator(nbins=5, integer=True))
    _date_axis(axes[-1], start, end, "date of the event (day)")
    victims = _top(pd.Series(victims_drawn), 12)
    handles = [Patch(color=actor_color(v), label=v) for v in victims]
    if len(set(victims_drawn)) > len(victims):
        handles.append(Patch(color="white", label=f"(+{len(set(victims_drawn)) - len(victims)} more)"))
    fig.legend(handles=handles, title="Victim side (colour)", loc="outside right upper")
    fig.legend(handles=_kind_handles(), title="How a number reads (glyph)", loc="outside right lower")
    return fig


def _event_label(row) -> str:
    d0, d1 = row.date_start, row.date_end
    if pd.isna(d0):
        when = "undated"
    elif pd.isna(d1) or d1 == d0:
        when = f"{d0:%Y-%m-%d}"
    else:
        when = f"{d0:%Y-%m-%d}–{d1:%m-%d}"
    where = row.location or "?"
    return f"{when} · {where} · {row.event_type or '?'}"


@_styled
def contested_claims_chart(casualties: pd.DataFrame, events: pd.DataFrame, reports: pd.DataFrame,
                           max_events: int = 12):
    """Events for which more than one claimant gives numbers: every claim side by side, never merged.

    Claims are grouped by event (one report's telling). Each row is one claim, labelled by
    claimant; colour = victim side.
    """
    claims = _claims_with_events(casualties, events)
    key = "event_id"
    n_claimants = claims.groupby(key)["claimant"].nunique()
    contested = n_claimants[n_claimants > 1].index
    sub = claims[claims[key].isin(contested) & (claims["kind"] != "unknown")].copy()
    peak = pd.concat([sub["low"], sub["high"]], axis=1).max(axis=1)
    sub["peak"] = peak
    order = sub.groupby(key)["peak"].max().sort_values(ascending=False, kind="stable")
    shown = list(order.index[:max_events])
    sub = sub[sub[key].isin(shown)]
    n_rows = len(sub) + len(shown)
    extra = f"{len(order) - len(shown)} more contested events not shown" if len(order) > len(shown) else ""
    fig = _figure(12, 1.9 + 0.36 * max(n_rows, 3), reports, events, extra=extra)
    _title(fig, "Contested casualty claims: each claimant's number side by side",
           "Events where more than one source gives a number. One row per claim, as the report gives it; "
           "nothing is averaged. Colour = victim side.")
    ax = fig.subplots()
    ax.set_xlabel("reported people")
    ax.set_ylabel("claimant")
    if not len(sub):
        _no_data(ax, "No event in these reports has casualty numbers from more than one claimant.")
        ax.set_xlabel("reported people")
        return fig
    vmax = float(sub["peak"].max())
    ext = max(vmax * 0.15, 1.0)
    y = 0
    yticks, ylabels, victims = [], [], []
    for g in shown:
        rows = sub[sub[key] == g].sort_values(["claimant", "category", "victim", "claim_id"])
        first = rows.iloc[0]
        ax.text(0, y - 0.05, _event_label(first), transform=ax.get_yaxis_transform(), ha="left", va="center",
                fontsize=9, fontweight="bold")
        y += 1
        for row in rows.itertuples():
            color = actor_color(row.victim)
            alpha = 0.35 if row.confirmed == "no" else 1.0
            low, high = _num(row.low), _num(row.high)
            if row.kind == "exact":
                ax.plot([low], [y], marker="o", color=color, markersize=7, alpha=alpha)
                right = low
            elif row.kind == "range":
                ax.plot([low, high], [y, y], color=color, lw=4, alpha=alpha, solid_capstyle="butt")
                right = high
            elif row.kind == "at_least":
                ax.plot([low], [y], marker="|", color=color, markersize=12, alpha=alpha)
                ax.annotate("", xy=(low + ext, y), xytext=(low, y), arrowprops=dict(
                    arrowstyle="-|>", color=color, lw=2.5, alpha=alpha, shrinkA=0, shrinkB=0, mutation_scale=14))
                right = low + ext
            else:  # up_to
                ax.plot([0, high], [y, y], color=color, lw=2.5, linestyle="--", alpha=alpha)
                ax.plot([high], [y], marker="|", color=color, markersize=12, alpha=alpha)
                right = high
            what = CATEGORIES.get(row.category, row.category).lower()
            ax.text(right + vmax * 0.02, y, f"“{row.phrase}” {what} ({row.victim})", va="center", fontsize=8.5,
                    color="#222222")
            yticks.append(y)
            ylabels.append(row.claimant or "unattributed")
            victims.append(row.victim)
            y += 1
        ax.axhline(y - 0.5, color="#bbbbbb", lw=0.6)
    ax.set_yticks(yticks, ylabels)
    ax.set_ylim(y - 0.5, -0.8)
    ax.set_xlim(0, (vmax + ext) * 1.6)
    ax.grid(axis="y", visible=False)
    handles = [Patch(color=actor_color(v), label=v) for v in _top(pd.Series(victims), 12)]
    fig.legend(handles=handles, title="Victim side (colour)", loc="outside right upper")
    fig.legend(handles=[h for h in _kind_handles() if "band" not in h.get_label()],
               title="How a number reads (glyph)", loc="outside right lower")
    return fig


# --------------------------------------------------------------------------------------------
# Attack frequency.

GROUPINGS = {
    "event_type": "event type",
    "sub_event_type": "event type: sub-type",
    "admin1": "governorate",
    "actor1": "acting side (actor1)",
}


def spread_events(events: pd.DataFrame) -> pd.DataFrame:
    """One row per event and day it covers, with weight 1/days: a span event counts evenly over its days.

    Columns: event_id, day, weight, span (False for a day-precise event), plus the event's columns.
    Events without a date are left out.
    """
    ev = events[events["date_start"].notna()].copy()
    ev["date_end"] = ev["date_end"].fillna(ev["date_start"])
    ev["date_end"] = ev[["date_start", "date_end"]].max(axis=1)
    ev["n_days"] = (ev["date_end"] - ev["date_start"]).dt.days + 1
    ev["day"] = [list(pd.date_range(s, e, freq="D")) for s, e in zip(ev["date_start"], ev["date_end"])]
    out = ev.explode("day")
    out["day"] = pd.to_datetime(out["day"])
    out["weight"] = 1.0 / out["n_days"]
    out["span"] = out["n_days"] > 1
    return out.reset_index(drop=True)


def _group_values(events: pd.DataFrame, by: str) -> pd.Series:
    if by == "sub_event_type":
        return events["event_type"].fillna("") + ": " + events["sub_event_type"].fillna("")
    values = events[by].fillna("").astype(str)
    blank = {"admin1": "(region across governorates)", "actor1": "(no named actor)"}.get(by, "(unknown)")
    return values.where(values != "", blank)


def _group_color(by: str, value: str) -> str:
    if by == "event_type":
        return event_type_color(value)
    if by == "sub_event_type":
        et, _, sub = value.partition(": ")
        return sub_event_type_color(et, sub)
    if by == "admin1":
        return admin1_color(value if not value.startswith("(") else "")
    if by == "actor1":
        return actor_color(value if not value.startswith("(") else "")
    return actor_color(value)


@_styled
def attack_frequency_chart(events: pd.DataFrame, reports: pd.DataFrame, by: str = "event_type",
                           max_groups: int = 10):
    """Events per day (week, month for long spans) by event type, sub-type, governorate or acting side.

    A span event (week or month precision) counts 1/N on each of its N days (hatched), so a
    week of fighting is not piled on one day; day-precise events are solid. The right panel
    shows how many events are day-, week- and month-precise.
    """
    if by not in GROUPINGS:
        raise ValueError(f"by must be one of {sorted(GROUPINGS)}")
    fig = _figure(12, 5.8, reports, events)
    gs = fig.add_gridspec(2, 2, width_ratios=[3.3, 1], height_ratios=[1.6, 1])
    ax, axl, axp = fig.add_subplot(gs[:, 0]), fig.add_subplot(gs[0, 1]), fig.add_subplot(gs[1, 1])
    axl.axis("off")
    spread = spread_events(events)
    title_unit = "day"
    if len(spread):
        start, end = spread["day"].min(), spread["day"].max()
        freq, title_unit = _period(start, end)
    _title(fig, f"Events per {title_unit} by {GROUPINGS[by]}",
           "Rule: an event dated only to a span of N days (week/month precision) counts 1/N on each of "
           "its days (hatched); a day-precise event counts 1 on its day (solid).")
    ax.set_ylabel(f"events per {title_unit}")
    ax.set_title(f"{len(events)} events, {int(events['date_start'].notna().sum())} dated")
    if not len(spread):
        _no_data(ax, "No dated events in these reports.")
        ax.set_xlabel("date")
    else:
        spread["group"] = _group_values(spread, by)
        top = _top(spread.drop_duplicates("event_id")["group"], max_groups)
        n_other = spread["group"].nunique() - len(top)
        other = f"Other ({n_other} groups)"
        spread.loc[~spread["group"].isin(top), "group"] = other
        spread["period"] = _period_start(spread["day"], freq)
        table = spread.pivot_table(index="period", columns=["group", "span"], values="weight",
                                   aggfunc="sum", fill_value=0.0)
        periods = pd.date_range(_period_start(pd.Series([start]), freq)[0], end, freq=freq if freq != "MS" else "MS")
        table = table.reindex(periods.union(table.index), fill_value=0.0)
        x = mdates.date2num(table.index)
        width = {"D": 0.8, "W-MON": 5.6}.get(freq, 24.0)
        offset = {"D": 0.0, "W-MON": 3.5}.get(freq, 14.0)
        bottom = np.zeros(len(table))
        handles = []
        groups = top + ([other] if n_other > 0 else [])
        for g in groups:
            color = OTHER_COLOR if g == other else _group_color(by, g)
            for span in (False, True):
                if (g, span) not in table.columns:
                    continue
                vals = table[(g, span)].to_numpy()
                ax.bar(x + offset, vals, width=width, bottom=bottom, color=color if not span else "white",
                       edgecolor=color, hatch="////" if span else None, linewidth=0.8 if span else 0)
                bottom += vals
            total = spread.loc[spread["group"] == g, "event_id"].nunique()
            handles.append(Patch(facecolor=color, edgecolor=color, label=f"{g} ({total})"))
        handles += [Patch(facecolor="#666666", label="day-precise event (solid)"),
                    Patch(facecolor="white", edgecolor="#666666", hatch="////",
                          label="share of a week/month event (hatched)")]
        axl.legend(handles=handles, title=f"{GROUPINGS[by].capitalize()} (events)", loc="upper left",
                   borderaxespad=0, alignment="left")
        ax.set_ylim(0, max(1.0, bottom.max()) * 1.15)
        _date_axis(ax, start if freq == "D" else table.index.min(), end if freq == "D" else table.index.max()
                   + pd.Timedelta(days=6 if freq == "W-MON" else 27), f"date ({'day' if freq == 'D' else title_unit + ' starting'})")
    # Date precision panel.
    counts = events["date_precision"].fillna("").replace("", "undated").value_counts()
    levels = [p for p in ("day", "week", "month") if p in counts.index] + sorted(
        set(counts.index) - {"day", "week", "month"})
    levels = levels or ["day", "week", "month"]
    vals = [int(counts.get(p, 0)) for p in levels]
    axp.barh(levels, vals, color=[PRECISION_COLORS.get(p, UNKNOWN_COLOR) for p in levels])
    for i, v in enumerate(vals):
        axp.text(v, i, f" {v}", va="center", fontsize=9)
    axp.invert_yaxis()
    axp.set_xlim(0, max(vals + [1]) * 1.35)
    axp.xaxis.set_major_locator(matplotlib.ticker.MaxNLocator(nbins=4, integer=True))
    axp.set_xlabel("events")
    axp.set_ylabel("date precision")
    axp.set_title("Events by date precision")
    axp.grid(axis="y", visible=False)
    return fig


# --------------------------------------------------------------------------------------------
# Actor mentions.

def _period_grid(dates: pd.Series):
    start, end = dates.min(), dates.max()
    freq, unit = _period(start, end)
    periods = pd.date_range(_period_start(pd.Series([start]), freq)[0], end, freq=freq)
    return freq, unit, periods


@_styled
def mentions_heatmap(mentions: pd.DataFrame, reports: pd.DataFrame, max_actors: int = 25):
    """Mentions per actor per day (week or month for long spans), actors ordered by total mentions."""
    m = mentions[mentions["date"].notna()]
    n_actors = m["actor"].nunique()
    actors = _top(m["actor"], max_actors)
    extra = f"{n_actors - len(actors)} less-mentioned actors not shown" if n_actors > len(actors) else ""
    fig = _figure(12, 1.9 + 0.3 * max(len(actors), 4), reports,
                  pd.DataFrame({"date_start": m["date"], "date_end": m["date"]}), extra=extra)
    ax = fig.subplots()
    if not len(m):
        _title(fig, "Actor mentions per day")
        _no_data(ax, "No actor mentions in these reports.")
        ax.set_xlabel("date")
        ax.set_ylabel("actor")
        return fig
    freq, unit, periods = _period_grid(m["date"])
    _title(fig, f"Actor mentions per {unit}",
           f"Each cell counts the sentences naming an actor, dated by the event they tell (else the report's date); "
           f"{len(m)} mentions in all.")
    m = m[m["actor"].isin(actors)].assign(period=lambda d: _period_start(d["date"], freq))
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
    _date_axis(ax, start, end, f"date of the event ({unit})")
    ax.set_xlim(x0, x1)
    ax.set_ylabel("actor (most mentioned first)")
    cb = fig.colorbar(im, ax=ax, shrink=0.9, pad=0.01)
    cb.set_label(f"mentions per {unit} (grey = none)")
    return fig


@_styled
def actor_types_chart(mentions: pd.DataFrame, reports: pd.DataFrame, max_actors: int = 20):
    """Mentions by actor type (ACLED inter codes) and by actor, each bar coloured by actor type."""
    fig = _figure(12, 1.9 + 0.28 * max(min(mentions["actor"].nunique(), max_actors), 8), reports,
                  pd.DataFrame({"date_start": mentions["date"], "date_end": mentions["date"]}))
    _title(fig, "Who is mentioned: actor types and actors",
           "Mentions = sentences naming the actor. Types are ACLED's inter codes; "
           "colour = actor type in both panels.")
    ax1, ax2 = fig.subplots(1, 2, width_ratios=[1, 1.5])
    if not len(mentions):
        for ax in (ax1, ax2):
            _no_data(ax, "No actor mentions.")
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
    top = _top(mentions["actor"], max_actors)
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


def event_actors(events: pd.DataFrame) -> pd.DataFrame:
    """One row per (event_id, actor) for actor1, assoc_actor1, actor2 and assoc_actor2 (';'-separated)."""
    rows = []
    for row in events.itertuples():
        names = set()
        for col in ("actor1", "assoc_actor1", "actor2", "assoc_actor2"):
            value = getattr(row, col, "")
            if isinstance(value, str):
                names.update(n.strip() for n in value.split(";") if n.strip())
        rows += [(row.event_id, n) for n in sorted(names)]
    return pd.DataFrame(rows, columns=["event_id", "actor"])


def cooccurrence_matrix(events: pd.DataFrame) -> pd.DataFrame:
    """Events in which two actors appear together (either side, or associated); the diagonal counts
    the events an actor appears in at all."""
    pairs = event_actors(events)
    if not len(pairs):
        return pd.DataFrame(dtype=int)
    onehot = pd.crosstab(pairs["event_id"], pairs["actor"]).clip(upper=1)
    matrix = onehot.T @ onehot
    order = sorted(matrix.index, key=lambda a: (-matrix.loc[a, a], a))
    return matrix.loc[order, order]


@_styled
def cooccurrence_chart(events: pd.DataFrame, reports: pd.DataFrame, max_actors: int = 20):
    """Heat map of how often two actors appear in the same event (actor1, assoc_actor1, actor2, assoc_actor2)."""
    matrix = cooccurrence_matrix(events)
    shown = list(matrix.index[:max_actors])
    extra = f"{len(matrix) - len(shown)} actors in fewer events not shown" if len(matrix) > len(shown) else ""
    size = 2.6 + 0.42 * max(len(shown), 5)
    fig = _figure(size + 2.8, size + 0.6, reports, events, extra=extra)
    _title(fig, "Actors appearing in the same events",
           "Cell = events naming both actors (as actor1/actor2 or associated);\n"
           "diagonal = events naming the actor at all.")
    ax = fig.subplots()
    if not len(shown):
        _no_data(ax, "No event names an actor.")
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


# --------------------------------------------------------------------------------------------
# Map.

def _geo(name: str, geo_dir: Path | None = None) -> dict:
    path = Path(geo_dir or GEO_DIR) / name
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def _rings(geometry: dict):
    if geometry["type"] == "Polygon":
        yield from geometry["coordinates"]
    elif geometry["type"] == "MultiPolygon":
        for poly in geometry["coordinates"]:
            yield from poly
    elif geometry["type"] == "LineString":
        yield geometry["coordinates"]
    elif geometry["type"] == "MultiLineString":
        yield from geometry["coordinates"]


def _ring_centroid(ring) -> tuple[float, float, float]:
    xy = np.asarray(ring, dtype=float)[:, :2]
    x, y = xy[:, 0], xy[:, 1]
    cross = x[:-1] * y[1:] - x[1:] * y[:-1]
    area = cross.sum() / 2
    if abs(area) < 1e-12:
        return float(x.mean()), float(y.mean()), 0.0
    cx = ((x[:-1] + x[1:]) * cross).sum() / (6 * area)
    cy = ((y[:-1] + y[1:]) * cross).sum() / (6 * area)
    return float(cx), float(cy), abs(area)


def event_casualty_size(events: pd.DataFrame, casualties: pd.DataFrame) -> pd.Series:
    """Reported people per event for marker sizes: the largest max(low, high) of its claims (0 if none)."""
    if not len(casualties):
        return pd.Series(0.0, index=events["event_id"])
    peak = casualties[["low", "high"]].astype("Float64").max(axis=1).fillna(0).astype(float)
    by_event = peak.groupby(casualties["event_id"]).max()
    return by_event.reindex(events["event_id"]).fillna(0.0)


def _fan_out(lat: np.ndarray, lon: np.ndarray, radius: float = 0.1) -> tuple[np.ndarray, np.ndarray]:
    """Events at one point are spread on a small disc around it (a sunflower pattern) so none hides another."""
    lat, lon = lat.copy(), lon.copy()
    keys = pd.Series(list(zip(np.round(lat, 3), np.round(lon, 3))))
    golden = math.pi * (3 - math.sqrt(5))
    for _, idx in keys.groupby(keys).groups.items():
        idx = list(idx)
        n = len(idx)
        if n < 2:
            continue
        r_max = min(radius * math.sqrt(n), 0.45)
        lat0 = lat[idx[0]]
        for k, i in enumerate(idx):
            r = r_max * math.sqrt((k + 0.5) / n)
            a = k * golden + math.pi / 2
            lat[i] = lat0 + r * math.sin(a)
            lon[i] += r * math.cos(a) / math.cos(math.radians(lat0))
    return lat, lon


def _size(n: float, nmax: float, scale: float = 1.0) -> float:
    """Marker area in points²: proportional to reported people above a floor; scale shrinks it for many events."""
    return scale * (24 + 400 * n / nmax) if nmax > 0 else 24 * scale


@_styled
def event_map(events: pd.DataFrame, casualties: pd.DataFrame, reports: pd.DataFrame,
              geo_dir: Path | None = None, max_labels: int = 20):
    """Events on the Syria outline with governorate borders and the Euphrates.

    Colour = event type; marker area = reported people (the largest number among the event's
    claims); filled = town-level (geo_precision 1 or 2), hollow = region-level (3), placed
    at the region's centroid. Events sharing a point are fanned out around it. Places are named
    when there are at most max_labels of them.
    """
    outline = _geo("syria_outline.geojson", geo_dir)
    admin1 = _geo("syria_admin1.geojson", geo_dir)
    river = _geo("syria_euphrates.geojson", geo_dir)
    ev = events[events["latitude"].notna() & events["longitude"].notna()].copy()
    missing = len(events) - len(ev)
    notes = ["Boundaries: geoBoundaries (CC BY 3.0 IGO)", "Euphrates: Natural Earth (public domain)"]
    if missing:
        notes.insert(0, f"{missing} event(s) without coordinates not drawn")
    fig = _figure(11, 8.6, reports, events, extra="; ".join(notes))
    _title(fig, "Where events happened",
           "Colour = event type; area = reported people (largest number among the event's claims).\n"
           "Hollow = only a region is named (marker at the region's centroid); events at one point are fanned out.")
    ax = fig.subplots()
    for feature in admin1["features"]:
        for ring in _rings(feature["geometry"]):
            xy = np.asarray(ring)[:, :2]
            ax.add_patch(PolygonPatch(xy, closed=True, facecolor="#f7f5f0", edgecolor="#b5b5b5", lw=0.6, zorder=1))
        cx, cy, _ = max((_ring_centroid(r) for r in _rings(feature["geometry"])), key=lambda c: c[2])
        ax.text(cx, cy, feature["properties"]["name"], ha="center", va="center", fontsize=7.5,
                color="#8a8a8a", style="italic", zorder=2)
    for feature in outline["features"]:
        for ring in _rings(feature["geometry"]):
            xy = np.asarray(ring)[:, :2]
            ax.plot(xy[:, 0], xy[:, 1], color="#333333", lw=1.2, zorder=3)
    for feature in river["features"]:
        for line in _rings(feature["geometry"]):
            xy = np.asarray(line)[:, :2]
            ax.plot(xy[:, 0], xy[:, 1], color="#3a7dc9", lw=1.8, zorder=3, solid_capstyle="round")
    ev = ev.sort_values(["latitude", "longitude", "event_id"]).reset_index(drop=True)
    size = event_casualty_size(ev, casualties).to_numpy()
    nmax = float(size.max()) if len(size) else 0.0
    scale = min(1.0, math.sqrt(40 / max(len(ev), 1)))  # smaller markers when there are many events
    if len(ev):
        lat, lon = _fan_out(ev["latitude"].to_numpy(float), ev["longitude"].to_numpy(float))
        region = (ev["geo_precision"].fillna(0).astype(int) >= 3).to_numpy()
        colors = np.array([event_type_color(t) for t in ev["event_type"]])
        areas = np.array([_size(n, nmax, scale) for n in size])
        order = np.argsort(-size, kind="stable")  # big markers first, small ones on top
        hollow, filled = order[region[order]], order[~region[order]]
        ax.scatter(lon[filled], lat[filled], s=areas[filled], c=colors[filled], edgecolors="white",
                   linewidths=0.8, alpha=0.9, zorder=6)
        ax.scatter(lon[hollow], lat[hollow], s=areas[hollow], facecolors="none", edgecolors=colors[hollow],
                   linewidths=1.8, zorder=5)
        places = ev.assign(plat=lat, plon=lon).groupby("location", sort=True)[["plat", "plon"]].max()
        places = places[places.index != ""].sort_values(["plat", "plon"], ascending=[False, True])
        if len(places) <= max_labels:  # name the places when there are few enough to read
            _place_labels(ax, places)
    lon_min, lat_min, lon_max, lat_max = _bounds(outline)
    ax.set_xlim(lon_min - 0.3, lon_max + 0.3)
    ax.set_ylim(lat_min - 0.3, lat_max + 0.3)
    ax.set_aspect(1 / math.cos(math.radians((lat_min + lat_max) / 2)))
    ax.set_xlabel("longitude (°E)")
    ax.set_ylabel("latitude (°N)")
    ax.grid(alpha=0.4)
    types = [t for t in EVENT_TYPE_COLORS if t in set(ev["event_type"])] + sorted(
        set(ev["event_type"]) - set(EVENT_TYPE_COLORS) - {""})
    type_handles = [Line2D([], [], marker="o", linestyle="none", markersize=9, markerfacecolor=event_type_color(t),
                           markeredgecolor="white", label=f"{t} ({int((ev['event_type'] == t).sum())})")
                    for t in types]
    type_handles += [Line2D([], [], color="#3a7dc9", lw=1.8, label="Euphrates"),
                     Line2D([], [], color="#b5b5b5", lw=0.8, label="governorate border")]
    fig.legend(handles=type_handles, title="Event type (colour)", loc="outside right upper")
    prec_handles = [
        Line2D([], [], marker="o", linestyle="none", markersize=9, markerfacecolor="#777777",
               markeredgecolor="white", label="town-level (geo_precision 1–2)"),
        Line2D([], [], marker="o", linestyle="none", markersize=9, markerfacecolor="none",
               markeredgecolor="#777777", markeredgewidth=1.6, label="region only (geo_precision 3)"),
    ]
    for n in _size_steps(nmax):
        prec_handles.append(Line2D([], [], marker="o", linestyle="none", markersize=math.sqrt(_size(n, nmax, scale)),
                                   markerfacecolor="#bbbbbb", markeredgecolor="white",
                                   label=f"{n:g} reported people" if n else "no number reported"))
    fig.legend(handles=prec_handles, title="Place precision and size", loc="outside right lower",
               labelspacing=1.0)
    return fig


def _place_labels(ax, places: pd.DataFrame, line: float = 0.13, char: float = 0.075) -> None:
    """Name places beside their markers, moving a label down while it would overlap one already placed
    (sizes in degrees, for a map of Syria's extent)."""
    placed: list[tuple[float, float, float]] = []  # x0, x1, y
    for name, row in places.iterrows():
        x, y = row["plon"] + 0.07, row["plat"] + 0.05
        width = char * len(name)
        for _ in range(8):
            if not any(abs(y - py) < line and x < px1 and px0 < x + width for px0, px1, py in placed):
                break
            y -= line
        placed.append((x, x + width, y))
        ax.text(x, y, name, fontsize=7.5, color="#222222", va="bottom", zorder=7)


def _size_steps(nmax: float) -> list[float]:
    """Sizes for the legend: none, a round number near a quarter of the largest, the largest."""
    if nmax <= 0:
        return [0]
    nice = [n for n in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000) if n <= nmax / 3]
    return [0] + nice[-1:] + [nmax]


def _bounds(geojson: dict) -> tuple[float, float, float, float]:
    xs, ys = [], []
    for feature in geojson["features"]:
        for ring in _rings(feature["geometry"]):
            xy = np.asarray(ring)[:, :2]
            xs += [xy[:, 0].min(), xy[:, 0].max()]
            ys += [xy[:, 1].min(), xy[:, 1].max()]
    return min(xs), min(ys), max(xs), max(ys)


# --------------------------------------------------------------------------------------------
# Saving.

def save_figure(fig, name: str, figures_dir: Path | None = None) -> str:
    """Write reports/figures/NAME.png with fixed dpi and no timestamp or version in the bytes.

    Returns the path relative to the project root (what notebooks print).
    """
    folder = Path(figures_dir or FIGURES_DIR)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    tmp = path.with_suffix(".png.tmp")
    with _style():
        fig.savefig(tmp, format="png", dpi=DPI, metadata={"Software": None})
    os.replace(tmp, path)
    try:
        return path.resolve().relative_to(PROJ_ROOT).as_posix()
    except ValueError:
        return path.name
