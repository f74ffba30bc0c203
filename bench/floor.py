"""The floor: the least any build must do with the same files, measured in the same run.

Read every file, split it into words with one regular expression, and look each window of 1 to
4 words up in a set of gazetteer names. Whatever the engine does beyond this (HTML, sentences,
dates, numbers, coding, tables) is what "our time as a multiple of the floor" weighs.
"""
from __future__ import annotations

import os
import re
import time
from pathlib import Path

from helpers import paths
from helpers.geo.gazetteer import PLACES_FILE, SUPPLEMENT_FILE, read_geo

WORD = re.compile(r"\w+")
LONGEST_NAME = 4  # words


def gazetteer_names() -> frozenset[str]:
    """Every spelling of every gazetteer entry, lowercased."""
    names = set()
    for dataset in (PLACES_FILE, SUPPLEMENT_FILE):
        for row in read_geo(dataset, paths.GEO_DIR):
            for name in (row["name"], row["asciiname"], *row["alternatenames"].split("|")):
                names.add(" ".join(WORD.findall(name.lower())))
    return frozenset(names)


def floor_seconds(folder: Path, names: frozenset[str]) -> tuple[float, int]:
    """(seconds, names found) for reading every file under folder and looking its word windows up."""
    start = time.perf_counter()
    found = 0
    for root, _, files in os.walk(folder):
        for file in files:
            words = WORD.findall(Path(root, file).read_text(encoding="utf-8").lower())
            for size in range(1, LONGEST_NAME + 1):
                for i in range(len(words) - size + 1):
                    found += " ".join(words[i:i + size]) in names
    return time.perf_counter() - start, found
