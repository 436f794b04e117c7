"""The people of the moderation tests: the kinds of user of the access matrix
(tests/members_area/conftest.py), plus the asker of a question and the member of another
commune who answered it; and the question page's stand-in (urls.py)."""

import pytest
from django.test import Client

from tests.factories import (
    AnswerFactory,
    MemberFactory,
    MemberOrganisationFactory,
    QuestionFactory,
    ResourceFactory,
)
from tests.members_area.conftest import make_user

KINDS = ["anonymous", "non_member", "member", "lapsed_member", "staff"]
QUESTION_BODY = "Quel bureau conseille la chaufferie bois de Quelaines ?"
ANSWER_BODY = "Nous avons travaillé avec le bureau Xylotherme en 2022, très satisfaits."


@pytest.fixture(autouse=True)
def question_pages(settings):
    settings.ROOT_URLCONF = "tests.exchange.moderation.urls"


@pytest.fixture
def people(site):
    organisation = MemberOrganisationFactory(name="Commune de Bais")
    lapsed = MemberOrganisationFactory(name="Commune de Renazé", lapsed=True)
    resource = ResourceFactory()
    users = {
        kind: make_user(
            "member_without_grant" if kind == "member" else kind, resource, organisation, lapsed
        )
        for kind in KINDS
    }
    users["staff"].first_name = "Claire"
    users["staff"].save()
    users["asker"] = MemberFactory(
        organisation=MemberOrganisationFactory(name="Commune de Quelaines"),
        email="demandeur@exemple.fr",
        first_name="Anne",
        last_name="Demandeuse",
    )
    users["answerer"] = MemberFactory(
        organisation=MemberOrganisationFactory(name="Commune d'Évron"),
        email="repondant@exemple.fr",
        first_name="Bruno",
        last_name="Répondant",
    )
    users["member"].first_name, users["member"].last_name = "Mathilde", "Signaleuse"
    users["member"].save()
    return users


@pytest.fixture
def question(people):
    return QuestionFactory(author=people["asker"], body=QUESTION_BODY)


@pytest.fixture
def answer(question, people):
    return AnswerFactory(question=question, author=people["answerer"], body=ANSWER_BODY)


@pytest.fixture
def client_of(people):
    def build(kind):
        client = Client()
        user = people.get(kind)
        if user is not None:
            client.force_login(user)
        return client

    return build
