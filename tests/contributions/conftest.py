"""Two member communes with a contributor each, a member who does not contribute, the
facilitator, and the sheets' lists where contributions go."""

import pytest
from django.test import Client

from contributions.factories import ContributorFactory
from sheets.factories import (
    CommuneFactory,
    ExperienceIndexPageFactory,
    TechnicalIndexPageFactory,
    ThemeFactory,
)
from tests.factories import MemberFactory, MemberOrganisationFactory, UserFactory


def client_of(user):
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


@pytest.fixture
def experience_index(site):
    return ExperienceIndexPageFactory(
        parent=site.root_page, title="Expériences", slug="experiences"
    )


@pytest.fixture
def technical_index(site):
    return TechnicalIndexPageFactory(parent=site.root_page, title="Fiches techniques")


@pytest.fixture
def theme(locales):
    return ThemeFactory(name="Eau", slug="eau")


@pytest.fixture
def bais(db):
    commune = CommuneFactory(name="Bais", slug="bais")
    return MemberOrganisationFactory(name="Commune de Bais", commune=commune)


@pytest.fixture
def quelaines(db):
    commune = CommuneFactory(name="Quelaines-Saint-Gault", slug="quelaines")
    return MemberOrganisationFactory(name="Commune de Quelaines", commune=commune)


@pytest.fixture
def contributor(experience_index, technical_index, bais):
    return ContributorFactory(
        organisation=bais, email="claire@bais.exemple.fr", first_name="Claire"
    )


@pytest.fixture
def other_contributor(experience_index, technical_index, quelaines):
    return ContributorFactory(
        organisation=quelaines, email="paul@quelaines.exemple.fr", first_name="Paul"
    )


@pytest.fixture
def member(bais):
    return MemberFactory(organisation=bais, email="lecteur@bais.exemple.fr")


@pytest.fixture
def facilitator(site):
    return UserFactory(
        email="animation@exemple.fr", is_staff=True, is_superuser=True, first_name="Maude"
    )


def sheet_form(theme, **overrides):
    data = {
        "title": "Récupérer l'eau de pluie",
        "main_theme": theme.pk,
        "status": "realise",
        "year_start": "2022",
        "summary": "Des cuves sous les serres municipales arrosent les massifs.",
        "context": "Les étés secs.\n\nLa facture d'eau.",
        "fundings-TOTAL_FORMS": "5",
        "fundings-INITIAL_FORMS": "0",
        "fundings-MIN_NUM_FORMS": "5",
        "fundings-MAX_NUM_FORMS": "5",
    }
    data.update(overrides)
    return data
