"""The code fields of the second-factor pages: labelled, with the autocomplete and keyboard
hints that let a phone offer the code from its authenticator."""

from django import forms
from django.utils.translation import gettext_lazy as _


class AppCodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code à 6 chiffres"),
        help_text=_("Le code affiché en ce moment par votre application d'authentification."),
        max_length=12,
        widget=forms.TextInput(
            attrs={
                "autocomplete": "one-time-code",
                "inputmode": "numeric",
                "pattern": "[0-9]{6}",
                "autofocus": True,
            }
        ),
        error_messages={
            "required": _("Saisissez le code à 6 chiffres."),
            "max_length": _("Le code a 6 chiffres."),
        },
    )

    def clean_code(self):
        code = self.cleaned_data["code"].replace(" ", "")
        if not (code.isdigit() and len(code) == 6):
            raise forms.ValidationError(_("Le code a 6 chiffres, sans lettre."))
        return code


class RecoveryCodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code de secours"),
        help_text=_(
            "Un des codes de secours reçus lors de l'activation ; chacun ne sert qu'une fois."
        ),
        max_length=16,
        widget=forms.TextInput(
            attrs={
                "autocomplete": "one-time-code",
                "autocapitalize": "none",
                "spellcheck": "false",
                "autofocus": True,
            }
        ),
        error_messages={"required": _("Saisissez un code de secours.")},
    )

    def clean_code(self):
        return self.cleaned_data["code"].strip().replace(" ", "").lower()
