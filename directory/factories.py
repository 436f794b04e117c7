"""Factories for the directory, used by the tests and by the demo loader alike."""

import factory

from core.factories import UserFactory

from .models import DirectoryEntry


class DirectoryEntryFactory(factory.django.DjangoModelFactory):
    """An entry with the defaults; pass `themes=[...]` to set what the member can help with."""

    class Meta:
        model = DirectoryEntry
        django_get_or_create = ("user",)
        skip_postgeneration_save = True

    user = factory.SubFactory(UserFactory)

    @factory.post_generation
    def themes(self, create, extracted, **kwargs):
        if create and extracted:
            self.themes.set(extracted)
