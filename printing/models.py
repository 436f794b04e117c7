"""The PDFs made from the sheets: one per published revision of a sheet, one per state of a
theme's booklet. Their files hold public content only, on the public media storage."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SheetPrint(models.Model):
    """The PDF of one revision of an experience or technical sheet, in the page's language."""

    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name=_("page")
    )
    revision = models.OneToOneField(
        "wagtailcore.Revision",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("révision"),
    )
    locale = models.ForeignKey(
        "wagtailcore.Locale", on_delete=models.CASCADE, related_name="+", verbose_name=_("langue")
    )
    file = models.FileField(_("fichier"), upload_to="impressions/fiches/")
    created_at = models.DateTimeField(_("créé le"), auto_now_add=True)

    class Meta:
        verbose_name = _("fiche imprimable")
        verbose_name_plural = _("fiches imprimables")

    def __str__(self):
        return self.file.name


class ThemeBooklet(models.Model):
    """The booklet of a theme's sheets as they stood: `stamp` sums up the theme and the live
    revision of each of its sheets, so that any publication makes a new stamp."""

    theme = models.ForeignKey(
        "sheets.Theme", on_delete=models.CASCADE, related_name="+", verbose_name=_("thème")
    )
    stamp = models.CharField(_("empreinte"), max_length=64)
    file = models.FileField(_("fichier"), upload_to="impressions/livrets/")
    created_at = models.DateTimeField(_("créé le"), auto_now_add=True)

    class Meta:
        verbose_name = _("livret de thème")
        verbose_name_plural = _("livrets de thème")
        constraints = [
            models.UniqueConstraint(fields=["theme", "stamp"], name="printing_booklet_unique")
        ]

    def __str__(self):
        return self.file.name
