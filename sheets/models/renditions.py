"""The image sizes of cards and galleries, and reading their renditions with the pages that
show them, so that `{% image %}` needs no query of its own."""

from django.db.models import Prefetch, Q
from wagtail.images import get_image_model

CARD_RENDITION = "fill-600x400"
GALLERY_RENDITION = "fill-800x533"


def card_renditions(lookup="main_image__renditions", spec=CARD_RENDITION):
    """Prefetch of the card-sized renditions of the sheets' main images: one query per list."""
    return Prefetch(
        lookup,
        queryset=get_image_model().get_rendition_model().objects.filter(filter_spec=spec),
        to_attr="prefetched_renditions",
    )


def attach_renditions(images_and_specs):
    """Reads the renditions of several images at several sizes in one query and hands each
    image its own (Wagtail's `prefetched_renditions`), so that `{% image %}` needs no query."""
    wanted = [(image, spec) for image, spec in images_and_specs if image is not None]
    if not wanted:
        return
    condition = Q()
    for spec in {spec for _image, spec in wanted}:
        ids = {image.pk for image, image_spec in wanted if image_spec == spec}
        condition |= Q(image_id__in=ids, filter_spec=spec)
    found = {}
    for rendition in get_image_model().get_rendition_model().objects.filter(condition):
        found.setdefault(rendition.image_id, []).append(rendition)
    for image, _spec in wanted:
        image.prefetched_renditions = list(found.get(image.pk, []))
        for rendition in image.prefetched_renditions:
            rendition.image = image  # as a prefetch would: no query for the image again
