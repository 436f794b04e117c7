"""The facilitator's panel on Wagtail's dashboard, "Dernières lettres envoyées": the letters
sent last (each language apart), with the date, the number of recipients and of e-mails sent
and failed, each linked to the letter's editor, the failures to alerts' list of failed sends
(alerts.mailing records each there). Shown to those who may edit the letters; one query
whatever the number of letters and deliveries."""

from django.db.models import Count, Min, Q
from wagtail.admin.ui.components import Component
from wagtail.models import Locale

from alerts.admin_access import FAILURES, can, url
from alerts.models import DeliveryFailure

from .models import DeliveryStatus, LetterIndexPage, LetterPage

LIMIT = 5


def can_follow_letters(user):
    """May edit the letters: the archive of the default locale's permissions (the letters
    inherit them), superusers always."""
    if user.is_superuser:
        return True
    archive = LetterIndexPage.objects.filter(locale=Locale.get_default()).order_by("path").first()
    return archive is not None and archive.permissions_for_user(user).can_edit()


def last_sent(limit=LIMIT):
    """The letters with deliveries, the last sent first, with their counts."""
    return list(
        LetterPage.objects.annotate(
            sent_on=Min("deliveries__created_at"),
            recipients=Count("deliveries"),
            sent=Count("deliveries", filter=Q(deliveries__status=DeliveryStatus.SENT)),
            failed=Count("deliveries", filter=Q(deliveries__status=DeliveryStatus.FAILED)),
        )
        .filter(recipients__gt=0)
        .select_related("locale")
        .defer_streamfields()
        .order_by("-sent_on", "-pk")[:limit]
    )


class LastLettersPanel(Component):
    name = "letters_last_sent"
    template_name = "letters/admin/dashboard_panel.html"
    order = 51

    def render_html(self, parent_context=None):
        if not can_follow_letters(parent_context["request"].user):
            return ""
        return super().render_html(parent_context)

    def get_context_data(self, parent_context):
        user = parent_context["request"].user
        return {
            "letters": last_sent(),
            "failures_url": url(FAILURES, "index") if can(user, "view", DeliveryFailure) else None,
        }
