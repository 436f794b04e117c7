"""Every interface catalogue is complete: no untranslated or fuzzy entry, valid placeholders.

When this fails after a change of wording: `make translations` (needs GNU gettext), translate
what it reports in reseau/locale/<code>/LC_MESSAGES/django.po, then `make messages`.
"""

import re
from pathlib import Path

import polib
import pytest
from django.conf import settings

LOCALE_DIR = Path(settings.LOCALE_PATHS[0])
PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]|\{(\w*)\}|%[sd]")


def catalogues():
    return sorted(LOCALE_DIR.glob("*/LC_MESSAGES/*.po"))


def test_every_language_has_a_catalogue():
    for code, _name in settings.LANGUAGES:
        assert (LOCALE_DIR / code / "LC_MESSAGES" / "django.po").exists(), code


def test_other_languages_translate_the_interface():
    for code, _name in settings.LANGUAGES:
        if code == settings.LANGUAGE_CODE:
            continue
        po = polib.pofile(str(LOCALE_DIR / code / "LC_MESSAGES" / "django.po"))
        assert len(po.translated_entries()) > 100, code
        assert po.metadata.get("Language") == code
        assert "INTEGER" not in po.metadata.get("Plural-Forms", "INTEGER")
        assert not po.metadata_is_fuzzy


@pytest.mark.parametrize("path", catalogues(), ids=lambda p: str(p.relative_to(LOCALE_DIR)))
def test_catalogue_is_complete(path):
    po = polib.pofile(str(path))
    untranslated = [entry.msgid for entry in po.untranslated_entries()]
    fuzzy = [entry.msgid for entry in po.fuzzy_entries()]
    assert not untranslated, f"{path}: {len(untranslated)} untranslated: {untranslated[:10]}"
    assert not fuzzy, f"{path}: {len(fuzzy)} fuzzy: {fuzzy[:10]}"


@pytest.mark.parametrize("path", catalogues(), ids=lambda p: str(p.relative_to(LOCALE_DIR)))
def test_translations_keep_their_placeholders(path):
    """A translation that drops or renames %(count)s would crash the page that renders it."""
    for entry in polib.pofile(str(path)).translated_entries():
        expected = sorted(PLACEHOLDER.findall(entry.msgid))
        if entry.msgid_plural:
            for translated in entry.msgstr_plural.values():
                # A singular form may spell the number out ("one sheet"); never invent one.
                assert set(PLACEHOLDER.findall(translated)) <= set(
                    PLACEHOLDER.findall(entry.msgid_plural)
                ), entry.msgid
        else:
            assert sorted(PLACEHOLDER.findall(entry.msgstr)) == expected, entry.msgid
