"""`manage.py send_digests [--dry-run]`, from cron: plans each due digest and queues its sending
(alerts.digests); safe to run again or twice at once. `--dry-run` prints who would receive how
many items of each kind, and creates and sends nothing."""

from collections import Counter

from django.core.management.base import BaseCommand
from django.utils import timezone

from alerts import digests
from alerts.models import ContentKind, Digest, DigestStatus


def _counts(content):
    return ", ".join(
        f"{ContentKind(kind).label} : {count}" for kind, count in content.counts().items()
    )


class Command(BaseCommand):
    help = (
        "Prépare les envois d'alertes dus (selon la fréquence de chaque abonné) et les met en "
        "file d'attente ; sans effet sur un envoi déjà préparé."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Affiche qui recevrait combien d'éléments de chaque type, sans rien créer ni "
            "envoyer.",
        )

    def handle(self, *args, dry_run=False, **options):
        now = timezone.now()
        if dry_run:
            self.simulate(now)
        else:
            self.send(now)

    def simulate(self, now):
        receiving = empty = 0
        for subscriber, content in digests.preview(now):
            if content:
                receiving += 1
                self.stdout.write(f"{subscriber.email} : {content.total} ({_counts(content)})")
            else:
                empty += 1
        self.stdout.write(
            f"[simulation] Envois dus : {receiving + empty} ; à envoyer : {receiving} ; "
            f"rien de nouveau : {empty}."
        )

    def send(self, now):
        queued = digests.send_due(now)
        statuses = Counter(Digest.objects.filter(pk__in=queued).values_list("status", flat=True))
        self.stdout.write(
            f"Envois mis en file : {len(queued)} ; envoyés : {statuses[DigestStatus.SENT]} ; "
            f"rien de nouveau : {statuses[DigestStatus.EMPTY]} ; "
            f"en échec : {statuses[DigestStatus.FAILED]} ; "
            f"en attente : {statuses[DigestStatus.QUEUED] + statuses[DigestStatus.SENDING]}."
        )
