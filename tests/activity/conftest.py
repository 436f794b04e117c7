"""The activity report's fixtures: a client for each kind of user, from anonymous to the
facilitator whose group holds the report's permission, and a year of activity in every plugin
that reports (2024, in the past whatever today's date)."""

import datetime

import pytest
from django.contrib.auth.models import Group, Permission
from django.test import Client
from django.utils import timezone
from wagtail.models import Page

from exchange.models import Question
from members_area.models import Resource
from registrations.factories import RegistrationFactory
from sheets.factories import EventIndexPageFactory, EventPageFactory
from sheets.models import RegistrationMode
from tests.factories import (
    DownloadLogFactory,
    MemberFactory,
    MemberOrganisationFactory,
    QuestionFactory,
    ResourceFactory,
    UserFactory,
)
from tests.second_factor import verified_login

YEAR = 2024
KEPT_OUT = ["anonymous", "member", "editor"]


def moment(year=YEAR, month=6, day=15):
    return timezone.make_aware(datetime.datetime(year, month, day, 14))


def admin_user_in(group_name, codenames, email):
    """A staff user in a group with the admin's access and the permissions `codenames`
    ("app_label.codename")."""
    user = UserFactory(email=email, is_staff=True)
    group, _created = Group.objects.get_or_create(name=group_name)
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for name in codenames:
        app_label, codename = name.split(".")
        group.permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )
    user.groups.add(group)
    return user


def client_of(kind):
    client = Client()
    if kind == "member":
        client.force_login(MemberFactory(email="membre@exemple.fr"))
    elif kind == "editor":
        user = admin_user_in("Rédaction", [], "redaction@exemple.fr")
        verified_login(client, user)
    elif kind == "facilitator":
        user = admin_user_in("Animation", ["activity.view_activityreport"], "animation@exemple.fr")
        verified_login(client, user)
    elif kind == "superuser":
        user = UserFactory(email="admin@exemple.fr", is_staff=True, is_superuser=True)
        verified_login(client, user)
    return client


@pytest.fixture
def facilitator_client(site):
    return client_of("facilitator")


def add_events(index, count, year=YEAR):
    """`count` meetings of `year`, held, each with two people present and one absent."""
    organisation = MemberOrganisationFactory(name="Commune de Bais")
    start_at = index.get_children().count()
    for n in range(start_at, start_at + count):
        start = moment(year, n % 12 + 1, n % 27 + 1)
        event = EventPageFactory(
            parent=index,
            title=f"Rencontre {year} n° {n}",
            start=start,
            end=start + datetime.timedelta(hours=2),
            registration_mode=RegistrationMode.OPEN,
        )
        Page.objects.filter(pk=event.pk).update(first_published_at=moment(year - 1))
        RegistrationFactory(event=event, organisation=organisation, commune="Bais", attended=True)
        RegistrationFactory(event=event, commune=f"Commune {n}", attended=True)
        RegistrationFactory(event=event, commune="Laval", attended=False)


def add_documents(count, year=YEAR, name=None):
    """`count` reserved documents added in `year`, each downloaded once by a member of its own
    organisation (`name`, or "Collectivité <year> n° <n>")."""
    start = Resource.objects.count()
    for n in range(start, start + count):
        resource = ResourceFactory(title=f"Document {year} n° {n}")
        Resource.objects.filter(pk=resource.pk).update(created_at=moment(year))
        member = MemberFactory(
            organisation=MemberOrganisationFactory(name=name or f"Collectivité {year} n° {n}")
        )
        DownloadLogFactory(user=member, resource=resource, downloaded_at=moment(year))


def add_questions(count, year=YEAR):
    for _n in range(count):
        question = QuestionFactory()
        Question.objects.filter(pk=question.pk).update(created_at=moment(year))


@pytest.fixture
def activity(site):
    """2024: two meetings held (four people present, from Bais and two other communes), two
    documents added and downloaded by two organisations, three questions asked."""
    index = EventIndexPageFactory(parent=site.root_page)
    add_events(index, 2)
    add_documents(2)
    add_questions(3)
    return index
