"""The people of the exchange's tests: the member area's user kinds (tests/members_area/
conftest.py), a theme, and a question from another commune with a secret title."""

import pytest
from django.test import Client

from sheets.factories import ThemeFactory
from tests.factories import (
    AnswerFactory,
    MemberFactory,
    MemberOrganisationFactory,
    QuestionFactory,
    UserFactory,
)
from tests.members_area.conftest import (  # noqa: F401 (fixtures)
    ACTIVE_MEMBERS,
    USER_KINDS,
    client_for,
    lapsed_organisation,
    organisation,
    secret_resource,
)

SECRET_QUESTION = "Comment Zéphyrin a-t-elle financé sa chaufferie xylophage ?"
SECRET_ANSWER = "Par un emprunt quinquennal auprès de la banque Zorglub."
ASKER_ORGANISATION = "Commune de Quelaines-Saint-Gault"
# Who may read and write in the exchange: every active member, with or without a grant.
EXCHANGE_ALLOWED = ACTIVE_MEMBERS
EXCHANGE_REFUSED = [kind for kind in USER_KINDS if kind not in EXCHANGE_ALLOWED]


@pytest.fixture
def theme(site):
    return ThemeFactory(name="Énergie", slug="energie")


@pytest.fixture
def other_theme(site):
    return ThemeFactory(name="Eau", slug="eau")


@pytest.fixture
def asker(site):
    asker_organisation = MemberOrganisationFactory(name=ASKER_ORGANISATION)
    return MemberFactory(
        organisation=asker_organisation, email="asker@exemple.fr", first_name="Alice"
    )


@pytest.fixture
def question(asker, theme):
    question = QuestionFactory(author=asker, title=SECRET_QUESTION, themes=[theme])
    AnswerFactory(question=question, body=SECRET_ANSWER)
    return question


def client_of(user):
    client = Client()
    client.force_login(user)
    client.user = user
    return client


@pytest.fixture
def asker_client(asker):
    return client_of(asker)


@pytest.fixture
def answerer_client(site):
    other = MemberOrganisationFactory(name="Commune de Meslay-du-Maine")
    return client_of(MemberFactory(organisation=other, email="answerer@exemple.fr"))


@pytest.fixture
def staff_client(site):
    return client_of(UserFactory(email="animation@exemple.fr", is_staff=True, first_name="Anne"))
