"""Sending a letter from the admin: the test to the editor alone, the send to the letter's
readers (each in their language, once, whatever the presses), who may do which, what the editor
and the dashboard then show."""

import pytest
from django.core import mail
from django.urls import reverse
from wagtail.models import Locale

from alerts.models import Subscriber
from core.translation import translate
from letters.models import DeliveryStatus, LetterDelivery
from tests.letters.conftest import ago, make_letter, reader, staff_client

pytestmark = pytest.mark.django_db


def url(name, letter):
    return reverse(f"letters_admin:{name}", args=[letter.pk])


def edit_url(letter):
    return reverse("wagtailadmin_pages:edit", args=[letter.pk])


def messages_of(response):
    return [str(message) for message in response.context["messages"]]


@pytest.fixture
def readers(tree):
    """Who reads the letter, and who does not."""
    return {
        "fr": reader("elue@bais.exemple.fr"),
        "en": reader("mayor@exemple.fr", language="en"),
        "de": reader("buergermeister@exemple.de", language="de"),
        "unconfirmed": reader("pas-confirme@exemple.fr", confirmed_at=None),
        "paused": reader("en-pause@exemple.fr", paused_at=ago(days=1)),
        "left": reader("parti@exemple.fr", unsubscribed_at=ago(days=1)),
        "no_letter": reader("alertes-seulement@exemple.fr", letter=False),
    }


@pytest.fixture
def letter(tree):
    return make_letter(tree, title="Lettre de mars", body=[("text", "<p>Bonjour.</p>")])


@pytest.fixture
def letter_en(tree, letter, english_home_page):
    english = Locale.objects.get(language_code="en")
    translate(tree.archive, english, {"title": "The network's letter"})
    return translate(letter, english, {"title": "March letter"})


def test_a_test_goes_to_the_editor_alone_with_the_latest_draft(letter, readers, publisher):
    client, user = publisher
    draft = letter.get_latest_revision_as_object()
    draft.title = "Lettre de mars, relue"
    draft.save_revision()

    assert client.get(url("test", letter)).status_code == 200
    response = client.post(url("test", letter), follow=True)

    (sent,) = mail.outbox
    assert sent.to == [user.email]
    assert (
        sent.subject == f"[TEST] Lettre du réseau n° {letter.issue_number} – Lettre de mars, relue"
    )
    assert f"Test envoyé à {user.email}" in " ".join(messages_of(response))
    assert response.redirect_chain[-1][0] == edit_url(letter)
    assert not LetterDelivery.objects.exists()


def test_the_letter_goes_once_to_each_reader_in_their_language(
    letter, letter_en, readers, publisher, admin_client, django_capture_on_commit_callbacks
):
    client, _user = publisher

    confirmation = client.get(url("send", letter))
    with django_capture_on_commit_callbacks(execute=True):
        first = client.post(url("send", letter), follow=True)
    with django_capture_on_commit_callbacks(execute=True):
        again = client.post(url("send", letter), follow=True)
        # A superuser, who may publish the English letter too, presses it there.
        from_translation = admin_client.post(url("send", letter_en), follow=True)

    assert confirmation.context["total"] == 3
    page = confirmation.content.decode()
    assert "3 abonnés" in page
    # The German reader has no German letter: they are counted with the French one.
    assert "2 reçoivent la version « Lettre de mars » (Français)" in page
    assert "parmi eux, 1 abonné dont la langue n'a pas de traduction" in page
    subjects = {message.to[0]: message.subject for message in mail.outbox}
    assert subjects == {
        "elue@bais.exemple.fr": f"Lettre du réseau n° {letter.issue_number} – Lettre de mars",
        "mayor@exemple.fr": f"Network letter no. {letter.issue_number} – March letter",
        # No German translation: the French letter.
        "buergermeister@exemple.de": f"Lettre du réseau n° {letter.issue_number} – Lettre de mars",
    }
    assert LetterDelivery.objects.filter(status=DeliveryStatus.SENT).count() == 3
    assert set(LetterDelivery.objects.values_list("letter_id", "subscriber__language")) == {
        (letter.pk, "fr"),
        (letter_en.pk, "en"),
        (letter.pk, "de"),
    }
    assert "La lettre part à 3 abonnés" in " ".join(messages_of(first))
    for response in (again, from_translation):
        assert "Elle ne part pas une seconde fois" in " ".join(messages_of(response))
    for message in mail.outbox:
        assert message.extra_headers["List-Unsubscribe"].startswith("<http://testserver/")
        assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_the_editor_then_shows_when_and_to_how_many(
    letter, readers, publisher, django_capture_on_commit_callbacks
):
    client, _user = publisher
    before = client.get(edit_url(letter)).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url("send", letter))

    after = client.get(edit_url(letter)).content.decode()
    refused = client.get(url("send", letter), follow=True)

    assert "Pas encore envoyée" in before and url("send", letter) in before
    assert "Envoyée le" in after and "3 abonnés" in after
    assert "Partis : 3 ; échecs : 0 ; en attente : 0." in after
    assert "Elle ne part pas une seconde fois" in " ".join(messages_of(refused))


def test_a_draft_letter_is_not_sent(tree, readers, publisher):
    client, _user = publisher
    draft = make_letter(tree, publish=False)

    response = client.post(url("send", draft), follow=True)

    assert "Publiez la lettre" in " ".join(messages_of(response))
    assert not LetterDelivery.objects.exists() and not mail.outbox


def test_without_readers_nothing_is_sent_and_the_letter_stays_unsent(letter, publisher):
    client, _user = publisher
    response = client.post(url("send", letter), follow=True)
    assert "Aucun abonné" in " ".join(messages_of(response))
    assert letter.sending_summary() is None


def test_who_may_not_publish_may_test_but_not_send(letter, readers, writer):
    client, _user = writer

    assert client.get(url("test", letter)).status_code == 200
    for response in (client.get(url("send", letter)), client.post(url("send", letter))):
        # Wagtail's admin turns the refusal into its home page with a message.
        assert response.status_code == 302
        assert response["Location"] == reverse("wagtailadmin_home")
    assert not LetterDelivery.objects.exists() and not mail.outbox
    assert url("send", letter) not in client.get(edit_url(letter)).content.decode()


@pytest.mark.parametrize("name", ["test", "send"])
def test_anonymous_visitors_and_members_reach_no_admin_view(
    letter, readers, name, client, non_member_client
):
    for visitor in (client, non_member_client):
        response = visitor.post(url(name, letter))
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("wagtailadmin_login"))
    assert not mail.outbox and not LetterDelivery.objects.exists()


def test_the_dashboard_shows_the_last_letters_sent(
    letter, readers, publisher, admin_client, django_capture_on_commit_callbacks
):
    client, _user = publisher
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url("send", letter))
    Subscriber.objects.filter(email="elue@bais.exemple.fr").delete()

    html = admin_client.get(reverse("wagtailadmin_home")).content.decode()

    assert "Dernières lettres envoyées" in html
    panel = html[html.index("letters-last-sent") :]
    assert "Lettre de mars" in panel and edit_url(letter) in panel
    assert "<td>2</td>" in panel  # recipients (one deleted since), sent


def test_the_dashboard_links_a_letters_failures_to_the_failed_sends(
    letter, readers, publisher, admin_client, django_capture_on_commit_callbacks
):
    client, _user = publisher
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url("send", letter))
    failed = LetterDelivery.objects.order_by("pk").first()
    LetterDelivery.objects.filter(pk=failed.pk).update(status=DeliveryStatus.FAILED)
    html = admin_client.get(reverse("wagtailadmin_home")).content.decode()
    panel = html[html.index("letters-last-sent") :]
    assert f'<a href="{reverse("alerts_failures:index")}">1</a>' in panel


def test_the_dashboard_panel_is_for_those_who_edit_letters(tree, writer):
    other, _user = staff_client(tree, "agent@exemple.fr", [])
    writer_client, _writer = writer

    assert "letters-last-sent" in writer_client.get(reverse("wagtailadmin_home")).content.decode()
    assert "letters-last-sent" not in other.get(reverse("wagtailadmin_home")).content.decode()
