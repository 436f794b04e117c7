"""Factories for the alerts, shared by the tests and the demo loader. A confirmed subscriber
following the public kinds by default; `user=` ties the subscription to a member's account
(their address follows), `themes=` and `communes=` narrow it."""

import datetime

import factory
from django.utils import timezone

from .models import PUBLIC_KINDS, Digest, Frequency, Subscriber


class SubscriberFactory(factory.django.DjangoModelFactory):
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
    kinds = factory.LazyFunction(lambda: [str(kind) for kind in PUBLIC_KINDS])
    confirmed_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=7))

    @factory.post_generation
    def themes(self, create, extracted, **kwargs):
        if create and extracted:
            self.themes.set(extracted)

    @factory.post_generation
    def communes(self, create, extracted, **kwargs):
        if create and extracted:
            self.communes.set(extracted)


class DigestFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Digest

    subscriber = factory.SubFactory(SubscriberFactory)
    until = factory.LazyFunction(timezone.now)
    since = factory.LazyAttribute(lambda o: o.until - datetime.timedelta(days=7))
