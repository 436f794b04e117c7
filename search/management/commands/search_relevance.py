"""`manage.py search_relevance`: P@3 and MRR of the search on the demo's relevance set."""

import json

from django.core.management.base import BaseCommand, CommandError
from wagtail.search.backends import get_search_backend

from search import relevance


class Command(BaseCommand):
    help = (
        "Mesure la pertinence de la recherche sur le jeu de requêtes de la démo "
        "(search/relevance/demo_queries.yaml) : P@3 et MRR, au total et par catégorie, et les "
        "échecs. À lancer sur une base où la démo est chargée (manage.py load_demo)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--json", action="store_true", help="une ligne JSON en sortie")
        parser.add_argument(
            "--backend",
            metavar="NAME",
            help="le moteur de WAGTAILSEARCH_BACKENDS à interroger (défaut : celui configuré)",
        )
        parser.add_argument(
            "--verbose", action="store_true", help="toutes les requêtes, pas seulement les échecs"
        )
        parser.add_argument("--queries", metavar="FILE", help="un autre jeu de requêtes (YAML)")

    def handle(self, *args, **options):
        try:
            entries = relevance.load_queries(options["queries"] or relevance.QUERIES_FILE)
        except (OSError, ValueError) as error:
            raise CommandError(str(error)) from error
        missing = relevance.unknown_titles(entries)
        if missing:
            raise CommandError(
                "Titres attendus introuvables parmi les pages publiques (la démo est-elle "
                "chargée ? manage.py load_demo) : " + " ; ".join(missing)
            )
        backend = get_search_backend(options["backend"]) if options["backend"] else None
        report = relevance.evaluate(entries, backend=backend)
        if options["json"]:
            self.stdout.write(json.dumps(report.as_dict(), ensure_ascii=False))
        else:
            self.stdout.write(relevance.format_report(report, verbose=options["verbose"]))
