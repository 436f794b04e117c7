"""The background task that rebuilds the search vocabulary of one language (search.vocabulary_builder),
queued by search.signal_handlers when public content changes: the database backend and
`manage.py db_worker` in production, at once (after the commit) in development."""

from django_tasks import task

from search import vocabulary_builder


# Below the default priority: a rebuild reads every public page of a language; index updates
# and cache purges queued meanwhile go first.
@task(priority=-5)
def refresh_search_vocabulary(language):
    """Rebuilds the vocabulary of `language`; returns its number of words."""
    return vocabulary_builder.rebuild(language).get(language, 0)
