"""URLs of the exchange's subject views (included by exchange/urls.py)."""

from django.urls import path

from . import subject_staff_views, subject_views

urlpatterns = [
    path("sujets/", subject_views.subject_list, name="subjects"),
    path("sujets/proposer/", subject_views.propose_subject, name="propose_subject"),
    path("sujets/<int:pk>/", subject_views.subject_detail, name="subject"),
    path("sujets/<int:pk>/soutenir/", subject_views.support_subject, name="support_subject"),
    path("sujets/<int:pk>/repondre/", subject_staff_views.answer_subject, name="answer_subject"),
    path("sujets/<int:pk>/regrouper/", subject_staff_views.merge_subject, name="merge_subject"),
    path("sujets/<int:pk>/rencontre/", subject_staff_views.plan_subject, name="plan_subject"),
    path(
        "sujets/<int:pk>/rencontre/nouvelle/",
        subject_staff_views.draft_subject_event,
        name="draft_subject_event",
    ),
]
