"""What every chart shares: one style, fixed colours, the figure with its titles and source line, date axes, saving.

Colours mean the same thing in every chart. Event types, sub-types, actor types and date
precisions take theirs from the codebook (helpers.codebook); actors theirs from their place in
data/lexicon/actors.csv, then among the other names the drawn tables hold; governorates theirs
from their place in data/geo/syria_admin1.geojson. Nothing here knows a date, an actor or a place
of particular reports. Saved PNGs carry no timestamp or version, so the same figure gives the same bytes.
"""
from __future__ import annotations

import colorsys
import contextlib
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
import pandas as pd
from matplotlib.colors import to_hex, to_rgb

from helpers.codebook import taxonomy
from helpers.extract import lexicon
from helpers.paths import FIGURES_DIR, GEO_DIR, shown

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
def _project_style():
    """The project style for the duration of a block; only STYLE's keys are restored afterwards
    (plt.rc_context would also undo the interactive flag Jupyter's inline backend sets on first use,
    and later figures would then not be shown)."""
    saved = {key: matplotlib.rcParams[key] for key in STYLE}
    matplotlib.rcParams.update(STYLE)
    try:
        yield
    finally:
        matplotlib.rcParams.update(saved)


def styled(chart):
    """Draw a chart under the project style whatever the caller's rcParams are."""
    @functools.wraps(chart)
    def wrapper(*args, **kwargs):
        with _project_style():
            return chart(*args, **kwargs)
    return wrapper


def set_style() -> None:
    """Apply the project's chart style to matplotlib globally (notebooks call this via setup_notebook)."""
    matplotlib.rcParams.update(STYLE)


# --------------------------------------------------------------------------------------------
# Colours: fixed, so that a colour means the same thing in every chart.

# Distinct colours for actors, handed out in the order actor_order gives.
ACTOR_PALETTE = [
    "#4363d8", "#e6194b", "#f58231", "#911eb4", "#42b4d4", "#3cb44b", "#f032e6", "#9a6324",
    "#469990", "#000075", "#808000", "#800000", "#a9a9a9", "#7fb800", "#d4a017", "#fabed4",
    "#6b8e23", "#dcbeff", "#ff6f61", "#5f4b8b", "#2f4f4f", "#c71585", "#b8860b", "#1e90ff",
]
# Governorates, in the order of data/geo/syria_admin1.geojson (14 features).
GOVERNORATE_PALETTE = [
    "#393b79", "#ad494a", "#ff7f0e", "#9467bd", "#1f77b4", "#2ca02c", "#bcbd22", "#d62728",
    "#17becf", "#7b4173", "#8c564b", "#e377c2", "#637939", "#6baed6",
]
OTHER_COLOR = "#c7c7c7"
UNKNOWN_COLOR = "#8f8f8f"
OUTSIDE_SYRIA_COLOR = "#d8c39a"  # a place in Turkey, Iraq or Lebanon: no governorate's colour
OUTSIDE_SYRIA = "(outside Syria"  # how a chart labels such a place's group


def actor_order(names) -> tuple[str, ...]:
    """Actors in the order that gives them colours: the lexicon's actors in file order, then the
    other names sorted. A chart builds it from the tables it draws, so a lexicon actor has the same
    colour in every chart."""
    known = tuple(lexicon.actors().actors)
    others = sorted({n for n in names if isinstance(n, str) and n} - set(known))
    return known + tuple(others)


def actor_color(name: str, order: tuple[str, ...]) -> str:
    """An actor's colour by its place in an actor_order; grey for no actor or one the order lacks."""
    if not name or name not in order:
        return UNKNOWN_COLOR
    return ACTOR_PALETTE[order.index(name) % len(ACTOR_PALETTE)]


def event_type_color(event_type: str) -> str:
    return taxonomy().event_type_colors.get(event_type, UNKNOWN_COLOR)


def actor_type_color(actor_type: str) -> str:
    return taxonomy().actor_type_colors.get(actor_type, UNKNOWN_COLOR)


def precision_color(date_precision: str) -> str:
    return taxonomy().precision_colors.get(date_precision, UNKNOWN_COLOR)


def _shade(color: str, i: int, n: int) -> str:
    """The i-th of n shades of a colour, from dark to light."""
    if n <= 1:
        return color
    h, l, s = colorsys.rgb_to_hls(*to_rgb(color))
    lo, hi = max(0.2, l - 0.15), min(0.85, l + 0.3)
    return to_hex(colorsys.hls_to_rgb(h, lo + (hi - lo) * i / (n - 1), s))


def sub_event_type_color(event_type: str, sub_event_type: str) -> str:
    """A shade of its event type's colour, darkest for the type's first sub-type."""
    subs = taxonomy().sub_event_types.get(event_type, ())
    base = event_type_color(event_type)
    if sub_event_type in subs:
        return _shade(base, subs.index(sub_event_type), len(subs))
    return base


def read_geojson(name: str, geo_dir: Path | None = None) -> dict:
    """A GeoJSON file of data/geo (or of geo_dir)."""
    with open(Path(geo_dir or GEO_DIR) / name, encoding="utf-8") as f:
        return json.load(f)


@functools.cache
def _governorates() -> tuple[str, ...]:
    try:
        return tuple(f["properties"]["name"] for f in read_geojson("syria_admin1.geojson")["features"])
    except FileNotFoundError:
        return ()


def admin1_color(admin1: str) -> str:
    """Governorates get colours in the order of the admin1 GeoJSON (stable across charts); a name it
    lacks gets one from a hash of the name (stable, but may repeat)."""
    if not admin1:
        return UNKNOWN_COLOR
    if admin1.startswith(OUTSIDE_SYRIA):
        return OUTSIDE_SYRIA_COLOR
    palette = GOVERNORATE_PALETTE
    if admin1 in _governorates():
        return palette[_governorates().index(admin1) % len(palette)]
    return palette[int(hashlib.md5(admin1.encode("utf-8")).hexdigest(), 16) % len(palette)]


# --------------------------------------------------------------------------------------------
# Source line, titles, date axis and figure scaffolding.

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
    columns = [read["published"]] if n else []
    if events is not None and len(events):
        columns += [events["date_start"], events["date_end"]]
    dates = [date for column in columns for date in (column.min(), column.max()) if not pd.isna(date)]
    span = f", {_fmt_span(min(dates), max(dates))}" if dates else ""
    text = f"Source: {who}{span}; extraction by this project"
    return text + (f". {extra}" if extra else "")


def new_figure(width: float, height: float, reports: pd.DataFrame, events=None, extra: str = ""):
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


def set_titles(fig, title: str, subtitle: str = "") -> None:
    """Figure title, and under it a smaller line saying what the reader sees and the drawing rules."""
    width = max(40, int((fig.get_figwidth() - 2.6) * 15.5))  # characters that fit left of a legend
    subtitle = "\n".join(textwrap.fill(part, width) for part in subtitle.split("\n")) if subtitle else ""
    blank = math.ceil(0.3 + (subtitle.count("\n") + 1) * 8.5 / 12.5) if subtitle else 0
    fig.suptitle(title + "\n" * blank, x=0.008, ha="left", fontsize=12.5, fontweight="bold")
    if subtitle:
        fig.text(0.008, 1 - 0.4 / fig.get_figheight(), subtitle, ha="left", va="top",
                 fontsize=8.5, color="#333333", gid="subtitle")


def date_axis(ax, start: pd.Timestamp, end: pd.Timestamp, label: str = "date") -> None:
    """Sensible ticks for any span: daily ticks for a week, months for years."""
    locator = mdates.AutoDateLocator(minticks=3, maxticks=10)
    days = (end - start).days + 1
    if days <= 16:
        locator = mdates.DayLocator()
    elif days <= 45:
        locator = mdates.DayLocator(bymonthday=[1, 8, 15, 22])
    ax.xaxis.set_major_locator(locator)
    # A tick on the 1st reads "1 Jul", not "Jul", which reads as the whole month.
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(
        locator, show_offset=True, formats=["%Y", "%b", "%-d", "%H:%M", "%H:%M", "%S.%f"],
        zero_formats=["", "%Y", "%-d %b", "%-d %b", "%H:%M", "%H:%M"]))
    ax.set_xlim(mdates.date2num(start) - 0.6, mdates.date2num(end) + 0.6)
    ax.set_xlabel(label)


def no_data(ax, message: str) -> None:
    """An empty panel that says why it is empty."""
    ax.text(0.5, 0.5, message, transform=ax.transAxes, ha="center", va="center", fontsize=10,
            color="#555555")
    ax.set_xticks([])
    ax.set_yticks([])


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
    with _project_style():
        fig.savefig(tmp, format="png", dpi=DPI, metadata={"Software": None})
    os.replace(tmp, path)
    return shown(path, name_outside=True)
