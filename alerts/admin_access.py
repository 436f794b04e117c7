"""Who may do what with the alerts in the admin, in one place: staff with a model's "view"
permission read its list; on subscribers, "change" lets them resume a paused address and
"delete" remove a subscriber. Nobody adds or edits a subscription here, superusers included:
the person chooses what they receive (consent), through their own links."""

from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.permission_policies import ModelPermissionPolicy

from members_area import permissions

from .models import DeliveryFailure, Digest, Subscriber

SUBSCRIBERS = "alerts_subscribers"
DIGESTS = "alerts_digests"
FAILURES = "alerts_failures"

# The admin's actions on each model and the Django permission each needs; any other is refused.
SUBSCRIBER_ACTIONS = {"view": "view", "unpause": "change", "delete": "delete"}
READ_ONLY = {"view": "view"}


class StaffPolicy(ModelPermissionPolicy):
    """Wagtail's model permissions, for staff only and for the listed actions only."""

    def __init__(self, model, actions):
        super().__init__(model)
        self.actions = actions

    def user_has_permission(self, user, action):
        if action not in self.actions or not permissions.is_staff(user):
            return False
        return super().user_has_permission(user, self.actions[action])

    def users_with_any_permission(self, actions):
        needed = [self.actions[action] for action in actions if action in self.actions]
        if not needed:
            return get_user_model().objects.none()
        return super().users_with_any_permission(needed).filter(is_staff=True)


POLICIES = {
    Subscriber: StaffPolicy(Subscriber, SUBSCRIBER_ACTIONS),
    Digest: StaffPolicy(Digest, READ_ONLY),
    DeliveryFailure: StaffPolicy(DeliveryFailure, READ_ONLY),
}


def can(user, action, model=Subscriber):
    return POLICIES[model].user_has_permission(user, action)


def url(namespace, name, *args):
    return reverse(f"{namespace}:{name}", args=args)
