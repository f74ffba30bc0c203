"""The words synthetic reports are made of, read through the project's own loaders: places from
the gazetteer (data/geo), actors, sources, triggers and number and date phrases from the lexicon
(data/lexicon). Nothing here is a fact of its own: a town or group added to data/ shows up in the
generated reports too.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from helpers import codebook, paths
from helpers.extract import lexicon
from helpers.geo import Gazetteer
from helpers.geo.gazetteer import PLACES_FILE, read_geo

# A name the engine reads as one place: capitalised words, with the gazetteer's inner articles
# between them ("Jisr ash Shughur"); plain ASCII, as news spells them.
_CAPITALISED = re.compile(r"[A-Z][a-z]+(?:[-'][A-Za-z]+)*")
TOWN_CODES = ("PPL", "PPLA", "PPLA2", "PPLA3", "PPLC")
VICTIM_ROLES = ("state", "armed", "civilians")  # victims.csv roles that name whose people were harmed
# Triggers that read as "<attacker> <verb> <target>": a one-sided attack of these types
EVENT_TYPES = ("Battles", "Explosions/Remote violence")
ONE_SIDED_ROLES = ("", "generic")
TRANSITIVE_SUB_TYPES = ("Armed clash", "Air/drone strike", "Shelling/artillery/missile attack")


@dataclass(frozen=True)
class Vocabulary:
    towns: tuple[str, ...]  # populated places and administrative seats, the ones news names most
    villages: tuple[str, ...]  # every other village of the gazetteer
    governorates: tuple[str, ...]
    regions: tuple[str, ...]  # regions.csv names ("central Syrian desert")
    directions: tuple[str, ...]  # "northern", "eastern" ... (place_words.csv)
    ground_actors: tuple[str, ...]  # actors.csv names and acronyms of armed ground forces
    air_actors: tuple[str, ...]  # actors.csv names of air forces
    sources: tuple[str, ...]  # sources.csv names and acronyms
    source_heads: tuple[str, ...]  # claim_words.csv nouns that end a claimant ("sources", "media")
    past_triggers: tuple[str, ...]  # trigger forms in the past tense ("shelled", "ambushed")
    number_words: tuple[str, ...]  # "seven", "a dozen"
    quantities: tuple[tuple[str, str, str], ...]  # quantities.csv: pattern with {N}/{M}, low, high
    date_phrases: tuple[str, ...]  # relative dates of events ("the next day", "over the weekend")
    history_phrases: tuple[str, ...]  # "over the past months": background, not events
    casualty_words: dict[str, tuple[str, ...]]  # category -> participles ("killed", "wounded")
    victim_nouns: dict[str, tuple[str, ...]]  # role -> plural nouns ("soldiers", "civilians")


def _is_news_name(name: str, inner_articles: frozenset[str]) -> bool:
    words = name.split()
    return name.isascii() and _CAPITALISED.fullmatch(words[0]) is not None and _CAPITALISED.fullmatch(words[-1]) \
        is not None and all(_CAPITALISED.fullmatch(w) or w in inner_articles for w in words)


def _places(gazetteer: Gazetteer) -> tuple[tuple[str, ...], tuple[str, ...]]:
    towns, villages = {}, {}
    for row in read_geo(PLACES_FILE, paths.GEO_DIR):
        name = row["asciiname"] or row["name"]
        if row["feature_code"] not in TOWN_CODES or not _is_news_name(name, gazetteer.inner_articles):
            continue
        known = row["feature_code"] != "PPL" or int(row["population"] or 0) > 0
        (towns if known else villages)[name] = None
    governorates = set(gazetteer.admin1)
    return (tuple(n for n in towns if n not in governorates), tuple(n for n in villages if n not in governorates))


def _past_forms(phrase: str) -> bool:
    return phrase.islower() and phrase.endswith("ed") and " " not in phrase


@cache
def vocabulary() -> Vocabulary:
    gazetteer = Gazetteer.load()
    towns, villages = _places(gazetteer)
    actors = lexicon.actors()
    # The lexicon keeps names as written and acronyms in capitals; other surfaces are stored
    # lowercased, which would put "syrian army" in a report.
    armed = {a.name: a for a in actors.actors.values() if codebook.taxonomy().armed(a.actor_type)}
    ground = [n for n, a in armed.items() if a.domain == "ground"]
    ground += [s for s, name in actors.by_surface.items() if s.isupper() and name in ground]
    air = [n for n, a in armed.items() if a.domain == "air"]
    sources_table, _ = lexicon.sources()
    sources = {s.name for s in sources_table.values()} | {s for s in sources_table if s.isupper()}
    triggers, _ = lexicon.triggers()
    date_table, _ = lexicon.date_phrases()
    casualty_table, _ = lexicon.casualty_words()
    victims = lexicon.victim_nouns()
    participles: dict[str, list[str]] = {}
    for word, category in casualty_table.items():
        if word.endswith("ed") and " " not in word:
            participles.setdefault(category, []).append(word)
    nouns: dict[str, list[str]] = {}
    for noun, role in victims.items():
        if role in VICTIM_ROLES and noun.endswith("s") and " " not in noun:
            nouns.setdefault(role, []).append(noun)
    return Vocabulary(
        towns=towns, villages=villages,
        governorates=tuple(sorted(gazetteer.admin1)),
        regions=tuple(dict.fromkeys(r.name for r in gazetteer.regions.values())),
        directions=tuple(sorted(d for d in gazetteer.directions if d.endswith("ern"))),
        ground_actors=tuple(sorted(ground)), air_actors=tuple(sorted(air)),
        sources=tuple(sorted(sources)),
        source_heads=tuple(sorted(w for w in lexicon.claim_words()["source_head"] if w.endswith(("s", "media")))),
        past_triggers=tuple(sorted(t.phrase for t in triggers.values() if _past_forms(t.phrase)
                                   and t.event_type in EVENT_TYPES and t.roles in ONE_SIDED_ROLES
                                   and t.sub_event_type in TRANSITIVE_SUB_TYPES)),
        number_words=tuple(sorted(lexicon.number_words())),
        quantities=tuple(lexicon.quantity_patterns()),
        date_phrases=tuple(sorted(p for p, rule in date_table.items() if rule != "history")),
        history_phrases=tuple(sorted(p for p, rule in date_table.items() if rule == "history")),
        casualty_words={c: tuple(sorted(ws)) for c, ws in sorted(participles.items())},
        victim_nouns={r: tuple(sorted(ns)) for r, ns in sorted(nouns.items())},
    )
