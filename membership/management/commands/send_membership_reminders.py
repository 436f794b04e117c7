"""Daily (cron): the renewal reminders 60 and 15 days before a membership ends, each sent once,
and the anonymisation of applications decided more than twelve months ago."""

from django.core.management.base import BaseCommand

from membership.reminders import send_reminders
from membership.retention import anonymise_expired


class Command(BaseCommand):
    help = (
        "Envoie les rappels de renouvellement (60 et 15 jours avant l'échéance, une seule fois) "
        "et anonymise les demandes d'adhésion décidées depuis plus de 12 mois."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Affiche ce qui serait envoyé et anonymisé, sans rien envoyer ni modifier.",
        )

    def handle(self, *args, dry_run=False, **options):
        prefix = "[simulation] " if dry_run else ""
        report = send_reminders(dry_run=dry_run)
        for organisation, days, count in report:
            self.stdout.write(
                f"{prefix}{organisation.name} : rappel J-{days} "
                f"(échéance {organisation.active_until:%d/%m/%Y}), {count} e-mail(s)."
            )
        self.stdout.write(f"{prefix}Rappels : {len(report)}.")
        count = anonymise_expired(dry_run=dry_run)
        self.stdout.write(f"{prefix}Demandes anonymisées : {count}.")
