"""`manage.py bench_search`: p50/p95/p99 of faceted searches on the configured backend."""

import json

from django.core.management.base import BaseCommand

from search import benchmark


class Command(BaseCommand):
    help = (
        "Chronomètre des recherches à facettes sur le moteur configuré (base de données ou "
        "Elasticsearch) et affiche p50/p95/p99 en ms. À lancer sur une base peuplée."
    )

    def add_arguments(self, parser):
        parser.add_argument("-n", "--iterations", type=int, default=200)
        parser.add_argument("--warmup", type=int, default=20)
        parser.add_argument("--member", metavar="EMAIL", help="chercher en tant que ce compte")
        parser.add_argument("--json", action="store_true", help="une ligne JSON en sortie")

    def handle(self, *args, **options):
        figures = benchmark.run(
            iterations=options["iterations"],
            warmup=options["warmup"],
            user_email=options["member"],
        )
        if options["json"]:
            self.stdout.write(json.dumps(figures))
        else:
            self.stdout.write(benchmark.format_report(figures))
