"""Synthetic situation reports in the codebook's style, for timing the build on an archive.

    python -m bench.generate FOLDER --count 1000 [--seed 1]

Each report tells a few events (attacks, strikes, shelling, arrests, bodies found, protests,
deals) at gazetteer places between lexicon actors, on dates in every form the codebook lists,
with casualty claims in every number form, attributed to named sources or to none, and a
sentence or two of background. Files are .txt, .md or .html in turn, each with a publication
date line the ingest reads, filed as YYYY/MM/NNNNNN_report.EXT. The same seed gives byte-identical
files; no two files are the same.
"""
from __future__ import annotations

import argparse
import calendar
import random
from datetime import date, timedelta
from pathlib import Path

from bench.layout import FORMATS, render
from bench.vocabulary import vocabulary

FIRST_DAY, DAYS = date(2019, 1, 1), 5 * 365  # publication dates spread over five years
OUTLETS = ("South Front", "Syria Monitor Weekly", "Levant Wire", "Euphrates Post", "Idlib Observer")
SIDES = ("pro-opposition", "pro-government", "local", "Kurdish", "Turkish", "Russian")  # whose sources
TARGETS = ("positions of", "a checkpoint of", "a convoy of", "a base of", "an outpost of", "fighters of")


def when(rng: random.Random, published: date) -> str:
    """A date phrase of one of the codebook's kinds, resolvable against `published`."""
    v = vocabulary()
    day = published - timedelta(days=rng.randrange(0, 6))
    month = calendar.month_name[day.month]
    later = min(day + timedelta(days=rng.randrange(1, 3)), published)
    return rng.choice((
        f"On {month} {day.day}",
        f"Early on {month} {day.day}",
        f"On {month} {day.day} and {calendar.month_name[later.month]} {later.day}",
        f"On {calendar.day_name[day.weekday()]}",
        rng.choice(("Yesterday", "Last week", "Last night", "Today")),
        f"{rng.choice(('Two', 'Three', '2', '3'))} days later",
        "Meanwhile",  # no date: the codebook's 7 days up to publication
        rng.choice(v.date_phrases).capitalize(),  # date_phrases.csv: "The next day", "Over the weekend" ...
    ))


def number(rng: random.Random) -> str:
    """A number phrase of quantities.csv with {N} and {M} as digits or number words."""
    v = vocabulary()
    pattern, _, _ = rng.choice(v.quantities)
    if pattern in ("a", "an", "no", "none", "any"):  # singular or zero: read only in set phrases
        pattern = "{N}"
    low = rng.randrange(1, 40)
    high = low + rng.randrange(1, 20)
    spelled = rng.random() < 0.4 and "{M}" not in pattern
    n = rng.choice([w for w in v.number_words if not w.startswith("a ")]) if spelled else str(low)
    if "{N}" not in pattern and pattern.endswith("s"):  # "dozens of", "hundreds of"
        return pattern + " of"
    return pattern.replace("{N}", n).replace("{M}", str(high))


def _in_region(name: str) -> str:
    if "bank" in name:
        return f"on the {name}"
    return f"in {name}" if name[0].isupper() or name.endswith("Syria") else f"in the {name}"


def place(rng: random.Random) -> str:
    """Where: a town, near a village, a direction of a town, a region or a governorate's part."""
    v = vocabulary()
    town, other_town = rng.sample(v.towns, 2)
    village, *listed = rng.sample(v.villages, 3)
    return rng.choice((
        f"near the village of {village}",
        f"in {town}",
        f"{rng.choice(('west', 'east', 'north', 'south'))} of the town of {town}",
        f"in the {rng.choice(v.directions)} countryside of {rng.choice(v.governorates)}",
        _in_region(rng.choice(v.regions)),
        f"in the villages of {village}, {listed[0]} and {listed[1]}",
        f"on the road between {town} and {other_town}",
        f"in {rng.choice(v.directions)} {rng.choice(v.governorates)}",
    ))


def claimant(rng: random.Random) -> str:
    v = vocabulary()
    if rng.random() < 0.5:
        return rng.choice(v.sources)
    return f"{rng.choice(SIDES)} {rng.choice(v.source_heads)}"


def casualty_sentence(rng: random.Random, victims: str) -> str:
    """A claim: a number, a category, its claimant (or none) and at times a doubt."""
    v = vocabulary()
    category = rng.choice(sorted(v.casualty_words))
    word = rng.choice(v.casualty_words[category])
    nouns = rng.choice(v.victim_nouns[victims])
    claim = f"{number(rng)} {nouns} were {word}"
    if rng.random() < 0.3:
        claim += f" and {number(rng)} others were {rng.choice(v.casualty_words['injured'])}"
    doubt = rng.choice(("", "", "", ", but this is yet to be confirmed", ", a figure that could not be verified"))
    form = rng.randrange(4)
    if form == 0:
        return f"According to {claimant(rng)}, {claim}{doubt}."
    if form == 1:
        source = claimant(rng)
        return f"{source[0].upper()}{source[1:]} said that {claim}{doubt}."
    if form == 2:
        return f"{claim[0].upper()}{claim[1:]} in the attack, {claimant(rng)} reported."
    return f"{claim[0].upper()}{claim[1:]}{doubt}."


def commentary(rng: random.Random) -> str:
    """A sentence of analysis, as half of a situation report is: actors and places, no event."""
    v = vocabulary()
    actor, other = rng.sample(v.ground_actors, 2)
    return rng.choice((
        f"{actor} continues to reinforce its positions {place(rng)}.",
        f"The situation {place(rng)} remains tense.",
        f"Most likely, {actor} will try to use the situation to expand its influence {place(rng)}.",
        f"Apparently, {actor} boosted its efforts to limit the freedom of operations of {other} there.",
        "This behavior instigates military tensions in the region.",
        f"Experts believe that {actor} is preparing for a new round of escalation against {other}.",
        f"Recently, such incidents between {actor} and {other} became something common.",
    ))


def event_paragraph(rng: random.Random, published: date) -> str:
    v = vocabulary()
    attacker, target = rng.sample(v.ground_actors, 2)
    kind = rng.randrange(7)
    if kind == 0:
        lede = f"{when(rng, published)}, {attacker} {rng.choice(v.past_triggers)} {rng.choice(TARGETS)} {target} " \
               f"{place(rng)}."
        victims = rng.choice(("state", "armed"))
    elif kind == 1:
        lede = f"{when(rng, published)}, the {rng.choice(v.air_actors)} carried out {number(rng)} airstrikes on " \
               f"positions of {target} {place(rng)}."
        victims = "armed"
    elif kind == 2:
        lede = f"{when(rng, published)}, {attacker} shelled {rng.choice(TARGETS)} {target} {place(rng)}, " \
               "triggering local clashes."
        victims = rng.choice(("state", "armed", "civilians"))
    elif kind == 3:
        lede = f"{when(rng, published)}, {attacker} arrested {number(rng)} suspected members of {target} {place(rng)}."
        return lede
    elif kind == 4:
        return f"{when(rng, published)}, {number(rng)} bodies were found {place(rng)}."
    elif kind == 5:
        lede = f"{when(rng, published)}, hundreds of residents took to the streets {place(rng)}, demanding the " \
               f"withdrawal of {attacker}."
        return lede
    else:
        return f"After almost a week of clashes {place(rng)}, {attacker} and {target} reached a ceasefire deal."
    claims = [casualty_sentence(rng, victims) for _ in range(rng.randrange(0, 3))]
    return " ".join([lede, *claims, *(commentary(rng) for _ in range(rng.randrange(0, 3)))])


def background_paragraph(rng: random.Random) -> str:
    v = vocabulary()
    actor = rng.choice(v.ground_actors)
    if rng.random() < 0.5:
        return f"{rng.choice(v.history_phrases).capitalize()}, {actor} has made several attempts to expand its " \
               f"influence {place(rng)}. However, it has achieved only a partial success. {commentary(rng)}"
    return f"Back in {rng.randrange(2012, 2019)}, {actor} controlled large areas {place(rng)}. Most likely, " \
           f"the situation in the region will remain tense. {commentary(rng)} {commentary(rng)}"


def report(rng: random.Random, number_in_archive: int) -> tuple[date, str, str, list[str]]:
    """(published, outlet, title, paragraphs) of one report."""
    v = vocabulary()
    published = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
    paragraphs = [event_paragraph(rng, published) for _ in range(rng.randrange(2, 8))]
    for _ in range(rng.randrange(1, 4)):
        paragraphs.insert(rng.randrange(len(paragraphs) + 1), background_paragraph(rng))
    title = f"{rng.choice(v.ground_actors)} and {rng.choice(v.ground_actors)} Fight Near {rng.choice(v.towns)} " \
            f"(Report {number_in_archive})"
    return published, rng.choice(OUTLETS), title, paragraphs


def generate(folder: Path, count: int, seed: int = 1) -> list[Path]:
    """Write `count` distinct reports under folder; the same seed writes the same bytes."""
    folder = Path(folder)
    written = []
    for i in range(count):
        # Seeded per file, so that a report does not depend on how many came before it; its number
        # in the title keeps any two apart (identical files would be skipped as duplicates).
        rng = random.Random(f"{seed}:{i}")
        published, outlet, title, paragraphs = report(rng, i + 1)
        suffix = FORMATS[i % len(FORMATS)]
        content = render(suffix, title, outlet, published, paragraphs).encode("utf-8")
        path = folder / f"{published:%Y}" / f"{published:%m}" / f"{i + 1:06d}_report{suffix}"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.generate", description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    paths = generate(args.folder, args.count, args.seed)
    print(f"{len(paths)} reports in {args.folder}")


if __name__ == "__main__":
    main()
