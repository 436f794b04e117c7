"""One post per form, however often it is sent (the exchange's posts, requests to be put in
touch, applications to join): the form carries a random key, the saved object keeps it
(unique), and a second sending finds the first object instead of making another."""

import uuid

from django import forms


class SubmissionKeyMixin:
    """Adds the hidden `submission_key` field; its initial value is a fresh key per display, and
    a failed submit shows the form again with the same key (nothing lost, nothing doubled)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["submission_key"] = forms.UUIDField(widget=forms.HiddenInput, required=False)
        if not self.is_bound:
            self.initial.setdefault("submission_key", uuid.uuid4())


def already_posted(model, key, **owner):
    """The `model` object already saved with this key (by `owner`, e.g. author=user), or None."""
    if key is None:
        return None
    return model.objects.filter(submission_key=key, **owner).first()
