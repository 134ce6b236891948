"""The Republican calendar of act citations ("la loi du 25 ventôse an XI", lang/fr.py
``republican_date``, parsing/acts.py ``_republican``): for any date of the years I–XIV, the
Gregorian date read is one day after the date of the day before, the twelve months of 30 days
are followed by the complementary days before 1 vendémiaire of the next year, and a citation
"de la loi du <day> <month> an <year>" is read as that date."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from consolidate.lang.fr import LEXICON, REPUBLICAN_MONTHS
from consolidate.parsing.acts import read_date

MONTHS = ("vendémiaire", "brumaire", "frimaire", "nivôse", "pluviôse", "ventôse", "germinal",
          "floréal", "prairial", "messidor", "thermidor", "fructidor")
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII",
         "XIV")


def gregorian(day: int, month: int, year: int) -> dt.date:
    date = read_date(LEXICON, f"{day} {MONTHS[month - 1]} an {ROMAN[year - 1]}")
    assert date is not None
    return date


@given(st.integers(1, 14), st.integers(1, 12), st.integers(1, 30))
def test_consecutive_days_are_consecutive(year: int, month: int, day: int) -> None:
    date = gregorian(day, month, year)
    if day < 30:
        assert gregorian(day + 1, month, year) - date == dt.timedelta(days=1)
    elif month < 12:
        assert gregorian(1, month + 1, year) - date == dt.timedelta(days=1)
    elif year < 14:
        # 5 or 6 complementary days close the year
        assert gregorian(1, 1, year + 1) - date in (dt.timedelta(days=6), dt.timedelta(days=7))


@given(st.integers(1, 14), st.sampled_from(sorted(REPUBLICAN_MONTHS)), st.integers(1, 30),
       st.booleans())
def test_a_citation_reads_its_date(year: int, month: str, day: int, an: bool) -> None:
    words = f"{day} {month} {'an ' if an else ''}{ROMAN[year - 1]}"
    assert read_date(LEXICON, words) == gregorian(day, REPUBLICAN_MONTHS[month], year)


def test_known_dates() -> None:
    # 25 ventôse an XI is 16 March 1803 (the loi contenant organisation du notariat); 18
    # brumaire an VIII is 9 November 1799
    assert gregorian(25, 6, 11) == dt.date(1803, 3, 16)
    assert gregorian(18, 2, 8) == dt.date(1799, 11, 9)
