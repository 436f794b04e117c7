"""The security matrix: every kind of user × every surface where a reserved resource, file or
members-only part of a public page could show. Each cell checks the status AND that neither
the title nor the file's bytes appear.

The organisations, the users, the secret resource and the public pages are built once for the
module (`world`); each test runs in its own transaction inside the module's, gives the resource
the grant that defines its user's kind there, and sees none of the other tests' changes."""

import re

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse

from home.setup import ensure_home_page
from members_area.documents import make_pdf
from members_area.factories import ResourceFactory
from reseau.models import CustomDocument
from sheets.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    ExperienceIndexPageFactory,
    ExperienceSheetPageFactory,
    ThemeFactory,
)
from sheets.models import EventAttachment, ExperienceAttachment
from tests.factories import MemberFactory
from tests.module_world import fresh, module_transaction

from .conftest import (
    ACTIVE_MEMBERS,
    ALLOWED,
    SECRET_TITLE,
    USER_KINDS,
    build_matrix,
    clients_for,
    signed_in,
)

pytestmark = pytest.mark.django_db

LOGIN_PATH = "/adherents/connexion/"


def body(response):
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content)
    return response.content


def assert_hidden(response, resource):
    content = body(response)
    assert SECRET_TITLE.encode() not in content
    assert resource.title.encode() not in content
    with resource.file.open("rb") as handle:
        assert handle.read()[:200] not in content


def assert_login_redirect(response):
    assert response.status_code == 302
    assert response["Location"].startswith(LOGIN_PATH)


RESERVED_DOC_TITLE = "Relevés de consommation confidentiels école Quetzal"
PUBLIC_DOC_TITLE = "Plaquette publique du projet Quetzal"
CONTACT_EMAIL = "claire.quetzal@mairie.exemple.fr"
REPORT_TEXT = "Compte rendu réservé : le budget Quetzal dépasse de 12 %."


def _document(title):
    return CustomDocument.objects.create(
        title=title, file=ContentFile(make_pdf(title, title), name="doc.pdf")
    )


def build_public_pages(home_page):
    """A sheet with a reserved and a public attachment and a contact, an event with a reserved
    report and slides, each in its index page."""
    reserved = _document(RESERVED_DOC_TITLE)
    public = _document(PUBLIC_DOC_TITLE)
    sheet = ExperienceSheetPageFactory(
        parent=ExperienceIndexPageFactory(parent=home_page),
        title="Rénovation de l'école Quetzal",
        slug="ecole-quetzal",
        contact_email=CONTACT_EMAIL,
    )
    ExperienceAttachment.objects.create(page=sheet, document=reserved, members_only=True)
    ExperienceAttachment.objects.create(page=sheet, document=public, members_only=False)
    event = EventPageFactory(
        parent=EventIndexPageFactory(parent=home_page, title="Agenda", slug="agenda"),
        title="Rencontre Quetzal",
        slug="rencontre-quetzal",
        report=f"<p>{REPORT_TEXT}</p>",
        report_members_only=True,
    )
    slides = _document("Diaporama réservé de la rencontre Quetzal")
    EventAttachment.objects.create(page=event, document=slides, members_only=True)
    return {
        "sheet": sheet,
        "event": event,
        "reserved": reserved,
        "public": public,
        "slides": slides,
    }


@pytest.fixture(scope="module", autouse=True)
def world(django_db_setup, django_db_blocker):
    """The home page, the access matrix (tests/members_area/conftest.py build_matrix), a plain
    member and the public pages with members-only parts: built once for the module, rolled back
    at its end."""
    with module_transaction(django_db_blocker):
        home = ensure_home_page()
        matrix = build_matrix()
        yield {
            "matrix": matrix,
            "member": MemberFactory(organisation=matrix.organisation, email="membre@exemple.fr"),
            "pages": build_public_pages(home),
        }


@pytest.fixture
def secret_resource(world):
    return fresh(world["matrix"].resource)


@pytest.fixture
def client_for(world, secret_resource):
    return clients_for(world["matrix"], secret_resource)


@pytest.fixture
def member_client(world):
    """A member of the organisation with no grant."""
    return signed_in(fresh(world["member"]))


@pytest.fixture
def public_pages(world):
    return {name: fresh(instance) for name, instance in world["pages"].items()}


@pytest.mark.parametrize("kind", USER_KINDS)
@pytest.mark.parametrize("url", ["/adherents/", "/adherents/ressources/"])
def test_resource_lists(client_for, secret_resource, kind, url):
    client = client_for(kind)
    response = client.get(url)
    if kind == "anonymous":
        assert_login_redirect(response)
        return
    assert response.status_code == 200
    if kind in ALLOWED:
        assert SECRET_TITLE.encode() in response.content
    else:
        assert_hidden(response, secret_resource)


@pytest.mark.parametrize("kind", USER_KINDS)
@pytest.mark.parametrize("query", ["", "?theme=&kind=cahier_des_charges", "?page=1"])
def test_resource_list_filters_never_widen_access(client_for, secret_resource, kind, query):
    client = client_for(kind)
    response = client.get("/adherents/ressources/" + query)
    if kind not in ALLOWED:
        if kind != "anonymous":
            assert_hidden(response, secret_resource)
        return
    assert SECRET_TITLE.encode() in response.content


@pytest.mark.parametrize("kind", USER_KINDS)
def test_resource_page(client_for, secret_resource, kind):
    client = client_for(kind)
    response = client.get(secret_resource.get_absolute_url())
    if kind == "anonymous":
        assert_login_redirect(response)
    elif kind in ALLOWED:
        assert response.status_code == 200
        assert SECRET_TITLE.encode() in response.content
    else:
        assert response.status_code == 404
        assert_hidden(response, secret_resource)


@pytest.mark.parametrize("kind", USER_KINDS)
def test_download(client_for, secret_resource, kind):
    client = client_for(kind)
    response = client.get(secret_resource.get_download_url())
    if kind == "anonymous":
        assert_login_redirect(response)
        assert secret_resource.downloads.count() == 0
    elif kind in ALLOWED:
        assert response.status_code == 200
        with secret_resource.file.open("rb") as handle:
            assert body(response) == handle.read()
        assert response["Content-Disposition"].startswith("attachment")
        assert response["Cache-Control"] == "private, no-store"
        assert secret_resource.downloads.filter(user=client.user).count() == 1
    else:
        assert response.status_code == 404
        assert_hidden(response, secret_resource)
        assert secret_resource.downloads.count() == 0


@pytest.mark.parametrize("kind", USER_KINDS)
def test_stored_file_is_reachable_under_no_other_url(client_for, secret_resource, kind):
    """Only the download view hands the file over: not /media/, /static/, Wagtail's document
    URLs, the private folder's name, nor the web server's internal prefix."""
    client = client_for(kind)
    name = secret_resource.file.name  # resources/<slug>.pdf
    basename = name.rsplit("/", 1)[-1]
    urls = [
        f"/media/{name}",
        f"/media/{basename}",
        f"/static/{name}",
        f"/private_media/{name}",
        f"/private/{name}",
        f"/protected/{name}",
        f"/{name}",
        f"/documents/{secret_resource.pk}/{basename}",
        f"/documents/{secret_resource.pk}/",
        f"/adherents/{name}",
        f"/adherents/ressources/{secret_resource.pk}/telecharger/",
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code in (302, 404), url
        assert_hidden(response, secret_resource)


@pytest.mark.parametrize("kind", USER_KINDS)
def test_sitemap_and_feeds_never_name_a_resource(client_for, secret_resource, public_pages, kind):
    client = client_for(kind)
    experiences = public_pages["sheet"].get_parent().specific
    events = public_pages["event"].get_parent().specific
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert_hidden(response, secret_resource)
    for index in (experiences, events):
        base = index.url
        for suffix in ("rss/", "atom/", "flux/", "flux/rss/", "flux/atom/", "feed/", "ics/"):
            response = client.get(base + suffix)
            assert response.status_code in (200, 301, 302, 404)
            assert_hidden(response, secret_resource)


@pytest.mark.parametrize("kind", USER_KINDS)
@pytest.mark.parametrize("url", ["/recherche/?q=Zéphyrin", "/recherche/?q=xylophage"])
def test_search_never_names_a_resource_to_those_without_access(
    client_for, secret_resource, kind, url
):
    client = client_for(kind)
    response = client.get(url)
    assert response.status_code in (200, 302)
    if kind not in ALLOWED:
        assert_hidden(response, secret_resource)


@pytest.mark.parametrize("kind", USER_KINDS)
def test_autocomplete_never_names_a_resource_to_those_without_access(
    client_for, secret_resource, kind
):
    client = client_for(kind)
    response = client.get("/recherche/autocomplete/?q=Cahier des charges confidentiel")
    if response.status_code == 404:  # the endpoint lives under another address
        response = client.get(reverse("search:autocomplete"), {"q": "Cahier des charges"})
    assert response.status_code == 200
    if kind not in ALLOWED:
        assert_hidden(response, secret_resource)


# --- Members-only parts of public pages ---------------------------------------------------------


@pytest.mark.parametrize("kind", USER_KINDS)
def test_members_only_parts_of_public_pages(client_for, public_pages, kind):
    client = client_for(kind)
    sheet_page = client.get(public_pages["sheet"].url)
    event_page = client.get(public_pages["event"].url)
    assert sheet_page.status_code == event_page.status_code == 200
    shown = kind in ACTIVE_MEMBERS
    assert CONTACT_EMAIL.encode() not in sheet_page.content  # nobody: no consent (0043)
    assert (RESERVED_DOC_TITLE.encode() in sheet_page.content) is shown
    assert (public_pages["reserved"].url.encode() in sheet_page.content) is shown
    assert PUBLIC_DOC_TITLE.encode() in sheet_page.content
    assert (REPORT_TEXT.encode() in event_page.content) is shown
    assert (public_pages["slides"].url.encode() in event_page.content) is shown


@pytest.mark.parametrize("kind", USER_KINDS)
@pytest.mark.parametrize("document", ["reserved", "slides"])
def test_members_only_documents_are_served_to_members_only(
    client_for, public_pages, kind, document
):
    client = client_for(kind)
    doc = public_pages[document]
    response = client.get(doc.url)
    with doc.file.open("rb") as handle:
        data = handle.read()
    if kind in ACTIVE_MEMBERS:
        assert response.status_code == 200
        assert body(response) == data
    elif kind == "anonymous":
        assert_login_redirect(response)
    else:
        assert response.status_code == 404
        assert data[:200] not in body(response)
        assert doc.title.encode() not in body(response)


@pytest.mark.parametrize("kind", USER_KINDS)
def test_public_documents_stay_public(client_for, public_pages, kind):
    response = client_for(kind).get(public_pages["public"].url)
    assert response.status_code == 200


def test_a_document_reserved_on_one_page_is_reserved_everywhere(
    anonymous_client, public_pages, home_page
):
    """Attached publicly on a second page, the reserved document stays reserved (fail closed)."""
    other = ExperienceSheetPageFactory(
        parent=public_pages["sheet"].get_parent(), title="Autre fiche", slug="autre-fiche"
    )
    ExperienceAttachment.objects.create(
        page=other, document=public_pages["reserved"], members_only=False
    )
    response = anonymous_client.get(public_pages["reserved"].url)
    assert_login_redirect(response)


# --- Bad input ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        "/adherents/ressources/n-existe-pas/",
        "/adherents/ressources/n-existe-pas/telecharger/",
        "/adherents/ressources/..%2F..%2Fetc%2Fpasswd/telecharger/",
        "/adherents/ressources/%2e%2e/telecharger/",
        "/adherents/ressources/" + "a" * 400 + "/",
        "/adherents/ressources/1/",
        "/adherents/ressources/1/telecharger/",
    ],
)
def test_forged_slugs_and_paths_answer_404(member_client, secret_resource, path):
    response = member_client.get(path)
    assert response.status_code == 404
    assert_hidden(response, secret_resource)


@pytest.mark.parametrize(
    "query",
    ["?page=999", "?page=abc", "?theme=inconnu", "?kind=<script>", "?theme[]=x&kind=etude"],
)
def test_unknown_filters_and_pages_never_fail(member_client, query):
    response = member_client.get("/adherents/ressources/" + query)
    assert response.status_code == 200
    assert b"<script>" not in response.content


def test_filter_selects_are_labelled_and_keep_the_chosen_values(member_client):
    # Options come from the documents the member may open: one of them is an energy study.
    energy = ThemeFactory(name="Énergie", slug="energie")
    ResourceFactory(kind="etude", themes=[energy], open_to_all_members=True)
    html = member_client.get("/adherents/ressources/?theme=energie&kind=etude").content.decode()
    assert '<label for="id_theme">Thème</label>' in html
    assert '<select name="theme" id="id_theme">' in html
    assert '<option value="energie" selected>Énergie</option>' in html
    assert '<label for="id_kind">Type de document</label>' in html
    assert '<option value="etude" selected>' in html
    assert '<option value="" selected>Tous les thèmes' not in html
    assert '<option value="" selected>Tous les types' not in html
    html = member_client.get("/adherents/ressources/?theme=inconnu").content.decode()
    assert html.count('<option value="" selected>') == 4  # unknown values: every filter off


def test_resource_page_writes_its_size_the_french_way(client_for, secret_resource):
    """ "PDF, 1 Ko" (core.formats.file_size), never "octets" or "Kio"."""
    html = client_for("member_user_grant").get(secret_resource.get_absolute_url()).content
    html = html.decode()
    assert re.search(r"PDF, \d+ Ko", html)
    assert "octets" not in html and "Kio" not in html
