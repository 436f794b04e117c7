import pytest

from sheets.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    ExperienceIndexPageFactory,
    ExperienceSheetPageFactory,
    ThemeFactory,
)

pytestmark = pytest.mark.django_db


def test_factories_build_a_published_tree(home_page):
    theme = ThemeFactory(name="Énergie", slug="energie")
    index = ExperienceIndexPageFactory(parent=home_page)
    sheet = ExperienceSheetPageFactory(parent=index, themes=[theme])
    events = EventIndexPageFactory(parent=home_page)
    event = EventPageFactory(parent=events, themes=[theme])
    assert sheet.live and event.live
    assert list(sheet.themes.all()) == [theme]
    assert sheet.get_parent().specific == index
