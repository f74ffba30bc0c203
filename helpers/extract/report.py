"""One report -> its events, casualty claims and actor mentions: the whole pipeline for one file.

A pure function of one Report, so that the build can run reports in any order, in parallel
or on Dask, and get the same rows. Data flows one way: sentences -> mentions -> frames ->
draft events -> claims -> coded events (coding.py).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, timedelta

from helpers.deadline import check_deadline
from helpers.extract.actors import find_actor_mentions
from helpers.extract.assembly import Mention, assemble
from helpers.extract.source_references import named_source
from helpers.extract.house_voice import (UNATTRIBUTED, WITNESSES, first_hand, masthead_lines, masthead_voice,
                                         outlet_claimant, outlet_country, outlet_staff, voice_of)
from helpers.extract.claims import mention_claims
from helpers.extract.coding import code, ground_taken_from
from helpers.extract.dates import span
from helpers.extract.discourse import shot_lists, summary_spans
from helpers.extract.events import draft_events
from helpers.extract.frames import build_frames
from helpers.extract.lexicon import named_pattern
from helpers.extract.mentions import SentenceMentions, sentence_mentions
from helpers.extract.post_footers import PostFooters
from helpers.extract.scenes import split_scenes
from helpers.extract.sentences import split_sentences
from helpers.records import ActorMention, Claim, Event, Report, Sentence, replace

READABLE = ("ok", "no_date")


@dataclass(frozen=True)
class Extraction:
    report: Report  # status updated: ok -> no_events when nothing happened in it
    events: tuple[Event, ...]
    claims: tuple[Claim, ...]
    mentions: tuple[tuple[ActorMention, str], ...]  # each mention with the date of its event


def analyse_sentences(report: Report) -> tuple[list[SentenceMentions], list[ActorMention]]:
    """Every sentence of a report with its mentions, dates resolved in reading order."""
    text = report.text
    country = outlet_country(report)
    party = voice_of(report.outlet, _statement_author(report)) or masthead_voice(report)
    voice = party or (country.forces if country else "")
    home = country.forces if country and country.plain_words else ""
    actors = find_actor_mentions(text, voice, report.published, home, party=bool(party))
    analysed = []
    previous = None
    today = report.published  # what "today" and "on Monday" count from: a date heading in the body moves it
    counted_day: tuple[int, date] | None = None  # an operation log's last dated "Day 8 — Saturday, Jan. 27"
    clock = _EntryClock()
    sentences = list(split_sentences(text))
    footers = PostFooters(text, sentences, report.published)
    dated = False  # a line above the sentence, below the latest footer, gave its day
    for k, sentence in enumerate(sentences):
        check_deadline()  # a per-report time limit, in any thread (helpers/deadline.py)
        if k in footers.days or k in footers.authors:
            dated = False  # a new post: its footer gives its day
        # "Our forces captured 3 ISIS cell members last night. / 3:20 PM · Nov 21, 2019": the post's footer below
        day = today if dated or k in footers.days else footers.day_of(k) or today
        whole = sentence_mentions(text, sentence, actors, day, previous)
        for mentions in split_scenes(whole, lambda part: sentence_mentions(text, part, actors, day, previous)):
            if today != report.published and mentions.dates and not mentions.triggers and (
                    mentions.is_date_heading or len(mentions.sentence.text) <= _HEADING_CHARS):
                # a diary's "Sunday", "Monday", "Tuesday" headings, a timeline's "6 May", "Tuesday 1 March": the
                # nearer to the heading above of that day counted from it and from publication, not the Monday
                # before the Sunday above it, nor the 1 March a year before "Sunday 28 February"
                again = sentence_mentions(text, mentions.sentence, actors, report.published, previous)
                if again.is_date_heading and (not mentions.is_date_heading or abs(again.dates[0].date_start - today)
                                              < abs(mentions.dates[0].date_start - today)):
                    mentions = again
            mentions, counted_day = _day_counted(mentions, counted_day)
            if clock.past_midnight(mentions):  # "21.10 ... 00.15": the entries below are of the next day
                today += timedelta(days=1)
            if mentions.gives_its_day and k not in footers.days:  # a statement's, a feed's day: "today" below
                today = mentions.dates[0].date_start
                dated = True
            if mentions.is_date_heading:  # "9 May / ... Two days later, ...": the entries' days count from it
                previous = mentions.dates[-1].date_end
            # "two days later" counts from what someone did, not from "detainees were released on 8 April"
            if mentions.dates and (mentions.triggers or mentions.actors):
                previous = mentions.dates[-1].date_end
            analysed.append(mentions)
    return analysed, actors


def _day_counted(mentions: SentenceMentions, counted_day: tuple[int, date] | None
                 ) -> tuple[SentenceMentions, tuple[int, date] | None]:
    """An operation log's "Day 8 — Saturday, Jan. 27" heading counts its days; a bare "Day 9" below it is the day
    after."""
    counted = named_pattern("day_count").match(mentions.sentence.text)
    if counted is None:
        return mentions, counted_day
    number = int(counted.group("n"))
    if mentions.is_date_heading:
        return mentions, (number, mentions.dates[0].date_start)
    if counted_day is None or mentions.dates or mentions.triggers or counted.end() < len(mentions.sentence.text):
        return mentions, counted_day
    day = counted_day[1] + timedelta(days=number - counted_day[0])
    s = mentions.sentence
    return replace(mentions, dates=(span(s.start, s.end, s.text, day, day, "day_count"),)), counted_day


_HEADING_CHARS = 40  # the longest line read as a day's heading when it is counted from publication instead


class _EntryClock:
    """The clock times a live page's entries open on, in reading order. On a page whose entries run oldest first
    ("08.02", "09.15", ... "21.10"), a time earlier than the one above ("00.15") is past midnight: the next day's.
    A page that runs newest first never goes forward."""

    def __init__(self) -> None:
        self.last: int | None = None  # minutes into the day of the latest entry's time
        self.forward: bool | None = None  # whether the entries run oldest first, once two are read

    def past_midnight(self, mentions: SentenceMentions) -> bool:
        stamp = named_pattern("entry_clock").match(mentions.sentence.text) if mentions.is_time_stamped and \
            not mentions.dates else None
        if stamp is None:
            return False
        hour = int(stamp.group("hour")) % 12 if stamp.group("half") else int(stamp.group("hour"))
        minutes = (hour + (12 if (stamp.group("half") or "").lower() == "p" else 0)) * 60 + int(stamp.group("minute"))
        last, self.last = self.last, minutes
        if last is None or minutes == last:
            return False
        if self.forward is None:
            self.forward = minutes > last
        return self.forward and minutes < last


def _statement_author(report: Report) -> str:
    """"Statement by the General Command of the Army and Armed Forces", "Identical letters dated ... from the
    Permanent Representative of ...": whose statement the report is, by its title or its opening line."""
    opening = report.text.split("\n\n", 1)[0]
    # "Note verbale dated 23 November 2020 from the Permanent Mission of Turkey ...", under a UN document's symbol
    for heading in (report.title or "", opening if len(_WORD.findall(opening)) <= _HEADING_WORDS else "",
                    *report.imprint.splitlines()):
        if statement := named_pattern("statement_title").match(heading):
            return statement.group("name")
    return ""


_HEADING_WORDS = 45  # a document's opening line that heads it, not a story's first paragraph


_WORD = re.compile(r"\w+")
_IMPRINT_LINE_WORDS = 12  # a masthead, a breadcrumb or a copyright line, not a headline that quotes a source


def _once_each(claims: list[Claim]) -> list[Claim]:
    """A claimant's figure told twice for one event is one claim ("wounding two civilians ... The wounded, a man and
    his teenage nephew, were taken to a field hospital"): the first telling, its evidence kept."""
    first: dict[tuple, Claim] = {}
    for c in claims:
        first.setdefault((c.event_id, c.category, c.low, c.high, c.victim, c.claimant), c)
    return list(first.values())


def _house_claimant(report: Report) -> str:
    """Who tells the numbers the report gives in its own voice: its outlet, the author of a statement
    ("Statement by the General Command of ..."), or the organisation its header or copyright line
    names, when that is a monitor or a party (codebook section 6); a party's own statement signed by
    its command speaks for the party."""
    imprint = [line for line in masthead_lines(report.imprint) if len(_WORD.findall(line)) <= _IMPRINT_LINE_WORDS]
    for name in (report.outlet, _statement_author(report), *imprint):
        if name and outlet_claimant(name) != UNATTRIBUTED:
            return outlet_claimant(name)
    return voice_of(report.outlet, _statement_author(report)) or UNATTRIBUTED


def _coded_victim(claim: Claim, event: Event) -> str:
    """Whose people a number counts, once its event is coded (coding comes after the claims are read): people no
    side is named for are those the event was coded against ("detained four suspects": civilians, as ACLED codes
    arrests; "put the toll at 12" after shelling of a town: its civilians); people harmed at a protest are its
    protesters."""
    victim = claim.victim or event.actor2
    return "Protesters" if event.event_type == "Protests" and victim in ("", "Civilians") else victim


def _soundbite_frame(text: str, sentence: Sentence, provisional: list[list[Event]]) -> int | None:
    """The frame a shot list's numbers speak of ("SOUNDBITE (Arabic) a man displaced from Taftanaz: ... Three people
    were killed"): the happening at the place its paragraph names, else the story's first."""
    end = text.find("\n\n", sentence.end)
    paragraph = text[text.rfind("\n\n", 0, sentence.start) + 1:end if end >= 0 else len(text)]
    placed = (i for i, coded in enumerate(provisional) if any(e.location and e.location in paragraph for e in coded))
    return next(placed, 0) if provisional else None


def extract(report: Report) -> Extraction:
    """The report's rows; a report the rules fail on gets status error with the reason, and the
    build goes on with the others."""
    if report.status not in READABLE:
        return Extraction(report, (), (), ())
    try:
        return _extract(report)
    except Exception as exc:  # a rule's bug must cost one report, never the build
        error = f"extraction failed: {type(exc).__name__}: {exc}"
        return Extraction(replace(report, status="error", error=error), (), (), ())


def _extract(report: Report) -> Extraction:
    text = report.text
    analysed, actors = analyse_sentences(report)
    # a document's summary ("HIGHLIGHTS") tells again in short what its body tells in full: the body tells it
    summaries = summary_spans(text, [s.sentence for s in analysed],
                              frozenset(s.sentence.start for s in analysed if s.is_time_stamped))
    in_summary = {s.sentence.start for s in analysed
                  if any(start <= s.sentence.start < end for start, end in summaries)}
    # a video script's shots picture what its story tells: no happening of their own
    shots = shot_lists(text, [s.sentence for s in analysed])
    in_shots = {s.sentence.start for s in analysed if any(start <= s.sentence.start < end for start, end in shots)}
    untold = in_summary | in_shots

    # Each frame's events, read against the sides the coding rules give before the claims are
    # known: the claims are read against those, and so are the next frame's carried-over sides.
    drafts, provisional = [], []  # per frame
    event_of_sentence: dict[int, int] = {}  # sentence start -> index of the frame telling it
    previous_sides = None
    for i, frame in enumerate(build_frames([s for s in analysed if s.sentence.start not in untold],
                                           report.published)):
        check_deadline()
        frame_drafts = draft_events(text, frame, previous_sides, report.report_id, report.published)
        coded = [code(d) for d in frame_drafts]
        previous_sides = (coded[-1].actor1, coded[-1].actor2)
        drafts.append(frame_drafts)
        provisional.append(coded)
        for s in frame.sentences:
            event_of_sentence[s.sentence.start] = i

    outlet = _house_claimant(report)
    # A number told before the report's first event belongs to no event: background (a running
    # toll, a pandemic's count), not a claim (codebook section 6).
    claims_of_frame: list[list[Claim]] = [[] for _ in drafts]
    frame_index = None
    source = None  # the source the report named last ("SOHR said ... The monitor added ...")
    for s in analysed:
        check_deadline()
        frame_index = event_of_sentence.get(s.sentence.start, frame_index)
        if (frame_index is None or all(t.trigger.roles == "generic" for t in s.triggers)) and \
                s.sentence.text.rstrip().endswith(":"):
            # "SOHR documented the following developments:", "Below is information of the Ministry of Defence of the
            # Russian Federation on the most recent attacks:": the list below is in that source's voice
            lead = named_source(text, s.sentence, actors, None)
            outlet = lead.claimant if lead else outlet
        told = _soundbite_frame(text, s.sentence, provisional) if s.sentence.start in in_shots else frame_index
        if told is not None and s.sentence.start not in in_summary:  # a summary's numbers: the body's
            told_by = WITNESSES if outlet == UNATTRIBUTED and first_hand(text, s.sentence.start, s.sentence.end) \
                else outlet
            claims_of_frame[told] += mention_claims(text, s, actors, provisional[told][0], told_by, source)
        source = named_source(text, s.sentence, actors, source)

    # Code each frame's events (its claims attach to its first event; their victims are the
    # target of every event the frame tells, one per place of a list), then assemble the mentions of one happening told in several places into one event.
    mentions: list[Mention] = []
    first_mention_of_frame: list[int] = []
    for i, (frame_drafts, frame_claims) in enumerate(zip(drafts, claims_of_frame)):
        # "causing no casualties" counts no one: it names no target
        victims = frozenset(c.victim for c in frame_claims if c.victim and c.high != 0)
        first_mention_of_frame.append(len(mentions))
        places_told = len({d.event.location for d in frame_drafts})
        # its numbers say whether anyone was harmed; with none, its words may (only damage told)
        spared = [all(c.high == 0 for c in frame_claims) if frame_claims else d.spared for d in frame_drafts]
        mentions += [Mention(code(replace(d, spared=s), victims), d.dated, d.generic, i, d.opens_new, d.placed,
                             any(h.trigger.kind == "raid" for h in d.hits), places_told > 1, bool(d.text_sides[0]),
                             d.scene, any(d.text_sides))
                     for d, s in zip(frame_drafts, spared)]
    assembled, joined = assemble(mentions)
    ids = [f"{report.report_id}-E{k + 1:03d}" for k in range(len(assembled))]
    events = ground_taken_from([replace(m.event, event_id=event_id) for m, event_id in zip(assembled, ids)], actors)
    event_of_frame = [events[joined[first]] for first in first_mention_of_frame]
    # in text order (a stable sort: claims at one offset keep the frames' order), each made once with its ids
    told = sorted(((c, event_of_frame[i]) for i, frame_claims in enumerate(claims_of_frame)
                   for c in frame_claims), key=lambda told: told[0].char_start)
    house = _house_claimant(report)
    coded = [replace(c, event_id=event.event_id, report_id=report.report_id,
                     claimant=outlet_staff(c.claimant, report.outlet, house), victim=_coded_victim(c, event))
             for c, event in told]
    claims = [replace(c, claim_id=f"{report.report_id}-C{k + 1:03d}") for k, c in enumerate(_once_each(coded))]

    published = report.published.isoformat() if report.published else ""
    dated_mentions = []
    sentence_starts = [s.sentence.start for s in analysed]
    for a in actors:
        # the sentence holding the mention, by bisection: sentences are in text order and do not overlap
        k = bisect_right(sentence_starts, a.start) - 1
        holder = analysed[k].sentence if k >= 0 else None
        frame = event_of_sentence.get(holder.start) if holder and a.start < holder.end else None
        event = event_of_frame[frame] if frame is not None else None
        dated_mentions.append((a, event.date_start.isoformat() if event and event.date_start else published))

    if report.status == "ok" and not events:
        report = replace(report, status="no_events",
                         error=f"no event found in its {len(analysed)} sentences (analysis or background only)")
    return Extraction(report, tuple(events), tuple(claims), tuple(dated_mentions))
