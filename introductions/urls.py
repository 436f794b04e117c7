"""The plugin's pages, under /adherents/mises-en-relation/."""

from django.urls import path

from . import detail_views, views

app_name = "introductions"

urlpatterns = [
    path("", views.my_requests, name="mine"),
    path("fiches/<int:sheet_id>/demander/", views.ask, name="ask"),
    path("<int:pk>/", detail_views.detail, name="detail"),
    path("<int:pk>/accepter/", detail_views.accept, name="accept"),
    path("<int:pk>/decliner/", detail_views.decline, name="decline"),
    path("<int:pk>/mise-en-relation/", detail_views.introduce, name="introduce"),
    path("<int:pk>/clore/", detail_views.close, name="close"),
]
