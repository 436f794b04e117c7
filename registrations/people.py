"""Who a member registers: themselves and colleagues of their organisation, each taken from
their account and profile (name, e-mail, organisation, function), never retyped; and what a
member already holds on an event."""

from django.contrib.auth import get_user_model
from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import Lower

from members_area import permissions

from .models import Registration
from .ranks import with_rank


def person_of(user, profile):
    """A member (or a facilitator without a profile) as places.register takes a person."""
    organisation = profile.organisation if profile is not None else None
    role = (profile.function or profile.get_role_display()) if profile is not None else ""
    return {
        "user": user,
        "organisation": organisation,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "email": user.email,
        "commune": organisation.name if organisation is not None else "",
        "role": role,
    }


def colleagues_of(user, event):
    """The active accounts of the member's organisation (while it is a member) who are not
    registered for `event` yet, by name; none for a facilitator without a profile."""
    accounts = get_user_model().objects
    profile = permissions.member_profile(user)
    if profile is None or not profile.organisation.is_active:
        return accounts.none()
    registered = Registration.objects.active().filter(
        event_id=event.pk, email=Lower(OuterRef("email"))
    )
    return (
        accounts.filter(is_active=True, member_profile__organisation_id=profile.organisation_id)
        .exclude(pk=user.pk)
        .exclude(email="")
        .filter(~Exists(registered))
        .select_related("member_profile__organisation")
        .order_by("last_name", "first_name", "pk")
    )


def registration_of(user, event):
    """The member's active registration for `event` (theirs, or made with their address),
    with its rank on the waiting list, or None."""
    email = (user.email or "").strip().lower()
    mine = Q(user_id=user.pk) | (Q(email=email) if email else Q(pk__in=[]))
    return with_rank(event.registrations.active().filter(mine)).first()


def registered_colleagues(user, event):
    """The active registrations the member made for colleagues of `event`."""
    made = event.registrations.active().filter(registered_by_id=user.pk).exclude(user_id=user.pk)
    return list(with_rank(made).order_by("last_name", "first_name", "pk"))
