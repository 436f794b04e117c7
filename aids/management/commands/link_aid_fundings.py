"""`manage.py link_aid_fundings [--dry-run]`: links the sheets' funding rows to the directory's
aids where funder and aid name agree (aids.funding_links), then lists the rows to link by hand.
Safe to run again: linked rows are never touched."""

from django.core.management.base import BaseCommand

from aids.funding_links import edit_url, link_fundings


class Command(BaseCommand):
    help = (
        "Relie les lignes de financement des fiches aux aides de l'annuaire quand le financeur "
        "et le nom de l'aide concordent, puis liste celles à relier à la main."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Montre ce qui serait relié, sans rien enregistrer.",
        )

    def handle(self, *args, dry_run=False, **options):
        outcome = link_fundings(dry_run=dry_run)
        verb = "À relier" if dry_run else "Reliées"
        self.stdout.write(f"{verb} : {len(outcome.linked)} ligne(s).")
        for row, aid in outcome.linked:
            self.stdout.write(f"  « {row.page.title} » — {row.funder} → {aid.title}")
        self.stdout.write(f"À relier à la main : {len(outcome.left)} ligne(s).")
        for row, reason in outcome.left:
            self.stdout.write(
                f"  « {row.page.title} » — {row.funder} ({reason}) — {edit_url(row.page)}"
            )
