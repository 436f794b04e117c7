"""A question's search entry holds its answers' words (Question.search_fields): whenever an
answer is saved or deleted, by a member, the facilitator or the demo loader, the question is
indexed again (as Wagtail indexes a saved model: at once)."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.search.index import insert_or_update_object

from .models import Answer, Question


def reindex_question(question_id):
    question = Question.objects.filter(pk=question_id).first()
    if question is not None:
        insert_or_update_object(question)


@receiver(post_save, sender=Answer, dispatch_uid="exchange_answer_saved")
@receiver(post_delete, sender=Answer, dispatch_uid="exchange_answer_deleted")
def answer_changed(sender, instance, **kwargs):
    reindex_question(instance.question_id)
