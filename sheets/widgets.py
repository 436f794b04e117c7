"""Editor widgets of the sheets: amounts written the French way, a point picked on a map."""

from decimal import Decimal, InvalidOperation

from django import forms
from django.apps import apps
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _

from sheets import conf

SPACES = (" ", "\u00a0", "\u202f")


class AmountInput(forms.TextInput):
    """An amount in euros as the French write it, "280 000" or "1 250,50", not "280000.00";
    what is typed may use spaces and a decimal comma, given to the DecimalField as "1250.50"."""

    def __init__(self, attrs=None):
        super().__init__({"inputmode": "decimal", **(attrs or {})})

    def format_value(self, value):
        if value in (None, ""):
            return None
        try:
            amount = Decimal(str(value))
        except InvalidOperation:
            return str(value)  # what was typed, shown back with the form's error
        places = 0 if amount == amount.to_integral_value() else 2
        text = number_format(amount, places, use_l10n=True, force_grouping=True)
        for space in SPACES[1:]:
            text = text.replace(space, " ")
        return text

    def value_from_datadict(self, data, files, name):
        value = super().value_from_datadict(data, files, name)
        if not isinstance(value, str):
            return value
        for space in SPACES:
            value = value.replace(space, "")
        return value.replace(",", ".")


class MapPointWidget(forms.TextInput):
    """The longitude of a point, with a map under it: a click on the map writes the latitude
    (the form's field named by `latitude_field`) and the longitude. The map opens on the point,
    else on the centre of the commune chosen in the form. The script is a static file (no
    inline script), Leaflet comes from the django-leaflet package."""

    template_name = "sheets/widgets/map_point.html"

    def __init__(self, latitude_field="latitude", commune_field="commune", attrs=None):
        self.latitude_field = latitude_field
        self.commune_field = commune_field
        super().__init__({"inputmode": "decimal", **(attrs or {})})

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["map"] = {
            "latitude_field": self.latitude_field,
            "commune_field": self.commune_field,
            "tiles": conf.get("MAP_TILE_URL"),
            "attribution": conf.get("MAP_TILE_ATTRIBUTION"),
            "communes": {
                str(pk): [float(lat), float(lng)]
                for pk, lat, lng in self.communes().values_list("pk", "latitude", "longitude")
            },
            "label": _(
                "Carte : cliquez à l'endroit du projet pour remplir la latitude et la longitude."
            ),
        }
        return context

    @staticmethod
    def communes():
        """The communes, read through the app registry: the page models import this module."""
        return apps.get_model("sheets", "Commune").objects.all()

    @property
    def media(self):
        return forms.Media(
            css={"all": ["vendor/leaflet/leaflet.css", "sheets/admin/map-point.css"]},
            js=["vendor/leaflet/leaflet.js", "sheets/admin/map-point.js"],
        )
