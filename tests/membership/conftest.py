"""The membership plugin's fixtures: the join page, a few communes of the official list, the
form's valid data, and the people of the access matrix (tests/members_area/conftest.py)."""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from membership.factories import JoinPageFactory, MembershipApplicationFactory
from sheets.factories import CommuneFactory
from tests.factories import MemberFactory, MemberOrganisationFactory, UserFactory
from tests.second_factor import verified_login

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture
def join_page(home_page):
    page = JoinPageFactory(parent=home_page, cost="0,10 € par habitant et par an")
    page.save_revision().publish()
    return page


@pytest.fixture
def communes(db):
    return [
        CommuneFactory(name="Bais", slug="bais", insee_code="53019", epci="CC des Coëvrons"),
        CommuneFactory(name="Ernée", slug="ernee", insee_code="53096", epci="L'Ernée"),
        CommuneFactory(
            name="Changé", slug="change", insee_code="53054", epci="Laval Agglomération"
        ),
    ]


@pytest.fixture
def form_data(communes):
    return {
        "kind": "commune",
        "commune": str(communes[0].pk),
        "epci": "",
        "council_name": "",
        "first_name": "Claire",
        "last_name": "Dubois",
        "function": "Adjointe à l'environnement",
        "role": "elu",
        "email": "claire.dubois@bais.fr",
        "phone": "02 43 00 00 00",
        "person_1_name": "Paul Martin",
        "person_1_email": "paul.martin@bais.fr",
        "person_1_role": "technicien",
        "message": "Nous voulons partager notre projet de chaufferie.",
        "consent": "on",
        "website": "",
        "submission_key": "6f1d7f8e-0c4b-4c55-9a5e-1c2b3d4e5f60",
    }


def pdf_upload(name="deliberation.pdf"):
    return SimpleUploadedFile(name, PDF, content_type="application/pdf")


@pytest.fixture
def facilitator(db):
    """Staff with every right (a superuser), signed in to the admin with a second factor."""
    return UserFactory(
        email="animatrice@exemple.fr", is_staff=True, is_superuser=True, first_name="Anne"
    )


@pytest.fixture
def facilitator_client(site, facilitator):
    client = Client()
    verified_login(client, facilitator)
    return client


@pytest.fixture
def application(communes):
    return MembershipApplicationFactory(commune=communes[0], email="claire.dubois@bais.fr")


@pytest.fixture
def ending_organisation(communes):
    today = datetime.date.today()
    organisation = MemberOrganisationFactory(
        name="Commune d'Ernée",
        commune=communes[1],
        active_until=today + datetime.timedelta(days=60),
    )
    MemberFactory(organisation=organisation, email="membre.ernee@exemple.fr", first_name="Luc")
    return organisation
