"""Serializer fields for the public API (`api_fields` of the page models, publicapi/): related
objects given by their name, a point on the map. Plain values, never a nested object that could
carry more fields than the page shows."""

from rest_framework import serializers
from wagtail.api.rich_text import APIRichText


class NameField(serializers.Field):
    """A foreign key given by the related object's name (a theme, a commune, a funder)."""

    def to_representation(self, value):
        return getattr(value, "name", None) if value is not None else None


class NamesField(serializers.Field):
    """A many-to-many relation given as the list of the related objects' names, in their
    order. Reads `.all()`, so a prefetch made by the endpoint is used."""

    def to_representation(self, value):
        return [item.name for item in value.all()]


class PositionField(serializers.Field):
    """A (latitude, longitude) pair of decimals as {"latitude": …, "longitude": …} floats, or
    None when the point is unknown."""

    def to_representation(self, value):
        if not value or value[0] is None or value[1] is None:
            return None
        return {"latitude": float(value[0]), "longitude": float(value[1])}


class RichTextValueField(serializers.CharField):
    """Rich text held by a property rather than a RichTextField (a report shown only when it
    is public), in the format the request asks for (?rich_text_format=), as Wagtail's API gives
    its rich text fields."""

    def to_representation(self, value):
        request = self.context.get("request")
        requested = request.GET.get("rich_text_format") if request is not None else None
        text_format = APIRichText.resolve_format(requested)
        return APIRichText.serialize(super().to_representation(value), format=text_format)
