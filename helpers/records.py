"""The plain records that flow from one step to the next.

Offsets (start, end) are always character offsets into Report.text, the cleaned text that
the build writes to data/processed/text/REPORT_ID.txt, so that text[start:end] is the evidence.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from functools import cache
from datetime import date


@dataclass(frozen=True)
class Report:
    report_id: str
    path: str  # relative to the input folder, with forward slashes
    title: str = ""
    outlet: str = ""
    publisher: str = ""
    published: date | None = None
    republished: date | None = None
    published_from: str = ""  # where the published date was read: text (a date line or byline), dateline, title, header, updated, lead, signature, footer, entries (a feed's newest post), html meta, metadata, file name
    imprint: str = ""  # the header's plain lines and a copyright line: who publishes the page, where no byline says
    text: str = ""
    status: str = "ok"  # ok, no_events, no_date, empty, binary, unreadable, too_large, duplicate, skipped
    error: str = ""

    @property
    def n_chars(self) -> int:
        return len(self.text)


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int  # index of the paragraph the sentence starts in


@dataclass(frozen=True)
class Quantity:
    start: int
    end: int
    phrase: str
    low: int | None
    high: int | None


@dataclass(frozen=True)
class DateSpan:
    start: int  # offsets of the words in the text
    end: int
    phrase: str
    date_start: date | None
    date_end: date | None
    precision: str  # day | week | month
    rule: str  # which rule resolved it (explicit, weekday, past_7_days, ...)


@dataclass(frozen=True)
class ActorMention:
    start: int
    end: int
    surface: str
    actor: str  # canonical name
    actor_type: str


@dataclass(frozen=True)
class PlaceMention:
    start: int
    end: int
    surface: str  # as written, e.g. "the village of Abdi"
    location: str  # name as the tables show it, e.g. "Kafr Nabl", "southern Idlib"
    admin1: str  # governorate, "" when the place is a region spanning several
    latitude: float | None
    longitude: float | None
    kind: str  # point | region | governorate
    geo_precision: int  # 1 town itself, 2 near a town, 3 region
    relation: str  # in | near | at | between | list | other; away | origin | source | destination | anchor | described: no place of the event
    group: int  # places coordinated in one list ("X, Y and Z") share a group number
    population: int = 0
    feature_code: str = ""
    source: str = ""
    country: str = "Syria"


@dataclass(frozen=True)
class Event:
    event_id: str
    report_id: str
    date_start: date | None
    date_end: date | None
    date_precision: str
    event_type: str
    sub_event_type: str
    actor1: str
    assoc_actor1: tuple[str, ...]
    actor2: str
    assoc_actor2: tuple[str, ...]
    location: str
    admin1: str
    latitude: float | None
    longitude: float | None
    geo_precision: int | None
    evidence: str
    char_start: int
    char_end: int
    country: str = "Syria"  # where it happened (codebook section 2): never placed in Syria when elsewhere
    evidence_spans: tuple[tuple[int, int], ...] = ()  # every sentence used, as (start, end) offsets


@dataclass(frozen=True)
class Claim:
    claim_id: str
    event_id: str
    report_id: str
    category: str
    low: int | None
    high: int | None
    phrase: str
    victim: str
    claimant: str
    confirmed: str
    evidence: str
    char_start: int
    char_end: int
    claimant_surface: str = ""  # the claimant's words as written ("Turkey's defence ministry")


@dataclass(frozen=True)
class CategoryFigures:
    """One casualty category of an incident, from every claim of every report that tells it."""
    category: str
    low: int | None  # the lowest figure a claimant gives
    best: int | None  # the claimants' lower median: a figure someone reported, never an average
    high: int | None  # the highest figure a claimant gives
    contested: bool  # claimants give different figures


@dataclass(frozen=True)
class Incident:
    """One happening, however many reports tell it (codebook section 1, incidents.csv)."""
    incident_id: str
    event_ids: tuple[str, ...]  # one event per report, in the order the reports were published
    report_ids: tuple[str, ...]
    date_start: date | None
    date_end: date | None
    date_precision: str
    event_type: str
    sub_event_type: str
    actor1: str
    assoc_actor1: tuple[str, ...]
    actor2: str
    assoc_actor2: tuple[str, ...]
    location: str
    admin1: str
    country: str
    latitude: float | None
    longitude: float | None
    geo_precision: int | None
    figures: tuple[CategoryFigures, ...]  # the categories some claim gives, in the codebook's order
    fatalities: int | None  # ACLED: the lowest credible reported number killed

    @property
    def number_of_sources(self) -> int:
        return len(self.report_ids)

    @property
    def contested(self) -> bool:
        return any(f.contested for f in self.figures)


@cache
def _plain(cls: type) -> bool:
    """A dataclass whose instances are their fields and nothing more: no __post_init__ to run again,
    every field set by __init__, attributes in a __dict__."""
    fields = dataclasses.fields(cls)  # without the class variables and init-only pseudo-fields: none allowed
    return (not hasattr(cls, "__post_init__") and "__slots__" not in cls.__dict__
            and len(fields) == len(cls.__dataclass_fields__) and all(f.init for f in fields))


def replace(record, /, **changes):
    """dataclasses.replace, a few times faster for plain records: the copy takes the fields' values
    as they are instead of passing each through __init__ again (a frozen record sets each with
    object.__setattr__), which the extractor does tens of thousands of times per thousand reports.
    The copy equals, hashes and pickles as dataclasses.replace's would."""
    cls = type(record)
    if not _plain(cls):
        return dataclasses.replace(record, **changes)
    unknown = changes.keys() - cls.__dataclass_fields__.keys()
    if unknown:
        raise TypeError(f"{cls.__name__} has no field {sorted(unknown)[0]!r}")
    copy = object.__new__(cls)
    vars(copy).update(vars(record), **changes)
    return copy
