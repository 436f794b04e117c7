"""The guided form of a proposed document: what it is, what it holds, its themes and year, and
its file, checked as every reserved resource's is (type read from its content, size, archive)."""

from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from core.form_errors import ErrorsDescribedMixin
from core.submission import SubmissionKeyMixin
from members_area.models import ResourceKind
from members_area.validators import ALLOWED_EXTENSIONS, validate_resource_file
from sheets.models import Theme
from sheets.models.experience import YEAR_VALIDATORS

DESCRIPTION_LIMIT = 2000
FORMATS = ", ".join(ext.upper() for ext in ALLOWED_EXTENSIONS)
ACCEPT = ",".join(f".{ext}" for ext in ALLOWED_EXTENSIONS)


class DocumentForm(ErrorsDescribedMixin, SubmissionKeyMixin, forms.Form):
    title = forms.CharField(
        label=_("Titre du document"),
        max_length=255,
        help_text=_("Ex. : « Cahier des charges de la chaufferie bois de l'école »."),
    )
    kind = forms.ChoiceField(label=_("Type de document"), choices=ResourceKind.choices)
    description = forms.CharField(
        label=_("Description"),
        max_length=DESCRIPTION_LIMIT,
        widget=forms.Textarea(attrs={"rows": 4, "maxlength": DESCRIPTION_LIMIT}),
        help_text=_("Ce que contient le document et à qui il sert, en deux ou trois phrases."),
    )
    themes = forms.ModelMultipleChoiceField(
        label=_("Thèmes"),
        queryset=Theme.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    year = forms.IntegerField(
        label=_("Année"),
        validators=YEAR_VALIDATORS,
        required=False,
        help_text=_("Année sur quatre chiffres, ex. : 2019."),
    )
    file = forms.FileField(
        label=_("Fichier"),
        validators=[validate_resource_file],
        widget=forms.FileInput(attrs={"accept": ACCEPT}),
    )

    def __init__(self, *args, replacing=False, **kwargs):
        """`replacing`: the document has a file already, which a new one replaces."""
        super().__init__(*args, **kwargs)
        self.fields["themes"].queryset = Theme.objects.filter(locale=Locale.get_default())
        field = self.fields["file"]
        field.help_text = gettext("Formats acceptés : %(formats)s.") % {"formats": FORMATS}
        if replacing:
            field.required = False
            field.label = _("Nouveau fichier (facultatif)")
            field.help_text = gettext(
                "Laissez vide pour garder le fichier actuel. Formats acceptés : %(formats)s."
            ) % {"formats": FORMATS}
