"""The plugin's non-page address, under /adhesion/: the way to the join page."""

from django.urls import path

from . import views

app_name = "membership"

urlpatterns = [path("", views.join, name="join")]
