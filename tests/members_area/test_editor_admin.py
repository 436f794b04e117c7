"""The facilitator's admin for the member area: the resource list, the access page's title, the
site-wide download log (filters, exports, permission) and the dashboard panels."""

import csv
import datetime
import io

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from sheets.factories import EventIndexPageFactory, EventPageFactory, ThemeFactory
from tests.factories import (
    DownloadLogFactory,
    MemberFactory,
    MemberOrganisationFactory,
    ResourceFactory,
    UserFactory,
)

REPORT = "/admin/members-area/downloads/"


def csv_rows(response):
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))


def test_resource_list_shows_yes_and_no_not_true_and_false(admin_client):
    ResourceFactory(title="Ouvert", open_to_all_members=True)
    ResourceFactory(title="Fermé", open_to_all_members=False)
    content = admin_client.get("/admin/snippets/members_area/resource/").content.decode()
    assert "icon-check" in content and "icon-cross" in content
    assert ">Oui<" in content and ">Non<" in content
    assert ">True<" not in content and ">False<" not in content


def test_resource_form_offers_only_french_themes(admin_client, locales):
    french = ThemeFactory(name="Énergie", slug="energie")
    english = ThemeFactory(
        name="Energy", slug="energie", locale=locales["en"], translation_key=french.translation_key
    )
    resource = ResourceFactory()
    response = admin_client.get(f"/admin/snippets/members_area/resource/edit/{resource.pk}/")
    offered = set(response.context["form"].fields["themes"].queryset)
    assert french in offered and english not in offered
    listing = admin_client.get("/admin/snippets/members_area/resource/")
    filtered = set(listing.context["filters"].form.fields["themes"].queryset)
    assert french in filtered and english not in filtered
    by_theme = admin_client.get("/admin/snippets/members_area/resource/", {"themes": french.pk})
    assert by_theme.status_code == 200


def test_access_and_download_pages_name_their_document(admin_client):
    resource = ResourceFactory(title="Cahier des charges chaufferie")
    for url, title in (
        (f"/admin/members-area/resources/{resource.pk}/access/", "Accès à « Cahier"),
        (f"/admin/members-area/resources/{resource.pk}/downloads/", "Téléchargements de « Cahier"),
    ):
        content = admin_client.get(url).content.decode()
        head = content[content.index("<title>") : content.index("</title>")]
        assert title in head
        assert title in content[content.index("</head>") :]


@pytest.fixture
def downloads(site):
    bais = MemberOrganisationFactory(name="Commune de Bais")
    gorron = MemberOrganisationFactory(name="Commune de Gorron")
    alice = MemberFactory(organisation=bais, email="alice@bais.exemple.fr", first_name="Alice")
    bruno = MemberFactory(organisation=gorron, email="bruno@gorron.exemple.fr", first_name="Bruno")
    study = ResourceFactory(title="Étude vélo")
    tender = ResourceFactory(title="=HYPERLINK(1) DCE chaufferie")
    old = timezone.now() - datetime.timedelta(days=40)
    DownloadLogFactory(resource=study, user=alice)
    DownloadLogFactory(resource=tender, user=bruno)
    DownloadLogFactory(resource=study, user=bruno, downloaded_at=old)
    return {"alice": alice, "bruno": bruno, "study": study, "tender": tender, "bais": bais}


def test_download_report_lists_every_resource(admin_client, downloads):
    content = admin_client.get(REPORT).content.decode()
    assert "Étude vélo" in content and "DCE chaufferie" in content
    assert "alice@bais.exemple.fr" in content and "Commune de Gorron" in content


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        (lambda d: {"resource": d["study"].pk}, 2),
        (lambda d: {"organisation": d["bais"].pk}, 1),
        (lambda d: {"user": d["bruno"].pk}, 2),
        (
            lambda d: {
                "downloaded_at_from": (
                    timezone.localdate() - datetime.timedelta(days=7)
                ).isoformat()
            },
            2,
        ),
    ],
)
def test_download_report_filters(admin_client, downloads, params, expected):
    export = admin_client.get(REPORT, {**params(downloads), "export": "csv"})
    assert len(csv_rows(export)) == 1 + expected


def test_download_report_exports_csv_and_xlsx(admin_client, downloads):
    export = admin_client.get(REPORT, {"export": "csv"})
    assert export.status_code == 200
    rows = csv_rows(export)
    assert rows[0] == ["Date", "Nom", "Adresse e-mail", "Collectivité", "Ressource"]
    assert len(rows) == 4
    assert any(row[2] == "alice@bais.exemple.fr" and row[3] == "Commune de Bais" for row in rows)
    assert not any(cell.startswith("=") for row in rows for cell in row)
    assert all(row[0][2] == "/" for row in rows[1:])  # 06/12/2026 14:30
    xlsx = admin_client.get(REPORT, {"export": "xlsx"})
    assert xlsx.status_code == 200 and "spreadsheetml" in xlsx["Content-Type"]


def test_download_report_bad_filters_never_fail(admin_client, downloads):
    for params in ({"resource": "abc"}, {"downloaded_at_from": "hier"}, {"user": "999999"}):
        assert admin_client.get(REPORT, params).status_code == 200


@pytest.mark.parametrize("kind", ["anonymous", "member", "staff_without_permission"])
def test_download_report_is_for_the_facilitator_only(site, downloads, kind):
    client = Client()
    if kind == "member":
        client.force_login(downloads["alice"])
    elif kind == "staff_without_permission":
        client.force_login(UserFactory(email="stagiaire@exemple.fr", is_staff=True))
    response = client.get(REPORT, {"export": "csv"})
    assert response.status_code in (302, 403)
    assert b"alice@bais.exemple.fr" not in response.content


def test_download_report_query_budget(admin_client, downloads, django_assert_max_num_queries):
    for _ in range(30):
        DownloadLogFactory(resource=downloads["study"], user=downloads["alice"])
    with django_assert_max_num_queries(25):
        assert admin_client.get(REPORT).status_code == 200


def _dashboard_queries(client):
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/admin/")
    assert response.status_code == 200
    return response.content.decode(), len(queries)


def test_dashboard_panels(admin_client, downloads, home_page):
    today = timezone.localdate()
    MemberOrganisationFactory(name="Commune de Renazé", active_until=today + datetime.timedelta(10))
    MemberOrganisationFactory(name="Commune de Craon", active_until=today + datetime.timedelta(200))
    events = EventIndexPageFactory(parent=home_page)
    EventPageFactory(parent=events, title="Visite de la chaufferie de Bais")
    past = EventPageFactory(parent=events, title="Rencontre passée")
    past.start = timezone.now() - datetime.timedelta(days=30)
    past.end = past.start
    past.save_revision().publish()
    draft = EventPageFactory(parent=events, title="Rencontre en préparation")
    draft.title = "Rencontre en préparation (nouveau titre)"
    draft.save_revision()

    content, _queries = _dashboard_queries(admin_client)
    assert "Brouillons à relire et publier" in content
    assert "Rencontre en préparation (nouveau titre)" in content
    assert "Prochaines rencontres" in content
    assert "Visite de la chaufferie de Bais" in content
    assert "Rencontre passée" not in content
    assert "Adhésions qui prennent fin dans les 60 jours" in content
    assert "Commune de Renazé" in content and "Commune de Craon" not in content
    assert "Derniers téléchargements" in content and "Étude vélo" in content


def test_dashboard_panels_keep_a_fixed_number_of_queries(admin_client, downloads, home_page):
    today = timezone.localdate()
    events = EventIndexPageFactory(parent=home_page)
    EventPageFactory(parent=events)
    MemberOrganisationFactory(name="Échéance 1", active_until=today + datetime.timedelta(5))
    # A first visit creates what is made once (the exchange's settings row, Wagtail's caches).
    _dashboard_queries(admin_client)
    _content, few = _dashboard_queries(admin_client)
    for n in range(8):
        EventPageFactory(parent=events)
        DownloadLogFactory(resource=downloads["tender"], user=downloads["alice"])
        MemberOrganisationFactory(
            name=f"Échéance {n + 2}", active_until=today + datetime.timedelta(n)
        )
    _content, many = _dashboard_queries(admin_client)
    assert many == few


def test_dashboard_member_panels_hidden_without_permission(site, downloads):
    client = Client()
    editor = UserFactory(email="redacteur@exemple.fr", is_staff=True)
    client.force_login(editor)
    response = client.get("/admin/")
    if response.status_code == 200:
        assert "Derniers téléchargements" not in response.content.decode()


def test_person_chooser_searches_by_name_and_email(admin_client, downloads):
    response = admin_client.get("/admin/person_chooser/results/", {"q": "gorron"})
    assert response.status_code == 200
    content = response.content.decode()
    assert "bruno@gorron.exemple.fr" in content
    assert "alice@bais.exemple.fr" not in content


@pytest.mark.parametrize("kind", ["member", "staff_without_permission"])
def test_person_chooser_shows_nobody_to_others(site, downloads, kind):
    client = Client()
    if kind == "member":
        client.force_login(downloads["alice"])
    else:
        client.force_login(UserFactory(email="stagiaire@exemple.fr", is_staff=True))
    response = client.get("/admin/person_chooser/results/", {"q": "exemple"})
    assert response.status_code in (302, 403)
    assert b"bruno@gorron.exemple.fr" not in response.content


def test_member_and_grant_forms_use_the_person_chooser(admin_client, downloads):
    resource = downloads["study"]
    access = admin_client.get(f"/admin/members-area/resources/{resource.pk}/access/")
    profile = downloads["alice"].member_profile
    edit = admin_client.get(f"/admin/snippets/members_area/memberprofile/edit/{profile.pk}/")
    for response in (access, edit):
        content = response.content.decode()
        assert "/admin/person_chooser/" in content
        assert "<option" not in content.split('name="user"')[0][-300:]
