"""What the alerts hold about a person, for their data export, and what is erased when their
account is closed: the subscription tied to the account, and one made from the public form
with its address (the same person)."""

from django.db.models import Q

from .models import ContentKind, Subscriber


def _date(value):
    return value.isoformat() if value else None


def subscriptions_of(user, email=None):
    mine = Q(user_id=user.pk)
    email = email if email is not None else user.email
    if email:
        mine |= Q(email__iexact=email)
    return Subscriber.objects.filter(mine)


def export(user):
    rows = subscriptions_of(user).prefetch_related("themes", "communes").order_by("pk")
    return {
        "alert_subscriptions": [
            {
                "email": s.email,
                "language": s.language,
                "frequency": s.get_frequency_display(),
                "content": [str(ContentKind(k).label) for k in s.kinds if k in ContentKind.values],
                "themes": [theme.name for theme in s.themes.all()],
                "communes": [commune.name for commune in s.communes.all()],
                "intercommunalities": s.epcis,
                "network_letter": s.letter,
                "subscribed_at": _date(s.created_at),
                "confirmed_at": _date(s.confirmed_at),
                "unsubscribed_at": _date(s.unsubscribed_at),
                "paused_at": _date(s.paused_at),
                "failed_sends_in_a_row": s.failures,
                "digests_sent": s.digests.count(),
            }
            for s in rows
        ]
    }


def forget(sender, user, old_email="", **kwargs):
    """account_anonymised receiver: the closed account's subscriptions are deleted (with their
    digests and recorded failures), so nothing more is sent to its former address."""
    subscriptions_of(user, email=old_email).delete()
