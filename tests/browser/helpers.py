"""What a person does again and again in the journeys: sign in, read a page, fetch a file,
read their e-mail and its calendar invitation."""

import base64
import re
import time

from django.core import mail
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from icalendar import Calendar
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
    """Through Wagtail's own sign-in form at /admin/, then the second factor: enrolled with the
    secret the enrolment page shows at the first sign-in, verified with a code after."""
    page.goto("/admin/")
    expect(page).to_have_url(re.compile(r"/admin/login/"))
    page.locator("#id_username").fill(email)
    page.locator("#id_password").fill(password)
    page.locator("form button[type=submit]").first.click()
    expect(page).to_have_url(re.compile(r"/admin/double-authentification/"))
    if "/activer/" in page.url:
        enrol_second_factor(page)
    else:
        device = TOTPDevice.objects.get(user__email=email, confirmed=True)
        page.get_by_label("Code à 6 chiffres").fill(fresh_code(device.bin_key, device.last_t))
        page.get_by_role("button", name="Valider").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))


def fresh_code(key: bytes, last_used_step: int = -1) -> str:
    """What an authenticator shows now, waiting for the next 30-second step if this one's
    code was used already (a code is accepted once)."""
    while int(time.time()) // 30 <= last_used_step:
        time.sleep(1)
    return f"{totp(key):06d}"


def enrol_second_factor(page: Page, stop_at_codes: bool = False):
    """As a person does: the secret shown under the QR code goes into an authenticator, whose
    code confirms; then the recovery codes, and on to the admin."""
    expect(page.get_by_role("heading", level=1)).to_have_text("Activer la double authentification")
    expect(page.get_by_role("img", name=re.compile("Code QR"))).to_be_visible()
    secret = page.locator("main code").first.inner_text().replace(" ", "")
    page.get_by_label("Code à 6 chiffres").fill(fresh_code(base64.b32decode(secret)))
    page.get_by_role("button", name="Confirmer").click()
    expect(page.locator("ul.recovery-codes li")).to_have_count(10)
    if stop_at_codes:
        return
    page.get_by_role("link", name="J'ai noté mes codes, continuer").click()


def fetch(page: Page, url: str):
    """GET with the page's cookies (its person), without following redirects."""
    return page.context.request.get(url, max_redirects=0)


def mails(to, subject):
    """The e-mails to that address whose subject starts with `subject`, from Django's outbox
    (the site under test runs in this process)."""
    return [m for m in mail.outbox if m.to == [to] and m.subject.startswith(subject)]


def invitation_in(message):
    """The e-mail's text/calendar part as a calendar client reads it: the part's `method`
    parameter and its VEVENT; (None, None) without one."""
    for part in message.message().walk():
        if part.get_content_type() == "text/calendar":
            calendar = Calendar.from_ical(part.get_payload(decode=True))
            assert calendar["METHOD"] == part.get_param("method")
            return part.get_param("method"), calendar.walk("VEVENT")[0]
    return None, None


def html_lang(page: Page) -> str:
    return page.locator("html").get_attribute("lang")


SEARCH_WORDS = {"fr": "énergie", "en": "energy"}


def key_page_url(demo_site, language, name):
    """The page's address in that language. When no upcoming event of the demo has an English
    translation, the English list of events stands for "an event"."""
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
    if name == "faq":
        return urls["faq"]
    if name == "question":
        return prefix + demo_site.question_url
    if name == "subjects":
        return f"{prefix}/adherents/sujets/"
    if name == "commune":
        return f"{urls['communes']}{demo_site.pages['sheet'].commune.slug}/"
    if name == "directory":
        return f"{prefix}/adherents/annuaire/"
    if name == "aids":
        return f"{urls['aids']}?habitants=2000"
    if name == "aid":
        return urls["aid"]
    if name == "registration":  # the visitor's form, on the event the key page "event" shows
        return f"{prefix}/inscriptions/{demo_site.event.pk}/"
    if name == "join":
        return f"{prefix}/adhesion/"
    if name == "alerts":
        return f"{prefix}/alertes/"
    if name == "letter":
        return urls["letter"]
    raise ValueError(name)
