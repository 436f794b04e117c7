"""E-mails about questions, sent through the task queue: a new answer to the followers of its
question, a new question to the followers of its themes. They take ids and read the posts when
they run: a post hidden in the meantime is not announced, and the notices carry the question's
title and a link, never a post's text."""

from django_tasks import task

from members_area.emails import absolute_url

from . import notifications
from .models import Answer, Question


def _context(question):
    return {
        "question_title": question.title,
        "question_url": absolute_url(question.get_absolute_url()),
    }


@task()
def notify_new_answer(answer_id):
    answer = Answer.objects.select_related("question").filter(pk=answer_id).first()
    if answer is None or answer.is_hidden or answer.question.is_hidden:
        return 0
    users = notifications.followers_of_question(answer.question, exclude=answer.author)
    context = {
        **_context(answer.question),
        "answer_url": absolute_url(answer.get_absolute_url()),
    }
    return notifications.send_notice("new_answer", users, context)


@task()
def notify_new_question(question_id):
    question = Question.objects.filter(pk=question_id).first()
    if question is None or question.is_hidden:
        return 0
    themes = list(question.themes.all())
    users = notifications.followers_of_themes(themes, exclude=question.author)
    context = {**_context(question), "themes": [theme.name for theme in themes]}
    return notifications.send_notice("new_question", users, context)
