"""The abstract models the plugins inherit: the base page of every page type, and the text
extracted from an uploaded file."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.images import get_image_model_string
from wagtail.models import Page

from core.tasks import TEXT_FIELDS, extract_file_text
from core.text_extraction import TextError, TextStatus
from core.uploads import KNOWN_EXTENSIONS, validate_upload


class BasePage(Page):
    """A listing summary and an image for cards, search and OpenGraph. Abstract, so it adds no
    join to any query; routing, serving and view restrictions stay Wagtail's own."""

    listing_summary = models.TextField(
        _("résumé pour les listes"),
        blank=True,
        max_length=300,
        help_text=_(
            "Deux phrases au plus, affichées dans les listes, les résultats de recherche et "
            "les partages sur les réseaux sociaux. Laissez vide pour reprendre le résumé de la page."
        ),
    )
    social_image = models.ForeignKey(
        get_image_model_string(),
        verbose_name=_("image de partage"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Image montrée quand la page est partagée (1200 × 630 pixels idéalement)."),
    )

    promote_panels = [
        *Page.promote_panels,
        FieldPanel("listing_summary"),
        FieldPanel("social_image"),
    ]

    class Meta:
        abstract = True

    def get_meta_description(self):
        """The editor's description, else the listing summary, else what the page type draws
        from its content (`content_description`): a public page always has one."""
        return self.search_description or self.listing_summary or self.content_description()

    def content_description(self):
        """A description drawn from the page's own content, for when the editor wrote none."""
        return ""

    def get_meta_image(self):
        return self.social_image


class ExtractedText(models.Model):
    """A record with an uploaded `file` whose words search finds. When the file changes, a
    background task (core.tasks) reads its text under hard limits; the facilitator sees its
    status and, when there is no text, why. A save of anything else never writes these fields,
    so a form saved while the task runs cannot undo its work (decision 0024)."""

    extracted_text = models.TextField(_("texte extrait du fichier"), blank=True, editable=False)
    text_status = models.CharField(
        _("texte pour la recherche"),
        max_length=10,
        choices=TextStatus.choices,
        default=TextStatus.PENDING,
        editable=False,
    )
    text_error = models.CharField(
        _("raison"), max_length=12, choices=TextError.choices, blank=True, editable=False
    )

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        """Queues the reading of a new file; otherwise leaves the text fields to the task."""
        update_fields = kwargs.get("update_fields")
        changed = self.file_changed() and (update_fields is None or "file" in update_fields)
        if self._state.adding and not self.file:
            self.text_status = TextStatus.EMPTY
        if changed:
            self.extracted_text = ""
            self.text_status = TextStatus.PENDING if self.file else TextStatus.EMPTY
            self.text_error = ""
            if update_fields is not None:
                kwargs["update_fields"] = {*update_fields, *TEXT_FIELDS}
        elif update_fields is None and not self._state.adding:
            kwargs["update_fields"] = self.fields_but_text()
        super().save(*args, **kwargs)
        self.stored_file_name = self.file.name
        if changed and self.file:
            result = extract_file_text.enqueue(self._meta.label, str(self.pk), self.file.name)
            if result.is_finished:  # the immediate backend (development, tests) ran it
                self.refresh_from_db(fields=TEXT_FIELDS)

    def clean(self):
        """A new file is checked by content, size and what its zip declares (core.uploads),
        before anything stores or reads it; a stored file is not read again, so a stricter
        limit never blocks editing a record."""
        super().clean()
        if self.file and self.file_changed():
            try:
                validate_upload(self.file.file, self.get_upload_extensions())
            except ValidationError as error:
                raise ValidationError({"file": error}) from error

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        instance.stored_file_name = dict(zip(field_names, values, strict=True)).get("file")
        return instance

    def get_upload_extensions(self):
        """The formats this record's file may have."""
        return KNOWN_EXTENSIONS

    def file_changed(self):
        if "file" in self.get_deferred_fields():
            return False
        return self.file.name != getattr(self, "stored_file_name", None)

    def fields_but_text(self):
        """The loaded fields a save writes when the file did not change."""
        deferred = self.get_deferred_fields()
        return [
            field.name
            for field in self._meta.concrete_fields
            if not field.primary_key
            and field.attname not in deferred
            and field.name not in TEXT_FIELDS
        ]
