from django.urls import path

from . import account_views, views

app_name = "members_area"

urlpatterns = [
    path("connexion/", views.SignInView.as_view(), name="login"),
    path("deconnexion/", views.SignOutView.as_view(), name="logout"),
    path("mot-de-passe-oublie/", views.PasswordResetView.as_view(), name="password_reset"),
    path(
        "mot-de-passe-oublie/envoye/",
        views.PasswordResetDoneView.as_view(),
        name="password_reset_done",
    ),
    path(
        "mot-de-passe/<uidb64>/<token>/",
        views.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "mot-de-passe-oublie/termine/",
        views.PasswordResetCompleteView.as_view(),
        name="password_reset_complete",
    ),
    path("deblocage/<str:token>/", views.unlock_sign_in, name="unlock"),
    path("invitation/<str:token>/", views.AcceptInvitationView.as_view(), name="accept_invitation"),
    path("profil/", views.profile, name="profile"),
    path("profil/donnees/", account_views.personal_data_page, name="personal_data"),
    path("profil/mot-de-passe/", views.PasswordChangeView.as_view(), name="password_change"),
    path("ressources/", views.resource_list, name="resources"),
    path("ressources/<str:slug>/", views.resource_detail, name="resource"),
    path("ressources/<str:slug>/telecharger/", views.download_resource, name="download"),
    path("", views.dashboard, name="dashboard"),
]
