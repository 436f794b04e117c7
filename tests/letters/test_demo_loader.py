"""The demo marks its letters as sent without sending anything: a delivery per letter reader,
in their language, dated the letter's day, once however often the demo is loaded."""

import pytest
from django.core import mail
from wagtail.models import Locale

from core.translation import translate
from demo.loaders.letters import mark_sent, sent_at
from letters.models import DeliveryStatus, LetterDelivery
from tests.letters.conftest import make_letter, reader

pytestmark = pytest.mark.django_db

DATA = {"sent_days_ago": 12}


def test_the_demo_letters_are_marked_sent_once_in_each_readers_language(
    tree, english_home_page, django_capture_on_commit_callbacks
):
    english = Locale.objects.get(language_code="en")
    translate(tree.archive, english, {"title": "The network's letter"})
    letter = make_letter(tree)
    letter_en = translate(letter, english, {"title": "March letter"})

    assert mark_sent(letter, DATA) == 0  # no subscriber yet: the letter is only archived
    reader("elue@bais.exemple.fr")
    reader("mayor@exemple.fr", language="en")
    reader("ancien@exemple.fr", unsubscribed_at=sent_at(DATA))
    with django_capture_on_commit_callbacks() as callbacks:
        made = [mark_sent(letter, DATA), mark_sent(letter, DATA)]

    assert made == [2, 0]
    rows = LetterDelivery.objects.values_list("letter_id", "subscriber__email", "status")
    assert set(rows) == {
        (letter.pk, "elue@bais.exemple.fr", DeliveryStatus.SENT),
        (letter_en.pk, "mayor@exemple.fr", DeliveryStatus.SENT),
    }
    assert letter.content_date() == sent_at(DATA)
    assert not callbacks and not mail.outbox
