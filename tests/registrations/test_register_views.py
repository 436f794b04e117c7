"""A visitor registers on the registration page: the form and the event's questions, what is
saved, and every bad input answered with a French message and what was typed kept (never a
500); the honeypot, the rate limit, a double submit; closed, cancelled, past and unknown events;
the English page."""

import datetime
import uuid
from html import unescape

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone, translation

from core.translation import translate
from registrations import places
from registrations.models import Registration, Status
from sheets.models import RegistrationMode
from tests.registrations.conftest import visitor
from tests.registrations.flow import add_questions, answers, register_url, visitor_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def questions(event):
    return add_questions(event)


def post(event, data, client=None, key=None):
    data = {"submission_key": str(key or uuid.uuid4()), **data}
    return (client or Client()).post(register_url(event), data)


def test_the_form_shows_the_fields_and_the_questions(event, questions):
    response = Client().get(register_url(event))
    html = response.content.decode()
    assert response.status_code == 200
    for label in ("Prénom", "Adresse e-mail", "Collectivité ou structure", "Fonction"):
        assert label in html
    assert (
        "Quel atelier ?" in html and "Réseau de chaleur" in html and "Venez-vous en car ?" in html
    )
    assert 'name="website"' in html and 'name="submission_key"' in html
    assert response["Cache-Control"].count("no-store") == 1


def test_a_visitor_registers_with_answers(event, questions, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = post(event, {**visitor_data(1), **answers(questions)})
    html = response.content.decode()
    assert response.status_code == 200
    assert "inscription confirmée" in html and "Un e-mail de confirmation" in html
    registration = Registration.objects.get()
    assert registration.event == event and registration.status == Status.CONFIRMED
    assert registration.user is None and registration.language == "fr"
    assert registration.commune == "Communauté de communes du Mont des Avaloirs"
    assert registration.answers == [
        {"question": "Régime alimentaire", "answer": "Végétarien"},
        {"question": "Quel atelier ?", "answer": "Chaufferie"},
        {"question": "Venez-vous en car ?", "answer": "Oui"},
    ]
    assert [m.to for m in mail.outbox] == [["camille.visiteur1@exemple.fr"]]


def test_an_optional_question_may_stay_empty(event, questions):
    response = post(event, {**visitor_data(1), **answers(questions, diet="")})
    assert response.status_code == 200
    assert Registration.objects.get().answers[0] == {"question": "Régime alimentaire", "answer": ""}


@pytest.mark.parametrize(
    "change, message",
    [
        ({"first_name": ""}, "Indiquez votre prénom."),
        ({"last_name": "  "}, "Indiquez votre nom."),
        ({"email": ""}, "Indiquez votre adresse e-mail"),
        ({"email": "camille@"}, "Saisissez une adresse e-mail valide."),
        ({"commune": ""}, "Indiquez votre collectivité ou votre structure."),
        ({"role": ""}, "Indiquez votre fonction"),
        ({"workshop": "Piscine"}, "Choisissez une des réponses proposées."),
        ({"bus": "peut-être"}, "Choisissez une des réponses proposées."),
        ({"bus": ""}, "Répondez à cette question."),
        ({"submission_key": "pas-une-clé"}, "UUID"),
    ],
)
def test_bad_input_keeps_what_was_typed(event, questions, change, message):
    workshop, bus = change.pop("workshop", "Chaufferie"), change.pop("bus", "oui")
    data = {**visitor_data(1, role="Technicien bâtiments"), **answers(questions, workshop, bus)}
    data.update(change)
    response = Client().post(register_url(event), data)
    html = response.content.decode()
    assert response.status_code == 400
    assert message in html or message == "UUID"
    assert "Le formulaire contient" in html
    if "role" not in change:
        assert 'value="Technicien bâtiments"' in html
    assert not Registration.objects.exists()


def test_the_honeypot_gets_the_same_page_and_nothing_is_saved(event):
    response = post(event, visitor_data(1, website="http://spam.example"))
    assert response.status_code == 200
    assert "Inscription enregistrée" in response.content.decode()
    assert not Registration.objects.exists() and not mail.outbox


def test_the_rate_limit_answers_429_and_keeps_the_form(event, settings):
    settings.REGISTRATIONS_PER_HOUR = 2
    for n in (1, 2):
        assert post(event, visitor_data(n)).status_code == 200
    response = post(event, visitor_data(3, role="Maire délégué"))
    html = response.content.decode()
    assert response.status_code == 429
    assert "Trop d'inscriptions ont été envoyées depuis votre connexion" in unescape(html)
    assert 'value="Maire délégué"' in html
    assert Registration.objects.count() == 2


def test_a_double_submit_registers_once(event):
    key = uuid.uuid4()
    first = post(event, visitor_data(1), key=key)
    second = post(event, visitor_data(1), key=key)
    assert first.status_code == second.status_code == 200
    assert "inscription confirmée" in second.content.decode()
    assert Registration.objects.count() == 1


def test_the_same_address_twice_is_refused_with_the_form(event):
    post(event, visitor_data(1))
    response = post(event, visitor_data(1, email="CAMILLE.visiteur1@exemple.fr", role="Élue"))
    html = response.content.decode()
    assert response.status_code == 409
    assert "déjà inscrit·e à ce rendez-vous" in html and 'value="Élue"' in html
    assert Registration.objects.count() == 1


def test_a_full_event_puts_on_the_waiting_list_with_a_rank(event):
    places.register(event, [visitor(n) for n in (11, 12, 13, 14)])
    # Whoever lands on the form knows before sending it.
    form = Client().get(register_url(event)).content.decode()
    assert "Complet – liste d’attente" in form
    assert ">S’inscrire sur la liste d’attente</button>" in form
    response = post(event, visitor_data(1))
    html = response.content.decode()
    assert response.status_code == 200
    assert "liste d’attente (rang 2)" in html
    assert Registration.objects.get(email="camille.visiteur1@exemple.fr").status == Status.WAITING


def test_a_full_event_without_waiting_list_says_so(event):
    event.waiting_list = False
    event.save()
    places.register(event, [visitor(n) for n in (11, 12, 13)])
    response = Client().get(register_url(event))
    assert response.status_code == 200
    assert "Ce rendez-vous est complet." in response.content.decode()
    assert post(event, visitor_data(1)).status_code == 409


CLOSED = {
    "none": ({"registration_mode": RegistrationMode.NONE}, "ne se fait pas sur ce site"),
    "cancelled": ({"is_cancelled": True}, "Ce rendez-vous est annulé"),
    "past": ({"start": timezone.now() - datetime.timedelta(days=3), "end": None}, "est passé"),
    "not_open": (
        {"registration_opens_at": timezone.now() + datetime.timedelta(days=2)},
        "Les inscriptions ouvriront le",
    ),
    "closed": (
        {"registration_closes_at": timezone.now() - datetime.timedelta(hours=1)},
        "Les inscriptions sont closes depuis le",
    ),
}


@pytest.mark.parametrize("state", list(CLOSED))
def test_a_closed_event_gets_a_french_page(event, state):
    fields, message = CLOSED[state]
    for name, value in fields.items():
        setattr(event, name, value)
    event.save()
    response = Client().get(register_url(event))
    assert response.status_code == 200 and message in unescape(response.content.decode())
    response = post(event, visitor_data(1))
    assert response.status_code == 409 and message in unescape(response.content.decode())
    assert not Registration.objects.exists()


@pytest.mark.parametrize("path", ["999999/", "abc/", "99999999999999999999999/", "-1/", "1.5/"])
def test_unknown_or_malformed_ids_are_404(event, path):
    assert Client().get(f"/inscriptions/{path}").status_code == 404
    assert Client().post(f"/inscriptions/{path}", visitor_data(1)).status_code == 404


def test_an_unpublished_event_is_404(event):
    event.unpublish()
    assert Client().get(register_url(event)).status_code == 404


def test_registering_from_the_english_page(event, questions, locales, english_home_page):
    translate(event.get_parent(), locales["en"], {"title": "Meetings"})
    english = translate(
        event,
        locales["en"],
        {
            "title": "Visit of the Bais wood boiler",
            "registration_questions": [
                {"label": "Diet"},
                {"label": "Which workshop?", "choices": "Boiler\nHeat network"},
                {"label": "Coming by coach?"},
            ],
        },
    )
    en_questions = list(english.registration_questions.order_by("sort_order"))
    with translation.override("en"):
        url = register_url(english)
    assert url.startswith("/en/inscriptions/")
    html = Client().get(url).content.decode()
    assert "Visit of the Bais wood boiler" in html and "Which workshop?" in html
    assert "First name" in html or "Prénom" not in html
    data = {**visitor_data(1), **answers(en_questions, "Heat network", "oui", "")}
    response = Client().post(url, {"submission_key": str(uuid.uuid4()), **data})
    assert response.status_code == 200, response.content.decode()[:2000]
    registration = Registration.objects.get()
    assert registration.event_id == event.pk and registration.language == "en"
    assert registration.answers[1:] == [
        {"question": "Which workshop?", "answer": "Heat network"},
        {"question": "Coming by coach?", "answer": "Yes"},
    ]
