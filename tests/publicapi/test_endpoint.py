"""The public API's behaviour: page types, bad input, rate limit, cache headers, languages,
read-only, and a fixed number of queries.

The sheets' tree is built once for the module (tests/module_world.py); each test adds its own
sheets."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from membership.factories import JoinPageFactory
from sheets.factories import ExperienceSheetPageFactory
from tests.module_world import shared_tree
from tests.sheets.conftest import build_tree, make_sheets

pytestmark = pytest.mark.django_db


# The sheets' tree, once for the module, rolled back at its end.
world_tree, tree = shared_tree(build_tree)


@pytest.mark.parametrize(
    "page_type",
    [
        "inconnu.Page",
        "sheets.Inexistant",
        "pasdepoint",
        "membership.JoinPage",
        "letters.LetterPage",
        "sheets.ExperienceSheetPage,membership.JoinPage",
        "wagtailcore.Site",
    ],
)
def test_an_unknown_or_non_public_type_is_400_in_french(anonymous_client, tree, page_type):
    response = anonymous_client.get(f"/api/v2/pages/?type={page_type}")
    assert response.status_code == 400
    assert "type de page inconnu" in response.json()["message"]


@pytest.mark.parametrize(
    "query", ["limit=abc", "offset=-1", "limit=1000", "fields=(", "order=inconnu", "unknown=1"]
)
def test_bad_parameters_are_400_not_500(anonymous_client, tree, query):
    response = anonymous_client.get(f"/api/v2/pages/?{query}")
    assert response.status_code == 400
    assert response.json()["message"]


def test_no_images_nor_documents_endpoint(anonymous_client, tree):
    assert anonymous_client.get("/api/v2/images/").status_code == 404
    assert anonymous_client.get("/api/v2/documents/").status_code == 404


def test_the_api_is_read_only(anonymous_client, tree):
    for method in ("post", "put", "patch", "delete"):
        assert getattr(anonymous_client, method)("/api/v2/pages/").status_code == 405


def test_answers_are_public_and_cacheable(anonymous_client, non_member_client, tree):
    for client in (anonymous_client, non_member_client):
        response = client.get("/api/v2/pages/")
        assert response.status_code == 200
        assert "public" in response["Cache-Control"]
        assert "s-maxage=60" in response["Cache-Control"]
        assert "Cookie" not in response.get("Vary", "")
    error = anonymous_client.get("/api/v2/pages/?type=inconnu.Page")
    assert "public" not in error["Cache-Control"]


def test_the_rate_limit_answers_429_in_french_with_retry_after(tree, settings):
    settings.PUBLIC_API_RATE = "3/minute"
    client = Client()
    statuses = [client.get("/api/v2/pages/").status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    response = client.get("/api/v2/pages/")
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    assert "Trop de requêtes" in response.json()["message"]
    assert "public" not in response["Cache-Control"]
    # Another address has its own count; a forged X-Forwarded-For is not one.
    assert client.get("/api/v2/pages/", REMOTE_ADDR="10.0.0.2").status_code == 200
    forged = client.get("/api/v2/pages/", HTTP_X_FORWARDED_FOR="10.9.9.9")
    assert forged.status_code == 429


def test_english_pages_with_the_locale_filter(anonymous_client, tree, english_home_page):
    sheet = ExperienceSheetPageFactory(parent=tree.experiences, commune=tree.bais)
    french = anonymous_client.get("/api/v2/pages/?locale=fr").json()
    english = anonymous_client.get("/api/v2/pages/?locale=en").json()
    assert sheet.pk in [item["id"] for item in french["items"]]
    assert english_home_page.pk in [item["id"] for item in english["items"]]
    assert {item["meta"]["locale"] for item in english["items"]} == {"en"}
    assert anonymous_client.get("/api/v2/pages/?locale=xx").status_code in (400, 404)


def test_search_and_filters(anonymous_client, tree):
    make_sheets(tree, 2)
    url = "/api/v2/pages/?type=sheets.ExperienceSheetPage"
    assert anonymous_client.get(f"{url}&search=école").json()["meta"]["total_count"] == 2
    assert anonymous_client.get(f"{url}&year_start=2018").json()["meta"]["total_count"] == 2
    assert anonymous_client.get(f"{url}&year_start=1999").json()["meta"]["total_count"] == 0
    page = anonymous_client.get(f"{url}&limit=1&offset=1").json()
    assert page["meta"]["total_count"] == 2 and len(page["items"]) == 1


@pytest.mark.parametrize(
    "query",
    [
        "",
        "?type=sheets.ExperienceSheetPage&fields=*",
        "?type=sheets.ExperienceSheetPage&fields=commune,themes,main_image,fundings",
        "?search=école",
    ],
)
def test_a_listing_runs_a_fixed_number_of_queries(
    anonymous_client, tree, query, django_assert_max_num_queries
):
    make_sheets(tree, 2)
    anonymous_client.get(f"/api/v2/pages/{query}")  # renditions made, caches filled
    with CaptureQueriesContext(connection) as captured:
        assert anonymous_client.get(f"/api/v2/pages/{query}").status_code == 200
    few = len(captured)  # now: the query log is a bounded deque
    assert few <= 30
    make_sheets(tree, 8)
    anonymous_client.get(f"/api/v2/pages/{query}")
    with django_assert_max_num_queries(few):
        response = anonymous_client.get(f"/api/v2/pages/{query}")
    assert response.status_code == 200
    assert response.json()["meta"]["total_count"] >= 10


def test_a_page_of_a_type_without_api_fields_is_left_out(anonymous_client, tree):
    join = JoinPageFactory(parent=tree.home)
    listing = anonymous_client.get("/api/v2/pages/").json()
    assert join.pk not in [item["id"] for item in listing["items"]]
    assert anonymous_client.get(f"/api/v2/pages/{join.pk}/").status_code == 404
    children = anonymous_client.get(f"/api/v2/pages/?child_of={tree.home.pk}").json()
    assert join.pk not in [item["id"] for item in children["items"]]
