"""Saving what a member posts: a question with its attachments, an answer, an edit of an
answer (its previous text kept), and the follows they imply. The notices are enqueued once the
transaction commits."""

import functools

from django.db import transaction
from django.utils import timezone

from core.rate_limit import allow
from members_area import permissions

from . import conf
from .models import AnswerRevision, Follow, QuestionAttachment
from .question_tasks import notify_new_answer, notify_new_question


def may_post(user) -> bool:
    """Counts one post against the hourly limit; False once it is reached."""
    return allow("exchange-post", user.pk, conf.get("EXCHANGE_POSTS_PER_HOUR"))


def organisation_of(user):
    profile = permissions.member_profile(user)
    return profile.organisation if profile is not None else None


def follow_question(user, question):
    Follow.objects.get_or_create(user=user, question=question)


@transaction.atomic
def create_question(form, user):
    question = form.save(commit=False)
    question.author = user
    question.organisation = organisation_of(user)
    question.submission_key = form.cleaned_data.get("submission_key")
    question.save()
    form.save_m2m()
    for upload in form.cleaned_data.get("attachments") or []:
        QuestionAttachment.objects.create(
            question=question, file=upload, name=upload.name[:255], size=upload.size
        )
    follow_question(user, question)
    transaction.on_commit(functools.partial(notify_new_question.enqueue, question.pk))
    return question


@transaction.atomic
def create_answer(form, user, question):
    answer = form.save(commit=False)
    answer.question = question
    answer.author = user
    answer.organisation = organisation_of(user)
    answer.submission_key = form.cleaned_data.get("submission_key")
    answer.save()
    question.last_activity_at = timezone.now()
    question.save(update_fields=["last_activity_at"])
    follow_question(user, question)
    transaction.on_commit(functools.partial(notify_new_answer.enqueue, answer.pk))
    return answer


@transaction.atomic
def edit_answer(answer, previous_body):
    """Saves the edited answer and keeps `previous_body` in its history."""
    if answer.body == previous_body:
        return answer
    AnswerRevision.objects.create(answer=answer, body=previous_body)
    answer.edited_at = timezone.now()
    answer.save(update_fields=["body", "edited_at"])
    return answer
