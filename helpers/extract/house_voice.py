"""Who speaks when a report gives a number in its own voice (codebook section 6): the outlet itself when
it is a monitor or a party, the armed actor a party's own media speak for, and the outlet's own staff
("our correspondent")."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from helpers.codebook import taxonomy
from helpers.extract.actors import find_actor_mentions
from helpers.extract.lexicon import ALIASES, country_adjectives, lookup, nationalities, norm, rows, sources, words
from helpers.extract.matching import case_sensitive
from helpers.facts import note, split_list, text
from helpers.records import Report


def outlet_staff(claimant: str, outlet: str, house: str) -> str:
    """"our correspondent" is the outlet's ("Radio Fresh correspondent", as "Syria TV's correspondent" is Syria TV's);
    with the outlet unknown, whoever tells the report's own numbers (house)."""
    said_by = claimant.split()
    if len(said_by) < 2 or said_by[0] not in words("outlet_voice"):
        return claimant
    return f"{outlet} {' '.join(said_by[1:])}" if outlet else house


UNATTRIBUTED = "unattributed"  # the claimant of a number no source is named for (codebook section 6)


# the claimant of a number a report's narrator gives as one who saw it ("I counted eleven dead on the pavement")
WITNESSES = "witnesses"
_WORD = re.compile(r"\b\w+\b")


def first_hand(text: str, start: int, end: int) -> bool:
    """Does text[start:end] speak in the first person ("I pulled nine bodies out", "the house next to ours"),
    in a paragraph that speaks in the singular? A diary's, a letter's or a testimony's number no source is
    named for is then its narrator's: one who saw it. An organisation's "we have documented" is no narrator's;
    "US" is a country, not "us"."""
    close = text.find("\n\n", end)
    paragraph = text[text.rfind("\n\n", 0, start) + 1:close if close >= 0 else len(text)]
    return _speaks_in(text[start:end], "first_person", "first_person_singular") and \
        _speaks_in(paragraph, "first_person_singular")


def _speaks_in(passage: str, *roles: str) -> bool:
    pronouns = frozenset().union(*(words(role) for role in roles))
    return any(w in pronouns or w.istitle() and w.lower() in pronouns for w in _WORD.findall(passage))


def outlet_claimant(outlet: str) -> str:
    """Who stands behind an unattributed number: the outlet itself when it is a monitor or a party."""
    table, pattern = sources()
    m = pattern.search(outlet or "")
    return lookup(table, m.group()).name if m else UNATTRIBUTED


@lru_cache(maxsize=1024)  # an archive's reports come from a few outlets and authors, each asked twice a report
def voice_of(*names: str) -> str:
    """The armed actor a report speaks for, from its outlet's or author's name: a party's own media
    ("SDF media center") or the party itself ("General Command of the Syrian Democratic Forces")."""
    table, pattern = sources()
    for name in filter(None, names):
        source = pattern.search(name)
        if source and lookup(table, source.group()).speaks_for:
            return lookup(table, source.group()).speaks_for
        armed = [a.actor for a in find_actor_mentions(name) if taxonomy().armed(a.actor_type)]
        if armed:
            return armed[0]
    return ""


@dataclass(frozen=True)
class OutletCountry:
    forces: str  # the state forces its "our soldiers" are
    plain_words: bool  # its "the army", "troops", "soldiers" with no nationality are those forces too


def _fold(name: str) -> str:
    """A masthead as compared: "HÜRRİYET DAILY NEWS" and "Hürriyet Daily News" alike."""
    decomposed = unicodedata.normalize("NFKD", name)
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).casefold().split())


@cache
def outlets() -> tuple[dict[str, OutletCountry], int]:
    """data/lexicon/outlets.csv: each spelling (folded; an acronym as written) -> its outlet's country, and the
    longest spelling's number of words."""
    table = {}
    for row in rows("outlets.csv", text("name"), ALIASES, text("nationality", choices=lambda: sorted(set(country_adjectives().values()))),
                    text("plain_words", required=False, choices=("yes",)), note(), key="name"):
        country = OutletCountry(nationalities()[norm(row["nationality"])], bool(row["plain_words"]))
        for alias in (row["name"], *split_list(row["aliases"])):
            table[alias if case_sensitive(alias) else _fold(alias)] = country
    return table, max(len(alias.split()) for alias in table)


_SEGMENT = re.compile(r"\s*(?:[|>»›•·]|\s[-–—:]\s|:\s)\s*")  # "Milliyet.com.tr > Gündem", "Jordan News Agency - Petra"
_MASTHEAD_WORDS = 6  # a masthead or a breadcrumb's part, not a headline that names an outlet


def outlet_country(report: Report) -> OutletCountry | None:
    """The country of the outlet that printed the report, from its outlet's name or a masthead line its header
    shows ("HÜRRİYET DAILY NEWS", "yeniŞafak | English"): a part of a line that opens with a known outlet's name."""
    table, longest = outlets()
    for line in (report.outlet, *report.imprint.splitlines()):
        for segment in _SEGMENT.split(line):
            said = segment.split()
            if not said or len(said) > _MASTHEAD_WORDS:
                continue
            for n in range(min(longest, len(said)), 0, -1):
                opening = " ".join(said[:n])
                found = table.get(opening) or table.get(_fold(opening))
                if found:
                    return found
    return None


def masthead_voice(report: Report) -> str:
    """The armed actor a party's own document speaks for, from its masthead: a part of a header line that is a
    party's name ("Democratic Autonomous Administration - Afrin Canton": the SDF's side), not a headline that
    names one."""
    table, pattern = sources()
    lines = report.imprint.splitlines()
    segments = [s for line in lines for s in _SEGMENT.split(line) if len(s.split()) <= _MASTHEAD_WORDS]
    for segment in segments + masthead_lines(report.imprint)[len(lines):]:
        source = pattern.search(segment)
        if source and lookup(table, source.group()).speaks_for:
            return lookup(table, source.group()).speaks_for
    return ""


def masthead_lines(imprint: str) -> list[str]:
    """A header's lines, then each short line with the short line under it, as a masthead set over two lines reads
    ("REPUBLIC OF TÜRKİYE / MINISTRY OF NATIONAL DEFENCE")."""
    lines = imprint.splitlines()
    return [*lines, *(f"{a} {b}" for a, b in zip(lines, lines[1:])
                      if max(len(a.split()), len(b.split())) <= _MASTHEAD_WORDS)]
