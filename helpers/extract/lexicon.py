"""The facts the extraction rules use (data/lexicon/*.csv), each file read once against its schema.

A user adds a group, a trigger word or a number phrase by editing these CSV files; no code
changes. Every phrase file keys its rows by `phrase`; `forms` lists inflections that share a
row's values ("clash" with "clashes|clashed"). Patterns are matched on word boundaries; a
phrase in capitals is matched as written (so "IS" is never the verb "is"), any other in any
case; where phrases overlap the longest wins (matching.py).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from helpers import codebook, paths
from helpers.extract.lexicon_names import (CLAIM_WORD_KINDS, DATE_RULES, DISCOURSE_EFFECTS, FUNCTION_ROLES,
                                           MODALITY_SCOPES, PATTERN_NAMES, SIDE_RELATIONS, TRIGGER_KINDS,
                                           TRIGGER_ROLES, VICTIM_ROLES)
from helpers.extract.matching import APOSTROPHES, ASCII_FOLDS, case_sensitive, phrase_regex, surface_regex
from helpers.extract.required_text import GatedPattern
from helpers.facts import Column, Schema, note, read_rows, split_list, text, value_error

PHRASE = text("phrase")
FORMS = Column("forms", required=False, kind="list")
ALIASES = Column("aliases", kind="list")
BOUND = r"N|M|\d+"  # a quantity's low or high: the first or second number, or a number


def rows(name: str, *columns: Column, key: str | None = "phrase") -> list[dict[str, str]]:
    """The rows of data/lexicon/NAME, checked against the given columns."""
    return read_rows(paths.LEXICON_DIR / name, Schema(tuple(columns), key=key))


_SPACES = re.compile(r"\s+")


_ONE_APOSTROPHE = str.maketrans({a: "'" for a in APOSTROPHES})  # tables are keyed with the typed one
# the letters outside ASCII that a case-insensitive pattern matches as ASCII ones ("TÜRKİYE" as "Türkiye"): a
# surface it matched is keyed as that ASCII letter, where lower() alone would give "i̇"
_ASCII_FOLDED = str.maketrans({c: ascii_letter for ascii_letter, folded in ASCII_FOLDS.items() for c in folded})


def norm(text: str) -> str:
    return _SPACES.sub(" ", text).strip().translate(_ASCII_FOLDED).lower().translate(_ONE_APOSTROPHE)


def norm_word(word: str) -> str:
    """norm of a word without whitespace, where there is nothing to collapse or strip."""
    return word.translate(_ASCII_FOLDED).lower().translate(_ONE_APOSTROPHE)


def _key(surface: str) -> str:
    """How tables are keyed: an acronym as written, anything else normalised (case_sensitive)."""
    return " ".join(surface.split()) if case_sensitive(surface) else norm(surface)


_MISSING = object()


def lookup(table: dict, surface: str):
    """Find a matched surface in a table keyed as the loaders key it."""
    exact = " ".join(surface.split()).translate(_ONE_APOSTROPHE)
    found = table.get(exact, _MISSING)  # a surface typed as its key ("killed", "SDF") needs no norm
    return table.get(norm(surface)) if found is _MISSING else found


def _with_forms(rows_: list[dict[str, str]]):
    """(surface, row) for every phrase and every form of it."""
    for row in rows_:
        for surface in [row["phrase"], *split_list(row["forms"])]:
            yield surface, row


@dataclass(frozen=True)
class Actor:
    name: str
    actor_type: str
    domain: str
    led_by: str  # an operations room or coalition is coded as the group that leads it


@dataclass(frozen=True)
class ActorLexicon:
    actors: dict[str, Actor]  # in the file's order
    by_surface: dict[str, str]  # surface key -> canonical name
    anaphors: dict[str, str]  # normalised surface -> canonical name, valid once the actor was named
    pattern: re.Pattern
    not_actors: re.Pattern  # phrases in which a surface is not an actor ("an army of volunteers")


@cache
def actors() -> ActorLexicon:
    table, by_surface, anaphors = {}, {}, {}
    found = rows("actors.csv", text("name"), text("actor_type", choices=codebook.actor_types),
                 text("domain", choices=("ground", "air")), ALIASES,
                 Column("anaphors", required=False, kind="list"), text("led_by", required=False), key="name")
    for row in found:
        table[row["name"]] = Actor(row["name"], row["actor_type"], row["domain"], row["led_by"])
        for s in split_list(row["aliases"]):
            if by_surface.get(_key(s), row["name"]) != row["name"]:  # one surface, one actor: never the last row's
                raise value_error(paths.LEXICON_DIR / "actors.csv", row.line, "aliases",
                                  f"{s!r} is already an alias of {by_surface[_key(s)]!r}")
            by_surface[_key(s)] = row["name"]
        for s in split_list(row["anaphors"]):
            anaphors[norm(s)] = row["name"]
    for row in found:
        if row["led_by"] and row["led_by"] not in table:
            raise value_error(paths.LEXICON_DIR / "actors.csv", row.line, "led_by", f"{row['led_by']!r} is no actor's name")
    pattern = surface_regex(list(by_surface) + list(anaphors))
    not_actors = phrase_regex(r["phrase"] for r in rows("not_actors.csv", PHRASE, note()))
    return ActorLexicon(table, by_surface, anaphors, pattern, not_actors)


def actor_names() -> tuple[str, ...]:
    return tuple(actors().actors)


def leading_actor(name: str) -> str:
    """The actor an event codes for a name: an operations room's leading group ("the Al-Fateh al-Mubin
    operations room, led by HTS"), any other actor as it is."""
    actor = actors().actors.get(name)
    return actor.led_by if actor and actor.led_by else name


@dataclass(frozen=True)
class Trigger:
    phrase: str
    event_type: str
    sub_event_type: str
    kind: str  # TRIGGER_KINDS
    roles: str  # TRIGGER_ROLES or ""


@cache
def triggers() -> tuple[dict[str, Trigger], re.Pattern]:
    table = {}
    for surface, row in _with_forms(rows("triggers.csv", PHRASE, FORMS,
                                         text("event_type", choices=codebook.event_types),
                                         text("sub_event_type", choices=codebook.sub_event_types),
                                         text("kind", choices=TRIGGER_KINDS),
                                         text("roles", required=False, choices=TRIGGER_ROLES))):
        table[_key(surface)] = Trigger(surface, row["event_type"], row["sub_event_type"], row["kind"], row["roles"])
    return table, surface_regex(table)


@cache
def phrase_table(name: str, value_column: str, choices=None) -> tuple[dict[str, str], re.Pattern]:
    """A phrase file (data/lexicon/NAME) as {phrase: value} and its pattern."""
    found = rows(name, PHRASE, FORMS, text(value_column, choices=choices), note())
    table = {norm(surface): row[value_column] for surface, row in _with_forms(found)}
    return table, phrase_regex(table)


def casualty_words() -> tuple[dict[str, str], re.Pattern]:
    return phrase_table("casualty_words.csv", "category", codebook.categories)


def zero_phrases() -> tuple[dict[str, str], re.Pattern]:
    return phrase_table("zero_phrases.csv", "category", codebook.categories)


def discourse_markers() -> tuple[dict[str, str], re.Pattern]:
    return phrase_table("discourse.csv", "effect", DISCOURSE_EFFECTS)


def side_markers() -> tuple[dict[str, str], re.Pattern]:
    return phrase_table("sides.csv", "relation", SIDE_RELATIONS)


@cache
def date_phrases() -> tuple[dict[str, str], re.Pattern]:
    return phrase_table("date_phrases.csv", "rule", DATE_RULES)


def background_markers() -> tuple[dict[str, str], re.Pattern]:
    """Phrases that make a sentence background (aggregate) and words that make them a comparison."""
    return phrase_table("background.csv", "kind", ("aggregate", "comparison"))


@cache
def _nationality_rows() -> list[dict[str, str]]:
    return rows("nationalities.csv", PHRASE, FORMS, text("actor", choices=actor_names),
                text("home", required=False, choices=("yes",)), Column("countries", required=False, kind="list"),
                text("air_force", required=False, choices=actor_names), text("proxies", required=False, choices=actor_names),
                text("drone_force", required=False, choices=actor_names), note())


@cache
def _air_forces() -> dict[str, str]:
    return {row["actor"]: row["air_force"] for row in _nationality_rows() if row["air_force"]}


def air_arm(actor: str, drone: bool = False) -> str:
    """A state's forces -> its air arm, which the codebook names for its air strikes ("the Israeli
    military said its jets struck" is the Israeli Air Force's strike); for a drone, the force that
    flies the state's drones ("a suicide drone launched by regime forces" is the army's); any other
    actor as it is."""
    if drone and actor in _drone_forces():
        return _drone_forces()[actor]
    return _air_forces().get(actor, actor)


def ground_arm(actor: str) -> str:
    """A state's air arm -> its forces on the ground ("security forces raided ..." after the regime's
    helicopters struck is the army's raid); any other actor as it is."""
    return next((ground for ground, air in _air_forces().items() if air == actor), actor)


@cache
def _drone_forces() -> dict[str, str]:
    return {row["actor"]: row["drone_force"] for row in _nationality_rows() if row["drone_force"]}


@cache
def country_forces() -> tuple[dict[str, str], re.Pattern]:
    """A country's name -> the state forces it means when it acts ("Israel struck ...")."""
    named = [(country, row["actor"]) for row in _nationality_rows() for country in split_list(row["countries"])]
    return {norm(country): actor for country, actor in named}, surface_regex(country for country, _ in named)


@cache
def force_owners() -> tuple[dict[str, str], re.Pattern]:
    """A country's name or nationality -> its state forces, as it owns a force noun ("Jordan's army",
    "Lebanese security forces")."""
    named = [(name, row["actor"]) for surface, row in _with_forms(_nationality_rows())
             for name in (surface, *split_list(row["countries"]))]
    return {norm(name): actor for name, actor in named}, surface_regex(name for name, _ in named)


@cache
def patrons() -> tuple[dict[str, str], re.Pattern]:
    """A state as the news names a group it backs ("Turkish-backed", "Turkey-backed", "U.S.-backed") -> that group."""
    named = [(name, row["proxies"]) for surface, row in _with_forms(_nationality_rows()) if row["proxies"]
             for name in (surface, *split_list(row["countries"])) if not name.lower().startswith("the ")]
    return {norm(name): proxy for name, proxy in named}, surface_regex(name for name, _ in named)


@cache
def nationalities() -> dict[str, str]:
    """Nationality adjective -> the state forces its soldiers belong to."""
    return {norm(surface): row["actor"] for surface, row in _with_forms(_nationality_rows())}


@cache
def country_adjectives() -> dict[str, str]:
    """Country -> its nationality adjective ("Syria" -> "Syrian"), for names a source is given by ("Syria's
    Interior Ministry" is the Syrian Interior Ministry)."""
    return {country: row["phrase"] for row in _nationality_rows() for country in row["countries"].split("|") if country}


@cache
def home_forces() -> str:
    """The state forces of the country the reports are about: whose soldiers "two soldiers" are
    when neither a nationality nor the event's sides say."""
    homes = {row["actor"] for row in _nationality_rows() if row["home"]}
    if len(homes) != 1:
        raise ValueError(f"nationalities.csv: exactly one row must have home = yes (found {len(homes)})")
    return homes.pop()


@cache
def victim_nouns() -> dict[str, str]:
    found = rows("victims.csv", PHRASE, FORMS, text("role", choices=lambda: VICTIM_ROLES + actor_names()))
    return {norm(surface): row["role"] for surface, row in _with_forms(found)}


@cache
def armed_people_nouns() -> tuple[str, ...]:
    """The words for people of an armed side ("soldiers", "fighters", "members"), longest first."""
    return tuple(sorted((n for n, role in victim_nouns().items() if role in ("armed", "state", "target")),
                        key=len, reverse=True))


@cache
def enemy_words() -> dict[tuple[str, str], str]:
    """(the side a source speaks for, its word for people) -> the side it means ("terrorists" in Turkey's
    defence ministry's mouth are the SDF)."""
    found = rows("enemy_words.csv", text("speaker", choices=actor_names), PHRASE, FORMS,
                 text("actor", choices=actor_names), note(), key=None)
    return {(row["speaker"], norm(surface)): row["actor"] for surface, row in _with_forms(found)}


@cache
def number_words() -> dict[str, int]:
    return {norm(r["phrase"]): int(r["value"]) for r in rows("numbers.csv", PHRASE, Column("value", kind="int"))}


@cache
def quantity_patterns() -> list[tuple[str, str, str]]:
    """(pattern with {N}/{M}, low, high): low and high are N, M, a number or empty."""
    found = rows("quantities.csv", PHRASE, text("low", required=False, form=BOUND),
                 text("high", required=False, form=BOUND), note())
    return [(r["phrase"], r["low"], r["high"]) for r in found]


def _grouped(name: str, group_column: str, choices) -> dict[str, frozenset[str]]:
    groups: dict[str, set[str]] = {}
    for r in rows(name, PHRASE, text(group_column, choices=choices), note(), key=None):
        groups.setdefault(r[group_column], set()).add(norm(r["phrase"]))
    return {k: frozenset(v) for k, v in groups.items()}


@cache
def modality() -> dict[str, frozenset[str]]:
    return _grouped("modality.csv", "scope", MODALITY_SCOPES)


@cache
def claim_words() -> dict[str, frozenset[str]]:
    return _grouped("claim_words.csv", "kind", CLAIM_WORD_KINDS)


@cache
def function_words() -> dict[str, frozenset[str]]:
    """Small closed-class word lists the rules use, by role (clause boundaries, articles ...)."""
    return _grouped("function_words.csv", "role", FUNCTION_ROLES)


def words(role: str) -> frozenset[str]:
    return function_words().get(role, frozenset())


def alternation(role: str) -> str:
    """The words of a role as a regex alternation, longest first."""
    return "|".join(re.escape(w) for w in sorted(words(role), key=lambda w: (-len(w), w)))


@cache
def named_pattern(name: str) -> GatedPattern:
    """A named regular expression of data/lexicon/patterns.csv, searched only in stretches that
    hold a word it needs (required_text.py)."""
    table = {r["name"]: r["regex"] for r in rows("patterns.csv", text("name", choices=PATTERN_NAMES),
                                                 Column("regex", kind="regex"), note(), key="name")}
    missing = [n for n in PATTERN_NAMES if n not in table]
    if missing:
        raise ValueError(f"data/lexicon/patterns.csv: no row for {', '.join(missing)}")
    return GatedPattern(re.compile(table[name]))


@cache
def claim_pattern(*kinds: str) -> re.Pattern:
    """One pattern for the claim words of the given kinds (say_verb, denial, unconfirmed, ...)."""
    found = claim_words()
    return phrase_regex(set().union(*(found.get(k, ()) for k in kinds)))


@dataclass(frozen=True)
class NamedSource:
    name: str
    kind: str  # monitor | party
    speaks_for: str


@cache
def sources() -> tuple[dict[str, NamedSource], re.Pattern]:
    table = {}
    for r in rows("sources.csv", text("name"), ALIASES, text("kind", choices=("monitor", "rescue", "party", "forces")),
                  text("speaks_for", required=False, choices=actor_names), key="name"):
        source = NamedSource(r["name"], r["kind"], r["speaks_for"])
        for alias in split_list(r["aliases"]):
            table[_key(alias)] = source
    return table, surface_regex(table)


@lru_cache(maxsize=256)  # a report's sentences are read for their places, and later for their claimants
def sources_named(text: str, start: int, end: int) -> tuple[re.Match, ...]:
    """The sources.csv names in text[start:end], in text order: searched once for both readers."""
    return tuple(sources()[1].finditer(text, start, end))


@cache
def abbreviations() -> frozenset[str]:
    return frozenset(r["phrase"] for r in rows("abbreviations.csv", PHRASE))
