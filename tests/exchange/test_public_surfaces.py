"""Nothing of the exchange reaches a public surface: questions, answers, subjects and the names
in them are members-only, so the public search, its suggestions, the sitemap, the feeds and the
public pages never show them, to anyone (members included: the public search is public)."""

import pytest
from django.test import Client

from exchange.factories import AnswerFactory, QuestionFactory, SubjectFactory
from sheets.factories import (
    CommuneFactory,
    CommuneIndexPageFactory,
    EventIndexPageFactory,
    ExperienceIndexPageFactory,
    ExperienceSheetPageFactory,
    ThemeFactory,
    ThemeIndexPageFactory,
)
from tests.factories import MemberFactory, MemberOrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db

# Words no public page holds: any of them in a response is a leak.
QUESTION_TITLE = "Subvention zorglub pour la chaufferie de Quelaines"
QUESTION_BODY = "Notre devis xérophile dépasse le plafond prévu."
ANSWER_BODY = "Le syndicat nous a accordé un bonus quetzalcoatl de 20 %."
SUBJECT_TITLE = "Visite pangolin des réseaux de chaleur"
ASKER_NAME = "Hermenegilde"
SECRETS = ["zorglub", "xérophile", "quetzalcoatl", "pangolin", ASKER_NAME]

KINDS = ["anonymous", "non_member", "lapsed_member", "member", "staff"]


@pytest.fixture
def exchange_content(site, home_page):
    theme = ThemeFactory(name="Énergie", slug="energie")
    commune = CommuneFactory(name="Quelaines-Saint-Gault", slug="quelaines-saint-gault")
    ThemeIndexPageFactory(parent=home_page)
    CommuneIndexPageFactory(parent=home_page)
    EventIndexPageFactory(parent=home_page)
    index = ExperienceIndexPageFactory(parent=home_page)
    ExperienceSheetPageFactory(
        parent=index, title="Chaufferie bois de Quelaines", commune=commune, themes=[theme]
    )
    organisation = MemberOrganisationFactory(name="Commune de Quelaines-Saint-Gault")
    asker = MemberFactory(organisation=organisation, first_name=ASKER_NAME, last_name="Durand")
    question = QuestionFactory(
        author=asker, title=QUESTION_TITLE, body=QUESTION_BODY, themes=[theme]
    )
    AnswerFactory(question=question, body=ANSWER_BODY)
    SubjectFactory(author=asker, title=SUBJECT_TITLE, themes=[theme])
    return question


def client_for(kind):
    client = Client()
    if kind == "non_member":
        client.force_login(UserFactory(email="public.visiteur@exemple.fr"))
    elif kind == "lapsed_member":
        lapsed = MemberOrganisationFactory(name="Commune échue", lapsed=True)
        client.force_login(MemberFactory(organisation=lapsed, email="echu.public@exemple.fr"))
    elif kind == "member":
        client.force_login(MemberFactory(email="membre.public@exemple.fr"))
    elif kind == "staff":
        client.force_login(UserFactory(email="equipe.public@exemple.fr", is_staff=True))
    return client


def assert_no_secret(response, searched=""):
    """None of the secret words (but the one searched, which the page repeats), nor any whole
    text of the exchange."""
    content = response.content.decode()
    texts = [QUESTION_TITLE, QUESTION_BODY, ANSWER_BODY, SUBJECT_TITLE]
    for secret in [*texts, *(word for word in SECRETS if word != searched)]:
        assert secret not in content, f"{secret!r} in {response.request['PATH_INFO']}"


PUBLIC_URLS = [
    "/",
    "/themes/",
    "/themes/energie/",
    "/communes/quelaines-saint-gault/",
    "/sitemap.xml",
    "/flux/fiches-experiences.rss",
    "/flux/fiches-experiences.atom",
    "/flux/rencontres.rss",
    "/flux/rencontres.ics",
]


@pytest.mark.parametrize("kind", KINDS)
def test_public_pages_feeds_and_sitemap_show_nothing_of_the_exchange(exchange_content, kind):
    client = client_for(kind)
    for url in PUBLIC_URLS:
        response = client.get(url)
        assert response.status_code in (200, 404), url
        assert_no_secret(response)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("word", ["zorglub", "quetzalcoatl", "pangolin", "chaufferie"])
def test_public_search_and_suggestions_never_find_the_exchange(exchange_content, kind, word):
    client = client_for(kind)
    for url in (f"/recherche/?q={word}", f"/recherche/suggestions/?q={word[:5]}"):
        response = client.get(url)
        assert response.status_code == 200
        assert_no_secret(response, searched=word)
