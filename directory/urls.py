"""The directory's pages, under /adherents/annuaire/."""

from django.urls import path

from . import views

app_name = "directory"

urlpatterns = [
    path("", views.directory, name="directory"),
    path("ma-fiche/", views.my_entry, name="my_entry"),
]
