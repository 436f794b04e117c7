"""What a contributor may see of the pages in Wagtail's admin: every live page, and among the
drafts only those they may work on (members_area.permissions.may_contribute_to), so that
another commune's draft never shows, not even its title in a list or a chooser."""

from django.db.models import Q
from wagtail.models import GroupPagePermission

from members_area import permissions
from members_area.models import MemberProfile
from sheets.models import ExperienceSheetPage


def is_contributor_only(user) -> bool:
    """A member holding the contributor role and no wider page permission: Wagtail's "change"
    or "publish" anywhere makes an editor, who sees every draft. The role counts even when the
    organisation's membership has lapsed: such a contributor sees no draft at all."""
    if user.is_superuser:
        return False
    profile = permissions.member_profile(user)
    if profile is None or not profile.contributor:
        return False
    return not GroupPagePermission.objects.filter(
        group__user=user, permission__codename__in=["change_page", "publish_page"]
    ).exists()


def workable_filter(organisation) -> Q:
    """Pages an organisation's contributors may work on, as a filter on Page."""
    own_commune = ExperienceSheetPage.objects.filter(commune_id=organisation.commune_id).values(
        "pk"
    )
    colleagues = MemberProfile.objects.filter(organisation=organisation).values("user_id")
    filters = Q(owner_id__in=colleagues)
    if organisation.commune_id is not None:
        filters |= Q(pk__in=own_commune)
    return filters


def visible_to(user, pages):
    """`pages` without the drafts `user` may not see, when `user` is a contributor only."""
    if not is_contributor_only(user):
        return pages
    organisation = permissions.contributing_organisation(user)
    if organisation is None:
        return pages.filter(live=True)
    return pages.filter(Q(live=True) | workable_filter(organisation))
