"""Dates, hours and file sizes as French readers write them (core.formats), English kept."""

import datetime

import pytest
from django.utils import translation

from core.formats import clock, file_size, long_date


@pytest.mark.parametrize(
    ("value", "weekday", "french", "english"),
    [
        (datetime.date(2026, 1, 1), False, "1er janvier 2026", "1 January 2026"),
        (datetime.date(2026, 1, 2), False, "2 janvier 2026", "2 January 2026"),
        (datetime.date(2026, 10, 1), True, "jeudi 1er octobre 2026", "Thursday 1 October 2026"),
    ],
)
def test_long_date(value, weekday, french, english):
    with translation.override("fr"):
        assert long_date(value, weekday=weekday) == french
    with translation.override("en"):
        assert long_date(value, weekday=weekday) == english


def test_clock():
    with translation.override("fr"):
        assert clock(datetime.time(14, 0)) == "14 h"
        assert clock(datetime.time(9, 5)) == "9 h 05"


@pytest.mark.parametrize(
    ("size", "french", "english"),
    [
        (961, "1 Ko", "1 KB"),
        (1024, "1 Ko", "1 KB"),
        (15_360, "15 Ko", "15 KB"),
        (2_411_725, "2,3 Mo", "2.3 MB"),
        (3 * 1024**3, "3,0 Go", "3.0 GB"),
        (None, "", ""),
    ],
)
def test_file_size(size, french, english):
    with translation.override("fr"):
        assert file_size(size) == french
    with translation.override("en"):
        assert file_size(size) == english
