"""Being put in touch, in Chromium on the demo site, each new page audited by axe-core: a member
finds a comparable commune under "Communes comme la mienne" on her dashboard, opens what it did
and asks to be put in touch; the sheet's contact signs in and accepts, choosing what to share;
the requester then sees those details, and only then."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from playwright.sync_api import expect

from directory.consents import shown_details
from introductions.models import IntroductionRequest
from members_area import permissions
from sheets.models import ExperienceSheetPage
from tests.browser.helpers import sign_in_member
from tests.browser.test_key_pages import audit

pytestmark = pytest.mark.browser

MESSAGE = (
    "Nous lançons un projet très proche et aimerions voir votre réalisation avec deux élus, "
    "un matin en semaine. Merci d'avance !"
)
PHONE = "06 12 34 56 78"


def check(page, label, problems):
    blocking, results = audit(page, f"fr-introductions-{label}-1280")
    if blocking:
        problems[label] = "\n".join(results.generate_report(v["id"]) for v in blocking)


def sheet_and_contact(requester, urls):
    """Among the sheets at `urls` (those the dashboard's comparable communes list), a live
    French one whose contact is an active member who shows no e-mail in the directory, about
    which the requester has no open request (chosen from the demo's data, never by title)."""
    asked = IntroductionRequest.objects.open().filter(requester=requester).values("sheet_id")
    sheets = (
        ExperienceSheetPage.objects.live()
        .filter(locale__language_code="fr")
        .exclude(contact_email="")
        .exclude(pk__in=asked)
        .select_related("commune")
        .order_by("path")
    )
    for sheet in sheets:
        if sheet.url not in urls:
            continue
        contact = permissions.active_member_with_email(sheet.contact_email)
        if contact is None or contact == requester:
            continue
        if "email" not in shown_details(contact, requester):
            return sheet, contact
    raise AssertionError("no comparable commune's sheet has a member for contact")


def test_a_member_asks_the_contact_accepts_the_requester_sees_the_details(new_page, demo_site):
    problems = {}
    requester_user = get_user_model().objects.get(email=demo_site.narrow_member)

    # 1. A member finds, on her dashboard, the communes like hers and what they did; she opens
    #    a sheet of one of them: the contact's name, no e-mail or phone, and the box.
    requester = new_page()
    sign_in_member(requester, demo_site.narrow_member, demo_site.member_password)
    requester.goto("/adherents/")
    comparables = requester.locator("section.dashboard-comparables")
    expect(comparables.get_by_role("heading", name="Communes comme la mienne")).to_be_visible()
    urls = comparables.locator("ul ul a").evaluate_all("links => links.map(a => a.pathname)")
    sheet, contact_user = sheet_and_contact(requester_user, urls)
    commune = sheet.commune.name
    expect(comparables.get_by_role("heading", name=commune)).to_be_visible()
    comparables.locator(f'a[href="{sheet.url}"]').first.click()
    expect(requester).to_have_url(re.compile(re.escape(sheet.url) + "$"))
    box = requester.get_by_role("heading", name=f"Être mis en relation avec {commune}")
    expect(box).to_be_visible()
    assert contact_user.email not in requester.content()
    requester.get_by_role("link", name="Demander une mise en relation").click()
    expect(requester.get_by_role("heading", level=1)).to_have_text(
        f"Être mis en relation avec {commune}"
    )
    check(requester, "ask", problems)

    # An empty message is refused in French, next to the field; the choice made is kept.
    requester.get_by_label("Visiter la réalisation").check()
    requester.get_by_role("button", name="Envoyer ma demande").click()
    expect(requester.locator(".errorlist").first).to_contain_text("court message")
    expect(requester.get_by_label("Visiter la réalisation")).to_be_checked()
    requester.get_by_label("Votre message").fill(MESSAGE)
    requester.get_by_role("button", name="Envoyer ma demande").click()
    expect(requester).to_have_url(re.compile(r"/adherents/mises-en-relation/\d+/$"))
    request_url = requester.url
    expect(requester.locator("main")).to_contain_text("En attente de réponse du contact")
    assert contact_user.email not in requester.content()
    check(requester, "request-pending", problems)

    # 2. The contact signs in, finds the request in "Mes mises en relation" and accepts,
    #    sharing their e-mail and a phone.
    contact = new_page()
    sign_in_member(contact, contact_user.email, demo_site.member_password)
    contact.goto("/adherents/")
    contact.get_by_role("link", name="Mes mises en relation").first.click()
    check(contact, "mine", problems)
    row = contact.locator(".intro-row").filter(has_text=requester_user.get_full_name())
    row.get_by_role("link", name=sheet.title).click()
    expect(contact).to_have_url(request_url)
    expect(contact.locator("main")).to_contain_text(MESSAGE[:40])
    check(contact, "request-contact", problems)
    contact.get_by_label(re.compile("Transmettre mon adresse e-mail")).check()
    contact.get_by_label("Téléphone à transmettre").fill(PHONE)
    contact.get_by_role("button", name="Accepter et transmettre ces coordonnées").click()
    expect(contact.locator("main")).to_contain_text("Coordonnées transmises")

    # 3. The requester now sees the details the contact chose, on the page and by e-mail.
    requester.goto(request_url)
    shared = requester.locator(".intro-shared")
    expect(shared).to_contain_text(contact_user.email)
    expect(shared).to_contain_text(PHONE)
    check(requester, "request-accepted", problems)
    told = [m for m in mail.outbox if m.to == [requester_user.email] and PHONE in m.body]
    assert told, "the requester is told the details by e-mail"

    assert not problems, "\n\n".join(f"== {label}\n{text}" for label, text in problems.items())
