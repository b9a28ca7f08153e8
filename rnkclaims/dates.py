"""Partial dates (year, month or day) and relative expressions ("on Friday").

A ``PartialDate`` is what the ledger writes: ``2023``, ``2023-09`` or ``2023-09-20``.
It covers a range of days, ``earliest`` to ``latest``; comparisons between claims and
sources use those bounds so that a month-precision date never contradicts a day in it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
MONTH_MAY = re.compile(
    r"\bMay\s+(?:\d|and\s+[A-Z]|or\s+[A-Z])|(?:in|of|since|until|early|late|mid-?)\s+May\b"
)
"""The month May where it reads as a date ("on May 9", "in May and August"): not the modal
"may" that hedges a claim."""


def is_month_may(text: str, at: int) -> bool:
    """Whether the word at ``text[at:]`` is the month May (``MONTH_MAY``), not the modal."""
    if text[at : at + 3] != "May":
        return False
    return any(m.start() <= at < m.end() for m in MONTH_MAY.finditer(text))


# English names, as ``calendar`` gives them in the C locale, without importing it at start-up.
_MONTH_NAMES = (
    "", "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _days_in_month(year: int, month: int) -> int:
    """The number of days in ``month`` of ``year`` (``calendar.monthrange(...)[1]``)."""
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31


class DateError(ValueError):
    """A date that is malformed or impossible; the message says which."""


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A date known to the day, the month or the year."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def precision(self) -> str:
        if self.day is not None:
            return "day"
        if self.month is not None:
            return "month"
        return "year"

    @property
    def earliest(self) -> date:
        return date(self.year, self.month or 1, self.day or 1)

    @property
    def latest(self) -> date:
        if self.day is not None:
            return self.earliest
        month = self.month or 12
        return date(self.year, month, _days_in_month(self.year, month))

    def __str__(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    @classmethod
    def from_date(cls, value: date) -> PartialDate:
        return cls(value.year, value.month, value.day)

    @classmethod
    def covering(cls, first: date, last: date) -> PartialDate:
        """The most precise partial date that contains both days."""
        if first == last:
            return cls.from_date(first)
        if (first.year, first.month) == (last.year, last.month):
            return cls(first.year, first.month)
        return cls(first.year) if first.year == last.year else cls(last.year)


def parse_date(value: object) -> PartialDate:
    """Parse ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; raise ``DateError`` otherwise."""
    if isinstance(value, bool):
        raise DateError(f"expected a date like 2023-09-20, got {value!r}")
    if isinstance(value, date):
        return PartialDate.from_date(value)
    text = str(value).strip()
    match = _DATE.match(text)
    if not match:
        raise DateError(f"'{text}' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = (int(g) if g else None for g in match.groups())
    assert year is not None
    if year < 1800 or year > 2200:
        raise DateError(f"'{text}': year {year} is out of range")
    if month is not None and not 1 <= month <= 12:
        raise DateError(f"'{text}': there is no month {month}")
    if day is not None:
        assert month is not None
        last = _days_in_month(year, month)
        if not 1 <= day <= last:
            raise DateError(f"'{text}': {_MONTH_NAMES[month]} {year} has {last} days")
    return PartialDate(year, month, day)


_WEEKDAYS = {name.lower(): i for i, name in enumerate(_DAY_NAMES)}
_REL_WEEKDAY = re.compile(
    r"^(?:on\s+|last\s+|this\s+past\s+|this\s+)?(" + "|".join(_WEEKDAYS) + r")$"
)
_RELATIVE_WORDS = re.compile(
    r"\b(today|yesterday|tonight|this|last|next|earlier|ago|" + "|".join(_WEEKDAYS) + r")\b"
)


@dataclass(frozen=True, slots=True)
class Resolved:
    """A relative expression resolved against a publication date."""

    value: PartialDate
    earliest: date
    latest: date


def looks_relative(expression: str) -> bool:
    """True when the words depend on when the text was published."""
    return bool(_RELATIVE_WORDS.search(expression.lower()))


def _before(first: date, day: date) -> date:
    """The last day of an "earlier this ..." period: the day before publication, as the
    words place the statement before the day of writing, or the day itself when the
    period begins on it (nothing else is left of it)."""
    return day - timedelta(days=1) if day > first else day


def resolve_relative(expression: str, published: PartialDate) -> Resolved:
    """Resolve "on Friday", "last Wednesday", "this year"... against the publication date.

    A weekday means its latest occurrence on or before the publication day ("last"
    excludes the publication day itself). "this week", "this month" and "this year"
    run to the publication day; "earlier this ..." stops the day before it. Raises
    ``DateError`` when the expression is not understood or the publication date is not
    precise enough to resolve it.
    """
    text = re.sub(r"\s+", " ", expression.strip().lower().rstrip("."))
    if text in ("this year", "earlier this year", "so far this year"):
        first, last = date(published.year, 1, 1), published.latest
        if text.startswith("earlier") and published.day is not None:
            last = _before(first, published.latest)
        return Resolved(PartialDate(published.year), first, last)
    if text == "last year":
        year = published.year - 1
        return Resolved(PartialDate(year), date(year, 1, 1), date(year, 12, 31))
    if text in ("this month", "earlier this month", "last month"):
        if published.month is None:
            raise DateError(f"'{expression}' needs a publication date known to the month")
        first = published.earliest.replace(day=1)
        if text == "last month":
            first = (first - timedelta(days=1)).replace(day=1)
        last = min(first.replace(day=_days_in_month(first.year, first.month)), published.latest)
        if text.startswith("earlier") and published.day is not None:
            last = _before(first, last)
        return Resolved(PartialDate(first.year, first.month), first, last)
    if published.day is None:
        raise DateError(f"'{expression}' needs a publication date known to the day")
    day = published.earliest
    if text in (
        "today",
        "tonight",
        "this morning",
        "this afternoon",
        "this evening",
        "earlier today",
        "later today",
        "earlier in the day",
        "later in the day",
    ):
        return Resolved(PartialDate.from_date(day), day, day)
    if text == "yesterday":
        d = day - timedelta(days=1)
        return Resolved(PartialDate.from_date(d), d, d)
    if text in ("this week", "earlier this week"):
        monday = day - timedelta(days=day.weekday())
        last = _before(monday, day) if text.startswith("earlier") else day
        return Resolved(PartialDate.covering(monday, last), monday, last)
    if text == "last week":
        monday = day - timedelta(days=day.weekday() + 7)
        sunday = monday + timedelta(days=6)
        return Resolved(PartialDate.covering(monday, sunday), monday, sunday)
    match = _REL_WEEKDAY.match(text)
    if match:
        target = _WEEKDAYS[match.group(1)]
        back = (day.weekday() - target) % 7
        if back == 0 and text.startswith(("last", "this past")):
            back = 7
        d = day - timedelta(days=back)
        return Resolved(PartialDate.from_date(d), d, d)
    raise DateError(
        f"cannot resolve '{expression}': use a weekday ('on Friday', 'last Wednesday'), "
        "'yesterday', 'this week', 'last week', 'this month', 'this year', or give the date"
    )


_MONTHS = {
    name.lower()[:3]: i for i, name in enumerate(_MONTH_NAMES) if name
}  # jan -> 1 ... dec -> 12
_MONTH_WORD = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_ON_MONTH_DAY = re.compile(r"^(?:on\s+)?" + _MONTH_WORD + r"\s+(\d{1,2})(?:,?\s+(\d{4}))?$")
_IN_MONTH = re.compile(
    r"^(?:in\s+)?(?:early\s+|mid-?\s*|late\s+)?" + _MONTH_WORD + r"(?:\s+(\d{4}))?$"
)


def resolve_expression(expression: str, published: PartialDate) -> Resolved:
    """Resolve the relative expressions of ``resolve_relative`` and also dates written
    without a year, against the publication date: "on Nov. 23" (that day, in the last
    year in which it is not after publication) and "in September" (that month, likewise).
    Raises ``DateError`` when the expression is not understood."""
    try:
        return resolve_relative(expression, published)
    except DateError:
        pass
    text = re.sub(r"\s+", " ", expression.strip().lower().rstrip("."))
    day_match = _ON_MONTH_DAY.match(text)
    if day_match:
        month = _MONTHS[day_match.group(1)]
        day = int(day_match.group(2))
        if day_match.group(3):
            years = [int(day_match.group(3))]
        else:  # back from the publication year to one that has the day (Feb. 29)
            years = list(range(published.year, published.year - 9, -1))
        d = None
        for year in years:
            try:
                candidate = date(year, month, day)
            except ValueError:
                continue
            if day_match.group(3) or candidate <= published.latest:
                d = candidate
                break
        if d is None:
            raise DateError(f"'{expression}' is not a day of the calendar")
        return Resolved(PartialDate.from_date(d), d, d)
    month_match = _IN_MONTH.match(text)
    if month_match:
        month = _MONTHS[month_match.group(1)]
        year = int(month_match.group(2)) if month_match.group(2) else published.year
        if not month_match.group(2) and date(year, month, 1) > published.latest:
            year -= 1
        value = PartialDate(year, month)
        return Resolved(
            value, value.earliest, min(value.latest, max(published.latest, value.earliest))
        )
    raise DateError(f"cannot resolve '{expression}'")
