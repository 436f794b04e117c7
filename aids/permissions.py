"""Who may use the directory's tools: Wagtail's page permissions on the directory's page of the
default locale (its aids inherit them), superusers always."""

from wagtail.models import Locale

from .models import AidIndexPage


def directory_page(locale=None):
    """The directory's page of `locale` (the default one), or None."""
    locale = locale or Locale.get_default()
    return AidIndexPage.objects.filter(locale=locale).order_by("path").first()


def can_change_aids(user, index=None):
    """May edit the directory's aids: sees the export and the dashboard's panels."""
    if user.is_superuser:
        return True
    index = index or directory_page()
    return index is not None and index.permissions_for_user(user).can_edit()


def can_import_aids(user, index=None):
    """May add and publish aids under the directory's page: what an import does."""
    if user.is_superuser:
        return True
    index = index or directory_page()
    if index is None:
        return False
    tester = index.permissions_for_user(user)
    return tester.can_add_subpage() and tester.can_publish_subpage()
