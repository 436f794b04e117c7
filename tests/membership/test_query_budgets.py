"""Fixed SQL budgets of the plugin's pages: the join page, its form and thank-you routes, the
applications' admin list and the dashboards count the same queries with 3 items as with 30."""

import datetime

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from membership.factories import ApplicationPersonFactory, MembershipApplicationFactory
from sheets.factories import CommuneFactory
from tests.factories import MemberFactory, MemberOrganisationFactory

ANONYMOUS_BUDGET = 15
FEW, MANY = 3, 30


def grow(total):
    """Communes of the official list and pending applications, up to `total` of each."""
    for number in range(CommuneFactory._meta.model.objects.count(), total):
        commune = CommuneFactory(
            name=f"Commune {number}",
            insee_code=f"53{number:03d}",
            epci=f"Intercommunalité {number}",
        )
        application = MembershipApplicationFactory(commune=commune)
        ApplicationPersonFactory(application=application)


def count(client, url):
    client.get(url)  # what is made once and kept (site root paths, settings)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


def measure(client, urls):
    grow(FEW)
    few = [count(client, url) for url in urls]
    grow(MANY)
    many = [count(client, url) for url in urls]
    return few, many


def test_the_join_pages_cost_the_same_whatever_the_number_of_communes(join_page):
    urls = [join_page.url, join_page.url + "formulaire/", join_page.url + "merci/"]
    few, many = measure(Client(), urls)
    assert few == many
    assert max(many) <= ANONYMOUS_BUDGET, dict(zip(urls, many, strict=True))


def test_the_join_page_itself_reads_no_commune(join_page, django_assert_max_num_queries):
    grow(MANY)
    client = Client()
    client.get(join_page.url)
    with django_assert_max_num_queries(ANONYMOUS_BUDGET):
        client.get(join_page.url)


@pytest.mark.parametrize("view", ["index", "dashboard"])
def test_the_facilitators_pages_cost_the_same_whatever_the_number_of_applications(
    facilitator_client, view
):
    url = (
        reverse("membership_applications:index")
        if view == "index"
        else reverse("wagtailadmin_home")
    )
    few, many = measure(facilitator_client, [url])
    assert few == many


def test_the_member_dashboard_with_the_renewal_link_has_a_fixed_cost(join_page):
    organisation = MemberOrganisationFactory(
        name="Commune d'Ernée", active_until=timezone.localdate() + datetime.timedelta(days=30)
    )
    client = Client()
    client.force_login(MemberFactory(organisation=organisation, email="m@exemple.fr"))
    few, many = measure(client, [reverse("members_area:dashboard")])
    assert few == many
