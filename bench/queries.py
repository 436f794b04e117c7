"""Finds the URLs to measure in the database, counts the SQL queries of each, and signs the bench
member in (the session cookie wrk sends).

Run with the bench settings: `python -m bench.queries`. It prints one JSON object:
{"targets": [{"name", "label", "url", "who", "status", "queries", "warm_queries",
"service_ms", "queries_by_table"}...], "session": "<sessionid>"}. Queries are counted with
Django's test client and CaptureQueriesContext in the same database gunicorn serves: first with
cold caches (Django's caches emptied just before: the most a page makes, as after a deployment
or with Redis flushed), then again with the caches as that request left them.
"""

import json
import re
import statistics
import sys
import time
from collections import Counter

import django
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.cache import caches
from django.db import connection
from django.db.models import Count, Q
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from .dataset import BENCH_MEMBER_EMAIL


def _first_live(model, locale):
    return model.objects.live().filter(locale=locale).order_by("path").first()


def discover():
    """(name, label, url, who) for every measured page; pages that do not exist yet are
    reported with url None rather than guessed."""
    from wagtail.models import Locale  # after django.setup()

    from home.models import HomePage  # after django.setup()
    from members_area.models import Resource  # after django.setup()
    from members_area.permissions import viewable_resources  # after django.setup()
    from sheets.models import (  # after django.setup()
        EventIndexPage,
        ExperienceIndexPage,
        ExperienceSheetPage,
        Theme,
        ThemeIndexPage,
    )

    locale = Locale.objects.get(language_code="fr")
    # The theme with the most demo sheets (the benchmark's own sheets are left out, so the
    # same theme is measured at every scale).
    theme = (
        Theme.objects.filter(locale=locale)
        .annotate(
            n=Count(
                "experience_sheets",
                filter=~Q(experience_sheets__slug__startswith="banc-"),
            )
        )
        .order_by("-n", "pk")
        .first()
    )
    home = _first_live(HomePage, locale)
    theme_index = _first_live(ThemeIndexPage, locale)
    experience_index = _first_live(ExperienceIndexPage, locale)
    event_index = _first_live(EventIndexPage, locale)
    # The same sheet at every scale: the middle one of the demo's (richer: images, documents),
    # else the middle one of the benchmark's.
    sheets = ExperienceSheetPage.objects.live().filter(locale=locale).order_by("path")
    demo_sheets = sheets.exclude(slug__startswith="banc-")
    sheets = demo_sheets if demo_sheets.exists() else sheets
    count = sheets.count()
    sheet = sheets[count // 2] if count else None
    member = get_user_model().objects.filter(email=BENCH_MEMBER_EMAIL).first()
    resource = None
    if member is not None:
        resource = viewable_resources(member).filter(open_to_all_members=False).first()
    resource = resource or Resource.objects.first()

    def url(page, suffix=""):
        return page.get_url() + suffix if page is not None else None

    return (
        [
            ("home", "Accueil", url(home), "anonymous"),
            (
                "theme",
                f"Page d'un thème ({theme.name if theme else '?'})",
                url(theme_index, f"{theme.slug}/") if theme else None,
                "anonymous",
            ),
            (
                "experience_list",
                "Fiches expériences, 2 filtres",
                url(experience_index, f"?theme={theme.slug}&status=realise") if theme else None,
                "anonymous",
            ),
            ("experience_sheet", "Une fiche expérience", url(sheet), "anonymous"),
            (
                "sheet_pdf",
                "La même fiche en PDF (fichier stocké)",
                reverse("printing:sheet", args=[sheet.pk]) if sheet else None,
                "anonymous",
            ),
            ("event_list", "Agenda des rencontres", url(event_index), "anonymous"),
            (
                "search",
                "Recherche avec facettes",
                reverse("search:search") + "?q=%C3%A9nergie",
                "anonymous",
            ),
            ("dashboard", "Tableau de bord adhérent", reverse("members_area:dashboard"), "member"),
            ("resource_list", "Ressources réservées", reverse("members_area:resources"), "member"),
            (
                "resource",
                "Une ressource",
                resource.get_absolute_url() if resource else None,
                "member",
            ),
        ],
        member,
    )


FROM = re.compile(r'\bFROM "([a-z_0-9]+)"')


def count_queries(client, url, breakdown=None):
    """(status, number of queries); fills `breakdown` with the queries per first table."""
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    if breakdown is not None:
        tables = Counter(
            (FROM.search(q["sql"]).group(1) if FROM.search(q["sql"]) else q["sql"][:30])
            for q in captured.captured_queries
        )
        breakdown.update(dict(tables.most_common()))
    return response.status_code, len(captured)


def clear_caches():
    """Every cache of Django's cache framework emptied: the next request is a cold one."""
    for alias in settings.CACHES:
        caches[alias].clear()


def main():
    django.setup()
    targets, member = discover()
    anonymous = Client()
    signed_in = Client()
    session = None
    if member is not None:
        signed_in.force_login(member, backend="django.contrib.auth.backends.ModelBackend")
        session = signed_in.cookies[settings.SESSION_COOKIE_NAME].value
    results = []
    for name, label, url, who in targets:
        row = {"name": name, "label": label, "url": url, "who": who}
        if url is None or (who == "member" and member is None):
            results.append({**row, "status": None, "queries": None, "warm_queries": None})
            continue
        client = anonymous if who == "anonymous" else signed_in
        count_queries(client, url)  # what a process makes once and keeps (content types...)
        clear_caches()
        breakdown = {}
        status, queries = count_queries(client, url, breakdown)
        _status, warm = count_queries(client, url)
        # Service time: one request at a time, in-process (no HTTP, no concurrency).
        timings = []
        for _attempt in range(5):
            start = time.perf_counter()
            client.get(url)
            timings.append((time.perf_counter() - start) * 1000)
        service_ms = round(statistics.median(timings), 1)
        results.append(
            {
                **row,
                "status": status,
                "queries": queries,
                "warm_queries": warm,
                "service_ms": service_ms,
                "queries_by_table": breakdown,
            }
        )
        print(
            f"  {status} {queries:>3} queries (warm {warm:>3}) {service_ms:>8} ms  {url}",
            file=sys.stderr,
            flush=True,
        )
    print(json.dumps({"targets": results, "session": session}))


if __name__ == "__main__":
    main()
