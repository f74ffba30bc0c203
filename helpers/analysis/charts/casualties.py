"""Casualty claims as the reports give them: per day by category and victim side; contested numbers side by side.

A claim's number is drawn by how it reads (codebook section 6): a dot for an exact number, a
bar for a range, an arrow up for "at least", a dashed bar from zero for "up to". Claims are
never summed, averaged or merged.
"""
from __future__ import annotations

import matplotlib
import matplotlib.dates as mdates
import pandas as pd
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.transforms import offset_copy

from helpers.analysis.charts.style import (actor_color, actor_order, date_axis, new_figure, no_data, set_titles,
                                           styled)
from helpers.analysis.views import (actor_names, claim_number, claims_with_incidents, most_frequent, period_grid,
                                   period_start)
from helpers.codebook import taxonomy

KIND_LEGEND = [
    ("exact", "exact number N: dot at N"),
    ("range", "N to M: bar from N to M"),
    ("at_least", "at least N: a short arrow from N (open-ended; its length means nothing)"),
    ("up_to", "up to N: dashed bar from 0 to N"),
    ("span", "claim on an incident dated to a span: line over its days"),
    ("unconfirmed", "doubted by the report itself: faded"),
]

# Glyphs per period and panel: more would be a smear; the largest numbers are drawn, the rest counted.
# A panel holds at most PANEL_GLYPHS in all, so that a year of weeks gets fewer per week than a week of days.
MAX_GLYPHS = 16
PANEL_GLYPHS = 400
UNSTATED_VICTIM = "side not stated"  # a claim whose report does not say whose people were hit


def _kind_handles() -> list:
    k = "#444444"
    return [
        Line2D([], [], color=k, marker="o", linestyle="none", markersize=6, label=KIND_LEGEND[0][1]),
        Line2D([], [], color=k, marker="_", linestyle="-", lw=3, markersize=9, label=KIND_LEGEND[1][1]),
        Line2D([], [], color=k, marker="^", linestyle="-", lw=2, markersize=7, label=KIND_LEGEND[2][1]),
        Line2D([], [], color=k, marker="_", linestyle="--", lw=2, markersize=9, label=KIND_LEGEND[3][1]),
        Line2D([], [], color=k, linestyle="-", lw=2, label=KIND_LEGEND[4][1]),
        Line2D([], [], color=k, marker="o", linestyle="-", lw=2, alpha=0.35, label=KIND_LEGEND[5][1]),
    ]


ARROW_POINTS = 16  # an "at least N" arrow is this long on every scale: only its start means a number


def _arrow_from(ax, x: float, y: float, color: str, alpha: float, up: bool = True, lw: float = 2) -> None:
    """A fixed-length arrow from (x, y) up (or right), whatever the axis scale."""
    end = offset_copy(ax.transData, fig=ax.figure, x=0 if up else ARROW_POINTS, y=ARROW_POINTS if up else 0,
                      units="points")
    ax.annotate("", xy=(x, y), xycoords=end, xytext=(x, y), textcoords="data", zorder=4,
                arrowprops=dict(arrowstyle="-|>", color=color, lw=lw, alpha=alpha, shrinkA=0, shrinkB=0,
                                mutation_scale=12))


def _draw_claim_vertical(ax, x: float, low, high, kind: str, color: str, alpha: float) -> None:
    low, high = claim_number(low), claim_number(high)
    if kind == "exact":
        ax.plot([x], [low], marker="o", markersize=6, color=color, alpha=alpha, zorder=4)
    elif kind == "range":
        ax.plot([x, x], [low, high], color=color, lw=3, alpha=alpha, solid_capstyle="butt", zorder=4)
        ax.plot([x, x], [low, high], marker="_", markersize=9, linestyle="none", color=color, alpha=alpha, zorder=4)
    elif kind == "at_least":
        ax.plot([x], [low], marker="_", markersize=9, color=color, alpha=alpha, zorder=4)
        _arrow_from(ax, x, low, color, alpha)
    elif kind == "up_to":
        ax.plot([x, x], [0, high], color=color, lw=2, linestyle="--", alpha=alpha, zorder=4)
        ax.plot([x], [high], marker="_", markersize=9, color=color, alpha=alpha, zorder=4)


def _draw_claim_band(ax, x0: float, x1: float, low, high, kind: str, color: str, alpha: float, at: float) -> None:
    """A claim on a span: a line over its days at the number (never piled on one day), its glyph
    at x = at. Only a range is filled (between its two numbers): a fill from zero would hide the
    bands under it."""
    low, high = claim_number(low), claim_number(high)
    if kind == "range":
        ax.fill_between([x0, x1], low, high, color=color, alpha=0.13 * alpha, lw=0, zorder=2)
    for y in {"exact": (low,), "range": (low, high), "at_least": (low,), "up_to": (high,)}[kind]:
        ax.plot([x0, x1], [y, y], color=color, lw=2, alpha=alpha, zorder=3,
                linestyle="--" if kind == "up_to" else "-")
    _draw_claim_vertical(ax, at, low, high, kind, color, alpha)


def _lanes(spans: pd.DataFrame) -> tuple[list[int], int]:
    """A lane for each span so that overlapping spans get different lanes (the first free one), and
    how many lanes there are: each band's glyph stands at its own lane's place along the axis."""
    ends: list[pd.Timestamp] = []  # the last period each lane holds so far
    lanes = []
    for start, end in zip(spans["x0"], spans["x1"]):
        lane = next((i for i, last in enumerate(ends) if last < start), len(ends))
        if lane == len(ends):
            ends.append(end)
        ends[lane] = end
        lanes.append(lane)
    return lanes, len(ends)


def _largest_per_period(claims: pd.DataFrame) -> tuple[pd.DataFrame, int, int]:
    """The claims drawn: per category and period the largest numbers, at most MAX_GLYPHS and fewer
    when there are many periods, so that a chart of a year of daily reports stays readable and quick
    to draw; how many were left out; and the cap per period."""
    cap = max(2, min(MAX_GLYPHS, PANEL_GLYPHS // max(1, claims["x0"].nunique())))
    size = claims[["low", "high"]].max(axis=1).astype("Float64").fillna(0)
    ranked = claims.assign(_size=size).sort_values(["_size", "claim_id"], ascending=[False, True], kind="stable")
    kept = ranked.groupby(["category", "x0"], sort=False).head(cap).drop(columns="_size")
    return kept.sort_index(), len(claims) - len(kept), cap


def _in_periods(claims: pd.DataFrame) -> tuple[pd.DataFrame, str, int]:
    """Claims placed on the time grid chart 02 uses for the same span of dates (day, week or month):
    x0 and x1, the first and last period a claim covers, and the grid's unit and length in days."""
    if not len(claims):
        return claims.assign(x0=claims["date_start"], x1=claims["date_end"], is_span=False), "day", 1
    freq, unit, _ = period_grid(pd.concat([claims["date_start"], claims["date_end"]]))
    step = {"D": 1, "W-MON": 7}.get(freq, 30)
    out = claims.copy()
    out["x0"] = period_start(out["date_start"], freq)
    out["x1"] = period_start(out["date_end"], freq)
    out["is_span"] = out["x1"] > out["x0"]
    return out, unit, step


@styled
def casualty_chart(casualties: pd.DataFrame, events: pd.DataFrame, reports: pd.DataFrame,
                   incidents: pd.DataFrame | None = None):
    """Reported killed / injured / missing / detained per day as low–high ranges, by victim side.

    One panel per category. Claims are placed by their incident (the happening, however many
    reports tell it), at the most precise date the reports support: on a day, a vertical glyph
    (the claims of one incident stand side by side, ordered by claimant, so contested numbers
    are next to each other); over a week or a month, a line over its days, the glyphs of lines
    that overlap each at its own place along them. Over a long span, weeks or months replace days,
    as in chart 02.
    Colour = the victim's side (the same actor colours as every other chart).
    """
    claims = claims_with_incidents(casualties, events, incidents)
    categories = taxonomy().categories
    actors = actor_order(actor_names(events, casualties))
    unknown = int((claims["kind"] == "unknown").sum())
    undated = int(claims["date_start"].isna().sum())
    claims = claims[(claims["kind"] != "unknown") & claims["date_start"].notna()].copy()
    claims["date_end"] = claims["date_end"].fillna(claims["date_start"])
    present = set(claims["category"].unique())
    cats = [c for c in categories if c in present] + sorted(present - set(categories))
    claims, unit, step = _in_periods(claims)
    claims, not_drawn, cap = _largest_per_period(claims)
    notes = []
    if unknown:
        notes.append(f"{unknown} claim(s) without a number not drawn")
    if undated:
        notes.append(f"{undated} claim(s) on undated incidents not drawn")
    if not_drawn:
        notes.append(f"{not_drawn} smaller claim(s) not drawn (at most {cap} per {unit} and panel)")
    n_panels = max(1, len(cats))
    height = 1.6 + 1.75 * n_panels
    fig = new_figure(12, height, reports, events, extra="; ".join(notes))
    set_titles(fig, f"Reported casualties per {unit}, by category and victim side",
               "Each glyph is one claim as a report gives it (low–high; nothing averaged or merged). "
               "Claims stand by incident, at the most precise date its reports give; those dated only to a week "
               "or month are lines over its days, each glyph at its own place along its line.")
    axes = fig.subplots(n_panels, 1, sharex=True, squeeze=False)[:, 0]
    if not len(claims):
        no_data(axes[0], "No casualty claim with a number in these reports.")
        axes[0].set_xlabel("date of the incident")
        axes[0].set_ylabel("reported people")
        return fig
    half = 0.45 * step  # a period's glyphs spread over most of its width
    centre = 0.0 if step == 1 else step / 2  # a day's glyphs stand on its tick; a week's or month's mid-period
    victims_drawn: list[str] = []
    for ax, cat in zip(axes, cats):
        sub = claims[claims["category"] == cat]
        values = pd.concat([sub["low"], sub["high"]]).dropna()
        vmax = max(float(values.max()), 1.0) if len(values) else 1.0
        ext = max(vmax * 0.25, 1.0)  # headroom above the largest number for its arrow
        # Bands first, so that the glyphs of single periods sit on top of them.
        spans = sub[sub["is_span"]].sort_values(["x0", "x1", "incident_id", "claimant", "claim_id"])
        lanes, n_lanes = _lanes(spans)
        for row, lane in zip(spans.itertuples(), lanes):
            x0, x1 = mdates.date2num(row.x0) + centre - half, mdates.date2num(row.x1) + centre + half
            color = actor_color(row.victim, actors)
            alpha = 0.35 if row.confirmed == "no" else 1.0
            _draw_claim_band(ax, x0, x1, row.low, row.high, row.kind, color, alpha,
                             at=x0 + (x1 - x0) * (lane + 1) / (n_lanes + 1))
            victims_drawn.append(row.victim)
        single = sub[~sub["is_span"]].sort_values(["x0", "incident_id", "claimant", "victim", "claim_id"], kind="stable")
        # the claims of a period side by side: the i-th of n at its place, read in one pass over the rows
        n_in_period = single.groupby("x0", sort=False)["x0"].transform("size").to_numpy()
        i_in_period = single.groupby("x0", sort=False).cumcount().to_numpy()
        for row, n, i in zip(single.itertuples(), n_in_period, i_in_period):
            n, i = int(n), int(i)
            width = min(0.8 * step, 0.16 * step * n)
            x = mdates.date2num(row.x0) + centre - width / 2 + width * (i + 0.5) / n
            alpha = 0.35 if row.confirmed == "no" else 1.0
            color = actor_color(row.victim, actors)
            _draw_claim_vertical(ax, x, row.low, row.high, row.kind, color, alpha)
            victims_drawn.append(row.victim)
        ax.set_ylim(0, (vmax + ext) * 1.1)
        ax.set_ylabel("reported people")
        ax.set_title(f"{categories.get(cat, cat)} ({len(sub)} claim{'s' if len(sub) != 1 else ''})")
        ax.yaxis.set_major_locator(matplotlib.ticker.MaxNLocator(nbins=5, integer=True))
    start, end = claims["x0"].min(), claims["x1"].max() + pd.Timedelta(days=step - 1)
    date_axis(axes[-1], start, end, "date of the incident (day)" if unit == "day" else
              f"date of the incident ({unit} starting)")
    victims = most_frequent(pd.Series(victims_drawn), 12)
    handles = [Patch(color=actor_color(v, actors), label=v or UNSTATED_VICTIM) for v in victims]
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


@styled
def contested_claims_chart(casualties: pd.DataFrame, events: pd.DataFrame, reports: pd.DataFrame,
                           incidents: pd.DataFrame | None = None, max_events: int = 12):
    """Incidents for which more than one claimant gives numbers: every claim side by side, never merged.

    Claims are grouped by incident, so the numbers different reports give for one happening stand
    together. Each row is one claim, labelled by claimant; colour = victim side.
    """
    claims = claims_with_incidents(casualties, events, incidents)
    categories = taxonomy().categories
    actors = actor_order(actor_names(events, casualties))
    key = "incident_id"
    n_claimants = claims.groupby(key)["claimant"].nunique()
    contested = n_claimants[n_claimants > 1].index
    sub = claims[claims[key].isin(contested) & (claims["kind"] != "unknown")].copy()
    peak = pd.concat([sub["low"], sub["high"]], axis=1).max(axis=1)
    sub["peak"] = peak
    order = sub.groupby(key)["peak"].max().sort_values(ascending=False, kind="stable")
    shown = list(order.index[:max_events])
    sub = sub[sub[key].isin(shown)]
    n_rows = len(sub) + len(shown)
    extra = f"{len(order) - len(shown)} more contested incidents not shown" if len(order) > len(shown) else ""
    fig = new_figure(12, 1.9 + 0.36 * max(n_rows, 3), reports, events, extra=extra)
    set_titles(fig, "Contested casualty claims: each claimant's number side by side",
               "Incidents where more than one source gives a number (in one report or several). One row per claim, "
               "as the report gives it; "
               "nothing is averaged. Colour = victim side.")
    ax = fig.subplots()
    ax.set_xlabel("reported people")
    ax.set_ylabel("claimant")
    if not len(sub):
        no_data(ax, "No incident in these reports has casualty numbers from more than one claimant.")
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
            color = actor_color(row.victim, actors)
            alpha = 0.35 if row.confirmed == "no" else 1.0
            low, high = claim_number(row.low), claim_number(row.high)
            if row.kind == "exact":
                ax.plot([low], [y], marker="o", color=color, markersize=7, alpha=alpha)
                right = low
            elif row.kind == "range":
                ax.plot([low, high], [y, y], color=color, lw=4, alpha=alpha, solid_capstyle="butt")
                right = high
            elif row.kind == "at_least":
                ax.plot([low], [y], marker="|", color=color, markersize=12, alpha=alpha)
                _arrow_from(ax, low, y, color, alpha, up=False, lw=2.5)
                right = low + ext
            else:  # up_to
                ax.plot([0, high], [y, y], color=color, lw=2.5, linestyle="--", alpha=alpha)
                ax.plot([high], [y], marker="|", color=color, markersize=12, alpha=alpha)
                right = high
            what = categories.get(row.category, row.category).lower()
            ax.text(right + vmax * 0.02, y, f"“{row.phrase}” {what} ({row.victim or UNSTATED_VICTIM})", va="center", fontsize=8.5,
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
    handles = [Patch(color=actor_color(v, actors), label=v or UNSTATED_VICTIM)
               for v in most_frequent(pd.Series(victims), 12)]
    fig.legend(handles=handles, title="Victim side (colour)", loc="outside right upper")
    fig.legend(handles=[h for h in _kind_handles() if h.get_label() != KIND_LEGEND[4][1]],
               title="How a number reads (glyph)", loc="outside right lower")
    return fig
