"""Admin: the network's translated texts, in Paramètres beside « Réseau et contact »."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from reseau.models import NetworkTexts


class NetworkTextsViewSet(SnippetViewSet):
    """One row per language: the source language's, and its translations made with
    wagtail-localize's « Traduire » action (offered on every translatable snippet)."""

    model = NetworkTexts
    icon = "site"
    menu_label = _("Textes du réseau")
    add_to_settings_menu = True
    list_display = ["network_name", "association_name", "locale"]


register_snippet(NetworkTextsViewSet)
