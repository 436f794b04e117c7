"""The dashboard's sheets to review: the live experience and technical sheets of the default
language whose information was not confirmed for two years (or never, and published more than
two years ago), the oldest first, each linked to its editor, with their total; for those who may
edit pages (the pages they may edit), in a fixed number of queries. And the content panels hide
from those who may edit no page."""

import datetime

import pytest
from django.contrib.auth.models import Group, Permission
from django.utils import timezone
from wagtail.models import GroupPagePermission, Locale, Page

from sheets import dashboard
from sheets.factories import EventPageFactory, ExperienceSheetPageFactory, TechnicalSheetPageFactory
from tests.factories import UserFactory
from tests.registrations.admin_helpers import admin_client_of, admin_user_with

pytestmark = pytest.mark.django_db

HOME = "/admin/"
TODAY = timezone.localdate()


def years_ago(years, days=0):
    return dashboard.years_before(TODAY, years) - datetime.timedelta(days=days)


def published_on(page, day):
    """Dates the page's first publication `day` (Wagtail stamps it when it is published)."""
    moment = timezone.make_aware(datetime.datetime.combine(day, datetime.time(10)))
    Page.objects.filter(pk=page.pk).update(first_published_at=moment)
    return page


def experience(tree, title, last_reviewed, published=None, **fields):
    sheet = ExperienceSheetPageFactory(
        parent=tree.experiences,
        title=title,
        commune=tree.bais,
        last_reviewed=last_reviewed,
        **fields,
    )
    return published_on(sheet, published or years_ago(3))


def technical(tree, title, last_reviewed, published=None):
    sheet = TechnicalSheetPageFactory(
        parent=tree.technical, title=title, last_reviewed=last_reviewed
    )
    return published_on(sheet, published or years_ago(3))


def panel(content):
    return content.split('id="sheets-to-review-content"')[1].split("</section>")[0]


@pytest.fixture
def sheets(tree, english_home_page):
    """Listed: a sheet reviewed three years ago, a technical sheet two years and a day ago, one
    never reviewed and published three years ago. Not listed: one reviewed last year, one never
    reviewed but published last year, one stale but not live, an English translation, an event."""
    listed = {
        "old": experience(tree, "Chaufferie bois de Bais", years_ago(3)),
        "technical": technical(tree, "Réussir son extinction nocturne", years_ago(2, days=1)),
        "never": experience(tree, "Cantine en circuit court", None, published=years_ago(3, 30)),
    }
    experience(tree, "Isolation de la mairie", years_ago(1))
    experience(tree, "Pédibus de Gorron", None, published=years_ago(1))
    draft = experience(tree, "Projet abandonné", years_ago(4))
    draft.unpublish()
    english = listed["old"].copy_for_translation(
        Locale.objects.get(language_code="en"), copy_parents=True
    )
    english.title = "Wood boiler in Bais"
    english.save_revision().publish()
    EventPageFactory(parent=tree.events, title="Visite de la chaufferie")
    return listed


def test_the_panel_lists_the_sheets_to_review_oldest_first(admin_client, sheets):
    page = admin_client.get(HOME).content.decode()
    assert "Fiches à relire (3)" in page
    content = panel(page)
    assert content.index("Cantine en circuit court") < content.index("Chaufferie bois de Bais")
    assert content.index("Chaufferie bois de Bais") < content.index("Réussir son extinction")
    for sheet in sheets.values():
        assert f'href="/admin/pages/{sheet.pk}/edit/"' in content
    assert "Fiche technique" in content and "Fiche expérience" in content
    assert years_ago(3).strftime("%d/%m/%Y") in content
    assert f"jamais (publiée le {years_ago(3, 30).strftime('%d/%m/%Y')})" in content
    for title in ("Isolation de la mairie", "Pédibus", "Projet abandonné", "Wood boiler"):
        assert title not in content
    assert "Visite de la chaufferie" not in content


def test_the_delay_is_a_setting(admin_client, sheets, settings):
    settings.SHEETS_REVIEW_AFTER_YEARS = 4
    page = admin_client.get(HOME).content.decode()
    assert "Fiches à relire (0)" in page
    assert "Toutes les fiches en ligne ont été relues récemment." in panel(page)


def test_the_panel_shows_the_oldest_ten_and_the_total(admin_client, tree):
    for n in range(12):
        experience(tree, f"Fiche {n:02d}", years_ago(3, days=n))
    page = admin_client.get(HOME).content.decode()
    assert "Fiches à relire (12)" in page
    content = panel(page)
    assert "Fiche 11" in content and "Fiche 02" in content and "Fiche 01" not in content
    assert "Les 10 plus anciennes sont affichées." in content


def test_an_editor_sees_the_sheets_they_may_edit(site, sheets, tree):
    user = UserFactory(email="fiches-techniques@exemple.fr", is_staff=True)
    group = Group.objects.create(name="Fiches techniques")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    GroupPagePermission.objects.create(
        group=group, page=tree.technical, permission=Permission.objects.get(codename="change_page")
    )
    user.groups.add(group)
    content = panel(admin_client_of(user).get(HOME).content.decode())
    assert "Réussir son extinction nocturne" in content
    assert "Chaufferie bois de Bais" not in content


def test_content_panels_hide_from_those_who_may_edit_no_page(site, sheets):
    client = admin_client_of(admin_user_with("tresorerie@exemple.fr", [], "Trésorerie"))
    content = client.get(HOME).content.decode()
    for name in ("sheets-to-review", "drafts-to-review", "upcoming-events"):
        assert f'id="{name}-section"' not in content


def test_the_panel_keeps_a_fixed_number_of_queries(
    admin_client, tree, django_assert_max_num_queries
):
    for n in range(3):
        experience(tree, f"Fiche {n}", years_ago(3))
        technical(tree, f"Technique {n}", None)
    admin_client.get(HOME)
    with django_assert_max_num_queries(200) as few:
        admin_client.get(HOME)
    for n in range(3, 12):
        experience(tree, f"Fiche {n}", years_ago(3))
        technical(tree, f"Technique {n}", None)
    with django_assert_max_num_queries(len(few.captured_queries)):
        page = admin_client.get(HOME).content.decode()
    assert "Fiches à relire (24)" in page
