"""The front cache's copies of the letters' archive, so that publishing or unpublishing a letter
shows in it at once: wagtail.contrib.frontend_cache purges the letter itself; this adds the
archive of each language that lists it (core.fallback). Connected in LettersConfig.ready()."""

from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.signals import page_published, page_unpublished

from core.fallback import listing_locale_ids
from sheets.cache_purge import purge_on_commit, when_front_cache

from .models import LetterIndexPage, LetterPage


@when_front_cache
def letter_changed(sender, instance, **kwargs):
    """page_published, page_unpublished (deleting a live page unpublishes it first)."""
    batch = PurgeBatch()
    locale_ids = listing_locale_ids(instance)
    for archive in LetterIndexPage.objects.live().filter(locale_id__in=locale_ids):
        batch.add_page(archive)
    purge_on_commit(batch)


def connect():
    page_published.connect(letter_changed, sender=LetterPage, dispatch_uid="letters-published")
    page_unpublished.connect(letter_changed, sender=LetterPage, dispatch_uid="letters-unpublished")
