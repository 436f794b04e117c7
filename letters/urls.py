"""The plugin's one non-page address, /lettre/: the way to the archive of the letters."""

from django.urls import path

from . import views

app_name = "letters"

urlpatterns = [path("", views.archive, name="archive")]
