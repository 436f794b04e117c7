"""Images: the lists' prefetched renditions are used as they are (Wagtail's own get_rendition)."""

import pytest
from django.db.models import Prefetch
from wagtail.images.models import Filter

from reseau.models import CustomImage, CustomRendition
from tests.factories import ImageFactory

pytestmark = pytest.mark.django_db


def test_a_prefetched_rendition_costs_no_query(django_assert_num_queries):
    image = ImageFactory()
    made = image.get_rendition("fill-600x400")
    CustomRendition.cache_backend.clear()
    listed = CustomImage.objects.prefetch_related(
        Prefetch(
            "renditions",
            queryset=CustomRendition.objects.filter(filter_spec="fill-600x400"),
            to_attr="prefetched_renditions",
        )
    ).get(pk=image.pk)
    with django_assert_num_queries(0):
        found = listed.get_rendition("fill-600x400")
    assert found.pk == made.pk


def test_other_renditions_are_found_or_made_as_wagtail_does():
    image = ImageFactory()
    made = image.get_rendition("width-200")
    assert made.width == 200
    again = CustomImage.objects.get(pk=image.pk).get_rendition(Filter(spec="width-200"))
    assert again.pk == made.pk
    # Prefetched, but not at this size: made, then kept with the others.
    listed = CustomImage.objects.prefetch_related("renditions").get(pk=image.pk)
    assert listed.get_rendition("fill-100x100").filter_spec == "fill-100x100"
    assert CustomRendition.objects.filter(image=image).count() == 2
