"""The exchange between members: questions and answers, subjects to work on, the follows that
decide who is told, and the facilitator's settings."""

from .posts import CitablePost, HiddenPost, NameConsent, Post
from .questions import (
    Answer,
    AnswerRevision,
    Follow,
    ProjectStage,
    Question,
    QuestionAttachment,
    QuestionInvitation,
    Report,
)
from .settings import ExchangeSettings
from .subjects import Subject, SubjectStatus, SubjectSupport

__all__ = [
    "Answer",
    "AnswerRevision",
    "CitablePost",
    "ExchangeSettings",
    "Follow",
    "HiddenPost",
    "NameConsent",
    "Post",
    "ProjectStage",
    "Question",
    "QuestionAttachment",
    "QuestionInvitation",
    "Report",
    "Subject",
    "SubjectStatus",
    "SubjectSupport",
]
