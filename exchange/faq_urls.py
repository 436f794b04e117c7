"""URLs of the exchange's FAQ views (included by exchange/urls.py, under /adherents/)."""

from django.urls import path

from . import faq_views

urlpatterns = [
    path(
        "questions/<int:pk>/faq/demander-accord/",
        faq_views.ask_consent,
        name="faq_ask_consent",
    ),
    path("questions/<int:pk>/faq/creer-entree/", faq_views.create_entry, name="faq_create_entry"),
    path("consentement/<str:kind>/<int:pk>/", faq_views.consent, name="faq_consent"),
]
