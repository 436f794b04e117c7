"""The report keeps no data of its own: this model, without a table, only carries the permission
to read it, which the facilitators' group is given in Wagtail's group settings."""

from django.db import models
from django.utils.translation import gettext_lazy as _

VIEW_CODENAME = "view_activityreport"


class ActivityReport(models.Model):
    class Meta:
        managed = False
        default_permissions = ()
        permissions = [(VIEW_CODENAME, _("Consulter et exporter le rapport"))]
        verbose_name = _("rapport d'activité")
        verbose_name_plural = _("rapports d'activité")

    def __str__(self):
        return str(self._meta.verbose_name)
