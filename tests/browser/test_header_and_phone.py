"""The frame on a wide screen and on a phone: the header holds one line at 1280 px in French,
takes at most 120 px on a phone before the content, the listing filters leave the phone's first
screen to the results, the funding table fits a phone, and nothing moves while a page loads."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import DESKTOP, MOBILE
from tests.browser.test_keyboard import LAYOUT_SHIFTS

pytestmark = pytest.mark.browser

PHONE_HEADER_MAX = 120

HEADER = """() => {
    const box = (selector) => document.querySelector(selector).getBoundingClientRect();
    return {header: box('.site-header').height, brand: box('.brand'), tools: box('.site-header__tools')};
}"""


def test_header_holds_one_line_at_1280_px_in_french(new_page, demo_site):
    page = new_page(viewport=DESKTOP)
    for path in ("/", demo_site.urls["fr"]["events"], demo_site.urls["en"]["experiences"]):
        page.goto(path)
        frame = page.evaluate(HEADER)
        assert frame["tools"]["top"] < frame["brand"]["bottom"], (path, frame)
        assert frame["tools"]["right"] <= DESKTOP["width"], (path, frame)
        expect(page.locator("#header-search-input")).to_be_visible()


def test_phone_header_is_short_and_keeps_the_member_area_and_the_languages(new_page, demo_site):
    page = new_page(viewport=MOBILE, is_mobile=True)
    for path in ("/", demo_site.urls["fr"]["experiences"], "/en/"):
        page.goto(path)
        page.wait_for_load_state("load")
        frame = page.evaluate(HEADER)
        assert frame["header"] <= PHONE_HEADER_MAX, (path, frame)
        expect(page.locator(".member-link--bar")).to_be_visible()
        expect(page.locator(".lang-switcher")).to_be_visible()
        assert sum(score for score, _moved in page.evaluate(LAYOUT_SHIFTS)) == 0, path


def test_listing_filters_fold_on_a_phone_and_stay_open_on_a_wide_screen(new_page, demo_site):
    url = demo_site.urls["fr"]["experiences"]
    phone = new_page(viewport=MOBILE, is_mobile=True)
    phone.goto(url)
    theme = phone.locator("#filter-theme")
    expect(theme).to_be_hidden()
    cards = phone.locator(".card-grid .card")
    assert cards.first.bounding_box()["y"] < MOBILE["height"]
    phone.locator(".filters__toggle").click()
    expect(theme).to_be_visible()

    wide = new_page(viewport=DESKTOP)
    wide.goto(url)
    expect(wide.locator("#filter-theme")).to_be_visible()
    expect(wide.locator(".filters__toggle")).to_be_hidden()


def test_funding_table_fits_a_phone(new_page, demo_site):
    page = new_page(viewport=MOBILE, is_mobile=True)
    page.goto(demo_site.urls["fr"]["experiences"])
    links = page.locator(".card-grid .card__title a")
    hrefs = [links.nth(n).get_attribute("href") for n in range(links.count())]
    for href in hrefs:
        page.goto(href)
        if page.locator("table.fundings").count():
            break
    table = page.locator("table.fundings")
    expect(table).to_be_visible()
    box = table.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= MOBILE["width"], box
    amounts = table.locator(".num")
    for n in range(amounts.count()):
        cell = amounts.nth(n).bounding_box()
        assert cell["x"] + cell["width"] <= MOBILE["width"], cell
