"""A commune contributes, in Chromium on the demo site, its pages audited by axe-core: a demo
contributor proposes a sheet through the guided form and sends it; the facilitator asks for a
change in Wagtail's editor (the workflow's "Request changes", with a comment); the contributor
reads it, fixes the sheet and sends it back; the facilitator approves and the public reads it,
reviewed with the commune. And a contributor neither opens nor sees another commune's draft, in
the member area or in Wagtail's admin."""

import re
from urllib.parse import urlencode

import pytest
from playwright.sync_api import expect

from demo.loaders.data import read
from sheets.models import ExperienceSheetPage
from tests.browser.helpers import mails, sign_in_admin, sign_in_member
from tests.browser.test_key_pages import audit

pytestmark = pytest.mark.browser

DATA = read("contributions")
TITLE = "Des mousseurs et des chasses d'eau économes dans les écoles"
SUMMARY = "Les robinets et les chasses d'eau des deux écoles ont été équipés pour consommer moins."
COMMENT = "Merci ! Pouvez-vous indiquer le coût du matériel et le volume d'eau économisé ?"
COSTS = "2 300 € HT de matériel, posé par les agents en deux jours."
STAGE = "Où en est la fiche :"


def contributor_of(stage):
    """The e-mail of the demo contributor whose sheet stands at `stage`, and that sheet."""
    sheet = next(s for s in DATA["sheets"] if s["stage"] == stage)
    return sheet["contributor"].lower(), ExperienceSheetPage.objects.get(draft_title=sheet["title"])


def check(page, label, problems):
    blocking, results = audit(page, f"fr-contributions-{label}-1280")
    if blocking:
        problems[label] = "\n".join(results.generate_report(v["id"]) for v in blocking)


def workflow_action(admin, title, label):
    """From the admin's dashboard ("En attente de votre vérification"), the sheet's editor, its
    footer's "more actions" menu, then the workflow action."""
    admin.goto("/admin/")
    admin.locator("#awaiting-review-section").get_by_role("link", name=title).click()
    expect(admin).to_have_url(re.compile(r"/admin/pages/\d+/edit/$"))
    admin.locator("footer .w-dropdown__toggle").last.click()
    admin.get_by_role("button", name=label, exact=True).click()


def test_a_contributor_proposes_the_facilitator_asks_a_change_then_publishes(new_page, demo_site):
    problems = {}
    email, _sheet = contributor_of("in_review")
    created = None
    try:
        # 1. The contributor opens her space's link, the guided form, and saves a draft.
        contributor = new_page()
        sign_in_member(contributor, email, demo_site.member_password)
        contributor.goto("/adherents/")
        contributor.get_by_role("link", name="Partager une expérience de ma commune").click()
        expect(contributor.get_by_role("heading", level=1)).to_have_text(
            "Les contributions de ma commune"
        )
        check(contributor, "index", problems)
        contributor.get_by_role("link", name="Proposer une fiche expérience").click()
        contributor.get_by_label("Titre de la fiche").fill(TITLE)
        contributor.get_by_label("Thème principal").select_option(label="Économies d'eau")
        contributor.get_by_label("État d'avancement").select_option(label="Réalisé")
        contributor.get_by_label("Année de début").fill(str(demo_site.this_year - 1))
        check(contributor, "form", problems)
        contributor.get_by_role("button", name="Enregistrer le brouillon").click()
        # The summary is required: said in French, what was typed kept.
        expect(contributor.locator(".errorlist").first).to_be_visible()
        expect(contributor.get_by_label("Titre de la fiche")).to_have_value(TITLE)
        contributor.get_by_label("Résumé").fill(SUMMARY)
        contributor.get_by_role("button", name="Enregistrer le brouillon").click()
        expect(contributor.locator("main")).to_contain_text(
            "Votre fiche est enregistrée comme brouillon."
        )
        created = int(re.search(r"/fiches/(\d+)/", contributor.url).group(1))
        detail_url = contributor.url
        expect(contributor.get_by_text(f"{STAGE} Brouillon")).to_be_visible()
        expect(contributor.locator("main")).to_contain_text("Il manque encore")
        contributor.get_by_role("button", name="Envoyer à l'équipe d'animation").click()
        expect(
            contributor.get_by_text(f"{STAGE} En relecture par l'équipe d'animation")
        ).to_be_visible()

        # 2. The facilitator finds it on her dashboard, reads it in the editor and asks for a
        #    change, with a comment.
        facilitator = new_page()
        sign_in_admin(facilitator, demo_site.admin_email, demo_site.admin_password)
        workflow_action(facilitator, TITLE, "Demander des modifications")
        modal = facilitator.locator(".modal-content")
        expect(modal).to_be_visible()
        modal.get_by_label("Commenter").fill(COMMENT)
        modal.get_by_role("button", name="Demander des modifications").click()
        expect(facilitator.locator(".messages")).to_contain_text(TITLE)

        # 3. The contributor reads the comment (on the sheet and by e-mail), fixes the sheet
        #    and sends it back.
        contributor.goto(detail_url)
        expect(contributor.get_by_text(f"{STAGE} Modifications demandées")).to_be_visible()
        expect(contributor.locator("blockquote.reviewer-comment")).to_have_text(COMMENT)
        check(contributor, "changes-requested", problems)
        assert mails(email, "Modifications demandées sur la fiche"), "the commune is told"
        contributor.get_by_role("link", name="Modifier", exact=True).click()
        expect(contributor.get_by_label("Résumé")).to_have_value(SUMMARY)
        contributor.get_by_label("Coûts").fill(COSTS)
        contributor.get_by_role("button", name="Enregistrer le brouillon").click()
        expect(contributor.locator("main")).to_contain_text("Vos modifications sont enregistrées.")
        contributor.get_by_role("button", name="Renvoyer à l'équipe d'animation").click()
        expect(
            contributor.get_by_text(f"{STAGE} En relecture par l'équipe d'animation")
        ).to_be_visible()

        # 4. The facilitator approves: the sheet is published.
        workflow_action(facilitator, TITLE, "Approuver et Publier")
        expect(facilitator.locator(".messages")).to_contain_text(TITLE)
        contributor.goto(detail_url)
        expect(contributor.get_by_text(f"{STAGE} Publiée")).to_be_visible()
        assert mails(email, "Votre fiche est publiée"), "the commune is told"

        # 5. The public reads it, with the costs the commune added and the day it was reviewed.
        public_url = contributor.get_by_role("link", name="Voir la fiche publiée").get_attribute(
            "href"
        )
        visitor = new_page()
        visitor.goto(public_url)
        expect(visitor.get_by_role("heading", level=1)).to_have_text(TITLE)
        expect(visitor.locator("main")).to_contain_text(COSTS)
        expect(visitor.locator("main")).to_contain_text("Informations relues avec la commune le")
    finally:
        # The journey's own sheet goes: the next journeys find the demo as it was.
        if created is not None:
            ExperienceSheetPage.objects.filter(pk=created).first().delete()
    assert not problems, "\n\n".join(f"== {label}\n{text}" for label, text in problems.items())


def test_a_contributor_neither_opens_nor_sees_another_communes_draft(new_page, demo_site):
    email, own = contributor_of("in_review")
    _other_email, draft = contributor_of("draft")
    assert own.commune_id != draft.commune_id
    contributor = new_page()

    # In the member area: another commune's draft is as if absent.
    sign_in_member(contributor, email, demo_site.member_password)
    contributor.goto("/adherents/contributions/")
    expect(contributor.get_by_role("link", name=own.draft_title)).to_be_visible()
    expect(contributor.get_by_text(draft.draft_title)).to_have_count(0)
    for url in (
        f"/adherents/contributions/fiches/{draft.pk}/",
        f"/adherents/contributions/fiches/{draft.pk}/modifier/",
    ):
        response = contributor.goto(url)
        assert response.status == 404, url
        expect(contributor.get_by_text(draft.draft_title)).to_have_count(0)

    # In Wagtail's admin (with the second factor): the editor's URL is refused...
    in_admin = new_page()
    sign_in_admin(in_admin, email, demo_site.member_password)
    in_admin.goto(f"/admin/pages/{draft.pk}/edit/")
    expect(in_admin).to_have_url(re.compile(r"/admin/$"))
    expect(in_admin.locator(".messages")).to_contain_text("pas les autorisations")
    expect(in_admin.get_by_text(draft.draft_title)).to_have_count(0)

    # ... and the list of sheets shows their own draft, never the other commune's, even when
    # searched for.
    index = draft.get_parent()
    in_admin.goto(f"/admin/pages/{index.pk}/")
    listing = in_admin.locator("main table")
    expect(listing.get_by_role("link", name=own.draft_title).first).to_be_visible()
    expect(listing.get_by_text(draft.draft_title)).to_have_count(0)
    in_admin.goto(f"/admin/pages/{index.pk}/?{urlencode({'q': own.draft_title})}")
    expect(in_admin.locator("main").get_by_role("link", name=own.draft_title)).to_be_visible()
    in_admin.goto(f"/admin/pages/{index.pk}/?{urlencode({'q': draft.draft_title})}")
    expect(in_admin.locator("main")).to_contain_text("Pas de résultats")
    expect(in_admin.get_by_text(draft.draft_title)).to_have_count(0)
