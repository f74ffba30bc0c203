"""Who acted when the main trigger's own clause names no one (sides.py asks, in this order): who holds the
ground the fire came from, a country that opens the clause, a party's source that speaks for its forces,
a later telling that names the attacker, or an attacker the text names by no group's name.
"""
from __future__ import annotations

import re
from functools import cache

from helpers.codebook import UNNAMED, taxonomy
from helpers.extract.clauses import clause_start, says, subject_clause_start
from helpers.extract.frames import Frame, names_as_attacker
from helpers.extract.lexicon import (air_arm, claim_pattern, country_forces, force_owners, lookup, named_pattern,
                                     number_words, sources, victim_nouns, words)
from helpers.extract.mentions import SentenceMentions, TriggerHit
from helpers.records import Sentence


def implied_agent(text: str, frame: Frame, sentence: Sentence, main: TriggerHit) -> list[str]:
    return _origin_holder(text, frame, sentence) or _country_subject(text, sentence, main) or \
        _speaking_party(text, sentence, main) or _announcing_party(text, frame, sentence, main) or \
        _agent_told_later(text, frame, sentence) or \
        _unnamed_agent(text, frame, sentence, main)


def _origin_holder(text: str, frame: Frame, sentence: Sentence) -> list[str]:
    """"rockets fired from the HTS-held Ghaab Plain", "fired from ISIL-held territory", "mortar fire from areas
    controlled by Syrian government forces": who holds the ground the fire came from fired it."""
    actors = next(s.actors for s in frame.sentences if s.sentence == sentence)
    return [a.actor for a in actors if named_pattern("place_holder").match(text, a.end)
            and named_pattern("origin").search(text, sentence.start, a.start)
            or named_pattern("held_origin").search(text, sentence.start, a.start)][:1]


def _country_subject(text: str, sentence: Sentence, main: TriggerHit) -> list[str]:
    """"Israel struck a depot", "Turkey has shelled ...", "Israel conducted an airstrike": a country
    that opens the trigger's clause, with only lowercase words between, acts through its forces."""
    table, pattern = country_forces()
    start = clause_start(text, sentence.start, main.start)
    countries = list(pattern.finditer(text, sentence.start, main.start))
    # "The United States, Britain and France launched missile strikes": the countries named together act together
    joined = [c for c in countries if c.start() >= start]
    while joined and countries.index(joined[0]) > 0:
        before = countries[countries.index(joined[0]) - 1]
        if not _COUNTRY_AND.fullmatch(text, before.end(), joined[0].start()):
            break
        joined.insert(0, before)
    if not joined or not _LOWERCASE_WORDS.fullmatch(text, joined[-1].end(), main.start) or any(
            not _COUNTRY_AND.fullmatch(text, a.end(), b.start()) for a, b in zip(joined, joined[1:])):
        return []
    prefix = text[clause_start(text, sentence.start, joined[0].start()):joined[0].start()]
    said = list(claim_pattern("say_verb").finditer(prefix))  # "The ministry said Israel struck ..."
    if prefix.strip(" ,\"“") and not (said and re.fullmatch(r"\s*(?:that\s*)?", prefix[said[-1].end():])):
        return []
    return list(dict.fromkeys(lookup(table, c.group()) for c in joined))


_COUNTRY_AND = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")


def _speaking_party(text: str, sentence: Sentence, main: TriggerHit) -> list[str]:
    """"Turkey's Ministry of Defence said its forces had neutralised 13 terrorists", "Russia's Defense
    Ministry said air defenses at its Hmeimim base had shot down two drones": a party's source whose own
    forces open the trigger's clause, or who tells what its defences stopped, speaks for the side that acted."""
    opening = subject_clause_start(text, sentence.start, main.start)
    if main.trigger.kind != "disrupted" and not named_pattern("speaker_forces").match(text[opening:main.end]):
        return []
    table, pattern = sources()
    named = [lookup(table, m.group()) for m in pattern.finditer(text, sentence.start, opening)]
    return [named[-1].speaks_for] if named and named[-1].speaks_for else []


def _announcing_party(text: str, frame: Frame, sentence: Sentence, main: TriggerHit) -> list[str]:
    """"SDF officials said more than 150 men suspected of being Islamic State fighters were detained": an armed
    party's officials who announce detentions told in the passive, by no one named, announce their side's."""
    if main.trigger.kind != "arrest" or not named_pattern("passive_aux").search(text, sentence.start, main.start):
        return []
    actors = next(s.actors for s in frame.sentences if s.sentence == sentence)
    return [a.actor for a in actors if a.end <= main.start and taxonomy().armed(a.actor_type)
            and (head := _source_head_words().match(text, _SPACE.match(text, a.end).end()))
            and says(text, head.end())][:1]


_SPACE = re.compile(r"\s*")


@cache
def _source_head_words() -> re.Pattern:
    return claim_pattern("source_head")


_LOWERCASE_WORDS = re.compile(r"(?:\s+[a-z]+){0,3}\s+")


def _agent_told_later(text: str, frame: Frame, first: Sentence) -> list[str]:
    """"... when militants fired a guided missile at an army post. The attack was carried out by
    militants of Hayat Tahrir al-Sham": a later telling that names who did it, after "by"; the
    group that claimed it ("The Islamic State claimed the bombing through Amaq"), or the one a source
    blames ("Turkish officials blamed the YPG") or whose ground the fire came from."""
    for s in frame.sentences:
        if s.sentence.start <= first.start:
            # "Car bomb 24 Sept outside ... killed five; Jabhat al-Nusra later claimed responsibility": a clause of
            # its own after a semicolon
            after = text.rfind(";", s.sentence.start, s.sentence.end)
            if after >= 0 and (claimant := _claimed_by(text, s, after)):
                return claimant
            continue
        if claimant := _claimed_by(text, s, s.sentence.start):
            return claimant
        blamed = [a for a in s.actors if taxonomy().armed(a.actor_type) and names_as_attacker(text, s.sentence, a)]
        if blamed:
            return [blamed[0].actor]
        if identified := _aircraft_identity(text, s.sentence):
            return identified
        for t in s.triggers:
            by = re.search(r"\bby\b", text[t.end:s.sentence.end])
            if not (t.anaphoric and by and re.search(r"\b(?:was|were|been)\b", text[t.end:t.end + by.start()])):
                continue
            agent = next((a for a in s.actors if a.start > t.end + by.end() and taxonomy().armed(a.actor_type)
                          and not re.search(r"[,;]", text[t.end + by.end():a.start])), None)
            if agent is not None:
                return [agent.actor]
    return []


def _claimed_by(text: str, s: SentenceMentions, start: int) -> list[str]:
    """The armed group that claims the happening in text[start:] of the sentence ("The Islamic State claimed the
    bombing through Amaq")."""
    claimed = named_pattern("claimed_by").search(text, start, s.sentence.end)
    claimant = [a for a in s.actors if claimed and start <= a.start and a.end <= claimed.start()
                and taxonomy().armed(a.actor_type)]
    return [claimant[-1].actor] if claimant else []


def _aircraft_identity(text: str, sentence: Sentence) -> list[str]:
    """"The monitor said the jets were Syrian and Russian": the air forces of the nationalities given the aircraft."""
    identified = named_pattern("aircraft_identity").search(text, sentence.start, sentence.end)
    if identified is None:
        return []
    table, owners = force_owners()
    forces, at = [], identified.end()
    while (owner := owners.match(text, at)) is not None:
        forces.append(air_arm(lookup(table, owner.group())))
        at = owner.end() + len(_AND.match(text, owner.end()).group())
    return forces


_AND = re.compile(r"(?:\s*,\s*|\s+)?(?:and\s+|or\s+)?")


def _unnamed_agent(text: str, frame: Frame, sentence: Sentence, main: TriggerHit) -> list[str]:
    """"terrorists fired rockets at Latakia", "mortar rounds fired by 'terrorists' hit Bab Touma": an attacker the
    text names by no group's name is an unidentified armed group's, not the side of the event told before; "Islamic
    State is trying to take advantage. On Tuesday its fighters attacked": a side's own fighters are the side the
    sentence before opens on ("the Islamic State took advantage of the fighting between the regime and ...")."""
    subject = named_pattern("posted_subject").search(text, sentence.start, main.start) or _subject_words().search(
        text, sentence.start, main.start)
    own = _OWN_BODY.search(text, sentence.start, main.start)  # "its security service raided"
    if subject and subject.group(1).lower() in words("possessive") and \
            victim_nouns().get((subject.group(2) or "").lower()) == "armed" or \
            own and own.group(1).lower() in words("possessive") and victim_nouns().get(own.group(2).lower()) == "armed":
        return [frame.context_subject] if frame.context_subject else list(frame.context_actors[:1])
    agent = _AGENT_WORDS.match(text, main.end)
    # "its fighters had repelled the attack": a side's own fighters are that side's
    # "the militants launched a counter-attack": the fighters told before, not an unnamed group
    words_named = [w for m in (subject, agent) if m and m.group(1).lower() not in words("possessive")
                   and not (m is subject and m.group(1).lower() in words("definite")) for w in m.groups() if w]
    return [UNNAMED] if any(victim_nouns().get(w.lower()) == "armed" for w in words_named) else []


# "terrorist groups" had fired; not "two commanders were" (killed): the people a passive harms
@cache
def _subject_words() -> re.Pattern:
    """The two words before the trigger, across a verb and what counts its noun ("militants fired several")."""
    counts = "|".join(re.escape(w) for w in sorted([*words("quantifier"), *number_words()], key=len, reverse=True))
    return re.compile(r"\b([a-z]+)\s+(?!(?:was|were|is|are|been|being)\b)([a-z]+)[\"“”']?\s+"
                      rf"(?:(?:had|have|has)\s+)?(?:[a-z]+ed\s+)?(?:(?:{counts}|\d+)\s+)?$", re.I)
_OWN_BODY = re.compile(r"\b([a-z]+)\s+([a-z]+\s+[a-z]+)\s+(?:(?:had|have|has)\s+)?(?:[a-z]+ed\s+)?$", re.I)  # its security service
# fired by "terrorists"; "rockets fired by terrorist groups": the trigger's noun and its participle
_AGENT_WORDS = re.compile(r"\s+(?:[a-z]+ed\s+)?by\s+[\"“”']?(?:the\s+)?([a-z]+)(?:\s+([a-z]+))?\b", re.I)
