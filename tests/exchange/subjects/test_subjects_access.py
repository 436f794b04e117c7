"""Who may open each subject page and action: anonymous visitors are sent to sign in,
signed-in non-members and lapsed members get the "not a member" page (403) and nothing of the
subjects (titles, communes, counts); members read and write; staff manage."""

import pytest
from django.urls import reverse

from exchange.models import Subject, SubjectStatus, SubjectSupport
from tests.factories import MemberFactory, MemberOrganisationFactory, SubjectFactory

from .conftest import EXCHANGE_ALLOWED, EXCHANGE_KINDS, signed_in

pytestmark = pytest.mark.django_db

SECRET_SUBJECT = "Méthaniseur collectif de Zéphyrin"
SECRET_COMMUNE = "Commune de Quelaines-Saint-Gault"
LOGIN_PATH = "/adherents/connexion/"


@pytest.fixture
def secret_subject(site):
    commune = MemberOrganisationFactory(name=SECRET_COMMUNE)
    author = MemberFactory(organisation=commune, email="auteur.secret@exemple.fr")
    subject = SubjectFactory(title=SECRET_SUBJECT, author=author)
    SubjectSupport.objects.create(subject=subject, user=author, organisation=commune)
    return subject


def assert_nothing_leaks(response):
    content = response.content.decode()
    assert SECRET_SUBJECT not in content
    assert SECRET_COMMUNE not in content
    assert "soutenu par" not in content


def assert_login_redirect(response):
    assert response.status_code == 302
    assert response["Location"].startswith(LOGIN_PATH)


def check_refused(kind, response):
    if kind == "anonymous":
        assert_login_redirect(response)
    else:
        assert response.status_code in (403, 404)
        assert_nothing_leaks(response)


@pytest.mark.parametrize("kind", EXCHANGE_KINDS)
@pytest.mark.parametrize("name", ["subjects", "subject"])
def test_reading(exchange_client_for, secret_subject, kind, name):
    client = exchange_client_for(kind)
    args = [secret_subject.pk] if name == "subject" else []
    response = client.get(reverse(f"exchange:{name}", args=args))
    if kind in EXCHANGE_ALLOWED:
        assert response.status_code == 200
        assert SECRET_SUBJECT in response.content.decode()
        assert SECRET_COMMUNE in response.content.decode()
        assert "private" in response["Cache-Control"]
    else:
        check_refused(kind, response)
        if kind != "anonymous":
            assert "members_area/not_member.html" in [t.name for t in response.templates]


@pytest.mark.parametrize("kind", EXCHANGE_KINDS)
def test_proposing(exchange_client_for, site, kind):
    client = exchange_client_for(kind)
    url = reverse("exchange:propose_subject")
    expected = 200 if kind in EXCHANGE_ALLOWED else 302 if kind == "anonymous" else 403
    assert client.get(url).status_code == expected
    data = {"title": "Visite d'un réseau de chaleur", "description": "Pour voir."}
    response = client.post(url, data)
    if kind in EXCHANGE_ALLOWED:
        assert response.status_code == 302
        assert Subject.objects.filter(title="Visite d'un réseau de chaleur").count() == 1
    else:
        check_refused(kind, response)
        assert not Subject.objects.exists()


@pytest.mark.parametrize("kind", EXCHANGE_KINDS)
def test_supporting(exchange_client_for, secret_subject, kind):
    client = exchange_client_for(kind)
    response = client.post(reverse("exchange:support_subject", args=[secret_subject.pk]))
    if kind == "member_without_grant":
        assert response.status_code == 302
        assert secret_subject.supports.filter(user=client.user).exists()
    elif kind == "staff":  # no organisation: nothing that could count
        assert response.status_code == 302
        assert not secret_subject.supports.filter(user=client.user).exists()
    else:
        check_refused(kind, response)
        assert secret_subject.supports.count() == 1


@pytest.mark.parametrize("kind", EXCHANGE_KINDS)
@pytest.mark.parametrize(
    "name,data",
    [
        ("answer_subject", {"facilitator_answer": "Une rencontre est à l'étude."}),
        ("merge_subject", {"target": ""}),
        ("plan_subject", {"event": ""}),
        ("draft_subject_event", {"start": "2030-05-12T18:00"}),
    ],
)
def test_facilitator_actions(exchange_client_for, secret_subject, kind, name, data):
    client = exchange_client_for(kind)
    response = client.post(reverse(f"exchange:{name}", args=[secret_subject.pk]), data)
    secret_subject.refresh_from_db()
    if kind == "staff":
        assert response.status_code in (302, 400)
        return
    if kind == "member_without_grant":
        assert response.status_code == 403
    else:
        check_refused(kind, response)
    assert secret_subject.status == SubjectStatus.PROPOSED
    assert secret_subject.facilitator_answer == ""


@pytest.mark.parametrize("kind", EXCHANGE_KINDS)
def test_hidden_subject(exchange_client_for, secret_subject, kind):
    """A hidden subject: 404 for every member but its author; staff still see it."""
    Subject.objects.filter(pk=secret_subject.pk).update(hidden_at="2026-01-01T00:00Z")
    client = exchange_client_for(kind)
    response = client.get(secret_subject.get_absolute_url())
    if kind == "staff":
        assert response.status_code == 200
    elif kind == "anonymous":
        assert_login_redirect(response)
    else:
        assert response.status_code in (403, 404)
        assert_nothing_leaks(response)
    listing = client.get(reverse("exchange:subjects"))
    assert SECRET_SUBJECT not in listing.content.decode()


def test_hidden_subject_shown_to_its_author(site, secret_subject):
    Subject.objects.filter(pk=secret_subject.pk).update(hidden_at="2026-01-01T00:00Z")
    response = signed_in(secret_subject.author).get(secret_subject.get_absolute_url())
    assert response.status_code == 200
    assert "masqué" in response.content.decode()
