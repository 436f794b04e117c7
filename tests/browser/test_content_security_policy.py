"""The admin works under its relaxed policy, and the public site under its strict one, where
the journeys do not go: the editor's live preview and content checks, wagtail-localize's
translation editor, the editing bar on a public page, the map. `new_page` (conftest.py) fails
the test on any Content-Security-Policy violation or request to another host."""

import pytest
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import expect
from wagtail.models import Locale

from tests.browser.helpers import sign_in_admin

pytestmark = pytest.mark.browser


def test_the_editor_preview_and_translation_editor_work_under_the_admin_policy(new_page, demo_site):
    sheet = demo_site.pages["sheet"]
    english = sheet.get_translation(Locale.objects.get(language_code="en"))
    admin = new_page()
    sign_in_admin(admin, demo_site.admin_email, demo_site.admin_password)

    # The page editor, its live preview (the public template, rendered under /admin/) and the
    # content checks Wagtail runs in it.
    admin.goto(f"/admin/pages/{sheet.pk}/edit/")
    admin.locator('[data-side-panel-toggle="preview"]').click()
    preview = admin.frame_locator("#w-preview-iframe")
    expect(preview.get_by_role("heading", level=1)).to_have_text(sheet.title)
    admin.locator('[data-side-panel-toggle="checks"]').click()
    expect(admin.locator("[data-checks-panel]")).to_be_attached()

    # wagtail-localize's editor of the English translation (a React application).
    admin.goto(f"/admin/pages/{english.pk}/edit/")
    expect(admin.locator(".js-translation-editor .w-tabs").first).to_be_visible()
    expect(admin.get_by_text(english.title).first).to_be_visible()


def test_the_editing_bar_and_the_map_work_under_the_strict_policy(new_page, demo_site):
    sheet = demo_site.pages["sheet"]
    staff = new_page()
    sign_in_admin(staff, demo_site.admin_email, demo_site.admin_password)
    response = staff.goto(sheet.get_url())
    assert "'unsafe-inline'" not in response.headers["content-security-policy"]
    staff.locator("#wagtail-userbar-trigger").click()
    expect(staff.locator("#wagtail-userbar-items")).to_be_visible()

    visitor = new_page()
    response = visitor.goto(demo_site.urls["fr"]["map"])
    assert "unsafe" not in response.headers["content-security-policy"]
    expect(visitor.locator("#initiatives-map .leaflet-marker-icon").first).to_be_visible()
    # Theme colours set from their data attributes, not from inline styles.
    visitor.goto(demo_site.urls["fr"]["themes"])
    card = visitor.locator(".theme-card[data-theme-colour]").first
    colour = card.get_attribute("data-theme-colour")
    assert card.evaluate("e => e.style.getPropertyValue('--theme-colour')") == colour


def test_the_watch_fails_a_test_on_a_violation_or_a_request_elsewhere(new_page, browser_watch):
    """What the other browser tests rely on: an injected inline script is refused and noted, an
    image from another host too, and a request that gets past the policy (here a navigation)
    is noted and never leaves the machine."""
    page = new_page()
    page.goto("/")
    page.evaluate(
        """() => {
            const script = document.createElement("script");
            script.textContent = "window.injected = true";
            document.body.append(script);
            const image = document.createElement("img");
            image.src = "https://images.example.org/pixel.png";
            document.body.append(image);
        }"""
    )
    for _ in range(50):
        if len(browser_watch.violations) >= 2:
            break
        page.wait_for_timeout(100)
    assert page.evaluate("() => window.injected") is None
    directives = {v["directive"] for v in browser_watch.violations}
    assert directives == {"script-src-elem", "img-src"}
    assert "https://images.example.org/pixel.png" in {
        v["blocked"] for v in browser_watch.violations
    }
    with pytest.raises(PlaywrightError):
        page.goto("https://www.example.org/")
    assert browser_watch.outside == ["https://www.example.org/"]
    assert len(browser_watch.problems()) >= 3
    # Seen: the test itself must not fail on them.
    browser_watch.violations.clear()
    browser_watch.console.clear()
    browser_watch.outside.clear()
