"""The directory of aids (funders.yaml, aids.yaml): the funders, then the aids under the
directory's page, through the aids plugin's factories, and their English translations.

Dates are relative to the day of the load (aids.yaml says how many days ago or ahead), so the
demo always has expired aids, aids closing soon and upcoming ones: on a later day, an aid whose
dates drifted is moved back to them (and its translations follow), as the events are. Funders
are found by name and aids by slug; a second load the same day changes nothing.
"""

import datetime
from decimal import Decimal

from django.utils import timezone
from django.utils.html import escape
from wagtail.models import Locale

from aids.factories import AidPageFactory, FunderFactory
from aids.models import AidIndexPage, AidPage, Funder
from core.translation import other_locales, translate

from .data import read
from .indexing import deferred_indexing
from .text import paragraphs


def bullets(items) -> str:
    """A list of plain-text items as a rich-text bulleted list."""
    if not items:
        return ""
    return "<ul>" + "".join(f"<li>{escape(item)}</li>" for item in items) + "</ul>"


def ensure_funders(locale) -> dict:
    """The funders in `locale` (the source language), by key of funders.yaml."""
    return {
        data["key"]: FunderFactory(
            name=data["name"],
            locale=locale,
            short_name=data.get("short_name", ""),
            category=data["category"],
            website=data.get("website", ""),
            sort_order=order,
        )
        for order, data in enumerate(read("funders"))
    }


def _day(data, before, after, today):
    """The date `data[before]` days before or `data[after]` days after `today`, else None."""
    if before in data:
        return today - datetime.timedelta(days=data[before])
    if after in data:
        return today + datetime.timedelta(days=data[after])
    return None


def _decimal(value):
    return None if value is None else Decimal(str(value))


def aid_dates(data, today) -> dict:
    """An aid's opening, closing and last-checked dates, counted from `today`."""
    return {
        "opens_on": _day(data, "opened_days_ago", "opens_in_days", today),
        "closes_on": _day(data, "closed_days_ago", "closes_in_days", today),
        "last_checked": today - datetime.timedelta(days=data["checked_days_ago"]),
    }


def aid_fields(data, funders, themes, today) -> dict:
    """The factory's arguments for one aid of aids.yaml, dates computed from `today`."""
    funder = funders[data["funder"]]
    rate = data.get("rate") or [None, None]
    amount = data.get("amount") or [None, None]
    return {
        "title": data["title"],
        "slug": data["slug"],
        "funder": funder,
        "kind": data["kind"],
        "themes": [themes[slug] for slug in data["themes"]],
        "description": paragraphs(data["description"]),
        "for_communes": data.get("communes", True),
        "population_min": data.get("population_min"),
        "population_max": data.get("population_max"),
        "for_intercommunalities": data.get("intercommunalities", False),
        "for_associations": data.get("associations", False),
        "rate_min": _decimal(rate[0]),
        "rate_max": _decimal(rate[1]),
        "amount_min": _decimal(amount[0]),
        "amount_max": _decimal(amount[1]),
        "eligible_expenses": bullets(data.get("eligible_expenses")),
        "how_to_apply": paragraphs(data.get("how_to_apply", "")),
        "recurrence": data["recurrence"],
        "status": data.get("status", "active"),
        "source_url": data.get("source_url") or funder.website,
        **aid_dates(data, today),
    }


def _keep_dates(page, data, today) -> bool:
    """Moves a demo aid's dates back to their offsets from `today` if they drifted, and its
    translations with them (the dates are synchronised fields); True if it did."""
    dates = aid_dates(data, today)
    if all(getattr(page, name) == value for name, value in dates.items()):
        return False
    for name, value in dates.items():
        setattr(page, name, value)
    page.save_revision().publish()
    for locale in other_locales():
        if page.get_translation_or_none(locale) is not None:
            translate(page, locale)
    return True


def build_aids(stdout, index, themes) -> dict:
    """The funders and the missing aids under `index`, the directory's page; returns every aid
    of the directory by slug (the experience sheets' funding rows point to them)."""
    funders = ensure_funders(index.locale)
    aids = {page.slug: page for page in AidPage.objects.child_of(index)}
    today = timezone.localdate()
    moved = sum(
        _keep_dates(aids[data["slug"]], data, today)
        for data in read("aids")
        if data["slug"] in aids
    )
    missing = [data for data in read("aids") if data["slug"] not in aids]
    if missing:
        with deferred_indexing([Funder, AidIndexPage, AidPage]):
            for data in missing:
                page = AidPageFactory(parent=index, **aid_fields(data, funders, themes, today))
                page.save_revision().publish()
                aids[page.slug] = page
    stdout.write(
        f"Aides : {len(missing)} créées, {moved} remises à leurs dates de démonstration "
        f"({len(aids)} dans l'annuaire)."
    )
    return aids


def _translate_missing(instance, locale, values) -> int:
    if instance.get_translation_or_none(locale) is not None:
        return 0
    translate(instance, locale, values)
    return 1


def translate_funders(locale) -> int:
    source = Locale.get_default()
    funders = {f.name: f for f in Funder.objects.filter(locale=source)}
    count = 0
    for data in read("funders"):
        funder = funders.get(data["name"])
        if funder is not None and data.get("en"):
            values = {key: value for key, value in data["en"].items() if getattr(funder, key)}
            count += _translate_missing(funder, locale, values)
    return count


def english_values(data) -> dict:
    english = data["en"]
    return {
        "title": english["title"],
        "description": paragraphs(english["description"]),
        "eligible_expenses": bullets(english.get("eligible_expenses")),
        "how_to_apply": paragraphs(english.get("how_to_apply", "")),
    }


def translate_aids(locale) -> tuple[int, int]:
    """The funders' and the aids' English translations (funders first: an English aid names the
    English funder); returns how many of each were made."""
    funders = translate_funders(locale)
    index = AidIndexPage.objects.filter(locale=Locale.get_default()).first()
    if index is None or index.get_translation_or_none(locale) is None:
        return funders, 0
    pages = {page.slug: page for page in AidPage.objects.child_of(index)}
    missing = [
        data
        for data in read("aids")
        if data.get("en")
        and data["slug"] in pages
        and pages[data["slug"]].get_translation_or_none(locale) is None
    ]
    if missing:
        with deferred_indexing([Funder, AidPage]):
            for data in missing:
                translate(pages[data["slug"]], locale, english_values(data))
    return funders, len(missing)
