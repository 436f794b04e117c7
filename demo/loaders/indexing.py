"""Indexing the demo content once, at the end of the build, instead of at every save.

Creating a page saves it three or four times (tree insert, revision, publish), and each save
re-indexes it for search and for Wagtail's reference index. Both signals are switched off while
building, then every demo model is indexed in bulk.
"""

from contextlib import contextmanager

from django.db.models.signals import post_save
from modelsearch import index as search_index
from modelsearch import signal_handlers as search_signals
from modelsearch.backends import get_search_backends
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update

from sheets.models import Commune, EventPage, ExperienceSheetPage, TechnicalSheetPage, Theme

# Snippets with no references worth indexing are left out of the reference index.
NOT_REFERENCING = (Theme, Commune)


def indexed_demo_models():
    return [
        ExperienceSheetPage,
        TechnicalSheetPage,
        EventPage,
        Theme,
        Commune,
        get_document_model(),
        get_image_model(),
    ]


@contextmanager
def deferred_indexing(models=None):
    """Build inside this block; the demo models (or `models`) are indexed when it ends."""
    indexed = [
        model
        for model in search_index.get_indexed_models()
        if getattr(model, "search_auto_update", True)
    ]
    for model in indexed:
        post_save.disconnect(search_signals.post_save_signal_handler, sender=model)
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        for model in indexed:
            post_save.connect(search_signals.post_save_signal_handler, sender=model)
    for model in indexed_demo_models() if models is None else models:
        objects = list(model.objects.all())
        for backend in get_search_backends(with_auto_update=True):
            backend.add_bulk(model, objects)
        if model not in NOT_REFERENCING:
            for obj in objects:
                ReferenceIndex.create_or_update_for_object(obj)
