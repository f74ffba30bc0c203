"""Per sentence: the trigger words, dates, places and actors the event rules work from.

Trigger words come from data/lexicon/triggers.csv; a trigger does not count when the text
around it says the thing did not (yet) happen or is a standing situation (data/lexicon/modality.csv):
"does not see a possibility to reach an agreement", "are now looting", "the captured areas".
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from functools import cache, cached_property
from datetime import date

from helpers.codebook import taxonomy
from helpers.extract.actors import mentions_within
from helpers.extract.clauses import WORD, clause_start, words_before
from helpers.extract.dates import find_dates
from helpers.extract.discourse import aggregate, heading, marker, opens_on_place, what_it_follows
from helpers.extract.event_dates import dating_events
from helpers.extract.happened import happened
from helpers.extract.lexicon import (Trigger, alternation, casualty_words, lookup, modality, named_pattern,
                                      side_markers, triggers, words)
from helpers.extract.place_roles import NOT_WHERE_IT_HAPPENED, sentence_places
from helpers.extract.quantities import find_quantities
from helpers.extract.timeline_entries import opens_entry
from helpers.ingest.body import HANDLE
from helpers.ingest.formats import load_formats
from helpers.records import ActorMention, DateSpan, PlaceMention, Sentence, replace



@dataclass(frozen=True)
class TriggerHit:
    start: int
    end: int
    trigger: Trigger
    anaphoric: bool = False  # "the encounter", "these attacks": an event already told
    needs_date: bool = False  # "has stepped up its drone campaign": an event only if a date is named


_SIGNATURE_WORDS = 10  # who signs a statement ("Local Council of the City of Marea"), not a sentence


@dataclass(frozen=True)
class SentenceMentions:
    sentence: Sentence
    triggers: tuple[TriggerHit, ...]
    dates: tuple[DateSpan, ...]  # dates of events (not history, not "as of")
    history: bool  # tells of the past ("In 2019 ..."): its triggers are not events
    actors: tuple[ActorMention, ...]
    marker: str  # discourse effect of the sentence's opening words ("in response" -> new_event_reversed)
    text: str = field(repr=False, compare=False)  # the report's, for its places
    found_dates: tuple[DateSpan, ...] = field(repr=False, compare=False)  # every date, history's too: no place

    @cached_property
    def places(self) -> tuple[PlaceMention, ...]:
        """Found when first asked, then kept: the rules read the places of the sentences that tell an
        event or go on with one, and of the last one before an event that names any, not of every
        sentence (a quarter of the bench's sentences are none of these)."""
        return sentence_places(self.text, self.sentence, self.actors, self.found_dates, self.triggers)

    @cached_property
    def named_places(self) -> tuple[PlaceMention, ...]:
        """Where things happened: places other than reference points ("between X and Y") and places
        the sentence's people deal with ("negotiates with Damascus")."""
        return tuple(p for p in self.places if p.relation not in NOT_WHERE_IT_HAPPENED)

    @property
    def opens_entry(self) -> bool:
        """"7 June: Two children were killed ...": a timeline's entry, which opens on its own date."""
        return bool(self.dates) and self.dates[0].start == self.sentence.start and opens_entry(
            self.text, self.dates[0].start, self.dates[0].end)

    @property
    def is_date_heading(self) -> bool:
        """A line that is only a day's date ("Wednesday, 28 July 2021"), as a feed heads each day's items:
        it dates the items below it that name no date."""
        return self._day_line(signed=False)

    @property
    def gives_its_day(self) -> bool:
        """A date heading, or a line that ends in a day's date as a statement's signature does ("Local
        Council of the City of Marea Monday, 26 October 2020"): the day "today" and "on Monday" below
        it count from."""
        return self._day_line(signed=True)

    @cached_property  # asked of every sentence by the reading of dates, frames and summaries
    def is_time_stamped(self) -> bool:
        """A line that is only a clock time ("18:25 GMT", data/ingest/boilerplate.csv's entry_stamp), a day's date
        and its clock time ("3 Dec 2024 - 21:15 GMT") or opens on a clock time and a dash ("18:15 – Turkish artillery
        shelled ..."), as a live page opens each entry: the page's entries are of its day."""
        return any(p.search(self.sentence.text) for p in load_formats().entry_stamps) or \
            named_pattern("stamped_entry").match(self.sentence.text) is not None or (
                self.is_date_heading and named_pattern("clock_time").search(self.sentence.text) is not None)

    def _day_line(self, signed: bool) -> bool:
        # "4–5 May": a span of days written out heads its items too
        d = self.dates[0] if len(self.dates) == 1 else None
        if self.triggers or d is None or not (d.precision == "day" or d.rule == "explicit" and d.precision == "week"):
            return False
        start, text = self.sentence.start, self.sentence.text
        before, after = text[:d.start - start], text[d.end - start:]
        # "Day 8 — Saturday, Jan. 27", "Incident date: January 28, 2020"
        before = named_pattern("date_label").regex.sub("", named_pattern("day_count").regex.sub("", before))
        # "September 19, 2018 at 8:05 PM · 🌐": the hour a post went up is no more than its day
        after = named_pattern("clock_time").regex.sub("", after)
        if re.search(r"\w", after):
            return False
        # "Step News Agency · Feb 11, 2025 · 14:10": a post's stamp over it, its clock time no sentence's colon;
        # "T.C. Millî Savunma Bakanlığı @tcsavunma · Mar 3": a post's author line, its day with no year, its name
        # no sentence
        handle = HANDLE.search(before) is not None
        unclocked = (before if not handle else "") + d.phrase + after
        return not re.search(r"\w", before.replace(calendar.day_name[d.date_start.weekday()], "")) or (
            signed and (re.search(r"\d{4}", d.phrase) is not None or handle) and len(before.split()) <= _SIGNATURE_WORDS
            and not re.search(r"[.!?:]", unclocked)
            and not text.lstrip().startswith("("))  # a photo's credit in brackets

    @property
    def opens_event(self) -> bool:
        """Can start an event: a trigger that is not only a reference back ("under the deal") unless dated."""
        return any(not t.anaphoric for t in self.triggers) or bool(self.dates)

    @property
    def tells_back(self) -> bool:
        """Only refers to an event already told ("9 soldiers were killed in the encounter"); a claim of
        responsibility does whenever it was made ("Hours later, the Islamic State claimed the bombing")."""
        if not self.triggers or not all(t.anaphoric for t in self.triggers) or self.named_places:
            return False
        return not self.dates or named_pattern("claimed_by").search(self.sentence.text) is not None


_OF_END = re.compile(r"\sof$")  # "the bodies of"
_OF_AN_END = re.compile(r"\sof(?:\s+an?)?$")
_OF_NEXT = re.compile(r"\s+of\b")
_DEFINITE_NEXT = re.compile(r"\s+(?:the|these|those)\b", re.I)
_WORD_CHAR = re.compile(r"\w")
_AFTER_LABEL = re.compile(r"\W*(?:[\w'’-]+\s+){0,3}[\w'’-]+\s*[:—–]\s*")  # a short label ("Driving the news:") opens a sentence


def _anaphoric(text: str, sentence: Sentence, start: int, end: int, trigger: Trigger) -> bool:
    """"the encounter", "these attacks" point back; "the bodies of four shepherds" introduces. A
    deal or a protest is named with its modifiers ("the de-escalation deal", "the 2018 settlement
    agreement"): one is new only when introduced ("reached a ceasefire deal")."""
    if named_pattern("named_event_anchor").search(text, sentence.start, start):
        return True
    before = words_before(text, sentence.start, start)
    if _OF_END.search(text, start, end) and _DEFINITE_NEXT.match(text, end, sentence.end) and trigger.kind != "territory":
        # "recovered the bodies of the victims": the victims are the ones already told ("took control of the hills"
        # names the ground taken)
        return True
    introduced = _OF_NEXT.match(text, end, sentence.end) or _OF_AN_END.search(text, start, end)
    reach = 3 if trigger.kind == "standalone" else 1
    return bool(set(before[-reach:]) & modality().get("anaphoric", frozenset())) and not introduced


def _perfect(text: str, sentence: Sentence, start: int) -> bool:
    clause = clause_start(text, sentence.start, start)
    words = words_before(text, clause, start)
    # "has since brokered a truce" tells what happened after the last event, not a standing state;
    # "militants have killed at least five fighters in an attack" is a lede's news: a toll of a few
    return bool(modality().get("perfect", frozenset()) & set(words)) and "since" not in words \
        and not _few_harmed(text, clause, start)


_FEW = 100  # a toll below this, told in the perfect, is one happening's; above it a running count's


def _few_harmed(text: str, start: int, end: int) -> bool:
    for harm in casualty_words()[1].finditer(text, start, end):
        counted = find_quantities(text, harm.end(), min(end, harm.end() + 30))
        if counted and counted[0].start - harm.end() <= 2 and counted[0].low is not None and counted[0].low < _FEW:
            return True
    return False


def _in_name(text: str, sentence: Sentence, start: int) -> bool:
    """"the Battle of Baghouz", "the Turkey-Russian Federation Agreement": a capitalised trigger
    inside a sentence names a past battle or a document, unless the sentence is a title in title case."""
    if not (text[start].isupper() and text[start + 1:start + 2].islower()) or not _WORD_CHAR.search(text, sentence.start, start) \
            or _AFTER_LABEL.fullmatch(text, sentence.start, start):  # "Separately: Rockets were fired"
        return False
    words = WORD.findall(sentence.text)
    return sum(w[0].isupper() for w in words) < 0.6 * len(words)


def find_triggers(text: str, sentence: Sentence) -> list[TriggerHit]:
    table, pattern = triggers()
    # a capitalised aircraft ("F-15E Strike Eagles") is a type's name, not a battle's or a document's
    found = [(m.start(), m.end(), t) for m in pattern.finditer(text, sentence.start, sentence.end)
             if ((t := lookup(table, m.group())).roles == "vehicle" or not _in_name(text, sentence, m.start()))
             and not _modifier_of().match(text, m.end())]
    # "howitzers deployed along the border immediately returned fire": the words a split trigger spans are its own
    split = _split_phrasal(text, sentence, table)
    found = sorted([f for f in found if not any(start <= f[0] and f[1] <= end for start, end, _ in split)] + split,
                   key=lambda f: f[0])
    hits = [TriggerHit(start, end, trigger, _anaphoric(text, sentence, start, end, trigger),
                       _perfect(text, sentence, start)) for start, end, trigger in found]
    told = [happened(text, sentence, h.start, h.end, h.trigger) for h in hits]
    # "the town is shelled every day with barrel bombs": what a habit was made with did not happen either
    told = [ok and not (k and not told[k - 1] and _instrument_of().fullmatch(text, hits[k - 1].end, h.start))
            for k, (h, ok) in enumerate(zip(hits, told))]
    # "... and helicopters then struck the attackers": help against the attack, no happening of its own
    return [h for h, ok in zip(hits, told) if ok and not _in_support(text, sentence, h)
            and not (h.trigger.kind == "violent" and named_pattern("hit_the_attackers").match(text, h.end, sentence.end))]


@cache
def _modifier_of() -> re.Pattern:
    """A noun right after a trigger word that makes the word its modifier ("blast walls", "a bomb shelter"), or a
    word the trigger word is hyphened to ("rocket-propelled grenades")."""
    return re.compile(rf"\s+(?:{alternation('modified_noun')})\b|-\w", re.I)


@cache
def _instrument_of() -> re.Pattern:
    """The words between a trigger and the weapon it was made with ("shelled every day with barrel bombs")."""
    return re.compile(rf"\s+(?:[\w'’-]+\s+){{0,4}}?(?:{alternation('instrument')})\s+(?:[\w'’-]+\s+){{0,3}}", re.I)


def _split_phrasal(text: str, sentence: Sentence, table: dict[str, Trigger]) -> list[tuple[int, int, Trigger]]:
    """"drove the jihadist group ... out of the town", "took control on Sunday of the town": the trigger its verb and
    particle make, from the verb to the particle (an object between them is its target, sides.py); where the
    pattern names the words it spans ("by a regime artillery shell": the shell), only those, so that the side
    named before them is its owner."""
    found = []
    for name in ("split_phrasal", "split_taking", "split_control", "split_crowd", "split_by_shell", "split_downed"):
        for m in named_pattern(name).finditer(text, sentence.start, sentence.end):
            trigger = lookup(table, f"{m.group('verb')} {m.group('particle')}")
            if trigger is not None and not _modifier_of().match(text, m.end("particle")):
                found.append((m.start("span" if "span" in m.re.groupindex else "verb"), m.end("particle"), trigger))
    return sorted(found, key=lambda f: f[0])


def _in_support(text: str, sentence: Sentence, hit: TriggerHit) -> bool:
    """"attacked SDF positions, backed by Turkish drones": the aircraft that support a side's attack
    are no attack of their own (codebook section 2: air support joins the ground fighting)."""
    if hit.trigger.roles != "vehicle":
        return False
    if named_pattern("support_given").match(text, hit.end, sentence.end):
        return True  # "with Russian warplanes providing cover from the air"
    table, pattern = side_markers()
    before = text[max(sentence.start, hit.start - 40):hit.start]
    return any(lookup(table, m.group()) == "support" and len(before[m.end():].split()) <= 3 and "," not in before[m.end():]
               for m in pattern.finditer(before))


_TAKEN_PLACE_REACH = 60  # characters from a word for taking ground to the place taken
_GOES_ON = re.compile(r",\s*$")  # a participle clause right after its main clause's comma


@cache
def _town_told_back() -> re.Pattern:
    """"retook several positions in the east of the town": the town told before (function_words.csv town_noun), not
    "the town of X", which names one."""
    return re.compile(rf"\b(?:the|this)\s+(?:{alternation('town_noun')})\b(?!\s+of\b)", re.I)


def _crowd(sentence: Sentence, triggers: tuple[TriggerHit, ...], actors: tuple[ActorMention, ...]) -> bool:
    """Does the sentence tell of a crowd: a protest, protesters, or a word for people gathered?"""
    return any(t.trigger.event_type in ("Protests", "Riots") and t.trigger.kind == "standalone" for t in triggers) or \
        any(a.actor in ("Protesters", "Rioters") for a in actors) or \
        bool(words("crowd") & set(words_before(sentence.text, 0, len(sentence.text))))


_SUPPORT_ASIDE = re.compile(r",\s*(?:supported|backed|aided|assisted)\s+by\s+[^,;]{1,80},\s*$", re.I)
_AGENT_REACH = 3  # words from the side that kills to its verb ("Unknown gunmen mid-month killed", "the army said it killed")


def _armed_agent(text: str, sentence: Sentence, hit: TriggerHit, actors: tuple[ActorMention, ...]) -> bool:
    """Does the sentence name an armed side as the one that killed: its subject ("Unknown gunmen killed a
    member of ..."; "the army said it killed five smugglers") or its agent ("were killed by regime forces")?
    Counted people before the verb are its victims ("two soldiers killed in an ambush")."""
    armed = [a for a in actors if taxonomy().armed(a.actor_type)]
    if any(a.start >= hit.end and named_pattern("passive_agent").match(text[hit.end:a.start]) for a in armed):
        return True
    if named_pattern("passive_aux").search(text, sentence.start, hit.start):
        return False
    opening = clause_start(text, sentence.start, hit.start)
    if named_pattern("speaker_forces").match(text[opening:hit.start]) and any(a.end <= opening for a in armed):
        return True  # "the army said it killed": the speaker's own doing
    verb = hit.start
    aside = _SUPPORT_ASIDE.search(text, sentence.start, hit.start)
    if aside:  # "Turkish commandos, supported by the SNA, neutralized ...": the subject before the aside
        verb = aside.start()
        opening = clause_start(text, sentence.start, verb)
    return any(opening <= a.start and a.end <= verb and len(words_before(text, a.end, verb)) <= _AGENT_REACH
               and not counted(text, sentence.start, a) for a in armed)


def _history(text: str, sentence: Sentence, dates: list[DateSpan],
             found: list[TriggerHit]) -> tuple[bool, list[TriggerHit]]:
    """Does a past year's date (or a day to come: "a demonstration for next Saturday") make the sentence history,
    and the triggers that are not. A date that stands
    only in a relative clause after words that point back to an event told ("the shells were fired by regime
    forces around Maarat al-Numan, which the regime recaptured in early 2020") tells of a place: that
    clause's triggers are history, the ones before it are not."""
    past = [d for d in dates if d.rule in ("history", "future")]
    if not past or not found:
        return bool(past), found
    aside = _RELATIVE_ASIDE.search(text, found[0].end, sentence.end)
    before = [t for t in found if aside and t.end <= aside.start()]
    if aside is None or any(d.start < aside.start() for d in past) or not all(t.anaphoric for t in before):
        return True, found
    return False, before


_RELATIVE_ASIDE = re.compile(r",\s+(?:which|where|whose)\b")

_COUNT_REACH = 12  # characters before a side's name where a count makes it the people counted ("two SDF fighters")


def counted(text: str, sentence_start: int, actor: ActorMention, people_only: bool = False) -> bool:
    """Is the actor named as people counted ("two SDF fighters"), who suffer what the verb after them tells?
    people_only: a number right before the name, not an article ("a regime suicide drone")."""
    found = find_quantities(text, max(sentence_start, actor.start - _COUNT_REACH), actor.start)
    if people_only:
        return bool(found) and found[-1].phrase.lower() not in words("article") and \
            not text[found[-1].end:actor.start].strip()
    return bool(found)


_QUESTION = re.compile(r"\?[\s\"”’']*$")
_WHILE_BEFORE = re.compile(r"\b(?:as|while|when|during)\s+(?:[\w'’-]+\s+){0,3}$", re.I)


def sentence_mentions(text: str, sentence: Sentence, actors: list[ActorMention], published: date | None,
                      previous: date | None) -> SentenceMentions:
    in_sentence = tuple(mentions_within(actors, sentence.start, sentence.end))
    dates = find_dates(text, sentence.start, sentence.end, published, previous)
    if published and (dateline := named_pattern("item_dateline").match(text, sentence.start, sentence.end)):
        # "BEIRUT, Sept 24 (MENA) - ... on Sunday": the item's own days count from its dateline's date
        filed = next((d.date_start for d in dates if d.end <= dateline.end() and d.date_start), None)
        dates = find_dates(text, dateline.end(), sentence.end, filed or published, previous)
    event_dates = tuple(dating_events(text, sentence.start, dates))
    mourning = named_pattern("mourning").search(text, sentence.start, sentence.end)
    if mourning and _WHILE_BEFORE.search(text, sentence.start, mourning.start()):
        mourning = None  # "as families buried the victims, a helicopter dropped another barrel bomb": its time
    # "Are the coalition air strikes making a difference?": a question tells no happening
    found = find_triggers(text, sentence) if not heading(text, sentence) and not _QUESTION.search(sentence.text) else []
    if mourning:
        # its date is the mourning's, not the event's; but "we mourn X, who was killed on Wednesday by a
        # landmine": a death the mourned are told of with its own day tells the happening
        told_at = next((t.start for t in found if t.start >= mourning.end()), sentence.end)
        event_dates = tuple(d for d in event_dates if d.start > told_at)
        if event_dates:
            found = [t for t in found if t.start >= told_at]
            mourning = None
    past, found = _history(text, sentence, dates, found)
    if not event_dates and (follows := what_it_follows(text, sentence)) is not None:  # its subject is told already
        found = [replace(t, anaphoric=True) for t in found if t.start < follows]
    history = past and not event_dates or aggregate(text, sentence)
    triggers = () if history else tuple(replace(t, anaphoric=True) if mourning else t
                                        for t in found if event_dates or not t.needs_date)
    if any(t.trigger.kind == "intervention" for t in triggers) and not _crowd(sentence, triggers, in_sentence):
        # "fired into the air at a wedding" steps in on no protest
        triggers = tuple(t for t in triggers if t.trigger.kind != "intervention")
    mentions = SentenceMentions(sentence=sentence, triggers=triggers, dates=event_dates, history=history,
                                actors=in_sentence, marker=marker(text, sentence), text=text, found_dates=tuple(dates))
    if triggers and not event_dates and not mentions.named_places and named_pattern("quoted_position").match(sentence.text):
        # "“We fought ISIS on behalf of the whole world.”": a speaker's position, no happening of its own
        mentions = replace(mentions, triggers=())
        triggers = ()
    if triggers and not mentions.marker and opens_on_place(text, sentence, mentions.named_places):
        mentions = replace(mentions, marker="new_scene")
    if any(t.trigger.roles == "agentive" for t in triggers):
        # "Unknown gunmen killed a member of the Fourth Division in Inkhil" tells an attack; "were killed in the
        # shelling" only counts what the shelling did, "the army said it had killed two terrorists" with no
        # place of its own retells, "regime forces killed 38 civilians" in a month's tally counts
        told = any(t.trigger.roles not in ("agentive", "generic") for t in triggers)
        mentions = replace(mentions, triggers=tuple(t for t in triggers if t.trigger.roles != "agentive" or (
            not told and mentions.named_places and _armed_agent(text, sentence, t, in_sentence))))
        triggers = mentions.triggers
    if any(t.trigger.kind == "territory" for t in triggers):
        # "seized Afrin", "regained control of three villages near the town of Qusayr" take territory, and so
        # does a participle that goes on with its clause ("entered Abu Huri on Monday, driving out militants");
        # "weapons were captured" does not (the copy keeps the places found)
        mentions = replace(mentions, triggers=tuple(t for t in triggers if t.trigger.kind != "territory" or any(
            0 <= p.start - t.end <= _TAKEN_PLACE_REACH or t.start <= p.start < t.end  # "took the town of X from"
            or 0 <= t.start - p.end <= _TAKEN_PLACE_REACH
            and (_GOES_ON.search(text, p.end, t.start) and text[t.start:t.end].split()[0].endswith("ing")
                 or named_pattern("passive_aux").search(text, p.end, t.start))  # "Suluk was cleared of terrorists"
            for p in mentions.places) or _town_told_back().search(text, t.end, t.end + _TAKEN_PLACE_REACH)))
    return mentions
