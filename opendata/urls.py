"""The data files, at addresses that do not depend on the visitor's language:
/donnees/catalogue.jsonld, /donnees/<dataset>.csv and .json, /donnees/<dataset>/schema.json."""

from django.urls import path, re_path

from . import views

app_name = "opendata"

urlpatterns = [
    path("catalogue.jsonld", views.catalogue, name="catalogue"),
    re_path(r"^(?P<slug>[-a-z0-9]+)\.(?P<extension>csv|json)$", views.data_file, name="data_file"),
    path("<slug:slug>/schema.json", views.schema, name="schema"),
]
