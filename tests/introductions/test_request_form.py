"""The request form: clear French errors next to the fields, nothing typed lost, one request
however often the form is sent, and a daily limit."""

from django.test import override_settings
from django.urls import reverse

from introductions.models import IntroductionRequest
from sheets.factories import ExperienceSheetPageFactory
from tests.introductions.conftest import client_of


def url(sheet):
    return reverse("introductions:ask", args=[sheet.pk])


def test_the_form_explains_what_happens(sheet, requester):
    html = client_of(requester).get(url(sheet)).content.decode()
    assert "Être mis en relation avec Bais" in html
    assert "Visiter la réalisation" in html and "Obtenir des documents" in html
    assert 'name="submission_key"' in html


def test_errors_in_french_next_to_the_fields(sheet, requester):
    response = client_of(requester).post(url(sheet), {"message": "   "})
    assert response.status_code == 400
    html = response.content.decode()
    assert "Choisissez l&#x27;objet de votre demande." in html
    assert "Écrivez un court message" in html
    assert 'aria-describedby="id_message_error id_message_helptext"' in html
    assert not IntroductionRequest.objects.exists()


def test_a_long_message_is_refused_and_kept(sheet, requester):
    text = "Nous aimerions savoir " + "beaucoup " * 130
    response = client_of(requester).post(url(sheet), {"purpose": "call", "message": text})
    assert response.status_code == 400
    html = response.content.decode()
    assert "trop long" in html and "1000 caractères au plus" in html
    assert "beaucoup beaucoup" in html  # nothing lost


def test_the_same_form_sent_twice_makes_one_request(sheet, requester):
    client = client_of(requester)
    form = client.get(url(sheet)).context["form"]
    key = form["submission_key"].value()
    data = {"purpose": "visit", "message": "Bonjour", "submission_key": key}
    first = client.post(url(sheet), data)
    second = client.post(url(sheet), data)
    assert first.status_code == second.status_code == 302
    assert first["Location"] == second["Location"]
    assert IntroductionRequest.objects.count() == 1


@override_settings(INTRODUCTIONS_REQUESTS_PER_DAY=1)
def test_the_daily_limit(site, sheet, requester, users):
    other_sheet = ExperienceSheetPageFactory(parent=sheet.get_parent(), contact_email="")
    client = client_of(requester)
    assert client.post(url(sheet), {"purpose": "visit", "message": "Un"}).status_code == 302
    response = client.post(url(other_sheet), {"purpose": "visit", "message": "Deux"})
    assert response.status_code == 429
    assert "réessayez demain" in response.content.decode()
    assert "Deux" in response.content.decode()
    assert IntroductionRequest.objects.count() == 1
