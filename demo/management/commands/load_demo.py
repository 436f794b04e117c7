"""Builds the demo site from demo/data/: idempotent (a second run changes nothing) and offline.

Each kind of content has its loader in demo.loaders, called here in dependency order; the
loaders build through the plugins' own factories, the ones the tests use.
"""

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction

from demo.loaders import (
    alert_subscribers,
    contributions,
    exchange,
    faq,
    legal,
    letters,
    members,
    membership,
    public,
    registrations,
    search_indexes,
    translations,
)
from demo.loaders.accounts import administrator, ensure_admin
from demo.loaders.directory import build_directory
from demo.loaders.introductions import build as build_introductions
from demo.loaders.network import ensure_network_settings
from home.setup import ensure_home_page, ensure_home_translations


class Command(BaseCommand):
    help = "Charge le contenu de démonstration (idempotent, hors ligne)."

    def handle(self, *args, **options):
        with transaction.atomic():
            home = ensure_home_page()
            ensure_home_translations(home)
            ensure_network_settings(home.get_site())
            ensure_admin()
            admin = administrator()
            credentials = [
                f"Animatrice (administratrice) : {admin['email']} / {admin['password']}"
                "  ->  /admin/",
                "    (à sa première connexion à /admin/, elle active la double authentification :"
                " code QR à scanner avec une application TOTP, puis codes de secours)",
            ]
            public.build(self.stdout, home)
            credentials += members.build(self.stdout)
            build_directory(self.stdout)
            translations.build(self.stdout, home)
            registrations.build(self.stdout)
            alert_subscribers.build(self.stdout)
            questions = exchange.build(self.stdout)
            build_introductions(self.stdout)
            # After the sheets and the members: communes' own sheets, at each step of review.
            credentials += contributions.build(self.stdout)
            faq.build(self.stdout, home, questions)
            legal.build(self.stdout, home)
            membership.build(self.stdout, home)
            letters.build(self.stdout, home)
            search_indexes.rebuild(self.stdout)
        self.stdout.write(self.style.SUCCESS("Contenu de démonstration prêt."))
        self.stdout.write("Comptes de démonstration :")
        for line in credentials:
            self.stdout.write(f"  {line}")
        if settings.DEBUG:
            self.stdout.write("Site : http://127.0.0.1:8000/  (anglais : /en/)")
