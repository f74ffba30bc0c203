"""The codebook's taxonomy (docs/codebook.md), read once from data/codebook/*.csv.

Rules, charts and tests take event types, sub-types, actor types, casualty categories and
their colours from here, so that the taxonomy has one home.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from helpers import paths
from helpers.facts import Column, Schema, read_rows, text

FORCES = ("state", "non_state", "unarmed")
DISORDER_TYPES = ("Political violence", "Demonstrations", "Strategic developments")
AIR_STRIKE = "Air/drone strike"  # the sub-event type whose actor is a state's air arm (section 5)
SHELLING = "Shelling/artillery/missile attack"  # rockets and missiles an air arm fires are its air strike
ABDUCTION = "Abduction/forced disappearance"  # in a state's raid, what its opponents call an abduction is an arrest
REMOTE = "Explosions/Remote violence"  # one side strikes from afar: the people it hits are the other side's
AGREEMENT = "Agreement"  # a deal is told in words of its own, never in an attack's generic ones
UNNAMED = "Unidentified armed group"  # "gunmen": the text does not say who, so any armed side may be it


@dataclass(frozen=True)
class Taxonomy:
    event_types: tuple[str, ...]  # ACLED's hierarchy order
    sub_event_types: dict[str, tuple[str, ...]]  # event type -> its sub-types, in hierarchy order
    event_type_colors: dict[str, str]
    actor_types: tuple[str, ...]
    actor_type_colors: dict[str, str]
    forces: dict[str, str]  # actor type -> state | non_state | unarmed
    inter: dict[str, int]  # actor type -> ACLED's inter code (1 State forces ... 8 External/Other forces)
    disorder_types: dict[str, str]  # sub-event type -> ACLED's disorder type
    categories: dict[str, str]  # casualty category -> label, in reading order
    precision_colors: dict[str, str]

    def armed(self, actor_type: str) -> bool:
        """State forces at home or abroad, or an armed group."""
        return self.forces.get(actor_type) in ("state", "non_state")


def _read(name: str, schema: Schema) -> list[dict[str, str]]:
    return read_rows(paths.CODEBOOK_DIR / name, schema)


@cache
def taxonomy() -> Taxonomy:
    types = _read("event_types.csv", Schema((text("event_type"), Column("color", kind="color")), key="event_type"))
    event_types = tuple(r["event_type"] for r in types)
    subs: dict[str, list[str]] = {t: [] for t in event_types}
    disorder_types = {}
    for r in _read("sub_event_types.csv", Schema((text("event_type", choices=event_types),
                                                   text("sub_event_type"), text("disorder_type", choices=DISORDER_TYPES)),
                                           key="sub_event_type")):
        subs[r["event_type"]].append(r["sub_event_type"])
        disorder_types[r["sub_event_type"]] = r["disorder_type"]
    actor_rows = _read("actor_types.csv", Schema((text("actor_type"), Column("inter", kind="int"),
                                                  text("force", choices=FORCES),
                                                  Column("color", kind="color")), key="actor_type"))
    categories = _read("casualty_categories.csv", Schema((text("category"), text("label")), key="category"))
    precisions = _read("date_precisions.csv", Schema((text("date_precision"), Column("color", kind="color")),
                                                     key="date_precision"))
    return Taxonomy(
        event_types=event_types,
        sub_event_types={t: tuple(s) for t, s in subs.items()},
        event_type_colors={r["event_type"]: r["color"] for r in types},
        actor_types=tuple(r["actor_type"] for r in actor_rows),
        actor_type_colors={r["actor_type"]: r["color"] for r in actor_rows},
        forces={r["actor_type"]: r["force"] for r in actor_rows},
        inter={r["actor_type"]: int(r["inter"]) for r in actor_rows},
        disorder_types=disorder_types,
        categories={r["category"]: r["label"] for r in categories},
        precision_colors={r["date_precision"]: r["color"] for r in precisions},
    )


def event_types() -> tuple[str, ...]:
    return taxonomy().event_types


def sub_event_types() -> tuple[str, ...]:
    return tuple(s for subs in taxonomy().sub_event_types.values() for s in subs)


def actor_types() -> tuple[str, ...]:
    return taxonomy().actor_types


def categories() -> tuple[str, ...]:
    return tuple(taxonomy().categories)
