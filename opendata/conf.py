"""The open data's settings and their defaults: a site that installs this plugin overrides any
of them in its own settings."""

from django.conf import settings

DEFAULTS = {
    # Who publishes the datasets (the catalogue's dct:publisher) and whom to write to about
    # them (its dcat:contactPoint; empty: none given).
    "OPENDATA_PUBLISHER_NAME": "Réseau des collectivités mayennaises engagées vers le "
    "développement durable",
    "OPENDATA_CONTACT_EMAIL": "",
    # The licence of every dataset: the Licence Ouverte 2.0 (Etalab-2.0).
    "OPENDATA_LICENSE_URL": "https://www.etalab.gouv.fr/licence-ouverte-open-licence/",
    "OPENDATA_LICENSE_NAME": "Licence Ouverte / Open Licence version 2.0 (Etalab-2.0)",
}


def get(name):
    """The site's value of setting `name`, else this plugin's default."""
    return getattr(settings, name, DEFAULTS[name])
