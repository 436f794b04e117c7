"""The access matrix, extended to digests: every kind of user of the member area's matrix
(tests/members_area/conftest.py) subscribes to everything, and their digest (its content and
the e-mail it becomes) names the secret resource only when the site lets them open it, the
exchange's questions only when they are active members (a hidden one: staff only), never a page
under a view restriction nor a members-only part of a public page. Access is asked when the
digest is sent: a grant revoked after subscribing, or a membership that lapsed, is honoured."""

import pytest
from django.core import mail
from django.utils import timezone
from wagtail.models import PageViewRestriction

from alerts import digest_content, digest_emails, digest_sending, digests
from alerts.factories import DigestFactory, SubscriberFactory
from alerts.models import Subscriber
from members_area import access
from tests.exchange.conftest import EXCHANGE_ALLOWED, SECRET_QUESTION
from tests.factories import MemberFactory, QuestionFactory
from tests.members_area.conftest import ALLOWED, SECRET_TITLE, USER_KINDS, make_user

from .conftest import ALL_KINDS, ago, publish

pytestmark = pytest.mark.django_db

HIDDEN_QUESTION = "Question masquée Zorglub sur la chaufferie"
REPORT_TEXT = "Compte rendu réservé : le budget Quetzal dépasse de 12 %."
RESTRICTED_TITLE = "Fiche d'une section privée Quetzal"


@pytest.fixture
def content_of_every_kind(tree, question, asker, secret_resource):
    """Beside the secret resource and question: a hidden question, a public event with a
    members-only report, and a sheet under a view restriction."""
    QuestionFactory(author=asker, title=HIDDEN_QUESTION, themes=[], hidden_at=timezone.now())
    publish(
        tree,
        "event",
        tree.energie,
        "Rencontre Quetzal",
        report=f"<p>{REPORT_TEXT}</p>",
        report_members_only=True,
    )
    restricted = publish(tree, "experience", tree.energie, RESTRICTED_TITLE)
    PageViewRestriction.objects.create(page=restricted, restriction_type=PageViewRestriction.LOGIN)


def subscriber_of(kind, secret_resource, organisation, lapsed_organisation):
    """The kind's subscription to everything: a visitor's for "anonymous", else their account's."""
    user = make_user(kind, secret_resource, organisation, lapsed_organisation)
    return SubscriberFactory(user=user, kinds=ALL_KINDS)


def digest_text(subscriber):
    """Every title of the digest, and the e-mail's text and HTML."""
    until = timezone.now()
    content = digest_content.build(subscriber, ago(days=1), until)
    digest = DigestFactory(subscriber=subscriber, since=ago(days=1), until=until)
    _subject, text, html = digest_emails.render(digest, content)
    names = [item.title for section in content.sections for item in section.items]
    return names, text + html


@pytest.mark.parametrize("kind", USER_KINDS)
def test_a_digest_names_what_the_site_shows_each_kind_of_user(
    kind, content_of_every_kind, secret_resource, organisation, lapsed_organisation
):
    subscriber = subscriber_of(kind, secret_resource, organisation, lapsed_organisation)
    names, mail_text = digest_text(subscriber)
    assert "Rencontre Quetzal" in names  # the public part reaches everyone
    assert (SECRET_TITLE in names) is (kind in ALLOWED)
    assert (SECRET_TITLE in mail_text) is (kind in ALLOWED)
    assert (SECRET_QUESTION in names) is (kind in EXCHANGE_ALLOWED)
    assert (SECRET_QUESTION in mail_text) is (kind in EXCHANGE_ALLOWED)
    assert (HIDDEN_QUESTION in names) is (kind == "staff")
    assert RESTRICTED_TITLE not in mail_text  # the site's lists show it to nobody
    assert REPORT_TEXT not in mail_text  # public fields only, whoever reads


def test_a_grant_revoked_after_subscribing_is_honoured_when_sent(
    tree, secret_resource, organisation, lapsed_organisation
):
    subscriber = subscriber_of(
        "member_user_grant", secret_resource, organisation, lapsed_organisation
    )
    subscriber.confirmed_at = ago(days=8)
    subscriber.save()
    (before,) = digests.preview()
    assert SECRET_TITLE in [item.title for s in before[1].sections for item in s.items]

    digest = digests.plan(subscriber, timezone.now())
    access.revoke(secret_resource, subscriber.user)  # after planning, before sending
    publish(tree, "faq", tree.energie, "Une entrée publique")
    assert digest_sending.deliver(digest.pk) == "sent"
    (sent,) = mail.outbox
    assert "Une entrée publique" in sent.body
    assert SECRET_TITLE not in sent.body
    assert SECRET_TITLE not in sent.alternatives[0][0]


def test_a_membership_that_lapsed_since_subscribing_gets_the_public_digest(
    tree, question, secret_resource, organisation
):
    member = MemberFactory(organisation=organisation, email="elue@exemple.fr")
    access.set_open_to_all(secret_resource, True)
    subscriber = SubscriberFactory(user=member, kinds=ALL_KINDS)
    publish(tree, "faq", tree.energie, "Une entrée publique")
    assert {SECRET_TITLE, SECRET_QUESTION} <= set(digest_text(subscriber)[0])

    organisation.active_until = timezone.localdate() - timezone.timedelta(days=1)
    organisation.save()
    names = digest_text(Subscriber.objects.get(pk=subscriber.pk))[0]  # as the task reads it
    assert "Une entrée publique" in names
    assert SECRET_TITLE not in names and SECRET_QUESTION not in names
