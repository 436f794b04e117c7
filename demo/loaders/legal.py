"""The legal notice, personal data and accessibility pages (legal_pages.yaml): built under the
home page, translated, and chosen in the host's site settings for the footer."""

import datetime

from wagtail.models import Locale

from core.translation import translate
from home.factories import LegalPageFactory
from home.models import LegalPage

from .data import read
from .network import host_model


def ensure_legal_pages(home):
    """The French pages, by slug: {settings field: page}."""
    pages = {}
    for data in read("legal_pages"):
        page = LegalPage.objects.child_of(home).filter(slug=data["slug"]).first()
        if page is None:
            page = LegalPageFactory(
                parent=home,
                title=data["title"],
                slug=data["slug"],
                body=" ".join(data["body"].split()),
                updated_on=datetime.date.fromisoformat(str(data["updated_on"])),
            )
            page.save_revision().publish()
        pages[data["setting"]] = page
    return pages


def translate_legal_pages(pages):
    """Their English translation, made once, through wagtail-localize."""
    locale = Locale.objects.filter(language_code="en").first()
    if locale is None:
        return
    english = {data["setting"]: data["en"] for data in read("legal_pages")}
    for setting, page in pages.items():
        existing = page.get_translation_or_none(locale)
        if existing is None or not existing.live:
            values = dict(english[setting])
            values["body"] = " ".join(values["body"].split())
            translate(page, locale, values)


def choose_in_settings(site, pages):
    """Points the site settings' footer links at the pages, where none is chosen yet."""
    model = host_model(read("network")["settings"]["model"])
    if model is None:
        return
    network = model.for_site(site)
    changed = False
    for field, page in pages.items():
        if hasattr(network, f"{field}_id") and getattr(network, f"{field}_id") is None:
            setattr(network, field, page)
            changed = True
    if changed:
        network.save()


def build(stdout, home):
    pages = ensure_legal_pages(home)
    translate_legal_pages(pages)
    choose_in_settings(home.get_site(), pages)
    stdout.write(f"Pages obligatoires : {len(pages)} (mentions légales, données, accessibilité).")
