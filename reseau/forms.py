"""The admin's document form (WAGTAILDOCS_DOCUMENT_FORM_BASE): Wagtail's, plus a read-only line
that tells the editor whether the file's text was read for search, and if not, why."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm


class DocumentForm(BaseDocumentForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        document = self.instance
        if document.pk:
            # Not a model field of the form: shown, never saved (the background task owns it).
            self.fields["text_status_info"] = forms.CharField(
                label=_("texte pour la recherche"),
                required=False,
                disabled=True,
                initial=document.get_text_status_display(),
                help_text=document.get_text_error_display(),
            )
