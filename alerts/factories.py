"""Factories for the alerts, used by the tests and by the demo loader alike: a confirmed
visitor's subscription to every public kind of content, weekly, with the network's letter."""

import factory
from django.utils import timezone

from .models import PUBLIC_KINDS, Frequency, Subscriber


class SubscriberFactory(factory.django.DjangoModelFactory):
    """`confirmed_at=None` for one waiting for its confirmation; `user=` ties it to an account
    (its address then follows the account's)."""

    class Meta:
        model = Subscriber
        django_get_or_create = ("email",)
        skip_postgeneration_save = True

    user = None
    email = factory.LazyAttributeSequence(
        lambda o, n: o.user.email if o.user else f"abonne{n}@exemple.fr"
    )
    language = "fr"
    frequency = Frequency.WEEKLY
    kinds = factory.LazyFunction(lambda: [kind.value for kind in PUBLIC_KINDS])
    letter = True
    confirmed_at = factory.LazyFunction(timezone.now)

    @factory.post_generation
    def themes(self, create, extracted, **kwargs):
        if create and extracted:
            self.themes.set(extracted)

    @factory.post_generation
    def communes(self, create, extracted, **kwargs):
        if create and extracted:
            self.communes.set(extracted)
