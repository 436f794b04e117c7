"""The record of a Wagtail document whose file is missing from storage (the model is the host's:
this plugin keeps its own row beside it). Re-exported by members_area.models."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.documents import get_document_model_string


class MissingDocument(models.Model):
    """A Wagtail document whose file was found missing from storage, and when: the facilitator
    is told once per file (members_area.missing_files). Removed when the file is back or
    replaced."""

    document = models.OneToOneField(
        get_document_model_string(),
        verbose_name=_("document"),
        primary_key=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    file_name = models.CharField(_("fichier"), max_length=255)
    noticed_at = models.DateTimeField(_("introuvable depuis"), default=timezone.now)

    class Meta:
        verbose_name = _("document au fichier introuvable")
        verbose_name_plural = _("documents aux fichiers introuvables")

    def __str__(self):
        return self.file_name
