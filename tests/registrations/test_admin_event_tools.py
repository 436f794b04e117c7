"""An event's tools for the day, in the admin: the printable sign-in sheet (confirmed people by
name, a column to sign, the waiting list apart) and attendance marking (saved, tampered ids
ignored, a bad value kept with a French message), and who may open them."""

import re

import pytest
from django.test import Client
from django.urls import reverse

from registrations.factories import RegistrationFactory
from registrations.models import Registration, Status
from registrations.personal_data import anonymise
from tests.second_factor import verified_login

from .admin_helpers import ACT, KEPT_OUT, admin_user_with, client_of, dated_event, in_year


def url(name, *args):
    return reverse(f"registrations_admin:{name}", args=args)


@pytest.fixture
def facilitator(site):
    return client_of("facilitator")


@pytest.fixture
def day(event):
    """Three confirmed (out of order by name), one waiting, one cancelled."""
    return {
        "zoe": RegistrationFactory(
            event=event, first_name="Zoé", last_name="Aubert", commune="Laval", role="Maire"
        ),
        "emile": RegistrationFactory(
            event=event, first_name="Émile", last_name="Écuyer", commune="Bais", role="Adjoint"
        ),
        "marc": RegistrationFactory(
            event=event, first_name="Marc", last_name="Durand", commune="Ernée", role="Technicien"
        ),
        "waiting": RegistrationFactory(
            event=event, status=Status.WAITING, first_name="Paul", last_name="Attente"
        ),
        "cancelled": RegistrationFactory(
            event=event, status=Status.CANCELLED, first_name="Léa", last_name="Partie"
        ),
    }


def test_the_sign_in_sheet(facilitator, event, day):
    response = facilitator.get(url("sign_in_sheet", event.pk))
    assert response.status_code == 200
    page = response.content.decode()
    assert event.title in page and "Mairie de Bais" in page
    assert "sign_in_sheet.css" in page and "Signature" in page
    confirmed, waiting = page.split('id="waiting-list"')
    names = re.findall(r'<th scope="row">([^<]+)</th>', confirmed)
    assert names == ["AUBERT Zoé", "DURAND Marc", "ÉCUYER Émile"]
    assert "Laval" in confirmed and "Technicien" in confirmed
    assert "ATTENTE Paul" in waiting and "ATTENTE Paul" not in confirmed
    assert "PARTIE" not in page
    assert "3 personnes inscrites" in page


def test_the_sign_in_sheet_of_an_event_without_places(facilitator, event):
    page = facilitator.get(url("sign_in_sheet", event.pk)).content.decode()
    assert "Personne n&#x27;a de place confirmée" in page or "Personne n'a de place" in page
    assert 'id="waiting-list"' not in page


def test_an_anonymised_person_signs_as_such(facilitator, event, day):
    anonymise(Registration.objects.filter(pk=day["marc"].pk))
    page = facilitator.get(url("sign_in_sheet", event.pk)).content.decode()
    assert "Personne anonymisée" in page and "DURAND" not in page


def test_the_attendance_form_lists_the_confirmed(facilitator, event, day):
    response = facilitator.get(url("attendance", event.pk))
    assert response.status_code == 200
    page = response.content.decode()
    for name in ("zoe", "emile", "marc"):
        assert f'name="attended-{day[name].pk}"' in page
    assert f'name="attended-{day["waiting"].pk}"' not in page
    assert "csrfmiddlewaretoken" in page


def test_marking_attendance(facilitator, event, day):
    response = facilitator.post(
        url("attendance", event.pk),
        {
            f"attended-{day['zoe'].pk}": "present",
            f"attended-{day['emile'].pk}": "absent",
            f"attended-{day['marc'].pk}": "",
        },
        follow=True,
    )
    assert response.status_code == 200
    assert "Présences enregistrées (présent·e·s : 1, absent·e·s : 1)" in response.content.decode()
    attended = dict(Registration.objects.values_list("pk", "attended"))
    assert attended[day["zoe"].pk] is True
    assert attended[day["emile"].pk] is False
    assert attended[day["marc"].pk] is None
    assert attended[day["waiting"].pk] is None


def test_ids_of_another_event_are_ignored(facilitator, event, day):
    other = dated_event(event.get_parent(), "Autre rencontre", in_year(2024))
    stranger = RegistrationFactory(event=other)
    response = facilitator.post(
        url("attendance", event.pk),
        {
            f"attended-{stranger.pk}": "present",
            f"attended-{day['waiting'].pk}": "present",
            f"attended-{day['zoe'].pk}": "present",
            "attended-abc": "present",
        },
    )
    assert response.status_code == 302
    stranger.refresh_from_db()
    day["waiting"].refresh_from_db()
    assert stranger.attended is None and day["waiting"].attended is None
    assert Registration.objects.get(pk=day["zoe"].pk).attended is True


def test_a_bad_value_keeps_what_was_ticked(facilitator, event, day):
    response = facilitator.post(
        url("attendance", event.pk),
        {f"attended-{day['zoe'].pk}": "present", f"attended-{day['emile'].pk}": "peut-être"},
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "Les présences n&#x27;ont pas été enregistrées" in page
    assert "Choisissez « présent·e », « absent·e » ou « non renseigné »." in page
    checked = re.search(rf'value="present"[^>]*name="attended-{day["zoe"].pk}"[^>]*checked', page)
    checked = checked or re.search(
        rf'name="attended-{day["zoe"].pk}"[^>]*value="present"[^>]*checked', page
    )
    assert checked
    assert not Registration.objects.filter(attended__isnull=False).exists()


def test_attendance_needs_the_csrf_token(event, day):
    client = Client(enforce_csrf_checks=True)
    verified_login(client, admin_user_with("animation2@exemple.fr", ACT, "Animation 2"))
    response = client.post(url("attendance", event.pk), {f"attended-{day['zoe'].pk}": "present"})
    assert response.status_code == 403
    assert Registration.objects.get(pk=day["zoe"].pk).attended is None


def test_a_reader_prints_the_sheet_but_marks_nothing(event, day):
    reader = client_of("reader")
    assert reader.get(url("sign_in_sheet", event.pk)).status_code == 200
    assert reader.get(url("attendance", event.pk)).status_code in (302, 403)
    reader.post(url("attendance", event.pk), {f"attended-{day['zoe'].pk}": "present"})
    assert Registration.objects.get(pk=day["zoe"].pk).attended is None


@pytest.mark.parametrize("kind", KEPT_OUT)
def test_the_days_tools_are_closed_to_everyone_else(event, day, kind):
    client = client_of(kind)
    for name in ("sign_in_sheet", "attendance"):
        response = client.get(url(name, event.pk))
        assert response.status_code in (302, 403), (kind, name)
        assert b"AUBERT" not in response.content
    client.post(url("attendance", event.pk), {f"attended-{day['zoe'].pk}": "present"})
    assert Registration.objects.get(pk=day["zoe"].pk).attended is None


def test_a_superuser_opens_them(admin_client, event, day):
    assert admin_client.get(url("sign_in_sheet", event.pk)).status_code == 200
    assert admin_client.get(url("attendance", event.pk)).status_code == 200


def test_not_an_event_is_a_404(facilitator, event):
    assert facilitator.get(url("attendance", event.get_parent().pk)).status_code == 404


@pytest.mark.parametrize("name", ["sign_in_sheet", "attendance"])
def test_the_days_tools_cost_the_same_with_more_people(
    facilitator, event, name, django_assert_max_num_queries
):
    RegistrationFactory.create_batch(2, event=event)
    RegistrationFactory(event=event, status=Status.WAITING)
    with django_assert_max_num_queries(40) as few:
        assert facilitator.get(url(name, event.pk)).status_code == 200
    RegistrationFactory.create_batch(18, event=event)
    RegistrationFactory.create_batch(5, event=event, status=Status.WAITING)
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert facilitator.get(url(name, event.pk)).status_code == 200


def test_saving_attendance_costs_the_same_with_more_people(
    facilitator, event, django_assert_max_num_queries
):
    def post_all(status="present"):
        data = {f"attended-{r.pk}": status for r in Registration.objects.confirmed()}
        return facilitator.post(url("attendance", event.pk), data)

    RegistrationFactory.create_batch(2, event=event)
    with django_assert_max_num_queries(40) as few:
        assert post_all().status_code == 302
    RegistrationFactory.create_batch(18, event=event)
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert post_all("absent").status_code == 302
