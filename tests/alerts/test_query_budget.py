"""A digest costs a fixed number of queries whatever it holds: sending one with 3 items of each
kind and one with 30 (capped at ALERTS_ITEMS_PER_KIND) runs the same queries, for a member who
may see every kind."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from alerts import digest_sending
from alerts.factories import DigestFactory, SubscriberFactory
from alerts.models import Digest, DigestStatus
from members_area import access
from tests.factories import (
    MemberFactory,
    MemberOrganisationFactory,
    QuestionFactory,
    ResourceFactory,
)

from .conftest import ALL_KINDS, PAGE_KINDS, ago, publish

pytestmark = pytest.mark.django_db

# Claim, digest and subscriber, choices, locale, view restrictions, each kind and its themes,
# membership, list pages, marking: a ceiling well above them, the equality is what matters.
BUDGET = 30


def add_items(tree, count, start):
    for n in range(start, start + count):
        for kind in PAGE_KINDS:
            publish(tree, kind, tree.energie, f"{kind} {n}", commune=tree.bais)
        resource = ResourceFactory(title=f"Document {n}", themes=[tree.energie], commune=tree.bais)
        access.set_open_to_all(resource, True)
        QuestionFactory(title=f"Question {n} ?", themes=[tree.energie])


def queries_to_send(subscriber):
    digest = DigestFactory(
        subscriber=subscriber,
        since=ago(days=1),
        until=timezone.now(),
        status=DigestStatus.QUEUED,
    )
    with CaptureQueriesContext(connection) as queries:
        assert digest_sending.deliver(digest.pk) == DigestStatus.SENT
    return len(queries.captured_queries), Digest.objects.get(pk=digest.pk).items


def test_the_same_queries_for_3_and_30_items_of_each_kind(tree):
    member = MemberFactory(organisation=MemberOrganisationFactory(name="Commune de Bais"))
    subscriber = SubscriberFactory(
        user=member, kinds=ALL_KINDS, themes=[tree.energie], communes=[tree.bais]
    )
    add_items(tree, 3, 0)
    queries_to_send(subscriber)  # warms the caches a process keeps (content types, site)
    few, few_items = queries_to_send(subscriber)
    add_items(tree, 27, 3)
    many, many_items = queries_to_send(subscriber)
    assert (few_items, many_items) == (3 * 7, 30 * 7)
    assert few == many <= BUDGET
