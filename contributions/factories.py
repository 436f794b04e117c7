"""A member who contributes for their organisation, for the tests and the demo."""

from members_area.factories import MemberFactory


def ContributorFactory(organisation=None, **user_fields):
    """A member holding the contributor role (their Wagtail groups follow); returns the user."""
    user = MemberFactory(organisation=organisation, **user_fields)
    profile = user.member_profile
    profile.contributor = True
    profile.save()
    return user
