"""Where subjects show outside their own pages: on the public event they became (active members
only; the anonymous page stays public and cacheable), the member dashboard's link, and the
facilitator's admin list and dashboard panel."""

import pytest
from django.contrib.auth.models import Permission
from django.test import Client
from django.urls import reverse

from exchange.models import SubjectStatus, SubjectSupport
from sheets.factories import EventIndexPageFactory, EventPageFactory
from tests.factories import MemberFactory, MemberOrganisationFactory, SubjectFactory
from tests.registrations.admin_helpers import admin_user_with
from tests.second_factor import verified_login

from .conftest import EXCHANGE_ALLOWED, EXCHANGE_KINDS

pytestmark = pytest.mark.django_db

SUBJECT_TITLE = "Extinction de l'éclairage à Zéphyrin"
SECTION = "Rencontre organisée à la demande des communes"


@pytest.fixture
def planned(site):
    events = EventIndexPageFactory(parent=site.root_page)
    event = EventPageFactory(parent=events, title="Nuit noire : retours d'expérience")
    subject = SubjectFactory(title=SUBJECT_TITLE, status=SubjectStatus.PLANNED, event=event)
    for name in ("Commune de Meslay", "Commune de Cossé"):
        user = MemberFactory(organisation=MemberOrganisationFactory(name=name))
        SubjectSupport.objects.create(
            subject=subject, user=user, organisation=user.member_profile.organisation
        )
    return event, subject


@pytest.mark.parametrize("kind", EXCHANGE_KINDS)
def test_event_links_back_for_members_only(exchange_client_for, planned, kind):
    event, subject = planned
    client = exchange_client_for(kind)
    response = client.get(event.url)
    assert response.status_code == 200
    content = response.content.decode()
    if kind in EXCHANGE_ALLOWED:
        assert SECTION in content
        assert subject.get_absolute_url() in content
        assert "soutenu par 2 communes" in content
        assert "private" in response["Cache-Control"]
    else:
        assert SECTION not in content
        assert "Extinction de l" not in content
        assert "soutenu par" not in content
        assert subject.get_absolute_url() not in content
    if kind == "anonymous":
        assert "public" in response["Cache-Control"]
        assert not response.cookies


def test_event_without_subject_shows_nothing(exchange_client_for, site):
    event = EventPageFactory(parent=EventIndexPageFactory(parent=site.root_page))
    response = exchange_client_for("member_without_grant").get(event.url)
    assert SECTION not in response.content.decode()


def test_hidden_subject_not_shown_on_event(exchange_client_for, planned):
    event, subject = planned
    subject.hidden_at = "2026-01-01T00:00Z"
    subject.save()
    response = exchange_client_for("member_without_grant").get(event.url)
    assert SECTION not in response.content.decode()


@pytest.mark.parametrize("kind", EXCHANGE_KINDS)
def test_member_dashboard_link(exchange_client_for, kind):
    response = exchange_client_for(kind).get("/adherents/")
    if kind in EXCHANGE_ALLOWED:
        assert reverse("exchange:subjects") in response.content.decode()
    else:
        assert reverse("exchange:subjects").encode() not in response.content


def test_admin_list_and_panel(site, admin_user, planned, django_assert_max_num_queries):
    _event, subject = planned
    proposed = SubjectFactory(title="Un sujet en attente")
    client = Client()
    verified_login(client, admin_user)
    listing = client.get(reverse("exchange_subjects:index"))
    assert listing.status_code == 200
    content = listing.content.decode()
    assert "Extinction de l" in content and "Un sujet en attente" in content
    assert content.index("Extinction de l") < content.index("Un sujet en attente")
    assert subject.get_absolute_url() in content

    home = client.get(reverse("wagtailadmin_home"))
    assert home.status_code == 200
    panel = home.content.decode()
    assert "Sujets proposés par les communes" in panel
    assert proposed.get_absolute_url() in panel
    assert subject.get_absolute_url() not in panel  # planned: no longer waiting
    assert f'href="{reverse("exchange_subjects:index")}?status=proposed"' in panel


@pytest.mark.parametrize("is_staff", [True, False])
def test_admin_panel_is_for_the_facilitation_team(site, is_staff):
    """The team acts on a subject from its page, which only staff may do: others with the
    admin's permission on subjects do not see the panel."""
    SubjectFactory(title="Un sujet en attente")
    user = admin_user_with("sujets@exemple.fr", [], "Sujets")
    user.user_permissions.add(Permission.objects.get(codename="change_subject"))
    user.is_staff = is_staff
    user.save(update_fields=["is_staff"])
    client = Client()
    verified_login(client, user)
    content = client.get(reverse("wagtailadmin_home")).content.decode()
    assert ("Sujets proposés par les communes" in content) is is_staff


def test_admin_panel_queries_stay_constant(site, admin_user, django_assert_max_num_queries):
    client = Client()
    verified_login(client, admin_user)

    def add(n):
        for _i in range(n):
            subject = SubjectFactory()
            user = MemberFactory()
            SubjectSupport.objects.create(
                subject=subject, user=user, organisation=user.member_profile.organisation
            )

    add(2)
    client.get(reverse("wagtailadmin_home"))
    with django_assert_max_num_queries(200) as first:
        client.get(reverse("wagtailadmin_home"))
    add(8)
    with django_assert_max_num_queries(len(first.captured_queries)):
        client.get(reverse("wagtailadmin_home"))
    with django_assert_max_num_queries(200) as first:
        client.get(reverse("exchange_subjects:index"))
    add(8)
    with django_assert_max_num_queries(len(first.captured_queries)):
        client.get(reverse("exchange_subjects:index"))


def test_admin_edit_view(site, admin_user, planned):
    _event, subject = planned
    client = Client()
    verified_login(client, admin_user)
    response = client.get(reverse("exchange_subjects:edit", args=[subject.pk]))
    assert response.status_code == 200
    assert SUBJECT_TITLE.replace("'", "&#x27;") in response.content.decode()
