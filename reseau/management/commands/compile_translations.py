"""Compiles every .po file of the project into its .mo file with polib.

Django's compilemessages needs GNU gettext's msgfmt, which a fresh machine may not have; polib
comes with Wagtail, so `make` can always compile.
"""

from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Compile les fichiers .po du projet en .mo (sans GNU gettext)."

    def handle(self, *args, **options):
        count = 0
        for locale_dir in settings.LOCALE_PATHS:
            for po_path in Path(locale_dir).glob("*/LC_MESSAGES/*.po"):
                mo_path = po_path.with_suffix(".mo")
                if mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
                    continue
                polib.pofile(str(po_path)).save_as_mofile(str(mo_path))
                count += 1
        self.stdout.write(f"{count} fichier(s) de traduction compilé(s).")
