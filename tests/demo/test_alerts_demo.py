"""The alerts' demo (alert_subscribers.yaml, demo/loaders/alert_subscribers.py): the data file
holds together, and the loader builds subscribers of every kind with a history of digests over
the last weeks, which the facilitator's panel and lists show; a second load changes nothing."""

import datetime
import io
from collections import Counter

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale

from alerts import figures
from alerts.models import (
    MEMBERS_ONLY_KINDS,
    ContentKind,
    DeliveryFailure,
    Digest,
    DigestStatus,
    FailureKind,
    Frequency,
    Subscriber,
)
from demo.loaders import alert_subscribers as demo
from demo.loaders.data import read
from demo.loaders.taxonomy import ensure_communes, ensure_themes
from sheets.communes_data import read_rows
from tests.alerts.admin_people import client_of
from tests.factories import MemberFactory

DATA = read("alert_subscribers")
MEMBERS = {member["email"] for member in read("members")}
THEMES = {theme["slug"] for theme in read("themes")}


def test_the_data_file_holds_together():
    rows = read_rows()
    insee_codes = {row["insee_code"] for row in rows}
    epcis = {row["epci"] for row in rows}
    entries = DATA["subscribers"]
    emails = [entry["email"] for entry in entries]
    assert 20 <= len(entries) <= 30 and len(emails) == len(set(emails))
    kinds = set(ContentKind.values)
    for entry in entries:
        assert entry["email"].endswith("exemple.fr"), entry["email"]
        assert entry["frequency"] in Frequency.values
        assert set(entry["kinds"]) <= kinds
        if entry["email"] not in MEMBERS:
            assert not set(entry["kinds"]) & set(MEMBERS_ONLY_KINDS), entry["email"]
        assert set(entry.get("themes", [])) <= THEMES
        assert set(entry.get("communes", [])) <= insee_codes
        assert set(entry.get("epcis", [])) <= epcis
    states = Counter(entry.get("state", "confirmed") for entry in entries)
    assert states["paused"] == 1 and states["unsubscribed"] >= 1 and states["unconfirmed"] >= 2
    assert {entry["language"] for entry in entries} == {"fr", "en"}
    assert {entry["frequency"] for entry in entries} == set(Frequency.values)
    assert sum(entry["email"] in MEMBERS for entry in entries) >= 5
    (failed,) = DATA["digests"]["failed"]
    by_email = {entry["email"]: entry for entry in entries}
    assert by_email[failed["email"]]["frequency"] == Frequency.IMMEDIATE
    assert 0 < failed["days_ago"] < 7 and "state" not in by_email[failed["email"]]


@pytest.fixture
def loaded(locales):
    ensure_themes(Locale.get_default())
    ensure_communes()
    for email in {entry["email"] for entry in DATA["subscribers"]} & MEMBERS:
        MemberFactory(email=email)
    out = io.StringIO()
    demo.build(out)
    return out.getvalue()


def test_the_demo_has_subscribers_of_every_kind(loaded):
    assert "Abonnés aux alertes : 25 créés" in loaded
    subscribers = Subscriber.objects.all()
    assert subscribers.count() == len(DATA["subscribers"])
    members = subscribers.filter(user__isnull=False)
    assert members.count() >= 5
    assert all(s.email == s.user.email for s in members.select_related("user"))
    assert set(subscribers.values_list("language", flat=True)) == {"fr", "en"}
    assert set(subscribers.values_list("frequency", flat=True)) == set(Frequency.values)
    assert subscribers.filter(confirmed_at__isnull=True).count() >= 2
    assert subscribers.filter(unsubscribed_at__isnull=False).exists()
    (paused,) = subscribers.filter(paused_at__isnull=False)
    assert paused.failures == 3
    assert paused.paused_at < timezone.now() - datetime.timedelta(days=7)
    bounces = DeliveryFailure.objects.filter(subscriber=paused, kind=FailureKind.BOUNCE)
    assert bounces.count() == 3
    assert not paused.digests.filter(until__gt=paused.paused_at).exists()
    sophie = Subscriber.objects.get(email="sophie.guerin@laval-agglomeration.exemple.fr")
    assert {theme.slug for theme in sophie.themes.all()} == {
        "energie",
        "demarches-globales",
        "eclairage-public",
    }
    assert Subscriber.objects.filter(communes__isnull=False).distinct().count() >= 5
    assert Subscriber.objects.exclude(epcis=[]).count() >= 3


def test_they_have_a_history_of_digests(loaded):
    now = timezone.now()
    digests = Digest.objects.all()
    statuses = Counter(digests.values_list("status", flat=True))
    assert statuses[DigestStatus.SENT] > statuses[DigestStatus.EMPTY] > 0
    assert statuses[DigestStatus.FAILED] == 1
    assert not digests.filter(status__in=[DigestStatus.QUEUED, DigestStatus.SENDING]).exists()
    assert not digests.filter(created_at__gt=now).exists()
    assert digests.filter(created_at__lt=now - datetime.timedelta(weeks=5)).exists()
    assert not digests.filter(subscriber__confirmed_at__isnull=True).exists()
    for subscriber in Subscriber.objects.filter(unsubscribed_at__isnull=False):
        assert not subscriber.digests.filter(until__gt=subscriber.unsubscribed_at).exists()
    failed = digests.get(status=DigestStatus.FAILED)
    assert DeliveryFailure.objects.filter(
        subscriber=failed.subscriber, kind=FailureKind.REFUSED
    ).exists()
    # Each window follows the last.
    for subscriber in Subscriber.objects.exclude(digest_until=None):
        windows = list(subscriber.digests.order_by("until").values_list("since", "until"))
        assert windows[0][0] == subscriber.confirmed_at
        assert all(b[0] == a[1] for a, b in zip(windows, windows[1:], strict=False))
        assert subscriber.digest_until == windows[-1][1]


def test_the_facilitators_panel_and_lists_show_them(loaded):
    days = figures.last_sends()
    assert len(days) == 7 and sum(day["sent"] for day in days) > 0
    assert sum(day["failed"] for day in days) == 1
    assert sum(theme.subscribers for theme in figures.themes_followed()) > 10
    facilitator = client_of("facilitator")
    page = facilitator.get(reverse("wagtailadmin_home")).content.decode()
    assert "Abonnés aux alertes" in page and "Derniers envois d'alertes" in page
    for name in ("alerts_subscribers", "alerts_digests", "alerts_failures"):
        assert facilitator.get(reverse(f"{name}:index")).status_code == 200


def test_a_second_load_changes_nothing(loaded):
    before = (Subscriber.objects.count(), Digest.objects.count(), DeliveryFailure.objects.count())
    out = io.StringIO()
    demo.build(out)
    assert "0 créés (0 envois, 0 échecs d'envoi), 25 déjà là" in out.getvalue()
    after = (Subscriber.objects.count(), Digest.objects.count(), DeliveryFailure.objects.count())
    assert after == before
