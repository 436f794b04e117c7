"""Self-checks on the demo's directory of aids (funders.yaml, aids.yaml) and on the sheets'
funding rows that point to it: the loader trusts them, so broken references fail here."""

import datetime
from collections import Counter

from aids.models import AidKind, AidStatus, FunderCategory, Recurrence
from demo.loaders.aids import aid_dates
from demo.loaders.data import read

AIDS = read("aids")
FUNDERS = read("funders")
THEME_SLUGS = {theme["slug"] for theme in read("themes")}
TODAY = datetime.date(2026, 6, 15)


def _ordered(pair):
    low, high = pair or [None, None]
    return low is None or high is None or low <= high


def test_funders_are_unique_categorised_and_translated():
    assert len({funder["key"] for funder in FUNDERS}) == len(FUNDERS)
    assert len({funder["name"] for funder in FUNDERS}) == len(FUNDERS)
    for funder in FUNDERS:
        assert funder["category"] in FunderCategory.values, funder["key"]
        assert set(funder["en"]) == {"name", "short_name"}, funder["key"]
    assert {funder["category"] for funder in FUNDERS} >= set(FunderCategory.values) - {"autre"}


def test_aids_reference_funders_and_themes_and_have_consistent_ranges():
    funder_keys = {funder["key"] for funder in FUNDERS}
    assert len(AIDS) >= 45
    assert len({aid["slug"] for aid in AIDS}) == len(AIDS)
    for aid in AIDS:
        slug = aid["slug"]
        assert aid["funder"] in funder_keys, slug
        assert aid["kind"] in AidKind.values, slug
        assert aid["recurrence"] in Recurrence.values, slug
        assert aid.get("status", "active") in AidStatus.values, slug
        assert aid["themes"] and set(aid["themes"]) <= THEME_SLUGS, slug
        assert _ordered(aid.get("rate")) and _ordered(aid.get("amount")), slug
        assert _ordered([aid.get("population_min"), aid.get("population_max")]), slug
        dates = aid_dates(aid, TODAY)
        assert _ordered([dates["opens_on"], dates["closes_on"]]), slug
    assert set(Counter(aid["kind"] for aid in AIDS)) == set(AidKind.values)


def test_every_aid_has_an_english_text_of_the_same_shape():
    for aid in AIDS:
        english = aid["en"]
        assert english["title"] and english["description"], aid["slug"]
        assert len(english.get("eligible_expenses", [])) == len(aid.get("eligible_expenses", []))
        for field in ("description", "how_to_apply"):
            assert english.get(field, "").count("\n\n") == aid.get(field, "").count("\n\n")


def test_dates_give_expired_closing_soon_upcoming_permanent_and_unchecked_aids():
    dates = {aid["slug"]: aid_dates(aid, TODAY) for aid in AIDS}
    ended = {aid["slug"] for aid in AIDS if aid.get("status") == "terminee"}
    closes = {slug: d["closes_on"] for slug, d in dates.items()}
    expired = {slug for slug, day in closes.items() if day and day < TODAY} | ended
    soon = {
        slug
        for slug, day in closes.items()
        if slug not in expired and day and (day - TODAY).days <= 30
    }
    assert len(expired) >= 5 and len(soon) >= 5
    assert any(d["opens_on"] and d["opens_on"] > TODAY for d in dates.values())
    assert any(day is None for slug, day in closes.items() if slug not in ended)
    unchecked = [d for d in dates.values() if (TODAY - d["last_checked"]).days > 183]
    assert len(unchecked) >= 5
    assert any(aid.get("population_max", 10**6) <= 2000 for aid in AIDS)
    assert any(aid.get("population_max", 10**6) <= 3500 for aid in AIDS)


def test_funding_rows_name_existing_aids():
    slugs = {aid["slug"] for aid in AIDS}
    rows = [row for sheet in read("experiences") for row in sheet.get("fundings", [])]
    linked = [row for row in rows if "aid" in row]
    assert {row["aid"] for row in linked} <= slugs
    assert len(linked) >= 35 and len({row["aid"] for row in linked}) >= 30
    assert not [row for row in linked if row.get("kind") == "autofinancement"]
