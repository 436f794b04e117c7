"""Factories for the alerts, used by the tests and by the demo loader alike. A subscriber is a
visitor who confirmed a week ago and follows the public kinds, by default; traits: `unconfirmed`,
`member` (tied to a new account, or
pass `user`), `paused` (after repeated failed sends), `unsubscribed`. `themes` and `communes`
take lists; `created_at` (and a digest's, a failure's `occurred_at`) may be set in the past,
although the models stamp them on creation."""

import datetime

import factory
from django.utils import timezone

from core.factories import UserFactory

from .models import (
    PUBLIC_KINDS,
    DeliveryFailure,
    Digest,
    DigestStatus,
    FailureKind,
    Frequency,
    Subscriber,
)


def _backdate(obj, field, value):
    """Sets an auto_now_add field to `value` (the model stamps it with the time of creation)."""
    if value is not None:
        type(obj).objects.filter(pk=obj.pk).update(**{field: value})
        setattr(obj, field, value)


class SubscriberFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Subscriber
        django_get_or_create = ("email",)
        skip_postgeneration_save = True

    user = None
    email = factory.LazyAttributeSequence(
        lambda o, n: o.user.email if o.user else f"abonne.{n}@exemple.fr"
    )
    language = "fr"
    frequency = Frequency.WEEKLY
    kinds = factory.LazyFunction(lambda: [str(kind) for kind in PUBLIC_KINDS])
    epcis = factory.LazyFunction(list)
    letter = True
    confirmed_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=7))

    class Params:
        unconfirmed = factory.Trait(confirmed_at=None)
        member = factory.Trait(user=factory.SubFactory(UserFactory))
        paused = factory.Trait(paused_at=factory.LazyFunction(timezone.now), failures=3)
        unsubscribed = factory.Trait(unsubscribed_at=factory.LazyFunction(timezone.now))

    @factory.post_generation
    def themes(self, create, extracted, **kwargs):
        if create and extracted:
            self.themes.set(extracted)

    @factory.post_generation
    def communes(self, create, extracted, **kwargs):
        if create and extracted:
            self.communes.set(extracted)

    @factory.post_generation
    def created_at(self, create, extracted, **kwargs):
        if create:
            _backdate(self, "created_at", extracted)


class DigestFactory(factory.django.DjangoModelFactory):
    """A digest sent (`status` EMPTY: nothing new, nothing sent; FAILED: not sent)."""

    class Meta:
        model = Digest
        skip_postgeneration_save = True

    subscriber = factory.SubFactory(SubscriberFactory)
    until = factory.LazyFunction(timezone.now)
    since = factory.LazyAttribute(lambda o: o.until - datetime.timedelta(days=7))
    status = DigestStatus.SENT
    items = factory.LazyAttribute(lambda o: 4 if o.status == DigestStatus.SENT else 0)
    sent_at = factory.LazyAttribute(
        lambda o: o.until + datetime.timedelta(minutes=2) if o.status == DigestStatus.SENT else None
    )

    @factory.post_generation
    def created_at(self, create, extracted, **kwargs):
        if create:
            _backdate(self, "created_at", extracted)


class DeliveryFailureFactory(factory.django.DjangoModelFactory):
    """A bounce for the subscriber's address (`kind` REFUSED or UNAVAILABLE for the others)."""

    class Meta:
        model = DeliveryFailure
        skip_postgeneration_save = True

    subscriber = factory.SubFactory(SubscriberFactory)
    email = factory.LazyAttribute(lambda o: o.subscriber.email if o.subscriber else "x@exemple.fr")
    kind = FailureKind.BOUNCE
    detail = "550 5.1.1 <adresse> : boîte aux lettres inconnue"

    @factory.post_generation
    def occurred_at(self, create, extracted, **kwargs):
        if create:
            _backdate(self, "occurred_at", extracted)
