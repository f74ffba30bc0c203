"""The one loader the notebooks use: build if stale, read the four tables with their dtypes, trace evidence.

    from helpers.analysis.load import ensure_built, setup_notebook, load_tables
    ensure_built(); setup_notebook(); t = load_tables()

Everything printed here names paths relative to the project root and carries no timestamp,
so that notebook outputs are the same on every machine and every run.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from helpers.paths import PROCESSED_DIR, REPORTS_DIR, shown
from helpers.tables.schema import TABLES

def _numbers(values: pd.Series, kind: str) -> pd.Series:
    """A column of text as Int64 or float64, empty as missing, anything unreadable as missing
    (pandas' to_numeric with errors="coerce"). Arrow's cast reads a large archive's columns many
    times faster, to the same values (decimal text is read correctly rounded either way); a
    column it cannot cast whole (a stray word, "7.0" as a count) goes the slow way."""
    import pyarrow as pa
    import pyarrow.compute as pc

    blank_as_missing = values.where(values != "")
    try:
        cast = pc.cast(pa.array(blank_as_missing, type=pa.string()), pa.int64() if kind == "int" else pa.float64())
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        return pd.to_numeric(blank_as_missing, errors="coerce").astype("Int64" if kind == "int" else "float64")
    if kind == "int":
        return pd.Series(pd.array(cast.to_pandas(types_mapper={pa.int64(): pd.Int64Dtype()}.get), dtype="Int64"),
                         index=values.index)
    return pd.Series(cast.to_numpy(zero_copy_only=False), index=values.index, dtype="float64")


def _typed(df: pd.DataFrame, name: str) -> pd.DataFrame:
    """Cast a table's columns to their kinds (adding any that are missing, empty); keep extra columns as text."""
    schema = TABLES[name].columns
    out = df.copy()
    for col, kind in schema.items():
        values = out[col] if col in out.columns else pd.Series("", index=out.index, dtype=str)
        values = values.fillna("").astype(str).str.strip()
        if kind == "date":
            out[col] = pd.to_datetime(values.where(values != ""), format="%Y-%m-%d",
                                      errors="coerce").astype("datetime64[us]")
        elif kind in ("int", "float"):
            out[col] = _numbers(values, kind)
        else:
            out[col] = values
    extra = [c for c in out.columns if c not in schema]
    for col in extra:
        out[col] = out[col].fillna("").astype(str)
    return out[list(schema) + extra]


def read_table(name: str, processed_dir: Path = PROCESSED_DIR) -> pd.DataFrame:
    """One table as a typed DataFrame; a missing file reads as an empty table with the schema's columns.

    Its Parquet copy (parquet/NAME/, written by the same build as the CSV) is read when present:
    faster on a large corpus, and the same text cast the same way, so the same frame."""
    parquet = Path(processed_dir) / TABLES[name].parquet_dir
    path = Path(processed_dir) / TABLES[name].file
    if parquet.is_dir() and any(parquet.glob("*.parquet")):
        raw = pd.read_parquet(parquet)
    elif path.exists() and path.stat().st_size:
        raw = read_csv_text(path)
    else:
        raw = pd.DataFrame(columns=list(TABLES[name].columns), dtype=str)
    return _typed(raw, name)


def read_csv_text(path: Path) -> pd.DataFrame:
    """A CSV file as text, every cell a str and an empty cell "" (pd.read_csv with dtype=str and
    keep_default_na=False). Arrow's reader, which reads a large archive's tables three to four
    times faster, gives the same frame for the files the build writes; a header with a repeated
    name, or a file Arrow cannot parse, is read by pandas as before."""
    import csv

    import pyarrow as pa
    import pyarrow.csv as pacsv

    with open(path, encoding="utf-8-sig", newline="") as fh:
        names = next(csv.reader(fh), [])
    if not names or len(set(names)) != len(names):
        return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    try:
        table = pacsv.read_csv(path, parse_options=pacsv.ParseOptions(newlines_in_values=True),
                               convert_options=pacsv.ConvertOptions(
                                   column_types={name: pa.string() for name in names}, null_values=[],
                                   strings_can_be_null=False, quoted_strings_can_be_null=False))
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError, UnicodeDecodeError):
        return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    if table.column_names != names:
        return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    return table.to_pandas()


@dataclass(frozen=True)
class Tables:
    """The five tables of one build. Dates are datetime64, counts nullable Int64, empty text ''."""
    reports: pd.DataFrame
    events: pd.DataFrame
    casualties: pd.DataFrame
    mentions: pd.DataFrame
    incidents: pd.DataFrame
    processed_dir: Path = field(default=PROCESSED_DIR)

    @classmethod
    def from_frames(cls, reports=None, events=None, casualties=None, mentions=None, incidents=None,
                    processed_dir: Path = PROCESSED_DIR) -> Tables:
        """Tables typed as load_tables types them, from DataFrames or lists of row dicts (tests, ad-hoc data)."""
        def typed(name, rows):
            return _typed(pd.DataFrame(rows if rows is not None else [], dtype=object), name)
        return cls(typed("reports", reports), typed("events", events), typed("casualties", casualties),
                   typed("actor_mentions", mentions), typed("incidents", incidents), Path(processed_dir))

    def __repr__(self) -> str:  # short and machine-independent, for notebook outputs
        return (f"Tables({shown(self.processed_dir, name_outside=True)}: {len(self.reports)} reports, "
                f"{len(self.events)} events in {len(self.incidents)} incidents, {len(self.casualties)} casualty claims, "
                f"{len(self.mentions)} actor mentions)")


def load_tables(processed_dir: Path | None = None) -> Tables:
    """Read reports, events, casualties, actor_mentions and incidents from processed_dir (default: the
    bundled month's data/processed), typed and sorted."""
    processed_dir = Path(processed_dir or PROCESSED_DIR)
    return Tables(
        reports=read_table("reports", processed_dir).sort_values("report_id", kind="stable").reset_index(drop=True),
        events=read_table("events", processed_dir),
        casualties=read_table("casualties", processed_dir),
        mentions=read_table("actor_mentions", processed_dir),
        incidents=read_table("incidents", processed_dir),
        processed_dir=Path(processed_dir),
    )


# --------------------------------------------------------------------------------------------
# Build when stale.

def _newest_input(reports_dir: Path) -> float:
    times = [p.stat().st_mtime for p in Path(reports_dir).rglob("*")
             if p.is_file() and not any(part.startswith(".") for part in p.relative_to(reports_dir).parts)]
    return max(times, default=0.0)


def is_stale(reports_dir: Path = REPORTS_DIR, processed_dir: Path = PROCESSED_DIR) -> bool:
    """True when a table is missing or older than any file in reports_dir."""
    outputs = [Path(processed_dir) / table.file for table in TABLES.values()]
    if not all(p.exists() for p in outputs):
        return True
    return min(p.stat().st_mtime for p in outputs) < _newest_input(reports_dir)


def summary_line(processed_dir: Path = PROCESSED_DIR, reports_dir: Path | None = REPORTS_DIR) -> str:
    t = load_tables(processed_dir)
    ok = int(t.reports["status"].eq("ok").sum())
    where = shown(processed_dir, name_outside=True)
    if reports_dir is not None:
        where += f" (from {shown(reports_dir, name_outside=True)})"
    return (f"Tables in {where}: {len(t.reports)} reports ({ok} ok), "
            f"{len(t.events)} events in {len(t.incidents)} incidents, {len(t.casualties)} casualty claims, "
            f"{len(t.mentions)} actor mentions.")


def ensure_built(quiet: bool = True, reports_dir: Path | None = None, processed_dir: Path | None = None) -> bool:
    """Rebuild the tables if they are missing or older than a report; print one summary line.

    With no folders given: the bundled month (data/reports -> data/processed). With only
    processed_dir (a notebook run on a user's tables): those tables as they are, never rebuilt
    from the bundled reports. The line is the same whether or not a rebuild happened, so notebook
    outputs stay stable. Returns True when it rebuilt.
    """
    if processed_dir is not None and reports_dir is None:
        if not all((Path(processed_dir) / table.file).exists() for table in TABLES.values()):
            raise FileNotFoundError(f"no tables in {shown(processed_dir, name_outside=True)}: build them with "
                                    "python -m helpers build REPORTS --out TABLES")
        print(summary_line(processed_dir, None))
        return False
    reports_dir = Path(reports_dir or REPORTS_DIR)
    processed_dir = Path(processed_dir or PROCESSED_DIR)
    rebuilt = is_stale(reports_dir, processed_dir)
    if rebuilt:
        from helpers.tables.build import build  # lazy: the notebooks' first cell should not pay for it otherwise

        build(reports_dir, processed_dir, quiet=quiet)
    print(summary_line(processed_dir, reports_dir))
    return rebuilt


# --------------------------------------------------------------------------------------------
# Notebook set-up and evidence.

DISPLAY_OPTIONS = {
    "display.max_rows": 120,
    "display.min_rows": 40,
    "display.max_columns": 30,
    "display.max_colwidth": 140,
    "display.width": 160,
    "display.float_format": "{:,.2f}".format,
}


def setup_notebook() -> None:
    """Pandas display options and the chart style, set in this one place for every notebook."""
    from helpers.analysis.charts.style import set_style

    for key, value in DISPLAY_OPTIONS.items():
        pd.set_option(key, value)
    set_style()


def report_text(report_id: str, processed_dir: Path | None = None) -> str:
    """The cleaned text of a report, as the build wrote it (offsets index into this string)."""
    path = Path(processed_dir or PROCESSED_DIR) / "text" / f"{report_id}.txt"
    with open(path, encoding="utf-8", newline="") as f:  # newline="": keep offsets exact
        return f.read()


def evidence(report_id: str, start: int, end: int, processed_dir: Path | None = None) -> str:
    """text[start:end] of a report's cleaned text: the sentence(s) a row was read from."""
    return report_text(report_id, processed_dir)[int(start):int(end)]
