"""Admin: the network's translated texts, in Paramètres beside « Réseau et contact »; the
second-factor pages and a superuser's reset of someone's second factor."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets.button import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from reseau.models import NetworkTexts
from reseau.second_factor import views as second_factor


class NetworkTextsViewSet(SnippetViewSet):
    """One row per language: the source language's, and its translations made with
    wagtail-localize's « Traduire » action (offered on every translatable snippet)."""

    model = NetworkTexts
    icon = "site"
    menu_label = _("Textes du réseau")
    add_to_settings_menu = True
    list_display = ["network_name", "association_name", "locale"]


register_snippet(NetworkTextsViewSet)


# --- Second factor (reseau/second_factor/) ------------------------------------------------------
@hooks.register("register_admin_urls")
def register_second_factor_urls():
    return [
        path("double-authentification/", second_factor.verify, name="reseau_second_factor_verify"),
        path(
            "double-authentification/activer/",
            second_factor.enrol,
            name="reseau_second_factor_enrol",
        ),
        path(
            "double-authentification/reinitialiser/<int:user_id>/",
            second_factor.reset,
            name="reseau_second_factor_reset",
        ),
    ]


@hooks.register("register_user_listing_buttons")
def second_factor_reset_button(user, request_user):
    """In each row's « … » menu, for superusers: reset the person's second factor."""
    if request_user.is_superuser:
        yield Button(
            _("Réinitialiser la double authentification"),
            reverse("reseau_second_factor_reset", args=[user.pk]),
            icon_name="key",
            priority=60,
        )


@hooks.register("register_log_actions")
def register_second_factor_actions(actions):
    actions.register_action(
        second_factor.RESET_ACTION,
        _("Double authentification réinitialisée"),
        _("Double authentification réinitialisée"),
    )
