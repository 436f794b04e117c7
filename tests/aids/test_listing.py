"""The directory's list: the default (not expired, soonest closing first, no date last), each
filter of the query string, and bad input that is dropped with a message, never an error.

The directory is built once for the module (tests/module_world.py)."""

import pytest

from aids.models import AidKind, AidPage
from tests.module_world import shared_tree

from .conftest import build_tree, days, make_aid

pytestmark = pytest.mark.django_db


# The directory and its aids, once for the module, rolled back at its end.
world_tree, tree = shared_tree(build_tree)


def titles(response):
    return [aid.title for aid in response.context["aids"]]


def test_default_listing_hides_expired_and_sorts_by_closing_date(tree, client):
    response = client.get(tree.aids.url)
    assert response.status_code == 200
    assert titles(response) == [
        "Éclairage public kangourou",
        "Fonds chaleur zéphyrin",
        "Économies d'eau wombat",
        "Conseil en énergie partagé ornithorynque",
    ]
    assert response.context["aid_count"] == 4
    html = response.content.decode()
    assert "4 aides et accompagnements" in html
    assert "Clôture proche" in html  # the lighting aid closes in 10 days
    assert "Obtenue par 1 projet du réseau" in html
    assert "<legend>Thèmes</legend>" in html


def test_expired_aids_are_listed_on_demand(tree, client):
    assert "Ancien appel tamanoir" not in titles(client.get(tree.aids.url))
    response = client.get(tree.aids.url, {"expirees": "1"})
    assert titles(response)[0] == "Ancien appel tamanoir"
    assert "Clôturée" in response.content.decode()


def test_filters(tree, client):
    get = lambda **params: titles(client.get(tree.aids.url, params))  # noqa: E731
    assert get(theme="economies-d-eau") == ["Économies d'eau wombat"]
    assert get(kind=AidKind.LOAN) == ["Éclairage public kangourou"]
    assert get(funder=tree.region.pk) == ["Éclairage public kangourou"]
    # A commune of 2,000 inhabitants: not the aid for communes of 5,000 and more.
    assert "Éclairage public kangourou" not in get(habitants="2000")
    assert "Fonds chaleur zéphyrin" in get(habitants="2000")
    assert "Fonds chaleur zéphyrin" not in get(habitants="4000")
    both = titles(
        client.get(f"{tree.aids.url}?theme=energie&theme=economies-d-eau&kind=subvention")
    )
    assert both == ["Fonds chaleur zéphyrin", "Économies d'eau wombat"]


def test_open_now(tree, client):
    make_aid(tree, "Appel à venir capybara", opens_on=days(5), closes_on=days(40))
    assert "Appel à venir capybara" in titles(client.get(tree.aids.url))
    assert "Appel à venir capybara" not in titles(client.get(tree.aids.url, {"ouvertes": "1"}))
    assert "À venir" in client.get(tree.aids.url).content.decode()


@pytest.mark.parametrize(
    "query",
    [
        "habitants=deux-mille",
        "habitants=-50",
        "habitants=99999999999999999999999",
        "habitants=1e5",
        "theme=inconnu",
        "funder=abc",
        "funder=999999",
        "kind=don",
        "page=999999999999",
        "page=-3",
        "page=abc",
        "habitants=2000&habitants=x",
        "theme=energie&theme=energie&theme=",
        "ouvertes=peut-etre&expirees=",
        "theme=%00&funder=%00",
    ],
)
def test_bad_input_never_fails(tree, client, query):
    response = client.get(f"{tree.aids.url}?{query}")
    assert response.status_code == 200
    assert response.context["aid_count"] >= 1


def test_bad_values_are_dropped_with_a_message(tree, client):
    response = client.get(tree.aids.url, {"habitants": "beaucoup", "theme": ["energie", "zzz"]})
    html = response.content.decode()
    assert "Certains filtres n" in html
    assert "Indiquez un nombre entier d" in html
    # The valid theme still applies.
    assert "Économies d'eau wombat" not in titles(response)


def test_pagination_keeps_the_filters(tree, client):
    for n in range(14):
        make_aid(tree, f"Aide paginée {n:02d}", closes_on=days(200 + n))
    response = client.get(tree.aids.url, {"theme": "energie", "page": "2"})
    assert response.context["page_obj"].number == 2
    assert response.context["aid_count"] == 17
    assert "?theme=energie&amp;page=1" in response.content.decode()


def test_for_population_queryset(tree):
    small = set(AidPage.objects.for_population(1000).values_list("title", flat=True))
    assert "Fonds chaleur zéphyrin" in small
    assert "Éclairage public kangourou" not in small
    assert "Éclairage public kangourou" in set(
        AidPage.objects.for_population(5000).values_list("title", flat=True)
    )
    assert "Fonds chaleur zéphyrin" not in set(
        AidPage.objects.for_population(3501).values_list("title", flat=True)
    )
