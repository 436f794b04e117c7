"""After the load: make Elasticsearch's indexes match the French mapping, and build the search
vocabulary (search.vocabulary) of the public pages.

The database backend indexes every page and resource as it is saved, so on the default set-up
there is nothing to do. With ELASTICSEARCH_URL set, documents saved before `update_index` ever
ran land in indexes Elasticsearch creates on the fly, with dynamic mappings and without the
French analysis; rebuilding once, at the end of the load, creates them properly.
"""

from django.core.management import call_command
from wagtail.search.backends import get_search_backends

from search import vocabulary
from search.backends import is_elasticsearch


def rebuild(stdout):
    if any(is_elasticsearch(backend) for backend in get_search_backends()):
        stdout.write("Recherche : reconstruction des index Elasticsearch (update_index)…")
        call_command("update_index", stdout=stdout)
    counts = vocabulary.rebuild()
    words = ", ".join(f"{code} : {count}" for code, count in counts.items())
    stdout.write(f"Recherche : vocabulaire des pages publiques reconstruit ({words} mots).")
