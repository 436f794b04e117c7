"""A visitor subscribes on /alertes/: the form (themes, communes, intercommunalities, public
kinds of content, frequency, letter, consent), double opt-in with the confirmation e-mail in
their language, every bad input answered in French with what was typed kept, the honeypot, the
rate limit, a double submit, a task backend down, and no way to learn which addresses are
subscribed."""

import logging
import re
from html import unescape
from unittest import mock

import pytest
from django.core import mail
from django.test import Client

from alerts.factories import SubscriberFactory
from alerts.models import Frequency, Subscriber
from sheets.factories import CommuneFactory, ThemeFactory
from tests.alerts.conftest import SUBSCRIBE_URL, subscribe
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

# Measured: 9 in French (the frame: the site, the locale, the menu's sections, the network's
# texts and settings; the form's lists: themes, communes, intercommunalities; the personal data
# page), 11 in English (the themes' English names, the personal data page's translation).
QUERY_BUDGET = {"fr": 10, "en": 12}


def page_text(response):
    return unescape(response.content.decode())


def test_the_form_shows_every_choice(themes, communes, privacy_page):
    response = Client().get(SUBSCRIBE_URL)
    html = page_text(response)
    assert response.status_code == 200
    assert response["Cache-Control"].count("no-store") == 1
    for text in (
        "Adresse e-mail",
        "Énergie",
        "Eau",
        "Laval (53000)",
        "Évron (53600)",
        "Communauté de communes des Coëvrons",
        "fiches expérience",
        "aides et accompagnements",
        "une fois par mois",
        "Recevoir aussi la lettre du réseau",
        "Chercher une commune",
    ):
        assert text in html, text
    # Visitors are never offered what only members may receive.
    assert "documents réservés aux adhérents" not in html
    assert 'value="resource"' not in html and 'value="question"' not in html
    # The intercommunalities are listed once each, checkbox groups have a legend.
    assert html.count('value="Communauté de communes des Coëvrons"') == 1
    assert "<legend>Thèmes</legend>" in html and "<legend>Communes</legend>" in html
    assert 'name="website"' in html and "alerts-trap" in html
    # The consent sentence links the personal data page.
    assert "En vous inscrivant, vous acceptez" in html
    assert f'href="{privacy_page.url}"' in html


def test_the_communes_are_in_french_alphabetical_order(communes):
    html = page_text(Client().get(SUBSCRIBE_URL))
    assert html.index("Bais (53160)") < html.index("Évron (53600)") < html.index("Laval (53000)")


def test_the_footer_links_the_form(site):
    html = Client().get("/").content.decode()
    footer = html[html.index('<footer class="site-footer"') :]
    assert f'href="{SUBSCRIBE_URL}">Recevoir les nouveautés</a>' in footer


def test_a_visitor_subscribes_unconfirmed_and_gets_the_confirmation(
    themes, communes, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = subscribe(
            email="Camille@Exemple.fr",
            themes=[themes["energy"].pk],
            communes=[communes["laval"].pk],
            epcis=["Laval Agglomération"],
            kinds=["experience", "event"],
            frequency="monthly",
        )
    assert response.status_code == 200
    assert "Vérifiez votre boîte de réception" in page_text(response)
    subscriber = Subscriber.objects.get()
    assert subscriber.email == "camille@exemple.fr" and subscriber.confirmed_at is None
    assert subscriber.language == "fr" and subscriber.user is None
    assert subscriber.kinds == ["experience", "event"]
    assert subscriber.frequency == Frequency.MONTHLY and subscriber.letter
    assert list(subscriber.themes.all()) == [themes["energy"]]
    assert list(subscriber.communes.all()) == [communes["laval"]]
    assert subscriber.epcis == ["Laval Agglomération"]
    assert not subscriber.is_active
    [email] = mail.outbox
    assert email.to == ["camille@exemple.fr"]
    assert email.subject == "Confirmez votre inscription aux alertes du réseau"
    link = re.search(r"http://testserver(/alertes/confirmer/[^/\s]+/)", email.body).group(1)
    html, mimetype = email.alternatives[0]
    assert mimetype == "text/html" and link in html and 'lang="fr"' in html
    # No unsubscribe header: the address is on no list until it is confirmed.
    assert "List-Unsubscribe" not in email.extra_headers
    assert Client().get(link).status_code == 200


def test_no_theme_or_commune_means_everything_and_the_letter_alone_is_enough():
    response = subscribe(kinds=None)
    assert response.status_code == 200
    subscriber = Subscriber.objects.get()
    assert subscriber.kinds == [] and subscriber.letter
    assert not subscriber.themes.exists() and not subscriber.communes.exists()


@pytest.mark.parametrize(
    "changes, message",
    [
        ({"email": ""}, "Indiquez votre adresse e-mail."),
        ({"email": "camille@"}, "Saisissez une adresse e-mail valide"),
        ({"kinds": None, "letter": None}, "Cochez au moins un type de contenu, ou la lettre"),
        ({"kinds": ["resource"]}, "Choisissez parmi les choix proposés."),
        ({"kinds": ["question"]}, "Choisissez parmi les choix proposés."),
        ({"themes": ["999999"]}, "Choisissez parmi les choix proposés."),
        ({"communes": ["pas-un-nombre"]}, "Choisissez parmi les choix proposés."),
        ({"epcis": ["Nulle part"]}, "Choisissez parmi les choix proposés."),
        ({"frequency": "daily"}, "Choisissez parmi les choix proposés."),
        ({"frequency": None}, "Choisissez la fréquence des envois."),
    ],
)
def test_bad_input_is_answered_in_french_with_what_was_typed(themes, communes, changes, message):
    data = {"email": "dominique@exemple.fr", "communes": [communes["bais"].pk], **changes}
    response = subscribe(**data)
    html = page_text(response)
    assert response.status_code == 400
    assert message in html and "Le formulaire contient" in html
    assert 'aria-invalid="true"' in html
    if "email" not in changes:
        assert 'value="dominique@exemple.fr"' in html
    if "communes" not in changes:
        assert re.search(rf'value="{communes["bais"].pk}"[^>]*checked', html)
    assert not Subscriber.objects.exists() and not mail.outbox


def test_the_honeypot_gets_the_same_page_and_nothing_is_saved_or_sent(
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        response = subscribe(website="http://spam.example")
    assert response.status_code == 200
    assert "Vérifiez votre boîte de réception" in page_text(response)
    assert not Subscriber.objects.exists() and not mail.outbox


def test_the_rate_limit_answers_429_and_keeps_the_form(settings):
    settings.ALERTS_SUBSCRIPTIONS_PER_HOUR = 2
    for n in (1, 2):
        assert subscribe(email=f"personne{n}@exemple.fr").status_code == 200
    response = subscribe(email="personne3@exemple.fr")
    html = page_text(response)
    assert response.status_code == 429
    assert "Trop d'inscriptions ont été envoyées depuis votre connexion" in html
    assert 'value="personne3@exemple.fr"' in html
    assert Subscriber.objects.count() == 2
    # Another connection is not held back.
    other = subscribe(Client(REMOTE_ADDR="192.0.2.7"), email="personne4@exemple.fr")
    assert other.status_code == 200 and Subscriber.objects.count() == 3


def test_a_double_submit_saves_one_subscription_and_sends_one_email(
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        first = subscribe()
        second = subscribe()
    assert first.status_code == second.status_code == 200
    assert Subscriber.objects.count() == 1 and len(mail.outbox) == 1


def test_subscribing_again_before_confirming_updates_the_choices(
    django_capture_on_commit_callbacks,
):
    subscribe(frequency="weekly")
    with django_capture_on_commit_callbacks(execute=True):
        subscribe(frequency="immediate", kinds=["aid"])
    subscriber = Subscriber.objects.get()
    assert subscriber.frequency == Frequency.IMMEDIATE and subscriber.kinds == ["aid"]
    assert subscriber.confirmed_at is None


def test_an_address_already_subscribed_is_not_revealed_nor_changed(
    themes, django_capture_on_commit_callbacks
):
    """Whoever types an address that already receives the alerts sees what a new address
    sees; the subscription keeps its choices and its owner is sent the manage link."""
    existing = SubscriberFactory(
        email="deja@exemple.fr", frequency=Frequency.MONTHLY, kinds=["faq"], language="en"
    )
    with django_capture_on_commit_callbacks(execute=True):
        new = subscribe(email="nouvelle@exemple.fr", themes=[themes["water"].pk])
        known = subscribe(email="DEJA@exemple.fr", themes=[themes["water"].pk])
    assert new.status_code == known.status_code == 200
    strip = [("nouvelle@exemple.fr", "X"), ("deja@exemple.fr", "X"), ("DEJA@exemple.fr", "X")]
    new_html, known_html = page_text(new), page_text(known)
    for address, placeholder in strip:
        new_html = new_html.replace(address, placeholder)
        known_html = known_html.replace(address, placeholder)
    csrf = re.compile(r'name="csrfmiddlewaretoken" value="[^"]+"')
    assert csrf.sub("", new_html) == csrf.sub("", known_html)
    existing.refresh_from_db()
    assert existing.frequency == Frequency.MONTHLY and existing.kinds == ["faq"]
    assert not existing.themes.exists() and existing.language == "en"
    confirmation, manage = mail.outbox
    assert confirmation.to == ["nouvelle@exemple.fr"]
    assert manage.to == ["deja@exemple.fr"]
    # In the owner's language, with the links to manage and to unsubscribe.
    assert (
        "/en/alertes/preferences/" in manage.body and "/en/alertes/desinscription/" in manage.body
    )
    assert "nothing was changed" in manage.body
    assert manage.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_a_member_address_is_left_alone_by_the_public_form(django_capture_on_commit_callbacks):
    account = UserFactory(email="elue@mairie.exemple.fr")
    member = SubscriberFactory(user=account, kinds=["resource", "question"], confirmed_at=None)
    with django_capture_on_commit_callbacks(execute=True):
        assert subscribe(email="elue@mairie.exemple.fr", kinds=["faq"]).status_code == 200
    member.refresh_from_db()
    assert member.kinds == ["resource", "question"]
    assert "/alertes/preferences/" in mail.outbox[0].body


def test_an_unsubscribed_address_must_confirm_again(django_capture_on_commit_callbacks):
    gone = SubscriberFactory(email="partie@exemple.fr", unsubscribed_at="2026-01-01T00:00Z")
    with django_capture_on_commit_callbacks(execute=True):
        subscribe(email="partie@exemple.fr", kinds=["aid"])
    gone.refresh_from_db()
    assert gone.kinds == ["aid"] and gone.unsubscribed_at is not None and not gone.is_active
    assert "/alertes/confirmer/" in mail.outbox[0].body


def test_a_task_backend_down_is_logged_and_the_visitor_still_told(
    django_capture_on_commit_callbacks, caplog
):
    with (
        mock.patch("alerts.subscription_tasks.send_subscription_email") as task,
        caplog.at_level(logging.ERROR, logger="alerts.subscription_tasks"),
        django_capture_on_commit_callbacks(execute=True),
    ):
        task.enqueue.side_effect = ConnectionError("no task backend")
        response = subscribe()
    assert task.enqueue.call_count == 1
    assert response.status_code == 200 and Subscriber.objects.count() == 1
    assert "was not queued" in caplog.text and not mail.outbox


def test_a_mail_server_down_is_recorded_not_raised(django_capture_on_commit_callbacks, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", 9  # nothing listens there
    with django_capture_on_commit_callbacks(execute=True):
        response = subscribe()
    assert response.status_code == 200
    subscriber = Subscriber.objects.get()
    assert subscriber.failures_recorded.get().kind == "unavailable"


def test_the_english_page_subscribes_in_english(themes, django_capture_on_commit_callbacks):
    response = Client().get("/en/alertes/")
    html = page_text(response)
    assert response.status_code == 200
    assert "Get the network's news" in html and "Energy" in html and "Eau" in html
    with django_capture_on_commit_callbacks(execute=True):
        sent = subscribe(url="/en/alertes/", email="sam@example.org")
    assert "Check your inbox" in page_text(sent)
    assert Subscriber.objects.get().language == "en"
    [email] = mail.outbox
    assert email.subject == "Confirm your subscription to the network's alerts"
    assert "http://testserver/en/alertes/confirmer/" in email.body
    assert 'lang="en"' in email.alternatives[0][0]


def test_a_signed_in_person_is_pointed_to_their_own_page(non_member_client):
    html = page_text(non_member_client.get(SUBSCRIBE_URL))
    assert 'href="/alertes/mes-alertes/"' in html


@pytest.mark.parametrize("language, url", [("fr", SUBSCRIBE_URL), ("en", "/en/alertes/")])
def test_the_page_runs_a_fixed_number_of_queries(
    language, url, themes, communes, privacy_page, english_home_page, django_assert_max_num_queries
):
    client = Client()
    client.get(url)  # what is read once and kept (site root paths, settings)
    with django_assert_max_num_queries(QUERY_BUDGET[language]) as few:
        assert client.get(url).status_code == 200
    for n in range(30):
        ThemeFactory(name=f"Thème {n}", slug=f"theme-{n}")
        CommuneFactory(name=f"Commune {n}", epci=f"Intercommunalité {n % 7}")
    with django_assert_max_num_queries(len(few)):
        assert client.get(url).status_code == 200
