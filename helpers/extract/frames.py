"""Sentences with their mentions -> frames: what one report tells of one happening.

A frame starts at a sentence with a trigger word and takes in the following sentences of its
paragraph that add to it (a date it lacked, a more precise place nearby, the casualty figures).
A new date, a far-away place, other sides or an opening like "Meanwhile" / "In response" start
a new frame. Frames are immutable: adding a sentence gives a new frame.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from helpers.codebook import taxonomy
from helpers.extract.lexicon import lookup, named_pattern, side_markers
from helpers.extract.mentions import SentenceMentions, TriggerHit
from helpers.extract.quantities import find_quantities
from helpers.geo import Gazetteer, distance_km
from helpers.records import ActorMention, DateSpan, PlaceMention, Sentence, replace

NEARBY_KM = 30  # a place this close to the frame's place is the same fight told more precisely


@dataclass(frozen=True)
class Frame:
    sentences: tuple[SentenceMentions, ...]
    evidence: tuple[SentenceMentions, ...]  # the sentences that tell the event (not only refer back to it)
    context_places: tuple[PlaceMention, ...]  # where the report last was, for a frame that names no place
    context_actors: tuple[str, ...] = ()  # armed actors named before the frame, latest first
    context_subject: str = ""  # the first armed actor of the latest sentence before the frame that names one
    date: DateSpan | None = None
    headed: bool = False  # told under a day heading ("Monday" in a diary, "Wednesday, 28 July 2021" in a feed)
    entry: bool = False  # opens a live page's entry, under its clock time ("22:40", "18:15 – ...")
    # sentences that only point back to it from past its passage ("Civilians continued to bear the brunt of the
    # fighting."): they add its sources and numbers, not what kind of happening it was
    retold: tuple[SentenceMentions, ...] = ()

    @property
    def triggers(self) -> list[TriggerHit]:
        return [t for s in self.sentences for t in s.triggers]

    @property
    def crowds(self) -> list[TriggerHit]:
        """The protest or riot words that tell a crowd gathering."""
        return [t for t in self.triggers if t.trigger.kind == "standalone"
                and t.trigger.event_type in ("Protests", "Riots") and not t.anaphoric]

    def protested_against(self, hit: TriggerHit) -> bool:
        """"took to the streets of Qamishlo to denounce the occupation's attacks": what a crowd protests
        against, told after the crowd in its sentence, is no happening of its own."""
        # "dozens protested in Nawa; security forces opened fire on them": after a semicolon, what happened next
        return any(c.start < hit.start and s.sentence.start <= c.start and hit.start < s.sentence.end
                   and ";" not in s.text[c.end:hit.start] for c in self.crowds for s in self.sentences)

    @property
    def places(self) -> list[PlaceMention]:
        return [p for s in self.evidence for p in s.named_places]

    @property
    def reference_places(self) -> list[PlaceMention]:
        """Places named only to locate another ("on the road between Qamishli and Amuda")."""
        return [p for s in self.evidence for p in s.places if p.relation == "between"]

    @property
    def has_town(self) -> bool:
        return any(p.kind == "point" for p in self.places)

    @property
    def marker(self) -> str:
        return self.sentences[0].marker

    def add(self, mentions: SentenceMentions, *, evidence: bool, retold: bool = False) -> Frame:
        """The frame with one more sentence; an evidence sentence may give the date it lacked."""
        if retold:
            return replace(self, sentences=self.sentences + (mentions,), retold=self.retold + (mentions,))
        if not evidence:
            return replace(self, sentences=self.sentences + (mentions,))
        date = self.date if self.date is not None or not mentions.dates else mentions.dates[0]
        return replace(self, sentences=self.sentences + (mentions,), evidence=self.evidence + (mentions,), date=date)


def _near(a: PlaceMention, b: PlaceMention) -> bool:
    if a.kind != "point" or b.kind != "point":
        return a.admin1 == b.admin1 or not (a.admin1 and b.admin1)
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return a.location == b.location
    return distance_km((a.latitude, a.longitude), (b.latitude, b.longitude)) <= NEARBY_KM


def _same_passage(frame: Frame, s: SentenceMentions, last: SentenceMentions | None = None) -> bool:
    """Same paragraph as the frame's last sentence (or `last`), or the next paragraph's opening sentence giving
    the date a dateless frame lacks and naming one of its sides ("... conducted a raid in the town of X." /
    "On July 5, US forces ...")."""
    paragraph = (last or frame.sentences[-1]).sentence.paragraph
    if s.sentence.paragraph == paragraph:
        return True
    frame_actors = {a.actor for f in frame.sentences for a in f.actors}
    return (frame.date is None and bool(s.dates) and not s.named_places
            and s.sentence.paragraph == paragraph + 1
            and bool({a.actor for a in s.actors} & frame_actors))


def _joins(frame: Frame, s: SentenceMentions) -> bool:
    """Does a sentence with a trigger tell more of the frame's event rather than a new one?"""
    # the passage of the sentences that tell it: "Civilians continued to bear the brunt of the fighting." only points
    # back, and the strikes told after it in its paragraph are a happening of their own
    if s.marker or not _same_passage(frame, s, frame.evidence[-1]):
        return False
    if s.dates and frame.date is not None:
        return False
    places = s.named_places
    if places and frame.places and not all(any(_near(p, q) for q in frame.places) for p in places):
        return False
    # Victims named ("two men were shot dead", "three suspected ISIS members were detained") are
    # not another side: only armed actors that are not counted can be.
    counted = [(q.start, q.end) for q in find_quantities(s.sentence.text)]
    own_actors = {a.actor for a in s.actors if taxonomy().armed(a.actor_type) and not any(
        0 <= a.start - s.sentence.start - end <= 25 for _, end in counted)}
    frame_actors = {a.actor for f in frame.sentences for a in f.actors if taxonomy().armed(a.actor_type)}
    return not own_actors or not frame_actors or bool(own_actors & frame_actors)


def _tells_back_to(frame: Frame, s: SentenceMentions) -> bool:
    """Only refers to the frame's event: "9 soldiers were killed in the encounter", or "The attack was
    carried out by HTS, which controls much of Idlib", naming no town, only the frame's own region."""
    if s.tells_back:
        return True
    # "ISIS later claimed the bombing through Amaq, saying it had targeted members of the PKK": what the claim says
    claimed = named_pattern("claimed_by").search(s.sentence.text)
    claim_end = s.sentence.start + claimed.end() if claimed else s.sentence.end
    anaphoric_only = all(t.anaphoric or _agent_by(s, t) or _done_to_the_told(s, t) or _helper_did(s, t)
                         or t.start >= claim_end for t in s.triggers) and not s.dates
    regions = {p.admin1 for p in frame.places if p.admin1}
    # a governorate's name alone reads as its capital; here it names the region
    # ("The Observatory said the strikes were carried out by Russian jets.": naming no place at all)
    return anaphoric_only and (not s.named_places or bool(regions) and all(
        (p.kind != "point" or p.location == p.admin1) and (p.admin1 or p.location) in regions for p in s.named_places))


# "carried out by Russian jets", "by Syrian government and Russian warplanes"
_BY = re.compile(r"\bby\s+(?:[\w'’-]+\s+){0,2}(?:and\s+(?:[\w'’-]+\s+){0,2})?$")


def _of_its_kind(frames: list[Frame], s: SentenceMentions) -> int:
    """The latest frame that tells a happening of the kind the sentence points back to ("the strike", "the car
    bomb"), else the latest frame."""
    kinds = {t.trigger.sub_event_type for t in s.triggers if t.anaphoric}
    return next((k for k in range(len(frames) - 1, -1, -1) if any(
        not t.anaphoric and t.trigger.roles != "generic" and t.trigger.sub_event_type in kinds
        for t in frames[k].triggers)), len(frames) - 1)


def _agent_by(s: SentenceMentions, hit: TriggerHit) -> bool:
    """"the strikes had been carried out by Russian warplanes": aircraft named as who did what the sentence
    points back to tell no strike of their own."""
    return hit.trigger.roles == "vehicle" and any(t.anaphoric and t.end <= hit.start for t in s.triggers) and \
        _BY.search(s.text, max(s.sentence.start, hit.start - 40), hit.start) is not None


# "with the help of| Russian aviation, which |struck": a helper named after a support marker, and its relative clause
_HELPER_CLAUSE = re.compile(r"\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+,?\s+(?:which|who)\s+(?:[\w'’-]+\s+){0,2}")


def _helper_did(s: SentenceMentions, hit: TriggerHit) -> bool:
    """"The attack was beaten back with the help of Russian aviation, which struck the attackers' trucks": what a
    helper did to help tells the event the sentence points back to, not one of its own."""
    table, pattern = side_markers()
    return any(t.anaphoric and t.end <= hit.start for t in s.triggers) and any(
        lookup(table, m.group()) == "support" and _HELPER_CLAUSE.fullmatch(s.text, m.end(), hit.start)
        for m in pattern.finditer(s.text, s.sentence.start, hit.start))


# "repelled the attack", "intercepted most of the missiles"
_OBJECT_ARTICLE = re.compile(r"\s+(?:(?:most|some|all|many|several|part|one|two|three)\s+of\s+)?"
                             r"(?:the|this|that|these|those|its|their)\s+(?:[\w'’-]+\s+)?")


_PASSIVE_AFTER = re.compile(r"\s+(?:was|were|(?:had|has|have)\s+been)\s+(?:[a-z]+ly\s+)?")


def _done_to_the_told(s: SentenceMentions, hit: TriggerHit) -> bool:
    """"the army had repelled the attack", "the assault was repelled by the YPG": a verb whose object points
    back to the event tells that event."""
    return any(t.anaphoric and (_OBJECT_ARTICLE.fullmatch(s.text, hit.end, t.start)
                                or _PASSIVE_AFTER.fullmatch(s.text, t.end, hit.start)) for t in s.triggers)


def _names_its_attacker(frame: Frame, s: SentenceMentions, told_last: int) -> bool:
    """"... wounding a 10-year-old boy, Jordanian officials said." / "Jordanian officials blamed Syrian government
    troops, who have been shelling rebel positions around Daraa": the next paragraph, telling nothing but whom a
    source blames, whose ground the fire came from or who claimed it (and what it says of them), names who did it;
    so does the one after a paragraph that only counts its dead (told_last: the paragraph of the latest sentence
    that told a happening or a day)."""
    gap = s.sentence.paragraph - frame.sentences[-1].sentence.paragraph
    if s.dates or not (gap == 1 or gap == 2 and told_last == frame.sentences[-1].sentence.paragraph):
        return False
    claimed = named_pattern("claimed_by").search(s.sentence.text)
    named = next((a for a in s.actors if taxonomy().armed(a.actor_type) and (
        names_as_attacker(s.text, s.sentence, a) or (claimed and a.end <= s.sentence.start + claimed.start()))), None)
    return named is not None and all(p.start >= named.end for p in s.named_places)


def names_as_attacker(text: str, sentence: Sentence, actor: ActorMention) -> bool:
    """"Turkish officials blamed the YPG", "the ministry said the YPG was behind it", "the rounds were fired from
    positions of the Syrian army": whom a later sentence blames, or whose ground it says the fire came from."""
    return named_pattern("blamed_agent").search(text, sentence.start, actor.start) is not None or \
        named_pattern("behind_agent").match(text, actor.end) is not None or \
        named_pattern("origin").search(text, sentence.start, actor.start) is not None


def _supports_the_told(s: SentenceMentions) -> bool:
    """"Coalition aircraft and artillery supported the advance": helpers of the fight told before, no strike of
    their own (supporters.py names them)."""
    return not s.dates and not s.named_places and \
        named_pattern("active_support").search(s.text, s.sentence.start, s.sentence.end) is not None


def _places_it_more_precisely(frame: Frame, s: SentenceMentions) -> bool:
    """"Turkish airstrikes on a town in the Afrin enclave killed nine civilians." / "The strikes hit a
    bakery in the town of Jinderis": the next paragraph, only pointing back, names a smaller town
    near the larger place the frame told it in or near."""
    told = [p for p in s.named_places if p.relation != "near"]  # not "southwest of the city of Afrin"
    return (all(t.anaphoric for t in s.triggers) and not s.dates and bool(told)
            and s.sentence.paragraph == frame.sentences[-1].sentence.paragraph + 1
            and all((p.geo_precision or 1) > 1 for p in frame.places) and bool(frame.places)
            and all(any(_near(p, q) and _smaller(p, q) for q in frame.places) for p in told))


def _smaller(a: PlaceMention, b: PlaceMention) -> bool:
    """A subdistrict's seat inside a district's, a village inside a town (feature_ranks.csv)."""
    gazetteer = Gazetteer.load()
    return bool(a.feature_code and b.feature_code) and \
        gazetteer.feature_rank(a.feature_code) > gazetteer.feature_rank(b.feature_code)


def build_frames(sentences: list[SentenceMentions], published: date | None = None) -> tuple[Frame, ...]:
    """The report's frames; published: the day a feed's header heads its first items with, when its days below
    are headed too ("Tuesday, 5 August 2025" above the page's newest items, "Monday, 4 August 2025" further down),
    or its entries open on clock times ("18:25 GMT", "18:15 – ..."): a live page's entries are of its day."""
    frames: list[Frame] = []
    current: int | None = None  # index of the frame the passage is telling
    last_places: tuple[PlaceMention, ...] = ()  # where the report last was, as of the sentences in `unread`
    unread: list[SentenceMentions] = []  # sentences read since, whose places are found only when a frame needs them
    named: list[str] = []  # armed actors in the order the report names them
    subject = ""  # the first of them in the latest sentence that names any
    dated: tuple[int, DateSpan] | None = None  # (paragraph, the latest date a sentence of it named)
    list_date: DateSpan | None = None  # the day a roundup's lead gives its list
    # a live feed's day heading ("Wednesday, 28 July 2021") dates what follows
    headed = published is not None and any(s.is_date_heading or s.is_time_stamped for s in sentences)
    heading_date = DateSpan(0, 0, "", published, published, "day", "heading") if headed else None
    told_last = -1  # the paragraph of the latest sentence that told a happening or a day
    under_heading = 0  # frames told before the latest day heading: a new day's entries do not tell them again
    day_headed = False  # a day heading of the text's own stands above the sentence
    stamped = False  # a clock time has opened an entry since the latest frame began
    for s in sentences:
        stamped = stamped or s.is_time_stamped
        if s.is_date_heading:
            heading_date, current, under_heading, day_headed = s.dates[0], None, len(frames), True
            continue
        paragraph_date = dated[1] if dated and dated[0] == s.sentence.paragraph else None
        if current is not None and not _same_passage(frames[current], s):
            current = None
        told = len(frames) > under_heading  # a frame under the same heading as the sentence, or no heading
        if s.triggers and told and _supports_the_told(s):
            frames[-1] = frames[-1].add(s, evidence=False)
        elif s.triggers and told and _tells_back_to(frames[-1], s):
            # a live page's later entry tells back to the happening of its kind ("16.20 / The Observatory has raised
            # its toll for the strike on Masaken Hanano"), which need not be the entry above it
            k = _of_its_kind(frames, s) if stamped else len(frames) - 1
            # its region ("HTS, which controls much of Idlib") does not refine the frame's place
            afar = s.sentence.paragraph > frames[k].sentences[-1].sentence.paragraph + 1  # a paragraph between
            frames[k] = frames[k].add(s, evidence=current == k and s.tells_back, retold=afar)
            current = k
        elif s.triggers and told and _places_it_more_precisely(frames[-1], s):
            frames[-1] = frames[-1].add(s, evidence=True)
            current = len(frames) - 1
        elif s.triggers and (s.opens_event or not told and day_headed):
            # under a day heading, "the shells did not stop" tells that day's shelling, not one of a day before
            if current is not None and _joins(frames[current], s):
                frames[current] = frames[current].add(s, evidence=True)
            else:
                last_places = _last_places(unread, last_places)
                frame = Frame((), (), last_places, context_actors=tuple(dict.fromkeys(reversed(named))),
                              context_subject=subject)
                frame = frame.add(s, evidence=True)
                if frame.date is None and paragraph_date and s.marker in ("", "new_scene"):
                    frame = replace(frame, date=paragraph_date)
                elif frame.date is None and heading_date:
                    frame = replace(frame, date=heading_date)
                frame = replace(frame, headed=day_headed, entry=stamped)
                frames.append(frame)
                stamped = False
                current = len(frames) - 1
        elif not s.triggers and frames and _names_its_attacker(frames[-1], s, told_last):
            frames[-1] = frames[-1].add(s, evidence=False)
        elif current is not None and not s.history:
            # A sentence without a trigger adds its places ("X, Y and Z are the main hot points") only to a frame that
            # has no town yet, and not in a paragraph that retells it from afar ("The Observatory said the strikes were
            # carried out by Russian jets. Russia's defence ministry said ... no combat missions in the Idlib area.")
            frame = frames[current]
            afar = bool(frame.retold) and frame.retold[-1].sentence.paragraph == s.sentence.paragraph
            frames[current] = frame.add(s, evidence=bool(s.named_places) and not frame.has_town and not afar)
        elif not frames and _introduces_a_list(s):
            list_date = s.dates[0]
        armed = [a.actor for a in s.actors if taxonomy().armed(a.actor_type)]
        named += armed
        subject = armed[0] if armed else subject
        unread.append(s)
        if s.dates:
            dated = (s.sentence.paragraph, s.dates[-1])
        if s.dates or s.triggers:
            told_last = s.sentence.paragraph
    # a reply told with no day of its own ("In response, Turkish artillery shelled ...") came the day of the attack,
    # one more of the kind ("Another salvo targeted ...") and one told soon after ("A short time later, ...") the day
    # of the one before
    frames = [replace(f, date=next((e.date for e in reversed(frames[:k]) if e.date), None))
              if f.date is None and f.marker in ("new_event_reversed", "one_more", "new_event_soon") else f
              for k, f in enumerate(frames)]
    if list_date is None:
        return tuple(frames)
    return tuple(f if f.date is not None else replace(f, date=list_date) for f in frames)


def _last_places(unread: list[SentenceMentions], last_places: tuple[PlaceMention, ...]) -> tuple[PlaceMention, ...]:
    """The places of the latest sentence that names any, looking back only through the sentences
    read since last asked (emptied here): those before the latest that names a place are never
    read, and each sentence is looked at once."""
    found = next((s.named_places for s in reversed(unread) if s.named_places), last_places)
    unread.clear()
    return found


def _introduces_a_list(s: SentenceMentions) -> bool:
    """A report's lead that names one day and ends in a colon ("SOHR has documented the death of
    5 people on Thursday, September 8, 2022, as follows:"): the items below it happened that day,
    though none repeats the date."""
    days = {(d.date_start, d.date_end) for d in s.dates}  # "Thursday, September 8, 2022" is one day told twice
    return (len(days) == 1 and s.dates[0].precision == "day"
            and s.sentence.text.rstrip().endswith(":"))
