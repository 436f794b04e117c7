"""The unlock link a locked account's owner receives, and the browser it then trusts.

The link is signed and time-limited, and carries the id of the newest failure record it was
sent for: once the failures are reset (by the link, or by the cool-off) it no longer matches,
so it works once."""

from axes.utils import reset
from django.core import signing

from members_area import conf
from members_area.sign_in_attempts import account_failures

UNLOCK_SALT = "members_area.unlock"
TRUSTED_COOKIE = "connexion_debloquee"
TRUSTED_SALT = "members_area.unlock.trusted"


def make_token(username, newest):
    return signing.dumps({"u": username, "n": newest}, salt=UNLOCK_SALT, compress=True)


def read_token(token):
    """The e-mail address the link unlocks, or None when it is forged, expired or used."""
    try:
        data = signing.loads(
            token, salt=UNLOCK_SALT, max_age=conf.get("SIGN_IN_UNLOCK_LINK_VALID_MINUTES") * 60
        )
    except signing.BadSignature:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("u"), str):
        return None
    failures, newest = account_failures(data["u"])
    if not failures or newest != data.get("n"):
        return None
    return data["u"]


def unlock(username):
    """Forgets the e-mail address's failures from every address (axes' documented reset)."""
    return reset(username=username)


def _trusted_max_age():
    return conf.get("SIGN_IN_TRUSTED_BROWSER_DAYS") * 24 * 3600


def is_trusted(request, username):
    """Whether this browser opened an unlock link for this e-mail address."""
    if request is None or not username:
        return False
    value = request.get_signed_cookie(
        TRUSTED_COOKIE, default=None, salt=TRUSTED_SALT, max_age=_trusted_max_age()
    )
    return value == username


def trust_browser(request, response, username):
    """Marks the browser that opened the link as its owner's: the per-account lock no longer
    applies to it (the lock per (e-mail, address) still does)."""
    response.set_signed_cookie(
        TRUSTED_COOKIE,
        username,
        salt=TRUSTED_SALT,
        max_age=_trusted_max_age(),
        secure=request.is_secure(),
        httponly=True,
        samesite="Lax",
    )
