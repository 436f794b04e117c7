"""The AccountRecord model (re-exported by members_area.models)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class AccountRecord(models.Model):
    """What the site notes about an account's life for the data-protection rules (decision 0031):
    the language of its last sign-in (its e-mails' language), when it was warned that inactivity
    will close it, and when it was anonymised."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("compte"),
        on_delete=models.CASCADE,
        related_name="account_record",
    )
    language = models.CharField(_("langue"), max_length=10, blank=True)
    inactivity_warned_at = models.DateTimeField(
        _("prévenu de son inactivité le"), null=True, blank=True
    )
    anonymised_at = models.DateTimeField(_("anonymisé le"), null=True, blank=True, db_index=True)

    class Meta:
        verbose_name = _("suivi du compte")
        verbose_name_plural = _("suivis des comptes")

    def __str__(self):
        return str(self.user_id)
