"""A gold folder (events.csv, casualties.csv keyed by file) in the layout of the project's tables,
so that score.py can compare one coder's gold with another's."""
from __future__ import annotations

import csv
from pathlib import Path


def _rows(path: Path, files: set[str]) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as f:
        return [r for r in csv.DictReader(f) if r["file"] in files]


def _write(path: Path, columns: list[str], rows: list[dict[str, str]]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, columns, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)


def gold_as_tables(gold: Path, out: Path, files: set[str]) -> Path:
    """Write reports.csv, events.csv and casualties.csv for the given files of a gold folder."""
    out.mkdir(parents=True, exist_ok=True)
    events, claims = _rows(gold / "events.csv", files), _rows(gold / "casualties.csv", files)
    _write(out / "reports.csv", ["report_id", "path", "status"],
           [{"report_id": f, "path": f, "status": "ok"} for f in sorted(files)])
    ids = {"event_id": lambda r: f"{r['file']}:{r['event_id']}", "report_id": lambda r: r["file"]}
    for name, rows in (("events", events), ("casualties", claims)):
        columns = (["claim_id"] if name == "casualties" else []) + ["event_id", "report_id"] + \
            [c for c in (rows[0] if rows else {}) if c not in ("file", "event_id")]
        _write(out / f"{name}.csv", columns,
               [{**r, **{k: f(r) for k, f in ids.items()}, "claim_id": str(i)} for i, r in enumerate(rows)])
    return out


def gold_files(gold: Path) -> set[str]:
    with open(gold / "events.csv", encoding="utf-8", newline="") as f:
        return {r["file"] for r in csv.DictReader(f)}
