"""The facilitator's settings of the exchange, in the admin (Paramètres)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting


@register_setting(icon="help")
class ExchangeSettings(BaseGenericSetting):
    unanswered_after_days = models.PositiveSmallIntegerField(
        _("question sans réponse après (jours)"),
        default=7,
        help_text=_(
            "Une question sans réponse depuis ce nombre de jours apparaît sur votre tableau de "
            "bord, pour y répondre, inviter une commune qui l'a fait ou en faire un sujet."
        ),
    )

    class Meta:
        verbose_name = _("échanges entre adhérents")
