"""The three journeys of issue 7, each as the person would make it in Chromium.

1. The facilitator publishes an experience sheet in the admin; it reaches the public site.
2. A member finds a reserved cahier des charges by words inside its file; another cannot.
3. A visitor browses by theme, filters, reads a sheet, takes an event's .ics, reads in English.
"""

import json
import re
from urllib.parse import urlsplit

import icalendar
import pytest
from playwright.sync_api import expect

from tests.browser.helpers import fetch, html_lang, sign_in_admin, sign_in_member

pytestmark = pytest.mark.browser


# --- Journey 1: the facilitator -----------------------------------------------------------------

NEW_SHEET_TITLE = "Ombrières photovoltaïques sur le parking de la salle polyvalente"
NEW_SHEET_SUMMARY = (
    "La commune a couvert les 40 places du parking de la salle polyvalente d'ombrières "
    "photovoltaïques : 250 kWc en autoconsommation collective avec l'école et la mairie."
)
RESERVED_ATTACHMENT = "Plan de financement détaillé des ombrières"


def choose_in_modal(page, field_id, search=None, name=None):
    """Opens a Wagtail chooser (snippet, image, document) and picks an item in its modal."""
    page.locator(f"[data-field-wrapper]:has(#{field_id}) [data-chooser-action-choose]").click()
    modal = page.locator(".modal-content")
    expect(modal).to_be_visible()
    if search:
        modal.locator("#id_q").fill(search)
    choice = modal.locator("a[data-chooser-modal-choice]")
    if name:
        choice = choice.filter(has_text=re.compile(rf"^\s*{re.escape(name)}\s*$"))
    choice.first.click()
    expect(modal).to_be_hidden()
    assert page.locator(f"#{field_id}").input_value()


def upload_in_document_chooser(page, field_id, title, path):
    page.locator(f"[data-field-wrapper]:has(#{field_id}) [data-chooser-action-choose]").click()
    modal = page.locator(".modal-content")
    expect(modal).to_be_visible()
    modal.locator("#tab-label-upload").click()
    modal.locator("#id_document-chooser-upload-file").set_input_files(str(path))
    # Wagtail fills the title in from the file name; the facilitator then writes a better one.
    title_field = modal.locator("#id_document-chooser-upload-title")
    expect(title_field).not_to_have_value("")
    title_field.fill(title)
    modal.locator("#tab-upload button[type=submit]").click()
    expect(modal).to_be_hidden()
    assert page.locator(f"#{field_id}").input_value()


def test_facilitator_publishes_a_sheet_that_reaches_the_public_site(new_page, demo_site, tmp_path):
    theme, commune = demo_site.theme, demo_site.new_sheet_commune
    pdf = tmp_path / "plan-financement-ombrieres.pdf"
    pdf.write_bytes(demo_site.pdf_bytes)

    admin = new_page()
    sign_in_admin(admin, demo_site.admin_email, demo_site.admin_password)
    # Pages > the home page > "Fiches expériences" > add a child page.
    index = demo_site.pages["experiences"]
    admin.goto(f"/admin/pages/{index.get_parent().pk}/")
    admin.get_by_role(
        "link", name=re.compile(rf"Explorer les sous-pages de «\s*{re.escape(index.title)}\s*»")
    ).click()
    admin.locator(f'a[href$="/admin/pages/{index.pk}/add_subpage/"]').first.click()
    expect(admin).to_have_url(re.compile(r"/admin/pages/add/sheets/experiencesheetpage/"))

    admin.locator("#id_title").fill(NEW_SHEET_TITLE)
    choose_in_modal(admin, "id_commune", search=commune.name, name=commune.name)
    admin.locator("#id_main_theme").select_option(label=theme.name)
    admin.locator("#id_status").select_option("en_cours")
    admin.locator("#id_year_start").fill(str(demo_site.this_year))
    admin.locator("#id_summary").fill(NEW_SHEET_SUMMARY)
    choose_in_modal(admin, "id_main_image")
    # The attachments have their own tab, as on the public sheet.
    admin.get_by_role("tab", name="Images, documents et liens").click()
    admin.locator("#id_attachments-ADD").click()
    upload_in_document_chooser(admin, "id_attachments-0-document", RESERVED_ATTACHMENT, pdf)
    admin.locator("#id_attachments-0-members_only").check()

    admin.locator("footer .w-dropdown__toggle, .footer .w-dropdown__toggle").last.click()
    admin.locator('button[name="action-publish"]').click()
    expect(admin.locator(".messages")).to_contain_text(NEW_SHEET_TITLE)
    expect(admin).to_have_url(re.compile(rf"/admin/pages/{index.pk}/$"))

    # The public site: the theme's page, the map, the search.
    visitor = new_page()
    visitor.goto(demo_site.urls["fr"]["themes"] + theme.slug + "/")
    visitor.locator("section[aria-labelledby=experiences]").get_by_role(
        "link", name=NEW_SHEET_TITLE
    ).click()
    expect(visitor.get_by_role("heading", level=1)).to_have_text(NEW_SHEET_TITLE)
    sheet_url = visitor.url
    image = visitor.locator("main img").first
    expect(image).to_be_visible()
    assert visitor.evaluate("img => img.naturalWidth", image.element_handle()) > 0
    # An anonymous visitor is told that documents are reserved, never shown the link.
    expect(visitor.get_by_text(RESERVED_ATTACHMENT)).to_have_count(0)
    expect(visitor.locator(".members-only--hint")).to_be_visible()

    visitor.goto(demo_site.urls["fr"]["map"])
    markers = json.loads(visitor.locator("#map-markers").text_content())
    assert NEW_SHEET_TITLE in json.dumps(markers, ensure_ascii=False)  # it has its marker
    expect(
        visitor.locator(".map-list").get_by_role("link", name=NEW_SHEET_TITLE, exact=True)
    ).to_be_visible()

    visitor.goto("/recherche/?q=" + NEW_SHEET_TITLE)
    expect(
        visitor.locator(".search-results").get_by_role("link", name=NEW_SHEET_TITLE, exact=True)
    ).to_be_visible()

    # A member sees the reserved attachment and downloads it; the anonymous visitor cannot.
    member = new_page()
    sign_in_member(member, demo_site.narrow_member, demo_site.member_password)
    member.goto(sheet_url)
    link = member.get_by_role("link", name=RESERVED_ATTACHMENT)
    expect(link).to_be_visible()
    document_url = link.get_attribute("href")
    # Chromium shows a PDF instead of saving it: fetch it with the member's session.
    response = fetch(member, document_url)
    assert response.status == 200
    assert response.body() == demo_site.pdf_bytes
    response = fetch(visitor, document_url)
    assert response.status == 404 or (
        response.status in (301, 302) and "/connexion/" in response.headers["location"]
    ), response.status
    assert b"%PDF" not in response.body()


# --- Journey 2: the member ----------------------------------------------------------------------

RESERVED_WORDS = "clause d'insertion"


def test_member_finds_and_downloads_a_reserved_document_another_member_cannot(new_page, demo_site):
    reserved = demo_site.reserved

    # A member of the "restauration collective" working group.
    member = new_page()
    sign_in_member(member, demo_site.broad_member, demo_site.member_password)
    member.locator("#header-search-input").fill(RESERVED_WORDS)
    member.locator("#header-search-input").press("Enter")
    expect(member).to_have_url(re.compile(r"/recherche/\?"))
    result = member.locator(".search-results").get_by_role("link", name=reserved.title, exact=True)
    expect(result).to_be_visible()
    result.click()
    expect(member.get_by_role("heading", level=1)).to_have_text(reserved.title)
    with member.expect_download() as download_info:
        member.locator(f'a[href$="{reserved.download_url}"]').first.click()
    download = download_info.value
    assert download.failure() is None
    with open(download.path(), "rb") as downloaded:
        assert len(downloaded.read()) > 100
    assert download.suggested_filename.rsplit(".", 1)[-1] in {"pdf", "docx", "odt"}

    typed = " ".join(reserved.title.split()[:6])
    suggestions = fetch(member, "/recherche/suggestions/?q=" + typed).json()["suggestions"]
    assert reserved.title in [s["title"] for s in suggestions]

    # A member of another commune, in no group that was granted the document.
    other = new_page()
    sign_in_member(other, demo_site.narrow_member, demo_site.member_password)
    other.goto("/recherche/?q=" + RESERVED_WORDS)
    expect(other.locator(".search-count")).to_be_visible()
    expect(other.get_by_text(reserved.title)).to_have_count(0)
    assert reserved.title not in other.content()
    # Nor do the search suggestions name it, even when typed word for word.
    suggestions = fetch(other, "/recherche/suggestions/?q=" + typed).json()["suggestions"]
    assert reserved.title not in [s["title"] for s in suggestions]
    for url in (reserved.url, reserved.download_url):
        response = fetch(other, url)
        assert response.status == 404 or (
            response.status in (301, 302) and "/connexion/" in response.headers["location"]
        ), (url, response.status)
        assert reserved.title not in response.text()


# --- Journey 3: the visitor ---------------------------------------------------------------------


def test_visitor_browses_by_theme_filters_reads_and_switches_language(page, demo_site):
    theme, sheet, event = demo_site.theme, demo_site.filtered_sheet, demo_site.event

    page.goto("/")
    page.locator(".theme-chips").get_by_role("link", name=re.compile(re.escape(theme.name))).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(theme.name)
    expect(page.locator("section[aria-labelledby=experiences] .card").first).to_be_visible()

    # From the theme to the list of its sheets, filtered by commune and status.
    page.get_by_role("link", name="Filtrer ces fiches par commune, état ou année").click()
    expect(page).to_have_url(re.compile(rf"\?theme={theme.slug}"))
    page.get_by_label("Commune").select_option(sheet.commune.slug)
    page.get_by_label("État").select_option(sheet.status)
    page.get_by_role("button", name="Afficher les résultats").click()
    expect(page).to_have_url(re.compile(rf"commune={sheet.commune.slug}"))
    expect(page).to_have_url(re.compile(rf"status={sheet.status}"))
    expect(page.get_by_label("Commune")).to_have_value(sheet.commune.slug)
    cards = page.locator(".card-grid .card")
    assert 1 <= cards.count() <= demo_site.theme_sheet_count
    for kicker in page.locator(".card-grid .card__kicker").all_inner_texts():
        assert sheet.commune.name in kicker

    page.locator(".card-grid").get_by_role("link", name=sheet.title, exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(sheet.title)
    expect(page.get_by_text(sheet.commune.name).first).to_be_visible()

    # An upcoming event, from the main menu, and its .ics file.
    page.locator(".main-nav").get_by_role("link", name="Rencontres", exact=True).click()
    page.get_by_role("link", name=event.title, exact=True).first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(event.title)
    with page.expect_download() as download_info:
        page.get_by_role("link", name=re.compile(r"\.ics")).click()
    download = download_info.value
    assert download.suggested_filename.endswith(".ics")
    with open(download.path(), "rb") as ics:
        calendar = icalendar.Calendar.from_ical(ics.read())
    summaries = [str(component["SUMMARY"]) for component in calendar.walk("VEVENT")]
    assert summaries == [event.title]

    # The same page in English, and back to French. The switcher leads to the page's
    # translation, or to the English home page when the page has none (the demo translates
    # sheets, not events); the way back then leads to the French home page.
    event_path = urlsplit(page.url).path
    english_url = demo_site.urls["en"]["event"]
    page.locator(".lang-switcher").get_by_role("link", name=re.compile("^EN")).click()
    expect(page).to_have_url(re.compile(re.escape(english_url or "/en/") + "$"))
    assert html_lang(page) == "en"
    page.locator(".lang-switcher").get_by_role("link", name=re.compile("^FR")).click()
    expect(page).to_have_url(re.compile(re.escape(event_path if english_url else "/") + "$"))
    assert html_lang(page) == "fr"
