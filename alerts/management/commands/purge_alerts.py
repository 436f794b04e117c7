"""Daily (cron): deletes the alerts' data past its retention period (alerts.retention), as the
personal data page says: unconfirmed visitors' subscriptions, unsubscribed addresses, old
failed sends."""

from django.core.management.base import BaseCommand

from alerts.retention import purge


class Command(BaseCommand):
    help = (
        "Supprime les abonnements aux alertes jamais confirmés, les adresses désinscrites et les "
        "échecs d'envoi dont la durée de conservation est passée."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Affiche ce qui serait supprimé, sans rien supprimer.",
        )

    def handle(self, *args, dry_run=False, **options):
        prefix = "[simulation] " if dry_run else ""
        purged = purge(dry_run=dry_run)
        self.stdout.write(
            f"{prefix}Abonnements jamais confirmés supprimés : {purged.unconfirmed}. "
            f"Adresses désinscrites supprimées : {purged.unsubscribed}. "
            f"Échecs d'envoi supprimés : {purged.failures}."
        )
