"""Where things happened: event_map draws the incidents on Syria's outline, governorates and the Euphrates (data/geo).

Coordinates are longitude/latitude degrees drawn with the aspect of Syria's mean latitude;
the geometry helpers here read GeoJSON rings, centroids and bounds without a GIS library.
"""
from __future__ import annotations

import math
from pathlib import Path

import numpy as np
from adjustText import adjust_text
import pandas as pd
from matplotlib.lines import Line2D
from matplotlib.patches import Polygon as PolygonPatch

from helpers.analysis.charts.style import event_type_color, new_figure, read_geojson, set_titles, styled
from helpers.analysis.views import incident_killed_size, incident_other_harm, most_deadly_per_point
from helpers.codebook import taxonomy


def _rings(geometry: dict):
    """The coordinate rings of a (multi)polygon, or the lines of a (multi)line string."""
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
    """A ring's centroid and area (the largest ring of a governorate carries its name)."""
    xy = np.asarray(ring, dtype=float)[:, :2]
    x, y = xy[:, 0], xy[:, 1]
    cross = x[:-1] * y[1:] - x[1:] * y[:-1]
    area = cross.sum() / 2
    if abs(area) < 1e-12:
        return float(x.mean()), float(y.mean()), 0.0
    cx = ((x[:-1] + x[1:]) * cross).sum() / (6 * area)
    cy = ((y[:-1] + y[1:]) * cross).sum() / (6 * area)
    return float(cx), float(cy), abs(area)


def _fan_out(lat: np.ndarray, lon: np.ndarray, radius: float = 0.1) -> tuple[np.ndarray, np.ndarray]:
    """Events at one point are spread on a small disc around it (a sunflower pattern) so none hides another.

    The k-th of a point's n events (in their order) goes to radius r_max * sqrt((k + 0.5) / n) at
    angle k * golden + pi / 2 from the first one's place; worked out for all points at once, with
    the sines and cosines of math (not numpy's, which may differ in the last bit)."""
    lat, lon = lat.copy(), lon.copy()
    if not len(lat):
        return lat, lon
    keys = pd.DataFrame({"lat": np.round(lat, 3), "lon": np.round(lon, 3)})
    point = keys.groupby(["lat", "lon"], sort=False).ngroup().to_numpy()
    n = np.bincount(point)[point]
    k = keys.groupby(["lat", "lon"], sort=False).cumcount().to_numpy()
    crowded = n >= 2
    if not crowded.any():
        return lat, lon
    first = np.full(point.max() + 1, len(point))
    np.minimum.at(first, point, np.arange(len(point)))  # each point's first event
    lat0 = lat[first[point]]
    golden = math.pi * (3 - math.sqrt(5))
    angles = [k_ * golden + math.pi / 2 for k_ in range(int(k.max()) + 1)]
    sines, cosines = np.array([math.sin(a) for a in angles]), np.array([math.cos(a) for a in angles])
    shrink = np.array([math.cos(math.radians(v)) for v in lat0[crowded]])
    r_max = np.minimum(radius * np.sqrt(n[crowded]), 0.45)
    r = r_max * np.sqrt((k[crowded] + 0.5) / n[crowded])
    lat[crowded] = lat0[crowded] + r * sines[k[crowded]]
    lon[crowded] += r * cosines[k[crowded]] / shrink
    return lat, lon


# Markers drawn at most: more are a smear that takes seconds to draw. Past it, each point keeps its
# most deadly incidents (helpers.analysis.views.most_deadly_per_point).
MAX_MARKERS = 20_000


def _size(n, nmax: float, scale: float = 1.0):
    """Marker area in points²: proportional to reported people above a floor; scale shrinks it for
    many incidents. n may be one number or an array of them."""
    return scale * (24 + 400 * n / nmax) if nmax > 0 else 24 * scale


@styled
def event_map(incidents: pd.DataFrame, reports: pd.DataFrame, geo_dir: Path | None = None, max_labels: int = 20):
    """Incidents on the Syria outline with governorate borders and the Euphrates: one marker per
    happening, however many reports tell it.

    Colour = event type; marker area = reported dead (the incident's best figure killed);
    filled = town-level (geo_precision 1 or 2), hollow = region-level (3), placed at the
    region's centroid. Incidents sharing a point are fanned out around it. Places are named
    when there are at most max_labels of them.
    """
    outline = read_geojson("syria_outline.geojson", geo_dir)
    admin1 = read_geojson("syria_admin1.geojson", geo_dir)
    river = read_geojson("syria_euphrates.geojson", geo_dir)
    ev = incidents[incidents["latitude"].notna() & incidents["longitude"].notna()].copy()
    missing = len(incidents) - len(ev)
    notes = ["Boundaries: geoBoundaries (CC BY 3.0 IGO)", "Euphrates: Natural Earth (public domain)"]
    if missing:
        notes.insert(0, f"{missing} incident(s) without coordinates not drawn")
    fig = new_figure(11, 8.6, reports, incidents, extra="; ".join(notes))
    set_titles(fig, "Where incidents happened",
               "One marker per happening, however many reports tell it. Colour = event type; area = reported dead "
               "(the incident's best figure, notebook 01);\na cross marks injured, missing or detained people with no "
               "dead. Hollow = only a region is named (marker at the region's centroid); incidents at one point are "
               "fanned out.")
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
    ev = ev.sort_values(["latitude", "longitude", "incident_id"]).reset_index(drop=True)
    counts = ev["event_type"].value_counts()  # the legend counts every placed incident, drawn or not
    ev, per_point = most_deadly_per_point(ev, MAX_MARKERS)
    ev = ev.reset_index(drop=True)
    if per_point is not None:
        ax.set_title(f"{len(ev)} incidents drawn: at most {per_point} per point, the most deadly; "
                     f"{len(incidents) - missing - len(ev)} more not drawn", fontsize=9)
    size = incident_killed_size(ev).to_numpy()
    other = incident_other_harm(ev).to_numpy()
    nmax = float(size.max()) if len(size) else 0.0
    scale = min(1.0, math.sqrt(40 / max(len(ev), 1)))  # smaller markers when there are many incidents
    if len(ev):
        lat, lon = _fan_out(ev["latitude"].to_numpy(float), ev["longitude"].to_numpy(float))
        region = (ev["geo_precision"].fillna(0).astype(int) >= 3).to_numpy()
        colors = ev["event_type"].map({t: event_type_color(t) for t in ev["event_type"].unique()}).to_numpy(object)
        areas = _size(size, nmax, scale) if nmax > 0 else np.full(len(size), _size(0.0, nmax, scale))
        order = np.argsort(-size, kind="stable")  # big markers first, small ones on top
        hollow, filled = order[region[order]], order[~region[order]]
        ax.scatter(lon[filled], lat[filled], s=areas[filled], c=colors[filled], edgecolors="white",
                   linewidths=0.8, alpha=0.9, zorder=6)
        ax.scatter(lon[hollow], lat[hollow], s=areas[hollow], facecolors="none", edgecolors=colors[hollow],
                   linewidths=1.8, zorder=5)
        harm = order[other[order]]  # injured, missing or detained but no dead: a cross on the marker
        ax.scatter(lon[harm], lat[harm], s=OTHER_HARM_AREA, marker="x", c="#222222", linewidths=1.0, zorder=7,
                   gid="other-harm")
        places = ev.assign(plat=lat, plon=lon).groupby("location", sort=True)[["plat", "plon"]].max()
        places = places[places.index != ""].sort_values(["plat", "plon"], ascending=[False, True])
        if len(places) <= max_labels:  # name the places when there are few enough to read
            _place_labels(ax, places, (lon, lat))
    lon_min, lat_min, lon_max, lat_max = _bounds(outline)
    ax.set_xlim(lon_min - 0.3, lon_max + 0.3)
    ax.set_ylim(lat_min - 0.3, lat_max + 0.3)
    ax.set_aspect(1 / math.cos(math.radians((lat_min + lat_max) / 2)))
    ax.set_xlabel("longitude (°E)")
    ax.set_ylabel("latitude (°N)")
    ax.grid(alpha=0.4)
    event_types = taxonomy().event_types
    types = [t for t in event_types if t in counts.index] + sorted(set(counts.index) - set(event_types) - {""})
    type_handles = [Line2D([], [], marker="o", linestyle="none", markersize=9, markerfacecolor=event_type_color(t),
                           markeredgecolor="white", label=f"{t} ({int(counts[t])})")
                    for t in types]
    type_handles += [Line2D([], [], color="#3a7dc9", lw=1.8, label="Euphrates"),
                     Line2D([], [], color="#b5b5b5", lw=0.8, label="governorate border")]
    fig.legend(handles=type_handles, title="Event type (colour, incidents)", loc="outside right upper")
    prec_handles = [
        Line2D([], [], marker="o", linestyle="none", markersize=9, markerfacecolor="#777777",
               markeredgecolor="white", label="town-level (geo_precision 1–2)"),
        Line2D([], [], marker="o", linestyle="none", markersize=9, markerfacecolor="none",
               markeredgecolor="#777777", markeredgewidth=1.6, label="region only (geo_precision 3)"),
    ]
    for n in _size_steps(nmax):
        prec_handles.append(Line2D([], [], marker="o", linestyle="none", markersize=math.sqrt(_size(n, nmax, scale)),
                                   markerfacecolor="#bbbbbb", markeredgecolor="white",
                                   label=f"{n:g} reported dead" if n else "no dead reported"))
    prec_handles.append(Line2D([], [], marker="x", linestyle="none", markersize=7, color="#222222",
                               label="injured, missing or detained, no dead"))
    fig.legend(handles=prec_handles, title="Place precision and size", loc="outside right lower",
               labelspacing=1.0)
    return fig


OTHER_HARM_AREA = 28  # points²: the cross on a marker of harm without dead


def _place_labels(ax, places: pd.DataFrame, markers: tuple[np.ndarray, np.ndarray]) -> None:
    """Name places beside their markers; adjustText moves labels off each other and off the
    markers, drawing a thin leader where a label had to move away from its place."""
    texts = [ax.text(row["plon"] + 0.07, row["plat"] + 0.05, name, fontsize=7.5, color="#222222", zorder=7)
             for name, row in places.iterrows()]
    adjust_text(texts, x=markers[0], y=markers[1], ax=ax, expand=(1.15, 1.3), ensure_inside_axes=True,
                arrowprops=dict(arrowstyle="-", color="#777777", lw=0.5))


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
