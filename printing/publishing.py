"""On a sheet's publication: queue the making of its PDF once the transaction commits, and
purge the front cache's copies of its PDF and of its themes' booklets (sheets.cache_purge)."""

import logging

from django.db import transaction
from django.urls import reverse
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.signals import page_published, page_unpublished

from sheets.cache_purge import purge_on_commit, when_front_cache

from . import conf
from .content import SHEET_MODELS
from .tasks import print_sheet

logger = logging.getLogger(__name__)


def queue(page_id):
    """Queues the PDF; a task backend down is logged, never raised: the view makes the file
    on the first request instead."""
    try:
        print_sheet.enqueue(page_id)
    except Exception:  # noqa: BLE001 - the editor's publication must not fail
        logger.exception("Printing: the PDF of page %s was not queued", page_id)


def queue_print(sender, instance, **kwargs):
    if not conf.get("PRINTING_ON_PUBLISH"):
        return
    page_id = instance.pk
    transaction.on_commit(lambda: queue(page_id))


def print_urls(page):
    """The addresses of the PDFs that show `page`: its own and its themes' booklets."""
    urls = [reverse("printing:sheet", kwargs={"page_id": page.pk})]
    urls += [
        reverse("printing:booklet", kwargs={"theme_id": pk})
        for pk in page.themes.values_list("pk", flat=True)
    ]
    return urls


@when_front_cache
def purge_prints(sender, instance, **kwargs):
    site = instance.get_site()
    if site is None:
        return
    batch = PurgeBatch()
    batch.add_urls(site.root_url + url for url in print_urls(instance))
    purge_on_commit(batch)


def connect():
    for model in SHEET_MODELS:
        label = model.__name__.lower()
        page_published.connect(queue_print, sender=model, dispatch_uid=f"printing-{label}")
        page_published.connect(purge_prints, sender=model, dispatch_uid=f"printing-p-{label}")
        page_unpublished.connect(purge_prints, sender=model, dispatch_uid=f"printing-u-{label}")
