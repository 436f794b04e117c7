"""`manage.py backup`: the database and both media folders in one dated archive
(reseau.backups), in BACKUP_DIR or --output-dir; --keep N then deletes older archives."""

from django.conf import settings
from django.core.management.base import BaseCommand

from reseau import backups


class Command(BaseCommand):
    help = (
        "Écrit une archive datée (reseau-AAAA-MM-JJ-HHMMSS.tar.gz) de la base de données et "
        "des deux dossiers de fichiers (MEDIA_ROOT, PRIVATE_MEDIA_ROOT)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--output-dir",
            default=None,
            help="Dossier des archives (par défaut : BACKUP_DIR).",
        )
        parser.add_argument(
            "--keep",
            type=int,
            default=0,
            help="Ne garde que les N archives les plus récentes du dossier (0 : toutes).",
        )

    def handle(self, *args, output_dir=None, keep=0, **options):
        directory = output_dir or settings.BACKUP_DIR
        path = backups.create(directory)
        self.stdout.write(f"Sauvegarde écrite : {path}")
        for arcname in backups.remote_folders():
            self.stdout.write(
                f"Non inclus : {arcname} (fichiers dans un bucket S3, à copier chez l'hébergeur)."
            )
        for old in backups.prune(directory, keep):
            self.stdout.write(f"Ancienne sauvegarde supprimée : {old}")
