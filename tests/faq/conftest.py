"""Fixtures for the public FAQ: the FAQ page beside the sheets' sections, two themes, a
published entry and a draft."""

from types import SimpleNamespace

import pytest

from faq.factories import FaqEntryPageFactory, FaqIndexPageFactory
from faq.models import FaqRelatedPage
from sheets.factories import (
    CommuneFactory,
    ExperienceIndexPageFactory,
    ExperienceSheetPageFactory,
    ThemeFactory,
    ThemeIndexPageFactory,
)

# Shared fixtures of the search and cache tests (the backends, the purge recorder).
from tests.search.conftest import (  # noqa: F401
    closed_breaker,
    database_search,
    elasticsearch,
    osmem,
)
from tests.sheets.test_cache_purge import purged  # noqa: F401

ANSWER = "<p>Un relevé hebdomadaire des compteurs a révélé une fuite sous la salle des fêtes.</p>"


def make_entry(faq, themes=(), **fields):
    fields.setdefault("answer", ANSWER)
    return FaqEntryPageFactory(parent=faq, themes=list(themes), **fields)


@pytest.fixture
def tree(home_page):
    tree = SimpleNamespace(
        home=home_page,
        themes_page=ThemeIndexPageFactory(parent=home_page),
        experiences=ExperienceIndexPageFactory(parent=home_page),
        faq=FaqIndexPageFactory(parent=home_page, show_in_menus=True),
        eau=ThemeFactory(name="Économies d'eau", slug="economies-d-eau"),
        energie=ThemeFactory(name="Énergie", slug="energie"),
        bais=CommuneFactory(name="Bais", slug="bais", insee_code="53016", population=1472),
    )
    tree.sheet = ExperienceSheetPageFactory(
        parent=tree.experiences,
        title="Chasse aux fuites à Bais",
        commune=tree.bais,
        themes=[tree.eau],
    )
    tree.entry = make_entry(
        tree.faq,
        [tree.eau],
        title="Comment repérer une fuite d'eau dans les bâtiments communaux ?",
        asked_by="Une commune de 1 500 habitants",
        answered_by="Commune de Bais",
        validated_on="2026-03-12",
    )
    FaqRelatedPage.objects.create(page=tree.entry, sheet=tree.sheet)
    tree.draft = make_entry(
        tree.faq, [tree.eau], title="Brouillon zéphyrin sur les compteurs", live=False
    )
    return tree
