"""The member directory (directory.yaml): what some demo members chose to show, through the
directory's factory. An entry that exists is left alone (a second load changes nothing); a
member not in the file keeps the defaults."""

from django.contrib.auth import get_user_model

from directory.factories import DirectoryEntryFactory
from directory.models import DirectoryEntry

from .data import read
from .posts import themes_by_slug


def build_directory(stdout):
    items = read("directory")
    emails = [item["email"] for item in items]
    users = {u.email: u for u in get_user_model().objects.filter(email__in=emails)}
    existing = set(
        DirectoryEntry.objects.filter(user__in=users.values()).values_list("user_id", flat=True)
    )
    themes = themes_by_slug()
    created = 0
    for item in items:
        user = users.get(item["email"])
        if user is None or user.pk in existing:
            continue
        choices = {key: value for key, value in item.items() if key not in ("email", "themes")}
        DirectoryEntryFactory(
            user=user, themes=[themes[slug] for slug in item.get("themes", [])], **choices
        )
        created += 1
    stdout.write(f"Annuaire : {created} fiches créées, {len(existing)} déjà là.")
