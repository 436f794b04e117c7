"""Builds the demo site: idempotent (a second run changes nothing) and offline.

The site package is the composition root: this command calls each app's own demo builder, in
dependency order, and each builder creates its content with the same factories the tests use.
"""

import importlib

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction

from home.setup import ensure_home_page, ensure_home_translations
from reseau.models import NetworkSettings, User

# Each app's demo module exposes build(stdout) -> list of credential lines (may be empty).
APP_DEMOS = ["sheets.demo", "members_area.demo", "home.demo", "search.demo"]

ADMIN_EMAIL = "animatrice@reseau-collectivites-53.fr"
ADMIN_PASSWORD = "demo-animatrice-53"


def ensure_admin():
    user, created = User.objects.get_or_create(
        email=ADMIN_EMAIL,
        defaults={
            "first_name": "Maude",
            "last_name": "Laurent",
            "is_staff": True,
            "is_superuser": True,
        },
    )
    if created:
        user.set_password(ADMIN_PASSWORD)
        user.save()
    return user


def ensure_network_settings(site):
    network = NetworkSettings.for_site(site)
    if not network.facilitator_name:
        network.facilitator_name = "Maude Laurent"
        network.address = "Zone artisanale de la Fonterie\nImpasse des Tailleurs\n53810 Changé"
        network.phone = "02 43 49 10 02"
        network.email = "maude.laurent@synergies53.fr"
        network.save()


class Command(BaseCommand):
    help = "Charge le contenu de démonstration (idempotent, hors ligne)."

    def handle(self, *args, **options):
        with transaction.atomic():
            home = ensure_home_page()
            ensure_home_translations(home)
            ensure_network_settings(home.get_site())
            ensure_admin()
            credentials = [
                f"Animatrice (administratrice) : {ADMIN_EMAIL} / {ADMIN_PASSWORD}  ->  /admin/"
            ]
            for module_name in APP_DEMOS:
                try:
                    module = importlib.import_module(module_name)
                except ModuleNotFoundError as exc:
                    if exc.name != module_name:
                        raise
                    continue
                credentials += module.build(self.stdout) or []
        self.stdout.write(self.style.SUCCESS("Contenu de démonstration prêt."))
        self.stdout.write("Comptes de démonstration :")
        for line in credentials:
            self.stdout.write(f"  {line}")
        if settings.DEBUG:
            self.stdout.write("Site : http://127.0.0.1:8000/  (anglais : /en/)")
