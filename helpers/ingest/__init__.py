"""Ingest: the input folder -> one Report per entry (header fields, clean body text, status, error).

The flow, one module a step:
  folder.py    which entries are reports (listed in the parent, read in workers); ids, duplicates, statuses -> bytes
  decode.py    bytes -> text (byte order marks, charsets, binary files)  -> text
  markup.py    plain text / Markdown -> blocks of lines                   -> blocks
  html.py      HTML -> blocks of lines, without the page furniture        -> blocks
  header.py    one line -> byline, date line, label, boilerplate or other
  document.py  blocks -> title, outlet, publisher, dates; body paragraphs; footer cut off
  formats.py   what the steps recognise, loaded from data/ingest/*.csv (see its README.md)
"""
from helpers.ingest.folder import (DEFAULT_MAX_BYTES, Duplicates, Entry, duplicate_report, ingest_entry, list_folder,
                                   load_entry, read_entry, read_folder, read_report)

__all__ = ["DEFAULT_MAX_BYTES", "Duplicates", "Entry", "duplicate_report", "ingest_entry", "list_folder", "load_entry",
           "read_entry", "read_folder", "read_report"]
