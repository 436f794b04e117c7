"""The contributors' pages, under /adherents/contributions/."""

from django.urls import path

from . import views

app_name = "contributions"

urlpatterns = [
    path("", views.index, name="index"),
    path("nouvelle-fiche/", views.edit, name="new"),
    path("nouvelle-fiche-technique/", views.new_technical, name="new_technical"),
    path("fiches/<int:page_id>/", views.detail, name="detail"),
    path("fiches/<int:page_id>/modifier/", views.edit, name="edit"),
    path("fiches/<int:page_id>/apercu/", views.preview, name="preview"),
    path("fiches/<int:page_id>/envoyer/", views.submit, name="submit"),
]
