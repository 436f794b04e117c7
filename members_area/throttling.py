"""Sign-in throttling per account, on top of django-axes' count per (e-mail, address).

Axes compares one failure limit with the largest count among its lockout parameters, so with
[["username", "ip_address"], "username"] the account count (always the largest) decides alone:
axes cannot lock a pair (e-mail, address) after a few failures and the account after more. This
handler (axes' documented AXES_HANDLER extension) keeps axes' pair lock and adds the account
lock: SIGN_IN_ACCOUNT_FAILURE_LIMIT failures on one e-mail address from any addresses within
the cool-off lock it, whether an account has that address or not. The lock ends by itself after
the cool-off, and the owner receives an unlock link (members_area.unlock)."""

from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_username, get_cool_off, get_failure_limit
from django.shortcuts import render

from members_area import conf
from members_area.sign_in_attempts import account_failures
from members_area.tasks import send_unlock_email
from members_area.unlock import is_trusted


def is_account_locked(request, credentials):
    """Whether the e-mail address has reached its limit, for a browser its owner has not
    unlocked."""
    username = get_client_username(request, credentials)
    if not username or is_trusted(request, username):
        return False
    failures, _newest = account_failures(username, request)
    return failures >= conf.get("SIGN_IN_ACCOUNT_FAILURE_LIMIT")


class AccountThrottlingHandler(AxesDatabaseHandler):
    """Axes' database handler, with the lock per account beside its lock per (e-mail,
    address)."""

    def is_locked(self, request, credentials=None):
        return super().is_locked(request, credentials) or is_account_locked(request, credentials)

    def user_login_failed(self, sender, credentials, request=None, **kwargs):
        """Records the failure as axes does; the failure that reaches the account's limit locks
        the request and has the unlock link sent to the account's owner, if there is one."""
        already_locked = request is not None and getattr(request, "axes_locked_out", False)
        super().user_login_failed(sender, credentials, request=request, **kwargs)
        if request is None or already_locked:
            return
        username = get_client_username(request, credentials)
        if not username or is_trusted(request, username):
            return
        failures, newest = account_failures(username, request)
        limit = conf.get("SIGN_IN_ACCOUNT_FAILURE_LIMIT")
        if failures >= limit:
            request.axes_locked_out = True
            request.axes_credentials = credentials
        if failures == limit:
            send_unlock_email.enqueue(username, newest)


def lockout_response(request, original_response=None, credentials=None):
    """AXES_LOCKOUT_CALLABLE: the French lock-out page (429), saying which lock holds; the same
    page whether an account has this e-mail address or not."""
    context = {
        "failure_limit": get_failure_limit(request, credentials),
        "account_locked": is_account_locked(request, credentials),
        "cooloff_timedelta": get_cool_off(request),
    }
    return render(request, "members_area/lockout.html", context, status=429)
