"""The member directory in Chromium on the demo site, each page audited by axe-core: a member
chooses to show her phone in "Ma fiche dans l'annuaire" and sees it in the preview; another
member finds her in the directory with it; once she hides it again, it is gone."""

import pytest
from playwright.sync_api import expect

from directory.models import DirectoryEntry
from tests.browser.helpers import sign_in_member
from tests.browser.test_key_pages import audit

pytestmark = pytest.mark.browser

PHONE = "02 61 91 20 99"


def check(page, label, problems):
    """axe-core on the page: serious and critical violations are collected for the end."""
    blocking, results = audit(page, f"fr-directory-{label}-1280")
    if blocking:
        problems[label] = "\n".join(results.generate_report(v["id"]) for v in blocking)


def test_a_member_shows_her_phone_and_another_finds_it(new_page, demo_site):
    problems = {}
    member = new_page()
    sign_in_member(member, demo_site.narrow_member, demo_site.member_password)
    try:
        # She opens her entry from her space; a wrong number is refused, nothing lost.
        member.goto("/adherents/")
        member.get_by_role("link", name="Ma fiche dans l'annuaire").first.click()
        expect(member.get_by_role("heading", level=1)).to_have_text("Ma fiche dans l'annuaire")
        check(member, "my-entry", problems)
        member.get_by_label("Ce sur quoi je peux aider").fill("Le secrétariat d'une petite mairie")
        member.get_by_label("Téléphone", exact=True).fill("12 34")
        phone_box = member.locator("fieldset").filter(
            has=member.get_by_label("Téléphone", exact=True)
        )
        phone_box.get_by_label("Visible des autres adhérents").check()
        member.get_by_role("button", name="Enregistrer ma fiche").click()
        expect(member.locator("#id_phone_error")).to_contain_text("numéro de téléphone français")
        expect(member.get_by_label("Ce sur quoi je peux aider")).to_have_value(
            "Le secrétariat d'une petite mairie"
        )
        check(member, "my-entry-error", problems)
        member.get_by_label("Téléphone", exact=True).fill(PHONE)
        member.get_by_role("button", name="Enregistrer ma fiche").click()
        preview = member.locator(".directory-preview")
        expect(preview).to_contain_text(PHONE)
        expect(preview).not_to_contain_text("secrétariat")  # themes and help stay hidden

        # Another member finds her by name, with her phone and nothing she hid.
        other = new_page()
        sign_in_member(other, demo_site.broad_member, demo_site.member_password)
        other.goto("/adherents/")
        other.get_by_role("link", name="Annuaire des adhérents").first.click()
        check(other, "directory", problems)
        other.get_by_label("Nom ou mots-clés").fill("Cormier")
        other.get_by_role("button", name="Afficher").click()
        card = other.locator(".directory-card")
        expect(card).to_have_count(1)
        expect(card).to_contain_text(PHONE)
        expect(card).not_to_contain_text("secrétariat")
        check(other, "directory-search", problems)

        # She hides it again: gone from the directory.
        member.goto("/adherents/annuaire/ma-fiche/")
        phone_box.get_by_label("Visible des autres adhérents").uncheck()
        member.get_by_role("button", name="Enregistrer ma fiche").click()
        expect(member.locator(".directory-preview")).not_to_contain_text(PHONE)
        other.reload()
        expect(other.locator(".directory-card")).not_to_contain_text(PHONE)
    finally:
        DirectoryEntry.objects.filter(user__email=demo_site.narrow_member).delete()
    assert not problems, "\n\n".join(f"== {label}\n{text}" for label, text in problems.items())
