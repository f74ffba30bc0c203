"""Who speaks when a report gives a number in its own voice (codebook section 6): the outlet itself when
it is a monitor or a party, the armed actor a party's own media speak for, and the outlet's own staff
("our correspondent")."""
from __future__ import annotations

from functools import lru_cache

from helpers.codebook import taxonomy
from helpers.extract.actors import find_actor_mentions
from helpers.extract.lexicon import lookup, sources, words


def outlet_staff(claimant: str, outlet: str, house: str) -> str:
    """"our correspondent" is the outlet's ("Radio Fresh correspondent", as "Syria TV's correspondent" is Syria TV's);
    with the outlet unknown, whoever tells the report's own numbers (house)."""
    said_by = claimant.split()
    if len(said_by) < 2 or said_by[0] not in words("outlet_voice"):
        return claimant
    return f"{outlet} {' '.join(said_by[1:])}" if outlet else house


def outlet_claimant(outlet: str) -> str:
    """Who stands behind an unattributed number: the outlet itself when it is a monitor or a party."""
    table, pattern = sources()
    m = pattern.search(outlet or "")
    return lookup(table, m.group()).name if m else "unattributed"


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
