"""What a person does again and again in the journeys: sign in, read a page, fetch a file."""

import re

from playwright.sync_api import Page, expect

from tests.browser.findings import AXE_FINDINGS  # noqa: F401 - what test_key_pages.py records


def sign_in_member(page: Page, email: str, password: str, next_url: str = ""):
    """Through the member area's sign-in form, as a member would."""
    page.goto("/adherents/connexion/" + (f"?next={next_url}" if next_url else ""))
    page.get_by_label("Adresse e-mail").fill(email)
    page.get_by_label("Mot de passe").fill(password)
    page.get_by_role("button", name="Se connecter").click()
    page.wait_for_load_state()
    expect(page).not_to_have_url(re.compile(r"/connexion/"))


def sign_in_admin(page: Page, email: str, password: str):
    """Through Wagtail's own sign-in form at /admin/."""
    page.goto("/admin/")
    expect(page).to_have_url(re.compile(r"/admin/login/"))
    page.locator("#id_username").fill(email)
    page.locator("#id_password").fill(password)
    page.locator("form button[type=submit]").first.click()
    expect(page).to_have_url(re.compile(r"/admin/$"))


def fetch(page: Page, url: str):
    """GET with the page's cookies (its person), without following redirects."""
    return page.context.request.get(url, max_redirects=0)


def html_lang(page: Page) -> str:
    return page.locator("html").get_attribute("lang")


SEARCH_WORDS = {"fr": "énergie", "en": "energy"}


def key_page_url(demo_site, language, name):
    """The page's address in that language. The demo translates no event into English: there,
    the English list of events stands for "an event"."""
    urls = demo_site.urls[language]
    prefix = "" if language == "fr" else f"/{language}"
    if name == "home":
        return prefix + "/"
    if name == "experience_list":
        sheet = demo_site.filtered_sheet
        return f"{urls['experiences']}?theme={demo_site.theme.slug}&status={sheet.status}"
    if name == "experience_sheet":
        return urls["sheet"]
    if name == "event":
        return urls["event"] or urls["events"]
    if name == "map":
        return urls["map"]
    if name == "search":
        return f"{prefix}/recherche/?q={SEARCH_WORDS[language]}"
    if name == "sign_in":
        return f"{prefix}/adherents/connexion/"
    if name == "dashboard":
        return f"{prefix}/adherents/"
    raise ValueError(name)
