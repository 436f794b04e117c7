"""`{% validated_answer answers as answer %}`: the answer the network validated among a
question page's answers (already read), for the facilitator's FAQ actions."""

from django import template

register = template.Library()


@register.simple_tag
def validated_answer(answers):
    validated = [a for a in answers or () if a.validated_at and not a.is_hidden]
    return max(validated, key=lambda a: (a.validated_at, a.pk), default=None)
