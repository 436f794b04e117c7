"""Every page's footer shows the network's contact data (NetworkSettings), its translated texts
(NetworkTexts, also in every page title) and links to the legal pages: saving either setting,
or publishing, unpublishing, moving or deleting a legal page, purges every live page and the
search page from the front cache, not only the page itself: one query for the pages, one batch,
sent once the change is committed (docs/performance.md, "At the edge"). Connected in
ReseauConfig.ready()."""

from django.conf import settings
from django.db.models import Q
from django.db.models.signals import post_save
from django.urls import reverse
from django.utils import translation
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Page, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from home.models import LegalPage
from sheets.cache_purge import purge_on_commit, when_front_cache

from .models import NetworkSettings, NetworkTexts


def live_pages(site=None):
    """The live pages that have a URL: those of `site` (its root page in every language), or
    of every site, in one query."""
    pages = Page.objects.live().filter(depth__gt=1)
    if site is not None:
        roots = site.root_page.get_translations(inclusive=True).values_list("path", flat=True)
        in_site = Q()
        for path in roots:
            in_site |= Q(path__startswith=path)
        pages = pages.filter(in_site)
    return pages


def purge_every_page(site=None):
    """Every live page of `site` (else of every site), and the search page in each language:
    a view, not a page, with the same footer."""
    batch = PurgeBatch()
    batch.add_pages(live_pages(site))
    for each_site in [site] if site is not None else Site.objects.all():
        for code, _name in settings.LANGUAGES:
            with translation.override(code):
                batch.add_url(each_site.root_url + reverse("search:search"))
    purge_on_commit(batch)


@when_front_cache
def settings_saved(sender, instance, **kwargs):
    """NetworkSettings belong to one site; NetworkTexts to one language, shown by every site."""
    if kwargs.get("raw"):  # a fixture loading (a restore): the pages may not be there yet
        return
    purge_every_page(getattr(instance, "site", None))


@when_front_cache
def legal_page_changed(sender, instance, **kwargs):
    purge_every_page()


def connect():
    post_save.connect(settings_saved, sender=NetworkSettings, dispatch_uid="reseau-purge-settings")
    post_save.connect(settings_saved, sender=NetworkTexts, dispatch_uid="reseau-purge-texts")
    uid = "reseau-purge-legal-page"
    page_published.connect(legal_page_changed, sender=LegalPage, dispatch_uid=f"{uid}-published")
    page_unpublished.connect(
        legal_page_changed, sender=LegalPage, dispatch_uid=f"{uid}-unpublished"
    )
    post_page_move.connect(legal_page_changed, sender=LegalPage, dispatch_uid=f"{uid}-moved")
