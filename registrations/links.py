"""The signed link in every e-mail that cancels a registration without signing in. It names the
registration's invitation UID, signed with the site's secret key; it stays valid as long as the
registration exists (cancelling twice does nothing)."""

from django.core import signing

SALT = "registrations.cancel"


def token(registration):
    return signing.dumps(str(registration.uid), salt=SALT, compress=True)


def uid_from(value):
    """The UID a token names, or None when it was not signed by this site."""
    try:
        return signing.loads(value, salt=SALT)
    except signing.BadSignature:
        return None
