"""Pieces shared by the sheet and event page types."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.documents import get_document_model_string
from wagtail.models import Orderable, TranslatableMixin
from wagtail_localize.fields import SynchronizedField


class TranslatableRow(TranslatableMixin, Orderable):
    """A row of a translatable page (key figure, funding, caption, attachment, speaker) whose
    text wagtail-localize translates with the page.

    Each row has its own translation key: wagtail-localize copies the source page's rows to the
    translation (same key, the translation's locale, same sort_order), so numbers, images and
    documents stay synchronised and the order is the source's, while each text field becomes a
    segment of the page in wagtail-localize's editor. A row saved outside a form takes its
    page's locale (wagtail's `get_default_locale` reads it through the ParentalKey).
    """

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        abstract = True

    def get_default_locale(self):
        # The page is usually in memory (modelcluster): no query, unlike wagtail's default.
        page = getattr(self, "page", None)
        if page is not None and page.locale_id:
            return page.locale
        return super().get_default_locale()


class KeyFigure(TranslatableRow):
    """A figure put forward on a sheet: 85 000 € HT, 12 000 kWh/an, 350 m³/an…"""

    value = models.CharField(_("valeur"), max_length=40, help_text=_("Ex. : 85 000 ou 12,5"))
    unit = models.CharField(
        _("unité"), max_length=40, blank=True, help_text=_("Ex. : € HT, kWh/an, m³/an, %")
    )
    label = models.CharField(
        _("libellé"), max_length=160, help_text=_("Ex. : d'électricité économisée chaque année")
    )

    panels = [FieldPanel("value"), FieldPanel("unit"), FieldPanel("label")]
    # The figure is the same in every language; its unit and label are translated.
    override_translatable_fields = [SynchronizedField("value")]

    class Meta(TranslatableRow.Meta):
        abstract = True
        verbose_name = _("chiffre clé")
        verbose_name_plural = _("chiffres clés")


class Attachment(TranslatableRow):
    """A document attached to a page, public or reserved to members.

    A document marked "réservé aux adhérents" on any page is reserved everywhere: the member area
    refuses to serve it to anyone else (see members_area.permissions.document_is_members_only).
    """

    document = models.ForeignKey(
        get_document_model_string(),
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    title = models.CharField(
        _("titre affiché"),
        max_length=255,
        blank=True,
        help_text=_("Laissez vide pour reprendre le titre du document."),
    )
    members_only = models.BooleanField(
        _("réservé aux adhérents"),
        default=False,
        help_text=_(
            "Cochez pour que seuls les adhérents connectés puissent voir et télécharger ce document."
        ),
    )

    panels = [FieldPanel("document"), FieldPanel("title"), FieldPanel("members_only")]
    # wagtail-localize translates the displayed title; the document and "members only" are
    # synchronised (non-text fields).

    class Meta(TranslatableRow.Meta):
        abstract = True
        verbose_name = _("document joint")
        verbose_name_plural = _("documents joints")

    @property
    def display_title(self):
        return self.title or self.document.title
