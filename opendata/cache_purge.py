"""The data files are served from the front cache like the pages: what changes a dataset
purges its files (and the catalogue, whose dates move) on every site, so that the stable
URLs give the new data at once. A publication, unpublication or move of a sheet, an event or
an aid; a theme, a commune or a funder saved or deleted; a view restriction added, changed or
removed. The URLs are few and fixed: every data file is purged, rather than working out which
dataset a change touches. Connected in OpendataConfig.ready(); sent once the transaction
commits (sheets.cache_purge)."""

from django.db.models.signals import post_delete, post_save
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from aids.models import AidPage, Funder
from sheets.cache_purge import purge_on_commit, when_front_cache
from sheets.models import Commune, EventPage, ExperienceSheetPage, TechnicalSheetPage, Theme

from . import links
from .datasets import DATASETS

PAGE_MODELS = (ExperienceSheetPage, TechnicalSheetPage, EventPage, AidPage)
SNIPPET_MODELS = (Theme, Commune, Funder)


def data_urls():
    """The catalogue, every data file and schema, on every site."""
    paths = links.paths(DATASETS.values())
    return [site.root_url + path for site in Site.objects.all() for path in paths]


@when_front_cache
def data_changed(sender, **kwargs):
    if kwargs.get("raw"):  # a fixture loading (a restore)
        return
    batch = PurgeBatch()
    batch.add_urls(data_urls())
    purge_on_commit(batch)


def connect():
    for model in PAGE_MODELS:
        uid = f"opendata-purge-{model.__name__}"
        page_published.connect(data_changed, sender=model, dispatch_uid=f"{uid}-published")
        page_unpublished.connect(data_changed, sender=model, dispatch_uid=f"{uid}-unpublished")
        post_page_move.connect(data_changed, sender=model, dispatch_uid=f"{uid}-moved")
    for model in SNIPPET_MODELS:
        uid = f"opendata-purge-{model.__name__}"
        post_save.connect(data_changed, sender=model, dispatch_uid=f"{uid}-saved")
        post_delete.connect(data_changed, sender=model, dispatch_uid=f"{uid}-deleted")
    uid = "opendata-purge-restriction"
    post_save.connect(data_changed, sender=PageViewRestriction, dispatch_uid=f"{uid}-saved")
    post_delete.connect(data_changed, sender=PageViewRestriction, dispatch_uid=f"{uid}-deleted")
