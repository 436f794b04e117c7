"""Keeps the search vocabulary fresh: a live page's words join it as the page is saved, and when
a page of a searched kind is published, unpublished, deleted or moved, or a view restriction
changes, one rebuild of its language is queued after the transaction commits (connected in
SearchConfig.ready()). A published page is also indexed again with its themes.

Publishing never fails because of the vocabulary: any fault (the task backend down, a database
error while queueing) is logged and the vocabulary stays as it was until the next change or
`manage.py update_search_vocabulary`.
"""

import logging
from functools import partial

from django.db import DatabaseError, transaction
from wagtail.models import Locale, Page

from search.kinds import PAGE_KINDS
from search.tasks import refresh_search_vocabulary, reindex_page
from search.vocabulary_builder import add_page, stale_locales

logger = logging.getLogger("search")
SEARCHED = tuple(PAGE_KINDS.values())


def refresh_later(locale_id):
    """Queues one rebuild of the locale's language once the transaction commits; several
    changes in one transaction (a bulk action, the demo) queue one."""
    try:
        stale_locales().add(locale_id)
        transaction.on_commit(partial(_enqueue, locale_id), robust=True)
    except Exception:  # noqa: BLE001 - never break publishing
        logger.exception("Search vocabulary: refresh not scheduled")


def _enqueue(locale_id):
    if locale_id not in stale_locales():
        return  # already queued, or rebuilt in this thread since
    stale_locales().discard(locale_id)
    try:
        language = Locale.objects.filter(pk=locale_id).values_list("language_code", flat=True)
        for code in language[:1]:
            refresh_search_vocabulary.enqueue(code)
    except Exception:  # noqa: BLE001 - a task backend down must not break publishing
        logger.exception("Search vocabulary: refresh not queued")


def page_changed(sender, instance, **kwargs):
    """page_published, page_unpublished: a searched page's words enter or leave the public
    vocabulary."""
    if isinstance(instance, SEARCHED):
        refresh_later(instance.locale_id)


def page_published(sender, instance, **kwargs):
    """page_published: a searched page is indexed again once its themes are written (queued
    after Wagtail's own indexing, which ran before they were)."""
    if not isinstance(instance, SEARCHED):
        return
    try:
        reindex_page.enqueue(instance.pk)
    except Exception:  # noqa: BLE001 - a task backend down must not break publishing
        logger.exception("Search: page %s not indexed again", instance.pk)


def page_saved(sender, instance, **kwargs):
    """post_save of a searched page: a live, public page's new words join the vocabulary now
    (in a savepoint, so that a failure leaves the page's own transaction usable)."""
    if not instance.live:
        return
    try:
        with transaction.atomic():
            add_page(instance)
    except DatabaseError:
        logger.exception("Search vocabulary: the words of page %s not added", instance.pk)


def page_moved(sender, instance, **kwargs):
    """post_page_move: a page (with the pages below it) may have moved into or out of a
    restricted section."""
    refresh_later(instance.locale_id)


def page_deleted(sender, instance, **kwargs):
    """post_delete of a searched page: only a live page had words in the vocabulary."""
    if isinstance(instance, SEARCHED) and instance.live:
        refresh_later(instance.locale_id)


def restriction_changed(sender, instance, **kwargs):
    """A view restriction added, changed or removed: the pages below it enter or leave the
    public vocabulary (skipped when its page is being deleted: page_deleted refreshes)."""
    page = Page.objects.filter(pk=instance.page_id).values_list("locale_id", flat=True)
    try:
        locale_id = next(iter(page), None)
    except Exception:  # noqa: BLE001 - never break saving a restriction
        logger.exception("Search vocabulary: refresh not scheduled")
        return
    if locale_id is not None:
        refresh_later(locale_id)
