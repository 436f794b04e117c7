"""The letter in Wagtail's admin: the test and send pages (letters.admin_views) with their
buttons in a letter's header and in the page listing, and the dashboard's panel of the last
letters sent."""

from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button

from . import admin_views, permissions
from .dashboard import LastLettersPanel
from .models import LetterPage
from .panels import NAMESPACE, admin_url


@hooks.register("register_admin_urls")
def register_letters_admin_urls():
    return [path("letters/", include((admin_views.admin_urls(), NAMESPACE), namespace=NAMESPACE))]


@hooks.register("construct_homepage_panels")
def add_letters_panel(request, panels):
    panels.append(LastLettersPanel())


def _letter_buttons(page, user):
    """A letter's test and send, for those who may (no query for other pages: the page's type
    comes from Django's content type cache)."""
    if not issubclass(page.specific_class or type(page), LetterPage):
        return
    if permissions.can_test(user, page):
        yield Button(_("M'envoyer un test"), admin_url("test", page), icon_name="mail", priority=72)
    if page.live and permissions.can_send(user, page):
        yield Button(
            _("Envoyer aux abonnés"), admin_url("send", page), icon_name="mail", priority=73
        )


@hooks.register("register_page_listing_more_buttons")
def letter_listing_buttons(page, user, next_url=None):
    yield from _letter_buttons(page, user)


@hooks.register("register_page_header_buttons")
def letter_header_buttons(page, user, view_name, next_url=None):
    yield from _letter_buttons(page, user)
