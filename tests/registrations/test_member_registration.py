"""An active member registers in one click with their profile (nothing retyped), with colleagues
of their organisation if they wish, and answers the questions; members-only events take members
only."""

import uuid
from html import unescape

import pytest
from django.test import Client

from registrations import places
from registrations.models import Registration, Status
from sheets.models import RegistrationMode
from tests.factories import MemberFactory
from tests.registrations.conftest import visitor
from tests.registrations.flow import LOGIN, add_questions, answers, client_of, register_url

pytestmark = pytest.mark.django_db


def post(client, event, **data):
    return client.post(register_url(event), {"submission_key": str(uuid.uuid4()), **data})


def test_the_page_shows_the_profile_and_no_field_to_retype(event, member, colleague):
    html = unescape(client_of(member).get(register_url(event)).content.decode())
    assert "Hélène Durand" in html and "elue@mairie-bais.exemple.fr" in html
    assert "Commune de Bais (Adjointe à l'environnement)" in html
    assert 'name="first_name"' not in html and 'name="email"' not in html
    assert "Marc Lefèvre" in html and 'name="colleagues"' in html


def test_one_click_registers_the_member_from_their_profile(event, member):
    response = post(client_of(member), event)
    assert response.status_code == 200
    registration = Registration.objects.get()
    assert registration.user == member and registration.registered_by is None
    assert registration.organisation == member.member_profile.organisation
    assert (registration.first_name, registration.last_name) == ("Hélène", "Durand")
    assert registration.email == "elue@mairie-bais.exemple.fr"
    assert registration.commune == "Commune de Bais"
    assert registration.role == "Adjointe à l'environnement"


def test_with_a_colleague_and_the_questions(event, member, colleague):
    questions = add_questions(event)
    data = {"colleagues": [colleague.pk], **answers(questions, bus="non")}
    response = post(client_of(member), event, **data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Hélène Durand" in html and "Marc Lefèvre" in html
    mine, theirs = Registration.objects.order_by("pk")
    assert theirs.user == colleague and theirs.registered_by == member
    assert mine.registered_by is None
    assert theirs.answers[2] == {"question": "Venez-vous en car ?", "answer": "Non"}


def test_a_registered_member_may_still_register_colleagues(event, member, colleague):
    post(client_of(member), event)
    html = client_of(member).get(register_url(event)).content.decode()
    assert "Vous êtes déjà inscrit·e à ce rendez-vous" in html and "Marc Lefèvre" in html
    assert post(client_of(member), event).status_code == 400  # nobody ticked
    assert post(client_of(member), event, colleagues=[colleague.pk]).status_code == 200
    assert Registration.objects.filter(user=colleague, registered_by=member).exists()
    html = client_of(member).get(register_url(event)).content.decode()
    assert 'name="colleagues"' not in html  # nobody left to register


@pytest.mark.parametrize("bad", ["abc", "999999", "-1"])
def test_a_colleague_not_offered_is_refused(event, member, bad):
    response = post(client_of(member), event, colleagues=[bad])
    assert response.status_code == 400
    assert "Choisissez parmi les collègues proposés." in response.content.decode()
    assert not Registration.objects.exists()


def test_a_member_of_another_organisation_is_not_a_colleague(event, member):
    stranger = MemberFactory(email="autre@exemple.fr")
    assert post(client_of(member), event, colleagues=[stranger.pk]).status_code == 400
    assert not Registration.objects.exists()


def test_at_most_the_configured_number_of_colleagues(event, member, organisation, settings):
    settings.REGISTRATIONS_MAX_COLLEAGUES = 1
    others = [MemberFactory(organisation=organisation, email=f"c{n}@bais.fr") for n in (1, 2)]
    response = post(client_of(member), event, colleagues=[o.pk for o in others])
    assert response.status_code == 400
    assert "Vous pouvez inscrire 1 collègues au plus." in response.content.decode()


def test_more_people_than_places_without_waiting_list(event, member, organisation):
    event.waiting_list = False
    event.save()
    places.register(event, [visitor(1), visitor(2)])
    colleague = MemberFactory(organisation=organisation, email="c1@bais.fr")
    response = post(client_of(member), event, colleagues=[colleague.pk])
    assert response.status_code == 409
    assert "Il ne reste que 1 place(s)" in response.content.decode()
    assert Registration.objects.count() == 2


def test_a_member_on_the_waiting_list_sees_their_rank(event, member):
    places.register(event, [visitor(n) for n in (1, 2, 3, 4)])
    response = post(client_of(member), event)
    assert "liste d’attente (rang 2)" in response.content.decode()
    assert Registration.objects.get(user=member).status == Status.WAITING


def test_members_only_event(event, member, non_member_user):
    event.registration_mode = RegistrationMode.MEMBERS
    event.save()
    response = Client().get(register_url(event))
    assert response.status_code == 302
    assert response["Location"].startswith(LOGIN) and "next=/inscriptions/" in response["Location"]
    assert client_of(non_member_user).get(register_url(event)).status_code == 403
    assert client_of(member).get(register_url(event)).status_code == 200
    visitor_post = {"first_name": "Bot", "last_name": "X", "email": "x@x.fr", "commune": "X"}
    assert Client().post(register_url(event), visitor_post).status_code == 302
    assert not Registration.objects.exists()


def test_staff_register_with_their_account(event, admin_user):
    response = post(client_of(admin_user), event)
    assert response.status_code == 200
    registration = Registration.objects.get()
    assert registration.user == admin_user and registration.organisation is None
