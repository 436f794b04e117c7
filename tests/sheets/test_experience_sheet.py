"""The experience sheet page: every section, and what only members see."""

import pytest
from django.test import Client

from members_area.factories import MemberFactory, MemberOrganisationFactory
from sheets.factories import ExperienceSheetPageFactory
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

CONTACT = b"claire.dupont@mairie.exemple.fr"


def client_for(user):
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def test_sheet_shows_every_section(sheet, anonymous_client):
    response = anonymous_client.get(sheet.url)
    assert response.status_code == 200
    html = response.content.decode().replace("&#x27;", "'")
    for text in [
        sheet.title,
        "Chiffres clés",
        "Contexte",
        "Démarche",
        "Résultats",
        "Coûts et financements",
        "ADEME",
        "Total",
        "En images",
    ]:
        assert text in html, text
    assert 'alt="Chantier"' in html
    assert "Bais" in html or "Gorron" in html
    assert "Communauté de communes" in html  # EPCI
    assert "/themes/energie/" in html  # theme tags link to theme pages
    assert "Expériences proches" in html
    assert "Réussir son extinction nocturne" in html  # related technical sheet
    assert "relues avec la commune le 1er mars 2025" in html  # last reviewed, French ordinal
    # Where it is: the commune, not raw coordinates.
    assert "48.07" not in html and "-0.77" not in html
    assert 'aria-current="page"' in html  # breadcrumbs
    assert "<title>" + sheet.title in html


def test_funding_table_puts_the_kind_of_aid_under_the_funder_on_phones(sheet, anonymous_client):
    """Each row names its kind of aid twice: in its column (wide screens) and under the funder
    (phones, where the column is hidden by site.css); the total row has no colspan, so hiding
    the column keeps the amounts aligned."""
    html = anonymous_client.get(sheet.url).content.decode()
    table = html[html.index('<table class="fundings">') : html.index("</table>")]
    assert '<th scope="col" class="fundings__kind">' in table
    assert '<span class="fundings__kind-inline"><span class="visually-hidden">, </span>' in table
    assert 'colspan="2"' not in table
    assert '<td class="fundings__kind"></td><td class="num"><strong>' in table


def test_document_sizes_in_one_french_style(sheet, anonymous_client):
    """ "1 Ko" beside "2,3 Mo", never "961 octets" beside "1,0 Kio"."""
    document = sheet.attachments.get(members_only=False).document
    for size, shown in ((961, "PDF, 1 Ko"), (2_411_725, "PDF, 2,3 Mo")):
        document.file_size = size
        document.save()
        html = anonymous_client.get(sheet.url).content.decode()
        assert shown in html
        assert "octets" not in html and "Kio" not in html and "Mio" not in html


@pytest.mark.parametrize(
    "kind,member",
    [
        ("anonymous", False),
        ("non_member", False),
        ("lapsed", False),
        ("member", True),
        ("staff", True),
    ],
)
def test_contact_and_reserved_documents_by_kind_of_user(sheet, kind, member):
    """Members see the contact's name, role and function, never their e-mail or phone (the
    person never agreed to show them: decision 0043); nobody else sees the contact at all."""
    user = {
        "anonymous": lambda: None,
        "non_member": lambda: UserFactory(email="curieux@exemple.fr"),
        "lapsed": lambda: MemberFactory(
            organisation=MemberOrganisationFactory(name="Ancienne adhérente", lapsed=True),
            email="ancien@exemple.fr",
        ),
        "member": lambda: MemberFactory(email="membre@exemple.fr"),
        "staff": lambda: UserFactory(email="equipe@exemple.fr", is_staff=True),
    }[kind]()
    html = client_for(user).get(sheet.url).content.decode()
    assert CONTACT.decode() not in html
    assert "02 43 00 00 00" not in html and "tel:" not in html
    assert ("Claire Dupont" in html) is member
    assert ("Adjointe aux bâtiments" in html) is member
    assert ("Réservé 0" in html) is member  # members-only attachment title
    assert "Public 0" in html  # public attachment for everyone
    if kind == "anonymous":
        assert "Connectez-vous pour voir le contact" in html
        assert "/adherents/connexion/?next=" in html
    if not member:
        assert "réservés aux" in html


def test_location_defaults_to_the_commune(sheet):
    assert sheet.position == (sheet.commune.latitude, sheet.commune.longitude)
    sheet.latitude, sheet.longitude = 48.1, -0.5
    assert sheet.position == (48.1, -0.5)


def test_unpublished_related_sheet_is_not_shown(sheet, anonymous_client):
    other = sheet.related_sheets.first().related
    other.unpublish()
    html = anonymous_client.get(sheet.url).content.decode()
    assert other.title not in html


def test_a_preview_shows_the_themes_being_edited(tree):
    """The editor's preview renders the unsaved themes (kept on the page by modelcluster), not
    the ones saved in the database."""
    sheet = ExperienceSheetPageFactory(parent=tree.experiences, themes=[tree.energie])
    sheet.themes = [tree.eau]  # edited in the form, not saved
    html = sheet.make_preview_request().content.decode()
    assert "Économies d&#x27;eau" in html
    assert 'class="tag tag--theme"' in html
    assert "Énergie</a>" not in html.split('class="sheet__header')[1].split("</header>")[0]
