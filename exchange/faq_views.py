"""The facilitator's way from a question to a public FAQ entry, and the authors' answer to
"may the FAQ name you?".

* ask_consent (staff, POST): asks the asker and the author of the validated answer, by e-mail;
* consent (the post's author, an active member): explains what would be published, records
  yes or no;
* create_entry (staff, POST): a draft entry in Wagtail's page editor, once per question.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from core import rate_limit
from members_area import permissions

from . import conf, faq_entries
from .faq_tasks import POST_KINDS, send_consent_request
from .models import NameConsent, Question


def _staff_only(request):
    if not permissions.is_staff(request.user):
        raise Http404


def _back(request, question):
    """Where the facilitator came from (the question's page), checked; else the question."""
    target = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return redirect(target)
    return redirect(question.get_absolute_url())


@login_required
@never_cache
@require_POST
def ask_consent(request, pk):
    """Asks the asker and the author of the validated answer whether the FAQ may name them;
    each is asked once (those who answered, or were asked already, are not asked again)."""
    _staff_only(request)
    question = get_object_or_404(Question, pk=pk)
    posts = [("question", question), ("reponse", faq_entries.validated_answer(question))]
    asked = 0
    for kind, post in posts:
        if post is None or post.author_id is None or post.name_consent != NameConsent.NOT_ASKED:
            continue
        post.name_consent = NameConsent.ASKED
        post.save(update_fields=["name_consent"])
        send_consent_request.enqueue(kind, post.pk)
        asked += 1
    if asked:
        messages.success(request, _("La demande d'accord a été envoyée par e-mail."))
    else:
        messages.info(request, _("Il n'y a personne de plus à qui demander l'accord."))
    return _back(request, question)


@login_required
@never_cache
@require_POST
def create_entry(request, pk):
    """Makes the question's FAQ entry as a draft and opens it in the page editor; a question
    that has one already opens it instead."""
    _staff_only(request)
    question = get_object_or_404(Question, pk=pk)
    try:
        entry, created = faq_entries.create_draft_entry(question.pk, request.user)
    except faq_entries.NoValidatedAnswer:
        messages.error(
            request, _("Validez d'abord une réponse : l'entrée de FAQ reprend son texte.")
        )
        return _back(request, question)
    except faq_entries.NoFaqIndex:
        messages.error(request, _("Créez d'abord la page de la FAQ dans l'administration."))
        return _back(request, question)
    if not created:
        messages.info(request, _("Cette question a déjà son entrée de FAQ."))
    return redirect(reverse("wagtailadmin_pages:edit", args=[entry.pk]))


@login_required
@never_cache
def consent(request, kind, pk):
    """The author's answer, for one of their posts. Another member gets a 404, whoever is no
    longer an active member the member area's "not a member" page."""
    model = POST_KINDS.get(kind)
    if model is None:
        raise Http404
    if not permissions.is_active_member(request.user):
        profile = permissions.member_profile(request.user)
        return render(request, "members_area/not_member.html", {"profile": profile})
    post = get_object_or_404(model, pk=pk, author=request.user)
    status, error = 200, ""
    if request.method == "POST":
        choice = {"oui": NameConsent.YES, "non": NameConsent.NO}.get(request.POST.get("choix"))
        allowed = choice is None or rate_limit.allow(
            "exchange-post", request.user.pk, conf.get("EXCHANGE_POSTS_PER_HOUR")
        )
        if not allowed:
            status = 429
            error = _("Trop d'envois en une heure : réessayez un peu plus tard.")
        elif choice is not None:
            post.name_consent = choice
            post.name_consent_at = timezone.now()
            post.save(update_fields=["name_consent", "name_consent_at"])
            messages.success(request, _("Merci, votre réponse est enregistrée."))
            return redirect(request.path)
    question = post if kind == "question" else post.question
    return render(
        request,
        "exchange/faq_consent.html",
        {
            "kind": kind,
            "post": post,
            "question": question,
            "organisation": post.organisation,
            "anonymous": faq_entries.anonymous_description(post.organisation),
            "error": error,
        },
        status=status,
    )
