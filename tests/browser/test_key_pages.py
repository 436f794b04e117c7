"""Each key page, in French and English, at desktop (1280 px) and phone (390 px) width:
an axe-core audit (no serious or critical violation of WCAG 2.1 A/AA and axe's best practices)
and a full-page screenshot in test-output/screenshots/ for the design review
(docs/screenshots.md).

Every audit's complete findings, minor ones and those axe could not decide ("incomplete", to
check by hand) included, go to test-output/accessibility/ and to the end of the pytest report.
"""

import json
import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from reseau.models import User
from tests.browser.conftest import DESKTOP, MOBILE, OUTPUT_DIR, save_screenshot
from tests.browser.helpers import (
    AXE_FINDINGS,
    enrol_second_factor,
    html_lang,
    key_page_url,
    sign_in_member,
)

pytestmark = pytest.mark.browser

AXE = Axe()  # axe-core's script ships inside the axe-playwright-python wheel
AXE_OPTIONS = {
    "runOnly": {
        "type": "tag",
        "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"],
    },
    "resultTypes": ["violations", "incomplete"],
}
BLOCKING = {"serious", "critical"}
ESCAPED_ENTITY = re.compile(r"&(?:#x?[0-9a-fA-F]+|amp|lt|gt|quot|apos|nbsp);")
REPORT_DIR = OUTPUT_DIR / "accessibility"

KEY_PAGES = [
    "home",
    "experience_list",
    "experience_sheet",
    "event",
    "map",
    "search",
    "sign_in",
    "dashboard",
    "faq",
    "question",
    "subjects",
    "commune",
    "directory",
    "join",
    "aids",
    "aid",
    "registration",
    "alerts",
    "letter",
]
# Pages of the member area: audited as a signed-in member.
MEMBER_PAGES = {"dashboard", "question", "subjects", "directory"}


def audit(page, label):
    """Runs axe-core on the page; records everything it found; returns the blocking findings."""
    results = AXE.run(page, options=AXE_OPTIONS)
    response = results.response
    REPORT_DIR.mkdir(parents=True, exist_ok=True)
    (REPORT_DIR / f"{label}.json").write_text(
        json.dumps(
            {
                "url": page.url,
                "axe": response["testEngine"]["version"],
                "violations": response["violations"],
                "incomplete": response["incomplete"],
            },
            indent=1,
            ensure_ascii=False,
        )
    )
    for kind in ("violations", "incomplete"):
        for rule in response[kind]:
            AXE_FINDINGS.append(
                {
                    "page": label,
                    "kind": kind,
                    "rule": rule["id"],
                    "impact": rule["impact"],
                    "nodes": [", ".join(map(str, node["target"])) for node in rule["nodes"]],
                }
            )
    blocking = [v for v in response["violations"] if v["impact"] in BLOCKING]
    return blocking, results


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("name", KEY_PAGES)
def test_key_page_is_accessible_at_desktop_and_phone_width(new_page, demo_site, language, name):
    page = new_page(viewport=DESKTOP)
    if name in MEMBER_PAGES:
        sign_in_member(page, demo_site.broad_member, demo_site.member_password)
    url = key_page_url(demo_site, language, name)
    response = page.goto(url)
    assert response.status == 200, (url, response.status)
    page.wait_for_load_state("load")
    assert html_lang(page) == language

    # Text escaped twice shows its entities to the reader ("l&#x27;eau").
    visible = page.locator("main").inner_text()
    leaked = sorted(set(ESCAPED_ENTITY.findall(visible)))
    problems = {"escaped-text": f"HTML entities shown as text: {leaked}"} if leaked else {}
    for width, viewport in (("1280", DESKTOP), ("390", MOBILE)):
        page.set_viewport_size(viewport)
        label = f"{language}-{name}-{width}"
        save_screenshot(page, label)
        blocking, results = audit(page, label)
        if blocking:
            problems[label] = "\n".join(results.generate_report(v["id"]) for v in blocking)
    assert not problems, "\n\n".join(f"== {label}\n{text}" for label, text in problems.items())


def test_second_factor_pages_are_accessible(new_page, demo_site):
    """Enrolment, recovery codes and verification, for a new administrator of the demo site."""
    email = "audit-double-authentification@exemple.fr"
    User.objects.filter(email=email).delete()
    User.objects.create_superuser(email=email, password=demo_site.admin_password)
    problems = {}

    def check(page, label):
        save_screenshot(page, label)
        blocking, results = audit(page, label)
        if blocking:
            problems[label] = "\n".join(results.generate_report(v["id"]) for v in blocking)

    page = new_page(viewport=DESKTOP)
    page.goto("/admin/login/")
    page.locator("#id_username").fill(email)
    page.locator("#id_password").fill(demo_site.admin_password)
    page.locator("form button[type=submit]").first.click()
    expect(page).to_have_url(re.compile(r"/admin/double-authentification/activer/"))
    check(page, "fr-second-factor-enrol-1280")
    enrol_second_factor(page, stop_at_codes=True)
    check(page, "fr-second-factor-recovery-codes-1280")

    other = new_page(viewport=MOBILE)
    other.goto("/admin/login/")
    other.locator("#id_username").fill(email)
    other.locator("#id_password").fill(demo_site.admin_password)
    other.locator("form button[type=submit]").first.click()
    expect(other).to_have_url(re.compile(r"/admin/double-authentification/\?"))
    check(other, "fr-second-factor-verify-390")
    User.objects.filter(email=email).delete()
    assert not problems, "\n\n".join(f"== {label}\n{text}" for label, text in problems.items())
