"""The parts of an experience sheet's page that every visitor sees, kept in Django's cache by the
page's template (`{% wagtailcache %}`, decision 0027), and their removal when what they show
changes elsewhere (the comparable communes too, which any experience sheet published,
unpublished or restricted may change). A new publication of the sheet itself changes its
`cache_key`, hence the fragments' keys; a related sheet published, unpublished or restricted,
or a theme or commune edited, removes the fragments of the sheets that show it, in every
language. Connected in SheetsConfig.ready(); removal runs at once and again when the editor's
change is committed; a cache that is down removes nothing (the fragments then age out after
SHEETS_FRAGMENT_CACHE_SECONDS)."""

from django.conf import settings
from django.core.cache import cache
from django.core.cache.utils import make_template_fragment_key
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.models import PageViewRestriction
from wagtail.signals import page_published, page_unpublished

from .cache_purge import sheets_showing
from .models import Commune, ExperienceSheetPage, TechnicalSheetPage, Theme

# The template's fragments: experience_sheet_page.html varies each on the page's cache_key and
# the language, in that order.
FRAGMENTS = ("experience-sheet-main", "experience-sheet-cards")


def fragment_keys(pages):
    """The cache keys of the fragments of `pages` (experience sheets), in every language."""
    return [
        make_template_fragment_key(name, [page.cache_key, code])
        for page in pages
        for name in FRAGMENTS
        for code, _name in settings.LANGUAGES
    ]


def forget(pages):
    """Removes the fragments of `pages` now, and again once the transaction commits: a visitor's
    request that read the old rows meanwhile cannot leave them in the cache."""
    keys = fragment_keys(pages.only("id", "url_path", "last_published_at"))
    if keys:
        cache.delete_many(keys)
        transaction.on_commit(lambda: cache.delete_many(keys))


def sheet_changed(sender, instance, **kwargs):
    """page_published, page_unpublished: the cards of the sheet on other sheets; for an
    experience sheet, every sheet's fragments, since any of them may list its commune among
    the comparable ones (sheets.similar_communes; a rare edit, by the facilitator)."""
    page = instance.specific
    if isinstance(page, ExperienceSheetPage):
        forget(ExperienceSheetPage.objects.live())
    else:
        forget(sheets_showing(page))


def restriction_changed(sender, instance, **kwargs):
    """A view restriction added to or removed from a sheet (or above it) changes whether its
    card may be shown. Not while a fixture loads (`raw`: a restore), when the page may not be
    there yet."""
    if kwargs.get("raw"):
        return
    pages = list(instance.page.get_descendants(inclusive=True).specific())
    if any(isinstance(page, ExperienceSheetPage) for page in pages):
        forget(ExperienceSheetPage.objects.live())  # the comparable communes: sheet_changed
        return
    for page in pages:
        forget(sheets_showing(page))


def taxonomy_changed(sender, instance, **kwargs):
    """A theme or a commune saved or deleted: its name shows on its sheets and on their cards
    across the site, so every sheet's fragments go (a rare edit, by the facilitator)."""
    forget(ExperienceSheetPage.objects.live())


def connect():
    for model in (ExperienceSheetPage, TechnicalSheetPage):
        uid = f"sheets-fragments-{model.__name__}"
        page_published.connect(sheet_changed, sender=model, dispatch_uid=f"{uid}-published")
        page_unpublished.connect(sheet_changed, sender=model, dispatch_uid=f"{uid}-unpublished")
    uid = "sheets-fragments-restriction"
    post_save.connect(restriction_changed, sender=PageViewRestriction, dispatch_uid=f"{uid}-saved")
    post_delete.connect(
        restriction_changed, sender=PageViewRestriction, dispatch_uid=f"{uid}-deleted"
    )
    for model in (Theme, Commune):
        uid = f"sheets-fragments-{model.__name__}"
        post_save.connect(taxonomy_changed, sender=model, dispatch_uid=f"{uid}-saved")
        post_delete.connect(taxonomy_changed, sender=model, dispatch_uid=f"{uid}-deleted")
