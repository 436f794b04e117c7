"""The page tree's top: one HomePage per language, the Site pointing at the French one.

Shared by the demo command and the test fixtures so that both build the same tree.
"""

from django.conf import settings
from django.db import transaction
from wagtail.models import Locale, Page, Site

from core.translation import other_locales, translate
from home.models import HomePage

HOME_INTRO = (
    "<p>Depuis 2010, les communes et intercommunalités de Mayenne adhérentes du réseau partagent "
    "ce qu'elles ont réalisé pour le développement durable : économies d'eau, énergie, urbanisme, alimentation… Fiches "
    "expériences, visites de réalisations et documents de travail pour avancer plus vite, "
    "ensemble.</p>"
)


def ensure_locales():
    """One Locale per language listed in settings.LANGUAGES."""
    return {
        code: Locale.objects.get_or_create(language_code=code)[0] for code, _ in settings.LANGUAGES
    }


@transaction.atomic
def ensure_home_page() -> HomePage:
    """Return the French home page, creating it (and pointing the default Site at it) if needed.

    Wagtail's first migration leaves a "Welcome" page at the top of the tree; it is replaced.
    """
    locales = ensure_locales()
    home = HomePage.objects.filter(locale=locales[settings.LANGUAGE_CODE]).first()
    if home is None:
        root = Page.get_first_root_node()
        home = root.add_child(
            instance=HomePage(
                title="Partager nos expériences de développement durable",
                slug="accueil",
                intro=HOME_INTRO,
                locale=locales[settings.LANGUAGE_CODE],
            )
        )
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site.objects.create(
            hostname="localhost",
            port=80,
            root_page=home,
            is_default_site=True,
            site_name="Réseau des collectivités mayennaises",
        )
    elif site.root_page_id != home.pk:
        old_root = site.root_page
        site.root_page = home
        site.site_name = "Réseau des collectivités mayennaises"
        site.save()
        if old_root.specific_class is Page and not old_root.get_children().exists():
            old_root.delete()
    return home


HOME_TRANSLATIONS = {
    "en": {
        "title": "Sharing our sustainable development experience",
        "slug": "home",
        "intro": (
            "<p>Since 2010, the member municipalities and inter-municipal authorities of Mayenne "
            "(western France) have shared what they achieved for sustainable development: saving water, energy, town "
            "planning, local food… Experience sheets, site visits and working documents to move "
            "faster, together.</p>"
        ),
    },
}


def ensure_home_translations(home: HomePage) -> dict:
    """A published translation of the home page for every other language, so /<code>/ answers.

    Made through wagtail-localize (core.translation), like an editor's translation: the English
    strings above go into its translation memory. A language without texts here gets the French
    text until someone translates it in the admin. An existing translation is left alone.
    """
    ensure_locales()
    translations = {}
    for locale in other_locales():
        translated = home.get_translation_or_none(locale)
        if translated is None or not translated.live:
            translated = translate(home, locale, HOME_TRANSLATIONS.get(locale.language_code))
        translations[locale.language_code] = translated.specific
    return translations
