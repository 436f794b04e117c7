"""What subscribing, confirming, changing one's preferences and unsubscribing do to a
Subscriber, whichever page asks (the public form, the signed links, the member's page).

The public form never alters a subscription that is already receiving e-mails, nor one tied to
a member's account: whoever typed the address may not be its owner. It tells the owner instead
(the manage link), and the visitor sees the same page either way, so that the form does not
reveal which addresses are subscribed."""

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone, translation

from .models import ContentKind, Subscriber

CONFIRM, MANAGE = "confirm", "manage"


def language():
    """The active language, as the subscriber's e-mails will speak it."""
    return (translation.get_language() or "fr")[:10]


def apply(subscriber, data, offered):
    """Saves the preferences of a PreferencesForm's cleaned `data`. The kinds of content the
    page did not offer (`offered`: members-only ones on a visitor's page) are kept as they were:
    a page changes only what it shows."""
    kept = [kind for kind in subscriber.kinds if kind not in offered]
    chosen = set(kept) | set(data["kinds"])
    subscriber.kinds = [kind for kind in ContentKind.values if kind in chosen]
    subscriber.epcis = list(data["epcis"])
    subscriber.frequency = data["frequency"]
    subscriber.letter = data["letter"]
    subscriber.save()
    subscriber.themes.set(data["themes"])
    subscriber.communes.set(data["communes"])


def _receiving_or_owned(subscriber):
    """A subscription the public form must leave alone."""
    return subscriber.user_id is not None or (
        subscriber.confirmed_at is not None
        and subscriber.unsubscribed_at is None
        and subscriber.paused_at is None
    )


def subscribe(email, data, offered):
    """The public form: a new or dormant address gets these preferences, unconfirmed until the
    link of the confirmation e-mail is followed (CONFIRM); an address already receiving, or a
    member's, is left as it is and its owner is sent the manage link (MANAGE). Returns
    (subscriber, CONFIRM or MANAGE)."""
    with transaction.atomic():
        subscriber = Subscriber.objects.select_for_update().filter(email__iexact=email).first()
        if subscriber is not None and _receiving_or_owned(subscriber):
            return subscriber, MANAGE
        if subscriber is None:
            try:
                with transaction.atomic():
                    subscriber = Subscriber.objects.create(email=email, language=language())
            except IntegrityError:  # the same address, sent at the same moment, saved first
                subscriber = Subscriber.objects.get(email__iexact=email)
                return subscriber, MANAGE if _receiving_or_owned(subscriber) else CONFIRM
        subscriber.language = language()
        apply(subscriber, data, offered)
    return subscriber, CONFIRM


def confirm(subscriber):
    """The owner of the address pressed the confirmation button: the alerts are on. A paused or
    unsubscribed address starts again: the link reached its mailbox, so the address works."""
    if subscriber.is_active:
        return False
    subscriber.confirmed_at = timezone.now()
    subscriber.unsubscribed_at = subscriber.paused_at = None
    subscriber.failures = 0
    subscriber.save(update_fields=["confirmed_at", "unsubscribed_at", "paused_at", "failures"])
    return True


def unsubscribe(subscriber):
    """No more e-mails (the preferences are kept, for a change of mind). Idempotent: a second
    request, or a mail provider's one-click POST after the person's own, changes nothing."""
    updated = Subscriber.objects.filter(pk=subscriber.pk, unsubscribed_at__isnull=True).update(
        unsubscribed_at=timezone.now()
    )
    subscriber.refresh_from_db(fields=["unsubscribed_at"])
    return bool(updated)


def resubscribe(subscriber):
    """From the signed link of an e-mail, which reached the address: no new confirmation."""
    subscriber.unsubscribed_at = None
    subscriber.confirmed_at = subscriber.confirmed_at or timezone.now()
    subscriber.save(update_fields=["unsubscribed_at", "confirmed_at"])


def of_member(user):
    """The account's subscription: the one tied to it, else one made from the public form with
    its address (the account owns that address), else None."""
    rows = Subscriber.objects.filter(Q(user=user) | Q(email__iexact=user.email, user__isnull=True))
    rows = sorted(rows, key=lambda row: row.user_id != user.pk)
    return rows[0] if rows else None


def save_for_member(user, data, offered):
    """The member's page: the subscription follows the account's address and is on at once
    (the address is the account's, known to the network). A subscription made from the public
    form with that address becomes the account's; when the account already had its own (its
    address changed since), that one is kept and the other removed."""
    with transaction.atomic():
        subscriber = of_member(user)
        email = user.email.strip().lower()
        if subscriber is None:
            subscriber = Subscriber(email=email)
        elif subscriber.email != email:
            Subscriber.objects.filter(email__iexact=email, user__isnull=True).exclude(
                pk=subscriber.pk
            ).delete()
        subscriber.user = user
        subscriber.email = email
        subscriber.language = language()
        subscriber.confirmed_at = subscriber.confirmed_at or timezone.now()
        subscriber.unsubscribed_at = None
        apply(subscriber, data, offered)
    return subscriber
