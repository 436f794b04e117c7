"""Against double posts: each display of the request form carries a fresh random key, stored on
the request it makes (unique); the same form sent again finds that request instead."""

import uuid

from django import forms

from .models import IntroductionRequest


class SubmissionKeyField(forms.UUIDField):
    """A hidden key, new for each unbound form, kept when a failed submit shows the form again."""

    widget = forms.HiddenInput

    def __init__(self, **kwargs):
        super().__init__(required=False, initial=uuid.uuid4, **kwargs)


def request_made_with(key, user):
    """The request this person already made with this form's key, or None."""
    if key is None:
        return None
    return IntroductionRequest.objects.filter(submission_key=key, requester_id=user.pk).first()
