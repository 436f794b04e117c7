"""Keyboard only: no mouse event in this file. The main menu (desktop and phone), the listing
filters, the search suggestions (WAI-ARIA combobox) and the language switcher are usable with
Tab, arrows and Enter, and every element that receives focus shows it (an outline or a
box-shadow, on the element or its ::before/::after, inside the window)."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import MOBILE
from tests.browser.helpers import html_lang, key_page_url, sign_in_member

pytestmark = pytest.mark.browser

MAX_TAB_STOPS = 120

# What has the focus, and whether a sighted keyboard user can see where it is.
FOCUSED = """() => {
    const el = document.activeElement;
    if (!el || el === document.body || el === document.documentElement) { return null; }
    const ring = (style) =>
        (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0)
        || (style.boxShadow && style.boxShadow !== "none");
    const rect = el.getBoundingClientRect();
    const onScreen = rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.right > 0
        && rect.top < window.innerHeight && rect.left < window.innerWidth;
    return {
        tag: el.tagName.toLowerCase(),
        id: el.id,
        classes: typeof el.className === "string" ? el.className : "",
        text: (el.innerText || el.value || el.getAttribute("aria-label") || "").trim().slice(0, 60),
        href: el.getAttribute("href"),
        hreflang: el.getAttribute("hreflang"),
        inMainNav: !!el.closest(".main-nav"),
        inLangSwitcher: !!el.closest(".lang-switcher"),
        ring: ring(getComputedStyle(el)) || ring(getComputedStyle(el, "::after"))
            || ring(getComputedStyle(el, "::before")),
        onScreen: onScreen,
    };
}"""


def describe(info):
    return f"<{info['tag']} id={info['id']!r} class={info['classes']!r}> {info['text']!r}"


def focused(page):
    return page.evaluate(FOCUSED)


def tab_until(page, wanted, what, backwards=False):
    """Presses Tab until `wanted(info)`; every stop on the way must show its focus."""
    invisible = []
    for _ in range(MAX_TAB_STOPS):
        page.keyboard.press("Shift+Tab" if backwards else "Tab")
        info = focused(page)
        if info is None:
            continue
        if not (info["ring"] and info["onScreen"]):
            invisible.append(describe(info))
        if wanted(info):
            assert not invisible, f"focus not visible on: {invisible}"
            return info
    raise AssertionError(f"{what} never received the focus in {MAX_TAB_STOPS} Tab presses")


def test_skip_link_and_main_menu_on_a_desktop_screen(page, demo_site):
    page.goto("/")
    page.keyboard.press("Tab")
    first = focused(page)
    assert first["text"] == "Aller au contenu", first
    assert first["ring"] and first["onScreen"], "the skip link shows when focused"

    menu_title = demo_site.pages["experiences"].title
    tab_until(
        page, lambda i: i["inMainNav"] and i["text"] == menu_title, f"the menu item {menu_title!r}"
    )
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(re.escape(demo_site.urls["fr"]["experiences"]) + "$"))
    current = page.locator(".main-nav a[aria-current=page]")
    expect(current).to_have_text(menu_title)


def test_main_menu_opens_with_the_keyboard_on_a_phone(new_page, demo_site):
    page = new_page(viewport=MOBILE)
    page.goto("/")
    toggle = page.locator(".main-nav__toggle")
    menu = page.locator("#main-nav-list")
    expect(toggle).to_be_visible()
    expect(menu).to_be_hidden()
    expect(toggle).to_have_attribute("aria-expanded", "false")

    tab_until(page, lambda i: "main-nav__toggle" in i["classes"], "the menu button")
    page.keyboard.press("Enter")
    expect(toggle).to_have_attribute("aria-expanded", "true")
    expect(menu).to_be_visible()
    info = tab_until(page, lambda i: i["inMainNav"] and i["tag"] == "a", "the first menu item")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(re.escape(info["href"]) + "$"))


# The layout shifts of the page so far (the Layout Instability API), the user's own excepted:
# [score, [the elements that moved]] of each.
LAYOUT_SHIFTS = """() => new Promise((resolve) => {
    const shifts = [];
    new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
            if (entry.hadRecentInput) { continue; }
            const moved = (entry.sources || []).map((source) => source.node
                ? source.node.nodeName + "." + (source.node.className || "") : "?");
            shifts.push([entry.value, moved]);
        }
    }).observe({type: "layout-shift", buffered: true});
    setTimeout(() => resolve(shifts), 300);
})"""


def test_main_menu_is_closed_from_the_first_paint_on_a_phone(new_page, demo_site):
    """What a phone paints before the deferred script runs is what it paints without script:
    the menu closed behind its toggle, which opens it all the same (a link to it)."""
    page = new_page(viewport=MOBILE, java_script_enabled=False)
    page.goto("/")
    toggle = page.locator(".main-nav__toggle")
    menu = page.locator("#main-nav-list")
    expect(toggle).to_be_visible()
    expect(menu).to_be_hidden()
    tab_until(page, lambda i: "main-nav__toggle" in i["classes"], "the menu link")
    page.keyboard.press("Enter")
    expect(menu).to_be_visible()
    tab_until(page, lambda i: i["inMainNav"] and i["tag"] == "a", "the first menu item")

    # A phone's scrollbars overlay the page: a desktop one appearing mid-load would move it.
    page = new_page(viewport=MOBILE, is_mobile=True)
    for path in ("/", demo_site.urls["fr"]["experiences"], demo_site.urls["fr"]["sheet"]):
        page.goto(path)
        page.wait_for_load_state("load")
        expect(page.locator("#main-nav-list")).to_be_hidden()
        shifts = page.evaluate(LAYOUT_SHIFTS)
        assert sum(score for score, _moved in shifts) < 0.01, (path, shifts)


def choose_with_keyboard(page, select_id, label, value):
    """In a closed <select>: type the first letters of the option, then arrow down to it.
    (Only the unaccented first letters: Chromium's type-ahead is fed key by key.)"""
    select = page.locator(f"#{select_id}")
    prefix = re.match(r"[A-Za-z -]*", label).group(0)[:5]
    if prefix:
        page.keyboard.type(prefix, delay=40)
    for _ in range(60):
        if select.input_value() == value:
            return
        page.keyboard.press("ArrowDown")
    expect(select).to_have_value(value)


def test_listing_filters_with_the_keyboard(page, demo_site):
    sheet = demo_site.filtered_sheet
    page.goto(demo_site.urls["fr"]["experiences"])
    tab_until(page, lambda i: i["id"] == "filter-commune", "the commune filter")
    choose_with_keyboard(page, "filter-commune", sheet.commune.name, sheet.commune.slug)
    tab_until(page, lambda i: i["id"] == "filter-status", "the status filter")
    choose_with_keyboard(page, "filter-status", sheet.get_status_display(), sheet.status)
    tab_until(page, lambda i: i["tag"] == "button", "the button that applies the filters")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(rf"commune={sheet.commune.slug}"))
    expect(page).to_have_url(re.compile(rf"status={sheet.status}"))
    expect(
        page.locator(".card-grid").get_by_role("link", name=sheet.title, exact=True)
    ).to_be_visible()


def test_search_suggestions_as_a_combobox(page, demo_site):
    sheet = demo_site.filtered_sheet
    page.goto("/")
    tab_until(page, lambda i: i["id"] == "header-search-input", "the search box")
    box = page.locator("#header-search-input")
    expect(box).to_have_attribute("role", "combobox")
    expect(box).to_have_attribute("aria-expanded", "false")
    page.keyboard.type(sheet.title.split()[0][:5], delay=60)
    listbox = page.locator("#" + box.get_attribute("aria-controls"))
    expect(listbox).to_be_visible()
    expect(box).to_have_attribute("aria-expanded", "true")
    options = listbox.get_by_role("option")
    expect(options.first).to_be_visible()

    page.keyboard.press("ArrowDown")
    first = options.first
    expect(first).to_have_attribute("aria-selected", "true")
    expect(box).to_have_attribute("aria-activedescendant", first.get_attribute("id"))
    expect(box).to_be_focused()  # the focus stays in the box: the option is only "active"
    target = first.get_attribute("data-url")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(re.escape(target) + "$"))

    # Escape closes the list and leaves the typed words alone.
    page.goto("/")
    tab_until(page, lambda i: i["id"] == "header-search-input", "the search box")
    page.keyboard.type(sheet.title.split()[0][:5], delay=60)
    expect(listbox).to_be_visible()
    page.keyboard.press("Escape")
    expect(listbox).to_be_hidden()
    expect(box).to_have_attribute("aria-expanded", "false")


def test_language_switcher_with_the_keyboard(page, demo_site):
    french, english = demo_site.urls["fr"]["sheet"], demo_site.urls["en"]["sheet"]
    page.goto(french)
    tab_until(page, lambda i: i["inLangSwitcher"] and i["hreflang"] == "en", "the EN link")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(re.escape(english) + "$"))
    assert html_lang(page) == "en"
    tab_until(page, lambda i: i["inLangSwitcher"] and i["hreflang"] == "fr", "the FR link")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(re.escape(french) + "$"))
    assert html_lang(page) == "fr"


FOCUS_PAGES = ["home", "experience_list", "experience_sheet", "map", "search", "sign_in"]


@pytest.mark.parametrize("name", FOCUS_PAGES + ["dashboard"])
def test_focus_is_always_visible(new_page, demo_site, name):
    """Tab through the whole page: every stop shows where the focus is."""
    page = new_page()
    if name == "dashboard":
        sign_in_member(page, demo_site.broad_member, demo_site.member_password)
    page.goto(key_page_url(demo_site, "fr", name))
    page.wait_for_load_state("load")
    seen, invisible = [], []
    for _ in range(MAX_TAB_STOPS):
        page.keyboard.press("Tab")
        info = focused(page)
        if info is None:
            break  # back to the browser's own interface: the page is done
        key = describe(info) + str(info["href"])
        if seen and key == seen[0]:
            break
        seen.append(key)
        if not (info["ring"] and info["onScreen"]):
            invisible.append(describe(info))
    assert len(seen) > 5, seen
    assert not invisible, f"focus not visible on {len(invisible)} element(s): {invisible}"
