"""The registrations' pages, under /inscriptions/ (/en/inscriptions/ in English)."""

from django.urls import path, register_converter

from . import cancel_views, member_views, register_views


class RowId:
    """A row's id: nine digits at most, so that a longer number is a 404 rather than an
    integer the database cannot compare (SQLite raises OverflowError)."""

    regex = "[0-9]{1,9}"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return str(value)


register_converter(RowId, "registrations_id")

app_name = "registrations"

urlpatterns = [
    path("<registrations_id:event_id>/", register_views.register, name="register"),
    path("<registrations_id:registration_id>/annuler/", member_views.cancel, name="cancel_mine"),
    path("annuler/<str:token>/", cancel_views.cancel_by_link, name="cancel"),
]
