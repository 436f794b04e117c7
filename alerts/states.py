"""A subscriber's state as the facilitator reads it (list, filters, dashboard), from the dates
on the row: awaiting confirmation, confirmed (receiving, or paused after failed sends), or
unsubscribed. Each state is a Q object, so the list's filter and the dashboard count alike."""

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

AWAITING, CONFIRMED, RECEIVING, PAUSED, UNSUBSCRIBED = (
    "awaiting",
    "confirmed",
    "receiving",
    "paused",
    "unsubscribed",
)

_STAYING = Q(unsubscribed_at__isnull=True)

# What the list's filter offers; CONFIRMED includes the paused addresses (they confirmed).
QUERIES = {
    CONFIRMED: _STAYING & Q(confirmed_at__isnull=False),
    RECEIVING: _STAYING & Q(confirmed_at__isnull=False, paused_at__isnull=True),
    AWAITING: _STAYING & Q(confirmed_at__isnull=True),
    PAUSED: _STAYING & Q(confirmed_at__isnull=False, paused_at__isnull=False),
    UNSUBSCRIBED: Q(unsubscribed_at__isnull=False),
}

FILTER_CHOICES = [
    (CONFIRMED, _("Confirmés (suspendus compris)")),
    (RECEIVING, _("Confirmés, qui reçoivent les envois")),
    (AWAITING, _("En attente de confirmation")),
    (PAUSED, _("Suspendus après des échecs d'envoi")),
    (UNSUBSCRIBED, _("Désinscrits")),
]

LABELS = {
    RECEIVING: _("Confirmé"),
    AWAITING: _("En attente de confirmation"),
    PAUSED: _("Suspendu (échecs d'envoi)"),
    UNSUBSCRIBED: _("Désinscrit"),
}


def state_of(subscriber):
    """The one state a row shows: RECEIVING, AWAITING, PAUSED or UNSUBSCRIBED."""
    if subscriber.unsubscribed_at:
        return UNSUBSCRIBED
    if not subscriber.confirmed_at:
        return AWAITING
    return PAUSED if subscriber.paused_at else RECEIVING


def label(subscriber):
    return LABELS[state_of(subscriber)]
