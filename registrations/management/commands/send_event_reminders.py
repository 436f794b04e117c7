"""Daily (cron): the reminders before events, the reports after them, and the anonymisation of
visitors' registrations past their retention period."""

from django.core.management.base import BaseCommand

from registrations.reminders import send_due
from registrations.retention import anonymise_expired


class Command(BaseCommand):
    help = (
        "Envoie les rappels avant les rendez-vous et les comptes rendus après, puis anonymise "
        "les inscriptions des visiteurs dont la durée de conservation est passée."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Affiche ce qui serait envoyé et anonymisé, sans rien envoyer ni modifier.",
        )

    def handle(self, *args, dry_run=False, **options):
        prefix = "[simulation] " if dry_run else ""
        reminders, reports = send_due(dry_run=dry_run)
        self.stdout.write(f"{prefix}Rappels : {reminders}. Comptes rendus : {reports}.")
        count = anonymise_expired(dry_run=dry_run)
        self.stdout.write(f"{prefix}Inscriptions de visiteurs anonymisées : {count}.")
