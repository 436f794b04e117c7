"""The page that presents the open data, in each language of the site (/donnees/,
/en/donnees/)."""

from django.urls import path

from . import views

app_name = "opendata_pages"

urlpatterns = [path("", views.index, name="index")]
