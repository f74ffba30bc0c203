"""One report -> its events, casualty claims and actor mentions: the whole pipeline for one file.

A pure function of one Report, so that the build can run reports in any order, in parallel
or on Dask, and get the same rows.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from helpers.extract.actors import find_actor_mentions
from helpers.extract.claims import outlet_claimant, sentence_claims
from helpers.extract.events import build_frames, frame_events
from helpers.extract.mentions import sentence_mentions
from helpers.records import ActorMention, Claim, Event, Report
from helpers.extract.sentences import split_sentences

READABLE = ("ok", "no_date")


@dataclass(frozen=True)
class Extraction:
    report: Report  # status updated: ok -> no_events when nothing happened in it
    events: tuple[Event, ...]
    claims: tuple[Claim, ...]
    mentions: tuple[tuple[ActorMention, str], ...]  # each mention with the date of its event


def _targets_from_claims(frames, events: list[Event], claims: list[Claim]) -> list[Event]:
    """Where the text names no one on the receiving end, the people its numbers count are:
    "government forces arrested over 30 people" -> actor2 Civilians; and a fight whose only victims
    are civilians ("gunmen opened fire on a car; two men were shot dead") is violence against civilians."""
    untargeted = {e.event_id for f in frames if not f.text_sides[1] for e in f.events}
    victims: dict[str, set[str]] = {}
    for c in claims:
        if c.victim:
            victims.setdefault(c.event_id, set()).add(c.victim)
    result = []
    for e in events:
        named = victims.get(e.event_id, set())
        victim = next(iter(named)) if len(named) == 1 else ""
        if e.event_id in untargeted and victim and victim != e.actor1 and e.event_type != "Protests":
            e = replace(e, actor2=victim)
            if e.event_type == "Battles" and victim == "Civilians":
                e = replace(e, event_type="Violence against civilians", sub_event_type="Attack")
        result.append(e)
    return result


def extract(report: Report) -> Extraction:
    if report.status not in READABLE:
        return Extraction(report, (), (), ())
    text = report.text
    sentences = split_sentences(text)
    actors = find_actor_mentions(text)
    analysed = []
    previous = None
    for sentence in sentences:
        mentions = sentence_mentions(text, sentence, actors, report.published, previous)
        if mentions.dates:
            previous = mentions.dates[-1].date_end
        analysed.append(mentions)

    events: list[Event] = []
    claims: list[Claim] = []
    event_of_sentence: dict[int, Event] = {}
    frames = build_frames(analysed)
    for frame in frames:
        if events:
            frame.previous_sides = (events[-1].actor1, events[-1].actor2)
        new = [replace(e, event_id=f"{report.report_id}-E{len(events) + i + 1:03d}")
               for i, e in enumerate(frame_events(text, frame, report.report_id, report.published))]
        frame.events = new
        events.extend(new)
        for s in frame.sentences:
            event_of_sentence[s.sentence.start] = new[0]

    outlet = outlet_claimant(report.outlet)
    last_event = None
    for s in analysed:
        last_event = event_of_sentence.get(s.sentence.start, last_event)
        if s.history:
            continue
        for claim in sentence_claims(text, s.sentence, actors, last_event, outlet):
            claims.append(replace(claim, claim_id=f"{report.report_id}-C{len(claims) + 1:03d}",
                                  report_id=report.report_id, event_id=last_event.event_id if last_event else ""))

    events = _targets_from_claims(frames, events, claims)
    published = report.published.isoformat() if report.published else ""
    dated_mentions = []
    for a in actors:
        event = next((event_of_sentence[s.sentence.start] for s in analysed
                      if s.sentence.start <= a.start < s.sentence.end and s.sentence.start in event_of_sentence), None)
        dated_mentions.append((a, event.date_start.isoformat() if event and event.date_start else published))

    if report.status == "ok" and not events:
        report = replace(report, status="no_events",
                         error=f"no event found in its {len(sentences)} sentences (analysis or background only)")
    return Extraction(report, tuple(events), tuple(claims), tuple(dated_mentions))
