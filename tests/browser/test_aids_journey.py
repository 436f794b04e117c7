"""The directory of aids in Chromium on the demo site, each page audited by axe-core: a visitor
looks for the aids a commune of 2,000 inhabitants can get for energy, opens one that projects of
the network obtained, reaches one of those sheets, and finds the aid again in its fundings."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.test_key_pages import audit

pytestmark = pytest.mark.browser


def check(page, label, problems):
    """axe-core on the page: serious and critical violations are collected for the end."""
    blocking, results = audit(page, f"fr-aids-{label}-1280")
    if blocking:
        problems[label] = "\n".join(results.generate_report(v["id"]) for v in blocking)


def test_a_visitor_finds_an_energy_aid_for_2000_inhabitants_and_a_sheet_that_obtained_it(
    new_page, demo_site
):
    problems = {}
    page = new_page()
    page.goto("/")
    page.get_by_role("navigation", name=re.compile("principal|Main", re.I)).get_by_role(
        "link", name="Aides et accompagnements"
    ).first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Aides et accompagnements")
    check(page, "directory", problems)

    page.get_by_label("Population de ma commune").fill("2000")
    page.get_by_role("group", name="Thèmes").get_by_label("Énergie").check()
    page.get_by_role("button", name="Afficher les aides").click()
    expect(page).to_have_url(re.compile(r"habitants=2000"))
    expect(page).to_have_url(re.compile(r"theme=energie"))
    check(page, "filtered", problems)
    cards = page.locator(".aid-card")
    expect(cards.first).to_be_visible()
    for card in cards.all():  # every aid shown is about energy
        expect(card).to_contain_text("Énergie")

    # One that projects of the network obtained.
    obtained = cards.filter(has_text="Obtenue par").first
    aid_title = obtained.get_by_role("link").first.inner_text()
    obtained.get_by_role("link").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(aid_title)
    section = page.locator("section", has=page.get_by_role("heading", name="Obtenue par"))
    check(page, "aid", problems)

    # A sheet that obtained it, whose fundings link the aid back.
    sheet_link = section.get_by_role("link").first
    sheet_title = sheet_link.inner_text()
    sheet_link.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(sheet_title)
    back = page.locator("table.fundings").get_by_role("link", name=aid_title)
    expect(back.first).to_be_visible()
    back.first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(aid_title)
    assert not problems, "\n\n".join(f"== {label}\n{text}" for label, text in problems.items())
