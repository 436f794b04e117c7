"""The members' subject pages: ranking by communes (not people), filters, proposing (one
subject per form however often it is sent, rate limited, nothing lost on a failed submit),
supporting, merged subjects, and a constant number of queries as subjects grow."""

import datetime

import pytest
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone

from exchange.models import Subject, SubjectStatus, SubjectSupport
from sheets.factories import EventIndexPageFactory, EventPageFactory, ThemeFactory
from tests.factories import MemberFactory, MemberOrganisationFactory, SubjectFactory

from .conftest import signed_in

pytestmark = pytest.mark.django_db

LIST_URL = "/adherents/sujets/"
PROPOSE_URL = "/adherents/sujets/proposer/"


def support(subject, user):
    organisation = user.member_profile.organisation
    return SubjectSupport.objects.create(subject=subject, user=user, organisation=organisation)


def propose(client, **data):
    page = client.get(PROPOSE_URL)
    key = page.context["form"].initial["submission_key"]
    payload = {"title": "Visite d'une chaufferie bois", "description": "Avec l'exploitant."}
    payload.update(submission_key=str(key), **data)
    return client.post(PROPOSE_URL, payload)


def titles(response):
    return [subject.title for subject in response.context["page_obj"].object_list]


def test_ranking_counts_communes_not_people(member_client, other_commune, organisation):
    crowded = SubjectFactory(title="Soutenu par trois personnes d'une commune")
    for n in range(3):
        support(crowded, MemberFactory(organisation=organisation, email=f"bais{n}@exemple.fr"))
    spread = SubjectFactory(title="Soutenu par deux communes")
    support(spread, MemberFactory(organisation=organisation, email="a@exemple.fr"))
    support(spread, MemberFactory(organisation=other_commune, email="b@exemple.fr"))
    older = SubjectFactory(title="Plus ancien, une commune")
    Subject.objects.filter(pk=older.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=30)
    )
    support(older, MemberFactory(organisation=other_commune, email="c@exemple.fr"))

    response = member_client.get(LIST_URL)
    assert response.status_code == 200
    assert titles(response) == [
        "Soutenu par deux communes",
        "Soutenu par trois personnes d'une commune",
        "Plus ancien, une commune",
    ]
    content = response.content.decode()
    assert "soutenu par 2 communes" in content
    assert "soutenu par 1 commune" in content
    assert "soutenu par 3 communes" not in content


def test_filters(member_client, member, other_commune, site):
    energy = ThemeFactory(name="Énergie", slug="energie")
    events = EventIndexPageFactory(parent=site.root_page)
    event = EventPageFactory(parent=events, title="Visite à Bais")
    on_energy = SubjectFactory(title="Sur l'énergie", themes=[energy])
    planned = SubjectFactory(title="Programmé", status=SubjectStatus.PLANNED, event=event)
    answered = SubjectFactory(title="Répondu", status=SubjectStatus.ANSWERED)
    mine = SubjectFactory(title="Le mien", author=member)
    supported = SubjectFactory(title="Soutenu par moi")
    support(supported, member)
    SubjectFactory(title="Regroupé", merged_into=answered, status=SubjectStatus.MERGED)

    everything = titles(member_client.get(LIST_URL))
    assert "Regroupé" not in everything
    assert len(everything) == 5
    assert titles(member_client.get(LIST_URL + "?theme=energie")) == [on_energy.title]
    response = member_client.get(LIST_URL + "?status=planned")
    assert titles(response) == [planned.title]
    assert "Visite à Bais" in response.content.decode()
    assert titles(member_client.get(LIST_URL + "?status=answered")) == [answered.title]
    assert set(titles(member_client.get(LIST_URL + "?mine=on"))) == {mine.title, supported.title}
    # An unknown value is ignored, not an error.
    assert member_client.get(LIST_URL + "?status=nimporte&theme=x").status_code == 200


def test_propose_creates_one_subject_supported_by_its_commune(member_client, member):
    theme = ThemeFactory(name="Eau", slug="eau")
    response = propose(member_client, themes=[theme.pk])
    subject = Subject.objects.get()
    assert response.status_code == 302
    assert response["Location"] == subject.get_absolute_url()
    assert subject.author == member
    assert subject.organisation == member.member_profile.organisation
    assert list(subject.themes.all()) == [theme]
    assert list(subject.supports.values_list("user", flat=True)) == [member.pk]
    page = member_client.get(subject.get_absolute_url())
    assert "soutenu par 1 commune" in page.content.decode()
    assert "Commune de Bais" in page.content.decode()


def test_double_submit_makes_one_subject(member_client):
    page = member_client.get(PROPOSE_URL)
    key = str(page.context["form"].initial["submission_key"])
    data = {
        "title": "Formation au compostage",
        "description": "Pour les agents.",
        "submission_key": key,
    }
    first = member_client.post(PROPOSE_URL, data)
    second = member_client.post(PROPOSE_URL, data)
    assert Subject.objects.count() == 1
    assert first["Location"] == second["Location"] == Subject.objects.get().get_absolute_url()


def test_failed_submit_keeps_what_was_typed(member_client):
    response = member_client.post(PROPOSE_URL, {"title": "", "description": "Mon long texte."})
    assert response.status_code == 400
    content = response.content.decode()
    assert "Mon long texte." in content
    assert "Indiquez le sujet en une phrase." in content
    assert 'aria-invalid="true"' in content
    assert not Subject.objects.exists()


@override_settings(EXCHANGE_POSTS_PER_HOUR=1)
def test_rate_limit(member_client):
    assert propose(member_client, title="Premier sujet").status_code == 302
    response = propose(member_client, title="Deuxième sujet", description="Texte gardé.")
    assert response.status_code == 429
    content = response.content.decode()
    assert "attendez un peu" in content
    assert "Texte gardé." in content
    assert Subject.objects.count() == 1


def test_support_counts_each_commune_once(site, organisation, other_commune):
    author = MemberFactory(organisation=organisation, email="auteur@exemple.fr")
    subject = SubjectFactory(author=author)
    support(subject, author)
    colleague = signed_in(MemberFactory(organisation=organisation, email="collegue@exemple.fr"))
    url = reverse("exchange:support_subject", args=[subject.pk])

    page = colleague.get(subject.get_absolute_url()).content.decode()
    assert "Votre commune soutient déjà ce sujet" in page
    colleague.post(url)
    assert subject.supports.count() == 2
    assert Subject.objects.with_support_counts().get().commune_count == 1

    neighbour = signed_in(MemberFactory(organisation=other_commune, email="voisin@exemple.fr"))
    neighbour.post(url)
    assert Subject.objects.with_support_counts().get().commune_count == 2
    page = neighbour.get(subject.get_absolute_url()).content.decode()
    assert "soutenu par 2 communes" in page
    assert "Commune de Vaiges" in page
    assert "Retirer mon soutien" in page

    neighbour.post(url)  # a second press withdraws the support
    assert Subject.objects.with_support_counts().get().commune_count == 1
    # The proposer's own support stays: their commune asked for it.
    signed_in(author).post(url)
    assert subject.supports.filter(user=author).exists()


def test_merged_subject_redirects_to_its_target(member_client):
    target = SubjectFactory(title="Le sujet retenu")
    merged = SubjectFactory(title="Le doublon", merged_into=target, status=SubjectStatus.MERGED)
    response = member_client.get(merged.get_absolute_url())
    assert response.status_code == 302
    assert response["Location"] == target.get_absolute_url()
    page = member_client.get(target.get_absolute_url()).content.decode()
    assert "Le doublon" in page  # listed among the subjects merged into it


def test_list_queries_stay_constant(
    member_client, organisation, other_commune, site, django_assert_max_num_queries
):
    events = EventIndexPageFactory(parent=site.root_page)
    theme = ThemeFactory(name="Mobilité", slug="mobilite")

    def add(n):
        for _i in range(n):
            event = EventPageFactory(parent=events)
            subject = SubjectFactory(
                organisation=other_commune,
                themes=[theme],
                status=SubjectStatus.PLANNED,
                event=event,
            )
            support(subject, MemberFactory(organisation=other_commune))

    add(2)
    member_client.get(LIST_URL)  # warm the site's caches
    with django_assert_max_num_queries(100) as first:
        assert member_client.get(LIST_URL).status_code == 200
    add(8)
    with django_assert_max_num_queries(len(first.captured_queries)):
        assert member_client.get(LIST_URL).status_code == 200


def test_detail_queries_stay_constant(member_client, organisation, django_assert_max_num_queries):
    subject = SubjectFactory()

    def add(n):
        for _i in range(n):
            commune = MemberOrganisationFactory()
            support(subject, MemberFactory(organisation=commune))
            SubjectFactory(merged_into=subject, status=SubjectStatus.MERGED)

    add(2)
    with django_assert_max_num_queries(100) as first:
        assert member_client.get(subject.get_absolute_url()).status_code == 200
    add(8)
    with django_assert_max_num_queries(len(first.captured_queries)):
        response = member_client.get(subject.get_absolute_url())
    assert "soutenu par 10 communes" in response.content.decode()
