"""An incident's casualty figures from every claim of every report that tells it (codebook section 6).

No claim is merged away: casualties.csv keeps every row. These figures summarise them, per
category, the way UCDP and ACLED summarise their sources:

- Figures are compared victim by victim: "20 soldiers killed" (pro-opposition) and "up to 10
  ISIS members killed" (pro-government) do not disagree; they add up. A claim that does not say
  whose people were hit is read with the one named victim group when there is one.
- A voice is a named claimant ("SOHR", "the Syrian Civil Defence"), or a report's own unattributed
  words (each outlet is its own voice). A voice heard in several reports counts once, with its
  figure in the latest report (tolls rise as bodies are found).
- A voice's figure is its lower bound ("at least 7": 7; "5 to 10": 5), or its ceiling when only a
  ceiling is given ("up to 10": 10). Said twice in one report, the larger.
- Per victim group: low is the lowest voice's figure, high the highest number any voice gives
  (a range's top), best the lower median of the voices' figures: a number someone reported,
  never an average, and no single outlier voice (a one-sided outlet) moves it. The category's
  low, best and high add the groups up. contested: two voices give different figures for one group.
- ACLED fatalities: the lowest credible reported number killed, that is low of "killed".
"""
from __future__ import annotations

from collections import defaultdict
from datetime import date

from helpers.codebook import taxonomy
from helpers.records import CategoryFigures, Claim

UNATTRIBUTED = ("", "unattributed")


def voice(claim: Claim, outlet_of: dict[str, str]) -> str:
    if claim.claimant not in UNATTRIBUTED:
        return claim.claimant
    return f"unattributed ({outlet_of.get(claim.report_id) or claim.report_id})"


def _figure(claim: Claim) -> int:
    return claim.low if claim.low is not None else claim.high


def _top(claim: Claim) -> int:
    return claim.high if claim.high is not None else claim.low


def _victim_groups(claims: list[Claim]) -> dict[str, list[Claim]]:
    named = sorted({c.victim for c in claims if c.victim})
    groups: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        groups[c.victim or (named[0] if len(named) == 1 else "")].append(c)
    return groups


def _group_figures(claims: list[Claim], published: dict[str, date | None],
                   outlet_of: dict[str, str]) -> tuple[list[int], int]:
    """The voices' figures for one victim group (sorted), and the highest number given."""
    latest: dict[str, str] = {}  # voice -> the report it speaks in last
    for c in sorted(claims, key=lambda c: (published.get(c.report_id) or date.min, c.report_id)):
        latest[voice(c, outlet_of)] = c.report_id
    figures = sorted(max(_figure(c) for c in claims if voice(c, outlet_of) == v and c.report_id == report)
                     for v, report in latest.items())
    return figures, max(_top(c) for c in claims)


def category_figures(category: str, claims: list[Claim], published: dict[str, date | None],
                     outlet_of: dict[str, str]) -> CategoryFigures | None:
    claims = [c for c in claims if c.category == category and (c.low is not None or c.high is not None)]
    if not claims:
        return None
    groups = [_group_figures(group, published, outlet_of) for _, group in sorted(_victim_groups(claims).items())]
    return CategoryFigures(
        category=category,
        low=sum(figures[0] for figures, _ in groups),
        best=sum(figures[(len(figures) - 1) // 2] for figures, _ in groups),
        high=sum(top for _, top in groups),
        contested=any(len(set(figures)) > 1 for figures, _ in groups),
    )


def incident_figures(claims: list[Claim], published: dict[str, date | None],
                     outlet_of: dict[str, str]) -> tuple[CategoryFigures, ...]:
    if not claims:  # most incidents: nothing to look for category by category
        return ()
    told: dict[str, list[Claim]] = defaultdict(list)  # each category's claims, sorted out once
    for c in claims:
        told[c.category].append(c)
    found = (category_figures(category, told[category], published, outlet_of)
             for category in taxonomy().categories if category in told)
    return tuple(f for f in found if f is not None)


def fatalities(figures: tuple[CategoryFigures, ...]) -> int | None:
    return next((f.low for f in figures if f.category == "killed"), None)
