"""The forms of a request's life: asking (purpose, message), the contact's answer (accept,
choosing what to share; decline, with an optional word) and the facilitator's note."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from core.form_errors import ErrorsDescribedMixin
from core.submission import SubmissionKeyMixin
from directory.phone import normalise_phone

from .models import MESSAGE_MAX_LENGTH, IntroductionRequest, Purpose


class RequestForm(ErrorsDescribedMixin, SubmissionKeyMixin, forms.ModelForm):
    class Meta:
        model = IntroductionRequest
        fields = ["purpose", "message"]
        labels = {"purpose": _("Pourquoi souhaitez-vous échanger ?"), "message": _("Votre message")}
        widgets = {
            "purpose": forms.RadioSelect,
            "message": forms.Textarea(attrs={"rows": 6, "maxlength": MESSAGE_MAX_LENGTH}),
        }
        error_messages = {
            "purpose": {"required": _("Choisissez l'objet de votre demande.")},
            "message": {
                "required": _("Écrivez un court message pour présenter votre demande."),
                "max_length": _(
                    "Votre message est trop long : %(limit_value)d caractères au plus "
                    "(il en compte %(show_value)d)."
                ),
            },
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["purpose"].choices = list(Purpose.choices)
        self.fields["message"].help_text = _(
            "Quelques lignes : votre commune, votre projet, ce que vous aimeriez savoir "
            "(%(max)s caractères au plus). Votre message est transmis à la personne à "
            "contacter et à l'équipe d'animation."
        ) % {"max": MESSAGE_MAX_LENGTH}

    def clean_message(self):
        message = self.cleaned_data["message"].strip()
        if not message:
            raise ValidationError(self.fields["message"].error_messages["required"])
        return message


class AcceptForm(ErrorsDescribedMixin, forms.Form):
    """The contact chooses what the requester will see: their account's e-mail, a phone, or
    both; nothing is shared that is not ticked or typed here."""

    share_email = forms.BooleanField(required=False)
    phone = forms.CharField(
        label=_("Téléphone à transmettre"),
        required=False,
        max_length=40,
        help_text=_("Facultatif : laissez vide pour ne pas transmettre de numéro."),
    )

    def __init__(self, *args, contact_email="", **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["share_email"].label = _("Transmettre mon adresse e-mail (%(email)s)") % {
            "email": contact_email
        }

    def clean_phone(self):
        phone = self.cleaned_data.get("phone", "").strip()
        return normalise_phone(phone) if phone else ""

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("share_email") and not cleaned.get("phone") and not self.errors:
            self.add_error(
                "share_email",
                _(
                    "Choisissez au moins une coordonnée à transmettre : votre e-mail, un "
                    "téléphone, ou les deux. Si vous ne souhaitez pas être contacté·e, "
                    "déclinez la demande."
                ),
            )
        return cleaned


class NoteForm(ErrorsDescribedMixin, forms.Form):
    """A short note: the contact's word on declining, the facilitator's on acting."""

    note = forms.CharField(
        label=_("Un mot (facultatif)"),
        required=False,
        max_length=MESSAGE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3, "maxlength": MESSAGE_MAX_LENGTH}),
    )

    def __init__(self, *args, label=None, required=False, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["note"]
        field.required = required
        field.label = label or field.label
        field.error_messages["required"] = _("Écrivez une note : elle reste dans l'historique.")
