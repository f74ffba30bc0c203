"""Pairwise incident-linking scores against a gold folder whose events.csv has an `incident` column.

    python tests/link_score.py TABLES_DIR GOLD_DIR [GOLD_DIR ...]

Gold and predicted events are matched as score.py matches them (same file, same type,
overlapping dates; the best place and actors). Every report of the tables counts: a report gold
has no event in was coded as having none. A link is a pair of events from two different
reports; it is right when gold puts both in one incident. Two figures:
- linking: over the matched events only: how well the linker groups the events extraction found;
- end to end: a gold link whose event extraction missed counts as missed, and a predicted link
  that touches an event gold does not have counts as wrong.
"""
from __future__ import annotations

import argparse
import csv
import itertools
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "scorer" / "tools"))
from score import actor, f1, overlaps, same_place  # noqa: E402


def _rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _match(gold: list[dict], pred: list[dict]) -> dict[int, int]:
    """gold index -> pred index, as score.py matches events."""
    used, matched = set(), {}
    for gi, g in enumerate(gold):
        best, best_score = None, -1
        for i, p in enumerate(pred):
            if i in used or p["file"] != g["file"] or p["event_type"] != g["event_type"] or not overlaps(p, g):
                continue
            score = 2 * same_place(p["location"], g["location"]) + \
                bool((actor(p["actor1"]) | actor(p["actor2"])) & (actor(g["actor1"]) | actor(g["actor2"])))
            if score > best_score:
                best, best_score = i, score
        if best is not None:
            used.add(best)
            matched[gi] = best
    return matched


def _links(items: list[tuple[str, str]]) -> set[frozenset[int]]:
    """Pairs of positions (different files) that share an incident; items are (file, incident)."""
    return {frozenset((i, j)) for (i, a), (j, b) in itertools.combinations(enumerate(items), 2)
            if a[0] != b[0] and a[1] == b[1]}


def _prf(predicted: set, gold: set) -> dict[str, float | int]:
    right = len(predicted & gold)
    p = right / len(predicted) if predicted else 1.0
    r = right / len(gold) if gold else 1.0
    return {"gold_links": len(gold), "predicted_links": len(predicted), "right": right,
            "precision": p, "recall": r, "f1": f1(p, r)}


def link_scores(tables_dir: Path, *gold_dirs: Path) -> dict[str, dict]:
    """Scores of the tables' incidents against the gold of every report they hold (one gold folder
    may code some of the reports, another the rest)."""
    gold = [row for gold_dir in gold_dirs for row in _rows(Path(gold_dir) / "events.csv")]
    file_of = {r["report_id"]: Path(r["path"]).name for r in _rows(Path(tables_dir) / "reports.csv")}
    pred = [dict(e, file=file_of.get(e["report_id"], "")) for e in _rows(Path(tables_dir) / "events.csv")]
    matched = _match(gold, pred)
    pairs = list(matched.items())
    linking = _prf(_links([(pred[p]["file"], pred[p]["incident_id"]) for _, p in pairs]),
                   _links([(gold[g]["file"], gold[g]["incident"]) for g, _ in pairs]))
    # End to end: positions are gold events, then the predicted events no gold event matched.
    pred_for = {p: g for g, p in matched.items()}
    extra = [i for i in range(len(pred)) if i not in pred_for]
    gold_items = [(g["file"], g["incident"]) for g in gold] + [(pred[i]["file"], f"extra-{i}") for i in extra]
    pred_items = [(g["file"], pred[matched[gi]]["incident_id"] if gi in matched else f"missed-{gi}")
                  for gi, g in enumerate(gold)] + [(pred[i]["file"], pred[i]["incident_id"]) for i in extra]
    return {"linking": linking, "end_to_end": _prf(_links(pred_items), _links(gold_items))}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tables_dir", type=Path)
    parser.add_argument("gold_dirs", type=Path, nargs="+")
    args = parser.parse_args()
    for name, s in link_scores(args.tables_dir, *args.gold_dirs).items():
        print(f"{name:>10}: gold links {s['gold_links']} predicted {s['predicted_links']} right {s['right']}  "
              f"P={s['precision']:.2f} R={s['recall']:.2f} F1={s['f1']:.2f}")


if __name__ == "__main__":
    main()
