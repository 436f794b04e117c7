"""The facilitator's searchable pickers filter as one types (members_area/widgets.py), and a
form sent after its cookie is gone shows the site's own expired-form page: both without any
Content-Security-Policy violation (`new_page` fails the test on one)."""

import re

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from sheets.models import ExperienceSheetPage
from tests.browser.helpers import sign_in_admin

pytestmark = pytest.mark.browser


def test_resource_sheet_picker_filters_as_one_types(new_page, demo_site):
    admin = new_page()
    sign_in_admin(admin, demo_site.admin_email, demo_site.admin_password)
    admin.goto("/admin/snippets/members_area/resource/add/")
    search = admin.get_by_label("Filtrer les fiches expérience par titre")
    expect(search).to_be_visible()
    checkboxes = admin.locator("#id_related_sheets input[type=checkbox]")
    total = checkboxes.count()
    assert total > 5
    title = ExperienceSheetPage.objects.filter(locale__language_code="fr").live().first().title
    word = max(title.split(), key=len)
    search.fill(word.upper())  # case (and accents) do not matter
    search.press("Enter")  # filters, does not send the form
    expect(admin).to_have_url(re.compile(r"/resource/add/$"))
    shown = admin.locator("#id_related_sheets input[type=checkbox]:visible")
    expect(admin.get_by_label(title, exact=True)).to_be_visible()
    assert 0 < shown.count() < total
    shown.first.check()
    expect(admin.locator("#id_related_sheets-count")).to_have_text(
        re.compile(rf"^{shown.count()} affiché\(s\) sur {total}, 1 coché\(s\)$")
    )
    search.fill("")
    expect(shown).to_have_count(total)


def test_working_group_member_picker_filters_by_address(new_page, demo_site):
    admin = new_page()
    sign_in_admin(admin, demo_site.admin_email, demo_site.admin_password)
    admin.goto("/admin/snippets/members_area/workinggroup/add/")
    search = admin.get_by_label("Filtrer les membres (nom, adresse e-mail, collectivité)")
    members = admin.locator("#id_members input[type=checkbox]")
    total = members.count()
    first_label = admin.locator("#id_members label").first.inner_text()
    address = re.search(r"\(([^,]+),", first_label).group(1)
    search.fill(address)
    expect(admin.locator("#id_members input[type=checkbox]:visible")).to_have_count(1)
    assert total > 1


def test_a_form_sent_without_its_cookie_shows_the_expired_form_page(new_page):
    visitor = new_page()
    visitor.goto(reverse("members_area:login"))
    visitor.context.clear_cookies()
    visitor.get_by_label("Adresse e-mail").fill("personne@exemple.fr")
    visitor.get_by_label("Mot de passe").fill("pas-le-bon")
    visitor.locator("main form button[type=submit]").click()
    expect(visitor.get_by_role("heading", level=1)).to_have_text("Ce formulaire a expiré")
    expect(visitor.get_by_text("Rechargez la page")).to_be_visible()
