"""After the load: make the search indexes match the site's French analysis, and build the search
vocabulary (search.vocabulary_builder) of the public pages.

With ELASTICSEARCH_URL set, documents saved before `update_index` ever ran land in indexes
Elasticsearch creates on the fly, with dynamic mappings and without the French analysis;
rebuilding once, at the end of the load, creates them properly. On SQLite the index rows hold
Snowball stems (search.backends.sqlite_french): a database indexed before that backend holds
raw words, which stemmed queries no longer match, so the index is rebuilt there too (about a
second on the demo). PostgreSQL's rows are indexed as they are saved: nothing to do.
"""

from django.core.management import call_command
from django.db import connection
from wagtail.search.backends import get_search_backends

from search import vocabulary_builder
from search.backends import is_elasticsearch


def rebuilt_after_load() -> bool:
    """True when `rebuild` indexes everything again at the end of the load: a loader that
    creates objects in bulk (without the signals that index them) need not index them itself."""
    return connection.vendor == "sqlite" or any(
        is_elasticsearch(backend) for backend in get_search_backends()
    )


def rebuild(stdout):
    if any(is_elasticsearch(backend) for backend in get_search_backends()):
        stdout.write("Recherche : reconstruction des index Elasticsearch (update_index)…")
        call_command("update_index", stdout=stdout)
    elif connection.vendor == "sqlite":
        stdout.write("Recherche : index SQLite en racines françaises (update_index)…")
        call_command("update_index", stdout=stdout)
    counts = vocabulary_builder.rebuild()
    words = ", ".join(f"{code} : {count}" for code, count in counts.items())
    stdout.write(f"Recherche : vocabulaire des pages publiques reconstruit ({words} mots).")
