"""The digits in a row every match of a pattern holds: a lower bound, read off the pattern, that
lets ingest skip a date format on a line that cannot match it."""
import re

import pytest

from helpers.ingest.digit_runs import cannot_match, digits_in_a_row
from helpers.ingest.formats import load_formats


@pytest.mark.parametrize("regex, digits", [
    (r"\d\d", 2), (r"a\d{3}b", 3), (r"(?:1[89]|2\d)\d\d", 4), (r"\d+", 1), (r"\d*", 0), (r"(\d\d|\d)", 1),
    (r"x(?:12|3)4", 2), (r"[0-9]{2}-[0-9]{2}", 2), (r"\d{1,3}(?:,\d{3})+", 3), (r"\d?\d", 1), (r"[\d.]{4}", 0),
    (r"(?<!\d)\d\d(?!\d)", 2), (r"(\d)\1", 1), (r"[^0-9]\d", 1), (r"July", 0), (r"(?i:2020|20 20)", 2),
])
def test_the_bound_is_read_off_the_pattern(regex, digits):
    assert digits_in_a_row(re.compile(regex)) == digits


def test_every_date_line_format_needs_its_years_four_digits():
    formats = load_formats()
    assert all(digits_in_a_row(pattern) == 4 for pattern in formats.date_lines)
    line = "Global Research, July 05, 2020"
    assert not any(cannot_match(pattern, line) for pattern in formats.date_lines)
    assert all(cannot_match(pattern, "Global Research, July 05, 20") for pattern in formats.date_lines)


def test_a_line_the_bound_skips_never_matches():
    """The bound is a lower bound: whatever a pattern matches holds at least that many digits in a row."""
    formats = load_formats()
    lines = ["Global Research, July 05, 2020", "By South Front 3 July 2020", "14 August 2022 - Qamishlo",
             "Published 8 June 2022 by Jane Roe", "date 2023-06-14 Security", "Idlib Today · Local news · 12/09/2022",
             "On Thursday, the army shelled 2 villages", "Updated: 19/11/2023 10:30"]
    for pattern in (*formats.date_lines, *formats.lead_dates):
        for line in lines:
            if pattern.search(line):
                assert not cannot_match(pattern, line)
