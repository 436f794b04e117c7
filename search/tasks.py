"""The background tasks of the search, queued by search.signal_handlers: rebuilding the vocabulary
of one language (search.vocabulary_builder) when public content changes, and indexing a published
page again with its themes. The database backend and `manage.py db_worker` in production, at once
in development."""

from django_tasks import task
from wagtail.models import Page
from wagtail.search import index

from search import vocabulary_builder


# Below the default priority: a rebuild reads every public page of a language; index updates
# and cache purges queued meanwhile go first.
@task(priority=-5)
def refresh_search_vocabulary(language):
    """Rebuilds the vocabulary of `language`; returns its number of words."""
    return vocabulary_builder.rebuild(language).get(language, 0)


@task()
def reindex_page(page_id):
    """Indexes a published page again: Wagtail indexed it as it was saved, before its themes
    (a ParentalManyToManyField) were written, so their names would not find it."""
    for page in Page.objects.filter(pk=page_id).specific():
        index.insert_or_update_object(page)
