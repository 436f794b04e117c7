"""The signed links of the alerts' e-mails. The manage link (preferences, unsubscribe) names the
subscriber's uid and stays valid while the subscription exists; the confirmation link also
carries its date and expires after ALERTS_CONFIRMATION_DAYS."""

from django.core import signing

from . import conf
from .models import Subscriber

MANAGE_SALT = "alerts.manage"
CONFIRM_SALT = "alerts.confirm"


def manage_token(subscriber):
    return signing.dumps(str(subscriber.uid), salt=MANAGE_SALT, compress=True)


def confirm_token(subscriber):
    return signing.dumps(str(subscriber.uid), salt=CONFIRM_SALT, compress=True)


def _subscriber(uid):
    return Subscriber.objects.filter(uid=uid).first()


def subscriber_from_manage(token):
    """The subscriber a manage link names, or None when it was not signed by this site or the
    subscription no longer exists."""
    try:
        return _subscriber(signing.loads(token, salt=MANAGE_SALT))
    except (signing.BadSignature, ValueError):
        return None


def subscriber_from_confirm(token):
    """The subscriber a confirmation link names; None when it is forged, expired or gone."""
    max_age = conf.get("ALERTS_CONFIRMATION_DAYS") * 24 * 3600
    try:
        return _subscriber(signing.loads(token, salt=CONFIRM_SALT, max_age=max_age))
    except (signing.BadSignature, ValueError):
        return None
