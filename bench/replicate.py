"""Tables of a larger archive made cheaply from a built one, to time the notebooks at a size the
bench does not build: each table written `copies` times, copy k with every id and report path
suffixed "-k" and every date k days later, so that the copies are distinct reports, events and
incidents on the same stretch of years (k times as many per day) rather than one long stretch.

    python -m bench.replicate TABLES OUT --copies 10
"""
from __future__ import annotations

import argparse
from pathlib import Path

import pandas as pd

from helpers.tables.schema import TABLES

IDS = ("report_id", "event_id", "incident_id", "claim_id", "path")
ID_LISTS = ("report_ids", "event_ids")  # ";"-joined ids


def _copy(table: pd.DataFrame, name: str, k: int) -> pd.DataFrame:
    out = table.copy()
    suffix = f"-{k}"
    for column in IDS:
        if column in out:
            out[column] = out[column].where(out[column] == "", out[column] + suffix)
    for column in ID_LISTS:
        if column in out:
            out[column] = (out[column].str.replace(";", suffix + ";", regex=False) + suffix).where(out[column] != "", "")
    for column, kind in TABLES[name].columns.items():
        if kind == "date" and k:
            days = pd.to_datetime(out[column].where(out[column] != ""), format="%Y-%m-%d") + pd.Timedelta(days=k)
            out[column] = days.dt.strftime("%Y-%m-%d").fillna("")
    return out


def replicate(tables: Path, out: Path, copies: int) -> Path:
    """Write the tables of `tables` `copies` times over into `out` (CSV only, no texts)."""
    out.mkdir(parents=True, exist_ok=True)
    for name, table in TABLES.items():
        rows = pd.read_csv(tables / table.file, dtype=str, keep_default_na=False, encoding="utf-8")
        pd.concat([_copy(rows, name, k) for k in range(copies)], ignore_index=True).to_csv(
            out / table.file, index=False, encoding="utf-8", lineterminator="\n")
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.replicate", description=__doc__.splitlines()[0])
    parser.add_argument("tables", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--copies", type=int, default=10)
    args = parser.parse_args(argv)
    replicate(args.tables, args.out, args.copies)


if __name__ == "__main__":
    main()
