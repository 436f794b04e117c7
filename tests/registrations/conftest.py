"""The people and the event of the registrations' tests: an upcoming meeting open to all with
three places and a waiting list, a member of an active organisation with a colleague, and a
visitor's details."""

import datetime

import pytest
from django.utils import timezone

from sheets.factories import CommuneFactory, EventIndexPageFactory, EventPageFactory
from sheets.models import RegistrationMode
from tests.factories import MemberFactory, MemberOrganisationFactory

START = datetime.timedelta(days=20)


def visitor(n=1, **fields):
    """A visitor's details, as the public form gives them."""
    return {
        "first_name": "Camille",
        "last_name": f"Visiteur {n}",
        "email": f"camille.visiteur{n}@exemple.fr",
        "commune": "Communauté de communes du Mont des Avaloirs",
        "role": "Chargée de mission",
        **fields,
    }


@pytest.fixture
def event(site):
    index = EventIndexPageFactory(parent=site.root_page)
    start = (timezone.now() + START).replace(second=0, microsecond=0)
    return EventPageFactory(
        parent=index,
        title="Visite de la chaufferie bois de Bais",
        slug="visite-chaufferie-bais",
        start=start,
        end=start + datetime.timedelta(hours=3),
        venue="Mairie de Bais",
        address="1 place de l'Église, 53160 Bais",
        host_commune=CommuneFactory(name="Bais", slug="bais"),
        capacity=3,
        registration_mode=RegistrationMode.OPEN,
        waiting_list=True,
    )


@pytest.fixture
def organisation(db):
    return MemberOrganisationFactory(name="Commune de Bais")


@pytest.fixture
def member(organisation):
    return MemberFactory(
        organisation=organisation,
        email="elue@mairie-bais.exemple.fr",
        first_name="Hélène",
        last_name="Durand",
        function="Adjointe à l'environnement",
    )


@pytest.fixture
def colleague(organisation):
    return MemberFactory(
        organisation=organisation,
        email="technicien@mairie-bais.exemple.fr",
        first_name="Marc",
        last_name="Lefèvre",
    )
