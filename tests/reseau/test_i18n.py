"""French source, English translation: wagtail-localize translations, switcher, hreflang."""

import datetime
import gettext
import re
from decimal import Decimal

import pytest
from django.conf import settings
from django.core.management import call_command
from django.urls import reverse
from django.utils.translation import trans_real
from wagtail.models import Locale
from wagtail_localize.models import TranslationSource

from core.translation import TranslationMismatch, translate
from home.setup import ensure_home_translations
from sheets.factories import (
    CommuneFactory,
    EventIndexPageFactory,
    ExperienceIndexPageFactory,
    ExperienceSheetPageFactory,
    ThemeFactory,
)
from sheets.models import ExperienceKeyFigure, ExperienceSheetPage, Theme
from tests.factories import ImageFactory

pytestmark = pytest.mark.django_db

SHEET_EN = {
    "title": "Energy retrofit of the primary school",
    "summary": "The commune insulated its school and replaced the oil boiler with a heat pump.",
    "context": "<p>A 1970s school, poorly insulated and heated with oil.</p>",
    "approach": "<p>An energy audit, then works during the summer holidays.</p>",
}


@pytest.fixture
def english(locales):
    return locales["en"]


@pytest.fixture
def energy(english):
    """A French theme and its English translation."""
    theme = ThemeFactory(name="Énergie", slug="energie", icon="energie", colour="#224466")
    translate(theme, english, {"name": "Energy", "description": "Saving and producing energy."})
    return theme


@pytest.fixture
def experience_index(home_page, english_home_page, english):
    index = ExperienceIndexPageFactory(parent=home_page)
    translate(index, english, {"title": "Experience sheets"})
    return index


@pytest.fixture
def sheet(experience_index, energy):
    page = ExperienceSheetPageFactory(
        parent=experience_index,
        slug="renovation-ecole",
        commune=CommuneFactory(name="Gorron", insee_code="53107"),
        main_image=ImageFactory(),
        latitude=Decimal("48.41000"),
        longitude=Decimal("-0.81500"),
        themes=[energy],
    )
    ExperienceKeyFigure.objects.create(page=page, value="-67", unit="%", label="de chauffage")
    page.save_revision().publish()
    return ExperienceSheetPage.objects.get(pk=page.pk)


@pytest.fixture
def english_sheet(sheet, english):
    return translate(sheet, english, SHEET_EN)


def head_links(html):
    return dict(re.findall(r'<link rel="alternate" hreflang="([\w-]+)" href="([^"]+)"', html))


def switcher_links(html):
    nav = html.split('class="lang-switcher"', 1)[1].split("</nav>", 1)[0]
    return {
        code: (href, "aria-current" in attrs)
        for href, code, attrs in re.findall(r'<a href="([^"]+)" hreflang="(\w+)"([^>]*)>', nav)
    }


# --- Translating content through wagtail-localize ---------------------------------------------


def test_translated_sheet_is_an_english_page_under_en(english_sheet, sheet, english):
    assert english_sheet.locale == english
    assert english_sheet.translation_key == sheet.translation_key
    assert english_sheet.live
    assert english_sheet.url.startswith("/en/experience-sheets/")
    assert english_sheet.title == SHEET_EN["title"]
    assert english_sheet.summary == SHEET_EN["summary"]
    assert english_sheet.context == SHEET_EN["context"]


def test_translated_sheet_keeps_the_synchronised_fields(english_sheet, sheet):
    for field in (
        "commune_id",
        "status",
        "year_start",
        "year_end",
        "main_image_id",
        "latitude",
        "longitude",
        "last_reviewed",
        "contact_name",
        "contact_email",
        "contact_phone",
        "contact_role",
    ):
        assert getattr(english_sheet, field) == getattr(sheet, field), field
    figures = [(f.value, f.unit) for f in english_sheet.key_figures.all()]
    assert figures == [("-67", "%")]


def test_translated_sheet_links_to_the_english_themes(english_sheet, energy, english):
    english_energy = energy.get_translation(english)
    assert list(english_sheet.themes.all()) == [english_energy]
    assert english_energy.name == "Energy"
    # The theme's address, pictogram and colour do not change between languages.
    assert (english_energy.slug, english_energy.icon, english_energy.colour) == (
        "energie",
        "energie",
        "#224466",
    )


def test_translated_sheet_has_the_english_main_theme(english_sheet, sheet, energy, english):
    """The main theme is synchronised from the French sheet and points at the English theme;
    a later change of main theme on the source reaches the translation."""
    assert sheet.main_theme == energy
    assert english_sheet.main_theme == energy.get_translation(english)
    water = ThemeFactory(name="Eau", slug="eau")
    translate(water, english, {"name": "Water"})
    sheet.themes.set([water, energy])
    sheet.main_theme = water
    sheet.save_revision().publish()
    updated = translate(ExperienceSheetPage.objects.get(pk=sheet.pk), english)
    assert updated.main_theme.name == "Water"
    assert updated.main_theme.locale_id == english.pk


def test_untranslated_text_falls_back_to_the_source(sheet, english):
    english_sheet = translate(sheet, english, {"title": "School retrofit"})
    assert english_sheet.title == "School retrofit"
    assert english_sheet.summary == sheet.summary


def test_changes_to_the_source_reach_the_translation(english_sheet, sheet, english):
    """An editor changes a date on the French sheet, then updates the translation."""
    sheet.year_end = 2021
    sheet.last_reviewed = datetime.date(2026, 1, 15)
    sheet.save_revision().publish()
    updated = translate(ExperienceSheetPage.objects.get(pk=sheet.pk), english)
    assert (updated.year_end, updated.last_reviewed) == (2021, datetime.date(2026, 1, 15))
    assert updated.title == SHEET_EN["title"]


def test_changed_themes_on_the_source_reach_the_translation(english_sheet, sheet, english):
    water = ThemeFactory(name="Eau", slug="eau")
    translate(water, english, {"name": "Water"})
    sheet.themes.set([water])
    sheet.save_revision().publish()
    updated = translate(ExperienceSheetPage.objects.get(pk=sheet.pk), english)
    assert [t.name for t in updated.themes.all()] == ["Water"]


def test_a_translation_with_other_paragraphs_is_refused(sheet, english):
    with pytest.raises(TranslationMismatch):
        translate(sheet, english, {"context": "<p>One.</p><p>Two.</p>"})


def test_translation_is_editable_in_wagtail_localize(english_sheet, admin_client):
    """The English page is a managed translation: its edit view is wagtail-localize's editor."""
    response = admin_client.get(f"/admin/pages/{english_sheet.pk}/edit/")
    assert response.status_code == 200
    templates = [template.name for template in response.templates]
    assert "wagtail_localize/admin/edit_translation.html" in templates
    assert "Energy retrofit of the primary school" in response.content.decode()


def test_an_editor_translates_a_sheet_from_the_admin(
    sheet, english, experience_index, admin_client, django_capture_on_commit_callbacks
):
    """ "Traduire cette page" → English draft with the synchronised fields, edited in
    wagtail-localize's editor."""
    url = f"/admin/localize/submit/page/{sheet.pk}/"
    assert admin_client.get(url).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(url, {"locales": [english.pk]})
    assert response.status_code == 302
    translated = ExperienceSheetPage.objects.get(
        translation_key=sheet.translation_key, locale=english
    )
    assert (translated.commune_id, translated.year_start, translated.main_image_id) == (
        sheet.commune_id,
        sheet.year_start,
        sheet.main_image_id,
    )
    assert translated.get_parent().pk == experience_index.get_translation(english).pk
    assert [t.locale_id for t in translated.themes.all()] == [english.pk]
    editor = admin_client.get(response["Location"])
    assert editor.status_code == 200
    templates = [template.name for template in editor.templates]
    assert "wagtail_localize/admin/edit_translation.html" in templates


def test_only_wagtail_localize_offers_translation_in_the_admin(sheet, admin_client):
    assert "wagtail.contrib.simple_translation" not in settings.INSTALLED_APPS
    html = admin_client.get(f"/admin/pages/{sheet.pk}/edit/").content.decode()
    assert f"/admin/localize/submit/page/{sheet.pk}/" in html
    assert "simple_translation" not in html
    listing = admin_client.get(f"/admin/pages/{sheet.get_parent().pk}/").content.decode()
    assert f"/admin/localize/submit/page/{sheet.pk}/" in listing
    assert "simple_translation" not in listing


def test_themes_are_translated_with_wagtail_localize_too(energy, admin_client):
    water = ThemeFactory(name="Eau", slug="eau")
    listing = admin_client.get(reverse(Theme.snippet_viewset.get_url_name("list")))
    html = listing.content.decode()
    assert f"/admin/localize/submit/snippet/sheets/theme/{water.pk}/" in html
    # The translated theme offers to bring its translation up to date instead.
    source = TranslationSource.objects.get_for_instance_or_none(energy)
    assert f"/admin/localize/update/{source.pk}/" in html


# --- Switcher, hreflang and <html lang> -------------------------------------------------------


def test_french_sheet_links_to_its_english_translation(anonymous_client, sheet, english_sheet):
    html = anonymous_client.get(sheet.url).content.decode()
    assert '<html lang="fr">' in html
    links = switcher_links(html)
    assert links["fr"] == (sheet.url, True)
    assert links["en"] == (english_sheet.url, False)
    alternates = head_links(html)
    assert alternates["fr"].endswith(sheet.url) and alternates["fr"].startswith("http")
    assert alternates["en"].endswith(english_sheet.url)
    assert alternates["x-default"] == alternates["fr"]


def test_english_sheet_is_marked_english(anonymous_client, sheet, english_sheet):
    html = anonymous_client.get(english_sheet.url).content.decode()
    assert '<html lang="en">' in html
    links = switcher_links(html)
    assert links["en"] == (english_sheet.url, True)
    assert links["fr"] == (sheet.url, False)
    assert 'lang="en"' in html.split('class="lang-switcher"', 1)[1]
    assert "Energy retrofit of the primary school" in html


def test_untranslated_page_falls_back_to_the_english_home(
    anonymous_client, sheet, english_home_page
):
    response = anonymous_client.get(sheet.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert switcher_links(html)["en"] == ("/en/", False)
    # Nothing to announce: the page exists in French only.
    assert head_links(html) == {}


def test_untranslated_page_without_english_home_still_links_somewhere(anonymous_client, site):
    html = anonymous_client.get("/").content.decode()
    assert switcher_links(html)["en"] == ("/en/", False)


def test_draft_translation_is_not_linked(anonymous_client, sheet, english_sheet):
    english_sheet.unpublish()
    html = anonymous_client.get(sheet.url).content.decode()
    assert switcher_links(html)["en"][0] == "/en/"
    assert "en" not in head_links(html)


def test_views_that_are_not_pages_switch_with_translate_url(anonymous_client, english_home_page):
    html = anonymous_client.get("/recherche/?q=eau").content.decode()
    links = switcher_links(html)
    assert links["fr"] == ("/recherche/?q=eau", True)
    assert links["en"] == ("/en/recherche/?q=eau", False)
    assert set(head_links(html)) == {"fr", "en", "x-default"}

    html = anonymous_client.get("/en/adherents/connexion/").content.decode()
    assert '<html lang="en">' in html
    assert switcher_links(html)["fr"] == ("/adherents/connexion/", False)


def test_routable_sub_pages_switch_to_the_same_sub_page(anonymous_client, english, home_page):
    events = EventIndexPageFactory(parent=home_page)
    ensure_home_translations(home_page)
    english_events = translate(events, english, {"title": "Meetings", "slug": "events"})
    assert english_events.url == "/en/events/"
    html = anonymous_client.get("/rencontres/passes/").content.decode()
    assert switcher_links(html)["en"] == ("/en/events/passes/", False)
    assert head_links(html)["en"] == "http://testserver/en/events/passes/"
    html = anonymous_client.get("/en/events/passes/").content.decode()
    assert switcher_links(html) == {
        "fr": ("/rencontres/passes/", False),
        "en": ("/en/events/passes/", True),
    }


def test_brand_links_to_the_home_page_of_the_current_language(anonymous_client, english_sheet):
    html = anonymous_client.get(english_sheet.url).content.decode()
    assert re.search(r'<a class="brand" href="/en/">', html)


def test_sitemap_lists_the_pages_of_every_language(anonymous_client, sheet, english_sheet):
    xml = anonymous_client.get("/sitemap.xml").content.decode()
    locations = re.findall(r"<loc>https?://[^/]+(/[^<]*)</loc>", xml)
    assert {sheet.url, english_sheet.url, "/", "/en/"} <= set(locations)


def test_robots_txt_keeps_every_language_of_the_member_area_out(anonymous_client, site):
    body = anonymous_client.get("/robots.txt").content.decode()
    assert "Disallow: /adherents/" in body
    assert "Disallow: /en/adherents/" in body


# --- A third language is a setting ------------------------------------------------------------


def test_a_third_language_needs_no_code_change(settings, anonymous_client, home_page):
    settings.LANGUAGES = [*settings.LANGUAGES, ("de", "Deutsch")]
    settings.WAGTAIL_CONTENT_LANGUAGES = settings.LANGUAGES
    Locale.objects.get_or_create(language_code="de")
    german_home = ensure_home_translations(home_page)["de"]
    assert german_home.live and german_home.url == "/de/"

    response = anonymous_client.get("/de/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="de">' in html
    assert switcher_links(html)["de"] == ("/de/", True)
    assert set(head_links(html)) == {"fr", "en", "de", "x-default"}


# --- Interface strings ------------------------------------------------------------------------


@pytest.fixture
def compiled_catalogues():
    """The .mo files as `make messages` builds them, loaded afresh by this process."""
    call_command("compile_translations", verbosity=0)
    gettext._translations.clear()
    trans_real._translations = {}
    trans_real._default = None


def test_interface_follows_the_language(compiled_catalogues, anonymous_client, english_home_page):
    english = anonymous_client.get("/en/").content.decode()
    assert "Skip to content" in english and "Aller au contenu" not in english
    assert 'aria-label="Language"' in english
    assert "· Network of Mayenne local authorities</title>" in english
    french = anonymous_client.get("/").content.decode()
    assert "Aller au contenu" in french and "Skip to content" not in french
