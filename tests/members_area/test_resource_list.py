"""The member resource list and dashboard: search, filters, sort, compact view, new since the
last visit and the renewal warning only ever show what the member may open."""

import datetime

import pytest
from django.test import Client
from django.utils import timezone

from members_area import access
from members_area.models import MemberProfile, Resource
from sheets.factories import CommuneFactory, ThemeFactory
from tests.factories import (
    MemberFactory,
    MemberOrganisationFactory,
    ResourceFactory,
    UserFactory,
    WorkingGroupFactory,
)

pytestmark = pytest.mark.django_db

LIST = "/adherents/ressources/"
SECRET = "Note confidentielle Zéphyrin"


@pytest.fixture
def world(site):
    """A secret document (theme, commune, year and kind of its own) and shared ones."""
    energy = ThemeFactory(name="Énergie", slug="energie")
    secret_theme = ThemeFactory(name="Thème secret", slug="theme-secret")
    evron = CommuneFactory(name="Évron", slug="evron", insee_code="53097")
    bais = CommuneFactory(name="Bais", slug="bais", insee_code="53016")
    hidden_town = CommuneFactory(name="Zanzibar-sur-Erve", slug="zanzibar", insee_code="53999")
    organisation = MemberOrganisationFactory(name="Commune de Bais")
    shared = [
        ResourceFactory(
            title="Audit énergétique des écoles",
            commune=bais,
            year=2021,
            kind="etude",
            themes=[energy],
            open_to_all_members=True,
        ),
        ResourceFactory(
            title="Éclairage public : cahier des charges",
            commune=evron,
            year=2019,
            kind="cahier_des_charges",
            open_to_all_members=True,
            description="Extinction nocturne et LED.",
        ),
    ]
    secret = ResourceFactory(
        title=SECRET,
        commune=hidden_town,
        year=1999,
        kind="guide",
        themes=[secret_theme],
        description="Extinction nocturne confidentielle.",
    )
    return {"organisation": organisation, "shared": shared, "secret": secret}


def client_for(user):
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def users(world):
    broad = MemberFactory(organisation=world["organisation"], email="large@exemple.fr")
    group = WorkingGroupFactory(name="Groupe secret", members=[broad])
    access.grant(world["secret"], group.group)
    return {
        "broad": broad,
        "narrow": MemberFactory(organisation=world["organisation"], email="etroit@exemple.fr"),
        "no_grant": MemberFactory(
            organisation=MemberOrganisationFactory(name="Commune de Craon"),
            email="sans@exemple.fr",
        ),
        "staff": UserFactory(email="animatrice@exemple.fr", is_staff=True),
    }


QUERIES = [
    "",
    "?q=extinction",
    "?q=Zéphyrin",
    "?tri=titre",
    "?vue=liste",
    "?year=1999",
    "?commune=zanzibar",
    "?theme=theme-secret",
    "?kind=guide",
    "?page=2",
]


@pytest.mark.parametrize("query", QUERIES)
def test_every_search_filter_and_sort_keeps_to_what_the_member_may_open(world, query):
    for name, user in users(world).items():
        html = client_for(user).get(LIST + query).content.decode()
        sees_secret = name in ("broad", "staff")
        # The narrow member never sees the secret, nor its commune, year, theme or kind.
        for trace in (SECRET, "Zanzibar", "1999", "Thème secret", ">Guide<"):
            if trace.lower() in query.lower():
                continue  # what the member typed comes back in the page's own links
            assert (trace in html) == sees_secret, (
                name,
                query,
                trace,
            )


def test_counts_and_options_count_only_what_the_member_may_open(world):
    narrow = users(world)["narrow"]
    html = client_for(narrow).get(LIST).content.decode()
    assert "2 ressources" in html
    html = client_for(narrow).get(LIST + "?q=extinction").content.decode()
    assert "1 ressource sur 2" in html
    assert "Éclairage public" in html and SECRET not in html
    # Communes in French order: Bais, then Évron.
    assert html.index('value="bais"') < html.index('value="evron"')


def test_sort_by_title_in_french_order_and_chips_remove_a_filter(world):
    member = users(world)["narrow"]
    html = client_for(member).get(LIST + "?tri=titre&kind=etude").content.decode()
    assert "Audit énergétique" in html and "Éclairage public" not in html
    assert 'href="?tri=titre"' in html  # the chip that removes "Type de document"
    html = client_for(member).get(LIST + "?tri=titre").content.decode()
    assert html.index("Audit énergétique") < html.index("Éclairage public")


def test_compact_view_is_a_table_and_is_remembered(world):
    client = client_for(users(world)["narrow"])
    html = client.get(LIST + "?vue=liste").content.decode()
    assert '<table class="resource-table">' in html and 'class="card-grid"' not in html
    assert '<table class="resource-table">' in client.get(LIST).content.decode()


def test_new_since_last_visit(world):
    member = users(world)["narrow"]
    older, newer = world["shared"]
    Resource.objects.filter(pk=older.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=30)
    )
    MemberProfile.objects.filter(user=member).update(
        resources_seen_at=timezone.now() - datetime.timedelta(days=10)
    )
    client = client_for(member)
    html = client.get(LIST).content.decode()
    assert "Nouveautés depuis votre dernière visite (1)" in html
    assert html.count('class="badge-new"') == 1
    html = client.get(LIST + "?nouveau=1").content.decode()
    assert "1 ressource sur 2" in html and newer.title in html and older.title not in html
    # The visit is recorded for next time; this session keeps its marker.
    seen = MemberProfile.objects.get(user=member).resources_seen_at
    assert timezone.now() - seen < datetime.timedelta(minutes=1)
    assert "Nouveautés depuis votre dernière visite (1)" in client.get(LIST).content.decode()
    # A new session: the previous visit is the one just made, nothing is new since.
    html = client_for(member).get(LIST).content.decode()
    assert "Nouveautés depuis votre dernière visite (0)" in html
    assert 'class="badge-new"' not in html


@pytest.mark.parametrize("days, warned", [(59, True), (61, False), (0, True)])
def test_membership_ending_warning(site, days, warned):
    organisation = MemberOrganisationFactory(
        name="Commune d'Ernée", active_until=timezone.localdate() + datetime.timedelta(days=days)
    )
    html = client_for(MemberFactory(organisation=organisation)).get("/adherents/").content.decode()
    assert ("Votre adhésion arrive à échéance" in html) == warned


def test_dashboard_first_of_month_and_secondary_sign_out(site):
    organisation = MemberOrganisationFactory(
        name="Commune de Gorron", active_until=datetime.date(2031, 1, 1)
    )
    html = client_for(MemberFactory(organisation=organisation)).get("/adherents/").content.decode()
    assert "1er janvier 2031" in html
    assert 'class="button button--secondary button--small">Se déconnecter' in html
    assert html.index("Documents réservés (") < html.index("Se déconnecter")


def test_visitor_is_sent_to_sign_in(site):
    for url in (LIST, LIST + "?q=x&vue=liste", "/adherents/"):
        response = Client().get(url)
        assert response.status_code == 302 and "/adherents/connexion/" in response["Location"]


def test_sign_in_form_is_wide_and_offers_a_contact(site):
    html = Client().get("/adherents/connexion/").content.decode()
    assert 'type="email"' in html and 'autocomplete="email"' in html
    assert 'autocomplete="current-password"' in html
    assert 'size="40"' in html and 'class="input-wide"' in html
    assert "Contactez l'animatrice ou l'animateur du réseau" in html
    assert 'action=""' not in html


def test_list_queries_do_not_grow_with_resources(world, django_assert_max_num_queries):
    member = users(world)["broad"]
    MemberProfile.objects.filter(user=member).update(
        resources_seen_at=timezone.now() - datetime.timedelta(days=1)
    )
    client = client_for(member)
    url = LIST + "?q=e&theme=energie&tri=titre&vue=liste&nouveau=1"
    counts = []
    for extra in (3, 30):
        for n in range(extra - len(counts) * 3):
            ResourceFactory(title=f"Étude {len(counts)}-{n}", open_to_all_members=True)
        client.get(url)
        client.get(LIST)
        with django_assert_max_num_queries(15) as captured:
            client.get(url)
        counts.append(len(captured))
    assert counts[0] == counts[1]
