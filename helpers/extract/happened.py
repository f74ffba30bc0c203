"""Whether a trigger word tells a happening: the words around it may say the thing did not (yet) happen, is a
kind of happening or a standing situation (data/lexicon/modality.csv): "does not see a possibility to reach an
agreement", "are now looting", "any attack", "the captured areas", "a vigil is planned".
"""
from __future__ import annotations

import re
from functools import cache

from helpers.extract.clauses import WORD, clause_start, words_before
from helpers.extract.lexicon import Trigger, modality, named_pattern, norm_word, triggers, words
from helpers.records import Sentence

_VERB_REACH = 2  # words after an aircraft to its verb ("jets did not strike", "its aircraft hadn't conducted")
_OWNED_VERB_REACH = 6  # "drones of the Turkish Armed Forces continue"
_AFTER_REACH = 60  # characters after a trigger that hold those words
_WORD_BEFORE = re.compile(r"\b(\w+)\s+$")  # the word right before a trigger, as written


@cache
def _phrases_of_words(scope: str) -> tuple[str, ...]:
    """A modality scope's phrases of several words ("calls on"), each between spaces: set apart once,
    not at every trigger (its single words are looked up in a set)."""
    return tuple(f" {p} " for p in modality().get(scope, ()) if " " in p)


def _phrase_in(words: tuple[str, ...], scope: str) -> bool:
    """Whether a scope's phrase of several words ("calls on") is among the words."""
    joined = f" {' '.join(words)} "
    return any(p in joined for p in _phrases_of_words(scope))


@cache
def _phrases_by_last_word(scope: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """A modality scope's phrases as words, filed under their last word: split once, not at every trigger."""
    filed: dict[str, list[tuple[str, ...]]] = {}
    for phrase in modality().get(scope, ()):
        words = tuple(phrase.split())
        filed.setdefault(words[-1], []).append(words)
    return {last: tuple(phrases) for last, phrases in filed.items()}


def _ends_with(words: tuple[str, ...], scope: str) -> bool:
    """Whether the words end with one of a modality scope's phrases ("such", "fled the")."""
    return bool(words) and any(words[-len(p):] == p for p in _phrases_by_last_word(scope).get(words[-1], ()))


@cache
def _how_often() -> re.Pattern:
    """How often something keeps happening ("every day", "almost daily")."""
    often = sorted(modality().get("frequency", ()), key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, often))})\b", re.I)


_SAME_CLAUSE_AFTER = re.compile(r"[^,;:.!?]{0,40}")  # the trigger's own clause, a few words on


@cache
def _after_aircraft() -> re.Pattern:
    """Right after a side's own aircraft ("its jets", "their drones") or a kind of them ("which aircraft"), as
    triggers.csv names aircraft."""
    aircraft = [phrase for phrase, t in triggers()[0].items() if t.roles == "vehicle"]
    return re.compile(rf"\b(?:its|their|which)\s+(?:[\w-]+\s+)?(?:{'|'.join(map(re.escape, aircraft))})\s+$", re.I)


def happened(text: str, sentence: Sentence, start: int, end: int, trigger: Trigger) -> bool:
    """Do the words around a trigger word (text[start:end]) tell that it happened?"""
    scopes = modality()
    before_sentence = words_before(text, sentence.start, start)
    if scopes.get("sentence", frozenset()) & set(before_sentence) or _phrase_in(before_sentence, "sentence"):
        return False
    opening = clause_start(text, sentence.start, start)
    in_clause = set(words_before(text, opening, start))
    if scopes.get("clause", frozenset()) & in_clause or _habitual_in(
            text, opening, start, scopes.get("habitual", frozenset()) & in_clause):
        return False
    if scopes.get("position", frozenset()) & in_clause and not named_pattern("told_as_specific").match(
            text, end, sentence.end):
        return False  # "condemned all attacks on civilians"; not "condemned the attack on Jaramana on Monday"
    if scopes.get("complement", frozenset()) & set(words_before(text, sentence.start, opening)[-2:]):
        return False  # "denied that its aircraft had carried out any missions": the clause a denial introduces
    after = words_before(text, end, min(sentence.end, end + _AFTER_REACH))  # the trigger's own verb, no further
    # "Armed drones of the Turkish Armed Forces continue to strike": past the aircraft's owner to its verb
    reach = _OWNED_VERB_REACH if after[:1] == ("of",) else _VERB_REACH
    if trigger.roles == "vehicle" and ((scopes.get("clause", frozenset()) | scopes.get("habitual", frozenset()))
                                           & set(after[:reach]) or words("bare_present") & set(after[:1])
                                           and _after_aircraft().search(text, sentence.start, end + 1)):
        return False  # "its aircraft hadn't conducted any missions", "jets still fly over Idlib": no happening
    if trigger.roles == "vehicle" and after[:1] in (("have",), ("has",)) and after[1:2] == ("been",):
        return False  # "Russian warplanes have been flying over Idlib for three weeks": a campaign going on
    if trigger.roles == "vehicle" and (words("aircraft_travel") & set(after[:2])
                                       or words("civil_aircraft") & set(before_sentence[-1:])):
        return False  # "a passenger plane landed in Damascus", "jets have stayed away", "cargo planes": no strike
    if scopes.get("sentence", frozenset()) & set(after[:1]):
        return False  # "the regime's attacks would not have been possible without ...": the noun's own verb is irrealis
    if _future_verb_after(text, end, sentence.end):
        return False  # "Russia says its air strikes against them will go on": still to come
    if _how_often().search(text, opening, start) or _told_how_often_after(text, end, sentence.end):
        # "shell the village every day with mortars", "come under fire almost every day": what keeps happening
        return False
    if named_pattern("kind_after").match(text, end, sentence.end):
        return False  # "Raids of this kind are the backbone of the counter-IS mission": a kind of happening
    if named_pattern("deal_struck").match(text, start, sentence.end):
        return False  # "former fighters who struck reconciliation deals": a deal agreed
    if named_pattern("planned_after").match(text, end, sentence.end) or \
            named_pattern("assessed_likelihood").search(text, end, sentence.end):
        return False  # "a vigil is planned for Saturday", "further strikes are likely", "attacks ...: LIKELY": to come
    if named_pattern("goes_on_after").match(text, end, sentence.end):
        return False  # "Airstrikes and shelling continue to cause civilian casualties": what goes on
    if trigger.roles != "vehicle" and named_pattern("aircraft_kind").match(text, start, sentence.end):
        return False  # "twelve Su-25SM ground attack aircraft": a kind of aircraft, named for what it does
    if trigger.roles == "vehicle" and named_pattern("inventory_before").search(text, sentence.start, start):
        return False  # "the air group ... includes approximately twelve Su-24M attack aircraft": what a force has
    if named_pattern("supplied_weapon").search(text, max(opening, start - 60), end):
        return False  # "groups that receive U.S.-origin anti-tank missiles": a weapon supplied, not fired
    if named_pattern("shown_as").search(text, sentence.start, start):
        return False  # "footage shared as an 'SDF drone attack on Manbij today'": what a picture was passed off as
    if named_pattern("beside_the_dead").search(text, sentence.start, end):
        return False  # "a man weeps beside the body of a relative": the dead mourned, not found
    if named_pattern("time_after_told").search(text, sentence.start, start) and _PHRASE_ENDS.match(text, end):
        return False  # "on February 10, the day after the strike": the strike told before, not on the 10th
    if named_pattern("group_description").search(text, sentence.start, start):
        return False  # "the Nusra Front, an Islamist group that has claimed several suicide bombings": its record
    adjacent = before_sentence[-2:]
    if _ends_with(before_sentence, "generic") or any(
            before_sentence[:-k][-1:] == ("of",) and _ends_with(before_sentence[:-k], "generic") for k in (1, 2)):
        # "any attack", "such strikes": a kind of happening; "fled the fighting": a cause of flight; "its threat of
        # punitive military strikes": what a threat, a risk or years are of, past its adjectives
        return False
    word = trigger.phrase.split()[-1].lower()
    written = text[start:end].split()[0].lower()  # "are attacking", "have been advancing on"
    if written.endswith("ing") and scopes.get("progressive", frozenset()) & set(adjacent):
        return named_pattern("since_recent_day").match(text, end) is not None
    if written.endswith("ing") and before_sentence[-1:] and before_sentence[-1] in scopes.get("people_participle", ()):
        return False  # "the term the government uses for all those fighting it": who they are, not a happening
    if written.endswith("ing") and before_sentence[-1:] == ("of",) and scopes.get("accusation", frozenset()) & in_clause:
        return False  # "who accuse the Shiite movement of fighting alongside the regime": an accusation
    if written.endswith("ed") and (aux := _WORD_BEFORE.search(text, sentence.start, start)) and \
            aux.group(1) in scopes.get("present_passive", frozenset()):
        return False  # "the villages along the river are shelled almost every day" (not "(IS) killed"): what keeps happening
    if written in scopes.get("present_form", frozenset()):
        return False  # "the group taxes or kills them": a habit
    if written in words("bare_present") and (_after_aircraft().search(text, sentence.start, start)
                                             or words("present_subject").intersection(before_sentence[-1:])):
        return False  # "its jets strike only terrorists", "how carefully we strike": the present of a habit claimed
    if _progressive_verb_before(before_sentence, scopes.get("progressive", frozenset())):
        return False  # "forces were conducting strikes on the contact line", "are now flying Reaper drones": ongoing
    # "the captured areas": a participle after "the" is an adjective; "a rocket fired from Syria" brings in a
    # new happening, which "the rockets landed" only retells
    indefinite_noun = " " in trigger.phrase and before_sentence[-1:] in (("a",), ("an",))
    # "their supporters marched down Queen St": a crowd's noun after the determiner, its verb a happening
    crowd_noun = trigger.kind == "standalone" and not written.endswith("ed")
    if trigger.phrase.islower() and not indefinite_noun and not crowd_noun and word.endswith("ed") and before_sentence[-1:] \
            and before_sentence[-1] in scopes.get("determiner", frozenset()):
        return False
    return True


_PHRASE_ENDS = re.compile(r"\s*(?:[,.;:)]|$)")
_OF_AFTER = re.compile(r"\s+of\b", re.I)


def _habitual_in(text: str, opening: int, start: int, habitual: frozenset[str]) -> bool:
    """Does the clause before a trigger hold one of these habitual words as a verb, not as a noun of the same
    spelling ("the threat remains", not "the remains of a market")? Read only where the clause holds one."""
    return bool(habitual) and any(norm_word(m.group()) in habitual and not _OF_AFTER.match(text, m.end())
                                  for m in WORD.finditer(text, opening, start))


_OWN_VERB_REACH = 4  # words from a trigger noun to its own verb: "air strikes against them will go on"
_JOINING = frozenset({"and", "or"})


def _future_verb_after(text: str, end: int, sentence_end: int) -> bool:
    """Is the trigger's own verb, a few words on in its clause, in the future? Not past a word that opens
    another clause ("that", "and") or a verb in the past ("strikes killed five and will go on")."""
    clause = _SAME_CLAUSE_AFTER.match(text, end, sentence_end)
    own = words_before(text, end, clause.end())[:_OWN_VERB_REACH]
    stops = words("clause_boundary") | _JOINING
    own = own[:next((k for k, w in enumerate(own) if w in stops or w.endswith("ed")), len(own))]
    return not modality().get("future_verb", frozenset()).isdisjoint(own)


def _told_how_often_after(text: str, end: int, sentence_end: int) -> bool:
    clause = _SAME_CLAUSE_AFTER.match(text, end, sentence_end)
    return _how_often().search(text, end, clause.end()) is not None


_VERB_OF_OBJECT_REACH = 3  # words between a verb and its object's trigger word: "flying Reaper drones"


def _progressive_verb_before(before: tuple[str, ...], progressive: frozenset[str]) -> bool:
    """Is the trigger the object of a verb in the progressive, a few words before it ("were conducting strikes")?"""
    near = before[-_VERB_OF_OBJECT_REACH:]
    last_ing = max((k for k, w in enumerate(near) if w.endswith("ing")), default=None)
    offset = len(before) - len(near)
    return last_ing is not None and offset + last_ing > 0 and before[offset + last_ing - 1] in progressive


