"""Who may do what with registrations in the admin, in one place: staff with the model's
"view" permission read the list, the sign-in sheets and the figures; with "change" they also
cancel a registration and mark attendance. Adding, editing and deleting are refused to
everyone, superusers included: a registration is the person's."""

from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.permission_policies import ModelPermissionPolicy

from members_area import permissions

from .models import Registration

NAMESPACE = "registrations_admin"
# The admin's actions and the Django permission each needs; any other action is refused.
ACTIONS = {"view": "view", "cancel": "change", "mark_attendance": "change"}


class FacilitatorPolicy(ModelPermissionPolicy):
    def user_has_permission(self, user, action):
        if action not in ACTIONS or not permissions.is_staff(user):
            return False
        return super().user_has_permission(user, ACTIONS[action])

    def users_with_any_permission(self, actions):
        needed = [ACTIONS[action] for action in actions if action in ACTIONS]
        if not needed:
            return get_user_model().objects.none()
        return super().users_with_any_permission(needed).filter(is_staff=True)


POLICY = FacilitatorPolicy(Registration)


def can(user, action):
    return POLICY.user_has_permission(user, action)


def url(name, *args):
    return reverse(f"{NAMESPACE}:{name}", args=args)


def can_be_cancelled(registration):
    """Active, for an event still to come: what the facilitator may cancel."""
    return registration.is_active and registration.event.is_upcoming
