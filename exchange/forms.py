"""The members' forms of the exchange: ask a question (with attachments), answer, edit an
answer. Each carries a submission key (exchange/submission.py) against double posts."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from core.form_errors import ErrorsDescribedMixin
from core.submission import SubmissionKeyMixin
from core.uploads import validate_upload
from sheets.models import Theme

from . import conf
from .models import Answer, ProjectStage, Question


class MultipleFileInput(forms.ClearableFileInput):
    """A file input that accepts several files (Django's documented way)."""

    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files, each validated: the list of uploads, possibly empty."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single = super().clean
        if isinstance(data, list | tuple):
            return [single(item, initial) for item in data if item]
        return [single(data, initial)] if data else []


def default_locale_themes():
    """The themes of the site's default language (French), in their display order."""
    return Theme.objects.filter(locale_id=Locale.get_default().pk).order_by("sort_order", "name")


class QuestionForm(ErrorsDescribedMixin, SubmissionKeyMixin, forms.ModelForm):
    attachments = MultipleFileField(
        label=_("Pièces jointes"),
        required=False,
    )

    class Meta:
        model = Question
        fields = ["title", "body", "themes", "stage", "context"]
        labels = {
            "title": _("Votre question"),
            "body": _("Précisions"),
            "themes": _("Thèmes"),
            "stage": _("Où en est le projet ?"),
            "context": _("Contexte de votre commune"),
        }
        help_texts = {
            "title": _(
                "Une phrase courte, par exemple : « Comment avez-vous financé votre "
                "chaufferie bois ? »"
            ),
            "body": _("Ce que vous avez déjà fait, ce que vous cherchez à savoir."),
            "themes": _("Les membres qui suivent ces thèmes seront prévenus."),
            "context": _("Facultatif : taille de la commune, contraintes, calendrier…"),
        }
        widgets = {
            "themes": forms.CheckboxSelectMultiple,
            "body": forms.Textarea(attrs={"rows": 8}),
            "context": forms.Textarea(attrs={"rows": 4}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["themes"].queryset = default_locale_themes()
        self.fields["stage"].choices = [("", _("Non précisé"))] + list(ProjectStage.choices)
        extensions = conf.get("EXCHANGE_ATTACHMENT_EXTENSIONS")
        self.fields["attachments"].help_text = _(
            "Facultatif : %(max)s fichiers au plus. Formats acceptés : %(formats)s."
        ) % {"max": conf.get("EXCHANGE_MAX_ATTACHMENTS"), "formats": ", ".join(extensions)}
        self.fields["attachments"].widget.attrs["accept"] = ",".join(f".{e}" for e in extensions)

    def clean_attachments(self):
        files = self.cleaned_data.get("attachments") or []
        maximum = conf.get("EXCHANGE_MAX_ATTACHMENTS")
        if len(files) > maximum:
            raise ValidationError(
                _("Vous pouvez joindre %(max)s fichiers au plus (vous en avez choisi %(count)s)."),
                code="too_many_files",
                params={"max": maximum, "count": len(files)},
            )
        extensions = tuple(conf.get("EXCHANGE_ATTACHMENT_EXTENSIONS"))
        errors = []
        for upload in files:
            try:
                validate_upload(upload, extensions)
            except ValidationError as error:
                errors.extend(
                    ValidationError(
                        _("« %(name)s » : %(error)s"),
                        params={"name": upload.name, "error": message},
                    )
                    for message in error.messages
                )
        if errors:
            raise ValidationError(errors)
        return files


class AnswerForm(ErrorsDescribedMixin, SubmissionKeyMixin, forms.ModelForm):
    class Meta:
        model = Answer
        fields = ["body"]
        labels = {"body": _("Votre réponse")}
        help_texts = {
            "body": _("Partagez ce que votre commune a fait, un contact, un document utile.")
        }
        widgets = {"body": forms.Textarea(attrs={"rows": 6})}


class AnswerEditForm(ErrorsDescribedMixin, forms.ModelForm):
    class Meta:
        model = Answer
        fields = ["body"]
        labels = {"body": _("Votre réponse")}
        widgets = {"body": forms.Textarea(attrs={"rows": 8})}
