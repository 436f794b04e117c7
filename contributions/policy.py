"""Who may do what with the proposed documents in Wagtail's admin: staff holding the model's
permissions only, and nobody adds one there (communes propose them through the member area).
Contributors hold none of these permissions: they never see the snippet (decision 0047)."""

from django.contrib.auth import get_user_model
from wagtail.permission_policies import ModelPermissionPolicy

from members_area import permissions

from .models import ProposedDocument


class ProposalPermissionPolicy(ModelPermissionPolicy):
    def user_has_permission(self, user, action):
        if action == "add" or not permissions.is_staff(user):
            return False
        return super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        actions = [action for action in actions if action != "add"]
        if not actions:
            return get_user_model().objects.none()
        return super().users_with_any_permission(actions).filter(is_staff=True)


policy = ProposalPermissionPolicy(ProposedDocument)


def may_review(user) -> bool:
    """Staff who may open the proposed documents in the admin (and their files)."""
    return policy.user_has_any_permission(user, ["change", "view"])
