"""The contributors' pages, under /adherents/contributions/."""

from django.urls import path

from . import document_views, views

app_name = "contributions"

urlpatterns = [
    path("", views.index, name="index"),
    path("nouvelle-fiche/", views.edit, name="new"),
    path("nouvelle-fiche-technique/", views.new_technical, name="new_technical"),
    path("fiches/<int:page_id>/", views.detail, name="detail"),
    path("fiches/<int:page_id>/modifier/", views.edit, name="edit"),
    path("fiches/<int:page_id>/apercu/", views.preview, name="preview"),
    path("fiches/<int:page_id>/envoyer/", views.submit, name="submit"),
    path("nouveau-document/", document_views.edit, name="document_new"),
    path("documents/<int:document_id>/", document_views.detail, name="document_detail"),
    path("documents/<int:document_id>/modifier/", document_views.edit, name="document_edit"),
    path("documents/<int:document_id>/envoyer/", document_views.submit, name="document_submit"),
    path("documents/<int:document_id>/fichier/", document_views.download, name="document_file"),
]
