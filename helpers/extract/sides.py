"""Who acted on whom in a frame (codebook section 2: actor1 acts, actor2 is acted on).

Sides come from the frame's own words: the subject of the main trigger acts ("the Turkish army
shelled ..."), an actor after it is the target unless introduced as the agent ("airstrikes by
Russian jets"); "repelled" reverses them; "clashes between X and Y" pairs them; supporters
("assisted by") join a side as associates. A side the text leaves out comes from the report's
previous event when the frame names one of its sides again, retells it ("the strikes hit") or
speaks of fighters it does not name ("militant positions": the armed group named before): context_sides.py.
"""
from __future__ import annotations

import re
from functools import cache

from helpers.codebook import REMOTE, UNNAMED, taxonomy
from helpers.extract.actors import actor_type
from helpers.extract.bystanders import blaming, named_in_passing
from helpers.extract.clauses import circumstance_clause, clause_start, in_background_clause, says, subject_clause_start
from helpers.extract.frames import Frame
from helpers.extract.implied_agents import implied_agent
from helpers.extract.lexicon import air_arm, alternation, casualty_words, lookup, named_pattern, side_markers, words
from helpers.extract.main_trigger import instrument, main_trigger
from helpers.extract.mentions import TriggerHit, counted
from helpers.extract.supporters import supporting_spans
from helpers.records import ActorMention, Sentence

Sides = tuple[str, tuple[str, ...], str, tuple[str, ...]]  # actor1, assoc_actor1, actor2, assoc_actor2


def _internal(text: str, start: int, end: int) -> bool:
    table, pattern = side_markers()
    return any(lookup(table, m.group()) == "internal" for m in pattern.finditer(text, start, end))


def _leading_group(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """The first mention and the ones joined to it by "and" / commas ("HTS and the Hurras al-Din group"), past
    what a relative clause says of one ("the Nusra Front, who control the town with other rebel brigades, and the YPG")."""
    group = mentions[:1]
    end = group[0].end if group else 0
    for later in mentions[1:]:
        between = text[end:later.start]
        if _open_relative_clause().match(between):
            continue
        # "the Islamic State of Iraq and the Levant (ISIL) and the al-Nusra Front": a name, then its abbreviation, one
        # mention of the list
        if later.actor == group[-1].actor and _BRACKET_OPENS.fullmatch(between):
            end = later.end
            continue
        if not named_pattern("actor_coordinator").match(between):
            break
        group.append(later)
        end = later.end
    return group


@cache
def _open_relative_clause() -> re.Pattern:
    """A relative clause opened after a mention and not yet closed: the actors in it are not the list's."""
    return re.compile(rf"\s*,\s*(?:{alternation('relative_pronoun')})\b[^,;.]*$", re.I)


def _trailing_group(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """The last mention and the ones joined to it before ("the Syrian Air Force and the Russian ...")."""
    group = mentions[-1:]
    for earlier in reversed(mentions[:-1]):
        between = text[earlier.end:group[0].start]
        # "Hayat Tahrir al-Sham (HTS)": the name, then its abbreviation in brackets, is one mention
        if not named_pattern("actor_coordinator").match(between) and not (
                earlier.actor == group[0].actor and _BRACKET_OPENS.fullmatch(between)):
            break
        group.insert(0, earlier)
    return group


_BRACKET_OPENS = re.compile(r"\s*\(")


def frame_sides(text: str, frame: Frame, supporters: dict[int, tuple[ActorMention, str]]
                ) -> tuple[list[str], list[str], list[tuple[str, str]]]:
    """(side 1 actors, side 2 actors, (supporter, supported) pairs), each in the order of the text:
    what the frame's own words say, read once for both of resolve_sides' readings. supporters: the frame's
    find_supporters, which the caller also needs."""
    # what detainees are accused of joining is the arrest's business (coding.py); a killing's victims' is not
    arrest = any(t.trigger.kind == "arrest" for t in frame.triggers)
    principal = [a for s in frame.sentences for a in s.actors if a.start not in supporters
                 and not named_in_passing(text, s.sentence, a, s.actors, arrest)]
    principal = [a for a in principal if not blaming(text, a, principal)]
    main = main_trigger(text, frame, supporting_spans(text, frame, supporters))
    sentence = next(s.sentence for s in frame.sentences if s.sentence.start <= main.start < s.sentence.end)
    # An actor named in the trigger's own words ("Russian warplanes") is before it: it acts.
    before = [a for a in principal if sentence.start <= a.start < main.start
              or a.start == main.start and a.end > main.end]  # "a drone of unknown identity targeted"
    # "a bomb planted in the car of an army officer exploded": whose car it was is the target
    owners = [a for a in before if named_pattern("owned_target").search(text, sentence.start, a.start)]
    heads = [*before, *(p for s in frame.sentences if s.sentence is sentence for p in s.places)] \
        if _ASIDE.search(text, sentence.start, main.start) else before
    before = [a for a in before if a not in owners and not _in_relative_clause(text, sentence.start, a, main, heads)]
    clause = [a for a in before if a.start >= subject_clause_start(text, sentence.start, main.start)]
    # "A woman and her children were killed when regime forces shelled ...": the people harmed are
    # no subject when an armed actor acts in the clause
    clause = [a for a in clause if taxonomy().armed(a.actor_type)] or clause
    # "Turkish jets hit Sheikh Hadid, five weeks into Ankara's offensive against the YPG": no side of this event
    # "drove the jihadist group ... out of the town": the object inside a phrasal trigger comes after its verb
    strike_only = all(t.trigger.event_type == REMOTE for t in frame.triggers)
    after = [a for a in principal if main.start < a.start and a.end <= main.end and a not in before] + \
        [a for a in principal if main.end <= a.start < sentence.end and not in_background_clause(text, main.end, a.start)
         and not (before and strike_only and circumstance_clause(text, main.end, a.start))]
    roles = main.trigger.roles
    modifier = _modifier(text, before, main)
    if not before and not after:
        # "Insurgents in eastern Ghouta fired mortar shells ... State media say the government offensive aims
        # to stop the shelling": who the trigger's own sentence implies acted, before a side of another sentence;
        # civilians the frame names first are the people it hit
        # ("The Syrian Democratic Forces (SDF) denied the claim": a side that speaks of the event only tells it)
        first = [a.actor for a in principal if a not in owners and not says(text, a.end, denies=True)][:1]
        side1 = implied_agent(text, frame, sentence, main) or first
        side2 = [a for a in first if a not in side1 and actor_type(a) == "Civilians"
                 and main.trigger.kind != "disrupted"]
    elif roles == "internal":
        side1 = side2 = [(after or before)[0].actor]
    elif roles == "reciprocal" and after and len({a.actor for a in after}) == 1 and (
            _internal(text, main.end, after[0].start) or len(_leading_group(text, after)) >= 2):
        # "clashes between two factions of the SNA", "between the Sultan Murad Division and the Hamza Division"
        side1 = side2 = [after[0].actor]
    elif roles == "reciprocal" and after and not before and \
            named_pattern("clause_subject").search(text, main.end, after[0].start):
        # "fighting raged ... as regime troops and Hezbollah fighters tried to close": one side, acting together;
        # an armed side that clause names after them is what they fought ("when the army attacked positions of the Nusra Front")
        subject = _leading_group(text, after)
        side1 = [a.actor for a in subject]
        side2 = [a.actor for a in after[len(subject):] if a.actor not in side1 and taxonomy().armed(a.actor_type)][:1]
    elif roles == "reciprocal" and len({a.actor for a in _leading_group(text, after)}) >= 2 \
            and not (before and _WITH.match(text, main.end)):
        # "clashes between the SNA and the SDF"; but "Fighters of the SNA clashed with regime forces and Iran-backed
        # militias": the subject fought the pair
        pair = _leading_group(text, after)
        side1, side2 = [pair[0].actor], [a.actor for a in pair[1:] if a.actor != pair[0].actor]
    elif modifier is not None and roles not in ("reverse", "reciprocal"):
        # "an ISIS attack", "a Turkish drone", "regime snipers": the actor the trigger's noun is
        # named by acts; the people named before it in the sentence were its target
        side1 = [a.actor for a in _trailing_group(text, before[:before.index(modifier) + 1])]
        side2 = [a.actor for a in (_leading_group(text, after) or
                                   _leading_group(text, [a for a in before if a is not modifier]))]
    elif not before and roles != "reverse":
        # Named after the trigger, an actor acts only when introduced as such ("a drone of the
        # US-led coalition", "airstrikes by Russian jets"); otherwise it is the target.
        agent = _introduced_agent(text, main, after)
        if agent is None and named_pattern("passive_aux").search(text, sentence.start, main.start):
            agent = _passive_agent(text, main, after)
        if agent is None:  # "shells fell on the town, coming from army positions": who fired them
            agent = next((a for a in after if named_pattern("origin").search(text, main.end, a.start)), None)
        agent = agent or _blamed(text, main, after)
        # "air strikes by Syrian government and Russian warplanes": the agents named together act together
        agents = _leading_group(text, after[after.index(agent):]) if agent else []
        side1 = [a.actor for a in agents]
        side2 = [a.actor for a in after if a not in agents and a.actor not in side1][:1]
    else:
        # The subject: the first actor of the trigger's clause ("the Turkish army and its proxies shelled")
        subject = _leading_group(text, clause) if clause else _trailing_group(text, before)
        opening = clause_start(text, sentence.start, main.start)
        owner_before = [a for a in before if a.end <= opening]
        if clause and owner_before and named_pattern("speaker_forces").match(text[opening:main.start]):
            subject = owner_before[-1:]  # "The SDF said that its fighters killed 23 IS militants in clashes"
        if not clause and before and _PARTICIPLE.match(text, clause_start(text, sentence.start, main.start)):
            # "Turkish troops pushed into villages, meeting fierce resistance": the sentence's subject
            subject = _leading_group(text, before)
        side1 = [a.actor for a in subject]
        side2 = [a.actor for a in _leading_group(text, _others(after, side1))]
        if roles == "reciprocal" and not side2 and len(set(side1)) >= 2:
            # "Turkish-backed factions and the SDF clashed": the pair that clashed are the two sides
            side1, side2 = side1[:1], [a for a in side1[1:] if a != side1[0]]
        if roles == "reciprocal" and not side2:
            # "the army killed 12 ISIS fighters in clashes": the other side is named before the clashes
            side2 = [a.actor for a in clause if a not in subject and a.actor not in side1
                     and taxonomy().armed(a.actor_type)][:1]
        if roles == "reverse" and subject and named_pattern("passive_aux").search(text, subject[-1].end, main.start):
            # "troops tried to push into the district but were driven back by rebels": the repelled attacked,
            # the sentence's subject when the clause has none of its own
            agent = _passive_agent(text, main, after)
            side1 = side1 if clause else [a.actor for a in _leading_group(text, before)]
            side2 = [agent.actor] if agent else side2
        elif roles == "reverse":
            side1, side2 = side2, side1
        elif roles not in ("reciprocal", "internal") and _participle(text[main.start:main.end]) and (
                named_pattern("passive_aux").search(text, subject[-1].end, main.start) or counted(
                    text, sentence.start, subject[0]) and _passive_agent(text, main, after)):
            # "SDF positions were shelled by Turkish forces", "two SDF fighters killed by ISIS cells": the subject
            # was acted on, the agent after "by" acted
            agent = _passive_agent(text, main, after)
            side1, side2 = ([agent.actor] if agent else []), [a.actor for a in subject]
        elif counted(text, sentence.start, subject[0], people_only=True) and named_pattern("passive_harm").search(
                text, sentence.start, subject[0].start):
            # "17 truffle pickers were killed on Wednesday, along with four pro-government fighters guarding them, in an
            # attack": people counted after a passive harm suffered it; the attacker is named after the trigger, elsewhere
            # or not at all
            agent = _introduced_agent(text, main, after) or _blamed(text, main, after)
            side1, side2 = ([agent.actor] if agent else []), [a.actor for a in subject]
        elif passive := named_pattern("passive_harm").search(text, subject[-1].end, main.start):
            # "Russian soldiers were injured by a car bomb", "three SDF members were killed when ISIS
            # cells attacked": the subject suffered it; who acted is named after the passive
            acting = [a for a in before if a.start >= passive.end() and taxonomy().armed(a.actor_type)]
            agent = _introduced_agent(text, main, after) or _blamed(text, main, after)
            if not acting and agent is None and roles == "reciprocal" and after and _WITH.match(text, main.end):
                # "one Turkish soldier was killed in clashes with YPG terrorists": the side the harmed fought
                acting = _leading_group(text, _others(after, [a.actor for a in subject]))
            side1 = [a.actor for a in _leading_group(text, acting)] if acting else [agent.actor] if agent else []
            side2 = [a.actor for a in subject]
        elif not side2 and clause and (harmed := named_pattern("passive_harm").search(text, sentence.start, clause[0].start)):
            # "Two fighters of the SDF were killed ... when ISIS cells opened fire on their vehicle": the
            # people harmed before the clause are its target
            side2 = [a.actor for a in _leading_group(text, [a for a in before if a.end <= harmed.start()])
                     if a.actor not in side1]
        elif not side2 and instrument().search(text, sentence.start, main.start):
            # "the Turkish Armed Forces hit the lairs of the PKK/YPG terrorists with armed drones": told by the weapon
            # it was made with, the attack hit the side named between its subject and the weapon
            side2 = [a.actor for a in clause if a.start > subject[-1].end and a.actor not in side1][:1]
        elif not side2:  # "Daesh cells killed three fighters of the SDF in an attack": whom the subject harmed
            side2 = [a.actor for a in clause if a.start > subject[-1].end and a.actor not in side1
                     and casualty_words()[1].search(text, subject[-1].end, a.start)][:1]
    if not side1 and (before or after):  # with neither, the branch above asked already
        side1 = implied_agent(text, frame, sentence, main)
    elif side1 == [UNNAMED] and (blamed := _blamed(text, main, after)):
        # "gunmen on a motorcycle shot dead an SDF commander ..., the Observatory said, blaming ISIS sleeper cells"
        side1, side2 = [blamed.actor], [a for a in side2 if a != blamed.actor]
    if side1 in ([], [UNNAMED]):
        side1 = _leader(text, frame, sentence, side2) or side1
    side2 = side2 or [a.actor for a in owners[:1]] or _repeller(frame, sentence, side1)
    if roles not in ("internal", "reciprocal"):  # only infighting sets a side against itself; a state's air arm
        # and its army are one side ("Syrian government warplanes bombed a bread queue ..., as the regime stepped up")
        side2 = [a for a in side2 if air_arm(a) not in {air_arm(b) for b in side1}]
    return unique(side1), unique(side2), [(a.actor, helped) for a, helped in supporters.values()]


def _others(mentions: list[ActorMention], acting: list[str]) -> list[ActorMention]:
    """The mentions but the acting side named again ("regime forces and the Khalid ibn al-Walid Army fought ..., adding
    that 17 regime soldiers and 11 jihadists were killed"): the side it fought is among the others."""
    arms = {air_arm(a) for a in acting}
    return [a for a in mentions if air_arm(a.actor) not in arms]


_WITH = re.compile(r"\s+(?:with|against)\b", re.I)
_PARTICIPLE = re.compile(r"\s*[a-z]+ing\b")
_NOUN_JOIN = re.compile(r"(?:['’]s)?[\s-]*")  # between an actor and the noun it names: "ISIS attack", "the regime's shelling"
_MODIFIER_LEAD = re.compile(r"(\w+\s+)?(?:an?|the|its|their|by)\s+$", re.I)


def _repeller(frame: Frame, told_in: Sentence, side1: list[str]) -> list[str]:
    """"ISIS fighters attacked Tel Nasri. The assault was repelled by the YPG": who repelled the attack told
    before was its target."""
    later = (s for s in frame.sentences if s.sentence.start > told_in.start)
    repelled = next((s for s in later if any(t.trigger.roles == "reverse" for t in s.triggers)), None)
    return [a.actor for a in repelled.actors if taxonomy().armed(a.actor_type) and a.actor not in side1][:1] \
        if repelled else []


def _leader(text: str, frame: Frame, told_in: Sentence, side2: list[str]) -> list[str]:
    """"Several hundred fighters attacked army positions ... Fighters of Jabhat Fatah al-Sham led the assault": the
    armed side a later sentence says led the attack told before acted in it."""
    for s in frame.sentences:
        for hit in (t for t in s.triggers if t.anaphoric and s.sentence.start > told_in.start):
            lead = next((a for a in s.actors if a.end <= hit.start and taxonomy().armed(a.actor_type)
                         and a.actor not in side2 and named_pattern("led_the_told").match(text, a.end, hit.start)), None)
            if lead:
                return [lead.actor]
    return []


def _introduced_agent(text: str, main: TriggerHit, after: list[ActorMention]) -> ActorMention | None:
    """The actor after the trigger that words introduce as its agent ("airstrikes by Russian jets", "a drone of the
    US-led coalition")."""
    return next((a for a in after if named_pattern("agent_link").match(text[main.end:a.start])
                 or _ON_THE_SIDE.fullmatch(text, main.end, a.start) and _SIDE.match(text, a.end)), None)


# "the sniper on the regime side wounded a boy": whose side the trigger's maker is on, no target
_ON_THE_SIDE = re.compile(r"\s+on\s+the\s+", re.I)
_SIDE = re.compile(r"\s+side\b", re.I)


def _blamed(text: str, main: TriggerHit, after: list[ActorMention]) -> ActorMention | None:
    """"..., a war monitor said, blaming Daesh militants": the actor a source blames did it."""
    return next((a for a in after if named_pattern("blamed_agent").search(text, main.end, a.start)), None)


def _in_relative_clause(text: str, sentence_start: int, actor: ActorMention, main: TriggerHit, named) -> bool:
    """"a former commander who had joined the settlement with the regime was shot dead": who the victim dealt
    with, told in a relative clause the passive verb closes, is no side in what was done to him."""
    return _RELATIVE_OPENING.search(text, sentence_start, actor.start) is not None and \
        _PASSIVE_CLOSE.fullmatch(text, actor.end, main.start) is not None or _aside(text, sentence_start, actor, main, named)


def _aside(text: str, sentence_start: int, actor: ActorMention, main: TriggerHit, named) -> bool:
    """"the Assad regime, which has mostly left ISIS alone around Kobani, found the time on Sunday to drop barrel
    bombs", "In Raqqa, which the SDF captured from ISIS last year, a bomb exploded": whom a relative clause set off by
    commas after a side or a place (named: their mentions) names, when the clause closes before the trigger, is no
    side ("the Tafas committee, which speaks for the town's former rebels, agreed": the clause names the side)."""
    opening = _ASIDE_OPENING.search(text, sentence_start, actor.start)
    return opening is not None and "," in text[actor.end:main.start] and \
        any(not text[a.end:opening.start()].strip() for a in named if a.end <= opening.start())


_RELATIVE_OPENING = re.compile(r"\b(?:who|whom)\s+(?!(?:was|were)\b)")
_ASIDE_OPENING = re.compile(r",\s*(?:which|who)\b[^,;]*$")
_ASIDE = re.compile(r",\s*(?:which|who)\b")
_PASSIVE_CLOSE = re.compile(r"\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:[a-z]+\s+)?")


def _passive_agent(text: str, main: TriggerHit, after: list[ActorMention]) -> ActorMention | None:
    """The agent of a passive trigger, named after it ("were stormed at dawn by the army's Fourth Division")."""
    return next((a for a in after if named_pattern("passive_agent").match(text[main.end:a.start])), None)


def _participle(trigger: str) -> bool:
    """Whether a trigger can be a passive's verb: "shelled", or an irregular one ("struck")."""
    last = trigger.split()[-1].lower()
    return last.endswith("ed") or last in words("participle")


def _modifier(text: str, before: list[ActorMention], main: TriggerHit) -> ActorMention | None:
    """The actor that names the trigger's noun, right before it or holding it ("ISIS attack",
    "Turkish drone", "the regime's shelling")."""
    if not before:
        return None
    last = before[-1]
    if last.end > main.start:
        return last
    if not _NOUN_JOIN.fullmatch(text, last.end, main.start):
        return None
    # a noun's modifier follows an article or "by", not a subject's "and" ("X and Y shelled")
    lead = _MODIFIER_LEAD.search(text, max(0, last.start - 20), last.start)
    return last if lead and (lead.group(1) or "").strip().lower() != "of" else None


def unique(names: list[str]) -> list[str]:
    return list(dict.fromkeys(n for n in names if n))
