"""Load the facts the rules need (data/lexicon/*.csv) once, as plain data and compiled patterns.

A user adds a group, a trigger word or a number phrase by editing these CSV files; no code
changes. Patterns are matched on word boundaries; an alias with a capital letter is matched
case-sensitively (so "IS" is never the verb "is"), an all-lowercase one case-insensitively.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from helpers import paths


def read_csv(name: str, folder: Path | None = None) -> list[dict[str, str]]:
    path = (folder or paths.LEXICON_DIR) / name
    with open(path, encoding="utf-8", newline="") as f:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(f)]


def _literal(phrase: str) -> str:
    return r"\s+".join(re.escape(word) for word in phrase.split())


def _alternation(parts: list[tuple[str, str]], end: str = r"(?![\w-])") -> re.Pattern:
    # Longest phrase first, so "Syrian Arab Air Force" wins over "Syrian Arab Army"'s prefix.
    body = "|".join(p for _, p in sorted(parts, key=lambda sp: (-len(sp[0]), sp[0])))
    return re.compile(rf"(?<![\w-])(?:{body}){end}")


def phrase_regex(phrases) -> re.Pattern:
    """Literal phrases, matched case-insensitively on word boundaries (a hyphen joins words)."""
    return _alternation([(p, "(?i:" + _literal(p) + ")") for p in set(phrases) if p])


def surface_regex(surfaces) -> re.Pattern:
    """Case-insensitive for all-lowercase surfaces, case-sensitive for the rest ("IS" is not "is").
    A name may lead a hyphenated word ("a PKK-run entity", "ISIS-held villages")."""
    return _alternation([(s, _literal(s) if s != s.lower() else "(?i:" + _literal(s) + ")")
                         for s in set(surfaces) if s], end=r"(?!\w)")


def lookup(table: dict, surface: str):
    """Find a matched surface in a table keyed as the loaders key it."""
    exact = " ".join(surface.split())
    return table.get(exact, table.get(norm(surface)))


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


@dataclass(frozen=True)
class Actor:
    name: str
    actor_type: str
    domain: str


@dataclass(frozen=True)
class ActorLexicon:
    actors: dict[str, Actor]
    by_surface: dict[str, str]  # normalised surface -> canonical name
    anaphors: dict[str, str]  # normalised surface -> canonical name, valid once the actor was named
    pattern: re.Pattern
    not_actors: re.Pattern  # phrases in which a surface is not an actor ("an army of volunteers")


@cache
def actors() -> ActorLexicon:
    table, by_surface, anaphors = {}, {}, {}
    for row in read_csv("actors.csv"):
        table[row["actor"]] = Actor(row["actor"], row["actor_type"], row["domain"] or "ground")
        for s in filter(None, row["aliases"].split("|")):
            by_surface[s if s != s.lower() else norm(s)] = row["actor"]
        for s in filter(None, row["anaphors"].split("|")):
            anaphors[norm(s)] = row["actor"]
    pattern = surface_regex(list(by_surface) + list(anaphors))
    not_actors = phrase_regex(r["phrase"] for r in read_csv("not_actors.csv"))
    return ActorLexicon(table, by_surface, anaphors, pattern, not_actors)


@dataclass(frozen=True)
class Trigger:
    phrase: str
    event_type: str
    sub_event_type: str
    kind: str  # violent | raid | territory | arrest | standalone | other
    roles: str  # reverse | reciprocal | internal | generic | ""


@cache
def triggers() -> tuple[dict[str, Trigger], re.Pattern]:
    table = {}
    for row in read_csv("triggers.csv"):
        key = row["trigger"] if row["trigger"] != row["trigger"].lower() else norm(row["trigger"])
        table[key] = Trigger(row["trigger"], row["event_type"], row["sub_event_type"], row["kind"], row["roles"])
    return table, surface_regex(table)


def casualty_words() -> tuple[dict[str, str], re.Pattern]:
    return phrase_table("casualty_words.csv", "category")


def zero_phrases() -> tuple[dict[str, str], re.Pattern]:
    return phrase_table("zero_phrases.csv", "category")


def discourse_markers() -> tuple[dict[str, str], re.Pattern]:
    return phrase_table("discourse.csv", "effect")


def side_markers() -> tuple[dict[str, str], re.Pattern]:
    return phrase_table("sides.csv", "relation")


@cache
def victim_nouns() -> dict[str, str]:
    return {norm(r["noun"]): r["role"] for r in read_csv("victims.csv")}


@cache
def number_words() -> dict[str, int]:
    return {norm(r["word"]): int(r["value"]) for r in read_csv("numbers.csv")}


@cache
def quantity_patterns() -> list[tuple[str, str, str]]:
    return [(r["pattern"], r["low"], r["high"]) for r in read_csv("quantities.csv")]


@cache
def date_phrases() -> tuple[dict[str, str], re.Pattern]:
    table = {norm(r["pattern"]): r["rule"] for r in read_csv("date_phrases.csv")}
    return table, phrase_regex(table)


@cache
def modality() -> dict[str, frozenset[str]]:
    scopes: dict[str, set[str]] = {}
    for r in read_csv("modality.csv"):
        scopes.setdefault(r["scope"], set()).add(norm(r["word"]))
    return {k: frozenset(v) for k, v in scopes.items()}


@cache
def claim_words() -> dict[str, frozenset[str]]:
    kinds: dict[str, set[str]] = {}
    for r in read_csv("claim_words.csv"):
        kinds.setdefault(r["kind"], set()).add(norm(r["word"]))
    return {k: frozenset(v) for k, v in kinds.items()}


@cache
def claim_pattern(*kinds: str) -> re.Pattern:
    """One pattern for the claim words of the given kinds (say_verb, denial, unconfirmed, ...)."""
    words = claim_words()
    return phrase_regex(set().union(*(words.get(k, ()) for k in kinds)))


@dataclass(frozen=True)
class Source:
    name: str
    kind: str  # monitor | party
    speaks_for: str


@cache
def sources() -> tuple[dict[str, Source], re.Pattern]:
    table = {}
    for r in read_csv("sources.csv"):
        source = Source(r["name"], r["kind"], r["speaks_for"])
        for alias in filter(None, r["aliases"].split("|")):
            table[alias if alias != alias.lower() else norm(alias)] = source
    return table, surface_regex(table)


@cache
def phrase_table(name: str, value_column: str) -> tuple[dict[str, str], re.Pattern]:
    """A two-column phrase file (data/lexicon/NAME) as {phrase: value} and its pattern."""
    table = {norm(r["phrase"]): r[value_column] for r in read_csv(name)}
    return table, phrase_regex(table)
