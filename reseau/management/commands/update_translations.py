"""Brings every interface catalogue up to date with the code, then says what is left to translate.

`make translations` runs it. Developers only: Django's makemessages needs GNU gettext
(`apt-get install gettext`); `make`, the tests and CI never do (compile_translations uses polib).

French is the source language: the strings in the code ARE the French text, so the French
catalogue holds no entries (docs/decisions/0005-multilingual-site.md). Every other language
of settings.LANGUAGES gets reseau/locale/<code>/LC_MESSAGES/django.po with one entry per string;
new strings arrive untranslated, reworded ones may arrive "fuzzy": translate them (a text editor
or Poedit), remove the fuzzy flag, then `make messages`. tests/test_translations_po.py fails until
nothing is left.
"""

from pathlib import Path

import django
import polib
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand

IGNORED = [
    ".venv",
    "venv",
    "node_modules",
    "static_collected",
    "media",
    "private_media",
    "tests",
    "bench",
    "docs",
]

SOURCE_HEADER = """\
French is the source language of this site: the code's strings are the French text.
This catalogue stays empty on purpose (see docs/decisions/0005-multilingual-site.md);
it exists so that French is a complete, declared language like the others.
"""


def catalogue_path(code, domain="django"):
    return Path(settings.LOCALE_PATHS[0]) / code / "LC_MESSAGES" / f"{domain}.po"


def ensure_source_catalogue(code):
    """A header-only catalogue for the source language."""
    path = catalogue_path(code)
    po = polib.pofile(str(path)) if path.exists() else polib.POFile()
    po.header = SOURCE_HEADER
    po.metadata = {
        "Project-Id-Version": "reseau-collectivites-53",
        "Language": code,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Plural-Forms": "nplurals=2; plural=(n > 1);",
    }
    po[:] = []
    path.parent.mkdir(parents=True, exist_ok=True)
    po.save(str(path))


def fix_header(po, code):
    """makemessages leaves a fuzzy header with placeholder plural rules: take Django's own."""
    django_po = (
        Path(django.__file__).parent / "conf" / "locale" / code / "LC_MESSAGES" / "django.po"
    )
    plural_forms = polib.pofile(str(django_po)).metadata.get("Plural-Forms")
    po.metadata_is_fuzzy = False
    po.metadata["Project-Id-Version"] = "reseau-collectivites-53"
    po.metadata["Language"] = code
    for placeholder in ("PO-Revision-Date", "Last-Translator", "Language-Team"):
        po.metadata.pop(placeholder, None)
    if plural_forms:
        po.metadata["Plural-Forms"] = plural_forms
    po.header = f"Interface of the site in {code}: translate every entry, then `make messages`."


class Command(BaseCommand):
    help = "Met à jour les fichiers .po avec les chaînes du code (nécessite GNU gettext)."

    def handle(self, *args, **options):
        targets = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
        call_command(
            "makemessages",
            locale=targets,
            ignore_patterns=IGNORED,
            no_obsolete=True,
            add_location="file",
            verbosity=0,
        )
        ensure_source_catalogue(settings.LANGUAGE_CODE)
        for code in targets:
            po = polib.pofile(str(catalogue_path(code)))
            fix_header(po, code)
            po.save()
            untranslated = len(po.untranslated_entries())
            fuzzy = len(po.fuzzy_entries())
            self.stdout.write(
                f"{code}: {len(po)} entrées, {len(po.translated_entries())} traduites, "
                f"{untranslated} à traduire, {fuzzy} à vérifier (fuzzy)"
            )
