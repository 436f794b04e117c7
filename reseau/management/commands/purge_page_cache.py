from django.core.management.base import BaseCommand

from reseau.cache import purge_all


class Command(BaseCommand):
    help = "Vide le cache des pages anonymes (par exemple après un déploiement qui change les gabarits)."

    def handle(self, *args, **options):
        purge_all()
        self.stdout.write("Cache des pages vidé.")
