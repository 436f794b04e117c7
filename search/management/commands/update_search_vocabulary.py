"""`manage.py update_search_vocabulary [--language fr]`: rebuilds the site's search vocabulary
(search.vocabulary_builder) from the live, public pages, as the task queued on publishing does."""

import time

from django.core.management.base import BaseCommand

from search import vocabulary_builder


class Command(BaseCommand):
    help = "Reconstruit le vocabulaire de la recherche (mots des pages publiques)."

    def add_arguments(self, parser):
        parser.add_argument("--language", help="Code de langue (fr, en) ; toutes par défaut.")

    def handle(self, *args, language=None, **options):
        started = time.perf_counter()
        counts = vocabulary_builder.rebuild(language)
        elapsed = time.perf_counter() - started
        for code, count in counts.items():
            self.stdout.write(f"{code} : {count} mots")
        self.stdout.write(f"Vocabulaire de la recherche reconstruit en {elapsed:.2f} s.")
