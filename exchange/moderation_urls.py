"""URLs of the exchange's moderation views (included by exchange/urls.py): a member's report of
a post, and the facilitator's actions. The same view serves questions and answers, told apart
by the `kind` each route passes."""

from django.urls import path

from . import moderation_views as views

QUESTION = {"kind": "question"}
ANSWER = {"kind": "answer"}

urlpatterns = [
    path("questions/<int:pk>/signaler/", views.report_post, QUESTION, name="report_question"),
    path("questions/reponses/<int:pk>/signaler/", views.report_post, ANSWER, name="report_answer"),
    path("questions/<int:pk>/masquer/", views.hide_post, QUESTION, name="hide_question"),
    path("questions/reponses/<int:pk>/masquer/", views.hide_post, ANSWER, name="hide_answer"),
    path("questions/<int:pk>/retablir/", views.unhide_post, QUESTION, name="unhide_question"),
    path("questions/reponses/<int:pk>/retablir/", views.unhide_post, ANSWER, name="unhide_answer"),
    path("questions/reponses/<int:pk>/valider/", views.validate_answer, name="validate_answer"),
    path(
        "questions/reponses/<int:pk>/retirer-validation/",
        views.unvalidate_answer,
        name="unvalidate_answer",
    ),
    path("questions/<int:pk>/inviter/", views.invite_commune, name="invite_commune"),
    path("questions/<int:pk>/en-sujet/", views.make_subject, name="make_subject"),
    path("signalements/<int:pk>/conserver/", views.keep_report, name="keep_report"),
]
