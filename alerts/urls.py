"""The alerts' pages, under /alertes/ (/en/alertes/ in English)."""

from django.urls import path

from . import manage_views, member_views, subscribe_views

app_name = "alerts"

urlpatterns = [
    path("", subscribe_views.subscribe, name="subscribe"),
    path("confirmer/<str:token>/", subscribe_views.confirm, name="confirm"),
    path("preferences/<str:token>/", manage_views.manage, name="manage"),
    path("desinscription/<str:token>/", manage_views.unsubscribe, name="unsubscribe"),
    path("mes-alertes/", member_views.mine, name="mine"),
]
