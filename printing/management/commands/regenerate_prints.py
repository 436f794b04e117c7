"""Makes the PDFs of the live sheets that have none yet (pages published before the printing
plugin, or a task that failed); `--all` after a change of the print templates; `--prune`
removes the files no request serves any more (docs/printing.md)."""

from django.core.management.base import BaseCommand

from printing.maintenance import prune, regenerate


class Command(BaseCommand):
    help = "Fabrique les PDF des fiches publiées qui n'en ont pas encore."

    def add_arguments(self, parser):
        parser.add_argument(
            "--all",
            action="store_true",
            dest="replace",
            help="Refait le PDF de toutes les fiches publiées et vide les livrets de thème.",
        )
        parser.add_argument(
            "--prune",
            action="store_true",
            dest="prune_files",
            help="Supprime les PDF des anciennes révisions et les anciens livrets.",
        )

    def handle(self, *args, replace=False, prune_files=False, **options):
        if prune_files:
            removed = prune()
            self.stdout.write(f"Fichiers PDF supprimés : {removed}.")
        made = regenerate(replace=replace)
        self.stdout.write(f"PDF de fiches fabriqués : {made}.")
