"""The forms of a report and of the facilitator's actions on questions and answers."""

from django import forms
from django.utils.translation import gettext_lazy as _

from . import moderation

REASON_MAX_LENGTH = 2000


class ReasonForm(forms.Form):
    """A required reason: why a member reports a post, or why the facilitator hides it."""

    reason = forms.CharField(
        label=_("Motif"),
        max_length=REASON_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": _("Indiquez le motif.")},
    )

    def __init__(self, *args, label=None, help_text="", **kwargs):
        super().__init__(*args, **kwargs)
        if label:
            self.fields["reason"].label = label
        self.fields["reason"].help_text = help_text


class SheetChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.commune.name} — {obj.title}"


class InviteCommuneForm(forms.Form):
    """The experience sheet whose commune is invited to answer."""

    sheet = SheetChoiceField(
        label=_("Fiche expérience de la commune à inviter"),
        queryset=None,  # the live sheets of the default language, read when the form is built
        empty_label=_("Choisissez une fiche"),
        error_messages={
            "required": _("Choisissez la fiche d'une commune qui l'a fait."),
            "invalid_choice": _("Cette fiche n'existe plus : choisissez-en une autre."),
        },
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["sheet"].queryset = moderation.invitable_sheets()
