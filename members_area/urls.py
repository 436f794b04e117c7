from django.urls import path

from . import views

app_name = "members_area"

urlpatterns = [
    path("connexion/", views.SignInView.as_view(), name="login"),
    path("deconnexion/", views.SignOutView.as_view(), name="logout"),
    path("", views.dashboard, name="dashboard"),
]
