"""Factories for the public content, shared by the tests and the demo command.

Pages are created under a parent with `XFactory(parent=index_page, ...)` (wagtail-factories).
"""

import datetime
from decimal import Decimal

import factory
import wagtail_factories
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Locale

from sheets import models


def default_locale():
    return Locale.get_default()


class ThemeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Theme
        django_get_or_create = ("slug", "locale")

    name = factory.Sequence(lambda n: f"Thème {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.name))
    description = "Les actions des communes sur ce thème."
    colour = "#1f6f43"
    locale = factory.LazyFunction(default_locale)


class CommuneFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Commune
        django_get_or_create = ("insee_code",)

    name = factory.Sequence(lambda n: f"Commune {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.name))
    insee_code = factory.Sequence(lambda n: f"53{n % 1000:03d}")
    postal_code = "53000"
    population = 1500
    epci = "Laval Agglomération"
    latitude = Decimal("48.07000")
    longitude = Decimal("-0.77000")


class ExperienceIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = models.ExperienceIndexPage

    title = "Fiches expériences"
    slug = "fiches-experiences"
    show_in_menus = True


class TechnicalIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = models.TechnicalIndexPage

    title = "Fiches techniques"
    slug = "fiches-techniques"
    show_in_menus = True


class EventIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = models.EventIndexPage

    title = "Rencontres"
    slug = "rencontres"
    show_in_menus = True


class ThemeIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = models.ThemeIndexPage

    title = "Thèmes"
    slug = "themes"
    show_in_menus = True


class CommuneIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = models.CommuneIndexPage

    title = "Communes"
    slug = "communes"
    show_in_menus = True


class MapPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = models.MapPage

    title = "Carte des initiatives"
    slug = "carte"
    show_in_menus = True


class ExperienceSheetPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = models.ExperienceSheetPage
        # The themes' hook saves what it changes (its revision, published); without themes
        # there is nothing to save again.
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Rénovation de l'école n° {n}")
    commune = factory.SubFactory(CommuneFactory)
    status = models.ExperienceStatus.DONE
    year_start = 2018
    year_end = 2019
    summary = "La commune a isolé son école et remplacé sa chaudière fioul par une pompe à chaleur."
    context = "<p>Une école des années 1970, mal isolée, chauffée au fioul.</p>"
    approach = "<p>Diagnostic énergétique, puis travaux pendant les vacances d'été.</p>"
    results = "<p>La consommation d'énergie a baissé de moitié.</p>"
    contact_name = "Claire Dupont"
    contact_role = models.ContactRole.ELECTED
    contact_function = "Adjointe aux bâtiments"
    contact_email = "claire.dupont@mairie.exemple.fr"
    contact_phone = "02 43 00 00 00"
    last_reviewed = datetime.date(2025, 3, 1)

    @factory.post_generation
    def themes(obj, create, extracted, **kwargs):
        """The themes given, the first one the main theme unless `main_theme` was given."""
        if create and extracted:
            obj.themes.set(extracted)
            obj.main_theme = obj.main_theme or list(extracted)[0]
            obj.save_revision().publish()


class TechnicalSheetPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = models.TechnicalSheetPage
        # The themes' hook saves what it changes (its revision, published); without themes
        # there is nothing to save again.
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Fiche technique n° {n}")
    summary = "Les étapes pour réussir un projet communal."

    @factory.post_generation
    def themes(obj, create, extracted, **kwargs):
        """The themes given, the first one the main theme unless `main_theme` was given."""
        if create and extracted:
            obj.themes.set(extracted)
            obj.main_theme = obj.main_theme or list(extracted)[0]
            obj.save_revision().publish()


class EventPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = models.EventPage
        # The themes' hook saves what it changes (its revision, published); without themes
        # there is nothing to save again.
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Rencontre n° {n}")
    kind = models.EventKind.MEETING
    start = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=20))
    end = factory.LazyAttribute(lambda o: o.start + datetime.timedelta(hours=2))
    venue = "Salle des fêtes"
    address = "Place de la mairie"
    summary = "Témoignage des élus et visite du site."
    host_commune = factory.SubFactory(CommuneFactory)

    @factory.post_generation
    def themes(obj, create, extracted, **kwargs):
        if create and extracted:
            obj.themes.set(extracted)
            obj.save_revision().publish()
