"""The admin's forms for the directory's spreadsheet: the file to import, the export's choices."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from . import spreadsheet


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("Fichier CSV ou Excel"),
        help_text=_("Les colonnes de l'export, une ligne par aide (2 Mo et 2 000 aides au plus)."),
        widget=forms.ClearableFileInput(attrs={"accept": ",".join(spreadsheet.EXTENSIONS)}),
    )


class ExportForm(forms.Form):
    locale = forms.ModelChoiceField(
        label=_("Langue"),
        queryset=Locale.objects.order_by("language_code"),
        to_field_name="language_code",
        required=False,
        empty_label=None,
    )
    format = forms.ChoiceField(
        label=_("Format"), choices=[("xlsx", _("Excel (.xlsx)")), ("csv", _("CSV"))]
    )
