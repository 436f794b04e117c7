"""The event page's "S'inscrire" section: the places and dates, the same for every visitor and
without anyone's name; a member's own status with a cancel button and the one-click form; the
cancel view's rules; a cancelled event's page and card; "Mes inscriptions" on the dashboard."""

import datetime
from html import unescape

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

from core.translation import translate
from members_area.extensions import personal_data
from registrations import places
from registrations.factories import RegistrationFactory
from registrations.models import CancelledBy, Status
from sheets.factories import EventPageFactory
from sheets.models import RegistrationMode
from tests.factories import MemberFactory
from tests.registrations.conftest import visitor
from tests.registrations.flow import LOGIN, client_of, register_url

pytestmark = pytest.mark.django_db


def page(client, event):
    response = client.get(event.url)
    assert response.status_code == 200
    return response.content.decode()


def cancel_url(registration):
    return reverse("registrations:cancel_mine", args=[registration.pk])


def test_anonymous_visitors_see_places_dates_and_the_button(event):
    places.register(event, [visitor(1)])
    html = page(Client(), event)
    assert "Il reste 2 places sur 3." in html
    assert "Inscriptions jusqu’au" in html
    assert f'href="{register_url(event)}"' in html


def test_the_anonymous_page_names_nobody(event, member):
    places.register(event, [visitor(1)])
    RegistrationFactory(event=event, user=member)
    html = page(Client(), event)
    for personal in ("Visiteur 1", "camille.visiteur1", "Durand", "elue@mairie-bais", "Hélène"):
        assert personal not in html
    assert 'name="csrfmiddlewaretoken"' not in html  # nothing per visitor: the front cache keeps it
    assert "public" in Client().get(event.url)["Cache-Control"]


def test_full_with_and_without_waiting_list(event):
    places.register(event, [visitor(n) for n in (1, 2, 3)])
    html = page(Client(), event)
    assert "Complet – liste d’attente" in html and "S’inscrire sur la liste d’attente" in html
    event.waiting_list = False
    event.save()
    html = page(Client(), event)
    assert "<strong>Complet</strong>" in html and f'href="{register_url(event)}"' not in html


def test_a_members_only_event_sends_visitors_to_sign_in(event, non_member_user):
    event.registration_mode = RegistrationMode.MEMBERS
    event.save()
    html = page(Client(), event)
    assert "Réservées aux adhérents du réseau." in html
    assert "Se connecter pour s’inscrire" in html and "next=/inscriptions/" in html
    html = page(client_of(non_member_user), event)
    assert "n’est pas rattaché à une collectivité adhérente" in html


def test_not_yet_open_shows_the_opening_date(event):
    event.registration_opens_at = timezone.now() + datetime.timedelta(days=2)
    event.save()
    html = page(Client(), event)
    assert "Les inscriptions ouvriront le" in html and f'href="{register_url(event)}"' not in html


def test_a_member_not_registered_gets_the_one_click_form(event, member, colleague):
    html = page(client_of(member), event)
    assert "Vous n’êtes pas inscrit·e à ce rendez-vous." in html
    assert f'action="{register_url(event)}"' in html and "M’inscrire" in html
    assert "Marc Lefèvre" in html


def test_a_registered_member_sees_their_status_and_cancels(event, member, colleague):
    mine, theirs = places.register(
        event,
        [
            {**visitor(1, email=member.email), "user": member, "registered_by": None},
            {**visitor(2, email=colleague.email), "user": colleague},
        ],
        registered_by=member,
    )
    client = client_of(member)
    html = page(client, event)
    assert "Vous êtes inscrit·e à ce rendez-vous." in html
    assert f'action="{cancel_url(mine)}"' in html and f'action="{cancel_url(theirs)}"' in html
    response = client.post(cancel_url(mine), {"next": event.url})
    assert response.status_code == 302 and response["Location"] == event.url
    mine.refresh_from_db()
    assert mine.status == Status.CANCELLED and mine.cancelled_by == CancelledBy.PERSON
    html = unescape(page(client, event))
    assert "L'inscription de Camille Visiteur 1 est annulée" in html
    assert "Vous n’êtes pas inscrit·e à ce rendez-vous." in html


def test_a_waiting_member_sees_their_rank(event, member):
    places.register(event, [visitor(n) for n in (1, 2, 3, 4)])
    places.register(event, [{**visitor(9, email=member.email), "user": member}])
    assert "liste d’attente (rang 2)" in page(client_of(member), event)


CANCEL = {
    "person": 302,
    "registered_by": 302,
    "other_member": 404,
    "non_member": 403,
    "anonymous": "login",
    "staff": 302,
}


@pytest.mark.parametrize("who", list(CANCEL))
def test_who_may_cancel(event, member, colleague, admin_user, non_member_user, who):
    (registration,) = places.register(
        event, [{**visitor(1, email=colleague.email), "user": colleague}], registered_by=member
    )
    user = {
        "person": colleague,
        "registered_by": member,
        "other_member": MemberFactory(email="autre@exemple.fr"),
        "non_member": non_member_user,
        "anonymous": None,
        "staff": admin_user,
    }[who]
    response = client_of(user).post(cancel_url(registration))
    if CANCEL[who] == "login":
        assert response.status_code == 302 and response["Location"].startswith(LOGIN)
    else:
        assert response.status_code == CANCEL[who]
    registration.refresh_from_db()
    assert (registration.status == Status.CANCELLED) is (CANCEL[who] == 302)
    if who == "staff":
        assert registration.cancelled_by == CancelledBy.FACILITATOR


def test_cancelling_is_a_post_and_ids_are_checked(event, member):
    (registration,) = places.register(event, [{**visitor(1), "user": member}])
    assert client_of(member).get(cancel_url(registration)).status_code == 405
    assert client_of(member).post("/inscriptions/999999/annuler/").status_code == 404
    assert client_of(member).post("/inscriptions/abc/annuler/").status_code == 404
    response = client_of(member).post(cancel_url(registration), {"next": "https://ailleurs.fr/"})
    assert response["Location"] == reverse("members_area:dashboard")


def test_a_cancelled_event_says_so_on_its_page_and_card(event):
    event.is_cancelled = True
    event.save_revision().publish()
    html = page(Client(), event)
    assert "Ce rendez-vous est annulé." in html and "Annulé" in html
    assert f'href="{register_url(event)}"' not in html
    agenda = page(Client(), event.get_parent().specific)
    assert 'class="event__cancelled">Annulé</strong>' in agenda


def test_the_dashboard_lists_my_registrations(event, member):
    places.register(event, [{**visitor(1, email=member.email), "user": member}])
    past = EventPageFactory(
        parent=event.get_parent(),
        title="Rencontre de l'an passé",
        start=timezone.now() - datetime.timedelta(days=200),
    )
    RegistrationFactory(event=past, user=member, attended=True)
    html = client_of(member).get(reverse("members_area:dashboard")).content.decode()
    assert "Mes inscriptions" in html
    assert "Visite de la chaufferie bois de Bais" in html and "inscrit·e" in html
    assert "/inscriptions/annuler/" in html
    assert "Rencontre de l" in html and "présent·e" in html


def test_the_data_export_holds_the_registrations(event, member):
    places.register(event, [{**visitor(1, email=member.email), "user": member}])
    exported = personal_data(member)["event_registrations"]
    assert [row["event"] for row in exported] == ["Visite de la chaufferie bois de Bais"]


def test_the_english_page_shows_the_same_places(event, locales, english_home_page):
    translate(event.get_parent(), locales["en"], {"title": "Meetings"})
    english = translate(event, locales["en"], {"title": "Visit of the Bais wood boiler"})
    places.register(event, [visitor(1)])
    html = page(Client(), english)
    assert "2 places left out of 3." in html
    with translation.override("en"):
        assert f'href="{register_url(english)}"' in html
