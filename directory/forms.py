"""The member's form "Ma fiche dans l'annuaire": each value beside its own "visible des autres
adhérents" box; the phone is checked and written the French way."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from core.form_errors import ErrorsDescribedMixin
from sheets.models import Theme

from .models import DirectoryEntry
from .phone import normalise_phone

VISIBLE = _("Visible des autres adhérents")
CHOICES = ("show_role", "show_commune", "show_themes", "show_email", "show_phone")


class DirectoryEntryForm(ErrorsDescribedMixin, forms.ModelForm):
    class Meta:
        model = DirectoryEntry
        fields = [
            "listed",
            "show_role",
            "show_commune",
            "themes",
            "can_help_with",
            "show_themes",
            "show_email",
            "phone",
            "show_phone",
        ]
        labels = {
            "listed": _("Apparaître dans l'annuaire des adhérents"),
            "themes": _("Thèmes sur lesquels je peux aider"),
            "can_help_with": _("Ce sur quoi je peux aider"),
            "phone": _("Téléphone"),
            **dict.fromkeys(CHOICES, VISIBLE),
        }
        widgets = {
            "themes": forms.CheckboxSelectMultiple,
            "can_help_with": forms.Textarea(attrs={"rows": 3, "maxlength": 300}),
            "phone": forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["themes"].queryset = Theme.objects.filter(
            locale_id=Locale.get_default().pk
        ).order_by("sort_order", "name")
        for name, field in self.fields.items():
            if field.help_text and name != "themes":
                field.widget.attrs["aria-describedby"] = f"{self[name].auto_id}_helptext"

    def clean_phone(self):
        phone = self.cleaned_data.get("phone", "").strip()
        return normalise_phone(phone) if phone else ""

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("show_phone") and not cleaned.get("phone") and "phone" not in self.errors:
            self.add_error(
                "phone",
                _(
                    "Indiquez votre numéro pour le rendre visible, ou décochez « Visible des "
                    "autres adhérents »."
                ),
            )
        return cleaned
