"""The registration forms: a visitor's (name, e-mail, collectivité or structure, role, the
event's questions, a honeypot), and a member's one click (their profile, optional colleagues of
their organisation, the questions). Both carry a submission key: a double click registers once
(core.submission)."""

from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.form_errors import ErrorsDescribedMixin
from core.submission import SubmissionKeyMixin

from . import conf
from .questions import QuestionsMixin

VISITOR_FIELDS = ["first_name", "last_name", "email", "commune", "role"]
REQUIRED_MESSAGES = {
    "first_name": gettext_lazy("Indiquez votre prénom."),
    "last_name": gettext_lazy("Indiquez votre nom."),
    "email": gettext_lazy("Indiquez votre adresse e-mail : la confirmation y est envoyée."),
    "commune": gettext_lazy("Indiquez votre collectivité ou votre structure."),
    "role": gettext_lazy(
        "Indiquez votre fonction, ex. : conseillère municipale, chargé de mission."
    ),
}


class VisitorForm(ErrorsDescribedMixin, QuestionsMixin, SubmissionKeyMixin, forms.Form):
    """`website` is a honeypot people never see: a script fills it in."""

    first_name = forms.CharField(label=gettext_lazy("Prénom"), max_length=150)
    last_name = forms.CharField(label=gettext_lazy("Nom"), max_length=150)
    email = forms.EmailField(
        label=gettext_lazy("Adresse e-mail"),
        max_length=254,
        help_text=gettext_lazy(
            "La confirmation et l'invitation pour votre agenda y sont envoyées."
        ),
        error_messages={"invalid": gettext_lazy("Saisissez une adresse e-mail valide.")},
    )
    commune = forms.CharField(label=gettext_lazy("Collectivité ou structure"), max_length=200)
    role = forms.CharField(label=gettext_lazy("Fonction"), max_length=200)
    website = forms.CharField(label=gettext_lazy("Ne remplissez pas ce champ"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, message in REQUIRED_MESSAGES.items():
            self.fields[name].error_messages["required"] = message
        self.fields["website"].widget.attrs.update({"autocomplete": "off", "tabindex": "-1"})
        autocomplete = {
            "first_name": "given-name",
            "last_name": "family-name",
            "email": "email",
            "commune": "organization",
            "role": "organization-title",
        }
        for name, value in autocomplete.items():
            self.fields[name].widget.attrs["autocomplete"] = value

    def is_bot(self):
        """The honeypot was filled in: a script, since people never see it."""
        return bool(self.cleaned_data.get("website"))

    def person(self):
        """The visitor as places.register takes a person."""
        return {name: self.cleaned_data[name] for name in VISITOR_FIELDS}


class ColleagueField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        function = getattr(getattr(obj, "member_profile", None), "function", "")
        name = f"{obj.first_name} {obj.last_name}".strip() or obj.email
        return f"{name} ({function})" if function else name


class MemberForm(ErrorsDescribedMixin, QuestionsMixin, SubmissionKeyMixin, forms.Form):
    """The member registers themselves (unless they already are: `include_self=False`) and the
    colleagues they tick (`colleagues=`, a queryset of accounts)."""

    colleagues = ColleagueField(
        label=gettext_lazy("Inscrire aussi des collègues de ma collectivité"),
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, colleagues, include_self=True, **kwargs):
        super().__init__(*args, **kwargs)
        self.include_self = include_self
        field = self.fields["colleagues"]
        field.queryset = colleagues
        field.error_messages.update(
            {
                "invalid_choice": _("Choisissez parmi les collègues proposés."),
                "invalid_pk_value": _("Choisissez parmi les collègues proposés."),
            }
        )
        field.help_text = _(
            "%(max)s au plus. Chacun reçoit la confirmation à son adresse ; vos réponses aux "
            "questions valent pour chaque personne inscrite."
        ) % {"max": self.max_colleagues}

    @property
    def max_colleagues(self):
        return conf.get("REGISTRATIONS_MAX_COLLEAGUES")

    def clean_colleagues(self):
        colleagues = list(self.cleaned_data.get("colleagues") or [])
        if len(colleagues) > self.max_colleagues:
            raise forms.ValidationError(
                _("Vous pouvez inscrire %(max)s collègues au plus.") % {"max": self.max_colleagues}
            )
        if not self.include_self and not colleagues:
            raise forms.ValidationError(
                _("Vous êtes déjà inscrit·e : cochez les collègues à inscrire.")
            )
        return colleagues
