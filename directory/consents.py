"""What a member lets the other members see of them: the one place where the directory's
consents are read (the directory's rows, the "Ma fiche" preview, its filters, other plugins).

The API for other plugins (introductions):

``shown_details(person, viewer) -> dict``
    Only what ``person`` lets ``viewer`` see. Keys, each present only when the person shows
    that field and it has a value:

    * ``"role"``: the role's label ("Élu·e", "Technicien·ne"...), and ``"function"``: their
      function ("Adjointe à l'environnement"); both under the "role" consent;
    * ``"organisation"``: their member organisation's name, and ``"commune"``: the name of that
      organisation's commune; both under the "commune" consent;
    * ``"themes"``: the names of the themes they can help with (a list), and ``"help_text"``:
      what they can help with; both under the "themes" consent;
    * ``"email"``: their account's address; ``"phone"``: "02 43 12 34 56".

    Empty when ``viewer`` is not an active member (nor staff), and when ``person`` is not in
    the directory (no membership, lapsed organisation, withdrawn from it, closed account). The
    name is not in it: a listed member's name is always shown (``person.get_full_name()``).
"""

from django.contrib.auth import get_user_model
from django.db.models import Prefetch, Q
from django.utils.translation import gettext as _

from members_area import permissions
from sheets.models import Theme

from .models import DEFAULTS, DirectoryEntry
from .phone import tel_uri

DETAIL_KEYS = (
    "role",
    "function",
    "organisation",
    "commune",
    "themes",
    "help_text",
    "email",
    "phone",
)


def shows(choice: str) -> Q:
    """Q over users: those whose choice `choice` ("listed", "show_role"...) is on, counting
    members without an entry as having the defaults."""
    chosen = Q(**{f"directory_entry__{choice}": True})
    return chosen | Q(directory_entry__isnull=True) if DEFAULTS[choice] else chosen


def directory_members():
    """The users the directory lists, with what their rows show (three queries whatever their
    number: the users, their themes, nothing more): active accounts of a member organisation
    whose membership is current, not withdrawn."""
    return (
        get_user_model()
        .objects.filter(is_active=True, member_profile__isnull=False)
        .filter(permissions.active_membership_filter("member_profile__organisation__"))
        .filter(shows("listed"))
        .select_related(
            "member_profile__organisation__commune",
            "directory_entry",
        )
        .prefetch_related(
            Prefetch(
                "directory_entry__themes",
                queryset=Theme.objects.only("name", "slug", "sort_order").order_by(
                    "sort_order", "name"
                ),
                to_attr="listed_themes",
            )
        )
        .order_by("last_name", "first_name", "pk")
    )


def entry_of(user) -> DirectoryEntry:
    """The user's entry, or an unsaved one with the defaults (no query if it was selected)."""
    try:
        return user.directory_entry
    except DirectoryEntry.DoesNotExist:
        return DirectoryEntry(user=user)


def _themes(entry):
    if entry.pk is None:
        return []
    themes = getattr(entry, "listed_themes", None)
    return themes if themes is not None else list(entry.themes.order_by("sort_order", "name"))


def details(user) -> dict:
    """What the other members see of this listed user (from `directory_members()`), by key."""
    entry = entry_of(user)
    profile = user.member_profile
    organisation = profile.organisation
    shown = {}
    if entry.show_role:
        shown["role"] = profile.get_role_display()
        shown["function"] = profile.function
    if entry.show_commune:
        shown["organisation"] = organisation.name
        shown["commune"] = organisation.commune.name if organisation.commune_id else ""
    if entry.show_themes:
        shown["themes"] = [theme.name for theme in _themes(entry)]
        shown["help_text"] = entry.can_help_with
    if entry.show_email:
        shown["email"] = user.email
    if entry.show_phone:
        shown["phone"] = entry.phone
    return {key: value for key, value in shown.items() if value}


def card(user) -> dict:
    """A directory row: the name (always) and the shown details, with the phone's dial link."""
    shown = details(user)
    return {
        "name": user.get_full_name() or _("Adhérent·e sans nom"),
        "shown": shown,
        "tel": tel_uri(shown["phone"]) if "phone" in shown else "",
    }


def listed_member(person):
    """`person` as the directory lists them (with their relations), or None."""
    if person is None or person.pk is None:
        return None
    return directory_members().filter(pk=person.pk).first()


def shown_details(person, viewer) -> dict:
    """See the module's docstring."""
    if not permissions.is_active_member(viewer):
        return {}
    listed = listed_member(person)
    return details(listed) if listed is not None else {}
