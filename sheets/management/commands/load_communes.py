"""`manage.py load_communes`: the communes of Mayenne and their official facts, from the data
file the project ships (or another of the same columns); safe to run again after a refresh."""

from django.core.management.base import BaseCommand

from sheets.communes_data import DATA_FILE, load_communes


class Command(BaseCommand):
    help = "Crée ou met à jour les communes de la Mayenne et leurs chiffres officiels."

    def add_arguments(self, parser):
        parser.add_argument("--file", default=str(DATA_FILE), help="Fichier CSV à charger.")

    def handle(self, *args, file, **options):
        created, updated = load_communes(file)
        self.stdout.write(f"Communes : {created} créées, {updated} mises à jour.")
