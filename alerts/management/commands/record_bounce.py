"""`manage.py record_bounce < message`: records the permanent failures of one delivery status
notification read from standard input, so that the mail server's alias pipes bounces into it
(docs/deployment.md). Repeated failures pause the address (alerts.failures). Any message ends
well (a failed command makes the mail server bounce the bounce), except when the database is
unreachable: then exit status 75 (EX_TEMPFAIL), and the mail server delivers it again later."""

import sys

from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError

from alerts import bounces, failures
from alerts.models import FailureKind

# A bounce is a few kilobytes; what is beyond this is not read.
MAX_BYTES = 5 * 1024 * 1024
EX_TEMPFAIL = 75


class Command(BaseCommand):
    help = (
        "Lit un avis de non-remise (RFC 3464) sur l'entrée standard et enregistre les adresses "
        "en échec définitif (5.x.x) ; ignore les échecs temporaires et les autres messages."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "path",
            nargs="?",
            default="-",
            help="Le fichier du message (par défaut : l'entrée standard).",
        )

    def handle(self, *args, path="-", **options):
        if path == "-":
            data = sys.stdin.buffer.read(MAX_BYTES)
        else:
            with open(path, "rb") as handle:
                data = handle.read(MAX_BYTES)
        message = bounces.parse(data)
        if not bounces.is_delivery_report(message):
            self.stdout.write("Pas un avis de non-remise : ignoré.")
            return
        failed = bounces.failed_recipients(message)
        for bounce in failed:
            try:
                failures.record(bounce.email, FailureKind.BOUNCE, bounce.detail)
            except DatabaseError as error:
                raise CommandError(
                    f"Base de données injoignable ({type(error).__name__}) : à réessayer.",
                    returncode=EX_TEMPFAIL,
                ) from error
            self.stdout.write(f"Échec définitif enregistré : {bounce.email} ({bounce.status}).")
        if not failed:
            self.stdout.write("Aucun échec définitif dans cet avis : rien d'enregistré.")
