"""The exchange's pages, under the member area's prefix (/adherents/): questions, subjects,
and the facilitator's actions on them."""

from django.urls import include, path

app_name = "exchange"

urlpatterns = [
    path("", include("exchange.question_urls")),
    path("", include("exchange.moderation_urls")),
    path("", include("exchange.faq_urls")),
    path("", include("exchange.subject_urls")),
]
