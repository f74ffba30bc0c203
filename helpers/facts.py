"""The one loader for facts kept as data (data/**/*.csv): each file read against a declared schema.

A file's schema names its columns and what each may hold. Loading checks the header (no unknown
and no missing column), every value (required, a whole number, a regular expression, one of a
set of values) and the key column's uniqueness, and stops with the file and row named, before
any report is read: a typo in a lexicon is an error, never a silently ignored row.
"""
from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from helpers.paths import shown


class DataFileError(ValueError):
    """A data file does not match its schema; the message names the file, row and column."""


@dataclass(frozen=True)
class Column:
    name: str
    required: bool = True
    kind: str = "text"  # text | int | regex | color | list ('|'-separated text)
    choices: Iterable[str] | Callable[[], Iterable[str]] | None = None  # allowed values (each item, for lists)
    form: str | None = None  # a regular expression the whole value must match


@dataclass(frozen=True)
class Schema:
    columns: tuple[Column, ...]
    key: str | None = None  # a column whose values are unique in the file (spacing folded)
    partial: bool = False  # a user's file may leave out columns that are not required


ISO_DATE = r"\d{4}-\d\d-\d\d"  # a column form: a day as yyyy-mm-dd


def text(name: str, required: bool = True, choices=None, form: str | None = None) -> Column:
    return Column(name, required, "text", choices, form)


def note() -> Column:
    """A free-text comment column, never read by rules."""
    return Column("note", required=False)


_COLOR = re.compile(r"#[0-9a-fA-F]{6}")


class Row(dict):
    """One row's values by column name, with its row number in the file (`line`, the header is 1)."""

    def __init__(self, values: dict[str, str], line: int):
        super().__init__(values)
        self.line = line


def value_error(path: Path, line: int, column: str, why: str) -> DataFileError:
    """The error for one value, naming file, row and column: for the checks a loader makes
    beyond its schema (a value that depends on other rows, a pattern's named groups)."""
    return DataFileError(f"{shown(path)}, row {line}, column {column!r}: {why}")


def _check(path: Path, line: int, column: Column, value: str) -> None:
    def fail(why: str) -> None:
        raise value_error(path, line, column.name, why)

    if not value:
        if column.required:
            fail("a value is required")
        return
    if column.kind == "int":
        try:
            int(value)
        except ValueError:
            fail(f"{value!r} is not a whole number")
    elif column.kind == "regex":
        try:
            re.compile(value)
        except re.error as exc:
            fail(f"{value!r} is not a valid regular expression ({exc})")
    elif column.kind == "color" and not _COLOR.fullmatch(value):
        fail(f"{value!r} is not a colour of the form #rrggbb")
    if column.form is not None and not re.fullmatch(column.form, value):
        fail(f"{value!r} does not have the form {column.form}")
    if column.choices is not None:
        allowed = set(column.choices() if callable(column.choices) else column.choices)
        items = split_list(value) if column.kind == "list" else [value]
        for item in items:
            if item not in allowed:
                fail(f"{item!r} is not one of: {', '.join(sorted(allowed))}")


def split_list(value: str) -> list[str]:
    """A '|'-separated cell as its non-empty items."""
    return [item.strip() for item in value.split("|") if item.strip()]


def read_rows(path: Path, schema: Schema) -> list[Row]:
    """The rows of a CSV file as dicts of stripped strings, checked against its schema."""
    path = Path(path)
    try:
        handle = open(path, encoding="utf-8", newline="")
    except OSError as exc:
        raise DataFileError(f"{shown(path)}: cannot read the file ({exc.strerror or exc})") from exc
    with handle:
        reader = csv.reader(handle)
        header = [h.strip() for h in next(reader, [])]
        declared = [c.name for c in schema.columns]
        unknown = [h for h in header if h not in declared]
        missing = [c.name for c in schema.columns
                   if c.name not in header and (c.required or not schema.partial and c.name != "note")]
        if unknown or missing:
            parts = ([f"unknown column(s) {', '.join(map(repr, unknown))}"] if unknown else []) + \
                    ([f"missing column(s) {', '.join(map(repr, missing))}"] if missing else [])
            raise DataFileError(f"{shown(path)}, row 1 (header): {'; '.join(parts)}; "
                                f"the columns are {', '.join(declared)}")
        rows, seen = [], {}
        for line, cells in enumerate(reader, start=2):
            if not any(cell.strip() for cell in cells):
                continue
            if len(cells) > len(header):
                raise DataFileError(f"{shown(path)}, row {line}: {len(cells)} cells for {len(header)} columns "
                                    "(a comma inside a value needs quotes)")
            row = Row({c.name: "" for c in schema.columns}, line)
            row.update({h: cell.strip() for h, cell in zip(header, cells)})
            for column in schema.columns:
                _check(path, line, column, row[column.name])
            if schema.key:
                key = " ".join(row[schema.key].split())
                if key in seen:
                    raise value_error(path, line, schema.key, f"{row[schema.key]!r} repeats row {seen[key]}")
                seen[key] = line
            rows.append(row)
    return rows
