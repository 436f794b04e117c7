"""Full-page screenshots at 1280 and 390 px of the pages of a running demo site, for a review.

Usage: .venv/bin/python -m bench.screenshots BASE_URL OUT_DIR [--pages bench/screenshot_pages.txt]

Drives Debian's Chromium through Playwright, as the browser tests do. Each line of the pages file
is `name who path`: `who` is visitor, member (the demo's broad-access member) or admin (the
facilitator, second factor included); a path `edit:/public/path/` is the editor's edit page of
that public page, found through the editing bar. The facilitator enrols the second factor at the
first run; its secret is kept (OUT_DIR/totp-secret.txt, or --totp-secret-file) for the next runs.
"""

import argparse
import base64
import hashlib
import hmac
import re
import struct
import sys
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]
WIDTHS = {1280: 900, 390: 844}
MEMBER = ("sophie.guerin@laval-agglomeration.exemple.fr", "demo-adherent-53")
ADMIN = ("animatrice@reseau-collectivites-53.fr", "demo-animatrice-53")
DEFAULT_PAGES = Path(__file__).with_name("screenshot_pages.txt")


def totp(secret: bytes, at: float) -> str:
    """The six-digit code of RFC 6238 (30-second steps, SHA-1), as an authenticator shows it."""
    digest = hmac.new(secret, struct.pack(">Q", int(at) // 30), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    return f"{(struct.unpack('>I', digest[offset : offset + 4])[0] & 0x7FFFFFFF) % 1_000_000:06d}"


def fresh_code(secret: bytes, used: set) -> str:
    """A code not used yet: a code is accepted once, so wait for the next step if need be."""
    while int(time.time()) // 30 in used:
        time.sleep(1)
    used.add(int(time.time()) // 30)
    return totp(secret, time.time())


def sign_in_member(page, base):
    page.goto(base + "/adherents/connexion/")
    page.get_by_label("Adresse e-mail").fill(MEMBER[0])
    page.get_by_label("Mot de passe").fill(MEMBER[1])
    page.get_by_role("button", name="Se connecter").click()
    page.wait_for_load_state()


def sign_in_admin(page, base, secret_file: Path):
    """Wagtail's sign-in, then the second factor: enrolled at the first run (the secret is kept
    in OUT_DIR for the next runs), verified with a fresh code after."""
    used = set()
    page.goto(base + "/admin/login/")
    page.locator("#id_username").fill(ADMIN[0])
    page.locator("#id_password").fill(ADMIN[1])
    page.locator("form button[type=submit]").first.click()
    page.wait_for_load_state()
    if "/activer/" in page.url:
        secret = page.locator("main code").first.inner_text().replace(" ", "")
        secret_file.write_text(secret)
        page.get_by_label("Code à 6 chiffres").fill(fresh_code(base64.b32decode(secret), used))
        page.get_by_role("button", name="Confirmer").click()
        page.get_by_role("link", name="J'ai noté mes codes, continuer").click()
    elif "/double-authentification/" in page.url:
        if not secret_file.exists():
            sys.exit(f"The facilitator is enrolled already; its secret is not in {secret_file}.")
        secret = base64.b32decode(secret_file.read_text().strip())
        page.get_by_label("Code à 6 chiffres").fill(fresh_code(secret, used))
        page.get_by_role("button", name="Valider").click()
    page.wait_for_load_state()


def resolve(page, base, path):
    """`edit:/public/` becomes the edit page's address, read from the editing bar."""
    if not path.startswith("edit:"):
        return base + path
    html = page.context.request.get(base + path[5:]).text()
    found = re.search(r"/admin/pages/(\d+)/edit/", html)
    if not found:
        sys.exit(f"No edit link on {path[5:]}: is the account staff?")
    return f"{base}/admin/pages/{found.group(1)}/edit/"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("base_url")
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--pages", type=Path, default=DEFAULT_PAGES)
    parser.add_argument(
        "--totp-secret-file",
        type=Path,
        help="where the facilitator's second-factor secret is kept between runs "
        "(default: OUT_DIR/totp-secret.txt)",
    )
    options = parser.parse_args()
    base = options.base_url.rstrip("/")
    options.out_dir.mkdir(parents=True, exist_ok=True)
    lines = [line.split() for line in options.pages.read_text().splitlines()]
    pages = [line for line in lines if line and not line[0].startswith("#")]
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for who in ("visitor", "member", "admin"):
            mine = [(name, path) for name, person, path in pages if person == who]
            if not mine:
                continue
            context = browser.new_context(viewport={"width": 1280, "height": 900})
            page = context.new_page()
            if who == "member":
                sign_in_member(page, base)
            elif who == "admin":
                secret_file = options.totp_secret_file or options.out_dir / "totp-secret.txt"
                sign_in_admin(page, base, secret_file)
            for name, path in mine:
                url = resolve(page, base, path)
                for width, height in WIDTHS.items():
                    page.set_viewport_size({"width": width, "height": height})
                    response = page.goto(url, wait_until="networkidle")
                    target = options.out_dir / f"{name}-{width}.png"
                    page.screenshot(path=str(target), full_page=True)
                    status = response.status if response else "?"
                    print(f"{target.name}\t{status}\t{page.url}", flush=True)
            context.close()
        browser.close()


if __name__ == "__main__":
    main()
