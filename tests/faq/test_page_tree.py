"""Where the FAQ's page types can and cannot be created."""

import pytest
from wagtail.models import Page

from faq.models import FaqEntryPage, FaqIndexPage
from home.models import HomePage
from sheets.models import ExperienceIndexPage, ExperienceSheetPage, ThemeIndexPage

pytestmark = pytest.mark.django_db

ALL = [HomePage, ExperienceIndexPage, ThemeIndexPage, ExperienceSheetPage]
ALLOWED = {FaqIndexPage: {HomePage}, FaqEntryPage: {FaqIndexPage}}


@pytest.mark.parametrize("child", [FaqIndexPage, FaqEntryPage], ids=lambda m: m.__name__)
@pytest.mark.parametrize(
    "parent", [Page, *ALL, FaqIndexPage, FaqEntryPage], ids=lambda m: m.__name__
)
def test_creation_rules(parent, child):
    expected = parent in ALLOWED[child]
    assert (
        child in parent.allowed_subpage_models() and parent in child.allowed_parent_page_models()
    ) == expected


def test_one_faq_page_per_home(tree):
    assert not FaqIndexPage.can_create_at(tree.home)
    assert FaqEntryPage.can_create_at(tree.faq)
    assert not FaqEntryPage.can_create_at(tree.entry)


def test_entry_pages_have_no_children(tree):
    assert FaqEntryPage.allowed_subpage_models() == []
