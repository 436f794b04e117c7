"""The alerts' pages, under /alertes/ (/en/alertes/ in English)."""

from django.urls import path

from . import views

app_name = "alerts"

urlpatterns = [
    path("", views.subscribe, name="subscribe"),
    path("confirmer/<str:token>/", views.confirm, name="confirm"),
    path("preferences/<str:token>/", views.manage, name="manage"),
    path("desinscription/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path("mes-alertes/", views.mine, name="mine"),
]
