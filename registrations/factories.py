"""Factories for the registrations, used by the tests and by the demo loader alike. A
registration needs its event; a visitor's by default, or a member's with `user` (their name,
address and organisation then follow from the account)."""

import factory

from .invitations import schedule_of
from .models import Registration, Status


def _profile(user):
    return getattr(user, "member_profile", None) if user is not None else None


class RegistrationFactory(factory.django.DjangoModelFactory):
    """A confirmed place; `status=Status.WAITING` for the waiting list. Saved directly, without
    the capacity checks and e-mails of registrations.places."""

    class Meta:
        model = Registration

    user = None
    organisation = factory.LazyAttribute(
        lambda o: _profile(o.user).organisation if _profile(o.user) else None
    )
    first_name = factory.LazyAttribute(lambda o: o.user.first_name if o.user else "Camille")
    last_name = factory.Sequence(lambda n: f"Martin {n}")
    email = factory.LazyAttribute(
        lambda o: o.user.email if o.user else f"{o.first_name}.{o.last_name}@exemple.fr".lower()
    )
    commune = factory.LazyAttribute(lambda o: o.organisation.name if o.organisation else "Bais")
    role = "Conseillère municipale"
    status = Status.CONFIRMED
    confirmed_at = factory.LazyAttribute(
        lambda o: o.event.first_published_at if o.status == Status.CONFIRMED else None
    )
    sent_schedule = factory.LazyAttribute(
        lambda o: schedule_of(o.event) if o.status == Status.CONFIRMED else ""
    )
