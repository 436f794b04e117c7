"""The member pages' HTML as the demo's member sees it, saved for the Nu Html Checker.

Usage: .venv/bin/python -m bench.member_pages BASE_URL OUT_DIR
then:  java -jar /tmp/ext/node_modules/vnu-jar/build/dist/vnu.jar --format text OUT_DIR/*.html

The checker cannot sign in: this signs in through the member sign-in form (its CSRF token
included) with the standard library, then fetches each page with that session.
"""

import argparse
import http.cookiejar
import re
import sys
import urllib.parse
import urllib.request
from pathlib import Path

MEMBER = ("sophie.guerin@laval-agglomeration.exemple.fr", "demo-adherent-53")
PAGES = {
    "dashboard": "/adherents/",
    "resources": "/adherents/ressources/",
    "resources-compact": "/adherents/ressources/?vue=liste",
    "resources-filtered": "/adherents/ressources/?theme=energie&kind=compte_rendu",
    "resources-compact-filtered": "/adherents/ressources/?vue=liste&theme=energie",
    "resource": "/adherents/ressources/cr-groupe-energie-2012-02/",
    "profile": "/adherents/profil/",
    "personal-data": "/adherents/profil/donnees/",
    "password": "/adherents/profil/mot-de-passe/",
    "dashboard-en": "/en/adherents/",
    "resources-en": "/en/adherents/ressources/",
}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("base_url")
    parser.add_argument("out_dir", type=Path)
    options = parser.parse_args()
    base = options.base_url.rstrip("/")
    if not base.startswith(("http://", "https://")):
        sys.exit("BASE_URL must be an http(s) address.")
    options.out_dir.mkdir(parents=True, exist_ok=True)
    opener = urllib.request.build_opener(
        urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
    )
    sign_in = base + "/adherents/connexion/"
    form = opener.open(sign_in).read().decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form).group(1)
    data = {"csrfmiddlewaretoken": token, "username": MEMBER[0], "password": MEMBER[1]}
    request = urllib.request.Request(  # noqa: S310 - http(s) only, checked above
        sign_in, urllib.parse.urlencode(data).encode(), headers={"Referer": sign_in}
    )
    if "/connexion/" in opener.open(request).url:
        sys.exit("Sign-in failed: is the demo loaded (make demo)?")
    for name, path in PAGES.items():
        response = opener.open(base + path)
        (options.out_dir / f"{name}.html").write_bytes(response.read())
        print(f"{name}.html\t{response.status}\t{response.url}", flush=True)


if __name__ == "__main__":
    main()
