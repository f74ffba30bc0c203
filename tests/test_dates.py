"""Dates by codebook section 3, from the hand-written table tests/fixtures/cases/dates.csv."""
import csv
from datetime import date

import pytest

from helpers.extract.dates import find_dates, undated
from helpers.extract.event_dates import event_dates
from tests.conftest import FIXTURES

CASES = list(csv.DictReader(open(FIXTURES / "cases" / "dates.csv", encoding="utf-8")))


def _day(value):
    return date.fromisoformat(value) if value else None


def _event_date(sentence, published, previous):
    found = event_dates(sentence, 0, len(sentence), published, previous)
    return found[0] if found else undated(published)


@pytest.mark.parametrize("case", CASES, ids=[c["sentence"][:50] for c in CASES])
def test_sentence_dates_resolve(case):
    got = _event_date(case["sentence"], _day(case["published"]), _day(case["previous_event_date"]))
    assert (got.date_start, got.date_end, got.precision) == \
        (_day(case["date_start"]), _day(case["date_end"]), case["precision"])


@pytest.mark.parametrize("sentence", ["In 2019, the Syrian Army came to the north.", "Back in 2017, ISIS held the city.",
                                      "Four years ago, ISIS held the city.",
                                      "This autumn, Israeli air strikes on southern Lebanon sent them back."])  # a season
def test_history_is_not_an_event_date(sentence):
    assert event_dates(sentence, 0, len(sentence), date(2020, 7, 6)) == []
    assert [d.rule for d in find_dates(sentence, 0, len(sentence), date(2020, 7, 6))] == ["history"]


@pytest.mark.parametrize("sentence", ["The community announced a demonstration for next Saturday.",
                                      "Talks are due to resume this coming Monday."])
def test_a_day_to_come_is_not_an_event_date(sentence):
    assert event_dates(sentence, 0, len(sentence), date(2014, 10, 16)) == []
    assert [d.rule for d in find_dates(sentence, 0, len(sentence), date(2014, 10, 16))] == ["future"]


def test_status_date_is_not_an_event_date():
    sentence = "As of July 6, their fate remains unclear."
    assert event_dates(sentence, 0, len(sentence), date(2020, 7, 6)) == []


def test_without_a_published_date_nothing_resolves():
    assert find_dates("On July 4, clashes erupted.", 0, 27, None) == []


def test_a_dated_year_long_before_publication_is_background():
    sentence = "A year after the deal of March 5, 2020, froze the front lines, the truce still holds."
    assert event_dates(sentence, 0, len(sentence), date(2021, 3, 24)) == []
    assert [d.rule for d in find_dates(sentence, 0, len(sentence), date(2021, 3, 24))] == ["history"]


@pytest.mark.parametrize("phrase, expected", [("Two days later", date(2021, 5, 20)), ("3 days earlier", date(2021, 5, 15)),
                                              ("Next day", date(2021, 5, 19)),
                                              ("A day earlier", date(2021, 5, 17))])
def test_days_counted_from_the_previous_event(phrase, expected):
    sentence = f"{phrase}, SDF units raided the village."
    (found,) = event_dates(sentence, 0, len(sentence), date(2021, 5, 30), previous=date(2021, 5, 18))
    assert (found.date_start, found.date_end, found.precision) == (expected, expected, "day")


@pytest.mark.parametrize("sentence, days", [
    ("The attack was among the heaviest on Nahariya this month.", []),
    ("An air strike killed 12 people in Binnish on Tuesday, the deadliest in the province since March.",
     [date(2022, 9, 6)]),
    ("It was one of the worst days for the town in years.", []),
    ("The heaviest shelling hit the town on Tuesday.", [date(2022, 9, 6)]),
    # a superlative that says what a place is, not what happened there
    ("Warplanes struck the town of Douma, the largest in the enclave, on Tuesday.", [date(2022, 9, 6)]),
])
def test_the_period_a_happening_is_compared_over_does_not_date_it(sentence, days):
    found = event_dates(sentence, 0, len(sentence), date(2022, 9, 9))  # published on a Friday
    assert [d.date_start for d in found] == days


@pytest.mark.parametrize("sentence, days", [
    ("In a statement on Friday morning, the SDF's media centre said its fighters had repelled an ISIS attack.", []),
    ("The SDF said in a statement on Wednesday that two of its fighters had been killed.", []),
    ("In a statement released on jihadist Internet forums yesterday, the group said a suicide bomber drove a truck "
     "into the checkpoint.", []),
    ("The ministry said on Friday that ISIS attacked a checkpoint near Dhiban on Thursday.", [date(2022, 9, 8)]),
    ("ISIS attacked a checkpoint near Dhiban on Thursday, the SDF said.", [date(2022, 9, 8)]),
    ("The army repelled an attack near Tiyas, a military source told Xinhua on Friday.", []),
    ("Two soldiers were killed on Thursday, a commander told The National.", [date(2022, 9, 8)]),
])
def test_the_day_a_statement_was_made_does_not_date_the_event(sentence, days):
    """Codebook section 3: the date a statement was made is not the event's date."""
    found = event_dates(sentence, 0, len(sentence), date(2022, 9, 9))  # published on a Friday
    assert [d.date_start for d in found] == days
