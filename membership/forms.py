"""The application form of the join page, and the facilitator's decision forms. The form keeps
everything typed on an error (except the file, which browsers never send back), links each
error to its field, and carries a submission key so that a double click posts once."""

import re

from django import forms
from django.utils.translation import gettext_lazy as _

from core.form_errors import ErrorsDescribedMixin
from core.submission import SubmissionKeyMixin
from members_area.models import MemberRole
from members_area.validators import ALLOWED_EXTENSIONS, validate_resource_file
from sheets.models import Commune

from .applications import ApplicationKind, MembershipApplication

OTHER_PEOPLE = 3
PHONE = re.compile(r"^\+?[0-9 .()-]{6,25}$")
CONTACT_FIELDS = ["first_name", "last_name", "function", "role", "email", "phone"]
REQUIRED_MESSAGES = {
    "kind": _("Choisissez ce que vous représentez : commune, intercommunalité ou conseil."),
    "first_name": _("Indiquez votre prénom."),
    "last_name": _("Indiquez votre nom."),
    "function": _("Indiquez votre fonction, ex. : maire, adjointe, directeur des services."),
    "role": _("Choisissez votre rôle : élu·e, technicien·ne ou membre d'un conseil."),
    "email": _("Indiquez votre adresse e-mail : la réponse y sera envoyée."),
}


class CommuneChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.name} ({obj.insee_code})" if obj.insee_code else obj.name


class ApplicationForm(ErrorsDescribedMixin, SubmissionKeyMixin, forms.ModelForm):
    """Kind, who applies (a commune of the official list, an intercommunality of those
    communes, or a council by name), the contact person, up to three others to invite, the
    deliberation, a message, consent; `website` is a honeypot people never see."""

    kind = forms.ChoiceField(
        label=_("Vous représentez"), choices=ApplicationKind.choices, widget=forms.RadioSelect
    )
    commune = CommuneChoiceField(
        label=_("Commune"),
        queryset=Commune.objects.order_by("name"),
        required=False,
        empty_label=_("— Choisissez votre commune —"),
        help_text=_("La liste officielle des communes de la Mayenne."),
    )
    epci = forms.ChoiceField(label=_("Intercommunalité"), required=False)
    council_name = forms.CharField(
        label=_("Nom du conseil de développement"), max_length=160, required=False
    )
    role = forms.ChoiceField(
        label=_("Vous êtes"), choices=MemberRole.choices, widget=forms.RadioSelect
    )
    deliberation = forms.FileField(
        label=_("Délibération du conseil (facultatif)"),
        required=False,
        validators=[validate_resource_file],
        help_text=_("Si votre conseil a délibéré sur l'adhésion. Formats acceptés : %(formats)s.")
        % {"formats": ", ".join(ext.upper() for ext in ALLOWED_EXTENSIONS)},
    )
    consent = forms.BooleanField(
        label=_(
            "J'accepte que ces informations soient utilisées par l'équipe d'animation pour "
            "traiter cette demande et créer les comptes de l'espace adhérents."
        ),
        error_messages={
            "required": _("Cochez cette case pour que nous puissions traiter la demande.")
        },
    )
    website = forms.CharField(label=_("Ne remplissez pas ce champ"), required=False)

    class Meta:
        model = MembershipApplication
        fields = ["kind", "commune", "epci", "council_name", *CONTACT_FIELDS, "message"]
        widgets = {"message": forms.Textarea(attrs={"rows": 5})}
        labels = {"message": _("Votre message (facultatif)"), "phone": _("Téléphone (facultatif)")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        epcis = Commune.objects.exclude(epci="").order_by("epci").values_list("epci", flat=True)
        self.fields["epci"].choices = [
            ("", _("— Choisissez votre intercommunalité —")),
            *((name, name) for name in epcis.distinct()),
        ]
        for number in range(1, OTHER_PEOPLE + 1):
            self.fields[f"person_{number}_name"] = forms.CharField(
                label=_("Prénom et nom"), max_length=160, required=False
            )
            self.fields[f"person_{number}_email"] = forms.EmailField(
                label=_("Adresse e-mail"), required=False
            )
            self.fields[f"person_{number}_role"] = forms.ChoiceField(
                label=_("Rôle"), choices=[("", "—"), *MemberRole.choices], required=False
            )
        self.fields["email"].help_text = _(
            "Nous y envoyons la confirmation de la demande, puis l'invitation à l'espace adhérents."
        )
        for name, message in REQUIRED_MESSAGES.items():
            self.fields[name].error_messages["required"] = message
        self.fields["website"].widget.attrs.update({"autocomplete": "off", "tabindex": "-1"})
        autocomplete = {"first_name": "given-name", "last_name": "family-name", "email": "email"}
        for name, value in {**autocomplete, "phone": "tel"}.items():
            self.fields[name].widget.attrs["autocomplete"] = value

    def people_rows(self):
        """The three "other person" rows as bound fields, for the template."""
        return [
            [self[f"person_{n}_{part}"] for part in ("name", "email", "role")]
            for n in range(1, OTHER_PEOPLE + 1)
        ]

    def clean_phone(self):
        phone = self.cleaned_data.get("phone", "").strip()
        if phone and not PHONE.match(phone):
            raise forms.ValidationError(
                _("Saisissez un numéro de téléphone, ex. : 02 43 00 00 00.")
            )
        return phone

    def clean(self):
        data = super().clean()
        kind = data.get("kind")
        required = {
            ApplicationKind.COMMUNE: ("commune", _("Choisissez votre commune dans la liste.")),
            ApplicationKind.EPCI: ("epci", _("Choisissez votre intercommunalité dans la liste.")),
            ApplicationKind.COUNCIL: (
                "council_name",
                _("Indiquez le nom du conseil de développement."),
            ),
        }
        if kind in required:
            field, message = required[kind]
            if not data.get(field) and field not in self.errors:
                self.add_error(field, message)
            # Only the organisation of the chosen kind is kept.
            for other, empty in (("commune", None), ("epci", ""), ("council_name", "")):
                if other != field:
                    data[other] = empty
        for number in range(1, OTHER_PEOPLE + 1):
            self._clean_person(data, number)
        return data

    def _clean_person(self, data, number):
        """A row of "other people" is all empty or complete (name, e-mail, role)."""
        parts = {part: data.get(f"person_{number}_{part}") for part in ("name", "email", "role")}
        if not any(parts.values()) or all(parts.values()):
            return
        messages = {
            "name": _("Indiquez le nom de cette personne."),
            "email": _("Indiquez l'adresse e-mail de cette personne."),
            "role": _("Choisissez le rôle de cette personne."),
        }
        for part, value in parts.items():
            if not value and f"person_{number}_{part}" not in self.errors:
                self.add_error(f"person_{number}_{part}", messages[part])

    def other_people(self):
        """The complete "other person" rows, as dicts."""
        people = []
        for number in range(1, OTHER_PEOPLE + 1):
            row = {
                part: self.cleaned_data.get(f"person_{number}_{part}")
                for part in ("name", "email", "role")
            }
            if all(row.values()):
                people.append(row)
        return people

    def is_bot(self):
        """The honeypot was filled: a script, since people never see it."""
        return bool(self.cleaned_data.get("website"))

    def file_to_choose_again(self):
        """A file was sent with a form that has errors: browsers never send it back."""
        return bool(self.is_bound and self.errors and self.files.get("deliberation"))

    @staticmethod
    def rate_limited_message():
        return _(
            "Trop de demandes ont été envoyées depuis votre connexion en peu de temps. "
            "Réessayez dans une heure, ou écrivez à l'équipe d'animation."
        )


class DecisionForm(forms.Form):
    """The facilitator's message with a decision: required to decline, optional to approve."""

    message = forms.CharField(
        label=_("Message à la personne qui a fait la demande"),
        widget=forms.Textarea(attrs={"rows": 6}),
        required=False,
    )

    def __init__(self, *args, required=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["message"].required = required
        if required:
            self.fields["message"].error_messages["required"] = _(
                "Expliquez en quelques mots pourquoi la demande n'est pas retenue."
            )
