"""What the directory holds about a person, for their data export (decision 0031), and what it
forgets when their account is closed: their whole entry (choices, phone, themes, help text)."""

from .models import DirectoryEntry


def export(user):
    """The person's directory entry as they chose it (None when they never saved one: the
    defaults apply, which the export says)."""
    entry = DirectoryEntry.objects.filter(user=user).first()
    if entry is None:
        return {"directory_entry": None}
    return {
        "directory_entry": {
            "listed_in_directory": entry.listed,
            "role_visible": entry.show_role,
            "organisation_and_commune_visible": entry.show_commune,
            "themes_i_can_help_with": [theme.name for theme in entry.themes.order_by("name")],
            "what_i_can_help_with": entry.can_help_with,
            "themes_and_help_visible": entry.show_themes,
            "email_visible": entry.show_email,
            "phone": entry.phone,
            "phone_visible": entry.show_phone,
            "updated_at": entry.updated_at.isoformat(),
        }
    }


def forget(sender, user, **kwargs):
    """account_anonymised receiver: a closed account has no directory entry."""
    DirectoryEntry.objects.filter(user=user).delete()
