"""The home page: what the network is, its themes, latest sheets, upcoming events, figures."""

import datetime
import re

import pytest
from django.utils import timezone

from members_area.factories import MemberOrganisationFactory
from reseau.models import NetworkSettings
from sheets.factories import EventPageFactory, ExperienceSheetPageFactory
from tests.sheets.conftest import tree  # noqa: F401 - the page tree fixture

pytestmark = pytest.mark.django_db


@pytest.fixture
def content(tree):  # noqa: F811 - fixture imported above
    for n in range(3):
        ExperienceSheetPageFactory(
            parent=tree.experiences, title=f"Fiche {n}", commune=tree.bais, themes=[tree.energie]
        )
    now = timezone.now()
    EventPageFactory(
        parent=tree.events, title="Rencontre à venir", start=now + datetime.timedelta(days=10)
    )
    for year in (2009, 2011, 2015):
        EventPageFactory(
            parent=tree.events,
            title=f"Rencontre {year}",
            start=now.replace(year=year),
            end=now.replace(year=year) + datetime.timedelta(hours=2),
        )
    return tree


def test_home_shows_sections(content, anonymous_client):
    response = anonymous_client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Un réseau pour partager ce qui marche" in html
    assert "/themes/energie/" in html and "Énergie" in html
    assert all(f"Fiche {n}" in html for n in range(3))
    assert "Rencontre à venir" in html
    assert "Rencontre 2011" not in html  # past events are not "upcoming"
    assert content.experiences.url in html and content.events.url in html


def test_figures_are_computed_from_the_data(content, anonymous_client):
    MemberOrganisationFactory(name="Commune de Bais")
    MemberOrganisationFactory(name="Commune de Gorron")
    MemberOrganisationFactory(name="Mayenne Communauté", kind="epci")
    MemberOrganisationFactory(name="Ancienne adhérente", lapsed=True)
    response = anonymous_client.get("/")
    figures = response.context["figures"]
    assert figures["member_count"] == 3  # active member organisations only
    assert figures["sheet_count"] == 3
    html = response.content.decode()
    # Each figure says what it counts.
    assert (
        "<strong>3</strong> collectivités adhérentes"
        '<span class="figures__detail">2 communes, 1 intercommunalité</span>'
    ) in html
    assert "<strong>3</strong> fiches expériences publiées" in html
    # Held since 2010 (2011, 2015), not 2009, not the upcoming one.
    assert "<strong>2</strong> rencontres organisées depuis 2010" in html


def test_created_year_is_a_setting(content, anonymous_client, site):
    settings = NetworkSettings.for_site(site)
    settings.created_year = 2012
    settings.save()
    html = anonymous_client.get("/").content.decode()
    assert "<strong>1</strong> rencontre organisée depuis 2012" in html


def test_without_members_the_figure_counts_communes_and_says_so(content, anonymous_client):
    # Bais (three sheets) and the four communes hosting the events
    response = anonymous_client.get("/")
    assert response.context["figures"]["member_count"] == 0
    html = response.content.decode()
    assert (
        "<strong>5</strong> communes ont publié une expérience ou accueilli une rencontre" in html
    )
    assert "collectivité adhérente" not in html and "collectivités adhérentes" not in html


def test_empty_site_home_answers(home_page, anonymous_client):
    response = anonymous_client.get("/")
    assert response.status_code == 200
    assert "Les premières fiches seront bientôt publiées" in response.content.decode()


def meta_description(html):
    found = re.search(r'<meta name="description" content="([^"]*)">', html)
    return found and found.group(1)


def test_meta_description_drawn_from_the_introduction(content, anonymous_client):
    """Left empty by the editor, the home page's description is its introduction (plain
    text); without one, a sentence on the network. The editor's own text wins."""
    home = content.home
    home.intro = "<p>Les communes partagent <b>l&#x27;essentiel</b> de leurs projets.</p>"
    home.save_revision().publish()
    html = anonymous_client.get("/").content.decode()
    assert meta_description(html) == "Les communes partagent l&#x27;essentiel de leurs projets."
    home.intro = ""
    home.save_revision().publish()
    assert meta_description(anonymous_client.get("/").content.decode()).startswith(
        "Le réseau des collectivités mayennaises"
    )
    home.search_description = "Le texte de l'éditeur."
    home.save_revision().publish()
    html = anonymous_client.get("/").content.decode()
    assert meta_description(html) == "Le texte de l&#x27;éditeur."
