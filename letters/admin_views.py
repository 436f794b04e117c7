"""The facilitator's two actions on a letter, from its editor: "M'envoyer un test" (the latest
draft, to their own address, subject marked [TEST]) and "Envoyer aux abonnés" (the live letter
and its live translations, once, after a confirmation that says to how many). Each asks first
(GET), acts on POST, and comes back to the letter's editor with a message. Access:
letters.permissions (edit for a test, publish for the send)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from . import emails, permissions, sending
from .models import LetterPage

NO_READERS = gettext_lazy("Aucun abonné ne reçoit la lettre pour le moment : rien n'est parti.")


def edit_url(letter):
    return reverse("wagtailadmin_pages:edit", args=[letter.pk])


def sent_message(summary):
    sent_on = timezone.localtime(summary["sent_on"])
    return _("Cette lettre a été envoyée le %(date)s à %(time)s à %(count)s abonnés.") % {
        "date": date_format(sent_on, "SHORT_DATE_FORMAT"),
        "time": date_format(sent_on, "H:i"),
        "count": summary["recipients"],
    }


class LetterActionView(WagtailAdminTemplateMixin, TemplateView):
    """An action on the letter of the URL, for users `allowed` to."""

    header_icon = "mail"

    def dispatch(self, request, *args, pk, **kwargs):
        self.letter = get_object_or_404(LetterPage.objects.select_related("locale"), pk=pk)
        if not self.allowed(request.user, self.letter):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.letter.title

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(letter=self.letter, back_url=edit_url(self.letter))
        return context


class TestView(LetterActionView):
    template_name = "letters/admin/test.html"
    page_title = gettext_lazy("M'envoyer un test")

    def allowed(self, user, letter):
        return permissions.can_test(user, letter)

    def post(self, request, *args, **kwargs):
        address = request.user.email
        if not address:
            messages.error(request, _("Votre compte n'a pas d'adresse e-mail : aucun test envoyé."))
        elif emails.send_test(self.letter.get_latest_revision_as_object(), request.user):
            messages.success(
                request,
                _("Test envoyé à %(address)s : vérifiez votre boîte.") % {"address": address},
            )
        else:
            messages.error(
                request,
                _(
                    "Le serveur de messagerie ne répond pas : le test n'est pas parti. Réessayez "
                    "plus tard."
                ),
            )
        return redirect(edit_url(self.letter))


class SendView(LetterActionView):
    template_name = "letters/admin/send.html"
    page_title = gettext_lazy("Envoyer aux abonnés")

    def allowed(self, user, letter):
        return permissions.can_send(user, letter)

    def refusal(self):
        """Why the letter cannot be sent now, or None."""
        summary = self.letter.sending_summary()
        if summary:
            return sent_message(summary) + " " + _("Elle ne part pas une seconde fois.")
        if not self.letter.live:
            return _("Publiez la lettre avant de l'envoyer aux abonnés.")
        return None

    def get(self, request, *args, **kwargs):
        refusal = self.refusal()
        if refusal:
            messages.warning(request, refusal)
            return redirect(edit_url(self.letter))
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        editions = sending.plan(self.letter)
        context.update(editions=editions, total=sum(e.recipients for e in editions))
        return context

    def post(self, request, *args, **kwargs):
        refusal = self.refusal()
        count = None if refusal else sending.start(self.letter)
        if count is None:
            messages.warning(request, refusal or sent_message(self.letter.sending_summary()))
        elif not count:
            messages.warning(request, NO_READERS)
        else:
            messages.success(
                request,
                _("La lettre part à %(count)s abonnés ; suivez les envois en tête de la lettre.")
                % {"count": count},
            )
        return redirect(edit_url(self.letter))


def admin_urls():
    return [
        path("<int:pk>/test/", TestView.as_view(), name="test"),
        path("<int:pk>/envoi/", SendView.as_view(), name="send"),
    ]
