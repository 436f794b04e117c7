"""The only place where access to members-only content is decided.

Views, templates (through members_area.templatetags.members_access), feeds, the document serve
hook and search all ask these functions; none of them decides on its own.

The rules (docs/decisions/0006-member-access-rules.md):

* Staff (``is_staff``) see everything members see, and every resource.
* An *active member* is an active user account with a MemberProfile whose organisation's
  membership is current (``active_until`` empty or today or later).
* When the membership lapses, its people lose ALL member access at once, including resources
  granted to them personally or through a working group: no resource needs editing. A grant
  to someone who is not (or no longer) an active member gives nothing until they are again.
* An active member may open a resource when it is open to all members, or when guardian's
  ``view_resource`` permission on it is held by them, by their organisation's group or by one
  of their working groups.
* A document attached "members only" anywhere (sheets.models.MEMBERS_ONLY_DOCUMENT_LINKS) is
  reserved everywhere: only active members and staff may download it (fail closed).

Answers are memoised on the user object, which lives as long as the request.
"""

import contextlib
import logging

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.db import DatabaseError
from django.db.models import Exists, OuterRef, Q, Subquery
from django.utils import timezone

from sheets.models import MEMBERS_ONLY_DOCUMENT_LINKS

from .models import MemberProfile, Resource, ResourceGroupPermission, ResourceUserPermission

logger = logging.getLogger(__name__)

VIEW_CODENAME = "view_resource"
_CACHE_ATTR = "_members_area_access"


def _cache(user) -> dict:
    cache = getattr(user, _CACHE_ATTR, None)
    if cache is None:
        cache = {}
        with contextlib.suppress(AttributeError):  # objects that refuse attributes
            setattr(user, _CACHE_ATTR, cache)
    return cache


def _is_signed_in(user) -> bool:
    return bool(getattr(user, "is_authenticated", False) and getattr(user, "is_active", False))


def active_membership_filter(prefix="") -> Q:
    """Q for rows whose organisation (reached through ``prefix``) is currently a member."""
    today = timezone.localdate()
    return Q(**{f"{prefix}active_until__isnull": True}) | Q(**{f"{prefix}active_until__gte": today})


def is_staff(user) -> bool:
    return _is_signed_in(user) and bool(user.is_staff)


def can_review_applications(user) -> bool:
    """The facilitation team who decide on membership applications (the membership plugin):
    their review pages and the deliberations the applications carry."""
    return is_staff(user) and user.has_perm("membership.change_membershipapplication")


def is_active_member(user) -> bool:
    """A signed-in user who belongs to a member organisation whose membership is current,
    or a staff member (the facilitator sees everything members see)."""
    if not _is_signed_in(user):
        return False
    if user.is_staff:
        return True
    profile = member_profile(user)
    return profile is not None and profile.organisation.is_active


def member_profile(user):
    """The user's MemberProfile with its organisation (or None), one query, memoised."""
    if not _is_signed_in(user):
        return None
    cache = _cache(user)
    if "profile" not in cache:
        cache["profile"] = (
            MemberProfile.objects.select_related("organisation", "organisation__commune")
            .filter(user_id=user.pk)
            .first()
        )
    return cache["profile"]


def view_permission_id():
    """The id of members_area's own view_resource permission, as an expression for
    `permission_id=` filters: an uncorrelated subquery the database runs once per query, where
    a join on the codename would be planned and read again in every grant subquery. Its content
    type (cached by Django) makes it exact: the codename alone would also match another app's
    `view_resource`."""
    return Subquery(
        Permission.objects.filter(
            content_type=ContentType.objects.get_for_model(Resource), codename=VIEW_CODENAME
        ).values("pk")
    )


def _user_grants(user):
    """view_resource grants made to the user personally."""
    return ResourceUserPermission.objects.filter(
        user_id=user.pk, permission_id=view_permission_id()
    )


def _group_grants(user):
    """view_resource grants made to one of the user's groups: their organisation's group and
    their working groups. (Joined through auth_group on purpose: PostgreSQL then starts from
    the user's few groups and reads each one's grants by index; written `group_id IN
    (memberships)` it misjudged the permission join and scanned every group grant.)"""
    return ResourceGroupPermission.objects.filter(
        group__user=user.pk, permission_id=view_permission_id()
    )


def granted_filter(user, *, few=False) -> Q:
    """Q over Resource: open to all members, or view_resource granted to the user or one of
    their groups (organisation group, working groups). Says nothing about the membership
    itself: `viewable_resources` checks that first.

    Two query shapes for the same rule, both one query whatever the grants:

    * by default (listings, counts, search), two uncorrelated `pk IN (subquery)`: PostgreSQL
      hashes each subquery once (a few thousand ids), where OR-ed correlated EXISTS would
      run once per resource. With the
      `resource_newest_idx` index the listing's page walks the newest resources and stops
      after twenty visible ones;
    * `few=True`, when the queryset is narrowed to a handful of rows before the check (one
      resource by its slug, the resources linked to a page): correlated EXISTS, i.e. a probe
      of the grant tables' resource index per row, instead of hashing every grant of the
      user (thousands) to answer for one resource.
    """
    user_grants, group_grants = _user_grants(user), _group_grants(user)
    if few:
        # The group route starts here from the resource's own grants (a handful), then keeps
        # those held by one of the user's groups.
        memberships = get_user_model().groups.through.objects.filter(user_id=user.pk)
        resource_group_grants = ResourceGroupPermission.objects.filter(
            content_object_id=OuterRef("pk"),
            permission_id=view_permission_id(),
            group_id__in=memberships.values("group_id"),
        )
        return (
            Q(open_to_all_members=True)
            | Q(Exists(user_grants.filter(content_object_id=OuterRef("pk"))))
            | Q(Exists(resource_group_grants))
        )
    return (
        Q(open_to_all_members=True)
        | Q(pk__in=user_grants.values("content_object_id"))
        | Q(pk__in=group_grants.values("content_object_id"))
    )


def viewable_resources(user, *, few=False):
    """Every Resource this user may open, as ONE permission-filtered queryset. Pass
    `few=True` when it will be narrowed to a few rows (see `granted_filter`)."""
    queryset = Resource.objects.all()
    if not _is_signed_in(user):
        return queryset.none()
    if user.is_staff:
        return queryset
    if not is_active_member(user):
        return queryset.none()
    return queryset.filter(granted_filter(user, few=few))


def viewable_resource_count(user) -> int:
    """How many resources this user may open: `viewable_resources(user).count()`, in one
    query that counts the distinct ids of the three routes (open to all members, personal
    grants, group grants) from their indexes, without reading the resources table (the
    member listing's total, unfiltered)."""
    if not _is_signed_in(user):
        return 0
    if user.is_staff:
        return Resource.objects.count()
    if not is_active_member(user):
        return 0
    open_to_all = Resource.objects.filter(open_to_all_members=True).order_by().values_list("pk")
    return open_to_all.union(  # UNION, not UNION ALL: a resource reached twice counts once
        _user_grants(user).order_by().values_list("content_object_id"),
        _group_grants(user).order_by().values_list("content_object_id"),
    ).count()


def can_view_resource(user, resource) -> bool:
    if resource is None or not _is_signed_in(user):
        return False
    if user.is_staff:
        return True
    if not is_active_member(user):
        return False
    if resource.open_to_all_members:
        return True
    cache = _cache(user).setdefault("resources", {})
    if resource.pk not in cache:
        cache[resource.pk] = viewable_resources(user, few=True).filter(pk=resource.pk).exists()
    return cache[resource.pk]


def can_download_resource(user, resource) -> bool:
    """Who may open a resource's page may download its file: one rule, not two."""
    return can_view_resource(user, resource)


def _members_only_links():
    """The attachment links that can mark a document members only (sheets declares them)."""
    return list(MEMBERS_ONLY_DOCUMENT_LINKS)


def document_is_members_only(document) -> bool:
    """True when any attachment anywhere marks this document members only. Fails closed: if
    the question cannot be answered (database error), the document is treated as reserved."""
    if document is None:
        return True
    cached = getattr(document, "_members_only", None)
    if cached is not None:
        return cached
    try:
        reserved = any(
            model._default_manager.filter(**{field: document.pk, "members_only": True}).exists()
            for model, field in _members_only_links()
        )
    except DatabaseError:
        logger.exception("Could not tell whether document %s is members only", document.pk)
        reserved = True
    document._members_only = reserved
    return reserved


def exclude_members_only_documents(documents):
    """Keeps, from a queryset of documents, only those no attachment marks members only (for
    search indexes and listings that show documents to everyone)."""
    for model, field in _members_only_links():
        documents = documents.exclude(
            pk__in=model._default_manager.filter(members_only=True).values(field)
        )
    return documents


def can_download_document(user, document) -> bool:
    if document is None:
        return False
    if is_staff(user):
        return True
    if not document_is_members_only(document):
        return True
    return is_active_member(user)


def users_with_access(resource):
    """The people who may open this resource right now (active members only; staff, who see
    everything, are not listed). For the facilitator's access panel."""
    users = (
        get_user_model()
        .objects.filter(is_active=True, is_staff=False, member_profile__isnull=False)
        .filter(active_membership_filter("member_profile__organisation__"))
        .select_related("member_profile__organisation")
    )
    if resource.open_to_all_members:
        return users
    user_grant = ResourceUserPermission.objects.filter(
        content_object=resource, user=OuterRef("pk"), permission_id=view_permission_id()
    )
    group_grant = ResourceGroupPermission.objects.filter(
        content_object=resource,
        group__user=OuterRef("pk"),
        permission_id=view_permission_id(),
    )
    return users.filter(Exists(user_grant) | Exists(group_grant))


def active_member_with_email(email):
    """The active member account with this address (any case), or None (introductions)."""
    users = get_user_model().objects.filter(email__iexact=(email or "").strip(), is_active=True)
    users = users.filter(active_membership_filter("member_profile__organisation__"))
    return users.order_by("pk").first() if email else None


def may_see_introduction(user, requester_id, contact_id) -> bool:
    """A request to be put in touch is seen by staff and by the two active members it is
    between (who asks, who is asked): nobody else, not even their colleagues."""
    if is_staff(user):
        return True
    return is_active_member(user) and user.pk in {requester_id, contact_id} - {None}


def may_answer_introduction(user, contact_id) -> bool:
    """Only the person asked accepts or declines: their consent is theirs alone to give."""
    return contact_id is not None and user.pk == contact_id and is_active_member(user)


def contributing_organisation(user):
    """The organisation `user` contributes for: theirs when they hold the contributor role and
    its membership is current, else None (the contributions plugin, decision 0047)."""
    profile = member_profile(user)
    if profile is None or not profile.contributor or not profile.organisation.is_active:
        return None
    return profile.organisation


def may_contribute_to(user, page) -> bool:
    """A contributor works on the experience sheets of their organisation's commune and on the
    pages people of their organisation started (technical sheets have no commune); never on
    another commune's, whoever wrote it."""
    organisation = contributing_organisation(user)
    if organisation is None or page is None:
        return False
    commune_id = getattr(page, "commune_id", None)
    if commune_id is not None:
        return commune_id == organisation.commune_id
    return (
        page.owner_id is not None
        and MemberProfile.objects.filter(user_id=page.owner_id, organisation=organisation).exists()
    )
