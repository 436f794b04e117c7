"""What a browser test must never see: a Content-Security-Policy violation (or a
Permissions-Policy Chromium cannot read), or a request to a host other than the site (map tiles
from MAP_TILE_URL excepted). `new_page` (conftest.py)
watches every context it opens and fails the test on either."""

from urllib.parse import urlsplit

from django.conf import settings

# Runs in every frame before the page's own scripts (Playwright's init script: not itself
# subject to the page's policy), and reports each violation to Python.
VIOLATION_LISTENER = """
document.addEventListener("securitypolicyviolation", (event) => {
    window.reportCspViolation({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        source: `${event.sourceFile}:${event.lineNumber}`,
        sample: event.sample,
        page: document.location.href,
    });
});
"""


def allowed_outside_hosts():
    """The map's tile server, the one outside host a page may ask (docs/deployment.md)."""
    host = urlsplit(settings.MAP_TILE_URL).hostname
    return {host} if host else set()


class BrowserWatch:
    """Collects, for one test, the violations and outside requests of the contexts it watches."""

    def __init__(self):
        self.violations = []
        self.console = []
        self.outside = []

    def watch(self, context):
        context.expose_binding("reportCspViolation", self.on_violation)
        context.add_init_script(VIOLATION_LISTENER)
        context.on("console", self.on_console)

    def on_violation(self, source, violation):
        self.violations.append(violation)

    def on_console(self, message):
        """Chromium's own reports: a refused resource, and a Permissions-Policy it cannot
        read (a feature it does not know)."""
        text = message.text
        if message.type == "error" and (
            "Content Security Policy" in text or "Permissions-Policy" in text
        ):
            self.console.append(text)

    def on_outside_request(self, url):
        self.outside.append(url)

    def problems(self):
        allowed = allowed_outside_hosts()
        found = [f"CSP violation: {v}" for v in self.violations]
        found += [f"console: {text}" for text in self.console]
        found += [
            f"request to another host: {url}"
            for url in self.outside
            if urlsplit(url).hostname not in allowed
        ]
        return found
