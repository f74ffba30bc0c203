"""What a folder's metadata.csv says of its reports: the outlet, publisher and dates a collector
recorded, for texts whose pages lost their byline and date lines (a search store's excerpt, a
scraper's body-only copy).

A row names a report file; a filled cell is taken over what the text's header lines give, and
reports.csv's published_from says so. The file is optional and checked against its schema.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

from helpers.facts import Schema, note, read_rows, text, value_error

FILE_NAME = "metadata.csv"
_DATE = r"\d{4}-\d\d-\d\d"
SCHEMA = Schema((text("file"), text("outlet", required=False), text("publisher", required=False),
                 text("published", required=False, form=_DATE), text("republished", required=False, form=_DATE),
                 text("url", required=False), note()), key="file", partial=True)


def read_metadata(folder: Path) -> dict[str, dict]:
    """Report file name (as in the folder) -> the Report fields its row fills."""
    path = Path(folder) / FILE_NAME
    if not path.is_file():
        return {}
    found = {}
    for row in read_rows(path, SCHEMA):
        fields = {k: row[k] for k in ("outlet", "publisher") if row[k]}
        for column in ("published", "republished"):
            if row[column]:
                try:
                    fields[column] = date.fromisoformat(row[column])
                except ValueError:
                    raise value_error(path, row.line, column, f"{row[column]!r} is not a day of the calendar") from None
        found[row["file"]] = fields
    return found
