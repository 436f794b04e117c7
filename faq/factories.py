"""Factories for the public FAQ, shared by the tests and the demo loader. Pages are created
under a parent with `FaqEntryPageFactory(parent=faq_index, ...)` (wagtail-factories)."""

import factory
import wagtail_factories

from .models import FaqEntryPage, FaqIndexPage


class FaqIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = FaqIndexPage

    title = "Questions fréquentes"
    slug = "questions-frequentes"
    intro = "<p>Les réponses que les communes du réseau se sont apportées.</p>"


class FaqEntryPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = FaqEntryPage
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Comment réduire la consommation d'eau n° {n} ?")
    answer = "<p>En commençant par un relevé des compteurs de chaque bâtiment.</p>"

    @factory.post_generation
    def themes(self, create, extracted, **kwargs):
        if create and extracted:
            self.themes.set(extracted)
            self.save()
