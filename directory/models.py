"""What each member lets the other members see of them in the directory (decision 0043).

One entry per member account, created the first time they save "Ma fiche dans l'annuaire";
until then the defaults below apply (the directory reads them from `DEFAULTS`), so that a
member who never opened the page is listed with their name, role and commune only."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .phone import validate_french_phone

# The value of each choice for a member without an entry (the issue: off by default except
# name, role and commune). The directory's queries and the consent API both read it.
DEFAULTS = {
    "listed": True,
    "show_role": True,
    "show_commune": True,
    "show_themes": False,
    "show_email": False,
    "show_phone": False,
}


class DirectoryEntry(models.Model):
    """A member's choices for the directory, field by field; their name is always shown."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("compte"),
        on_delete=models.CASCADE,
        related_name="directory_entry",
    )
    listed = models.BooleanField(
        _("apparaître dans l'annuaire"),
        default=DEFAULTS["listed"],
        help_text=_(
            "Décochée, vous n'apparaissez plus du tout dans l'annuaire des adhérents, "
            "même sous votre nom."
        ),
    )
    show_role = models.BooleanField(_("rôle et fonction visibles"), default=DEFAULTS["show_role"])
    show_commune = models.BooleanField(
        _("collectivité et commune visibles"), default=DEFAULTS["show_commune"]
    )
    themes = models.ManyToManyField(
        "sheets.Theme",
        verbose_name=_("thèmes sur lesquels je peux aider"),
        blank=True,
        related_name="directory_entries",
    )
    can_help_with = models.CharField(
        _("ce sur quoi je peux aider"),
        max_length=300,
        blank=True,
        help_text=_(
            "Facultatif, 300 caractères au plus. Ex. : « Nous avons monté une chaufferie bois "
            "en régie, je peux raconter le montage financier. »"
        ),
    )
    show_themes = models.BooleanField(_("thèmes et aide visibles"), default=DEFAULTS["show_themes"])
    show_email = models.BooleanField(_("adresse e-mail visible"), default=DEFAULTS["show_email"])
    phone = models.CharField(
        _("téléphone"),
        max_length=20,
        blank=True,
        validators=[validate_french_phone],
        help_text=_("Facultatif. Un numéro français, ex. : 02 43 12 34 56."),
    )
    show_phone = models.BooleanField(_("téléphone visible"), default=DEFAULTS["show_phone"])
    updated_at = models.DateTimeField(_("modifiée le"), auto_now=True)

    class Meta:
        verbose_name = _("fiche de l'annuaire")
        verbose_name_plural = _("fiches de l'annuaire")

    def __str__(self):
        return str(self.user)
