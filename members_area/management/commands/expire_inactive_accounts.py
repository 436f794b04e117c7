"""Daily: warns the accounts unused for 23 months, anonymises those unused for 24 (decision 0031,
docs/deployment.md "Scheduled commands")."""

from django.core.management.base import BaseCommand

from members_area.inactivity import expire_inactive_accounts


class Command(BaseCommand):
    help = (
        "Prévient par e-mail les comptes inutilisés depuis 23 mois et anonymise ceux inutilisés "
        "depuis 24 mois. À lancer chaque jour."
    )

    def handle(self, *args, **options):
        outcome = expire_inactive_accounts()
        self.stdout.write(
            f"Comptes prévenus : {outcome.warned} ; anonymisés : {outcome.anonymised} ; "
            f"e-mails non partis (réessayés demain) : {outcome.failed}."
        )
