"""The "Abonnés aux alertes" panel of Wagtail's dashboard: confirmed subscribers per theme (in
French, whichever language they chose the theme in), the totals, the last days' digests with
links to the filtered lists; shown to the facilitation team only, in a fixed number of
queries."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale

from alerts import figures
from alerts.admin_access import DIGESTS, SUBSCRIBERS
from alerts.factories import DigestFactory, SubscriberFactory
from alerts.models import DigestStatus
from sheets.factories import ThemeFactory

from .admin_people import client_of

DAY = datetime.timedelta(days=1)
HOUR = datetime.timedelta(hours=1)
HOME = "wagtailadmin_home"


@pytest.fixture
def themes(locales):
    themes = {
        "energie": ThemeFactory(name="Énergie", slug="energie", sort_order=1),
        "eau": ThemeFactory(name="Économies d'eau", slug="economies-d-eau", sort_order=2),
        "mobilite": ThemeFactory(name="Mobilité", slug="mobilite", sort_order=3),
    }
    english = themes["energie"].copy_for_translation(Locale.objects.get(language_code="en"))
    english.name = "Energy"
    english.save()
    themes["energy"] = english
    return themes


@pytest.fixture
def subscribers(themes):
    """Energy: two confirmed (one chose it in English) and one paused; water: one; mobility:
    none. Plus one confirmed with no theme (all), two awaiting, one unsubscribed. Returns
    the first."""
    first = SubscriberFactory(themes=[themes["energie"], themes["eau"]])
    SubscriberFactory(themes=[themes["energy"]], language="en")
    SubscriberFactory(themes=[themes["energie"]], paused=True)
    SubscriberFactory()
    SubscriberFactory(themes=[themes["energie"]], unconfirmed=True)
    SubscriberFactory(unconfirmed=True)
    SubscriberFactory(themes=[themes["eau"]], unsubscribed=True)
    return first


@pytest.fixture
def sends(subscribers):
    """Today: three sent, one empty, one failed, one queued; two days ago: two sent."""
    now = timezone.now()
    statuses = [DigestStatus.SENT] * 3 + [
        DigestStatus.EMPTY,
        DigestStatus.FAILED,
        DigestStatus.QUEUED,
    ]
    for n, status in enumerate(statuses):
        DigestFactory(subscriber=subscribers, until=now - n * HOUR, status=status, created_at=now)
    for n in range(2):
        moment = now - 2 * DAY - n * HOUR
        DigestFactory(subscriber=subscribers, until=moment, created_at=moment)


def test_the_figures(sends, themes):
    counts = {theme.name: theme.subscribers for theme in figures.themes_followed()}
    assert counts == {"Énergie": 3, "Économies d'eau": 1, "Mobilité": 0}
    assert figures.totals() == {"confirmed": 4, "awaiting": 2, "paused": 1, "all_themes": 1}
    today = timezone.localdate()
    days = figures.last_sends()
    assert [day["day"] for day in days] == [today, today - 2 * DAY]
    assert {key: days[0][key] for key in ("sent", "empty", "failed", "pending")} == {
        "sent": 3,
        "empty": 1,
        "failed": 1,
        "pending": 1,
    }
    assert days[1]["sent"] == 2 and days[1]["failed"] == 0


def test_the_panel_shows_them_with_links(sends, themes):
    page = client_of("facilitator").get(reverse(HOME)).content.decode()
    assert "Abonnés aux alertes" in page
    assert "4 abonnés confirmés" in page
    assert "1 suspendu après des échecs d'envoi" in page
    assert "2 en attente de confirmation" in page
    subscribers = reverse(f"{SUBSCRIBERS}:index")
    assert f"{subscribers}?state=confirmed&amp;theme={themes['energie'].pk}" in page
    assert f"{subscribers}?state=awaiting" in page
    assert "Energy" not in page  # the French names
    today = timezone.localdate().isoformat()
    assert f"{reverse(f'{DIGESTS}:index')}?day={today}&amp;status=failed" in page


def test_the_panel_is_for_the_team_only(sends):
    assert "Abonnés aux alertes" not in (client_of("editor").get(reverse(HOME)).content.decode())
    assert "Abonnés aux alertes" in client_of("reader").get(reverse(HOME)).content.decode()


def test_without_any_subscriber_the_panel_says_so(themes):
    page = client_of("facilitator").get(reverse(HOME)).content.decode()
    assert "0 abonnés confirmés" in page
    assert "Aucun envoi d'alertes pour l'instant." in page


def test_the_panel_runs_a_fixed_number_of_queries(sends, themes, django_assert_max_num_queries):
    client = client_of("facilitator")
    client.get(reverse(HOME))
    with django_assert_max_num_queries(200) as before:
        client.get(reverse(HOME))
    now = timezone.now()
    for n in range(12):
        more = ThemeFactory(name=f"Thème {n}", slug=f"theme-{n}")
        subscriber = SubscriberFactory(themes=[more, themes["energie"]])
        DigestFactory(subscriber=subscriber, until=now - n * DAY, created_at=now - n * DAY)
    with django_assert_max_num_queries(len(before.captured_queries)):
        page = client.get(reverse(HOME)).content.decode()
    assert "16 abonnés confirmés" in page


def test_the_figures_read_in_a_fixed_number_of_queries(sends, django_assert_num_queries):
    with django_assert_num_queries(4):  # the default locale, then one query for each
        list(figures.themes_followed())
        figures.totals()
        figures.last_sends()
