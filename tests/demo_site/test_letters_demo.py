"""The letters' demo: the data file holds together, then the whole demo (loaded once for the
package: tests/demo_site/conftest.py): two letters in the archive, in French and in English, each
already sent to the demo's letter readers (when there are any), and nothing sent by e-mail."""

import pytest
from django.test import Client
from wagtail.models import Locale

from alerts.models import Subscriber
from demo.loaders.data import read
from letters import emails
from letters.models import DeliveryStatus, LetterDelivery, LetterIndexPage, LetterPage

DATA = read("letters")
SHEETS = {item["slug"]: item for item in read("experiences")}
THEMES = {item["slug"] for item in read("themes")}

pytestmark = pytest.mark.django_db


def test_the_data_names_what_exists_and_translates_every_block():
    for letter in DATA["letters"]:
        kinds = [next(iter(block)) for block in letter["body"]]
        assert [next(iter(block)) for block in letter["en"]["body"]] == kinds
        for block in letter["body"]:
            ((kind, value),) = block.items()
            if kind == "featured_page":
                assert "en" in SHEETS[value["page"]]
            if isinstance(value, dict) and "theme" in value:
                assert value["theme"] in THEMES


def test_two_letters_in_the_archive_in_both_languages(demo_db):
    client = Client()
    french = LetterIndexPage.objects.get(locale=Locale.get_default())
    english = french.get_translation(Locale.objects.get(language_code="en"))
    letters = LetterPage.objects.live().filter(locale=french.locale)

    assert letters.count() == 2
    for archive in (french, english):
        response = client.get(archive.url)
        assert response.status_code == 200
        assert len(response.context["letters"]) == 2
    for letter in letters:
        translation = letter.get_translation(english.locale)
        assert translation.live and translation.title != letter.title
        for page in (letter, translation):
            response = client.get(page.url)
            assert response.status_code == 200
            subject, _text, html = emails.render(page, Subscriber(email="lecteur@exemple.fr"))
            assert page.title in subject and "<table" in html


def test_the_demo_letters_are_marked_sent_to_the_letter_readers(demo_db):
    readers = Subscriber.objects.letter_readers().count()
    for letter in LetterPage.objects.filter(locale=Locale.get_default()):
        deliveries = letter.deliveries_of_all_languages()
        assert deliveries.count() == readers
        assert not deliveries.exclude(status=DeliveryStatus.SENT).exists()
    assert LetterDelivery.objects.count() == 2 * readers
