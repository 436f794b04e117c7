"""URLs of the exchange's question views (included by exchange/urls.py)."""

from django.urls import path

from . import question_views as views

urlpatterns = [
    path("questions/", views.question_list, name="questions"),
    path("questions/poser/", views.ask, name="ask"),
    path("questions/<int:pk>/", views.question, name="question"),
    path(
        "questions/<int:pk>/reponses/<int:answer_pk>/modifier/",
        views.edit_answer,
        name="edit_answer",
    ),
    path(
        "questions/<int:pk>/reponses/<int:answer_pk>/utile/",
        views.mark_helpful,
        name="mark_helpful",
    ),
    path("questions/<int:pk>/suivre/", views.follow_question, name="follow_question"),
    path("themes/<slug:slug>/suivre/", views.follow_theme, name="follow_theme"),
    path(
        "questions/<int:pk>/pieces-jointes/<int:attachment_pk>/",
        views.attachment,
        name="attachment",
    ),
]
