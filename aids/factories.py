"""Factories for the aids directory, shared by the tests and the demo loader. Aids are created
under the directory's page with `AidPageFactory(parent=aid_index, ...)` (wagtail-factories)."""

import datetime
from decimal import Decimal

import factory
import wagtail_factories
from django.utils import timezone
from django.utils.text import slugify

from sheets.factories import default_locale

from .models import AidIndexPage, AidKind, AidPage, Funder, FunderCategory


class FunderFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Funder
        django_get_or_create = ("name", "locale")

    name = factory.Sequence(lambda n: f"Financeur {n}")
    category = FunderCategory.OTHER
    locale = factory.LazyFunction(default_locale)


class AidIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = AidIndexPage

    title = "Aides et accompagnements"
    slug = "aides-et-accompagnements"
    intro = "<p>Les aides et l'appui technique mobilisables par les communes de la Mayenne.</p>"


class AidPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = AidPage
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Aide à la rénovation énergétique n° {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.title))
    funder = factory.SubFactory(FunderFactory)
    kind = AidKind.GRANT
    description = "<p>Une subvention pour les travaux d'économies d'énergie des bâtiments.</p>"
    rate_max = Decimal("40")
    amount_max = Decimal("50000")
    last_checked = factory.LazyFunction(timezone.localdate)
    closes_on = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=90))

    @factory.post_generation
    def themes(self, create, extracted, **kwargs):
        if create and extracted:
            self.themes.set(extracted)
            if self.live:
                # Published as an editor publishes: a plain save indexes the page for the
                # search before its themes are written, so their names would not find it.
                self.save_revision().publish()
            else:
                self.save()
