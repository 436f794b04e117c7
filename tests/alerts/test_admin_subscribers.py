"""The facilitator's list of alert subscribers in Wagtail's admin: columns, filters, search, the
CSV and Excel exports, a subscriber's page, resuming a paused address, deleting a subscriber,
and who may see and do any of it."""

import csv
import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook
from wagtail.models import Locale, ModelLogEntry

from alerts.admin_access import DIGESTS, FAILURES, SUBSCRIBERS
from alerts.factories import DeliveryFailureFactory, DigestFactory, SubscriberFactory
from alerts.models import DeliveryFailure, Digest, Frequency, Subscriber
from sheets.factories import CommuneFactory, ThemeFactory
from tests.factories import MemberFactory

from .admin_people import KEPT_OUT, client_of, url

INDEX = f"{SUBSCRIBERS}:index"


@pytest.fixture
def facilitator(site):
    return client_of("facilitator")


@pytest.fixture
def themes(locales):
    return {
        "energie": ThemeFactory(name="Énergie", slug="energie"),
        "eau": ThemeFactory(name="Économies d'eau", slug="economies-d-eau"),
    }


# The kinds the others follow: not aids (the filter by kind is tested with them).
SHEETS = ["experience", "technical", "event"]


@pytest.fixture
def people(themes, locales):
    """A member following energy monthly; a visitor following both themes weekly, in English;
    one awaiting confirmation, one paused after bounces, one unsubscribed."""
    english_energy = themes["energie"].copy_for_translation(Locale.objects.get(language_code="en"))
    english_energy.name = "Energy"
    english_energy.save()
    member = MemberFactory(email="elue@mairie-bais.exemple.fr")
    return {
        "member": SubscriberFactory(
            user=member,
            frequency=Frequency.MONTHLY,
            kinds=["experience", "resource"],
            themes=[themes["energie"]],
        ),
        "visitor": SubscriberFactory(
            email="zoe.aubert@exemple.fr",
            language="en",
            kinds=["aid"],
            themes=[english_energy, themes["eau"]],
            communes=[CommuneFactory(name="Bais", insee_code="53019")],
            epcis=["Communauté de communes des Coëvrons"],
        ),
        "awaiting": SubscriberFactory(email="attente@exemple.fr", unconfirmed=True, kinds=SHEETS),
        "paused": SubscriberFactory(
            email="rebond@exemple.fr", paused=True, frequency=Frequency.IMMEDIATE, kinds=SHEETS
        ),
        "unsubscribed": SubscriberFactory(
            email="parti@exemple.fr", unsubscribed=True, kinds=SHEETS
        ),
    }


def listed(client, **params):
    response = client.get(reverse(INDEX), params)
    assert response.status_code == 200
    return {s.email for s in response.context["object_list"]}


def test_the_list_shows_each_subscriber(facilitator, people):
    page = facilitator.get(reverse(INDEX)).content.decode()
    for subscriber in people.values():
        assert subscriber.email in page
    assert "Adhérent·e" in page and "Visiteur ou visiteuse" in page
    assert "une fois par mois" in page and "dès la publication" in page
    assert "fiches expérience, documents réservés aux adhérents" in page
    assert "En attente de confirmation" in page
    assert "Suspendu (échecs d&#x27;envoi)" in page or "Suspendu (échecs d'envoi)" in page
    assert "Désinscrit" in page
    rows = {s.email: s for s in facilitator.get(reverse(INDEX)).context["object_list"]}
    assert rows["zoe.aubert@exemple.fr"].themes_count == 2
    assert rows["attente@exemple.fr"].themes_count == 0


def test_the_filters(facilitator, people, themes):
    assert listed(facilitator, state="awaiting") == {"attente@exemple.fr"}
    assert listed(facilitator, state="paused") == {"rebond@exemple.fr"}
    assert listed(facilitator, state="unsubscribed") == {"parti@exemple.fr"}
    confirmed = {"elue@mairie-bais.exemple.fr", "zoe.aubert@exemple.fr", "rebond@exemple.fr"}
    assert listed(facilitator, state="confirmed") == confirmed
    assert listed(facilitator, state="receiving") == confirmed - {"rebond@exemple.fr"}
    assert listed(facilitator, frequency="monthly") == {"elue@mairie-bais.exemple.fr"}
    # The visitor chose the English translation of the theme: still found by the French one.
    assert listed(facilitator, theme=themes["energie"].pk) == {
        "elue@mairie-bais.exemple.fr",
        "zoe.aubert@exemple.fr",
    }
    assert listed(facilitator, theme=themes["eau"].pk) == {"zoe.aubert@exemple.fr"}
    assert listed(facilitator, kind="aid") == {"zoe.aubert@exemple.fr"}
    assert listed(facilitator, kind="resource") == {"elue@mairie-bais.exemple.fr"}
    assert listed(facilitator, member="member") == {"elue@mairie-bais.exemple.fr"}
    assert "elue@mairie-bais.exemple.fr" not in listed(facilitator, member="visitor")


def test_a_filter_given_nonsense_is_ignored_not_an_error(facilitator, people):
    response = facilitator.get(reverse(INDEX), {"state": "nimporte", "theme": "abc"})
    assert response.status_code == 200


def test_search_by_address(facilitator, people):
    assert listed(facilitator, q="zoe.aubert@") == {"zoe.aubert@exemple.fr"}
    assert listed(facilitator, q="MAIRIE-BAIS") == {"elue@mairie-bais.exemple.fr"}


def test_the_csv_export_has_the_facilitators_columns(facilitator, people):
    response = facilitator.get(reverse(INDEX), {"export": "csv", "state": "confirmed"})
    assert response.status_code == 200
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    by_email = {row["Adresse e-mail"]: row for row in rows}
    assert set(by_email) == {
        "elue@mairie-bais.exemple.fr",
        "zoe.aubert@exemple.fr",
        "rebond@exemple.fr",
    }
    visitor = by_email["zoe.aubert@exemple.fr"]
    assert visitor["Adhérent·e ou visiteur"] == "Visiteur ou visiteuse"
    assert visitor["Langue"] == "en"
    assert visitor["Fréquence"] == "une fois par semaine"
    assert visitor["Contenus suivis"] == "aides et accompagnements"
    assert set(visitor["Thèmes"].split(", ")) == {"Energy", "Économies d'eau"}
    assert visitor["Communes"] == "Bais"
    assert visitor["Intercommunalités"] == "Communauté de communes des Coëvrons"
    assert visitor["État"] == "Confirmé"
    assert by_email["rebond@exemple.fr"]["Échecs d'envoi consécutifs"] == "3"
    assert by_email["rebond@exemple.fr"]["Suspendu le"]
    assert "uid" not in rows[0] and "Uid" not in rows[0]
    assert response["Content-Disposition"].startswith('attachment; filename="abonnes-alertes-')


def test_the_excel_export(facilitator, people):
    response = facilitator.get(reverse(INDEX), {"export": "xlsx"})
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    rows = list(sheet.values)
    assert rows[0][0] == "Adresse e-mail"
    assert {row[0] for row in rows[1:]} == {s.email for s in people.values()}


def test_the_list_runs_a_fixed_number_of_queries(
    facilitator, people, themes, django_assert_max_num_queries
):
    facilitator.get(reverse(INDEX))  # the session, permissions and locales, once
    with django_assert_max_num_queries(21) as few:
        facilitator.get(reverse(INDEX))
    for n in range(20):
        SubscriberFactory(themes=list(themes.values()), kinds=["event"], failures=n % 2)
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert facilitator.get(reverse(INDEX)).status_code == 200
    with django_assert_max_num_queries(len(few.captured_queries) + 2):
        response = facilitator.get(reverse(INDEX), {"export": "csv"})
        b"".join(response.streaming_content)


def test_a_subscribers_page_shows_their_choices_and_links_to_their_sends(facilitator, people):
    visitor = people["visitor"]
    response = facilitator.get(url(SUBSCRIBERS, "inspect", visitor.pk))
    assert response.status_code == 200
    page = response.content.decode()
    assert "aides et accompagnements" in page
    assert "Energy" in page and "Bais" in page and "Coëvrons" in page
    assert f"{reverse(f'{DIGESTS}:index')}?q=zoe.aubert%40exemple.fr" in page
    assert f"{reverse(f'{FAILURES}:index')}?q=zoe.aubert%40exemple.fr" in page
    assert url(SUBSCRIBERS, "unpause", visitor.pk) not in page


def test_the_facilitator_resumes_a_paused_address(facilitator, people):
    paused = people["paused"]
    assert (
        url(SUBSCRIBERS, "unpause", paused.pk) in facilitator.get(reverse(INDEX)).content.decode()
    )
    assert url(SUBSCRIBERS, "unpause", paused.pk) in (
        facilitator.get(url(SUBSCRIBERS, "inspect", paused.pk)).content.decode()
    )
    page = facilitator.get(url(SUBSCRIBERS, "unpause", paused.pk))
    assert page.status_code == 200 and "rebond@exemple.fr" in page.content.decode()
    response = facilitator.post(url(SUBSCRIBERS, "unpause", paused.pk))
    assert response.status_code == 302
    paused.refresh_from_db()
    assert paused.paused_at is None and paused.failures == 0
    assert listed(facilitator, state="paused") == set()
    entry = ModelLogEntry.objects.get(action="alerts.unpause")
    assert entry.object_id == str(paused.pk) and entry.user.email == "animation@exemple.fr"
    # A second click (double submit, or another tab) changes nothing and says so.
    again = facilitator.post(url(SUBSCRIBERS, "unpause", paused.pk), follow=True)
    assert "ne sont pas suspendus" in again.content.decode()
    assert ModelLogEntry.objects.filter(action="alerts.unpause").count() == 1


def test_an_unknown_subscriber_is_a_404(facilitator, people):
    assert facilitator.get(url(SUBSCRIBERS, "unpause", 999999)).status_code == 404
    assert facilitator.get(url(SUBSCRIBERS, "inspect", 999999)).status_code == 404


def test_the_facilitator_deletes_a_subscriber_and_the_history_forgets_the_address(
    facilitator, people
):
    paused = people["paused"]
    DigestFactory(subscriber=paused)
    DeliveryFailureFactory(subscriber=paused)
    facilitator.post(url(SUBSCRIBERS, "unpause", paused.pk))
    assert facilitator.get(url(SUBSCRIBERS, "delete", paused.pk)).status_code == 200
    response = facilitator.post(url(SUBSCRIBERS, "delete", paused.pk))
    assert response.status_code == 302
    assert not Subscriber.objects.filter(pk=paused.pk).exists()
    assert not Digest.objects.filter(subscriber_id=paused.pk).exists()
    assert not DeliveryFailure.objects.filter(email="rebond@exemple.fr").exists()
    labels = set(
        ModelLogEntry.objects.filter(object_id=str(paused.pk)).values_list("label", flat=True)
    )
    assert labels == {"Abonné supprimé"}


def test_nobody_adds_or_edits_a_subscription_here(facilitator, admin_client, people):
    visitor = people["visitor"]
    for client in (facilitator, admin_client):
        assert client.get(url(SUBSCRIBERS, "add")).status_code in (302, 403)
        assert client.get(url(SUBSCRIBERS, "edit", visitor.pk)).status_code in (302, 403)
        client.post(url(SUBSCRIBERS, "edit", visitor.pk), {"frequency": "monthly"})
    visitor.refresh_from_db()
    assert visitor.frequency == Frequency.WEEKLY


@pytest.mark.parametrize("kind", KEPT_OUT)
def test_the_alerts_admin_is_closed_to_everyone_else(people, kind):
    client = client_of(kind)
    paused = people["paused"]
    for address in (
        reverse(INDEX),
        reverse(INDEX) + "?export=csv",
        url(SUBSCRIBERS, "inspect", paused.pk),
        url(SUBSCRIBERS, "unpause", paused.pk),
        url(SUBSCRIBERS, "delete", paused.pk),
        reverse(f"{DIGESTS}:index"),
        reverse(f"{FAILURES}:index"),
    ):
        response = client.get(address)
        assert response.status_code in (302, 403), (kind, address)
        body = b"".join(response) if response.streaming else response.content
        assert b"rebond@exemple.fr" not in body
    client.post(url(SUBSCRIBERS, "unpause", paused.pk))
    client.post(url(SUBSCRIBERS, "delete", paused.pk))
    paused.refresh_from_db()
    assert paused.paused_at is not None


def test_a_reader_reads_but_neither_resumes_nor_deletes(people):
    reader = client_of("reader")
    paused = people["paused"]
    page = reader.get(reverse(INDEX))
    assert page.status_code == 200 and "rebond@exemple.fr" in page.content.decode()
    assert url(SUBSCRIBERS, "unpause", paused.pk) not in page.content.decode()
    assert reader.get(reverse(f"{DIGESTS}:index")).status_code == 200
    assert reader.get(reverse(f"{FAILURES}:index")).status_code == 200
    assert reader.post(url(SUBSCRIBERS, "unpause", paused.pk)).status_code in (302, 403)
    assert reader.post(url(SUBSCRIBERS, "delete", paused.pk)).status_code in (302, 403)
    paused.refresh_from_db()
    assert paused.paused_at is not None


def test_the_menu_shows_alerts_to_the_team_only(people, admin_client):
    menu = "Alertes"
    assert menu in client_of("facilitator").get(reverse("wagtailadmin_home")).content.decode()
    assert menu in admin_client.get(reverse("wagtailadmin_home")).content.decode()
    editor_home = client_of("editor").get(reverse("wagtailadmin_home")).content.decode()
    assert reverse(INDEX) not in editor_home
