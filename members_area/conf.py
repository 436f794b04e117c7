"""The members area's settings and their defaults: a site that installs this plugin overrides
any of them in its own settings."""

from django.conf import settings

DEFAULTS = {
    "MEMBERS_INVITATION_VALID_DAYS": 14,
    # How many days before an organisation's membership ends its members are warned.
    "MEMBERS_RENEWAL_WARNING_DAYS": 60,
    # How protected downloads are handed over: "django" streams them; "nginx" (X-Accel-Redirect)
    # and "apache" (X-Sendfile) let the web server send the file once access is checked;
    # "redirect" sends a short-lived signed URL of a private S3 bucket (members_area/serving.py).
    "PRIVATE_FILES_SERVE_METHOD": "django",
    "PRIVATE_FILES_INTERNAL_URL": "/protected/",
    # Sign-in throttling per account (members_area/throttling.py): failures on one e-mail
    # address from any addresses, within axes' cool-off, that lock it; how long the unlock link
    # it sends works; how long the browser that opened it stays trusted for that account.
    "SIGN_IN_ACCOUNT_FAILURE_LIMIT": 20,
    "SIGN_IN_UNLOCK_LINK_VALID_MINUTES": 60,
    "SIGN_IN_TRUSTED_BROWSER_DAYS": 90,
    # Accounts unused this many months are warned by e-mail, then anonymised (decision 0031),
    # never less than MEMBERS_INACTIVITY_NOTICE_DAYS after the warning.
    "MEMBERS_INACTIVITY_WARNING_MONTHS": 23,
    "MEMBERS_INACTIVITY_ANONYMISE_MONTHS": 24,
    "MEMBERS_INACTIVITY_NOTICE_DAYS": 30,
}


def get(name):
    """The site's value of setting `name`, else this plugin's default."""
    return getattr(settings, name, DEFAULTS[name])
