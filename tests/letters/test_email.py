"""The letter as an e-mail: what the editor previews, and what a subscriber receives (subject,
text and HTML parts, absolute links, nothing fetched from outside, the unsubscribe and
preferences links and headers), in the letter's language."""

import re

import pytest
from django.core import mail
from wagtail.models import Locale

from alerts import mailing
from core.translation import translate
from letters import emails
from tests.letters.conftest import make_letter, reader

pytestmark = pytest.mark.django_db


@pytest.fixture
def letter(content):
    body = [
        *__import__("tests.letters.conftest", fromlist=["FULL_BODY"]).FULL_BODY,
        ("featured_page", {"page": content.chaufferie, "text": "À lire.", "link_label": ""}),
    ]
    return make_letter(content, title="Lettre de mars", issue_number=12, body=body)


def test_the_letter_has_a_page_and_an_email_preview(letter):
    assert letter.preview_modes == [("", "Page"), ("email", "E-mail")]


def test_the_email_preview_is_the_email_with_the_editors_address(letter, rf, admin_user):
    request = rf.get("/")
    request.user = admin_user

    response = letter.serve_preview(request, "email")
    page = letter.serve_preview(request, "")

    html = response.content.decode()
    assert response.status_code == 200
    assert "<table" in html and "Lettre du réseau n° 12" in html
    assert "admin@exemple.fr" in html
    assert "Chaufferie bois de Bais" in html and "réservé" not in html
    assert page.status_code == 200
    assert '<article class="sheet letter">' in page.render().content.decode()


def test_what_a_subscriber_receives(letter, content):
    subscriber = reader("elue@bais.exemple.fr")

    email = emails.message(letter, subscriber)
    email.send()

    (sent,) = mail.outbox
    html = sent.alternatives[0][0]
    assert sent.to == ["elue@bais.exemple.fr"]
    assert sent.subject == "Lettre du réseau n° 12 – Lettre de mars"
    assert sent.extra_headers["List-Unsubscribe"] == f"<{mailing.unsubscribe_url(subscriber)}>"
    assert sent.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    for part in (sent.body, html):
        assert mailing.unsubscribe_url(subscriber) in part
        assert mailing.manage_url(subscriber) in part
        assert "Visite de la chaufferie" in part and "Fonds chaleur" in part
        assert "réservé" not in part and "Appel clos" not in part
    # Nothing for a mail client to fetch, every link absolute.
    assert not re.search(r"<(img|link|script|iframe|style)\b", html)
    assert " src=" not in html
    links = re.findall(r'href="([^"]*)"', html)
    assert links and all(link.startswith(("http://", "https://")) for link in links)
    assert f"http://testserver{content.chaufferie.url}" in html
    # The text part: paragraphs, links written out.
    assert "le guide (https://www.exemple.fr/guide)" in sent.body
    assert f"http://testserver{letter.url}" in sent.body
    assert "<p>" not in sent.body


def test_an_english_letter_is_written_in_english(letter, content, english_home_page):
    english = Locale.objects.get(language_code="en")
    translate(content.archive, english, {"title": "The network's letter"})
    letter_en = translate(letter, english, {"title": "March letter"})

    subject, text, html = emails.render(letter_en, reader("mayor@exemple.fr", language="en"))

    assert subject == "Network letter no. 12 – March letter"
    assert '<html lang="en">' in html
    assert "Unsubscribe" in html and "Unsubscribe:" in text
    # A French sheet not translated says it is in French.
    assert 'lang="fr"><a href="http://testserver/fiches-experiences/chaufferie' in html
