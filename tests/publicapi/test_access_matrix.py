"""The API returns no reserved field, checked against the access matrix: every kind of user
gets the same public answer, without a members-only contact, a reserved report or attachment,
a restricted page, a draft title or an unpublished page.

The tree, the users and the content are built once for the module (tests/module_world.py)."""

import pytest

from home.setup import ensure_home_page
from tests.members_area.conftest import USER_KINDS, build_matrix, clients_for
from tests.module_world import fresh, fresh_all, module_transaction
from tests.sheets.conftest import build_tree

from .conftest import CONTACT, DRAFT_TITLE, RESTRICTED_TITLE, SECRETS, build_content

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module", autouse=True)
def world(django_db_setup, django_db_blocker):
    """The sheets' tree, the access matrix and the content: once for the module, rolled back at
    its end."""
    with module_transaction(django_db_blocker):
        matrix = build_matrix()
        tree = build_tree(ensure_home_page())
        yield {"matrix": matrix, "content": build_content(tree, matrix.organisation)}


@pytest.fixture
def content(world):
    return fresh_all(world["content"])


@pytest.fixture
def client_for(world):
    return clients_for(world["matrix"], fresh(world["matrix"].resource))


def urls(content):
    sheet, event = content.sheet.pk, content.event.pk
    return [
        "/api/v2/pages/",
        "/api/v2/pages/?fields=*",
        "/api/v2/pages/?type=sheets.ExperienceSheetPage&fields=*",
        "/api/v2/pages/?type=sheets.EventPage&fields=*",
        f"/api/v2/pages/{sheet}/",
        f"/api/v2/pages/{sheet}/?fields=*",
        f"/api/v2/pages/{event}/",
        "/api/v2/pages/?search=chaufferie",
        "/api/v2/pages/?search=zinzolin",
        "/api/v2/pages/?search=Contactprivée",
        f"/api/v2/pages/?child_of={content.sheet.get_parent().pk}",
        f"/api/v2/pages/find/?html_path={content.restricted.url}",
    ]


def assert_no_secret(response):
    text = response.content.decode()
    for secret in SECRETS:
        assert secret not in text, secret


@pytest.mark.parametrize("kind", USER_KINDS)
def test_every_user_kind_gets_the_same_public_answer(client_for, content, kind):
    anonymous = client_for("anonymous")
    client = client_for(kind)
    for url in urls(content):
        expected = anonymous.get(url)
        response = client.get(url)
        assert response.status_code == expected.status_code, url
        assert response.content == expected.content, url
        assert_no_secret(response)


@pytest.mark.parametrize("kind", USER_KINDS)
def test_a_restricted_page_is_404_even_for_those_it_is_open_to(client_for, content, kind):
    response = client_for(kind).get(f"/api/v2/pages/{content.restricted.pk}/")
    assert response.status_code == 404
    assert RESTRICTED_TITLE not in response.content.decode()
    assert response.json()["message"]


@pytest.mark.parametrize("kind", ["anonymous", "member_all_members", "staff"])
def test_an_unpublished_page_is_404(client_for, content, kind):
    assert client_for(kind).get(f"/api/v2/pages/{content.unpublished.pk}/").status_code == 404


def test_the_public_parts_are_there(client_for, content):
    data = client_for("anonymous").get(f"/api/v2/pages/{content.sheet.pk}/").json()
    assert data["title"].startswith("Rénovation de l'école")  # the live title, not the draft's
    assert DRAFT_TITLE not in str(data)
    assert data["commune"] == content.sheet.commune.name
    assert sorted(data["themes"]) == ["Économies d'eau", "Énergie"]
    assert data["main_image"]["url"].endswith(".jpg")
    assert data["fundings"][0]["funder"] == "ADEME"
    assert "contact_email" not in data and "attachments" not in data
    event = client_for("anonymous").get(f"/api/v2/pages/{content.event.pk}/").json()
    assert event["public_report"] == ""


def test_a_public_report_is_given(client_for, content):
    content.event.report_members_only = False
    content.event.save_revision().publish()
    event = client_for("anonymous").get(f"/api/v2/pages/{content.event.pk}/").json()
    assert "xylophone" in event["public_report"]


@pytest.mark.parametrize(
    "query",
    [
        "fields=contact_email",
        "fields=*,contact_phone",
        "fields=attachments",
        "fields=report",
        f"contact_email={CONTACT.email}",
        "contact_name=Z",
        "order=contact_email",
    ],
)
def test_reserved_fields_cannot_be_asked_for_nor_filtered_on(client_for, content, query):
    response = client_for("member_all_members").get(
        f"/api/v2/pages/?type=sheets.ExperienceSheetPage&{query}"
    )
    assert response.status_code == 400
    assert response.json()["message"].startswith("Requête invalide")
    assert_no_secret(response)
