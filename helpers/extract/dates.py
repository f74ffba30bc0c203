"""Date mentions in a sentence, resolved against the report's published date (codebook section 3).

Explicit dates ("On July 4", "2 July", "July 3 and July 5"), weekdays ("on Monday"), relative
phrases listed in data/lexicon/date_phrases.csv (each names a rule implemented here), history
("In 2019") and status dates ("As of July 6") that do not date an event.
"""
from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from functools import cache

from helpers.extract.holidays import holiday_days
from helpers.extract.lexicon import date_phrases, named_pattern, norm, number_words
from helpers.extract.matching import longest_first
from helpers.extract.timeline_entries import opens_entry
from helpers.extract.required_text import GatedPattern
from helpers.records import DateSpan

WEEK = 7
BACKGROUND_DAYS = 62  # a situation report tells of the last weeks; a date with a year older than this is background


def precision_of(start: date, end: date) -> str:
    days = (end - start).days + 1
    return "day" if days == 1 else "week" if days <= WEEK else "month"


def span(phrase_start: int, phrase_end: int, phrase: str, start: date | None, end: date | None, rule: str,
         precision: str | None = None) -> DateSpan:
    if start and end and end < start:
        start, end = end, start
    prec = precision or (precision_of(start, end) if start and end else "")
    return DateSpan(phrase_start, phrase_end, phrase, start, end, prec, rule)


@cache
def _month_numbers() -> dict[str, int]:
    names = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
    names |= {m.lower(): i for i, m in enumerate(calendar.month_abbr) if m}
    names["sept"] = 9
    return names


def is_month_after_day(text: str, start: int, word: str) -> bool:
    """"9-10 Nov", "15 Nov": a month's name right after a day's number, never a place's."""
    return word.lower().rstrip(".") in _month_numbers() and _DAY_BEFORE.search(text, max(0, start - 8), start) is not None


_DAY_BEFORE = re.compile(r"\d\s+$")


@cache
def _explicit_regex() -> GatedPattern:  # a sentence without a month's name is not scanned
    month = "|".join(sorted(_month_numbers(), key=len, reverse=True))
    day = r"\d{1,2}(?:st|nd|rd|th)?"
    # "4–5 May", "4 to 6 May": a span of days in one month, its month named once; not "3 Dec 2024 - 21:15", a clock
    one = rf"(?:(?P<m1>{month})\.?\s+(?P<d1>{day})|(?:(?P<d0>{day})\s*(?:-|–|to)\s*)?(?P<d1b>{day})\s+(?:of\s+)?" \
          rf"(?P<m1b>{month})\.?)"
    more = rf"(?:\s*(?:,|and|to|until|through|-|–)\s*(?:(?P<m2>{month})\.?\s+(?P<d2>{day})|" \
           rf"(?P<d2b>{day})\s+(?P<m2b>{month})\.?|(?P<d2c>{day})(?![:.]\d)))"
    year = r"(?:,?\s+(?P<y>\d{4}))?"
    lead = r"(?P<lead>(?:since|as of)\s+)?"
    return GatedPattern(re.compile(
        rf"(?i)(?<![\w-]){lead}{one}{year}{more}?{year.replace('?P<y>', '?P<y2>')}(?P<when>,\s+when\b)?(?![\w-])"))


@cache
def _weekday_regex() -> GatedPattern:
    days = "|".join(d for d in calendar.day_name)
    return GatedPattern(re.compile(rf"(?<![\w-])(?:(?P<last>(?i:last))\s+|(?P<next>(?i:next|coming|this\s+coming))\s+)?"
                                   rf"(?P<day>{days})(?:'s)?"
                                   rf"(?:\s+(?:morning|afternoon|evening|night))?(?![\w-])"))


@cache
def _weekday_numbers() -> dict[str, int]:
    return {d.lower(): i for i, d in enumerate(calendar.day_name)}


@cache
def _days_apart_regex() -> re.Pattern:
    words = "|".join(sorted(number_words(), key=len, reverse=True))
    return re.compile(rf"(?i)(?<![\w-])(?P<n>\d+|{words}|an?)\s+days?\s+(?P<way>later|earlier|after|before)(?![\w-])")


_DIGIT = re.compile(r"\d")


def _day(text: str) -> int:
    return int(re.match(r"\d+", text).group())


def _resolve(month: int, day: int, year: int | None, published: date) -> date | None:
    try:
        if year:
            return date(year, month, day)
        resolved = date(published.year, month, day)
        # A date after publication without a year is last year's ("December 30" in a January report).
        return resolved if resolved <= published + timedelta(days=1) else date(published.year - 1, month, day)
    except ValueError:
        return None


def _explicit(text: str, start: int, end: int, published: date) -> list[DateSpan]:
    found = []
    if not _DIGIT.search(text, start, end):  # every explicit date has its day in digits: skip the long scan
        return found
    months = _month_numbers()
    for m in _explicit_regex().finditer(text, start, end):
        m1 = months[(m.group("m1") or m.group("m1b")).lower().rstrip(".")]
        d1 = _day(m.group("d1") or m.group("d1b"))
        year = int(m.group("y")) if m.group("y") else int(m.group("y2")) if m.group("y2") else None
        first = _resolve(m1, _day(m.group("d0")) if m.group("d0") else d1, year, published)
        second_day = m.group("d2") or m.group("d2b") or m.group("d2c")
        last = _resolve(m1, d1, year, published) if m.group("d0") else first
        if second_day:
            m2 = months[(m.group("m2") or m.group("m2b")).lower().rstrip(".")] if (m.group("m2") or m.group("m2b")) else m1
            last = _resolve(m2, _day(second_day), year, published)
        if first is None or last is None:
            continue
        lead = norm(m.group("lead") or "")
        if lead == "as of":
            found.append(span(m.start(), m.end(), m.group(), first, last, "status"))
        elif lead == "since" and not m.group("when"):
            found.append(span(m.start(), m.end(), m.group(), first, max(first, published), "since_to_published"))
        elif year and (published - last).days > BACKGROUND_DAYS and not opens_entry(text, m.start(), m.end()):
            # "the deal of March 5, 2020" in a 2021 report; not a timeline's "17 June 2020 — Russian jets strike ..."
            found.append(span(m.start(), m.end(), m.group(), None, None, "history"))
        else:
            found.append(span(m.start(), m.end(), m.group(), first, last, "explicit"))
    return sorted(found + _numeric(text, start, end, published), key=lambda d: d.start)


# "On 12/09/2022", "12.09.2022", "2022-09-12": numbers with a four-digit year, day first (as the
# outlets that write them do outside the US)
_NUMERIC_DATE = re.compile(r"(?<![\w./-])(?:(?P<y>\d{4})-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)|"
                           r"(?P<d2>[0-3]?\d)(?P<sep>[./])(?P<m2>[01]?\d)(?P=sep)(?P<y2>\d{4}))(?![\w/-]|\.\d)")


def _numeric(text: str, start: int, end: int, published: date) -> list[DateSpan]:
    found = []
    for m in _NUMERIC_DATE.finditer(text, start, end):
        try:
            day = date(int(m.group("y") or m.group("y2")), int(m.group("m") or m.group("m2")),
                       int(m.group("d") or m.group("d2")))
        except ValueError:
            continue
        if (published - day).days > BACKGROUND_DAYS:
            found.append(span(m.start(), m.end(), m.group(), None, None, "history"))
        elif day <= published + timedelta(days=1):
            found.append(span(m.start(), m.end(), m.group(), day, day, "explicit"))
    return found


_DAYS_JOINED = re.compile(r"\s*(?:and|to|through|until|-|–)\s*")  # "Wednesday and Thursday"


def _weekdays(text: str, start: int, end: int, published: date) -> list[DateSpan]:
    """"On Monday" -> the last Monday on or before publication; "Wednesday and Thursday" -> a span;
    "next Saturday" -> a day to come, no event's."""
    found: list[DateSpan] = []
    for m in _weekday_regex().finditer(text, start, end):
        if m.group("next"):
            found.append(span(m.start(), m.end(), m.group(), None, None, "future"))
            continue
        weekday = _weekday_numbers()[m.group("day").lower()]
        back = (published.weekday() - weekday) % WEEK
        if m.group("last") and back == 0:
            back = WEEK
        day = published - timedelta(days=back)
        if found and _DAYS_JOINED.fullmatch(text, found[-1].end, m.start()):
            first = found.pop()
            found.append(span(first.start, m.end(), text[first.start:m.end()], first.date_start, day, "weekday"))
        else:
            found.append(span(m.start(), m.end(), m.group(), day, day, "weekday"))
    return found


def _days_apart(text: str, start: int, end: int, previous: date | None) -> list[DateSpan]:
    """"two days later", "3 days earlier": counted from the previous event's day."""
    found = []
    if previous is None or "day" not in text[start:end].lower():  # as the regex needs it, in any case
        return found
    for m in _days_apart_regex().finditer(text[start:end]):
        word = m.group("n").lower()
        n = int(word) if word.isdigit() else 1 if word in ("a", "an") else number_words()[word]
        later = m.group("way").lower() in ("later", "after")
        if named_pattern("came_after").search(text, start, start + m.start()):
            later = not later  # "the raid came a day after gunmen shot dead ...": the gunmen's day is the raid's less one
        day = previous + timedelta(days=n if later else -n)
        found.append(span(start + m.start(), start + m.end(), m.group(), day, day, "days_apart"))
    return found


@cache
def _ago_regex() -> re.Pattern:
    words = "|".join(sorted(number_words(), key=len, reverse=True))
    return re.compile(rf"(?i)(?<![\w-])(?P<n>\d+|{words}|an?)\s+(?P<unit>hours?|days?|weeks?|months?|years?)\s+ago(?![\w-])")


def _ago(text: str, start: int, end: int, published: date) -> list[DateSpan]:
    """"2 days ago", "a week ago", "5 hours ago" (a live feed's time stamps): counted back from
    publication; "two months ago" is that calendar month; "four years ago" is history."""
    found = []
    if "ago" not in text[start:end].lower():
        return found
    for m in _ago_regex().finditer(text, start, end):
        word = m.group("n").lower()
        n = int(word) if word.isdigit() else 1 if word in ("a", "an") else number_words()[word]
        unit = m.group("unit")[0].lower()
        if unit == "m":  # "two months ago": that calendar month, as "last month" is
            year, month = divmod(published.year * 12 + published.month - 1 - n, 12)
            first = date(year, month + 1, 1)
            last = date(year, month + 1, calendar.monthrange(year, month + 1)[1])
            if (published - last).days <= BACKGROUND_DAYS:
                found.append(span(m.start(), m.end(), m.group(), first, last, "ago", "month"))
                continue
        if unit in "my":  # "four years ago", "six months ago": history, not the report's news
            found.append(span(m.start(), m.end(), m.group(), None, None, "history"))
            continue
        day = published - timedelta(days={"h": 0, "d": n, "w": n * WEEK}[unit])
        found.append(span(m.start(), m.end(), m.group(), day, day, "ago"))
    return found


def _relative(text: str, start: int, end: int, published: date, previous: date | None) -> list[DateSpan]:
    table, regex = date_phrases()
    found = []
    for m in regex.finditer(text, start, end):
        if _IN_A_NAME.search(text, start, m.start()) and m.group()[:1].isupper():
            continue  # "Halab Today TV", "USA Today": a capitalised word of a name, no day
        rule = table[norm(m.group())]
        resolved = resolve_rule(rule, published, previous) or (None, None)
        found.append(span(m.start(), m.end(), m.group(), *resolved, rule))
    return found


# a capitalised word mid-sentence right before
_IN_A_NAME = re.compile(r"(?<![.!?:;\n])(?<![.!?:;]\s)\b[A-Z][\w'’-]*\s+$")


def resolve_rule(rule: str, published: date, previous: date | None) -> tuple[date | None, date | None] | None:
    """The (start, end) a named relative-date rule gives; None for history (not an event date)."""
    if rule == "week_start_to_published":
        return published - timedelta(days=published.weekday()), published
    if rule in ("past_7_days", "undated"):
        return published - timedelta(days=WEEK - 1), published
    if rule == "weekend":
        saturday = published - timedelta(days=(published.weekday() - 5) % WEEK)
        return saturday, min(saturday + timedelta(days=1), published)
    if rule == "next_days_to_published":
        first = (previous + timedelta(days=1)) if previous else published
        return min(first, published), published
    if rule == "month_start_to_published":
        return published.replace(day=1), published
    if rule == "last_week":
        monday = published - timedelta(days=published.weekday() + WEEK)
        return monday, monday + timedelta(days=WEEK - 1)
    if rule == "last_month":
        last = published.replace(day=1) - timedelta(days=1)
        return last.replace(day=1), last
    if rule == "next_day":
        return (previous + timedelta(days=1),) * 2 if previous else (None, None)
    if rule == "previous_day":
        return (previous - timedelta(days=1),) * 2 if previous else (None, None)
    if rule == "same_day":
        return (previous, previous) if previous else (None, None)
    if rule == "yesterday":
        return (published - timedelta(days=1),) * 2
    if rule == "today":
        return published, published
    if rule == "history":
        return None
    raise ValueError(f"data/lexicon/date_phrases.csv names an unknown rule: {rule!r}")


@cache
def _named_month_regex() -> GatedPattern:
    months = "|".join(sorted((m for m in _month_numbers() if len(m) > 3), key=len, reverse=True))
    return GatedPattern(re.compile(named_pattern("named_month").pattern.replace("{month}", months)))


@cache
def _month_before_year() -> GatedPattern:
    months = "|".join(sorted(_month_numbers(), key=len, reverse=True))
    return GatedPattern(re.compile(named_pattern("month_before_year").pattern.replace("{month}", months)))


_YEAR = re.compile(r"(?:19|20)\d\d")


def is_year_of_date(text: str, start: int, number: str) -> bool:
    """Whether the number at text[start:] is a date's year ("April 2016", "May 3, 2016"), not a count."""
    return _YEAR.fullmatch(number) is not None and \
        _month_before_year().search(text, max(0, start - 20), start) is not None


def _named_months(text: str, start: int, end: int, published: date) -> list[DateSpan]:
    """"in June", "through the month of June": that calendar month, the latest one up to
    publication (a month is named without a day only for the last weeks or months)."""
    found = []
    for m in _named_month_regex().finditer(text, start, end):
        month = _month_numbers()[m.group("month").lower()]
        year = published.year if month <= published.month else published.year - 1
        last = date(year, month, calendar.monthrange(year, month)[1])
        rule = "named_month" if (published - last).days <= BACKGROUND_DAYS else "history"
        first = date(year, month, 1) if rule == "named_month" else None
        if first and m.group().lower().startswith("since"):  # "since January": to publication, as "since March 5"
            found.append(span(m.start(), m.end(), m.group(), first, published, "since_to_published", "month"))
            continue
        found.append(span(m.start(), m.end(), m.group(), first, min(last, published) if first else None, rule,
                          "month" if first else None))
    return found


def _history(text: str, start: int, end: int, published: date) -> list[DateSpan]:
    found = []
    for m in named_pattern("history").finditer(text, start, end):
        if int(m.group("y")) < published.year:
            found.append(span(m.start(), m.end(), m.group(), None, None, "history"))
    return found


def find_dates(text: str, start: int, end: int, published: date | None,
               previous: date | None = None) -> list[DateSpan]:
    """Date mentions in text[start:end], in text order; overlapping mentions keep the longest.

    Without a published date nothing can be resolved: the caller reports that (status no_date).
    """
    if published is None:
        return []
    explicit = _explicit(text, start, end, published)
    starts = {d.start for d in explicit}
    # "On Thursday, June 10, 2021": the weekday names the day the date gives, counted from nowhere
    weekdays = [d for d in _weekdays(text, start, end, published)
                if not (m := _BEFORE_DATE.match(text, d.end)) or m.end() not in starts]
    anchored = explicit + weekdays
    # "Two days before the raid, on Sunday evening": a day the sentence names outright beats one
    # counted from an event that may not be the previous one; "Sunday's attack came three days
    # after ...": a day named as an event's ("Sunday's") is the one counted from
    own = [d for d in anchored if not d.phrase.endswith(("'s", "’s"))]
    apart = [] if any(d.date_start for d in own) else _days_apart(text, start, end, previous)
    anchored = own if apart or any(d.date_start for d in own) else anchored
    found = anchored + _relative(text, start, end, published, previous) + apart + _ago(text, start, end, published) + \
        _history(text, start, end, published) + _holidays(text, start, end, published)
    return longest_first(found + _named_months(text, start, end, published), lambda d: (d.start, d.end))


def _holidays(text: str, start: int, end: int, published: date) -> list[DateSpan]:
    """"on the third day of Ramadan": that day, unless it is months before publication (background, as a date)."""
    return [d if (published - d.date_start).days <= BACKGROUND_DAYS else span(d.start, d.end, d.phrase, None, None,
                                                                              "history")
            for d in holiday_days(text, start, end, published)]


_BEFORE_DATE = re.compile(r",?\s*(?:the\s+)?")
NOT_EVENT_DATES = ("history", "future", "status")


def undated(published: date) -> DateSpan:
    """What an event with no date in its text gets: the 7 days up to publication, week precision."""
    start, end = resolve_rule("undated", published, None)
    return span(0, 0, "", start, end, "undated")
