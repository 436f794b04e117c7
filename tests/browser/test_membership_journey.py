"""Issue 21's joining journey, in Chromium on the demo site, each new public page audited by
axe-core: a commune applies on the join page, the facilitator approves it in the admin, and the
person it named follows the invitation, chooses a password and signs in to the member area."""

import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from members_area.models import MemberProfile
from sheets.models import Commune
from tests.browser.helpers import sign_in_admin, sign_in_member
from tests.browser.test_key_pages import audit

pytestmark = pytest.mark.browser

INVITED = "agent.developpement@mairie-exemple.fr"
PASSWORD = "Chaufferie-bois-2026"


def check(page, label, problems):
    blocking, results = audit(page, f"fr-membership-{label}-1280")
    if blocking:
        problems[label] = "\n".join(results.generate_report(v["id"]) for v in blocking)


def joining_commune():
    """A commune of the official list with no member organisation nor application yet."""
    return (
        Commune.objects.filter(
            member_organisations__isnull=True, membership_applications__isnull=True
        )
        .order_by("name")
        .first()
    )


def test_a_commune_applies_the_facilitator_approves_and_the_invited_person_signs_in(
    new_page, demo_site
):
    problems = {}
    commune = joining_commune()
    mail.outbox.clear()

    # 1. A visitor finds the join page from the footer, reads it and fills in the form.
    visitor = new_page()
    visitor.goto("/")
    visitor.locator("footer").get_by_role("link", name="Adhérer au réseau").click()
    expect(visitor.get_by_role("heading", level=1)).to_have_text("Adhérer au réseau")
    check(visitor, "join-page", problems)
    visitor.get_by_role("link", name="Remplir la demande d'adhésion").click()
    check(visitor, "join-form", problems)
    visitor.get_by_role("radio", name="Commune", exact=True).check()
    visitor.get_by_role("combobox", name="Commune").select_option(
        label=f"{commune.name} ({commune.insee_code})"
    )
    visitor.get_by_label(re.compile(r"^Prénom \*")).fill("Martine")
    visitor.get_by_label(re.compile(r"^Nom \*")).fill("Lebreton")
    visitor.get_by_label(re.compile(r"^Fonction \*")).fill("Maire")
    visitor.get_by_role("radio", name="Élu·e").check()
    visitor.get_by_label(re.compile(r"^Adresse e-mail \*")).fill("maire@mairie-exemple.fr")
    person = visitor.get_by_role("group", name="Personne 1")
    person.get_by_label("Prénom et nom").fill("Julien Rocher")
    person.get_by_label("Adresse e-mail").fill(INVITED)
    person.get_by_label("Rôle").select_option(label="Technicien·ne")
    visitor.get_by_label(re.compile("^J'accepte")).check()
    visitor.get_by_role("button", name="Envoyer la demande").click()
    expect(visitor.get_by_role("heading", level=1)).to_have_text("Merci, votre demande est envoyée")
    check(visitor, "join-thanks", problems)

    # 2. The facilitator approves it from the applications' list in the admin.
    facilitator = new_page()
    sign_in_admin(facilitator, demo_site.admin_email, demo_site.admin_password)
    facilitator.goto("/admin/membership_applications/?status=pending")
    facilitator.get_by_role("link", name=commune.name).first.click()
    facilitator.get_by_role("link", name="Accepter la demande").click()
    expect(facilitator.locator("main")).to_contain_text(INVITED)
    facilitator.get_by_role("button", name="Accepter et envoyer les invitations").click()
    expect(facilitator.locator(".messages")).to_contain_text("Demande acceptée")

    # 3. The person named follows the link of her invitation and signs in to the member area.
    invitation = next(m for m in mail.outbox if m.to == [INVITED])
    link = re.search(r"https?://\S+/adherents/invitation/\S+/", invitation.body).group(0)
    invited = new_page()
    invited.goto(link)
    invited.get_by_label(re.compile(r"^Mot de passe")).fill(PASSWORD)
    invited.get_by_label("Confirmation du mot de passe").fill(PASSWORD)
    invited.get_by_role("button", name="Créer mon compte").click()
    expect(invited.locator("main")).to_contain_text("Bienvenue dans l'espace adhérents")
    invited.context.clear_cookies()
    sign_in_member(invited, INVITED, PASSWORD)
    expect(invited.get_by_role("heading", level=1)).to_have_text("Mon espace adhérent")
    profile = MemberProfile.objects.select_related("organisation").get(user__email=INVITED)
    assert profile.organisation.commune == commune
    assert profile.organisation.is_active

    assert not problems, "\n\n".join(f"{label}:\n{report}" for label, report in problems.items())
