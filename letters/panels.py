"""The "Envoi de la lettre" panel at the top of a letter's editor: whether and when it was
sent, to how many subscribers, what left and what failed, with the links to send a test and to
send it to the subscribers (letters.admin_views)."""

from django.urls import reverse
from wagtail.admin.panels import Panel

from . import permissions

NAMESPACE = "letters_admin"


def admin_url(name, letter):
    return reverse(f"{NAMESPACE}:{name}", args=[letter.pk])


class SendingPanel(Panel):
    class BoundPanel(Panel.BoundPanel):
        template_name = "letters/admin/sending_panel.html"

        def is_shown(self):
            # A letter being created has nothing to send yet.
            return bool(self.instance.pk) and super().is_shown()

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            letter, user = self.instance, self.request.user
            context.update(
                summary=letter.sending_summary(),
                live=letter.live,
                can_test=permissions.can_test(user, letter),
                can_send=permissions.can_send(user, letter),
                test_url=admin_url("test", letter),
                send_url=admin_url("send", letter),
            )
            return context
