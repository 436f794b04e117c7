"""Queues again the letter deliveries still waiting to be queued: after the task backend was
down when the facilitator pressed "Envoyer aux abonnés". Safe to run at any time (cron-friendly):
a delivery already sent, being sent or queued twice is sent once (letters.tasks.claim)."""

from django.core.management.base import BaseCommand

from letters import tasks
from letters.models import DeliveryStatus, LetterDelivery


class Command(BaseCommand):
    help = "Remet en file les envois de la lettre du réseau restés en attente."

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Compte les envois en attente sans rien faire."
        )

    def handle(self, *args, dry_run=False, **options):
        waiting = list(
            LetterDelivery.objects.filter(status=DeliveryStatus.QUEUED)
            .order_by("pk")
            .values_list("pk", flat=True)
        )
        if not dry_run:
            tasks.queue(waiting)
        verb = "à remettre en file" if dry_run else "remis en file"
        self.stdout.write(f"Lettre du réseau : {len(waiting)} envoi(s) en attente {verb}.")
