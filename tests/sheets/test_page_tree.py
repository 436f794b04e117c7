"""Where each page type can and cannot be created (parent_page_types / subpage_types)."""

import pytest
from wagtail.models import Page

from home.models import HomePage
from sheets.models import (
    CommuneIndexPage,
    EventIndexPage,
    EventPage,
    ExperienceIndexPage,
    ExperienceSheetPage,
    MapPage,
    TechnicalIndexPage,
    TechnicalSheetPage,
    ThemeIndexPage,
)

pytestmark = pytest.mark.django_db

INDEXES = [
    ExperienceIndexPage,
    TechnicalIndexPage,
    EventIndexPage,
    ThemeIndexPage,
    CommuneIndexPage,
    MapPage,
]
ALL = [HomePage, *INDEXES, ExperienceSheetPage, TechnicalSheetPage, EventPage]

# child model -> the only parent model it may be created under
ALLOWED = {
    HomePage: {Page},
    ExperienceIndexPage: {HomePage},
    TechnicalIndexPage: {HomePage},
    EventIndexPage: {HomePage},
    ThemeIndexPage: {HomePage},
    CommuneIndexPage: {HomePage},
    MapPage: {HomePage},
    ExperienceSheetPage: {ExperienceIndexPage},
    TechnicalSheetPage: {TechnicalIndexPage},
    EventPage: {EventIndexPage},
}


@pytest.mark.parametrize("child", ALL, ids=lambda m: m.__name__)
@pytest.mark.parametrize("parent", [Page, *ALL], ids=lambda m: m.__name__)
def test_creation_rules(parent, child):
    """Each type may be created under its declared parent and nowhere else."""
    expected = parent in ALLOWED[child]
    assert (
        child in parent.allowed_subpage_models() and parent in child.allowed_parent_page_models()
    ) == expected


def test_one_index_of_each_kind_per_home(tree):
    for model in INDEXES:
        assert not model.can_create_at(tree.home), model.__name__


def test_sheets_are_created_under_their_index(tree):
    assert ExperienceSheetPage.can_create_at(tree.experiences)
    assert not ExperienceSheetPage.can_create_at(tree.technical)
    assert TechnicalSheetPage.can_create_at(tree.technical)
    assert not TechnicalSheetPage.can_create_at(tree.home)
    assert EventPage.can_create_at(tree.events)
    assert not EventPage.can_create_at(tree.themes_page)
