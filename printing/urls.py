from django.urls import path

from . import views

app_name = "printing"

urlpatterns = [
    path("fiche/<int:page_id>.pdf", views.sheet_pdf, name="sheet"),
    path("theme/<int:theme_id>.pdf", views.theme_booklet, name="booklet"),
]
