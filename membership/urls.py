"""The plugin's non-page addresses, under /adhesion/: the ways to the join page and its form."""

from django.urls import path

from . import views

app_name = "membership"

urlpatterns = [
    path("", views.join, name="join"),
    path("formulaire/", views.join_form, name="join_form"),
]
