"""The e-mail asking an author whether the public FAQ may name them, sent through the task
queue (ids, not objects): to the post's author while they are an active member."""

from django_tasks import task

from members_area import permissions

from .models import Answer, Question
from .notifications import send_notice

# The kinds of post in the consent page's URL.
POST_KINDS = {"question": Question, "reponse": Answer}


@task()
def send_consent_request(kind, post_id):
    post = POST_KINDS[kind].objects.select_related("author").filter(pk=post_id).first()
    if post is None or post.author is None or not post.author.email:
        return 0
    if not permissions.is_active_member(post.author):
        return 0
    question = post if kind == "question" else post.question
    return send_notice(
        "faq_consent_request",
        [post.author],
        {"kind": kind, "post": post, "question": question},
    )
