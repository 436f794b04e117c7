"""What the alerts hold about a person (decision 0031): their subscription's preferences and
the failed sends to their address, in their data export; all deleted when their account is
closed, when the facilitator deletes the subscriber, or at the end of the retention period
(alerts.retention). The admin's history keeps no address of a deleted subscriber."""

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.models import ModelLogEntry

from . import states
from .admin_display import KIND_LABELS
from .models import DeliveryFailure, Subscriber

DELETED_LABEL = _("Abonné supprimé")


def _date(value):
    return value.isoformat() if value else None


def subscriptions_of(user):
    """The account's subscription, and one made as a visitor with its address."""
    mine = Q(user_id=user.pk)
    if user.email:
        mine |= Q(email__iexact=user.email)
    return Subscriber.objects.filter(mine)


def _failures_of(user, subscribers):
    mine = Q(subscriber__in=subscribers)
    if user.email:
        mine |= Q(email__iexact=user.email)
    return DeliveryFailure.objects.filter(mine).order_by("occurred_at", "pk")


def export(user):
    subscribers = list(subscriptions_of(user).prefetch_related("themes", "communes"))
    return {
        "alert_subscriptions": [
            {
                "email": s.email,
                "language": s.language,
                "frequency": s.get_frequency_display(),
                "kinds": [str(KIND_LABELS.get(kind, kind)) for kind in s.kinds or []],
                "themes": [theme.name for theme in s.themes.all()],
                "communes": [commune.name for commune in s.communes.all()],
                "intercommunalities": list(s.epcis or []),
                "network_letter": s.letter,
                "state": str(states.label(s)),
                "subscribed_at": _date(s.created_at),
                "confirmed_at": _date(s.confirmed_at),
                "paused_at": _date(s.paused_at),
                "unsubscribed_at": _date(s.unsubscribed_at),
            }
            for s in subscribers
        ],
        "alert_delivery_failures": [
            {
                "email": f.email,
                "kind": f.get_kind_display(),
                "detail": f.detail,
                "occurred_at": _date(f.occurred_at),
            }
            for f in _failures_of(user, subscribers)
        ],
    }


def scrub_log_labels(pks):
    """The admin's history names each object as it was (Wagtail's log entries): the entries
    about these subscribers lose their address."""
    if pks:
        ModelLogEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(Subscriber),
            object_id__in=[str(pk) for pk in pks],
        ).update(label=str(DELETED_LABEL))


@transaction.atomic
def erase(subscribers):
    """Deletes `subscribers` (a queryset) with their digests and failures; returns how many."""
    pks = list(subscribers.values_list("pk", flat=True))
    if not pks:
        return 0
    scrub_log_labels(pks)
    Subscriber.objects.filter(pk__in=pks).delete()
    return len(pks)


def forget(sender, user, old_email, **kwargs):
    """account_anonymised receiver: the closed account's subscription (and one made with its
    address) is deleted, and the failed sends to that address with it."""
    mine = Q(user_id=user.pk)
    if old_email:
        mine |= Q(email__iexact=old_email)
    erase(Subscriber.objects.filter(mine))
    if old_email:
        DeliveryFailure.objects.filter(email__iexact=old_email).delete()
