"""`manage.py restore ARCHIVE`: puts back what `manage.py backup` saved, on a freshly migrated
database (reseau.backups); --force replaces a database that already holds content."""

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from reseau import backups


class Command(BaseCommand):
    help = (
        "Restaure une archive de « manage.py backup » : base de données et fichiers. Refuse "
        "une base qui contient déjà des comptes ou des pages, sauf avec --force."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help="Le fichier reseau-….tar.gz à restaurer.")
        parser.add_argument(
            "--force",
            action="store_true",
            help="Remplace entièrement une base qui n'est pas vide.",
        )
        parser.add_argument(
            "--no-index",
            action="store_true",
            help="Ne reconstruit pas l'index de recherche (à faire ensuite : update_index).",
        )

    def handle(self, *args, archive, force=False, no_index=False, **options):
        try:
            backups.restore(archive, force=force)
        except backups.BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"Sauvegarde restaurée : {archive}")
        for arcname in backups.remote_folders():
            self.stdout.write(
                f"Non restauré : {arcname} (fichiers dans un bucket S3, à restaurer chez "
                "l'hébergeur)."
            )
        if not no_index:
            call_command("update_index", verbosity=0)
            self.stdout.write("Index de recherche reconstruit.")
        self.stdout.write("Vérifiez les fichiers avec « manage.py check_files ».")
