"""Distances on the ellipsoid (geopy) and line features (the Euphrates) read from data/geo."""
from __future__ import annotations

import json
import math
from pathlib import Path

from geopy.distance import EARTH_RADIUS, geodesic

# geodesic(a, b) builds a new ellipsoid solver (its series coefficients) for every pair; one
# instance keeps its solver between measures and gives the very same number as geodesic(a, b).km.
_WGS84 = geodesic()


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Geodesic distance between two (lat, lon) points."""
    return _WGS84.measure(a, b)


def great_circle_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """geopy's great_circle(a, b).km, bit for bit (the same operations), without its objects."""
    lat1, lng1, lat2, lng2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    sin_lat1, cos_lat1 = math.sin(lat1), math.cos(lat1)
    sin_lat2, cos_lat2 = math.sin(lat2), math.cos(lat2)
    delta_lng = lng2 - lng1
    cos_delta_lng, sin_delta_lng = math.cos(delta_lng), math.sin(delta_lng)
    d = math.atan2(math.sqrt((cos_lat2 * sin_delta_lng) ** 2 + (cos_lat1 * sin_lat2 - sin_lat1 * cos_lat2 * cos_delta_lng) ** 2),
                   sin_lat1 * sin_lat2 + cos_lat1 * cos_lat2 * cos_delta_lng)
    return EARTH_RADIUS * d


# A geodesic on WGS84 is within 0.6 % of the great circle on the mean sphere (the ellipsoid's radii
# of curvature are); with a margin of 2 % and a millimetre, the great circle rules out points safely.
_SPHERE_MARGIN = 1.02 ** 2
_SLACK_KM = 1e-6


def nearest(points: list[tuple[float, float]], to: tuple[float, float]) -> int:
    """The index of the first of points nearest `to` by geodesic distance, as min() would pick it;
    geodesics (slow) are measured only for the points the great circle leaves in the running."""
    rough = [great_circle_km(p, to) for p in points]
    bound = min(rough) * _SPHERE_MARGIN + _SLACK_KM
    close = [i for i, r in enumerate(rough) if r <= bound]
    return min(close, key=lambda i: distance_km(points[i], to)) if len(close) > 1 else close[0]


def distance_to_line_km(lat: float, lon: float, line) -> float:
    """Geodesic distance from a point to the nearest point of a polyline of (lat, lon)."""
    # Find the nearest point on a local flat projection (fine at the scale of a segment), then
    # measure to it on the ellipsoid.
    scale = math.cos(math.radians(lat))
    best, best_d2 = line[0], math.inf
    for (la1, lo1), (la2, lo2) in zip(line, line[1:]):
        dx, dy = (lo2 - lo1) * scale, la2 - la1
        px, py = (lon - lo1) * scale, lat - la1
        t = max(0.0, min(1.0, (px * dx + py * dy) / (dx * dx + dy * dy))) if dx or dy else 0.0
        cx, cy = lo1 + t * (lo2 - lo1), la1 + t * (la2 - la1)
        d2 = ((lon - cx) * scale) ** 2 + (lat - cy) ** 2
        if d2 < best_d2:
            best, best_d2 = (cy, cx), d2
    return distance_km((lat, lon), best)


def read_line(path: Path) -> list[tuple[float, float]]:
    # The file's MultiLineString is the river in pieces; chain the pieces that meet end to start
    # into one course (a piece that meets none is a stub of a few hundred metres and left out).
    parts = []
    for feature in json.loads(path.read_text(encoding="utf-8"))["features"]:
        geom = feature["geometry"]
        coords = geom["coordinates"] if geom["type"] == "MultiLineString" else [geom["coordinates"]]
        parts += [[(lat, lon) for lon, lat in part] for part in coords]
    chain = max(parts, key=len)
    parts.remove(chain)
    joined = True
    while joined:
        joined = False
        for part in parts:
            if part[0] == chain[-1]:
                chain, joined = chain + part[1:], True
            elif part[-1] == chain[0]:
                chain, joined = part[:-1] + chain, True
            if joined:
                parts.remove(part)
                break
    return chain
