"""Actor mentions: lexicon surfaces (data/lexicon/actors.csv) -> canonical actor and ACLED actor type.

An anaphor ("the terrorist group") counts only once its actor has been named earlier in the
report, and then stands for that actor.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from datetime import date
from functools import cache
from operator import attrgetter

from helpers.codebook import UNNAMED, taxonomy
from helpers.extract.lexicon import (FORMS, PHRASE, actor_names, actors, alternation, armed_people_nouns,
                                     country_forces, force_owners, ground_arm, home_forces, lookup, named_pattern, nationalities,
                                     patrons, rows, triggers, victim_nouns, words)
from helpers.extract.force_words import at_home
from helpers.extract.matching import PhrasePattern
from helpers.extract.quantities import find_quantities
from helpers.extract.voice_mentions import voice_mentions
from helpers.facts import ISO_DATE, Column, note, split_list
from helpers.facts import text as text_column
from helpers.records import ActorMention

_start = attrgetter("start")  # a mention's start, read without a Python call at each step of a sort or bisection


def find_actor_mentions(text: str, voice: str = "", published: date | None = None,
                        home: str = "", party: bool = False) -> list[ActorMention]:
    """The lexicon's actors in text order; with the actor a report speaks for (its voice), also its
    own forces as it names them ("our forces", "our fighters" in a statement of the SDF); with the day a
    report was published, the sides its period's words meant ("rebels" in 2012: data/lexicon/period_words.csv);
    with the forces its outlet means by "the army" or "troops" alone (home: a Turkish or Israeli outlet's own
    army), those forces where the home country's are named by such a word alone; when the voice is a party's own
    document (party), not only its outlet's country, also its words for the other side."""
    home = home or home_forces()
    found = at_home(_countries_own_forces(text, _lexicon_mentions(text)), home)
    found = sorted(found + _shared_noun(text, found), key=_start)
    proxies = _proxies(text, found)  # "Turkish-backed Syrian militias": no Syrian forces inside
    national = [n for n in _national_attacks(text, found) if not any(p.start <= n.start < p.end for p in proxies)]
    found = sorted(found + national + proxies, key=_start)
    found = _no_longer(text, _owned(text, _attributed(text, found)))
    found = sorted(found + _unnamed_troops(text, found, home) + _group_told_back(text, found), key=_start)
    found = sorted(found + voice_mentions(text, voice, found, party), key=_start)
    if published is not None:
        found = sorted(found + _period_mentions(text, published, found), key=_start)
    return sorted(found + _report_group_mentions(text, found), key=_start)


_TOLD_BACK_REACH = 1500  # characters back to the group a definite "the group" points to


def _group_told_back(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """"An IED planted by the group", "a landmine left behind by the militants": the armed non-state group the
    report is about: the first it named not long before ("ISIS cells remain active ..., where the SDF struggle")."""
    found = []
    for m in named_pattern("group_told_back").finditer(text):
        start = m.start("group")
        before = [a for a in mentions if a.end <= start and start - a.end <= _TOLD_BACK_REACH
                  and a.actor != UNNAMED and taxonomy().forces.get(a.actor_type) == "non_state"
                  and not named_pattern("place_holder").match(text, a.end)]  # "now under SDF control": who holds it
        if before:  # the report's topic is the group it introduces first
            found.append(ActorMention(start, m.end("group"), m.group("group"), before[0].actor, before[0].actor_type))
    return found


@cache
def _period_words() -> tuple[tuple[date, date, str, re.Pattern], ...]:
    found = rows("period_words.csv", PHRASE, FORMS, text_column("actor", choices=actor_names),
                 text_column("from", form=ISO_DATE),
                 text_column("to", form=ISO_DATE), note())
    return tuple((date.fromisoformat(row["from"]), date.fromisoformat(row["to"]), row["actor"],
                  _phrase_regex([row["phrase"], *split_list(row["forms"])])) for row in found)


def _period_mentions(text: str, published: date, found: list[ActorMention]) -> list[ActorMention]:
    """"rebels" in a report of 2012: the side the words meant then, where no actor is named already."""
    taken = [(a.start, a.end) for a in found]
    return [ActorMention(m.start(), m.end(), m.group(), actor, actors().actors[actor].actor_type)
            for start, end, actor, pattern in _period_words() if start <= published <= end
            for m in pattern.finditer(text) if _unnamed_side(text, m, taken)]


@cache
def _report_group_words() -> tuple[tuple[frozenset[str], re.Pattern], ...]:
    found = rows("report_groups.csv", PHRASE, FORMS, Column("groups", kind="list", choices=actor_names), note())
    return tuple((frozenset(split_list(row["groups"])), _phrase_regex([row["phrase"], *split_list(row["forms"])]))
                 for row in found)


def _report_group_mentions(text: str, found: list[ActorMention]) -> list[ActorMention]:
    """"the rebels", "Islamist rebels": a word for fighters that names no group is the one group of its kind the
    report names (data/lexicon/report_groups.csv); with none or several named, it names no side."""
    taken = [(a.start, a.end) for a in found]
    named = {a.actor for a in found}
    mentions = []
    for groups, pattern in _report_group_words():
        if len(named & groups) != 1:
            continue
        actor = next(iter(named & groups))
        mentions += [ActorMention(m.start(), m.end(), m.group(), actor, actors().actors[actor].actor_type)
                     for m in pattern.finditer(text) if _unnamed_side(text, m, taken)]
    return mentions


def _unnamed_side(text: str, m: re.Match, taken: list[tuple[int, int]]) -> bool:
    """A word for fighters where no actor is named already, not "rebels led by X" or "allied rebel factions", not
    whose a place is ("held by the rebels") and not people counted in a toll ("five rebels were killed")."""
    return not any(s < m.end() and m.start() < e for s, e in taken) \
        and not named_pattern("led_by_group").match(text, m.end()) \
        and not named_pattern("held_by").search(text, max(0, m.start() - 40), m.start()) \
        and not named_pattern("groups_besides").search(text, max(0, m.start() - 30), m.start()) \
        and not _counted(text, m.start())


def _phrase_regex(phrases: list[str]) -> re.Pattern:
    """Whole words, longest first; "rebel-held" is a word for a place's owner, not for fighters."""
    return re.compile(rf"\b(?:{'|'.join(re.escape(s) for s in sorted(phrases, key=len, reverse=True))})\b(?!-)", re.I)


def _counted(text: str, start: int) -> bool:
    """"14 soldiers and five rebels were killed": people counted are the toll's victims, not a side named."""
    return any(not text[q.end:start].strip() for q in find_quantities(text, max(0, start - 30), start))


@cache
def _possessive_forces() -> re.Pattern:
    return re.compile(rf"(?:['’]s)?\s+(?:{alternation('country_forces')})\b", re.I)


def _countries_own_forces(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """"Jordan's army", "Israel's military", "the United States armed forces", "Lebanese security forces": a
    country's own forces, in place of the home army that "army" alone names."""
    table, pattern = force_owners()
    lexicon = actors()
    named = []
    for m in pattern.finditer(text):
        forces = _possessive_forces().match(text, m.end())
        # "the Free Syrian Army" names a group of its own, not Syria's army
        if forces and not any(a.start <= m.start() and forces.end() <= a.end
                              and a.end - a.start > forces.end() - m.start() for a in mentions):
            actor = lookup(table, m.group())
            named.append(ActorMention(m.start(), forces.end(), text[m.start():forces.end()], actor,
                                      lexicon.actors[actor].actor_type))
    if not named:
        return mentions
    kept = [a for a in mentions if not any(n.start <= a.start and a.end <= n.end for n in named)]
    return sorted(kept + named, key=_start)


def _owned(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """"Gunmen of Ahrar al-Sharqiya", "gunmen of the Nusra Front", "the General Security Service of Hayat Tahrir
    al-Sham": the unnamed, and a service no state's that an armed group has, belong to the group named after them,
    one mention of that group."""
    owned: list[ActorMention] = []
    for m in mentions:
        held = owned[-1] if owned and (owned[-1].actor == UNNAMED or (
            owned[-1].actor_type == "State forces" and m.actor_type != "State forces"
            and taxonomy().armed(m.actor_type))) else None
        if held and _OF.fullmatch(text, held.end, m.start):
            owned[-1] = ActorMention(held.start, m.end, text[held.start:m.end], m.actor, m.actor_type)
        else:
            owned.append(m)
    return owned


@cache
def _former_people() -> re.Pattern:
    if not words("no_longer"):
        return re.compile(r"(?!)")  # a lexicon without the words matches nothing, not every noun
    armed = armed_people_nouns()
    return re.compile(rf"(\b(?:{alternation('no_longer')})\s*(?:[\w'’-]+\s+){{0,3}}?(?:{'|'.join(map(re.escape, armed))})\b)"
                      rf"(?:\s+(?:in|of)\s+(?:the\s+|an?\s+)?)?", re.I)


def _no_longer(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """"a former commander in the Free Syrian Army", "four former army officers": people counted who are no longer
    of a side are civilians, and the side named in their description no side of what was done to them."""
    found = list(mentions)
    for m in _former_people().finditer(text):
        if not _counted(text, m.start()):
            continue  # "former rebel bastions": a place's past, not people
        if any(a.start <= m.start() < a.end for a in found):
            continue  # "former rebels": a name of its own, the reconciled rebels
        inside = [a for a in found if m.start() <= a.start <= m.end()]  # "former army officers", "... in the FSA"
        end = max([m.end(1)] + [a.end for a in inside])
        found = [a for a in found if a not in inside] + [
            ActorMention(m.start(), end, text[m.start():end], "Civilians", actors().actors["Civilians"].actor_type)]
    return sorted(found, key=_start)


def _unnamed_troops(text: str, mentions: list[ActorMention], home: str) -> list[ActorMention]:
    """"Troops had also shelled the town": troops whose state goes unsaid are the state forces named
    last before them ("regime forces shelled ... troops also shelled" are the army's); in an outlet's own
    country's words (home not the home country's forces: an Israeli outlet's "the troops fired"), its own."""
    taken = [(a.start, a.end) for a in mentions]
    plain = words("article") | words("conjunction") | words("clause_boundary") | words("count_stop")  # "clashed with troops"
    found = []
    for m in re.finditer(rf"\b(?:{alternation('unnamed_troops')})\b", text, re.I):
        before = _LAST_WORD.search(text, max(0, m.start() - 30), m.start())
        if any(s < m.end() and m.start() < e for s, e in taken) or (before and before.group(1).lower() not in plain):
            continue  # "coalition troops", "Iraqi troops": a modifier says whose they are
        state = [a for a in mentions if a.end <= m.start() and a.actor_type == "State forces"
                 and not is_air(a.actor)]
        if home != home_forces() and not _OWNER_AFTER.match(text, m.end()):
            found.append(ActorMention(m.start(), m.end(), m.group(), home, actors().actors[home].actor_type))
        elif state:
            found.append(ActorMention(m.start(), m.end(), m.group(), state[-1].actor, state[-1].actor_type))
        elif not any(a.end <= m.start() and a.actor_type == "External/Other forces" for a in mentions) \
                and not _OWNER_AFTER.match(text, m.end()):  # "troops from the US-led coalition" are its
            # "the rebel Free Syrian Army clashed with troops": with no state named before, the home army
            found.append(ActorMention(m.start(), m.end(), m.group(), home, actors().actors[home].actor_type))
    return found


def _shared_noun(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """"Russian and Syrian warplanes", "Russian and regime airstrikes": a nationality joined by "and"
    to an actor named with a noun names that nationality's actor of the noun too."""
    lexicon, known = actors(), nationalities()
    found = []
    for m in mentions:
        noun = m.surface.partition(" ")[2]
        if not noun:  # "Russian and regime airstrikes": the noun follows the mention
            after = _NEXT_WORD.match(text, m.end)
            noun = after.group(1) if after else ""
        if not noun:
            continue
        joined = _JOINED_NATIONALITY.search(text, max(0, m.start - 30), m.start)
        if joined and joined.group(1).lower() in known:
            # "Russian and Syrian government warplanes": the noun without the other's own words
            name = lookup(lexicon.by_surface, f"{joined.group(1)} {noun}") or \
                lookup(lexicon.by_surface, f"{joined.group(1)} {noun.split()[-1]}")
            if not name and ground_arm(m.actor) in known.values():  # "Russian and Syrian regime airstrikes"
                name = known[joined.group(1).lower()]
            if name:
                found.append(ActorMention(joined.start(1), joined.end(1), joined.group(1), name,
                                          lexicon.actors[name].actor_type))
    return found


@cache
def _state_doings() -> list[str]:
    """What a state does (its attacks), who does it for it ("troops", "soldiers": victims.csv's state nouns)
    and what it fires ("howitzers": function_words.csv's weapons)."""
    nouns = [t.phrase for t in triggers()[0].values() if t.kind == "violent"] + [
        noun for noun, role in victim_nouns().items() if role == "state"] + sorted(words("weapon"))
    return sorted(nouns, key=len, reverse=True)


@cache
def _national_attack() -> PhrasePattern:
    # "Israeli enemy soldiers", "Turkish occupation drones": each side's word for the other between; "Israeli tank
    # shells": what fired them
    regex = re.compile(rf"\b({'|'.join(map(re.escape, sorted(nationalities(), key=len, reverse=True)))})\s+"
                       rf"(?:(?:enemy|occupation|(?-i:[a-z]+))\s+)?(?:{'|'.join(map(re.escape, _state_doings()))})\b", re.I)
    # searched at a nationality's first word ("u" of "U.S."): every match opens with one, whole
    return PhrasePattern(regex, frozenset(re.match(r"\w+", n).group() for n in nationalities()))


def _national_attacks(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """"Turkish shelling hit", "the Jordanian strikes", "Turkish troops": a nationality before an
    attack or a state's people names that state's forces (its air arm for an air strike is the
    event's business)."""
    lexicon, known = actors(), nationalities()
    taken = [(m.start, m.end) for m in mentions]
    found = []
    for m in _national_attack().finditer(text):
        if m.group(1)[0].isupper() and not any(s < m.end(1) and m.start(1) < e for s, e in taken):
            name = known[m.group(1).lower()]
            found.append(ActorMention(m.start(1), m.end(1), m.group(1), name, lexicon.actors[name].actor_type))
    return found


def _proxies(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """"Turkish-backed Syrian militias", "Iran-backed fighters": a group named by the state that backs it."""
    lexicon, (table, pattern) = actors(), patrons()
    taken = [(m.start, m.end) for m in mentions]
    found = []
    for m in pattern.finditer(text):
        group = named_pattern("backed_group").match(text, m.end())
        if group and not any(s < group.end() and m.start() < e for s, e in taken):
            name = lookup(table, m.group())
            found.append(ActorMention(m.start(), group.end(), text[m.start():group.end()], name,
                                      lexicon.actors[name].actor_type))
        # "militias affiliated with Iran's Revolutionary Guard": the group named before its patron
        elif (group := named_pattern("group_of_patron").search(text, max(0, m.start() - 40), m.start())) and \
                not any(s < m.end() and group.start() < e for s, e in taken):
            name = lookup(table, m.group())
            found.append(ActorMention(group.start(), m.end(), text[group.start():m.end()], name,
                                      lexicon.actors[name].actor_type))
    return found


def _attributed(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """"Unidentified warplanes, believed to be Israeli,", "unknown drones thought to belong to the
    US-led coalition", "fixed-wing warplanes believed to be Russian": an unnamed attacker (or an
    attack no actor names) is whose the text takes it to be."""
    taken = [(m.start, m.end) for m in mentions]
    unnamed = [ActorMention(m.start(), m.end(), m.group(), UNNAMED, "") for m in _state_doing().finditer(text)
               if not any(s < m.end() and m.start() < e for s, e in taken)]
    attributed = []
    for m in sorted(mentions + unnamed, key=_start):
        if attributed and m.start < attributed[-1].end:
            continue  # "strikes believed to have been carried out by Israeli jets": the jets are in its name
        hedge = named_pattern("believed_identity").match(text, m.end) if m.actor == UNNAMED else None
        identity = _identity(text, hedge.end(), mentions) if hedge else None
        if identity:  # the words up to the identity, so that "warplanes believed to be Russian" are named as such
            name, end = identity
            attributed.append(ActorMention(m.start, end, text[m.start:end], name, actors().actors[name].actor_type))
        elif m.actor_type:  # an attack no actor names stays no mention
            attributed.append(m)
    return attributed


def _identity(text: str, at: int, mentions: list[ActorMention]) -> tuple[str, int] | None:
    """The actor named at a position, and where its name ends: a mention starting there, a
    nationality ("Israeli") or a country ("carried out by Israel")."""
    named = next((n for n in mentions if n.start == at), None)
    if named is not None:
        return named.actor, named.end
    word = _WORD.match(text, at)
    nation = nationalities().get(word.group().lower()) if word and word.group()[0].isupper() else None
    if nation:
        return nation, word.end()
    table, pattern = country_forces()
    country = pattern.match(text, at)
    return (lookup(table, country.group()), country.end()) if country else None


@cache
def _state_doing() -> PhrasePattern:
    # searched at each attack's or state noun's first word: every match opens with one, whole
    regex = re.compile(rf"\b(?:{'|'.join(map(re.escape, _state_doings()))})\b", re.I)
    return PhrasePattern(regex, frozenset(re.match(r"\w+", n).group().lower() for n in _state_doings()))


_WORD = re.compile(r"[\w-]+")
# "Russian and", "SYRIAN and" (a paper's capitals opening a story)
_JOINED_NATIONALITY = re.compile(r"\b([A-Z][a-z]+|[A-Z]{4,}|[A-Z]\.(?:[A-Z]\.)+|[A-Z]{2}(?=\s))\s+and\s+$")
_NEXT_WORD = re.compile(r"\s+([\w-]+)")
_LAST_WORD = re.compile(r"([\w-]+)\s+$")
_OF = re.compile(r"\s+of\s+(?:the\s+)?")
_OWNER_AFTER = re.compile(r"\s+(?:of|from)\b")


def _lexicon_mentions(text: str) -> list[ActorMention]:
    lexicon = actors()
    named: set[str] = set()
    mentions = []
    figurative = [(m.start(), m.end()) for m in lexicon.not_actors.finditer(text)]
    for m in lexicon.pattern.finditer(text):
        if any(start <= m.start() < end for start, end in figurative):
            continue
        name = lookup(lexicon.by_surface, m.group())
        if name is None:
            name = lookup(lexicon.anaphors, m.group())
            if name not in named:
                continue
        named.add(name)
        mentions.append(ActorMention(m.start(), m.end(), m.group(), name, lexicon.actors[name].actor_type))
    return mentions


def mentions_within(mentions: Sequence[ActorMention], start: int, end: int) -> Sequence[ActorMention]:
    """The mentions that start in [start, end), from mentions in text order (as find_actor_mentions
    gives them): found by bisection, so that a long report is not scanned once per sentence."""
    return mentions[bisect_left(mentions, start, key=_start):bisect_left(mentions, end, key=_start)]


def actor_type(name: str) -> str:
    actor = actors().actors.get(name)
    return actor.actor_type if actor else ""


def force_of(name: str) -> str:
    """"state", "non_state" or "unarmed" (data/codebook/actor_types.csv), or "" for a name the lexicon lacks."""
    return taxonomy().forces.get(actor_type(name), "")


def is_air(name: str) -> bool:
    actor = actors().actors.get(name)
    return bool(actor) and actor.domain == "air"
