"""The DownloadLog model: who downloaded which reserved resource, and when (re-exported by
members_area.models)."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class DownloadLog(models.Model):
    resource = models.ForeignKey(
        "members_area.Resource",
        verbose_name=_("ressource"),
        on_delete=models.CASCADE,
        related_name="downloads",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("personne"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="resource_downloads",
    )
    downloaded_at = models.DateTimeField(_("date"), default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("téléchargement")
        verbose_name_plural = _("téléchargements")
        ordering = ["-downloaded_at"]

    def __str__(self):
        return f"{self.resource_id} – {self.user_id} – {self.downloaded_at:%Y-%m-%d %H:%M}"

    @property
    def person_name(self):
        """For the facilitator's logs (select_related "user__member_profile__organisation")."""
        return (self.user.get_full_name() or self.user.email) if self.user else _("compte supprimé")

    @property
    def person_email(self):
        return self.user.email if self.user else ""

    @property
    def organisation_name(self):
        profile = getattr(self.user, "member_profile", None) if self.user else None
        return profile.organisation.name if profile else ""
